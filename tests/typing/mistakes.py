"""Deliberate mistakes: each line with an ``E:`` comment must fail type checking just so.

Never run, only type checked (``tests/test_typing.py``); see ``README.md`` in this folder.
"""

from __future__ import annotations

from modelarts_overlays import Session


def operation_names(session: Session, name: str) -> None:
    session.call("get_training_job_verison", job_id=1, version_id=1)  # E: [call-overload] No overload variant of "__call__" of "Call" matches argument types "str", "int", "int"
    session.call(name)  # E: [call-overload] No overload variant of "__call__" of "Call" matches argument type "str"
    session.paginate("get_training_job_version", job_id=1, version_id=1)  # E: [call-overload] of "Paginate"
    session.wait("list_training_jobs")  # E: [call-overload] of "Wait"
    session.follow("list_training_jobs", until=lambda: True)  # E: [call-overload] of "Follow"


def parameters(session: Session) -> None:
    session.call("get_training_job_version", job_id=1, versoin_id=1)  # E: [call-overload] of "Call"
    session.call("get_training_job_version", job_id=1)  # E: [call-overload] of "Call"
    session.call("get_training_job_version", job_id="1", version_id=1)  # E: [call-overload] "str", "str", "int"
    session.call("list_training_jobs", sort_by="name")  # E: [call-overload] of "Call"
    session.call("list_training_jobs", per_page=None)  # E: [call-overload] "str", "None"
    session.paginate("list_training_jobs", page_size="50")  # E: [call-overload] of "Paginate"
    session.wait("get_service", service_id="s", timeout="soon")  # E: [call-overload] of "Wait"


def bodies(session: Session) -> None:
    session.call("create_training_job", body={"job_nmae": "x", "config": {}})  # E: [call-overload] of "Call"
    session.call("create_training_job", body={"job_name": "x"})  # E: [call-overload] of "Call"
    session.call("create_service", body={"service_name": "s", "infer_type": "realtime", "config": []})  # E: [call-overload] of "Call"


def answers(session: Session) -> None:
    version = session.call("get_training_job_version", job_id=1, version_id=1)
    version.job_nmae  # E: [attr-defined] "TrainJobVersionDetail" has no attribute "job_nmae"
    job_id: int = version.job_id  # E: [assignment] expression has type "int | Unset", variable has type "int"
    session.follow_training_log(version.job_id, 1)  # E: [arg-type] incompatible type "int | Unset"; expected "int"
    for page in session.pages("list_training_jobs"):
        page.job_name  # E: [attr-defined] "TrainJobListResponse" has no attribute "job_name"
    for job in session.paginate("list_training_jobs"):
        job.versions  # E: [attr-defined] "TrainJobSummary" has no attribute "versions"
    session.wait("get_model", model_id="m").status  # E: [attr-defined] "ModelDetail" has no attribute "status"


async def asynchronous(session: Session) -> None:
    session.acall("list_training_jobs").job_total_count  # E: [attr-defined] "Coroutine[Any, Any, TrainJobListResponse]" has no attribute "job_total_count"
    for job in session.apaginate("list_training_jobs"):  # E: [attr-defined] "AsyncIterator[TrainJobSummary]" has no attribute "__iter__"
        pass
    (await session.acall("list_services")).jobs  # E: [attr-defined] "ServiceListResponse" has no attribute "jobs"
