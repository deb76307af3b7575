"""Session end to end against the emulator: signing, tokens, typed errors, paging, waiting, logs."""

from __future__ import annotations

import json
import logging
import pickle
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx

from modelarts_client.errors import MalformedResponse
from modelarts_client.models import JobStatus, TrainJobListResponse, TrainJobVersionDetail
from modelarts_client.session_types import TrainJobCreateRequestDict
from modelarts_client.types import Unset
from modelarts_overlays import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ModelArtsError,
    NotFoundError,
    RetryPolicy,
    ServerError,
    Session,
    UnexpectedResponseError,
    WaitFailed,
    describe_job_status,
)

JOB_BODY: TrainJobCreateRequestDict = {
    "job_name": "job",
    "job_desc": "session test",
    "config": {
        "worker_server_num": 1,
        "app_url": "/bucket/app/",
        "boot_file_url": "/bucket/app/boot.py",
        "data_url": "/bucket/data/",
        "spec_id": 1,
        "engine_id": 1,
        "train_url": "/bucket/out/",
    },
}


@pytest.fixture
def session(modelarts_emulator: Any) -> Iterator[Session]:
    """An AK/SK session on a project of its own, so tests do not see each other's resources."""
    with Session(
        access_key=modelarts_emulator.access_key,
        secret_key=modelarts_emulator.secret_key,
        project_id=uuid.uuid4().hex,
        endpoint=modelarts_emulator.url,
        iam_endpoint=modelarts_emulator.url,
    ) as made:
        yield made


def create_job(session: Session, name: str) -> Any:
    return session.call("create_training_job", body={**JOB_BODY, "job_name": name})


def test_from_env_reads_the_vendor_variables(modelarts_emulator: Any) -> None:
    env = {
        "HUAWEICLOUD_SDK_AK": modelarts_emulator.access_key,
        "HUAWEICLOUD_SDK_SK": modelarts_emulator.secret_key,
        "HUAWEICLOUD_SDK_PROJECT_ID": "p-from-env",
        "HUAWEICLOUD_SDK_REGION": "cn-east-3",
        "MODELARTS_ENDPOINT": modelarts_emulator.url,
    }
    made = Session.from_env(env)
    assert (made.project_id, made.region_name, made.endpoint) == ("p-from-env", "cn-east-3", modelarts_emulator.url)
    assert made.iam_endpoint == "https://iam.cn-east-3.myhuaweicloud.com"
    assert made.call("list_training_jobs").is_success is True


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"access_key": "AK", "project_id": "p"}, "both access_key and secret_key"),
        ({"username": "u", "project_id": "p"}, "both username and password"),
        ({"project_id": "p"}, "give access_key"),
        ({"access_key": "AK", "secret_key": "SK"}, "project_id is required"),
    ],
)
def test_incomplete_credentials_are_refused_clearly(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Session(**kwargs)


def test_call_fills_the_project_and_parses_the_answer(session: Session) -> None:
    created = create_job(session, "first")
    listed = session.call("list_training_jobs")
    assert isinstance(listed, TrainJobListResponse)
    assert not isinstance(listed.jobs, Unset)
    assert [job.job_name for job in listed.jobs] == ["first"]
    detail = session.call("get_training_job_version", job_id=created.job_id, version_id=created.version_id)
    assert isinstance(detail, TrainJobVersionDetail)
    assert isinstance(detail.status, JobStatus)


def test_error_answers_are_typed_and_explained(session: Session) -> None:
    with pytest.raises(NotFoundError) as caught:
        session.call("get_training_job_version", job_id=999_999, version_id=1)
    error = caught.value
    assert error.status_code == 404 and error.error_code and error.request_id
    assert error.error_code in str(error)


def test_bad_body_is_refused_before_sending(session: Session) -> None:
    with pytest.raises(ValueError, match="TrainJobCreateRequest"):
        session.call("create_training_job", body={"job_desc": "no name, no config"})  # type: ignore[call-overload]


def test_wrong_secret_key_is_an_authentication_error(modelarts_emulator: Any) -> None:
    wrong = Session(access_key=modelarts_emulator.access_key, secret_key="not-the-key", project_id="p",
                    endpoint=modelarts_emulator.url)  # fmt: skip
    with pytest.raises(AuthenticationError) as caught:
        wrong.call("list_training_jobs")
    assert caught.value.status_code == 401


def test_paginate_reads_every_page_once(session: Session) -> None:
    names = [f"job-{i:02d}" for i in range(23)]
    for name in names:
        create_job(session, name)
    seen = [job.job_name for job in session.paginate("list_training_jobs", page_size=5, sort_by="job_name")]
    assert seen == names and len(seen) == len(set(seen))
    pages = list(session.pages("list_training_jobs", page_size=10))
    assert [len(page.jobs or []) for page in pages] == [10, 10, 3]
    # The spec's own spelling of a parameter works too, at run time (statically, only sort_by is known).
    by_wire_name = session.paginate("list_training_jobs", page_size=5, sortBy="job_name")  # type: ignore[call-overload]
    assert [job.job_name for job in by_wire_name] == names
    assert len(list(session.paginate("list_training_jobs", page_size=10, max_items=12))) == 12


async def test_async_calls_and_pagination(session: Session) -> None:
    for i in range(7):
        create_job(session, f"async-{i}")
    listed = await session.acall("list_training_jobs", per_page=3)
    assert listed.job_total_count == 7
    seen = [job.job_name async for job in session.apaginate("list_training_jobs", page_size=3)]
    assert sorted(name for name in seen if isinstance(name, str)) == [f"async-{i}" for i in range(7)]
    await session.aclose()


def test_wait_until_a_training_version_completes(session: Session, modelarts_emulator: Any) -> None:
    created = create_job(session, "waited")
    slept: list[float] = []

    def sleep(seconds: float) -> None:  # the emulator's clock moves instead of the test sleeping
        slept.append(seconds)
        modelarts_emulator.advance(seconds)

    final = session.wait("get_training_job_version", job_id=created.job_id, version_id=created.version_id, sleep=sleep)
    assert final.status is JobStatus.JOBSTAT_COMPLETED
    assert describe_job_status(final.status) == "JOBSTAT_COMPLETED (10): Job finished successfully."
    assert slept and sum(slept) >= 10


def test_wait_fails_clearly_when_the_job_is_stopped(session: Session, modelarts_emulator: Any) -> None:
    created = create_job(session, "stopped")
    modelarts_emulator.advance(3)
    session.call("stop_training_job_version", job_id=created.job_id, version_id=created.version_id)
    with pytest.raises(WaitFailed) as caught:
        session.wait("get_training_job_version", job_id=created.job_id, version_id=created.version_id,
                     sleep=modelarts_emulator.advance)  # fmt: skip
    assert caught.value.status == JobStatus.JOBSTAT_KILLED


def test_follow_training_log_yields_each_line_once_until_the_job_ends(
    session: Session, modelarts_emulator: Any
) -> None:
    created = create_job(session, "followed")
    modelarts_emulator.advance(3)
    lines = list(
        session.follow_training_log(
            created.job_id, created.version_id, poll_interval=2, sleep=modelarts_emulator.advance
        )
    )
    assert "started" in lines[0] and "completed" in lines[-1]
    assert len(lines) == len(set(lines)) >= 5
    final = session.call("get_training_job_version", job_id=created.job_id, version_id=created.version_id)
    assert final.status is JobStatus.JOBSTAT_COMPLETED


def test_password_session_logs_in_once_and_refreshes_after_expiry(modelarts_emulator: Any) -> None:
    logins: list[str] = []
    made = Session(username=modelarts_emulator.user, password=modelarts_emulator.password, project_id=uuid.uuid4().hex,
                   endpoint=modelarts_emulator.url, iam_endpoint=modelarts_emulator.url)  # fmt: skip
    made.client.get_httpx_client().event_hooks["request"].append(
        lambda request: logins.append(request.url.path) if request.url.path == "/v3/auth/tokens" else None
    )
    for _ in range(3):
        made.call("list_training_jobs")
    assert len(logins) == 1
    modelarts_emulator.advance(25 * 3600)  # the emulator now rejects the cached token with 401
    assert made.call("list_training_jobs").is_success is True
    assert len(logins) == 2


def test_secrets_never_reach_logs_or_reprs(modelarts_emulator: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    ak = Session(access_key=modelarts_emulator.access_key, secret_key=modelarts_emulator.secret_key,
                 project_id="p", endpoint=modelarts_emulator.url)  # fmt: skip
    pw = Session(username=modelarts_emulator.user, password=modelarts_emulator.password, project_id="p",
                 endpoint=modelarts_emulator.url, iam_endpoint=modelarts_emulator.url)  # fmt: skip
    tokens: list[str] = []
    pw.client.get_httpx_client().event_hooks["response"].append(
        lambda response: (
            tokens.append(response.headers["X-Subject-Token"]) if "X-Subject-Token" in response.headers else None
        )
    )
    ak.call("list_training_jobs")
    pw.call("list_training_jobs")
    with pytest.raises(NotFoundError) as caught:
        pw.call("get_training_job_version", job_id=424242, version_id=1)
    assert len(tokens) == 1
    texts = [
        caplog.text,
        repr(ak),
        repr(pw),
        str(ak),
        repr(ak.auth),
        repr(pw.auth),
        str(caught.value),
        repr(caught.value),
    ]
    secrets = [modelarts_emulator.secret_key, modelarts_emulator.password, *tokens]
    leaked = [i for i, text in enumerate(texts) for secret in secrets if secret in text]
    assert leaked == []


# --------------------------------------------------------------------------
# Answers a real server cannot be made to give: a 2xx whose body cannot be parsed
# --------------------------------------------------------------------------

MOCK_ENDPOINT = "https://modelarts.mock.test"
REQUEST_ID = "req-mock-0001"
VALID_PAGE = {"is_success": True, "job_total_count": 2, "jobs": [{"job_id": 1, "job_name": "first"}]}
RUNNING = {"is_success": True, "job_id": 1, "version_id": 1, "status": 8}

UNPARSEABLE_2XX: dict[str, bytes] = {
    "truncated JSON": b'{"is_success": true, "job_total_count": 3, "jobs": [{"job_id": 1',
    "HTML page": b"<!DOCTYPE html><html><head><title>Service Unavailable</title></head><body>busy</body></html>",
    "huge non-JSON": b"Lorem ipsum dolor sit amet. " * 100_000,
    "JSON array": b'[{"is_success": true, "job_id": 1}]',
    "JSON array of pairs": b'[["is_success", true], ["job_total_count", 0]]',
    "JSON string": b'"ok"',
    "JSON null": b"null",
    "missing required field": b'{"job_total_count": 1, "jobs": [], "job_id": 1}',
    "wrong type": b'{"is_success": true, "jobs": "none", "status": "running"}',
    "empty body": b"",
    "not UTF-8": b'{"is_success": true, "job_name": "\xff\xfe"}',
    "nested too deep": b'{"is_success": true, "jobs": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
}
unparseable = pytest.mark.parametrize("content", list(UNPARSEABLE_2XX.values()), ids=list(UNPARSEABLE_2XX))


def answer(content: bytes | dict[str, Any], status: int = 200) -> httpx.Response:
    raw = json.dumps(content).encode() if isinstance(content, dict) else content
    return httpx.Response(status, content=raw, headers={"X-request-id": REQUEST_ID})


@pytest.fixture
def mocked() -> Iterator[tuple[Session, respx.MockRouter]]:
    """An AK/SK session whose every request is answered by the test (respx), without retries."""
    with (
        respx.mock(base_url=MOCK_ENDPOINT, assert_all_called=False) as router,
        Session(
            access_key="AKMOCK",
            secret_key="sk-mock-" + uuid.uuid4().hex,
            project_id="p",
            endpoint=MOCK_ENDPOINT,
            retry=RetryPolicy(max_attempts=1),
        ) as made,  # fmt: skip
    ):
        yield made, router


def check_unparseable(error: BaseException, content: bytes) -> None:
    """What the README promises: a ModelArtsError, the raw body kept, the parse failure as cause."""
    assert isinstance(error, ModelArtsError)
    assert type(error) is UnexpectedResponseError
    assert (error.status_code, error.body, error.request_id) == (200, content, REQUEST_ID)
    assert isinstance(error.__cause__, (MalformedResponse, RecursionError))
    assert error.problem is not None
    headline = str(error).splitlines()[0]
    assert headline.startswith("HTTP 200 OK: the body does not fit the API spec (") and len(headline) < 1000
    assert pickle.loads(pickle.dumps(error)).problem == error.problem


@unparseable
def test_call_turns_an_unparseable_2xx_into_unexpected_response_error(
    mocked: tuple[Session, respx.MockRouter], content: bytes
) -> None:
    session, router = mocked
    router.route().mock(return_value=answer(content))
    with pytest.raises(ModelArtsError) as caught:
        session.call("list_training_jobs")
    check_unparseable(caught.value, content)
    with pytest.raises(ModelArtsError) as caught:
        session.call("get_training_job_version", job_id=1, version_id=1)
    check_unparseable(caught.value, content)


@unparseable
async def test_acall_turns_an_unparseable_2xx_into_unexpected_response_error(
    mocked: tuple[Session, respx.MockRouter], content: bytes
) -> None:
    session, router = mocked
    router.route().mock(return_value=answer(content))
    with pytest.raises(ModelArtsError) as caught:
        await session.acall("list_training_jobs")
    check_unparseable(caught.value, content)


@unparseable
def test_paginate_and_pages_raise_it_for_an_unparseable_later_page(
    mocked: tuple[Session, respx.MockRouter], content: bytes
) -> None:
    session, router = mocked
    router.route().mock(
        side_effect=lambda request: answer(VALID_PAGE if request.url.params["page"] == "1" else content)
    )
    seen: list[Any] = []
    with pytest.raises(ModelArtsError) as caught:
        for listed in session.paginate("list_training_jobs", page_size=1):
            seen.append(listed.job_id)
    assert seen == [1]
    check_unparseable(caught.value, content)
    with pytest.raises(ModelArtsError) as caught:
        list(session.pages("list_training_jobs", page_size=1))
    check_unparseable(caught.value, content)


@unparseable
async def test_apaginate_raises_it_too(mocked: tuple[Session, respx.MockRouter], content: bytes) -> None:
    session, router = mocked
    router.route().mock(
        side_effect=lambda request: answer(VALID_PAGE if request.url.params["page"] == "1" else content)
    )
    with pytest.raises(ModelArtsError) as caught:
        async for _ in session.apaginate("list_training_jobs", page_size=1):
            pass
    check_unparseable(caught.value, content)


@unparseable
def test_wait_raises_it_when_a_poll_is_unparseable(mocked: tuple[Session, respx.MockRouter], content: bytes) -> None:
    session, router = mocked
    polls = iter([answer(RUNNING), answer(content)])
    router.route().mock(side_effect=lambda request: next(polls))
    with pytest.raises(ModelArtsError) as caught:
        session.wait("get_training_job_version", job_id=1, version_id=1, timeout=60.0, sleep=lambda seconds: None)
    check_unparseable(caught.value, content)


@unparseable
async def test_await_status_raises_it_too(mocked: tuple[Session, respx.MockRouter], content: bytes) -> None:
    session, router = mocked
    router.route().mock(return_value=answer(content))
    with pytest.raises(ModelArtsError) as caught:
        await session.await_status("get_training_job_version", job_id=1, version_id=1, timeout=2.0)
    check_unparseable(caught.value, content)


@pytest.mark.parametrize("status", [400, 404, 409, 500, 502, 520])
@pytest.mark.parametrize("content", [b"<html><title>gateway</title></html>", b"[1, 2]", b'{"error_code": "X"}', b"{"])
def test_unparseable_error_answers_keep_their_status_class(
    mocked: tuple[Session, respx.MockRouter], status: int, content: bytes
) -> None:
    session, router = mocked
    router.route().mock(return_value=answer(content, status))
    with pytest.raises(ModelArtsError) as caught:
        session.call("get_training_job_version", job_id=1, version_id=1)
    error = caught.value
    assert (error.status_code, error.body, error.request_id) == (status, content, REQUEST_ID)
    expected = {400: BadRequestError, 404: NotFoundError, 409: ConflictError}.get(
        status, ServerError if status < 600 else UnexpectedResponseError
    )
    assert isinstance(error, expected)
