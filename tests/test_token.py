"""Tests for ``modelarts_overlays.token``: IAM password login as an ``httpx.Auth``.

Everything goes through real ``httpx`` clients over one ``httpx.MockTransport``
that plays both IAM (``iam.test.example``) and ModelArts
(``modelarts.test.example``), so what is checked is what a caller would see:
how many logins IAM received, which token each ModelArts request carried,
what the caller got back.

Tokens are random per login and only ever compared through the fake's login
counter (``FakeCloud.login_number``), and leak checks assert on booleans, so a
failing test does not print the password or a token either.
"""

from __future__ import annotations

import asyncio
import json
import logging
import pickle
import secrets
import sys
import threading
import time
import traceback
from collections.abc import AsyncIterator, Iterator
from dataclasses import FrozenInstanceError, dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import httpx
import pytest
from openapi_schema_validator import OAS30Validator

try:
    from modelarts_overlays import token as token_module
except ImportError:  # pragma: no cover - when overlays/ is not on sys.path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "overlays"))
    from modelarts_overlays import token as token_module

from modelarts_overlays.signing import AkSkAuth, Secret
from modelarts_overlays.token import (
    DEFAULT_REFRESH_MARGIN,
    HEADER_AUTH_TOKEN,
    HEADER_SUBJECT_TOKEN,
    TokenAuth,
    TokenError,
    TokenStatus,
)

from .conftest import SPEC

IAM_HOST = "iam.test.example"
MA_HOST = "modelarts.test.example"
IAM_ENDPOINT = f"https://{IAM_HOST}"
MA_ENDPOINT = f"https://{MA_HOST}"
SERVICE_PATH = "/v1/0123456789abcdef/demanager/instances"

USER = "alice"
ACCOUNT = "acme-corp"
PROJECT_NAME = "cn-north-4"
PROJECT_ID = "0123456789abcdef0123456789abcdef"
PASSWORD = "Pa55-w0rd!-" + secrets.token_hex(8)

T0 = datetime(2024, 3, 15, 12, 0, tzinfo=timezone.utc)
LIFETIME = timedelta(hours=24)
LOGIN_DELAY = 0.05  # seconds IAM takes to answer in the concurrency tests: wide enough for every caller to pile up


class FakeClock:
    """Injectable clock: time only moves when a test says so."""

    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


def iam_time(moment: datetime) -> str:
    """IAM's timestamp format, e.g. ``2019-02-13T06:52:13.855000Z``."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True)
class ServiceCall:
    """What ModelArts saw: which login's token (``None``: none/unknown) and the request."""

    login: int | None
    method: str
    path: str
    body: bytes
    had_project_header: bool


class FakeCloud:
    """IAM and ModelArts behind one handler, recording everything they receive.

    IAM issues a random token per login, valid for ``lifetime`` from the
    clock's current time; ModelArts answers 401 for unknown or revoked tokens
    (or for every request when ``always_401`` is set).
    """

    def __init__(self, clock: FakeClock, *, lifetime: timedelta = LIFETIME, login_delay: float = 0.0) -> None:
        self.clock = clock
        self.lifetime = lifetime
        self.login_delay = login_delay
        self.login_bodies: list[dict[str, Any]] = []
        self.login_requests: list[httpx.Request] = []
        self.tokens: list[str] = []
        self.revoked: set[str] = set()
        self.service_calls: list[ServiceCall] = []
        self.always_401 = False
        self.iam_failure: tuple[int, bytes] | None = None
        self.iam_answer: tuple[dict[str, str], bytes] | None = None
        self._lock = threading.Lock()

    # -- introspection --------------------------------------------------------------------------

    @property
    def logins(self) -> int:
        return len(self.login_bodies)

    def login_number(self, token: str | None) -> int | None:
        """1-based number of the login that issued *token*."""
        with self._lock:
            return self.tokens.index(token) + 1 if token in self.tokens else None

    def revoke_all(self) -> None:
        with self._lock:
            self.revoked.update(self.tokens)

    def service_logins(self) -> list[int | None]:
        return [call.login for call in self.service_calls]

    # -- handlers -------------------------------------------------------------------------------

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.host == IAM_HOST:
            response = self._iam(request)
            time.sleep(self.login_delay)
            return response
        return self._modelarts(request)

    async def ahandle(self, request: httpx.Request) -> httpx.Response:
        if request.url.host == IAM_HOST:
            response = self._iam(request)
            await asyncio.sleep(self.login_delay)
            return response
        if request.url.path.endswith("/slow"):
            # Checks the token only after a while, like a request that was in flight when the token changed.
            await asyncio.sleep(0.1)
        return self._modelarts(request)

    def _iam(self, request: httpx.Request) -> httpx.Response:
        assert request.method == "POST" and request.url.path == "/v3/auth/tokens"
        with self._lock:
            self.login_requests.append(request)
            self.login_bodies.append(json.loads(request.content))
            if self.iam_failure is not None:
                status, content = self.iam_failure
                return httpx.Response(status, content=content, headers={"X-Request-Id": "req-iam-1"})
            token = "MIIT" + secrets.token_urlsafe(48)
            self.tokens.append(token)
        if self.iam_answer is not None:
            headers, content = self.iam_answer
            return httpx.Response(201, headers=headers, content=content)
        body = {
            "token": {
                "expires_at": iam_time(self.clock() + self.lifetime),
                "issued_at": iam_time(self.clock()),
                "methods": ["password"],
                "catalog": [{"endpoints": [{"region_id": PROJECT_NAME}]}],
                "user": {"name": USER, "domain": {"name": ACCOUNT}},
            }
        }
        return httpx.Response(201, json=body, headers={HEADER_SUBJECT_TOKEN: token})

    def _modelarts(self, request: httpx.Request) -> httpx.Response:
        assert request.url.host == MA_HOST
        sent = request.headers.get(HEADER_AUTH_TOKEN)
        login = self.login_number(sent)
        self.service_calls.append(
            ServiceCall(login, request.method, request.url.path, request.read(), "x-project-id" in request.headers)
        )
        if login is None or sent in self.revoked or self.always_401:
            return httpx.Response(401, json={"error_code": "APIG.1002", "error_msg": "Incorrect token or token"})
        return httpx.Response(200, json={"login": login})


def make_auth(clock: FakeClock, **overrides: Any) -> TokenAuth:
    options: dict[str, Any] = {
        "username": USER,
        "password": PASSWORD,
        "account": ACCOUNT,
        "iam_endpoint": IAM_ENDPOINT,
        "project_name": PROJECT_NAME,
        "clock": clock,
    }
    options.update(overrides)
    return TokenAuth(**options)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def cloud(clock: FakeClock) -> FakeCloud:
    return FakeCloud(clock)


@pytest.fixture
def auth(clock: FakeClock) -> TokenAuth:
    return make_auth(clock)


@pytest.fixture
def client(cloud: FakeCloud, auth: TokenAuth) -> Iterator[httpx.Client]:
    with httpx.Client(transport=httpx.MockTransport(cloud.handle), auth=auth, base_url=MA_ENDPOINT) as c:
        yield c


@pytest.fixture
async def aclient(cloud: FakeCloud, auth: TokenAuth) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.MockTransport(cloud.ahandle), auth=auth, base_url=MA_ENDPOINT) as c:
        yield c


def password_leaks(text: str) -> bool:
    return PASSWORD in text


def token_leaks(cloud: FakeCloud, text: str) -> bool:
    return any(token in text for token in cloud.tokens)


# --------------------------------------------------------------------------
# Caching and refresh
# --------------------------------------------------------------------------


def test_logs_in_once_then_reuses_the_token(client: httpx.Client, cloud: FakeCloud, auth: TokenAuth) -> None:
    answers = [client.get(SERVICE_PATH, params={"limit": i}) for i in range(10)]

    assert [a.status_code for a in answers] == [200] * 10
    assert cloud.logins == 1
    assert cloud.service_logins() == [1] * 10
    # The project travels inside the token's scope; the header AK/SK needs is not sent.
    assert not any(call.had_project_header for call in cloud.service_calls)
    assert auth.status == TokenStatus(cached=True, expires_at=T0 + LIFETIME, fresh=True)


async def test_async_client_logs_in_once_then_reuses_the_token(aclient: httpx.AsyncClient, cloud: FakeCloud) -> None:
    answers = [await aclient.get(SERVICE_PATH) for _ in range(5)]

    assert [a.status_code for a in answers] == [200] * 5
    assert cloud.logins == 1
    assert cloud.service_logins() == [1] * 5


def test_one_auth_serves_sync_and_async_clients_with_one_token(
    client: httpx.Client, cloud: FakeCloud, auth: TokenAuth
) -> None:
    client.get(SERVICE_PATH)

    async def use_async() -> int:
        async with httpx.AsyncClient(transport=httpx.MockTransport(cloud.ahandle), auth=auth) as aclient:
            return (await aclient.get(MA_ENDPOINT + SERVICE_PATH)).status_code

    assert asyncio.run(use_async()) == 200
    assert cloud.logins == 1
    assert cloud.service_logins() == [1, 1]


def test_refreshes_refresh_margin_before_expiry(
    client: httpx.Client, cloud: FakeCloud, auth: TokenAuth, clock: FakeClock
) -> None:
    client.get(SERVICE_PATH)
    clock.advance(LIFETIME - DEFAULT_REFRESH_MARGIN - timedelta(seconds=1))
    client.get(SERVICE_PATH)
    assert cloud.logins == 1
    assert auth.status.fresh

    clock.advance(timedelta(seconds=1))  # now exactly refresh_margin before expiry
    assert auth.status == TokenStatus(cached=True, expires_at=T0 + LIFETIME, fresh=False)
    client.get(SERVICE_PATH)
    client.get(SERVICE_PATH)

    assert cloud.logins == 2
    assert cloud.service_logins() == [1, 1, 2, 2]
    assert auth.status.expires_at == clock.now + LIFETIME


def test_expiry_comes_from_the_answer_and_margin_is_configurable(clock: FakeClock) -> None:
    cloud = FakeCloud(clock, lifetime=timedelta(hours=1))
    auth = make_auth(clock, refresh_margin=timedelta(minutes=20))
    with httpx.Client(transport=httpx.MockTransport(cloud.handle), auth=auth, base_url=MA_ENDPOINT) as client:
        client.get(SERVICE_PATH)
        clock.advance(timedelta(minutes=39, seconds=59))
        client.get(SERVICE_PATH)
        clock.advance(timedelta(seconds=1))
        client.get(SERVICE_PATH)

    assert cloud.service_logins() == [1, 1, 2]


def test_reference_timestamp_format_is_parsed(clock: FakeClock) -> None:
    cloud = FakeCloud(clock)
    cloud.iam_answer = (
        {HEADER_SUBJECT_TOKEN: "MIIT-reference"},
        json.dumps({"token": {"expires_at": "2024-03-16T06:52:13.855000Z", "methods": ["password"]}}).encode(),
    )
    auth = make_auth(clock)
    with httpx.Client(transport=httpx.MockTransport(cloud.handle), auth=auth) as client:
        client.get(MA_ENDPOINT + SERVICE_PATH)

    assert auth.status.expires_at == datetime(2024, 3, 16, 6, 52, 13, 855000, tzinfo=timezone.utc)


def test_missing_expires_at_assumes_the_documented_24_hours(clock: FakeClock) -> None:
    cloud = FakeCloud(clock)
    cloud.iam_answer = ({HEADER_SUBJECT_TOKEN: "MIIT-no-expiry"}, b'{"token": {"methods": ["password"]}}')
    auth = make_auth(clock)
    with httpx.Client(transport=httpx.MockTransport(cloud.handle), auth=auth) as client:
        client.get(MA_ENDPOINT + SERVICE_PATH)

    assert auth.status.expires_at == T0 + timedelta(hours=24)


def test_invalidate_forces_a_new_login(client: httpx.Client, cloud: FakeCloud, auth: TokenAuth) -> None:
    assert auth.status == TokenStatus(cached=False, expires_at=None, fresh=False)
    client.get(SERVICE_PATH)
    auth.invalidate()
    assert auth.status == TokenStatus(cached=False, expires_at=None, fresh=False)
    client.get(SERVICE_PATH)

    assert cloud.service_logins() == [1, 2]


def test_status_is_read_only(auth: TokenAuth) -> None:
    with pytest.raises(AttributeError):
        auth.status = TokenStatus(cached=True, expires_at=T0, fresh=True)  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        auth.status.cached = True  # type: ignore[misc]


# --------------------------------------------------------------------------
# 401 handling
# --------------------------------------------------------------------------


def test_401_relogs_in_and_resends_once(client: httpx.Client, cloud: FakeCloud) -> None:
    client.get(SERVICE_PATH)
    cloud.revoke_all()  # e.g. the password was changed elsewhere

    answer = client.post(SERVICE_PATH, json={"name": "notebook-1"})

    assert answer.status_code == 200
    assert answer.json() == {"login": 2}
    assert cloud.logins == 2
    assert cloud.service_logins() == [1, 1, 2]
    first, retry = cloud.service_calls[1:]
    assert (retry.method, retry.path, retry.body) == (first.method, first.path, first.body)
    assert json.loads(retry.body) == {"name": "notebook-1"}


def test_second_401_is_returned_to_the_caller(client: httpx.Client, cloud: FakeCloud) -> None:
    cloud.always_401 = True

    answer = client.get(SERVICE_PATH)

    assert answer.status_code == 401
    assert answer.json()["error_code"] == "APIG.1002"
    assert cloud.logins == 2
    assert cloud.service_logins() == [1, 2]

    # Each further request is bounded too: one retry at most, never a loop.
    assert client.get(SERVICE_PATH).status_code == 401
    assert len(cloud.service_calls) == 4
    assert cloud.logins <= 3


async def test_async_401_relogs_in_and_resends_once(aclient: httpx.AsyncClient, cloud: FakeCloud) -> None:
    await aclient.get(SERVICE_PATH)
    cloud.revoke_all()

    answer = await aclient.put(SERVICE_PATH, content=b"payload")

    assert answer.status_code == 200
    assert cloud.service_logins() == [1, 1, 2]
    assert cloud.service_calls[-1].body == b"payload"

    cloud.always_401 = True
    assert (await aclient.get(SERVICE_PATH)).status_code == 401
    assert cloud.service_logins()[3:] == [2, 3]


def test_streamed_body_is_not_resent_but_token_is_dropped(
    client: httpx.Client, cloud: FakeCloud, auth: TokenAuth
) -> None:
    client.get(SERVICE_PATH)
    cloud.revoke_all()

    answer = client.post(SERVICE_PATH, content=iter([b"chunk-1", b"chunk-2"]))

    assert answer.status_code == 401
    assert cloud.service_logins() == [1, 1]
    assert cloud.logins == 1
    assert not auth.status.cached
    assert client.get(SERVICE_PATH).status_code == 200
    assert cloud.service_logins()[-1] == 2


def test_other_errors_are_not_retried(cloud: FakeCloud, auth: TokenAuth) -> None:
    def forbidden(request: httpx.Request) -> httpx.Response:
        answer = cloud.handle(request)
        return answer if request.url.host == IAM_HOST else httpx.Response(403)

    with httpx.Client(transport=httpx.MockTransport(forbidden), auth=auth) as client:
        assert client.get(MA_ENDPOINT + SERVICE_PATH).status_code == 403

    assert len(cloud.service_calls) == 1
    assert cloud.logins == 1
    assert auth.status.cached


# --------------------------------------------------------------------------
# Login failures
# --------------------------------------------------------------------------


def test_failed_login_raises_token_error_without_the_password(
    client: httpx.Client, cloud: FakeCloud, auth: TokenAuth
) -> None:
    cloud.iam_failure = (
        401,
        json.dumps({"error_code": "IAM.0101", "error_msg": "The username or password is wrong."}).encode(),
    )

    with pytest.raises(TokenError) as caught:
        client.get(SERVICE_PATH)

    error = caught.value
    assert (error.status_code, error.error_code, error.error_msg, error.request_id) == (
        401,
        "IAM.0101",
        "The username or password is wrong.",
        "req-iam-1",
    )
    assert "IAM.0101" in str(error) and repr(USER) in str(error) and repr(ACCOUNT) in str(error)
    assert cloud.service_calls == []
    assert not auth.status.cached
    for text in (str(error), repr(error), repr(error.args), repr(vars(error)), repr(pickle.loads(pickle.dumps(error)))):
        assert not password_leaks(text)

    # The login lock was released: once IAM accepts again, the next call succeeds.
    cloud.iam_failure = None
    assert client.get(SERVICE_PATH).status_code == 200
    assert cloud.logins == 2


async def test_async_failed_login_raises_and_releases_the_lock(aclient: httpx.AsyncClient, cloud: FakeCloud) -> None:
    cloud.iam_failure = (400, json.dumps({"error_code": "IAM.0011", "error_msg": "Request body is invalid."}).encode())

    with pytest.raises(TokenError) as caught:
        await aclient.get(SERVICE_PATH)
    assert (caught.value.status_code, caught.value.error_code) == (400, "IAM.0011")

    cloud.iam_failure = None
    assert (await aclient.get(SERVICE_PATH)).status_code == 200


def test_keystone_shaped_error_and_echoed_password(client: httpx.Client, cloud: FakeCloud) -> None:
    echoed = {"error": {"code": 403, "title": "Forbidden", "message": f"bad credentials {PASSWORD} for alice"}}
    cloud.iam_failure = (403, json.dumps(echoed).encode())

    with pytest.raises(TokenError) as caught:
        client.get(SERVICE_PATH)

    error = caught.value
    assert (error.status_code, error.error_code) == (403, "403")
    assert error.error_msg == "bad credentials ********** for alice"
    assert not password_leaks(str(error)) and not password_leaks(repr(error))


@pytest.mark.parametrize("field", ["error_msg", "error_message", "keystone"])
def test_token_error_scrubs_every_secret_the_server_echoes(
    client: httpx.Client, cloud: FakeCloud, auth: TokenAuth, field: str
) -> None:
    """Not only the password: earlier tokens, other credentials of the process, token headers."""
    client.get(SERVICE_PATH)  # a token the service accepted, then dropped from the cache (still valid)
    auth.invalidate()
    other_sk = "sk-other-" + secrets.token_hex(10)
    signer = AkSkAuth("AKOTHER", other_sk)  # another credential alive in the process
    foreign = "MIIF" + secrets.token_urlsafe(30)  # never registered: masked by the header rule
    echo = f"{cloud.tokens[0]} / {PASSWORD} / {other_sk} / X-Auth-Token: {foreign}"
    fields: dict[str, Any] = (
        {"error": {"code": echo, "message": echo}} if field == "keystone" else {"error_code": echo, field: echo}
    )
    cloud.iam_failure = (401, json.dumps(fields).encode())

    with pytest.raises(TokenError) as caught:
        client.get(SERVICE_PATH)

    error = caught.value
    assert error.error_msg == "********** / ********** / ********** / X-Auth-Token: **********"
    texts = [
        str(error),
        repr(error),
        repr(error.args),
        repr(vars(error)),
        error.error_code or "",
        error.error_msg or "",
        str(pickle.loads(pickle.dumps(error))),
        "".join(traceback.format_exception(error)),
    ]
    for text in texts:
        assert not password_leaks(text)
        assert not token_leaks(cloud, text)
        assert other_sk not in text and foreign not in text
    del signer


@pytest.mark.parametrize(
    ("headers", "content", "fragment"),
    [
        ({}, b'{"token": {"expires_at": "2024-03-16T12:00:00.000000Z"}}', "no X-Subject-Token header"),
        ({HEADER_SUBJECT_TOKEN: "MIIT-x"}, b"<html>gateway</html>", "malformed token answer (JSONDecodeError)"),
        ({HEADER_SUBJECT_TOKEN: "MIIT-x"}, b'{"token": {"expires_at": "not a date"}}', "malformed token answer"),
    ],
    ids=["no-subject-token", "not-json", "bad-expires-at"],
)
def test_unusable_success_answer_is_a_token_error(
    clock: FakeClock, headers: dict[str, str], content: bytes, fragment: str
) -> None:
    cloud = FakeCloud(clock)
    cloud.iam_answer = (headers, content)
    auth = make_auth(clock)
    with (
        httpx.Client(transport=httpx.MockTransport(cloud.handle), auth=auth) as client,
        pytest.raises(TokenError) as caught,
    ):
        client.get(MA_ENDPOINT + SERVICE_PATH)

    assert caught.value.status_code == 201
    assert fragment in str(caught.value)
    assert cloud.service_calls == []
    assert not auth.status.cached


def test_transport_error_during_login_releases_the_lock(clock: FakeClock) -> None:
    cloud = FakeCloud(clock)
    down = True

    def handler(request: httpx.Request) -> httpx.Response:
        if down and request.url.host == IAM_HOST:
            raise httpx.ConnectError("IAM unreachable", request=request)
        return cloud.handle(request)

    auth = make_auth(clock)
    with httpx.Client(transport=httpx.MockTransport(handler), auth=auth) as client:
        with pytest.raises(httpx.ConnectError):
            client.get(MA_ENDPOINT + SERVICE_PATH)
        down = False
        # A held lock would deadlock here; run in a thread so the test fails instead of hanging.
        result: list[int] = []
        worker = threading.Thread(target=lambda: result.append(client.get(MA_ENDPOINT + SERVICE_PATH).status_code))
        worker.start()
        worker.join(timeout=5)

    assert result == [200]


# --------------------------------------------------------------------------
# Concurrency: a cold cache and many callers → one login
# --------------------------------------------------------------------------


def test_twenty_threads_on_a_cold_cache_log_in_once(clock: FakeClock) -> None:
    cloud = FakeCloud(clock, login_delay=LOGIN_DELAY)
    auth = make_auth(clock)
    start = threading.Barrier(20)
    statuses: list[int] = []
    errors: list[BaseException] = []

    def call(client: httpx.Client) -> None:
        try:
            start.wait(timeout=5)
            statuses.append(client.get(SERVICE_PATH).status_code)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    # One client per thread, as separate components of an application would have, all sharing the auth.
    clients = [
        httpx.Client(transport=httpx.MockTransport(cloud.handle), auth=auth, base_url=MA_ENDPOINT) for _ in range(20)
    ]
    threads = [threading.Thread(target=call, args=(c,)) for c in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    for c in clients:
        c.close()

    assert errors == []
    assert statuses == [200] * 20
    assert cloud.logins == 1
    assert cloud.service_logins() == [1] * 20


async def test_twenty_tasks_on_a_cold_cache_log_in_once(aclient: httpx.AsyncClient, cloud: FakeCloud) -> None:
    cloud.login_delay = LOGIN_DELAY

    answers = await asyncio.gather(*(aclient.get(SERVICE_PATH) for _ in range(20)))

    assert [a.status_code for a in answers] == [200] * 20
    assert cloud.logins == 1
    assert cloud.service_logins() == [1] * 20


def test_concurrent_tasks_on_successive_event_loops(clock: FakeClock) -> None:
    """The asyncio lock must not be tied to the first loop that used the auth."""
    cloud = FakeCloud(clock, login_delay=0.01)
    auth = make_auth(clock)

    async def burst() -> list[int]:
        async with httpx.AsyncClient(transport=httpx.MockTransport(cloud.ahandle), auth=auth) as aclient:
            answers = await asyncio.gather(*(aclient.get(MA_ENDPOINT + SERVICE_PATH) for _ in range(5)))
        return [a.status_code for a in answers]

    assert asyncio.run(burst()) == [200] * 5
    auth.invalidate()
    assert asyncio.run(burst()) == [200] * 5
    assert cloud.logins == 2
    assert cloud.service_logins() == [1] * 5 + [2] * 5


async def test_concurrent_401s_relog_in_once(aclient: httpx.AsyncClient, cloud: FakeCloud) -> None:
    await aclient.get(SERVICE_PATH)
    cloud.revoke_all()
    cloud.login_delay = LOGIN_DELAY

    answers = await asyncio.gather(*(aclient.get(SERVICE_PATH) for _ in range(10)))

    assert [a.status_code for a in answers] == [200] * 10
    assert cloud.logins == 2
    # Every task ends with the one new token; tasks that had not sent yet never use the dropped one.
    later = cloud.service_logins()[1:]
    assert later.count(2) == 10 and set(later) <= {1, 2}


async def test_late_401_for_an_old_token_keeps_the_new_one(aclient: httpx.AsyncClient, cloud: FakeCloud) -> None:
    """A 401 for a token that was already replaced must not throw the replacement away."""
    await aclient.get(SERVICE_PATH)
    cloud.revoke_all()

    async def fast() -> httpx.Response:
        await asyncio.sleep(0.02)  # starts while the slow request is in flight with the old token
        return await aclient.get(SERVICE_PATH)

    slow_answer, fast_answer = await asyncio.gather(aclient.get(SERVICE_PATH + "/slow"), fast())

    assert (slow_answer.status_code, fast_answer.status_code) == (200, 200)
    assert cloud.logins == 2
    assert slow_answer.json() == fast_answer.json() == {"login": 2}


# --------------------------------------------------------------------------
# The login request
# --------------------------------------------------------------------------


def spec_operation() -> dict[str, Any]:
    operations: dict[str, dict[str, Any]] = SPEC["paths"]["/v3/auth/tokens"]
    return operations["post"]


def checked_body(body: dict[str, Any]) -> dict[str, Any]:
    """*body* with the password checked and replaced by the reference's mask, so it can be compared and printed."""
    user = body["auth"]["identity"]["password"]["user"]
    sent_password_ok = user["password"] == PASSWORD
    assert sent_password_ok, "the login did not send the configured password"
    masked: dict[str, Any] = json.loads(json.dumps(body))
    masked["auth"]["identity"]["password"]["user"]["password"] = "**********"
    return masked


def test_login_body_matches_the_reference_example(clock: FakeClock) -> None:
    cloud = FakeCloud(clock)
    # The reference example's own values: user "username" of account "domainname", region as project name.
    auth = make_auth(clock, username="username", account="domainname", project_name="cn-north-1")
    with httpx.Client(transport=httpx.MockTransport(cloud.handle), auth=auth) as client:
        client.get(MA_ENDPOINT + SERVICE_PATH)

    request = cloud.login_requests[0]
    assert str(request.url) == IAM_ENDPOINT + "/v3/auth/tokens"
    assert request.headers["content-type"] == "application/json"
    assert HEADER_AUTH_TOKEN.lower() not in request.headers
    example = spec_operation()["requestBody"]["content"]["application/json"]["examples"]["reference"]["value"]
    assert checked_body(cloud.login_bodies[0]) == example


@pytest.mark.parametrize(
    ("scope", "expected_project"),
    [({"project_name": "cn-east-3"}, {"name": "cn-east-3"}), ({"project_id": PROJECT_ID}, {"id": PROJECT_ID})],
    ids=["project-name", "project-id"],
)
def test_login_body_shape_and_schema(clock: FakeClock, scope: dict[str, str], expected_project: dict[str, str]) -> None:
    cloud = FakeCloud(clock)
    auth = TokenAuth(
        username=USER,
        password=Secret(PASSWORD),
        account=ACCOUNT,
        iam_endpoint=IAM_ENDPOINT,
        project_id=scope.get("project_id"),
        project_name=scope.get("project_name"),
    )
    with httpx.Client(transport=httpx.MockTransport(cloud.handle), auth=auth) as client:
        client.get(MA_ENDPOINT + SERVICE_PATH)

    body = cloud.login_bodies[0]
    assert checked_body(body) == {
        "auth": {
            "identity": {
                "methods": ["password"],
                "password": {"user": {"name": USER, "password": "**********", "domain": {"name": ACCOUNT}}},
            },
            "scope": {"project": expected_project},
        }
    }
    schema = spec_operation()["requestBody"]["content"]["application/json"]["schema"]
    errors = [e.message[:120] for e in OAS30Validator(dict(schema, components=SPEC["components"])).iter_errors(body)]
    assert errors == []


def test_iam_endpoint_with_path_prefix_and_trailing_slash(clock: FakeClock) -> None:
    cloud = FakeCloud(clock)
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        if request.url.host == IAM_HOST:
            request.url = request.url.copy_with(path="/v3/auth/tokens")
        return cloud.handle(request)

    auth = make_auth(clock, iam_endpoint=IAM_ENDPOINT + "/iam/")
    with httpx.Client(transport=httpx.MockTransport(handler), auth=auth) as client:
        assert client.get(MA_ENDPOINT + SERVICE_PATH).status_code == 200
    assert seen[0] == "/iam/v3/auth/tokens"
    assert auth.iam_endpoint == IAM_ENDPOINT + "/iam"


# --------------------------------------------------------------------------
# Secrets never leak
# --------------------------------------------------------------------------


def test_password_and_tokens_never_reach_logs_or_reprs(
    client: httpx.Client, cloud: FakeCloud, auth: TokenAuth, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "modelarts_overlays"):
        caplog.set_level(logging.DEBUG, logger=name)

    client.get(SERVICE_PATH)  # login
    cloud.revoke_all()
    client.get(SERVICE_PATH)  # 401, re-login, retry
    auth.invalidate()
    cloud.iam_failure = (401, json.dumps({"error_code": "IAM.0101", "error_msg": f"wrong: {PASSWORD}"}).encode())
    with pytest.raises(TokenError) as caught:
        client.get(SERVICE_PATH)

    assert cloud.logins == 3 and len(cloud.tokens) == 2
    sources = {record.name for record in caplog.records}
    assert {"httpx", "modelarts_overlays.token"} <= sources  # the check below is not vacuous
    texts = [
        caplog.text,
        *(record.getMessage() for record in caplog.records),
        *(repr(record.args) for record in caplog.records),
        repr(auth),
        str(auth),
        f"{auth}",
        repr(vars(auth)),
        repr(auth.status),
        str(caught.value),
        repr(caught.value),
    ]
    for text in texts:
        assert not password_leaks(text)
        assert not token_leaks(cloud, text)


def test_repr_shows_user_account_and_endpoint_only(auth: TokenAuth) -> None:
    assert repr(auth) == f"TokenAuth(username={USER!r}, account={ACCOUNT!r}, iam_endpoint={IAM_ENDPOINT!r})"
    assert str(auth) == repr(auth)


def test_cannot_be_pickled(auth: TokenAuth) -> None:
    with pytest.raises(TypeError, match="cannot be pickled"):
        pickle.dumps(auth)


# --------------------------------------------------------------------------
# Construction
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"username": ""}, "username is required"),
        ({"account": ""}, "account"),
        ({"password": ""}, "password is required"),
        ({"password": Secret("")}, "password is required"),
        ({"project_name": None}, "exactly one of project_id and project_name"),
        ({"project_id": PROJECT_ID}, "exactly one of project_id and project_name"),
        ({"iam_endpoint": "iam.cn-north-4.myhuaweicloud.com"}, "absolute http"),
        ({"iam_endpoint": "ftp://iam.test.example"}, "absolute http"),
        ({"iam_endpoint": IAM_ENDPOINT + "?x=1"}, "query or fragment"),
        ({"refresh_margin": timedelta(seconds=-1)}, "must not be negative"),
    ],
    ids=lambda value: str(value)[:40] if not isinstance(value, dict) else ",".join(value),
)
def test_invalid_arguments_are_rejected(clock: FakeClock, overrides: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message) as caught:
        make_auth(clock, **overrides)
    assert not password_leaks(str(caught.value))


def test_auth_flow_alias_drives_the_sync_flow(auth: TokenAuth) -> None:
    """``auth_flow`` (httpx's generic hook) behaves like ``sync_auth_flow``: the login comes first."""
    flow = auth.auth_flow(httpx.Request("GET", MA_ENDPOINT + SERVICE_PATH))
    first = next(flow)
    flow.close()
    assert (first.method, first.url.host, first.url.path) == ("POST", IAM_HOST, "/v3/auth/tokens")


def test_module_exports() -> None:
    assert set(token_module.__all__) >= {"TokenAuth", "TokenError", "TokenStatus"}


def test_timestamps_are_made_parseable_for_python_3_10(monkeypatch: pytest.MonkeyPatch) -> None:
    """Before 3.11 ``fromisoformat`` rejects ``Z`` and 3-digit fractions; the shim rewrites them to the same instant."""
    from modelarts_client.models import IamToken, IamTokenResponse

    body = {"token": {"expires_at": "2024-03-16T06:52:13.855Z", "issued_at": "2024-03-15T06:52:13Z", "methods": []}}
    monkeypatch.setattr(sys, "version_info", (3, 10, 13))
    rewritten = token_module._compatible_times(body)
    monkeypatch.undo()

    assert rewritten["token"]["expires_at"] == "2024-03-16T06:52:13.855000+00:00"
    assert rewritten["token"]["issued_at"] == "2024-03-15T06:52:13+00:00"
    assert body["token"]["expires_at"] == "2024-03-16T06:52:13.855Z"  # the caller's dict is not modified
    parsed = IamTokenResponse.from_dict(rewritten).token
    assert isinstance(parsed, IamToken)
    assert parsed.expires_at == datetime(2024, 3, 16, 6, 52, 13, 855000, tzinfo=timezone.utc)
