"""``session.obs``: the SDK reference's five transfer calls against the local OBS (moto's S3 server).

Each test gets a bucket of its own. The multipart tests use 5 MiB parts (the smallest part moto, like
S3, accepts; OBS takes 100 KB) and files of a little over two parts.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

pytest.importorskip("obs")

from modelarts_emulator.local_obs import LocalObs
from modelarts_emulator.pytest_plugin import EmulatorHandle
from modelarts_overlays import ModelArtsError, NotFoundError, Secret, Session
from modelarts_overlays.obs_transfer import (
    ObsError,
    ObsNotFoundError,
    ObsPermissionError,
    ObsTransfer,
    ObsTransferError,
    UnsafeObjectKeyError,
)
from modelarts_overlays.temporary_keys import TemporaryKeys
from tests.tls_support import self_signed_certificate

PART = 5 * 1024 * 1024
ACCESS_KEY = "OBSTESTAK0000000000"
SECRET_KEY = "obs-test-secret-key-value"
TOKEN = "obs-test-security-token-value"


@pytest.fixture
def bucket(local_obs: LocalObs) -> str:
    return local_obs.new_bucket("transfer")


@pytest.fixture
def transfer(local_obs: LocalObs, tmp_path: Path) -> Iterator[ObsTransfer]:
    """No retries, so that one injected fault is one failed request."""
    with ObsTransfer(
        access_key=ACCESS_KEY,
        secret_key=Secret(SECRET_KEY),
        endpoint=local_obs.url,
        part_size=PART,
        checkpoint_dir=tmp_path / "checkpoints",
        max_retries=0,
    ) as made:
        yield made


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _dataset(root: Path) -> Path:
    """A small folder: odd bytes, a non-ASCII name, a nested file, an empty folder."""
    source = root / "dataset"
    (source / "images" / "cats").mkdir(parents=True)
    (source / "empty" / "deeper").mkdir(parents=True)
    (source / "all-bytes.bin").write_bytes(bytes(range(256)) * 7)
    (source / "images" / "cats" / "chat-été.jpg").write_bytes(b"\xff\xd8\xff" + os.urandom(3000))
    (source / "labels.json").write_text('{"cat": 0}', encoding="utf-8")
    (source / "zero.txt").write_bytes(b"")
    return source


# -- the reference's calls, both ways -------------------------------------------------------------


def test_upload_file_then_download_file(
    transfer: ObsTransfer, local_obs: LocalObs, bucket: str, tmp_path: Path
) -> None:
    source = tmp_path / "file1.txt"
    source.write_bytes(bytes(range(256)) * 3 + b"\r\n\x00end")
    done = transfer.upload_file(str(source), f"obs://{bucket}/dir1/")
    assert done.destination == f"obs://{bucket}/dir1/file1.txt"
    assert done.size == source.stat().st_size
    assert local_obs.get_object(bucket, "dir1/file1.txt") == source.read_bytes()

    back = transfer.download_file(f"obs://{bucket}/dir1/file1.txt", str(tmp_path / "out") + "/")
    assert Path(back.destination) == tmp_path / "out" / "file1.txt"
    assert (tmp_path / "out" / "file1.txt").read_bytes() == source.read_bytes()


def test_upload_dir_keeps_the_last_level_and_skips_empty_folders(
    transfer: ObsTransfer, local_obs: LocalObs, bucket: str, tmp_path: Path
) -> None:
    source = _dataset(tmp_path)
    done = transfer.upload_dir(str(source) + "/", f"obs://{bucket}/dir1/")
    keys = sorted(local_obs.object_keys(bucket))
    assert keys == [
        "dir1/dataset/all-bytes.bin",
        "dir1/dataset/images/cats/chat-été.jpg",
        "dir1/dataset/labels.json",
        "dir1/dataset/zero.txt",
    ]
    assert sorted(d.destination for d in done) == [f"obs://{bucket}/{k}" for k in keys]

    transfer.download_dir(f"obs://{bucket}/dir1/dataset/", str(tmp_path / "work") + "/")
    assert _tree(tmp_path / "work" / "dataset") == _tree(source)
    assert not (tmp_path / "work" / "dataset" / "empty").exists()


@pytest.mark.parametrize("keep_last_dir", [True, False])
def test_copy_moves_folders_both_ways(
    transfer: ObsTransfer, local_obs: LocalObs, bucket: str, tmp_path: Path, keep_last_dir: bool
) -> None:
    source = _dataset(tmp_path)
    transfer.copy(str(source), f"obs://{bucket}/dir1", keep_last_dir=keep_last_dir)
    prefix = "dir1/dataset/" if keep_last_dir else "dir1/"
    assert all(key.startswith(prefix) for key in local_obs.object_keys(bucket))
    assert len(local_obs.object_keys(bucket)) == 4

    local = tmp_path / "home"
    transfer.copy(f"obs://{bucket}/dir1", str(local), keep_last_dir=keep_last_dir)
    landed = local / "dir1" if keep_last_dir else local
    assert _tree(landed / "dataset" if keep_last_dir else landed) == _tree(source)


def test_copy_moves_a_file_to_a_name_or_into_a_folder(
    transfer: ObsTransfer, local_obs: LocalObs, bucket: str, tmp_path: Path
) -> None:
    source = tmp_path / "file1.txt"
    source.write_text("hello", encoding="utf-8")
    transfer.copy(str(source), f"obs://{bucket}/dir1/renamed.txt")
    transfer.copy(str(source), f"obs://{bucket}/dir2/")
    assert sorted(local_obs.object_keys(bucket)) == ["dir1/renamed.txt", "dir2/file1.txt"]

    transfer.copy(f"obs://{bucket}/dir1/renamed.txt", str(tmp_path / "named.txt"))
    (tmp_path / "into").mkdir()
    transfer.copy(f"obs://{bucket}/dir1/renamed.txt", str(tmp_path / "into"))
    assert (tmp_path / "named.txt").read_text(encoding="utf-8") == "hello"
    assert (tmp_path / "into" / "renamed.txt").read_text(encoding="utf-8") == "hello"


def test_progress_counts_every_byte_of_a_folder_once(transfer: ObsTransfer, bucket: str, tmp_path: Path) -> None:
    source = _dataset(tmp_path)
    (source / "big.bin").write_bytes(os.urandom(2 * PART + 123))
    total = sum(p.stat().st_size for p in source.rglob("*") if p.is_file())
    seen: list[tuple[int, int]] = []
    transfer.upload_dir(str(source), f"obs://{bucket}/p/", progress=lambda done, all_: seen.append((done, all_)))
    assert seen[-1] == (total, total)
    assert all(all_ == total for _, all_ in seen)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)

    seen.clear()
    transfer.download_dir(f"obs://{bucket}/p/", str(tmp_path / "back") + "/", progress=lambda d, a: seen.append((d, a)))
    assert seen[-1] == (total, total)
    assert _tree(tmp_path / "back" / "p" / "dataset") == _tree(source)


# -- multipart and resume -------------------------------------------------------------------------


def test_a_multipart_upload_with_a_failed_part_resumes_from_its_checkpoint(
    transfer: ObsTransfer, local_obs: LocalObs, bucket: str, tmp_path: Path
) -> None:
    source = tmp_path / "model.bin"
    source.write_bytes(os.urandom(2 * PART + 4321))
    local_obs.fail_next("PUT", query="partNumber=2", status=503)
    with pytest.raises(ObsTransferError, match="resume from its checkpoint"):
        transfer.upload_file(str(source), f"obs://{bucket}/models/")
    checkpoints = list(transfer.checkpoint_dir.iterdir())
    assert len(checkpoints) == 1
    assert "models/model.bin" not in local_obs.object_keys(bucket)

    local_obs.clear_requests()
    transfer.upload_file(str(source), f"obs://{bucket}/models/")
    parts = sorted(r.query for r in local_obs.requests if r.method == "PUT" and "partNumber=" in r.query)
    assert len(parts) == 1 and "partNumber=2" in parts[0]  # only the failed part went again
    assert local_obs.get_object(bucket, "models/model.bin") == source.read_bytes()
    assert list(transfer.checkpoint_dir.iterdir()) == []


def test_a_5xx_is_retried_and_a_4xx_is_not(local_obs: LocalObs, bucket: str, tmp_path: Path) -> None:
    source = tmp_path / "f.txt"
    source.write_text("x", encoding="utf-8")
    with ObsTransfer(access_key="ak", secret_key=Secret("sk"), endpoint=local_obs.url, max_retries=1) as retrying:
        local_obs.fail_next("PUT", status=503)
        retrying.upload_file(str(source), f"obs://{bucket}/a/")
        local_obs.fail_next("PUT", status=503, times=2)
        with pytest.raises(ObsError) as unavailable:
            retrying.upload_file(str(source), f"obs://{bucket}/b/")
        local_obs.fail_next("PUT", status=403, code="AccessDenied")
        local_obs.clear_requests()
        with pytest.raises(ObsPermissionError, match="AccessDenied"):
            retrying.upload_file(str(source), f"obs://{bucket}/c/")
    assert unavailable.value.status_code == 503
    assert len([r for r in local_obs.requests if r.method == "PUT"]) == 1
    assert sorted(local_obs.object_keys(bucket)) == ["a/f.txt"]


def test_a_resumed_upload_of_a_changed_file_starts_over(
    transfer: ObsTransfer, local_obs: LocalObs, bucket: str, tmp_path: Path
) -> None:
    source = tmp_path / "model.bin"
    source.write_bytes(os.urandom(2 * PART + 10))
    local_obs.fail_next("PUT", query="partNumber=3", status=503)
    with pytest.raises(ObsTransferError):
        transfer.upload_file(str(source), f"obs://{bucket}/m/")
    source.write_bytes(os.urandom(2 * PART + 10))  # same size, new content
    transfer.upload_file(str(source), f"obs://{bucket}/m/")
    assert local_obs.get_object(bucket, "m/model.bin") == source.read_bytes()


def test_a_multipart_download_matches_the_object(
    transfer: ObsTransfer, local_obs: LocalObs, bucket: str, tmp_path: Path
) -> None:
    data = os.urandom(2 * PART + 77)
    local_obs.put_object(bucket, "big/weights.bin", data)
    transfer.download_file(f"obs://{bucket}/big/weights.bin", str(tmp_path) + "/")
    assert hashlib.sha256((tmp_path / "weights.bin").read_bytes()).digest() == hashlib.sha256(data).digest()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["checkpoints", "weights.bin"]  # no staging left


# -- hostile listings and wrong paths ------------------------------------------------------------


@pytest.mark.parametrize(
    "bad_key",
    [
        "data/../../escaped.txt",
        "data/../outside.txt",
        "data/sub/../../../etc/passwd",
        "data/./here.txt",
        "data//double.txt",
        "data/..",
        "data/sub\\..\\..\\win.txt",
        "data/C:/drive.txt",
        "data/\\\\server\\share.txt",
    ],
)
def test_a_folder_download_refuses_keys_that_leave_the_folder(
    transfer: ObsTransfer, local_obs: LocalObs, bucket: str, tmp_path: Path, bad_key: str
) -> None:
    local_obs.put_object(bucket, "data/fine.txt", b"fine")
    local_obs.put_object(bucket, bad_key, b"payload")
    target = tmp_path / "inside" / "target"
    with pytest.raises(UnsafeObjectKeyError) as caught:
        transfer.download_dir(f"obs://{bucket}/data/", str(target) + "/")
    assert caught.value.keys == [bad_key]
    assert not target.exists()  # nothing written, not even the safe file
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []
    with pytest.raises(UnsafeObjectKeyError):
        transfer.copy(f"obs://{bucket}/data", str(target))


def test_the_raw_sdk_folder_download_would_write_outside(local_obs: LocalObs, bucket: str, tmp_path: Path) -> None:
    """The trap the layer closes, shown on the SDK itself: its bulk download follows ``..`` keys."""
    from obs import ObsClient

    local_obs.put_object(bucket, "data/../../escaped.txt", b"payload")
    client = ObsClient(
        access_key_id="ak", secret_access_key="sk", server=local_obs.url, signature="v4", path_style=True
    )
    target = tmp_path / "a" / "b"
    target.mkdir(parents=True)
    client.downloadFiles(bucket, "data/", downloadFolder=str(target) + "/")
    client.close()
    escaped = [p for p in tmp_path.rglob("escaped.txt")]
    assert escaped and not escaped[0].resolve().is_relative_to(target.resolve())


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda t, b, d: t.upload_file(str(d / "f.txt"), f"{b}/dir1/"), "must start with obs://"),
        (lambda t, b, d: t.upload_file(str(d / "f.txt"), f"obs://{b}/dir1"), "must end with '/'"),
        (lambda t, b, d: t.upload_dir(str(d), f"obs://{b}/dir1"), "must end with '/'"),
        (lambda t, b, d: t.download_file(f"obs://{b}/f.txt", str(d / "x")), "must end with '/'"),
        (lambda t, b, d: t.download_file(f"obs://{b}/dir/", str(d) + "/"), "names a folder"),
        (lambda t, b, d: t.download_dir(f"obs://{b}/dir", str(d) + "/"), "must end with '/'"),
        (lambda t, b, d: t.upload_file(str(d / "f.txt"), "obs://Bad_Bucket/dir/"), "not a valid bucket name"),
        (lambda t, b, d: t.upload_file(str(d / "f.txt"), "obs://ab/dir/"), "not a valid bucket name"),
        (lambda t, b, d: t.copy(f"obs://{b}/a", f"obs://{b}/b"), "exactly one path"),
        (lambda t, b, d: t.copy(str(d / "f.txt"), str(d / "g.txt")), "exactly one path"),
    ],
)
def test_wrong_paths_are_refused_before_anything_is_sent(
    transfer: ObsTransfer, local_obs: LocalObs, bucket: str, tmp_path: Path, call: object, message: str
) -> None:
    (tmp_path / "f.txt").write_text("x", encoding="utf-8")
    local_obs.clear_requests()
    with pytest.raises(ValueError, match=message):
        call(transfer, bucket, tmp_path)  # type: ignore[operator]
    assert local_obs.requests == []


def test_missing_things_raise_typed_errors(transfer: ObsTransfer, bucket: str, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        transfer.upload_file(str(tmp_path / "absent.txt"), f"obs://{bucket}/d/")
    with pytest.raises(ObsNotFoundError) as missing_object:
        transfer.download_file(f"obs://{bucket}/absent.txt", str(tmp_path) + "/")
    assert isinstance(missing_object.value, NotFoundError) and isinstance(missing_object.value, ModelArtsError)
    assert missing_object.value.status_code == 404
    with pytest.raises(ObsNotFoundError, match="NoSuchBucket"):
        transfer.upload_file(__file__, "obs://no-such-bucket-here/d/")
    with pytest.raises(ObsNotFoundError, match="no key starts with it"):
        transfer.copy(f"obs://{bucket}/nothing/here", str(tmp_path))


def test_a_failed_download_keeps_the_old_file(
    transfer: ObsTransfer, local_obs: LocalObs, bucket: str, tmp_path: Path
) -> None:
    (tmp_path / "f.txt").write_text("old", encoding="utf-8")
    local_obs.put_object(bucket, "f.txt", b"new content")
    local_obs.fail_next("GET", status=500)
    with pytest.raises(ObsError) as failed:
        transfer.download_file(f"obs://{bucket}/f.txt", str(tmp_path) + "/")
    assert failed.value.status_code == 500
    assert (tmp_path / "f.txt").read_text(encoding="utf-8") == "old"
    transfer.download_file(f"obs://{bucket}/f.txt", str(tmp_path) + "/")  # overwrite: replaced when complete
    assert (tmp_path / "f.txt").read_bytes() == b"new content"
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["f.txt"]


def test_a_download_whose_bytes_do_not_match_the_etag_is_refused(tmp_path: Path) -> None:
    staging = tmp_path / "staging"
    staging.write_bytes(b"abc")
    from modelarts_overlays.obs_transfer import ObsPath

    source = ObsPath("bucket", "k")
    ObsTransfer._check_download(source, staging, 3, hashlib.md5(b"abc").hexdigest())
    with pytest.raises(ObsTransferError, match="MD5"):
        ObsTransfer._check_download(source, staging, 3, hashlib.md5(b"abd").hexdigest())
    with pytest.raises(ObsTransferError, match="got 3 bytes"):
        ObsTransfer._check_download(source, staging, 4, "")


# -- credentials and TLS ---------------------------------------------------------------------------


def test_session_obs_uses_the_sessions_key_pair_and_temporary_token(
    local_obs: LocalObs, bucket: str, tmp_path: Path
) -> None:
    session = Session(
        access_key=ACCESS_KEY, secret_key=SECRET_KEY, security_token=TOKEN, project_id="p", obs_endpoint=local_obs.url
    )
    (tmp_path / "f.txt").write_text("x", encoding="utf-8")
    local_obs.clear_requests()
    session.obs.upload_file(str(tmp_path / "f.txt"), f"obs://{bucket}/")
    sent = [r for r in local_obs.requests if r.method == "PUT"]
    assert sent and sent[0].authorization_scheme == "AWS4-HMAC-SHA256"
    assert sent[0].headers.get("x-amz-security-token") == "***"
    for text in (repr(session), repr(session.obs), str(sent)):
        assert SECRET_KEY not in text and TOKEN not in text
    session.close()


def test_session_obs_reads_the_endpoint_from_the_environment(local_obs: LocalObs) -> None:
    env = {
        "HUAWEICLOUD_SDK_AK": "ak",
        "HUAWEICLOUD_SDK_SK": "sk",
        "HUAWEICLOUD_SDK_PROJECT_ID": "p",
        "MODELARTS_OBS_ENDPOINT": local_obs.url,
    }
    session = Session.from_env(env)
    assert session.obs.endpoint == local_obs.url
    assert Session(access_key="a", secret_key="b", project_id="p", region_name="eu-west-101").obs.endpoint == (
        "https://obs.eu-west-101.myhuaweicloud.com"
    )


def test_a_password_session_uses_a_temporary_key_renewed_before_it_expires(
    local_obs: LocalObs, modelarts_emulator: EmulatorHandle, bucket: str, tmp_path: Path
) -> None:
    session = Session(
        username=modelarts_emulator.user,
        password=modelarts_emulator.password,
        project_id=modelarts_emulator.project_id,
        endpoint=modelarts_emulator.url,
        iam_endpoint=modelarts_emulator.url,
        obs_endpoint=local_obs.url,
    )
    (tmp_path / "f.txt").write_text("x", encoding="utf-8")
    local_obs.clear_requests()
    session.obs.upload_file(str(tmp_path / "f.txt"), f"obs://{bucket}/")
    assert session.obs.access_key.startswith("EMUTMP")
    sent = [r for r in local_obs.requests if r.method == "PUT"]
    assert sent and sent[0].headers.get("x-amz-security-token") == "***"

    now = [datetime.now(timezone.utc)]
    keys = TemporaryKeys(session, duration_s=900, clock=lambda: now[0])
    with ObsTransfer(credentials=keys, endpoint=local_obs.url, checkpoint_dir=tmp_path / "c") as transfer:
        first = transfer.access_key
        transfer.upload_file(str(tmp_path / "f.txt"), f"obs://{bucket}/a/")
        assert transfer.access_key == first  # still fresh: not asked again
        pair = keys()
        assert pair.expires_at is not None
        now[0] = pair.expires_at - timedelta(seconds=60)  # inside the renewal window
        transfer.upload_file(str(tmp_path / "f.txt"), f"obs://{bucket}/b/")
        assert transfer.access_key != first
        assert transfer._client.securityProvider.access_key_id == transfer.access_key
    assert sorted(local_obs.object_keys(bucket)) == ["a/f.txt", "b/f.txt", "f.txt"]
    for text in (repr(keys), repr(pair), repr(session.obs)):
        assert pair.secret_key.reveal() not in text and (pair.security_token or Secret("-")).reveal() not in text
    session.close()


@pytest.mark.filterwarnings("ignore:ssl.PROTOCOL_TLS is deprecated:DeprecationWarning")
def test_tls_certificates_are_verified(tmp_path: Path, local_obs: LocalObs) -> None:
    cert, key = self_signed_certificate(tmp_path)
    with LocalObs(certificate=(str(cert), str(key))) as secure:
        name = secure.new_bucket("tls")
        (tmp_path / "f.txt").write_text("x", encoding="utf-8")

        def made(verify: bool | str) -> ObsTransfer:
            return ObsTransfer(
                access_key="ak",
                secret_key=Secret("sk"),
                endpoint=secure.url,
                verify=verify,
                checkpoint_dir=tmp_path / "c",
            )

        with made(True) as strict, pytest.raises(ObsTransferError, match=r"(?i)certificate|TLS"):
            strict.upload_file(str(tmp_path / "f.txt"), f"obs://{name}/")
        with made(str(cert)) as trusting:
            trusting.upload_file(str(tmp_path / "f.txt"), f"obs://{name}/")
        assert secure.object_keys(name) == ["f.txt"]

        # The trap: the SDK as it ships accepts the unknown certificate.
        from obs import ObsClient

        raw = ObsClient(access_key_id="ak", secret_access_key="sk", server=secure.url, signature="v4", path_style=True)
        assert raw.putContent(name, "raw.txt", content="x").status == 200
        raw.close()


def test_a_folder_given_as_dot_is_named_as_the_folder_it_is(
    transfer: ObsTransfer, local_obs: LocalObs, bucket: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _dataset(tmp_path)
    monkeypatch.chdir(source)
    transfer.upload_dir(".", f"obs://{bucket}/a/")
    transfer.upload_dir("./", f"obs://{bucket}/b/")
    transfer.copy(".", f"obs://{bucket}/c")
    for prefix in ("a", "b", "c"):
        assert sorted(local_obs.object_keys(bucket, f"{prefix}/")) == sorted(
            f"{prefix}/dataset/{name}" for name in _tree(source)
        )
    monkeypatch.chdir(tmp_path)
    transfer.copy(f"obs://{bucket}/a/dataset/labels.json", ".")
    assert (tmp_path / "labels.json").read_text(encoding="utf-8") == '{"cat": 0}'


def test_a_download_gets_the_umasks_mode_or_keeps_the_replaced_files(
    transfer: ObsTransfer, local_obs: LocalObs, bucket: str, tmp_path: Path
) -> None:
    local_obs.put_object(bucket, "m/new.txt", b"new")
    local_obs.put_object(bucket, "m/old.txt", b"replacement")
    (tmp_path / "old.txt").write_text("old", encoding="utf-8")
    (tmp_path / "old.txt").chmod(0o640)
    umask = os.umask(0o022)
    try:
        transfer.download_dir(f"obs://{bucket}/m/", str(tmp_path) + "/")
        transfer.download_file(f"obs://{bucket}/m/old.txt", str(tmp_path) + "/")
    finally:
        os.umask(umask)
    assert (tmp_path / "m" / "new.txt").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "old.txt").stat().st_mode & 0o777 == 0o640
    assert (tmp_path / "old.txt").read_bytes() == b"replacement"
