"""The authenticator remembers bodiless requests whose signature checked out, and nothing more.

Why: a remembered request skips recomputing its signature, so the memory must never let through
what a full check refuses: the same bytes once ``X-Sdk-Date`` has left the 15-minute window, any
request differing in a header, the target or the method, or a request that failed before.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest

from modelarts_emulator import auth
from modelarts_emulator.auth import Authenticator, Credentials
from modelarts_emulator.framework import Clock, Unauthorized
from modelarts_emulator.state import MemoryStore
from modelarts_overlays.signing import sign

CREDS = Credentials.from_env({})
TARGET = "/v1/p1/training-jobs?per_page=50"
SIGNED_AT = datetime(2030, 1, 1, 12, 0, tzinfo=timezone.utc)


class _Now:
    """Stands in for ``datetime`` in the auth module: ``now()`` is what the test says."""

    moment = SIGNED_AT

    @classmethod
    def now(cls, tz: timezone | None = None) -> datetime:
        return cls.moment


@pytest.fixture
def authenticator(monkeypatch: pytest.MonkeyPatch) -> Iterator[Authenticator]:
    monkeypatch.setattr(auth, "datetime", _Now)
    _Now.moment = SIGNED_AT
    yield Authenticator(CREDS, Clock("manual"), MemoryStore(), token_ttl_s=3600)


def _signed(
    method: str = "GET", target: str = TARGET, body: bytes = b"", extra: dict[str, str] | None = None
) -> dict[str, str]:
    headers = [("Content-Type", "application/json"), *(extra or {}).items()]
    parts = sign(
        method,
        f"http://emulator.test{target}",
        headers,
        body,
        SIGNED_AT,
        access_key=CREDS.access_key,
        secret_key=CREDS.secret_key,
    )
    signed = {name.lower(): value for name, value in parts.headers}
    signed["authorization"] = parts.authorization
    return signed


def _accepted(authenticator: Authenticator, headers: dict[str, str], method: str = "GET", target: str = TARGET) -> bool:
    try:
        authenticator.check(method, target, headers, b"", project_id="p1")
    except Unauthorized:
        return False
    return True


def test_a_remembered_request_still_has_its_date_checked(authenticator: Authenticator) -> None:
    headers = _signed()
    assert _accepted(authenticator, headers)
    assert _accepted(authenticator, headers)  # remembered
    assert len(authenticator._signed) == 1
    _Now.moment = SIGNED_AT + timedelta(minutes=15)
    assert _accepted(authenticator, headers)  # the edge of the window, as verify() draws it
    _Now.moment = SIGNED_AT + timedelta(minutes=15, seconds=1)
    assert not _accepted(authenticator, headers)
    _Now.moment = SIGNED_AT - timedelta(minutes=15, seconds=1)
    assert not _accepted(authenticator, headers)


def test_a_remembered_request_lets_no_variant_through(authenticator: Authenticator) -> None:
    headers = _signed(extra={"X-Extra": "a"})
    assert _accepted(authenticator, headers)
    assert not _accepted(authenticator, {**headers, "x-extra": "b"})  # a signed header changed
    assert not _accepted(authenticator, headers, target=TARGET.replace("50", "51"))
    assert not _accepted(authenticator, headers, method="DELETE")
    wrong = {**headers, "authorization": headers["authorization"][:-4] + "0000"}
    assert not _accepted(authenticator, wrong)
    assert not _accepted(authenticator, wrong)  # a refusal is not remembered
    assert len(authenticator._signed) == 1


def test_requests_with_a_body_are_always_checked_in_full(authenticator: Authenticator) -> None:
    body = b'{"job_name": "x"}'
    headers = _signed("POST", body=body)
    for _ in range(2):
        authenticator.check("POST", TARGET, headers, body, project_id="p1")
    with pytest.raises(Unauthorized):
        authenticator.check("POST", TARGET, headers, b'{"job_name": "y"}', project_id="p1")
    assert not authenticator._signed


def test_the_memory_is_bounded(authenticator: Authenticator, monkeypatch: pytest.MonkeyPatch) -> None:
    long_target = "/v1/p1/training-jobs?search_content=" + "x" * 9000
    assert _accepted(authenticator, _signed(target=long_target), target=long_target)
    assert not authenticator._signed  # too long to keep
    monkeypatch.setattr(auth, "REMEMBERED_SIGNATURES", 3)
    for n in range(5):
        target = f"/v1/p1/training-jobs?page={n + 1}"
        assert _accepted(authenticator, _signed(target=target), target=target)
    assert len(authenticator._signed) == 3
