"""A small, bounded contract run that `make test` can afford, plus the kit's own guarantees.

Why: the full contract (`make contract`) takes minutes; this keeps the pieces it is made of honest on every
test run -- the transport-level signer produces signatures the shared verifier accepts, the redactor removes
what the cURL lines leak, schemathesis's examples phase passes in-process against the emulator for a few
operations of each kind, the runner exits 0 with a redacted JUnit report, and a run whose signatures are all
rejected fails instead of passing quietly.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from schemathesis.config import SchemathesisConfig

from contract import run as contract_run
from contract.redact import REPLACEMENT, Redactor
from contract.signing_auth import SdkHmacRequestsAuth
from modelarts_overlays.signing import verify

contract_run._ensure_emulator_importable()
from modelarts_emulator import create_app  # noqa: E402
from modelarts_emulator.auth import DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY, Credentials  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "modelarts.yaml"
PROJECT = contract_run.EMULATOR_PROJECT_ID
NOW = datetime(2020, 12, 14, 8, 0, 0, tzinfo=timezone.utc)

# Read-only catalogues and one resource family end to end, small enough for a few seconds.
SMOKE_OPERATIONS = [
    "list_job_resource_specs",
    "list_job_engine_specs",
    "list_service_specifications",
    "create_workspace",
    "list_workspaces",
    "get_workspace",
]


# --------------------------------------------------------------------------
# the signer and the redactor
# --------------------------------------------------------------------------


def _prepared(method: str, url: str, **kwargs: Any) -> requests.PreparedRequest:
    return requests.Request(method, url, **kwargs).prepare()


@pytest.mark.parametrize(
    ("method", "url", "kwargs"),
    [
        ("GET", "http://127.0.0.1:8000/v1/p/models", {"params": {"limit": 5, "model_name": "a b/ü", "order": "asc"}}),
        ("POST", "http://127.0.0.1:8000/v1/p/workspaces", {"json": {"name": "ws", "description": "ä \n"}}),
        ("DELETE", "http://testserver/v1/p/demanager/instances/%7Bodd%20id%7D", {}),
    ],
)
def test_signer_output_is_accepted_by_the_shared_verifier(method: str, url: str, kwargs: dict[str, Any]) -> None:
    request = _prepared(method, url, **kwargs)
    auth = SdkHmacRequestsAuth("AK-smoke", "SK-smoke", project_id=PROJECT, clock=lambda: NOW)
    signed = auth(request)
    assert signed.url is not None and signed.method is not None
    assert signed.body is None or isinstance(signed.body, (bytes, str))
    method, url, body = signed.method, signed.url, signed.body
    headers = {name: value if isinstance(value, str) else value.decode() for name, value in signed.headers.items()}
    assert headers["Authorization"].startswith("SDK-HMAC-SHA256 Access=AK-smoke, SignedHeaders=")
    assert headers["X-Project-Id"] == PROJECT
    assert verify(method, url, headers, body, "SK-smoke", access_key="AK-smoke", now=NOW)
    assert not verify(method, url, headers, body, "wrong", access_key="AK-smoke", now=NOW)
    stale = NOW + timedelta(minutes=16)
    assert not verify(method, url, headers, body, "SK-smoke", now=stale), "a stale date must not verify"


def test_read_only_signer_refuses_mutating_methods() -> None:
    auth = SdkHmacRequestsAuth("AK", "SK", allowed_methods=frozenset({"GET", "HEAD"}), clock=lambda: NOW)
    auth(_prepared("GET", "https://example.invalid/v1/p/models"))
    with pytest.raises(PermissionError):
        auth(_prepared("DELETE", "https://example.invalid/v1/p/models/1"))


def test_signer_never_shows_its_secret() -> None:
    auth = SdkHmacRequestsAuth("AK", "very-secret-key")
    assert "very-secret-key" not in repr(auth) + str(auth)
    with pytest.raises(TypeError):
        import pickle

        pickle.dumps(auth)


def test_redactor_removes_what_curl_lines_leak() -> None:
    text = (
        "curl -X GET -H 'Authorization: SDK-HMAC-SHA256 Access=MYAK123, SignedHeaders=host;x-sdk-date, "
        'Signature=0123abcd\' -H \'X-Auth-Token: MIIEtokenvalue\' -d \'{"auth": {"password": "hunter2"}}\' '
        '<failure message="X-Subject-Token: &quot;abc&quot;">MYSECRETKEY</failure>'
    )
    out = Redactor(["MYSECRETKEY", "MYAK123"])(text)
    for secret in ("MYAK123", "0123abcd", "MIIEtokenvalue", "hunter2", "MYSECRETKEY"):
        assert secret not in out
    assert out.count(REPLACEMENT) >= 5
    assert "SignedHeaders=host;x-sdk-date" in out, "only the secret parts go"


def test_config_round_trips_and_live_mode_is_read_only() -> None:
    base = contract_run.build_config(live=False, mutate=False, rate_limit=None)
    assert base["warnings"]["fail-on"][0] == "missing_auth"
    assert base["generation"]["database"] == "none"
    live = contract_run.build_config(live=True, mutate=False, rate_limit="5/s")
    assert live["phases"]["coverage"]["unexpected-methods"] == []
    assert live["rate-limit"] == "5/s"
    text = contract_run.dump_toml(live)
    assert SchemathesisConfig.from_str(text.replace("${CONTRACT_PROJECT_ID}", PROJECT)) is not None
    options = contract_run.parse_args(["--url", "https://x.invalid"])
    command = contract_run.schemathesis_command(
        Path("c.toml"), SPEC, "https://x.invalid", Path("j.xml"), options, live=True, mutate=False
    )
    assert command[command.index("--include-method") + 1] == "GET"
    assert "create_iam_token" in command
    runs = contract_run.plan_runs(contract_run.parse_args(["--emulator"]), live=False, mutate=False)
    assert runs[0] == ("all-operations", ["examples", "coverage", "fuzzing"], None)
    assert {name for name, _, _ in runs[1:]} == {f"stateful-{f}" for f in contract_run.STATEFUL_FAMILIES}
    assert contract_run.plan_runs(options, live=True, mutate=False) == [
        ("all-operations", ["examples", "coverage", "fuzzing"], None)
    ], "a read-only live run has nothing to chain from"


# --------------------------------------------------------------------------
# in-process: schemathesis against the ASGI app, signed at the transport
# --------------------------------------------------------------------------


def _in_process_schema() -> Any:
    raw = contract_run.build_config(live=False, mutate=False, rate_limit=None)
    raw["parameters"] = {"path.project_id": PROJECT}
    # The per-operation table (the narrowed check of the service operations) would also widen this
    # schema's selection past SMOKE_OPERATIONS; the smoke run needs neither.
    raw.pop("operations", None)
    raw["phases"] = {"examples": {"enabled": True, "fill-missing": True}, "coverage": {"enabled": False}}
    raw["phases"].update({"fuzzing": {"enabled": False}, "stateful": {"enabled": False}})
    raw["generation"]["max-examples"] = 3
    config = SchemathesisConfig.from_dict(raw)
    schema = schemathesis.openapi.from_path(SPEC, config=config).include(operation_id=SMOKE_OPERATIONS)
    user, password = contract_run.EXAMPLE_USER
    schema.app = create_app(
        clock="manual", credentials=Credentials(DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY, user, password)
    )
    schema.auth.set_from_requests(SdkHmacRequestsAuth(DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY, project_id=PROJECT))
    return schema


schema = _in_process_schema()


@schema.parametrize()  # type: ignore[untyped-decorator]
def test_examples_in_process(case: Any) -> None:
    response = case.call()
    assert response.status_code != 401, "the transport signer's requests must be accepted"
    case.validate_response(response)


# --------------------------------------------------------------------------
# the runner, end to end (a subprocess, as `make contract` runs it)
# --------------------------------------------------------------------------


@pytest.fixture
def report_dir(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "report"


def test_runner_passes_and_writes_a_redacted_report(report_dir: Path) -> None:
    args = ["--emulator", "--phases", "examples", "--max-examples", "3", "--report-dir", str(report_dir)]
    for operation_id in SMOKE_OPERATIONS:
        args += ["--include-operation-id", operation_id]
    result = subprocess.run(
        [sys.executable, "-m", "contract.run", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-4000:]
    junit = (report_dir / "junit.xml").read_text(encoding="utf-8")
    assert "<testsuite" in junit
    for leak in (DEFAULT_SECRET_KEY, DEFAULT_ACCESS_KEY, "Signature=0", "Signature=1"):
        assert leak not in output and leak not in junit


def test_a_run_whose_signatures_are_all_rejected_fails(tmp_path: Path) -> None:
    """`missing_auth` is fatal: a wrong secret key must turn the run red, not pass with 401s everywhere."""
    config = tmp_path / "schemathesis.toml"
    config.write_text(contract_run.dump_toml(contract_run.build_config(live=False, mutate=False, rate_limit=None)))
    options = contract_run.parse_args(
        ["--emulator", "--phases", "examples", "--max-examples", "2", "--include-operation-id", "list_workspaces"]
    )
    env = dict(os.environ)
    env.update(
        {
            "SCHEMATHESIS_HOOKS": "contract.hooks",
            "CONTRACT_ACCESS_KEY": DEFAULT_ACCESS_KEY,
            "CONTRACT_SECRET_KEY": "not-the-emulator-secret",
            "CONTRACT_PROJECT_ID": PROJECT,
            "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "emulator")]),
        }
    )
    with contract_run.running_emulator() as base_url:
        command = contract_run.schemathesis_command(
            config, SPEC, base_url, tmp_path / "junit.xml", options, live=False, mutate=False
        )
        result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0, result.stdout[-3000:]
    assert "401" in result.stdout


# --------------------------------------------------------------------------
# how the hooks relabel cases
# --------------------------------------------------------------------------


def _stateful_negative_path_case(operation_id: str, path_parameters: dict[str, Any]) -> Any:
    """A stateful case generated negative at its path, whose path now holds *path_parameters*."""
    from schemathesis.core.parameters import ParameterLocation
    from schemathesis.generation.meta import (
        CaseMetadata,
        ComponentInfo,
        GenerationInfo,
        PhaseInfo,
        StatefulPhaseData,
        TestPhase,
    )
    from schemathesis.generation.modes import GenerationMode

    operation = schema.find_operation_by_id(operation_id)
    negative = GenerationMode("negative")  # the call, not the member: mypy reads these StrEnum members as str
    meta = CaseMetadata(
        generation=GenerationInfo(time=0.0, mode=negative),
        components={ParameterLocation.PATH: ComponentInfo(mode=negative)},
        phase=PhaseInfo(
            name=TestPhase("stateful"),
            data=StatefulPhaseData(
                description="Positive test case", parameter=None, parameter_location=None, location=None
            ),
        ),
    )
    case = operation.Case(path_parameters=path_parameters, _meta=meta)
    case._record_starting_state()  # as after generation: the overwritten values are the starting state
    return case


@pytest.mark.parametrize(
    ("operation_id", "path_parameters", "negative"),
    [
        ("get_workspace", {"workspace_id": "0"}, False),  # an ID such as a link carries
        ("get_visualization_job", {"job_id": 3}, False),  # a link's integer for a string ID: "3" on the wire
        ("get_training_job_version", {"job_id": 3, "version_id": 1}, False),  # integers for integer IDs
        ("get_training_job_version", {"job_id": "x", "version_id": 1}, True),  # not an integer: stays negative
    ],
)
def test_a_path_overwritten_after_generation_is_judged_as_sent(
    operation_id: str, path_parameters: dict[str, Any], negative: bool
) -> None:
    from schemathesis.hooks import GLOBAL_HOOK_DISPATCHER
    from schemathesis.specs.openapi.checks import negative_data_rejection

    from contract.judging import rejudge_path

    def before_call(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
        rejudge_path(case)

    case = _stateful_negative_path_case(operation_id, {"project_id": PROJECT, **path_parameters})
    GLOBAL_HOOK_DISPATCHER.register_hook_with_name(before_call, "before_call")
    try:
        response = case.call(auth=SdkHmacRequestsAuth(DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY, project_id=PROJECT))
    finally:
        GLOBAL_HOOK_DISPATCHER.unregister(before_call)
    assert case.meta.generation.mode.is_negative is negative
    if negative:
        assert response.status_code == 400
    else:
        assert response.status_code in (200, 404)  # 404: no such job, which a valid request may get
        # Once failed negative_data_rejection on this valid 200; the check alone (the credentials given to
        # call() would make ignored_auth suspect them).
        case.validate_response(response, checks=[negative_data_rejection])
