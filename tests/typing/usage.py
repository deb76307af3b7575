"""Typical user code: mypy must accept it and infer exactly the types ``assert_type`` states.

Never run, only type checked (``tests/test_typing.py``); the behaviour is tested elsewhere.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

from typing_extensions import assert_type

from modelarts_client.api.training_jobs import list_training_jobs
from modelarts_client.models import (
    JobStatus,
    ListTrainingJobsOrder,
    OperationResult,
    ServiceDetail,
    TrainJobCreateConfig,
    TrainJobCreateRequest,
    TrainJobCreateResponse,
    TrainJobListResponse,
    TrainJobSummary,
    TrainJobVersionDetail,
)
from modelarts_client.session_types import OperationName, TrainJobCreateRequestDict
from modelarts_client.types import Unset
from modelarts_overlays import Session, resolve_operation


def calls(session: Session) -> None:
    version = session.call("get_training_job_version", job_id=1, version_id=2)
    assert_type(version, TrainJobVersionDetail)
    assert_type(version.status, JobStatus | Unset)
    assert_type(version.job_name, str | Unset)

    # Enum parameters take the enum or its raw value; project_id may be given or left to the session.
    listed = session.call("list_training_jobs", sort_by="job_name", order=ListTrainingJobsOrder.DESC, per_page=5)
    assert_type(listed, TrainJobListResponse)
    assert_type(session.call("list_training_jobs", project_id="another-project"), TrainJobListResponse)
    assert_type(listed.jobs, list[TrainJobSummary] | Unset)
    assert_type(session.call("delete_training_job", job_id=1), OperationResult)


def bodies(session: Session) -> None:
    as_dict = session.call(
        "create_training_job",
        body={
            "job_name": "typed",
            "config": {
                "worker_server_num": 1,
                "app_url": "/b/c/",
                "boot_file_url": "/b/c/t.py",
                "data_url": "/b/d/",
                "train_url": "/b/o/",
                "spec_id": 1,
                "engine_id": 1,
            },
        },
    )
    assert_type(as_dict, TrainJobCreateResponse)
    config = TrainJobCreateConfig(
        worker_server_num=1, app_url="/b/c/", boot_file_url="/b/c/t.py", data_url="/b/d/", train_url="/b/o/", spec_id=1
    )
    as_model = session.call("create_training_job", body=TrainJobCreateRequest(job_name="typed", config=config))
    assert_type(as_model, TrainJobCreateResponse)
    prepared: TrainJobCreateRequestDict = {"job_name": "typed", "config": {"worker_server_num": 1, "app_url": "/b/c/",
        "boot_file_url": "/b/c/t.py", "data_url": "/b/d/", "train_url": "/b/o/", "spec_id": 1}}  # fmt: skip
    assert_type(session.call("create_training_job", body=prepared), TrainJobCreateResponse)


def paging(session: Session) -> None:
    assert_type(session.paginate("list_training_jobs", page_size=50, max_items=200), Iterator[TrainJobSummary])
    assert_type(session.pages("list_training_jobs", sort_by="job_name"), Iterator[TrainJobListResponse])
    for job in session.paginate("list_training_jobs", search_content="typed"):
        assert_type(job.job_id, int | Unset)
    log = session.paginate("get_training_job_logs", job_id=1, version_id=1, log_file="job.log")
    assert_type(log, Iterator[str])  # a cursor operation yields its text


def waiting(session: Session) -> None:
    done = session.wait("get_training_job_version", job_id=1, version_id=1, timeout=600, until=[10, "STOPPED"])
    assert_type(done, TrainJobVersionDetail)
    assert_type(session.wait("get_service", service_id="s", sleep=lambda seconds: None), ServiceDetail)
    text = session.follow("get_training_job_logs", until=lambda: True, job_id=1, version_id=1, log_file="job.log")
    assert_type(text, Iterator[str])
    assert_type(session.follow_training_log(1, 1), Iterator[str])


async def asynchronous(session: Session) -> None:
    assert_type(await session.acall("get_training_job_version", job_id=1, version_id=1), TrainJobVersionDetail)
    items = session.apaginate("list_training_jobs", page_size=10)
    assert_type(items, AsyncIterator[TrainJobSummary])
    async for job in items:
        assert_type(job, TrainJobSummary)
    done = await session.await_status("get_service", service_id="s", timeout=60)
    assert_type(done, ServiceDetail)


def named_at_run_time(session: Session, name: str, known: OperationName) -> None:
    # A name known only at run time goes through resolve_operation, and the answer is not typed;
    # so is a call through a generated module.
    assert_type(session.call(resolve_operation(name), job_id=1), Any)
    assert_type(session.call(list_training_jobs, per_page=5), Any)
    assert_type(session.call(resolve_operation(known)), Any)
