"""The emulator's temporary keys (``POST /v3.0/OS-CREDENTIAL/securitytokens``).

A token or a key pair buys a temporary access key, secret key and security token; the three sign
requests together until the key expires on the emulator's clock; the secret key is never stored.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from modelarts_client.models import TemporaryAccessKeyRequest, TemporaryCredential
from modelarts_emulator.pytest_plugin import EmulatorHandle
from modelarts_overlays import AuthenticationError, BadRequestError, PermissionDeniedError, Session


def _body(**token: Any) -> TemporaryAccessKeyRequest:
    return TemporaryAccessKeyRequest.from_dict({"auth": {"identity": {"methods": ["token"], "token": token}}})


def _issue(session: Session, **token: Any) -> TemporaryCredential:
    answer = session.call("create_temporary_access_key_by_token", body=_body(**token))
    return answer.credential


def _session(emu: EmulatorHandle, credential: TemporaryCredential, *, token: str | None = None, **kw: Any) -> Session:
    return Session(
        access_key=credential.access,
        secret_key=credential.secret,
        security_token=credential.securitytoken if token is None else token,
        project_id=kw.pop("project_id", emu.project_id),
        endpoint=emu.url,
        **kw,
    )


def test_a_key_pair_and_a_token_each_buy_a_working_temporary_key(modelarts_emulator: EmulatorHandle) -> None:
    by_pair = _issue(modelarts_emulator, duration_seconds=900)
    with Session(username=modelarts_emulator.user, password=modelarts_emulator.password,
                 project_id=modelarts_emulator.project_id, endpoint=modelarts_emulator.url,
                 iam_endpoint=modelarts_emulator.url) as password_session:  # fmt: skip
        by_token = _issue(password_session)
    assert by_pair.access != by_token.access
    for credential in (by_pair, by_token):
        with _session(modelarts_emulator, credential) as temporary:
            assert temporary.call("list_workspaces").total_count is not None


def test_a_temporary_key_needs_its_token_and_expires(modelarts_emulator: EmulatorHandle) -> None:
    credential = _issue(modelarts_emulator, duration_seconds=900)
    no_token = Session(
        access_key=credential.access,
        secret_key=credential.secret,
        project_id=modelarts_emulator.project_id,
        endpoint=modelarts_emulator.url,
    )
    for refused in (_session(modelarts_emulator, credential, token="some-other-token"), no_token):
        with refused, pytest.raises(AuthenticationError):
            refused.call("list_workspaces")
    with _session(modelarts_emulator, credential) as fine:
        fine.call("list_workspaces")
        modelarts_emulator.advance(901)
        with pytest.raises(AuthenticationError):
            fine.call("list_workspaces")


def test_a_temporary_key_is_refused_on_another_projects_url(modelarts_emulator: EmulatorHandle) -> None:
    credential = _issue(modelarts_emulator)
    with _session(modelarts_emulator, credential) as temporary, pytest.raises(PermissionDeniedError):
        temporary.call("list_workspaces", project_id="f" * 32)


@pytest.mark.parametrize("duration", [0, 899, 86401, -1, 10**12])
def test_a_lifetime_out_of_range_is_refused(modelarts_emulator: EmulatorHandle, duration: int) -> None:
    with pytest.raises(BadRequestError):
        _issue(modelarts_emulator, duration_seconds=duration)


def test_the_secret_key_and_token_are_not_stored(modelarts_emulator: EmulatorHandle) -> None:
    credential = _issue(modelarts_emulator)
    record = modelarts_emulator._live.emulator.store.get("", "temporary_access_key", credential.access)
    assert record is not None and "expires_ms" in record
    dumped = json.dumps(record)
    assert credential.secret not in dumped and credential.securitytoken not in dumped
