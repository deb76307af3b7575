"""OBS transfer: ``session.obs`` against the OBS SDK it is built on, both on the local OBS.

What the layer adds per call (a credentials check, MD5 of small files for ``Content-MD5``, a
checkpoint file for multipart transfers, a staging file, the size and MD5 checks of downloads) must
cost little next to the transfer itself. Both sides move the same bytes to and from the same local
OBS (moto on loopback) with the same part size and concurrency; the baseline calls the SDK directly
(``uploadFile``/``downloadFile`` for the large file, ``putFile``/``getObject`` per file for the
folder), without checkpoints or checks. moto is slow next to OBS, so absolute speeds say little; the
ratios are the figure. The goals: 0.9x, and 0.8x for the large upload, which reads the file once
more for the SHA-256 its checkpoint keeps (so that a resume never mixes two versions of a file whose
size and modification time did not change).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from common import Row, compare

from modelarts_emulator.local_obs import LocalObs
from modelarts_overlays import Secret
from modelarts_overlays.obs_transfer import ObsTransfer

PART = 8 * 1024 * 1024
BIG = 3 * PART
SMALL_FILES = 100
SMALL = 4096


def run() -> list[Row]:
    from obs import ObsClient

    with LocalObs() as local, tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        bucket = local.new_bucket("bench")
        big = root / "big.bin"
        big.write_bytes(os.urandom(BIG))
        folder = root / "folder"
        folder.mkdir()
        for n in range(SMALL_FILES):
            (folder / f"file-{n:03d}.bin").write_bytes(os.urandom(SMALL))
        ours = ObsTransfer(access_key="ak", secret_key=Secret("sk"), endpoint=local.url, part_size=PART,
                           checkpoint_dir=root / "checkpoints")  # fmt: skip
        raw = ObsClient(access_key_id="ak", secret_access_key="sk", server=local.url, signature="v4",
                        path_style=True, is_signature_negotiation=False)  # fmt: skip

        def raw_upload_big() -> None:
            assert raw.uploadFile(bucket, "raw/big.bin", str(big), partSize=PART, taskNum=4).status < 300

        def raw_download_big() -> None:
            done = raw.downloadFile(bucket, "raw/big.bin", str(root / "raw-big.bin"), partSize=PART, taskNum=4)
            assert done.status < 300

        def raw_upload_folder() -> None:
            for path in sorted(folder.iterdir()):
                assert raw.putFile(bucket, f"raw/folder/{path.name}", str(path)).status < 300

        def raw_download_folder() -> None:
            listed = raw.listObjects(bucket, prefix="raw/folder/", max_keys=1000).body.contents
            target = root / "raw-folder"
            target.mkdir(exist_ok=True)
            for item in listed:
                name = item.key.rsplit("/", 1)[-1]
                assert raw.getObject(bucket, item.key, downloadPath=str(target / name)).status < 300

        def our_download_folder() -> None:
            ours.download_dir(f"obs://{bucket}/ours/folder/", str(root / "our-folder") + "/")

        rows = [
            Row.of(
                "obs.upload_large",
                f"session.obs.upload_file, {BIG >> 20} MiB in 8 MiB parts, vs the SDK's uploadFile",
                compare(lambda: ours.upload_file(str(big), f"obs://{bucket}/ours/"), raw_upload_big, rounds=5),
                unit=1e3,
                unit_name="ms",
                bound=0.8,
            ),
            Row.of(
                "obs.download_large",
                f"session.obs.download_file, {BIG >> 20} MiB, vs the OBS SDK's downloadFile",
                compare(
                    lambda: ours.download_file(f"obs://{bucket}/ours/big.bin", str(root / "our-big") + "/"),
                    raw_download_big,
                    rounds=5,
                ),
                unit=1e3,
                unit_name="ms",
                bound=0.9,
            ),
            Row.of(
                "obs.upload_folder",
                f"session.obs.upload_dir, {SMALL_FILES} files of {SMALL} B, vs putFile per file",
                compare(lambda: ours.upload_dir(str(folder), f"obs://{bucket}/ours/"), raw_upload_folder, rounds=5),
                unit=1e3,
                unit_name="ms",
                bound=0.9,
            ),
            Row.of(
                "obs.download_folder",
                f"session.obs.download_dir, {SMALL_FILES} files, vs listObjects + getObject each",
                compare(our_download_folder, raw_download_folder, rounds=5),
                unit=1e3,
                unit_name="ms",
                bound=0.9,
            ),
        ]
        ours.close()
        raw.close()
    return rows


if __name__ == "__main__":
    for row in run():
        print(json.dumps(row.as_dict()))
