"""The emulator with a local OBS attached: what ``session.obs`` uploads is what it reads.

The workflow the README shows (upload a dataset, train on it, download the output) rests on this. A
finished v2 training job writes its outputs there: the summary names what the job found under its
inputs, the model's bytes follow from them, and the write happens once, when the job is first seen
Completed. Dataset imports read the uploaded files, exports land where a user downloads them, and the
admin object routes address the same store.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from modelarts_client.models.training_job_v2_create_request import TrainingJobV2CreateRequest
from modelarts_client.types import Unset
from modelarts_emulator.local_obs import LocalObs
from modelarts_emulator.pytest_plugin import EmulatorHandle
from modelarts_emulator.training_output import MODEL_BYTES
from modelarts_overlays import Session
from modelarts_overlays.formats import Manifest


@pytest.fixture
def emulator_with_obs(modelarts_emulator: EmulatorHandle, local_obs: LocalObs) -> Iterator[EmulatorHandle]:
    modelarts_emulator.use_local_obs(local_obs)
    try:
        yield modelarts_emulator
    finally:
        modelarts_emulator.use_local_obs(None)


def _train(session: Session, name: str, inputs: list[str], outputs: list[str]) -> str:
    body: dict[str, Any] = {
        "kind": "job",
        "metadata": {"name": name},
        "algorithm": {
            "code_dir": "obs://code/dir/",
            "boot_file": "obs://code/dir/train.py",
            "inputs": [{"name": f"in{i}", "remote": {"obs": {"obs_url": u}}} for i, u in enumerate(inputs)],
            "outputs": [{"name": f"out{i}", "remote": {"obs": {"obs_url": u}}} for i, u in enumerate(outputs)],
        },
        "spec": {"resource": {"flavor_id": "modelarts.vm.cpu.8u", "node_count": 1}},
    }
    created = session.call("create_training_job_v2", body=TrainingJobV2CreateRequest.from_dict(body))
    assert not isinstance(created.metadata, Unset) and isinstance(created.metadata.id, str)
    return created.metadata.id


def _phase(session: Session, job_id: str) -> str:
    status = session.call("get_training_job_v2", training_job_id=job_id).status
    assert not isinstance(status, Unset)
    return str(status.phase)


def test_a_completed_job_writes_a_summary_and_a_model_once(
    emulator_with_obs: EmulatorHandle, local_obs: LocalObs
) -> None:
    bucket = local_obs.new_bucket("train")
    for n in range(3):
        local_obs.put_object(bucket, f"data/flowers/rose-{n}.jpg", bytes([n]) * 10)
    local_obs.put_object(bucket, "data/other/ignored.txt", b"x")
    job_id = _train(emulator_with_obs, "with-output", [f"obs://{bucket}/data/flowers/"], [f"obs://{bucket}/out/a"])

    assert _phase(emulator_with_obs, job_id) == "Creating"
    assert local_obs.object_keys(bucket, "out/") == []  # nothing before the end
    emulator_with_obs.advance(3600)
    assert _phase(emulator_with_obs, job_id) == "Completed"
    assert sorted(local_obs.object_keys(bucket, "out/")) == ["out/a/model/model.bin", "out/a/summary.json"]
    summary = json.loads(local_obs.get_object(bucket, "out/a/summary.json"))
    assert summary["training_job_id"] == job_id and summary["name"] == "with-output"
    assert summary["inputs"][0]["objects"] == 3
    assert summary["inputs"][0]["keys"] == [f"data/flowers/rose-{n}.jpg" for n in range(3)]
    model = local_obs.get_object(bucket, "out/a/model/model.bin")
    assert len(model) == MODEL_BYTES

    local_obs.put_object(bucket, "out/a/summary.json", b"changed by the user")
    assert _phase(emulator_with_obs, job_id) == "Completed"  # read again: not written again
    assert local_obs.get_object(bucket, "out/a/summary.json") == b"changed by the user"

    # The same inputs give the same model bytes.
    again = _train(emulator_with_obs, "with-output-2", [f"obs://{bucket}/data/flowers/"], [f"obs://{bucket}/out/b/"])
    emulator_with_obs.advance(3600)
    assert _phase(emulator_with_obs, again) == "Completed"
    assert local_obs.get_object(bucket, "out/b/model/model.bin") == model


def test_an_output_bucket_that_does_not_exist_leaves_the_job_completed(
    emulator_with_obs: EmulatorHandle, local_obs: LocalObs
) -> None:
    job_id = _train(
        emulator_with_obs, "no-bucket", ["obs://no-such-input-bucket/x/"], ["obs://no-such-output-bucket/o/"]
    )
    emulator_with_obs.advance(3600)
    assert _phase(emulator_with_obs, job_id) == "Completed"
    assert _phase(emulator_with_obs, job_id) == "Completed"


def test_without_a_local_obs_nothing_is_written(modelarts_emulator: EmulatorHandle, local_obs: LocalObs) -> None:
    bucket = local_obs.new_bucket("plain")
    job_id = _train(modelarts_emulator, "no-obs", [f"obs://{bucket}/in/"], [f"obs://{bucket}/out/"])
    modelarts_emulator.advance(3600)
    assert _phase(modelarts_emulator, job_id) == "Completed"
    assert local_obs.object_keys(bucket) == []


def _dataset(session: Session, bucket: str) -> str:
    body = {
        "dataset_name": f"obs-{uuid.uuid4().hex[:8]}",
        "dataset_type": 0,
        "data_sources": [{"data_path": f"obs://{bucket}/in/"}],
        "work_path": f"obs://{bucket}/work/",
        "work_path_type": 0,
    }
    return str(session.call_json("create_dataset_v2", body=body)["dataset_id"])


def test_a_dataset_imports_what_session_obs_uploaded_and_exports_where_it_downloads(
    emulator_with_obs: EmulatorHandle, local_obs: LocalObs, tmp_path: Path
) -> None:
    session = Session(
        access_key=emulator_with_obs.access_key,
        secret_key=emulator_with_obs.secret_key,
        project_id=emulator_with_obs.project_id,
        endpoint=emulator_with_obs.url,
        obs_endpoint=local_obs.url,
    )
    bucket = local_obs.new_bucket("dataset")
    images = tmp_path / "images"
    images.mkdir()
    for n in range(4):
        (images / f"{n}.jpg").write_bytes(b"\xff\xd8\xff" + bytes([n]) * 100)
    session.obs.upload_dir(str(images), f"obs://{bucket}/in/")

    dataset_id = _dataset(session, bucket)
    body = {"import_path": f"obs://{bucket}/in/images/", "import_type": "dir"}
    task_id = session.call_json("create_dataset_import_task_v2", dataset_id=dataset_id, body=body)["task_id"]
    emulator_with_obs.advance(5)
    task = session.call_json("get_dataset_import_task_v2", dataset_id=dataset_id, task_id=task_id)
    assert task["status"] == "COMPLETED", task
    samples = list(session.paginate("list_dataset_samples_v2", dataset_id=dataset_id, page_size=100))
    assert sorted(str(s.source) for s in samples) == [f"obs://{bucket}/in/images/{n}.jpg" for n in range(4)]

    export = {"path": f"obs://{bucket}/export/", "export_type": 3}
    export_id = session.call_json("create_dataset_export_task_v2", dataset_id=dataset_id, body=export)["task_id"]
    emulator_with_obs.advance(5)
    done = session.call_json("get_dataset_export_task_v2", dataset_id=dataset_id, task_id=export_id)
    assert done["status"] == "SUCCESSED", done
    fetched = session.obs.download_dir(f"obs://{bucket}/export/", str(tmp_path / "back") + "/")
    manifests = [Path(f.destination) for f in fetched if f.destination.endswith(".manifest")]
    assert len(manifests) == 1
    exported = Manifest.parse_manifest(manifests[0])
    assert sorted(sample.source for sample in exported.samples) == [
        f"obs://{bucket}/in/images/{n}.jpg" for n in range(4)
    ]
    session.close()


def test_the_admin_object_routes_address_the_local_obs(emulator_with_obs: EmulatorHandle, local_obs: LocalObs) -> None:
    bucket = local_obs.new_bucket("admin")
    emulator_with_obs.put_object(f"obs://{bucket}/a/b.txt", b"through the emulator")
    assert local_obs.get_object(bucket, "a/b.txt") == b"through the emulator"
    local_obs.put_object(bucket, "a/c.txt", b"through the local OBS")
    assert emulator_with_obs.get_object(f"obs://{bucket}/a/c.txt") == b"through the local OBS"
