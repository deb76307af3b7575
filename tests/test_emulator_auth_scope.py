"""Credentials used out of scope: a token or a key pair bound to one project, sent to another.

Why: the service scopes a token to the project it was issued for (403 ``ModelArts.0210`` on any other
project's URL, 401 ``ModelArts.0212`` for a token without a project), and an AK/SK request that
names its project in the signed ``X-Project-Id`` header is bound to it the same way.  Both auth kinds
are tried on every project-scoped operation family, in both error shapes.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from modelarts_emulator.auth import DEFAULT_ACCESS_KEY, DEFAULT_PASSWORD, DEFAULT_SECRET_KEY, DEFAULT_USER
from modelarts_overlays import PermissionDeniedError, Session
from modelarts_overlays.signing import AkSkAuth

from .test_emulator_core import BASE_URL, OTHER_PROJECT, PROJECT, check_against_spec
from .test_emulator_core import app as app  # fixtures shared with the core tests
from .test_emulator_core import clock as clock

READS = {
    "list_training_jobs": "/training-jobs",  # IsSuccess error shape
    "list_workspaces": "/workspaces",  # ErrorMsg error shape
    "list_models": "/models",
    "list_services": "/services",
}


async def _token(raw: httpx.AsyncClient, project_id: str) -> str:
    user = {"name": DEFAULT_USER, "password": DEFAULT_PASSWORD, "domain": {"name": "acct"}}
    body = {"auth": {"identity": {"methods": ["password"], "password": {"user": user}}}}
    body["auth"]["scope"] = {"project": {"id": project_id}}
    issued = await raw.post("/v3/auth/tokens", json=body)
    assert issued.status_code == 201, issued.text
    return issued.headers["X-Subject-Token"]


@pytest.fixture
async def raw(app: Any) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL) as client:
        yield client


@pytest.mark.parametrize("operation_id", sorted(READS))
async def test_a_token_works_only_in_its_own_project(raw: httpx.AsyncClient, operation_id: str) -> None:
    token = await _token(raw, PROJECT)
    own = await raw.get(f"/v1/{PROJECT}{READS[operation_id]}", headers={"X-Auth-Token": token})
    assert own.status_code == 200, own.text
    other = await raw.get(f"/v1/{OTHER_PROJECT}{READS[operation_id]}", headers={"X-Auth-Token": token})
    assert other.status_code == 403, other.text
    assert other.json()["error_code"] == "ModelArts.0210"
    check_against_spec(operation_id, 403, other.headers, other.json())


async def test_a_token_cannot_write_to_another_project(raw: httpx.AsyncClient) -> None:
    token = await _token(raw, PROJECT)
    body = {"name": "scopews", "description": "written with another project's token"}
    refused = await raw.post(f"/v1/{OTHER_PROJECT}/workspaces", json=body, headers={"X-Auth-Token": token})
    assert refused.status_code == 403
    other_token = await _token(raw, OTHER_PROJECT)
    listed = await raw.get(f"/v1/{OTHER_PROJECT}/workspaces", headers={"X-Auth-Token": other_token})
    assert "scopews" not in [ws["name"] for ws in listed.json()["workspaces"]]


async def test_a_token_without_a_project_is_refused_on_a_project_url(app: Any, raw: httpx.AsyncClient) -> None:
    """IAM can issue domain-scoped tokens; the emulator's IAM does not, so one is planted in its store."""
    token = await _token(raw, PROJECT)
    auth = app.state.emulator.auth
    from modelarts_emulator.auth import TOKEN_KIND, TOKEN_PROJECT, _token_key

    record = auth.store.get(TOKEN_PROJECT, TOKEN_KIND, _token_key(token))
    auth.store.update(TOKEN_PROJECT, TOKEN_KIND, _token_key(token), {**record, "project_id": ""})
    refused = await raw.get(f"/v1/{PROJECT}/training-jobs", headers={"X-Auth-Token": token})
    assert refused.status_code == 401 and refused.json()["error_code"] == "ModelArts.0212"


@pytest.mark.parametrize("operation_id", sorted(READS))
async def test_a_key_pair_bound_to_a_project_works_only_there(app: Any, operation_id: str) -> None:
    bound = AkSkAuth(DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY, project_id=PROJECT)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL, auth=bound) as http:
        assert (await http.get(f"/v1/{PROJECT}{READS[operation_id]}")).status_code == 200
        other = await http.get(f"/v1/{OTHER_PROJECT}{READS[operation_id]}")
    assert other.status_code == 403, other.text
    assert other.json()["error_code"] == "ModelArts.0210"
    check_against_spec(operation_id, 403, other.headers, other.json())


async def test_an_unbound_key_pair_works_in_any_project(app: Any) -> None:
    """Without ``X-Project-Id`` the signature binds no project; the emulator keeps state per project."""
    unbound = AkSkAuth(DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL, auth=unbound) as http:
        for project in (PROJECT, OTHER_PROJECT):
            assert (await http.get(f"/v1/{project}/training-jobs")).status_code == 200


def test_sessions_of_both_kinds_get_a_typed_error_out_of_scope(modelarts_emulator: Any) -> None:
    """Through the client as a user would meet it: ``PermissionDeniedError`` with the service's code."""
    sessions = [
        Session(
            access_key=modelarts_emulator.access_key,
            secret_key=modelarts_emulator.secret_key,
            project_id=PROJECT,
            endpoint=modelarts_emulator.url,
        ),
        Session(
            username=modelarts_emulator.user,
            password=modelarts_emulator.password,
            project_id=PROJECT,
            endpoint=modelarts_emulator.url,
            iam_endpoint=modelarts_emulator.url,
        ),
    ]
    for session in sessions:
        with session:
            assert isinstance(session.call("list_training_jobs").job_total_count, int)
            with pytest.raises(PermissionDeniedError) as refused:
                session.call("list_training_jobs", project_id=OTHER_PROJECT)
            assert refused.value.error_code == "ModelArts.0210"
