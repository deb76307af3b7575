"""The vendor's own SDK, pointed at the emulator, runs a v2 training job's life.

``huaweicloudsdkmodelarts`` is machine-made from the vendor's spec and signs with its own AK/SK
signer; nobody here wrote it. Its request shapes are evidence of what the live service accepts, so
if the emulator refuses one of them, or answers something the SDK cannot read, the emulator (or the
spec it validates against) is wrong. The scenario is the one a user of that SDK runs: list flavors
and engines, create a job, search for it, show it, stop it, delete it.
"""

from __future__ import annotations

from typing import Any

import pytest

from modelarts_emulator.pytest_plugin import EmulatorHandle

sdk = pytest.importorskip("huaweicloudsdkmodelarts.v1")
core_exceptions = pytest.importorskip("huaweicloudsdkcore.exceptions.exceptions")


def test_the_vendor_sdk_lists_flavors_and_engines(vendor: Any) -> None:
    flavors = vendor.show_training_job_flavors(sdk.ShowTrainingJobFlavorsRequest(flavor_type="CPU")).flavors
    assert flavors and all(f.flavor_type == "CPU" for f in flavors)
    engines = vendor.show_training_job_engines(sdk.ShowTrainingJobEnginesRequest()).items
    assert engines and all(e.engine_id for e in engines)


def test_the_vendor_sdk_creates_searches_shows_stops_and_deletes_a_job(
    vendor: Any, modelarts_emulator: EmulatorHandle
) -> None:
    flavor = vendor.show_training_job_flavors(sdk.ShowTrainingJobFlavorsRequest(flavor_type="CPU")).flavors[0]
    engine = vendor.show_training_job_engines(sdk.ShowTrainingJobEnginesRequest()).items[0]
    job = sdk.Job(
        kind="job",
        metadata=sdk.JobMetadata(name="vendor-sdk-job", description="created by the vendor SDK"),
        algorithm=sdk.JobAlgorithm(
            code_dir="obs://bucket/code/",
            boot_file="obs://bucket/code/train.py",
            engine=sdk.JobEngine(engine_id=engine.engine_id),
            parameters=[sdk.Parameters(name="epochs", value="3")],
            outputs=[sdk.Output(name="train_url", remote=sdk.Remote(obs=sdk.RemoteObs(obs_url="obs://bucket/out/")))],
        ),
        spec=sdk.Spec(resource=sdk.SpecResource(flavor_id=flavor.flavor_id, node_count=1)),
    )
    created = vendor.create_training_job(sdk.CreateTrainingJobRequest(body=job))
    job_id = created.metadata.id
    assert created.metadata.name == "vendor-sdk-job" and created.status.phase in ("Creating", "Pending")

    searches = sdk.JobSearches(
        offset=0, limit=10, filters=[sdk.Filter(key="name", operator="like", value=["vendor-sdk"])]
    )
    found = vendor.list_training_jobs(sdk.ListTrainingJobsRequest(body=searches))
    assert [item.metadata.id for item in found.items] == [job_id] and found.count == 1

    modelarts_emulator.advance(8)  # past creating (2 s) and pending (3 s), inside the 10 s run
    shown = vendor.show_training_job_details(sdk.ShowTrainingJobDetailsRequest(training_job_id=job_id))
    assert shown.status.phase == "Running" and shown.spec.resource.flavor_id == flavor.flavor_id

    stopped = vendor.stop_training_job(
        sdk.StopTrainingJobRequest(training_job_id=job_id, body=sdk.JobActionType(action_type="terminate"))
    )
    assert stopped.status.phase in ("Terminating", "Terminated")
    modelarts_emulator.advance(60)
    shown = vendor.show_training_job_details(sdk.ShowTrainingJobDetailsRequest(training_job_id=job_id))
    assert shown.status.phase == "Terminated"

    vendor.delete_training_job(sdk.DeleteTrainingJobRequest(training_job_id=job_id))
    with pytest.raises(core_exceptions.ClientRequestException) as gone:
        vendor.show_training_job_details(sdk.ShowTrainingJobDetailsRequest(training_job_id=job_id))
    assert gone.value.status_code == 404
