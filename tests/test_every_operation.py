"""Every operation of the spec, called through the overlays against the live emulator, signed.

Why this module exists: the other suites test the spec, the client, the signer and the emulator in
pieces (mock transports, ASGI in process).  Here each resource family runs one end-to-end scenario
the way an application would: a ``Session`` with AK/SK signing (and, for the IAM login, a password
``Session`` whose ``TokenAuth`` logs in through ``POST /v3/auth/tokens``), real HTTP to the
``modelarts_emulator`` fixture, typed answers, lifecycles moved with the emulator's manual clock.

Request bodies start from the spec's own request examples (``examples`` under each requestBody),
with the ids the emulator returned substituted in.  Every request leaving a session's httpx client
is recorded by an event hook (auth-flow requests such as the IAM login pass through it too) and
mapped to its operationId with the spec's path templates; the last test asserts that the recorded
set is exactly the spec's operations, each answered with its documented success status at least
once.

Each scenario runs in a project of its own (a fresh project id), so scenarios never see each
other's resources.  Scenarios are run through a module-scoped :class:`Coverage` that runs each one
at most once: run in file order, each scenario is its own test and the coverage test reuses their
records; run alone, the coverage test runs whatever has not run yet.
"""

from __future__ import annotations

import contextlib
import copy
import importlib.resources
import io
import json
import re
import uuid
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx
import pytest
import yaml

from modelarts_client.models import (
    AlgorithmV2,
    AlgorithmV2List,
    AutoSearchV2ParameterAnalysisImageResponse,
    AutoSearchV2ParameterAnalysisResponse,
    AutoSearchV2SearchAlgorithmsResponse,
    AutoSearchV2TrialEarlyStopResponse,
    AutoSearchV2TrialsResponse,
    AutoSearchV2TrialTable,
    AutoSearchV2YamlTemplateContentResponse,
    AutoSearchV2YamlTemplatesResponse,
    ClusterListResponse,
    DatasetExportTaskV2,
    DatasetExportTaskV2List,
    DatasetImportTaskV2,
    DatasetImportTaskV2CreateResponse,
    DatasetImportTaskV2List,
    DatasetLabelV2BatchResult,
    DatasetLabelV2List,
    DatasetSampleV2,
    DatasetSampleV2BatchResponse,
    DatasetSampleV2CreateResponse,
    DatasetSampleV2List,
    DatasetSampleV2SearchCondition,
    DatasetV2,
    DatasetV2CreateResponse,
    DatasetV2List,
    DatasetV2Metrics,
    DatasetV2Stats,
    DatasetV2SyncStatus,
    DatasetV2UpdateResponse,
    DatasetV2Version,
    DatasetVersionV2CreateResponse,
    DatasetVersionV2List,
    DevEnvActionResponse,
    DevEnvDeleteInstanceResponse,
    DevEnvInstance,
    DevEnvInstanceList,
    DevServer,
    DevServerFlavorList,
    DevServerImage,
    DevServerImageList,
    DevServerList,
    DevServerOperation,
    JobSpecEngineList,
    JobSpecResourceList,
    JobStatus,
    ModelCreateResponse,
    ModelDeleteResponse,
    ModelDetail,
    ModelListResponse,
    ModelRuntimeListResponse,
    OperationResult,
    PoolV2,
    PoolV2List,
    ServiceCreateResponse,
    ServiceDetail,
    ServiceEventListResponse,
    ServiceListResponse,
    ServiceMonitorResponse,
    ServiceSpecificationListResponse,
    ServiceTask,
    ServiceTaskCreateResponse,
    ServiceTaskListResponse,
    ServiceUpdateLogsResponse,
    Supernode,
    SupernodeList,
    SupernodeTagList,
    TemporaryAccessKeyRequest,
    TemporaryAccessKeyResponse,
    TrainAlgorithmListResponse,
    TrainConfigDetail,
    TrainConfigList,
    TrainingEngineV2ListResponse,
    TrainingEventV2,
    TrainingEventV2ListResponse,
    TrainingFlavorV2ListResponse,
    TrainingJobV2,
    TrainingJobV2SearchRequest,
    TrainingTaskV2LogPreviewResponse,
    TrainingTaskV2LogUrlResponse,
    TrainingTaskV2MetricsResponse,
    TrainJobCreateResponse,
    TrainJobListResponse,
    TrainJobLogFileListResponse,
    TrainJobLogLinesResponse,
    TrainJobLogResponse,
    TrainJobVersionCreateResponse,
    TrainJobVersionDetail,
    TrainJobVersionListResponse,
    VisualizationCreateResponse,
    VisualizationDetail,
    VisualizationList,
    WorkspaceIdResponse,
    WorkspaceInfo,
    WorkspaceListResponse,
    WorkspaceQuotasResponse,
)
from modelarts_client.types import Unset
from modelarts_emulator.pytest_plugin import EmulatorHandle
from modelarts_overlays.errors import (
    BadRequestError,
    ConflictError,
    ModelArtsError,
    NotFoundError,
    PermissionDeniedError,
)
from modelarts_overlays.operations import resolve_operation
from modelarts_overlays.session import Session
from modelarts_overlays.signing import ALGORITHM
from modelarts_overlays.token import TokenAuth, TokenError
from modelarts_overlays.waiters import WaitFailed

T = TypeVar("T")

SPEC: dict[str, Any] = yaml.safe_load(
    (importlib.resources.files("modelarts_client") / "openapi.yaml").read_text(encoding="utf-8")
)
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


# --------------------------------------------------------------------------- the spec as data


@dataclass(frozen=True)
class SpecOperation:
    operation_id: str
    method: str
    template: str
    pattern: re.Pattern[str]
    placeholders: int
    success: frozenset[int]
    examples: dict[str, Any]


def _template_pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", template)
    return re.compile("".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts))


def _spec_operations() -> dict[str, SpecOperation]:
    found: dict[str, SpecOperation] = {}
    for template, item in SPEC["paths"].items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            body = (op.get("requestBody") or {}).get("content", {}).get("application/json", {})
            examples = {name: ex["value"] for name, ex in (body.get("examples") or {}).items() if "value" in ex}
            if "example" in body:
                examples.setdefault("example", body["example"])
            found[op["operationId"]] = SpecOperation(
                operation_id=op["operationId"],
                method=method.upper(),
                template=template,
                pattern=_template_pattern(template),
                placeholders=template.count("{"),
                success=frozenset(int(code) for code in op["responses"] if code.isdigit() and code.startswith("2")),
                examples=examples,
            )
    return found


OPERATIONS = _spec_operations()


def operation_for(method: str, path: str) -> str | None:
    """The operationId of a request, by the spec's path templates (literal segments win)."""
    matches = [op for op in OPERATIONS.values() if op.method == method and op.pattern.fullmatch(path)]
    if not matches:
        return None
    return min(matches, key=lambda op: op.placeholders).operation_id


def example(operation_id: str, name: str | None = None) -> dict[str, Any]:
    """A deep copy of a request example of the spec (the first one unless ``name`` is given)."""
    examples = OPERATIONS[operation_id].examples
    assert examples, f"the spec has no request example for {operation_id}"
    value = examples[name] if name is not None else next(iter(examples.values()))
    assert isinstance(value, dict)
    return copy.deepcopy(value)


# --------------------------------------------------------------------------- small checks


def typed(cls: type[T], value: object) -> T:
    """``value``, asserted to be the documented model (``session.call`` returns ``Any``)."""
    assert isinstance(value, cls), f"expected a {cls.__name__}, got {type(value).__name__}: {value!r}"
    return value


def val(value: T | Unset) -> T:
    """A field the answer must carry."""
    assert not isinstance(value, Unset), "a field expected in the answer is missing"
    return value


def assert_echoes(sent: Any, got: Any, where: str = "$") -> None:
    """Every field sent comes back with the same value (the answer may add fields)."""
    if isinstance(sent, Mapping):
        assert isinstance(got, Mapping), f"{where}: expected an object, got {got!r}"
        for key, value in sent.items():
            assert key in got, f"{where}.{key} was sent but is missing from the answer"
            assert_echoes(value, got[key], f"{where}.{key}")
    elif isinstance(sent, list):
        assert isinstance(got, list) and len(got) == len(sent), f"{where}: expected {sent!r}, got {got!r}"
        for index, (one, other) in enumerate(zip(sent, got, strict=True)):
            assert_echoes(one, other, f"{where}[{index}]")
    else:
        assert got == sent, f"{where}: sent {sent!r}, got {got!r}"


def error_code(exc: pytest.ExceptionInfo[ModelArtsError]) -> str | None:
    return exc.value.error_code


# --------------------------------------------------------------------------- recording requests


@dataclass
class Hit:
    operation_id: str | None
    method: str
    path: str
    headers: httpx.Headers
    status: int | None = None


@dataclass
class Recorder:
    """Collects every request (and its answer's status) sent by the sessions it is attached to."""

    hits: list[Hit] = field(default_factory=list)
    _pending: dict[int, Hit] = field(default_factory=dict)

    def attach(self, session: Session) -> None:
        for client in (session.client, session.iam_client):  # IAM's operations go to its own endpoint
            hooks = client.get_httpx_client().event_hooks
            hooks["request"].append(self._on_request)
            hooks["response"].append(self._on_response)

    def _on_request(self, request: httpx.Request) -> None:
        path = request.url.path
        hit = Hit(operation_for(request.method, path), request.method, path, httpx.Headers(request.headers))
        self.hits.append(hit)
        self._pending[id(request)] = hit

    def _on_response(self, response: httpx.Response) -> None:
        hit = self._pending.pop(id(response.request), None)
        if hit is not None:
            hit.status = response.status_code

    def since(self, start: int) -> list[Hit]:
        return self.hits[start:]

    def statuses(self) -> dict[str, set[int]]:
        found: dict[str, set[int]] = defaultdict(set)
        for hit in self.hits:
            if hit.operation_id is not None:
                found[hit.operation_id].update({hit.status} if hit.status is not None else set())
        return found


@dataclass
class Env:
    """What a scenario gets: the emulator, a signed session on a fresh project, the recorder."""

    emu: EmulatorHandle
    recorder: Recorder
    session: Session
    project_id: str

    def call(self, operation_id: str, /, **params: Any) -> Any:
        return self.session.call(resolve_operation(operation_id), **params)

    def sleep(self, seconds: float) -> None:
        """A ``sleep`` for the overlay's waiters: moves the emulator's clock instead of waiting."""
        self.emu.advance(seconds)

    def new_session(self, **credentials: Any) -> Session:
        """Another session on this scenario's project and the emulator, recorded too."""
        made = Session(project_id=self.project_id, endpoint=self.emu.url, iam_endpoint=self.emu.url, **credentials)
        self.recorder.attach(made)
        return made


Scenario = Callable[[Env], None]


class Coverage:
    """Runs each scenario at most once, each in a project of its own, recording its requests."""

    def __init__(self, emu: EmulatorHandle) -> None:
        self.emu = emu
        self.recorder = Recorder()
        self.outcomes: dict[str, BaseException | None] = {}

    def run(self, scenario: Scenario) -> None:
        name = scenario.__name__
        if name in self.outcomes:
            failure = self.outcomes[name]
            if failure is not None:
                pytest.fail(f"{name} failed earlier: {failure!r}")
            return
        project_id = uuid.uuid4().hex
        session = Session(
            access_key=self.emu.access_key,
            secret_key=self.emu.secret_key,
            project_id=project_id,
            endpoint=self.emu.url,
            iam_endpoint=self.emu.url,
        )
        self.recorder.attach(session)
        try:
            scenario(Env(self.emu, self.recorder, session, project_id))
        except BaseException as exc:
            self.outcomes[name] = exc
            raise
        finally:
            session.close()
        self.outcomes[name] = None

    def run_all(self) -> list[str]:
        """Run every scenario not run yet; returns the names of those that failed."""
        for scenario in SCENARIOS:
            if scenario.__name__ not in self.outcomes:
                # A failure is reported by the scenario's own test; the coverage test names it.
                with contextlib.suppress(Exception, pytest.fail.Exception):
                    self.run(scenario)
        return [name for name, failure in self.outcomes.items() if failure is not None]


@pytest.fixture(scope="module")
def coverage(modelarts_emulator: EmulatorHandle) -> Coverage:
    return Coverage(modelarts_emulator)


# --------------------------------------------------------------------------- scenarios


def devenv_scenario(env: Env) -> None:
    """Notebook instances: create, list, status CREATING -> RUNNING, update, stop/start, delete."""
    start_ms = env.emu.clock.now_ms()
    body = example("create_devenv_instance")
    created = typed(DevEnvInstance, env.call("create_devenv_instance", body=body))
    instance_id = val(created.id)
    got = created.to_dict()
    assert got["status"] == "CREATING"
    assert (got["name"], got["description"], got["flavor"]) == (body["name"], body["description"], body["flavor"])
    assert got["profile"]["id"] == body["profile_id"]
    assert got["workspace"]["id"] == body["workspace"]["id"]
    assert got["spec"]["storage"]["type"] == body["spec"]["storage"]["type"]
    assert_echoes(body["spec"]["auto_stop"], got["spec"]["auto_stop"])
    assert int(got["creation_timestamp"]) >= start_ms

    listed = typed(DevEnvInstanceList, env.call("list_devenv_instances", de_type="Notebook"))
    assert listed.total_count == 1
    assert [val(i.id) for i in val(listed.instances)] == [instance_id]
    running = typed(DevEnvInstanceList, env.call("list_devenv_instances", de_type="Notebook", status="RUNNING"))
    assert running.total_count == 0  # still creating

    env.emu.advance(3)
    fetched = typed(DevEnvInstance, env.call("get_devenv_instance", instance_id=instance_id))
    assert fetched.status == "RUNNING"
    auto_stop = fetched.to_dict()["spec"]["auto_stop"]
    assert 0 < auto_stop["remain_time"] <= body["spec"]["auto_stop"]["duration"]
    running = typed(DevEnvInstanceList, env.call("list_devenv_instances", de_type="Notebook", status="RUNNING"))
    assert running.total_count == 1

    update = example("update_devenv_instance")
    updated = typed(DevEnvInstance, env.call("update_devenv_instance", instance_id=instance_id, body=update))
    assert updated.description == update["description"]
    assert int(val(updated.latest_update_timestamp)) >= int(val(created.latest_update_timestamp))

    stopped = typed(
        DevEnvActionResponse, env.call("manage_devenv_instance", instance_id=instance_id, body={"action": "stop"})
    )
    assert (stopped.previous_state, stopped.current_status) == ("RUNNING", "STOPPING")
    env.emu.advance(2)
    assert typed(DevEnvInstance, env.call("get_devenv_instance", instance_id=instance_id)).status == "STOPPED"

    action = example("manage_devenv_instance")
    assert action["action"] == "start"
    started = typed(DevEnvActionResponse, env.call("manage_devenv_instance", instance_id=instance_id, body=action))
    assert (started.previous_state, started.current_status) == ("STOPPED", "STARTING")
    env.emu.advance(3)
    assert typed(DevEnvInstance, env.call("get_devenv_instance", instance_id=instance_id)).status == "RUNNING"
    with pytest.raises(ConflictError) as refused:
        env.call("manage_devenv_instance", instance_id=instance_id, body=action)
    assert error_code(refused) == "ModelArts.6305"  # already running

    deleted = typed(DevEnvDeleteInstanceResponse, env.call("delete_devenv_instance", instance_id=instance_id))
    assert deleted.instance_id == instance_id
    with pytest.raises(NotFoundError):
        env.call("get_devenv_instance", instance_id=instance_id)
    assert typed(DevEnvInstanceList, env.call("list_devenv_instances", de_type="Notebook")).total_count == 0


def training_jobs_scenario(env: Env) -> None:
    """Training jobs: create, list, describe, versions, both logs, log files, stop, delete; algorithms."""
    body = example("create_training_job")
    workspace_id = body["workspace_id"]
    created = typed(TrainJobCreateResponse, env.call("create_training_job", body=body))
    assert created.is_success is True
    assert created.job_name == body["job_name"]
    assert created.status == JobStatus.JOBSTAT_INIT
    assert created.version_name == "V0001"
    job_id, first = val(created.job_id), val(created.version_id)

    jobs = typed(TrainJobListResponse, env.call("list_training_jobs", workspace_id=workspace_id))
    assert jobs.job_total_count == 1
    summary = val(jobs.jobs)[0].to_dict()
    assert (summary["job_id"], summary["job_name"], summary["job_desc"]) == (job_id, body["job_name"], body["job_desc"])
    assert (summary["version_count"], summary["status"]) == (1, 1)
    assert typed(TrainJobListResponse, env.call("list_training_jobs")).job_total_count == 0  # default workspace

    described = typed(
        OperationResult,
        env.call("update_training_job_description", job_id=job_id, body=example("update_training_job_description")),
    )
    assert described.is_success is True
    renamed = typed(
        OperationResult,
        env.call("update_training_job_description", job_id=job_id, body={"job_desc": "second description"}),
    )
    assert renamed.is_success is True
    jobs = typed(TrainJobListResponse, env.call("list_training_jobs", workspace_id=workspace_id, search_content="Test"))
    assert val(jobs.jobs)[0].job_desc == "second description"

    version_body = example("create_training_job_version")
    version_body["config"]["pre_version_id"] = first
    made = typed(
        TrainJobVersionCreateResponse, env.call("create_training_job_version", job_id=job_id, body=version_body)
    )
    second = val(made.version_id)
    assert (made.job_id, made.status) == (job_id, JobStatus.JOBSTAT_INIT)
    assert second != first
    versions = typed(TrainJobVersionListResponse, env.call("list_training_job_versions", job_id=job_id))
    assert versions.version_count == 2
    assert versions.job_desc == version_body["job_desc"]  # a new version may carry a new description
    listed = [v.to_dict() for v in val(versions.versions)]
    assert [v["version_id"] for v in listed] == [second, first]  # newest first
    assert listed[0]["pre_version_id"] == first
    assert_echoes(version_body["config"]["parameter"], listed[0]["parameter"])
    paged = typed(TrainJobVersionListResponse, env.call("list_training_job_versions", job_id=job_id, per_page=1))
    assert [val(v.version_id) for v in val(paged.versions)] == [second]

    env.emu.advance(5)  # INIT for 2 s, then RUNNING: 3 s of training so far
    detail = typed(TrainJobVersionDetail, env.call("get_training_job_version", job_id=job_id, version_id=first))
    assert (detail.status, detail.duration) == (JobStatus.JOBSTAT_RUNNING, 3000)
    sent = {k: v for k, v in body["config"].items() if k != "parameter"}
    assert_echoes(sent, detail.to_dict())
    assert_echoes(body["config"]["parameter"], detail.to_dict()["parameter"])
    assert detail.engine_name == "TensorFlow"  # filled from engine_id
    assert detail.spec_code == "modelarts.vm.cpu.2u"  # filled from spec_id

    files = typed(TrainJobLogFileListResponse, env.call("list_training_job_log_files", job_id=job_id, version_id=first))
    log_files = val(files.log_file_list)
    assert log_files == [f"job-{body['job_name']}-V0001.0"]  # one file per worker
    log_file = log_files[0]

    window = typed(
        TrainJobLogResponse, env.call("get_training_job_logs", job_id=job_id, version_id=first, log_file=log_file)
    )
    text = val(window.log)
    assert "training job TestModelArtsJob started" in text
    assert text.count("\n") == 4  # started + one step per running second
    assert window.count == window.end_byte == window.log_byte_count == len(text.encode())
    head = typed(
        TrainJobLogResponse,
        env.call("get_training_job_logs", job_id=job_id, version_id=first, log_file=log_file, offset=10),
    )
    assert (head.log, head.end_byte, head.count) == (text[:10], 10, 10)

    lines = typed(
        TrainJobLogLinesResponse,
        env.call("get_training_job_log_lines", job_id=job_id, version_id=first, log_file=log_file),
    )
    assert lines.lines == 4 and val(lines.content) == text
    cursor = val(lines.end_line)
    caught_up = typed(
        TrainJobLogLinesResponse,
        env.call(
            "get_training_job_log_lines",
            job_id=job_id,
            version_id=first,
            log_file=log_file,
            base_line=cursor,
            order="desc",
        ),
    )
    assert (caught_up.lines, caught_up.content) == (0, "")
    env.emu.advance(1)
    newer = typed(
        TrainJobLogLinesResponse,
        env.call(
            "get_training_job_log_lines",
            job_id=job_id,
            version_id=first,
            log_file=log_file,
            base_line=cursor,
            order="desc",
        ),
    )
    assert newer.lines == 1 and "step 400" in val(newer.content)
    assert int(val(newer.start_line)) == int(cursor) + 1
    grown = typed(
        TrainJobLogResponse,
        env.call(
            "get_training_job_logs",
            job_id=job_id,
            version_id=first,
            log_file=log_file,
            start_byte=val(window.end_byte),
        ),
    )
    assert val(grown.log) == val(newer.content)  # both logs tell the same story

    stopped = typed(OperationResult, env.call("stop_training_job_version", job_id=job_id, version_id=second))
    assert stopped.is_success is True
    killed = typed(TrainJobVersionDetail, env.call("get_training_job_version", job_id=job_id, version_id=second))
    assert killed.status == JobStatus.JOBSTAT_KILLED
    with pytest.raises(ConflictError):  # already finished
        env.call("stop_training_job_version", job_id=job_id, version_id=second)

    env.emu.advance(10)
    done = typed(TrainJobVersionDetail, env.call("get_training_job_version", job_id=job_id, version_id=first))
    assert (done.status, done.duration) == (JobStatus.JOBSTAT_COMPLETED, 8000)
    tail = typed(
        TrainJobLogResponse,
        env.call(
            "get_training_job_logs", job_id=job_id, version_id=first, log_file=log_file, start_byte=-1, offset=-30
        ),
    )
    assert val(tail.log).endswith("training completed\n")

    removed = typed(OperationResult, env.call("delete_training_job_version", job_id=job_id, version_id=second))
    assert removed.is_success is True
    with pytest.raises(NotFoundError):
        env.call("get_training_job_version", job_id=job_id, version_id=second)
    versions = typed(TrainJobVersionListResponse, env.call("list_training_job_versions", job_id=job_id))
    assert versions.version_count == 1

    algorithms = typed(TrainAlgorithmListResponse, env.call("list_builtin_algorithms", per_page=100))
    models = val(algorithms.models)
    assert algorithms.is_success is True and models
    assert algorithms.model_total_count == len(models)
    name = val(models[0].model_name)
    found = typed(TrainAlgorithmListResponse, env.call("list_builtin_algorithms", search_content=name))
    assert name in [val(m.model_name) for m in val(found.models)]

    gone = typed(OperationResult, env.call("delete_training_job", job_id=job_id))
    assert gone.is_success is True
    assert typed(TrainJobListResponse, env.call("list_training_jobs", workspace_id=workspace_id)).job_total_count == 0
    with pytest.raises(NotFoundError):
        env.call("get_training_job_version", job_id=job_id, version_id=first)
    with pytest.raises(NotFoundError):
        env.call("delete_training_job", job_id=job_id)


def training_job_configs_scenario(env: Env) -> None:
    """Training job configurations: create, get, list, update, delete."""
    body = example("create_training_job_config")
    name = body["config_name"]
    assert typed(OperationResult, env.call("create_training_job_config", body=body)).is_success is True
    with pytest.raises(ConflictError):
        env.call("create_training_job_config", body=body)

    detail = typed(TrainConfigDetail, env.call("get_training_job_config", config_name=name))
    assert_echoes(body, detail.to_dict())
    assert (detail.engine_name, detail.spec_code) == ("TensorFlow", "modelarts.vm.cpu.2u")

    listed = typed(TrainConfigList, env.call("list_training_job_configs"))
    assert listed.config_total_count == 1
    summary = val(listed.configs)[0]
    assert (summary.config_name, summary.config_desc) == (name, body["config_desc"])
    none = typed(TrainConfigList, env.call("list_training_job_configs", search_content="no-such-config"))
    assert (none.config_total_count, val(none.configs)) == (0, [])

    update = example("update_training_job_config")
    update["config_desc"] = "updated config"
    assert typed(OperationResult, env.call("update_training_job_config", config_name=name, body=update)).is_success
    detail = typed(TrainConfigDetail, env.call("get_training_job_config", config_name=name))
    assert_echoes(update, detail.to_dict())
    assert detail.config_name == name

    samples = typed(TrainConfigList, env.call("list_training_job_configs", config_type="sample"))
    assert val(samples.config_total_count) >= 1  # the fixed samples, not this project's config

    assert typed(OperationResult, env.call("delete_training_job_config", config_name=name)).is_success is True
    with pytest.raises(NotFoundError):
        env.call("get_training_job_config", config_name=name)
    assert typed(TrainConfigList, env.call("list_training_job_configs")).config_total_count == 0


def visualization_jobs_scenario(env: Env) -> None:
    """Visualization jobs: create, list, get, INIT -> RUNNING, stop, restart, describe, delete."""
    body = example("create_visualization_job")
    created = typed(VisualizationCreateResponse, env.call("create_visualization_job", body=body))
    job_id = val(created.job_id)
    assert (created.job_name, created.status) == (body["job_name"], JobStatus.JOBSTAT_INIT)

    listed = typed(VisualizationList, env.call("list_visualization_jobs"))
    assert listed.job_total_count == 1
    assert_echoes(body, val(listed.jobs)[0].to_dict())

    env.emu.advance(3)
    running = typed(VisualizationDetail, env.call("get_visualization_job", job_id=job_id))
    assert_echoes(body, running.to_dict())
    assert (running.status, running.duration) == (JobStatus.JOBSTAT_RUNNING, 1000)
    assert str(job_id) in val(running.service_url)
    assert typed(VisualizationList, env.call("list_visualization_jobs", status=8)).job_total_count == 1

    assert typed(OperationResult, env.call("stop_visualization_job", job_id=job_id)).is_success is True
    env.emu.advance(5)
    stopped = typed(VisualizationDetail, env.call("get_visualization_job", job_id=job_id))
    assert (stopped.status, stopped.duration) == (JobStatus.JOBSTAT_KILLED, 1000)  # frozen by the stop

    assert typed(OperationResult, env.call("restart_visualization_job", job_id=job_id)).is_success is True
    assert typed(VisualizationDetail, env.call("get_visualization_job", job_id=job_id)).status == JobStatus.JOBSTAT_INIT
    env.emu.advance(2)
    again = typed(VisualizationDetail, env.call("get_visualization_job", job_id=job_id))
    assert (again.status, again.duration) == (JobStatus.JOBSTAT_RUNNING, 1000)

    update = example("update_visualization_job_description")
    result = typed(OperationResult, env.call("update_visualization_job_description", job_id=job_id, body=update))
    assert result.is_success is True
    assert typed(VisualizationDetail, env.call("get_visualization_job", job_id=job_id)).job_desc == update["job_desc"]

    assert typed(OperationResult, env.call("delete_visualization_job", job_id=job_id)).is_success is True
    with pytest.raises(NotFoundError):
        env.call("get_visualization_job", job_id=job_id)
    assert typed(VisualizationList, env.call("list_visualization_jobs")).job_total_count == 0


def specs_scenario(env: Env) -> None:
    """Resource flavours and AI engines of training and inference jobs."""
    train = typed(JobSpecResourceList, env.call("list_job_resource_specs", job_type="train"))
    specs = val(train.specs)
    assert train.is_success is True and specs
    assert train.spec_total_count == len(specs)
    assert len({val(s.spec_id) for s in specs}) == len(specs)
    inference = typed(JobSpecResourceList, env.call("list_job_resource_specs", job_type="inference"))
    assert inference.spec_total_count == len(val(inference.specs))
    assert {val(s.spec_id) for s in val(inference.specs)} < {val(s.spec_id) for s in specs}
    assert all(s.gpu_num == 0 for s in val(inference.specs))
    unknown_engine = typed(JobSpecResourceList, env.call("list_job_resource_specs", job_type="train", engine_id=999999))
    assert unknown_engine.spec_total_count == 0

    engines = typed(JobSpecEngineList, env.call("list_job_engine_specs", job_type="train"))
    train_engines = {val(e.engine_id): e for e in val(engines.engines)}
    assert engines.is_success is True and train_engines
    serving = typed(JobSpecEngineList, env.call("list_job_engine_specs", job_type="inference"))
    serving_ids = {val(e.engine_id) for e in val(serving.engines)}
    assert serving_ids and serving_ids <= set(train_engines)
    # The training job examples use spec 1 and engine 1: both are in the catalogue.
    config = example("create_training_job")["config"]
    assert config["spec_id"] in {val(s.spec_id) for s in specs}
    assert config["engine_id"] in train_engines


def models_scenario(env: Env) -> None:
    """Models: import (publishing -> published), list with filters, get, delete (cascade)."""
    body = example("create_model")
    created = typed(ModelCreateResponse, env.call("create_model", body=body))
    model_id = val(created.model_id)

    publishing = typed(ModelDetail, env.call("get_model", model_id=model_id))
    assert publishing.model_status == "publishing"
    got = publishing.to_dict()
    sent = {k: v for k, v in body.items() if k != "apis"}  # apis comes back as JSON text (documented)
    assert_echoes(sent, got)
    assert json.loads(got["apis"]) == body["apis"]
    assert got["workspace_id"] == "0" and got["project"] == env.project_id

    listed = typed(ModelListResponse, env.call("list_models", model_name=body["model_name"]))
    assert (listed.total_count, listed.count) == (1, 1)
    assert [val(m.model_id) for m in val(listed.models)] == [model_id]
    none = typed(ModelListResponse, env.call("list_models", model_status="published"))
    assert none.total_count == 0

    published = typed(ModelDetail, env.session.wait("get_model", model_id=model_id, sleep=env.sleep))
    assert published.model_status == "published"
    assert model_id in val(published.image_address)
    listed = typed(ModelListResponse, env.call("list_models", model_status="published"))
    assert [val(m.model_id) for m in val(listed.models)] == [model_id]

    with pytest.raises(ConflictError) as duplicate:
        env.call("create_model", body=body)
    assert error_code(duplicate) == "ModelArts.3002"
    newer_body = {**body, "model_version": "1.0.1"}
    newer = val(typed(ModelCreateResponse, env.call("create_model", body=newer_body)).model_id)
    by_version = typed(
        ModelListResponse, env.call("list_models", sort_by="model_version", order="desc", model_name=body["model_name"])
    )
    assert [val(m.model_version) for m in val(by_version.models)] == ["1.0.1", "1.0.0"]
    one_page = typed(ModelListResponse, env.call("list_models", limit=1, offset=1, sort_by="model_version"))
    assert (one_page.total_count, one_page.count) == (2, 1)

    deleted = typed(ModelDeleteResponse, env.call("delete_model", model_id=model_id, cascade=True))
    assert sorted(val(deleted.delete_success_list)) == sorted([model_id, newer])
    assert val(deleted.delete_failed_list) == []
    for gone in (model_id, newer):
        with pytest.raises(NotFoundError):
            env.call("get_model", model_id=gone)
    assert typed(ModelListResponse, env.call("list_models")).total_count == 0


EDGE_NODE = "2c9080f86d37da64016d381fe5940002"  # the node id of the spec's example


def _published_model(env: Env, version: str) -> str:
    body = {**example("create_model"), "model_version": version}
    model_id = val(typed(ModelCreateResponse, env.call("create_model", body=body)).model_id)
    env.emu.advance(3)
    assert typed(ModelDetail, env.call("get_model", model_id=model_id)).model_status == "published"
    return model_id


def services_scenario(env: Env) -> None:
    """Services: deploy (real-time, batch, edge), list, monitor, update, logs, events, nodes, delete."""
    model_id = val(typed(ModelCreateResponse, env.call("create_model", body=example("create_model"))).model_id)
    body = example("create_service", "real_time")
    body["config"][0]["model_id"] = model_id
    with pytest.raises(ConflictError) as unpublished:  # a model must be published before deploying it
        env.call("create_service", body=body)
    assert error_code(unpublished) == "ModelArts.3515"
    env.emu.advance(3)
    assert typed(ModelDetail, env.call("get_model", model_id=model_id)).model_status == "published"

    # --- flavours and dedicated pools
    flavors = typed(ServiceSpecificationListResponse, env.call("list_service_specifications"))
    flavor_names = {val(f.specification) for f in val(flavors.specifications)}
    assert body["config"][0]["specification"] in flavor_names
    dedicated = typed(
        ServiceSpecificationListResponse,
        env.call("list_service_specifications", is_personal_cluster=True, infer_type="batch"),
    )
    assert val(dedicated.specifications) and not {val(f.specification) for f in val(dedicated.specifications)} & {
        "modelarts.vm.cpu.2u"
    }
    clusters = typed(ClusterListResponse, env.call("list_clusters"))
    assert clusters.total_count == clusters.count == len(val(clusters.clusters)) > 0
    running_pools = typed(ClusterListResponse, env.call("list_clusters", status="running"))
    assert all(c.status == "running" for c in val(running_pools.clusters))
    pool_id = example("create_service", "real_time_dedicated_pool")["cluster_id"]
    assert pool_id in {val(c.cluster_id) for c in val(running_pools.clusters)}
    named = typed(
        ClusterListResponse, env.call("list_clusters", cluster_name=val(val(clusters.clusters)[0].cluster_name))
    )
    assert named.total_count == 1

    # --- a real-time service: deploying -> running, monitor, update, update logs, events
    service_id = val(typed(ServiceCreateResponse, env.call("create_service", body=body)).service_id)
    deploying = typed(ServiceDetail, env.call("get_service", service_id=service_id))
    assert deploying.status == "deploying"
    got = deploying.to_dict()
    assert_echoes({k: v for k, v in body.items() if k != "config"}, got)
    assert_echoes(body["config"], got["config"])
    listed = typed(ServiceListResponse, env.call("list_services", model_id=model_id))
    assert (listed.total_count, [val(s.service_id) for s in val(listed.services)]) == (1, [service_id])

    env.emu.advance(6)  # not exactly 5: see the event-boundary note in the update step below
    running = typed(ServiceDetail, env.call("get_service", service_id=service_id))
    assert (running.status, running.progress) == ("running", 100)
    assert service_id in val(running.access_address)
    assert typed(ServiceListResponse, env.call("list_services", status="running")).total_count == 1

    monitor = typed(ServiceMonitorResponse, env.call("get_service_monitor", service_id=service_id))
    monitors = [m.to_dict() for m in val(monitor.monitors)]
    assert [m["model_id"] for m in monitors] == [model_id]
    assert monitors[0]["cpu_core_total"] == 2.0 and monitors[0]["cpu_core_usage"] > 0

    update = example("update_service")
    update["config"][0]["model_id"] = model_id
    update["config"][0]["instance_count"] = 2
    assert env.call("update_service", service_id=service_id, body=update) is None
    updating = typed(ServiceDetail, env.call("get_service", service_id=service_id))
    assert updating.status == "deploying"  # a config change redeploys a running service
    assert updating.description == update["description"]
    logs = typed(ServiceUpdateLogsResponse, env.call("list_service_update_logs", service_id=service_id))
    entries = val(logs.logs)
    assert len(entries) == 1 and entries[0].result == "RUNNING"
    assert_echoes(update["config"], entries[0].to_dict()["config"])
    env.emu.advance(5)
    logs = typed(ServiceUpdateLogsResponse, env.call("list_service_update_logs", service_id=service_id))
    assert [e.result for e in val(logs.logs)] == ["SUCCESS"]
    updated = typed(ServiceDetail, env.call("get_service", service_id=service_id))
    assert updated.status == "running"
    assert updated.to_dict()["config"][0]["instance_count"] == 2

    events = typed(ServiceEventListResponse, env.call("list_service_events", service_id=service_id, order="asc"))
    infos = [val(e.event_info) for e in val(events.events)]
    assert events.total_count == events.count == len(infos)
    assert infos[0] == "start to deploy service" and "start to update service" in infos
    assert infos.count("service is running") == 2
    times = [val(e.occur_time) for e in val(events.events)]
    assert times == sorted(times)
    page = typed(ServiceEventListResponse, env.call("list_service_events", service_id=service_id, limit=2))
    assert (page.total_count, page.count) == (len(infos), 2)

    stop = env.call("update_service", service_id=service_id, body={"status": "stopped"})
    assert stop is None
    assert typed(ServiceDetail, env.call("get_service", service_id=service_id)).status == "stopped"

    # --- a batch service runs its task and finishes
    batch = example("create_service", "batch_file")
    batch["config"][0]["model_id"] = model_id
    batch_id = val(typed(ServiceCreateResponse, env.call("create_service", body=batch)).service_id)
    env.emu.advance(5 + 10)
    finished = typed(ServiceDetail, env.call("get_service", service_id=batch_id))
    assert finished.status == "finished"
    assert_echoes(batch["config"], finished.to_dict()["config"])
    with pytest.raises(PermissionDeniedError):  # batch services have no monitoring
        env.call("get_service_monitor", service_id=batch_id)

    # --- an edge service: stop and start the instance on one node
    edge = {
        "service_name": "edge-demo",
        "description": "edge",
        "infer_type": "edge",
        "config": [{"model_id": model_id, "specification": "modelarts.vm.cpu.2u", "nodes": [EDGE_NODE]}],
    }
    edge_id = val(typed(ServiceCreateResponse, env.call("create_service", body=edge)).service_id)
    env.emu.advance(5)
    edge_detail = typed(ServiceDetail, env.call("get_service", service_id=edge_id)).to_dict()
    assert edge_detail["status"] == "running"
    assert [n["id"] for n in edge_detail["config"][0]["nodes"]] == [EDGE_NODE]
    assert edge_detail["config"][0]["nodes"][0]["instance_status"] == "running"

    assert (
        env.call("update_service_node_status", service_id=edge_id, node_id=EDGE_NODE, body={"status": "stopped"})
        is None
    )
    edge_detail = typed(ServiceDetail, env.call("get_service", service_id=edge_id)).to_dict()
    assert edge_detail["config"][0]["nodes"][0]["instance_status"] == "stopped"
    node_monitor = typed(ServiceMonitorResponse, env.call("get_service_monitor", service_id=edge_id, node_id=EDGE_NODE))
    node_monitors = [m.to_dict() for m in val(node_monitor.monitors)]
    assert [(m["node_id"], m["cpu_core_usage"]) for m in node_monitors] == [(EDGE_NODE, 0.0)]
    start_node = example("update_service_node_status")
    assert start_node["status"] == "running"
    assert env.call("update_service_node_status", service_id=edge_id, node_id=EDGE_NODE, body=start_node) is None
    edge_detail = typed(ServiceDetail, env.call("get_service", service_id=edge_id)).to_dict()
    assert edge_detail["config"][0]["nodes"][0]["instance_status"] == "running"
    with pytest.raises(ConflictError):  # already running
        env.call("update_service_node_status", service_id=edge_id, node_id=EDGE_NODE, body=start_node)
    with pytest.raises(NotFoundError):
        env.call("update_service_node_status", service_id=edge_id, node_id="not-a-node", body=start_node)
    edge_events = typed(ServiceEventListResponse, env.call("list_service_events", service_id=edge_id))
    infos = [val(e.event_info) for e in val(edge_events.events)]
    assert f"instance on node {EDGE_NODE} stopped" in infos and f"instance on node {EDGE_NODE} started" in infos
    edge_logs = typed(ServiceUpdateLogsResponse, env.call("list_service_update_logs", service_id=edge_id))
    assert val(edge_logs.logs) == []  # no config update yet

    # --- listing, and deleting while the model is still deployed
    every = typed(ServiceListResponse, env.call("list_services"))
    assert every.total_count == 3
    edge_only = typed(ServiceListResponse, env.call("list_services", infer_type="edge"))
    assert [val(s.service_id) for s in val(edge_only.services)] == [edge_id]
    with pytest.raises(ConflictError) as in_use:  # nothing deleted: refused, not a 200 with a failure list
        env.call("delete_model", model_id=model_id)
    assert in_use.value.error_code == "ModelArts.3009"

    for gone in (service_id, batch_id, edge_id):
        assert env.call("delete_service", service_id=gone) is None
        with pytest.raises(NotFoundError):
            env.call("get_service", service_id=gone)
    assert typed(ServiceListResponse, env.call("list_services")).total_count == 0
    freed = typed(ModelDeleteResponse, env.call("delete_model", model_id=model_id))
    assert val(freed.delete_success_list) == [model_id]


def service_tasks_scenario(env: Env) -> None:
    """Service tasks of an edge service (create from each request example, list, get, stop, start,
    delete) and the AI engine runtimes list."""
    model_id = _published_model(env, "1.0.0")
    edge = {
        "service_name": "edge-tasks",
        "infer_type": "edge",
        "config": [{"model_id": model_id, "specification": "modelarts.vm.cpu.2u", "nodes": [EDGE_NODE]}],
    }
    service_id = val(typed(ServiceCreateResponse, env.call("create_service", body=edge)).service_id)
    env.emu.advance(5)
    created = []
    for name in OPERATIONS["create_service_task"].examples:
        body = example("create_service_task", name)
        answer = typed(ServiceTaskCreateResponse, env.call("create_service_task", service_id=service_id, body=body))
        [task] = val(answer.tasks)
        got = typed(ServiceTask, env.call("get_service_task", service_id=service_id, task_id=val(task.id)))
        assert got.state == "PENDING" and got.service_id == service_id
        assert_echoes({k: v for k, v in body.items() if k != "source_usage_estimate"}, got.to_dict())
        created.append(val(task.id))
    listed = typed(ServiceTaskListResponse, env.call("list_service_tasks", service_id=service_id, sort_dir="asc"))
    assert (listed.count, [val(t.id) for t in val(listed.tasks)]) == (len(created), created)
    first = created[0]
    running = typed(
        ServiceTask, env.session.wait("get_service_task", service_id=service_id, task_id=first, sleep=env.sleep)
    )
    assert running.state == "RUNNING"
    assert env.call("stop_service_task", service_id=service_id, task_id=first) is None
    env.emu.advance(1)
    assert typed(ServiceTask, env.call("get_service_task", service_id=service_id, task_id=first)).state == "STOPPED"
    assert env.call("start_service_task", service_id=service_id, task_id=first) is None
    assert typed(ServiceTask, env.call("get_service_task", service_id=service_id, task_id=first)).state == "STARTING"
    for task_id in created:
        assert env.call("delete_service_task", service_id=service_id, task_id=task_id) is None
        with pytest.raises(NotFoundError):
            env.call("get_service_task", service_id=service_id, task_id=task_id)
    assert typed(ServiceTaskListResponse, env.call("list_service_tasks", service_id=service_id)).count == 0

    runtimes = typed(ModelRuntimeListResponse, env.call("list_model_runtimes"))
    engines = [val(e.ai_engine) for e in val(runtimes.engine_runtimes)]
    assert "TensorFlow" in engines and runtimes.count == len(engines)


def workspaces_scenario(env: Env) -> None:
    """Workspaces: create, list, get, update, quotas (get/update), delete (gone at once)."""
    body = example("create_workspace")
    created = typed(WorkspaceInfo, env.call("create_workspace", body=body))
    workspace_id = val(created.id)
    got = created.to_dict()
    assert_echoes({k: v for k, v in body.items() if k != "grants"}, got)
    assert [g["user_name"] for g in got["grants"]] == [g["user_name"] for g in body["grants"]]
    assert got["status"] == "NORMAL"
    with pytest.raises(ConflictError):
        env.call("create_workspace", body=body)

    listed = typed(WorkspaceListResponse, env.call("list_workspaces"))
    assert listed.total_count == 2  # the default workspace and ours
    assert {val(w.id) for w in val(listed.workspaces)} == {"0", workspace_id}
    by_name = typed(WorkspaceListResponse, env.call("list_workspaces", name=body["name"]))
    assert [val(w.id) for w in val(by_name.workspaces)] == [workspace_id]
    by_project = typed(
        WorkspaceListResponse, env.call("list_workspaces", enterprise_project_id=body["enterprise_project_id"])
    )
    assert by_project.total_count == 1
    paged = typed(WorkspaceListResponse, env.call("list_workspaces", limit=1, offset=1, sort_by="name", order="asc"))
    assert (paged.total_count, paged.count, [val(w.name) for w in val(paged.workspaces)]) == (2, 1, [body["name"]])

    fetched = typed(WorkspaceInfo, env.call("get_workspace", workspace_id=workspace_id))
    assert fetched.to_dict() == got

    env.emu.advance(1)
    update = example("update_workspace")
    answered = typed(WorkspaceIdResponse, env.call("update_workspace", workspace_id=workspace_id, body=update))
    assert answered.workspace_id == workspace_id
    renamed = typed(WorkspaceInfo, env.call("get_workspace", workspace_id=workspace_id)).to_dict()
    assert_echoes({k: v for k, v in update.items() if k != "grants"}, renamed)
    assert [g["user_name"] for g in renamed["grants"]] == [g["user_name"] for g in update["grants"]]
    assert renamed["update_time"] > renamed["create_time"]
    with pytest.raises(PermissionDeniedError):  # the default workspace keeps its name
        env.call("update_workspace", workspace_id="0", body={"name": "renamed-default"})

    quotas = typed(WorkspaceQuotasResponse, env.call("get_workspace_quotas", workspace_id=workspace_id))
    before = {val(q.resource): q.to_dict() for q in val(quotas.quotas)}
    change = example("update_workspace_quotas")
    resource, quota = change["quotas"][0]["resource"], change["quotas"][0]["quota"]
    assert before[resource]["quota"] == -1 and before[resource]["used_quota"] is None  # unlimited at first
    changed = typed(
        WorkspaceQuotasResponse, env.call("update_workspace_quotas", workspace_id=workspace_id, body=change)
    )
    assert [(val(q.resource), q.quota) for q in val(changed.quotas)] == [(resource, quota)]
    quotas = typed(WorkspaceQuotasResponse, env.call("get_workspace_quotas", workspace_id=workspace_id))
    after = {val(q.resource): q.to_dict() for q in val(quotas.quotas)}
    assert set(after) == set(before)
    assert (after[resource]["quota"], after[resource]["used_quota"]) == (quota, 0)
    assert all(after[r] == before[r] for r in before if r != resource)
    with pytest.raises(BadRequestError):  # 0 is never a valid quota
        env.call(
            "update_workspace_quotas", workspace_id=workspace_id, body={"quotas": [{"resource": resource, "quota": 0}]}
        )

    with pytest.raises(PermissionDeniedError):
        env.call("delete_workspace", workspace_id="0")
    deleted = typed(WorkspaceIdResponse, env.call("delete_workspace", workspace_id=workspace_id))
    assert deleted.workspace_id == workspace_id
    with pytest.raises(NotFoundError):  # deleted means gone at once
        env.call("get_workspace", workspace_id=workspace_id)
    assert typed(WorkspaceListResponse, env.call("list_workspaces")).total_count == 1


def iam_token_scenario(env: Env) -> None:
    """A password session logs in through POST /v3/auth/tokens once, then sends X-Auth-Token."""
    session = env.new_session(username=env.emu.user, password=env.emu.password)
    try:
        assert isinstance(session.auth, TokenAuth)
        assert not session.auth.status.cached
        start = len(env.recorder.hits)
        clusters = typed(ClusterListResponse, session.call("list_clusters"))
        assert val(clusters.total_count) > 0
        login, call = env.recorder.since(start)
        assert (login.operation_id, login.method, login.path, login.status) == (
            "create_iam_token",
            "POST",
            "/v3/auth/tokens",
            201,
        )
        assert "X-Auth-Token" not in login.headers and "Authorization" not in login.headers
        assert (call.operation_id, call.status) == ("list_clusters", 200)
        assert "X-Auth-Token" in call.headers and "Authorization" not in call.headers
        assert session.auth.status.fresh

        start = len(env.recorder.hits)
        typed(WorkspaceListResponse, session.call("list_workspaces"))  # the cached token is reused
        assert [h.operation_id for h in env.recorder.since(start)] == ["list_workspaces"]

        # The token buys a temporary key pair (what OBS transfers use), which signs like a permanent one.
        start = len(env.recorder.hits)
        body = {"auth": {"identity": {"methods": ["token"], "token": {"duration_seconds": 900}}}}
        issued = typed(
            TemporaryAccessKeyResponse,
            session.call("create_temporary_access_key_by_token", body=TemporaryAccessKeyRequest.from_dict(body)),
        ).credential
        exchange = env.recorder.since(start)[0]
        assert (exchange.operation_id, exchange.status) == ("create_temporary_access_key_by_token", 201)
        assert "X-Auth-Token" in exchange.headers
        temporary = env.new_session(
            access_key=issued.access, secret_key=issued.secret, security_token=issued.securitytoken
        )
        try:
            assert val(typed(ClusterListResponse, temporary.call("list_clusters")).total_count) > 0
        finally:
            temporary.close()

        env.emu.advance(25 * 3600)  # past the token's lifetime on the emulator's clock
        start = len(env.recorder.hits)
        typed(ClusterListResponse, session.call("list_clusters"))
        assert [(h.operation_id, h.status) for h in env.recorder.since(start)] == [
            ("list_clusters", 401),
            ("create_iam_token", 201),
            ("list_clusters", 200),
        ]
    finally:
        session.close()

    wrong = env.new_session(username=env.emu.user, password="not-the-password")
    try:
        with pytest.raises(TokenError) as refused:
            wrong.call("list_clusters")
        assert refused.value.status_code == 401
        assert "not-the-password" not in str(refused.value)
    finally:
        wrong.close()


# --------------------------------------------------------------------------- the current (v2) API


def _no_sleep(seconds: float) -> None:
    raise AssertionError(f"the wait slept {seconds} s: the status was expected at once")


def _phase(job: TrainingJobV2) -> str:
    return str(val(job.status).to_dict()["phase"])


def _column(header: list[str], rows: list[list[Any]], name: str) -> list[Any]:
    """One column of a trial table (the auto search answers are header + rows)."""
    at = header.index(name)
    return [row[at] for row in rows]


def algorithms_v2_scenario(env: Env) -> None:
    """Algorithms (v2): create, get, update, list page by page, delete (gone at once)."""
    start_ms = env.emu.clock.now_ms()
    body = example("create_algorithm_v2")
    created = typed(AlgorithmV2, env.call("create_algorithm_v2", body=body))
    assert env.recorder.hits[-1].status == 201
    algorithm_id = val(val(created.metadata).id)
    got = created.to_dict()
    assert_echoes(body, got)
    assert got["metadata"]["workspace_id"] == "0" and got["metadata"]["create_time"] >= start_ms
    assert got["job_config"]["engine"]["engine_id"]  # completed from name and version
    fetched = typed(AlgorithmV2, env.call("get_algorithm_v2", algorithm_id=algorithm_id))
    assert fetched.to_dict() == got
    with pytest.raises(BadRequestError) as duplicate:  # names are unique in a project
        env.call("create_algorithm_v2", body=body)
    assert error_code(duplicate) == "ModelArts.2752"

    env.emu.advance(1)
    update = example("update_algorithm_v2")
    updated = typed(AlgorithmV2, env.call("update_algorithm_v2", algorithm_id=algorithm_id, body=update))
    assert env.recorder.hits[-1].status == 201
    changed = updated.to_dict()
    assert_echoes(update, changed)
    assert (changed["metadata"]["id"], changed["metadata"]["create_time"]) == (
        algorithm_id,
        got["metadata"]["create_time"],
    )
    assert changed["metadata"]["update_time"] > changed["metadata"]["create_time"]
    assert not changed.get("advanced_config")  # a PUT replaces: the search settings left out are gone
    assert typed(AlgorithmV2, env.call("get_algorithm_v2", algorithm_id=algorithm_id)).to_dict() == changed

    ids = [algorithm_id]
    for number in range(1, 5):
        env.emu.advance(1)  # distinct creation times: a definite order
        more = {**body, "metadata": {**body["metadata"], "name": f"{body['metadata']['name']}-{number}"}}
        ids.append(val(val(typed(AlgorithmV2, env.call("create_algorithm_v2", body=more)).metadata).id))
    start = len(env.recorder.hits)
    paged = [typed(AlgorithmV2, a) for a in env.session.paginate("list_algorithms_v2", page_size=2, order="asc")]
    assert [val(val(a.metadata).id) for a in paged] == ids  # every one once, oldest first
    requests = [h for h in env.recorder.since(start) if h.operation_id == "list_algorithms_v2"]
    assert len(requests) == 3  # pages of 2, 2 and 1 (offset counts records)
    newest = typed(AlgorithmV2List, env.call("list_algorithms_v2", limit=1, offset=1))
    assert (newest.count, [val(val(a.metadata).id) for a in val(newest.items)]) == (5, [ids[3]])
    named = typed(AlgorithmV2List, env.call("list_algorithms_v2", searches=f"name:{body['metadata']['name']}-2"))
    assert [val(val(a.metadata).id) for a in val(named.items)] == [ids[2]]

    assert env.call("delete_algorithm_v2", algorithm_id=algorithm_id) is None
    assert env.recorder.hits[-1].status == 202
    with pytest.raises(NotFoundError):
        env.call("get_algorithm_v2", algorithm_id=algorithm_id)
    assert typed(AlgorithmV2List, env.call("list_algorithms_v2")).count == 4


def training_jobs_v2_scenario(env: Env) -> None:
    """Training jobs (v2): flavors, engines, create, wait, logs, metrics, events, search, stop, delete."""
    flavors = [
        f.to_dict() for f in val(typed(TrainingFlavorV2ListResponse, env.call("list_training_flavors_v2")).flavors)
    ]
    assert flavors and len({f["flavor_id"] for f in flavors}) == len(flavors)
    gpu = typed(TrainingFlavorV2ListResponse, env.call("list_training_flavors_v2", flavor_type="GPU"))
    gpu_ids = {f.to_dict()["flavor_id"] for f in val(gpu.flavors)}
    assert gpu.total_count == len(gpu_ids) and gpu_ids < {f["flavor_id"] for f in flavors}
    reference = example("create_training_job_v2", "reference")
    assert reference["spec"]["resource"]["flavor_id"] in gpu_ids
    engines = typed(TrainingEngineV2ListResponse, env.call("list_training_engines_v2"))
    engine = next(e.to_dict() for e in val(engines.items) if e.engine_name == "TensorFlow")
    assert engines.total == len(val(engines.items))

    # The reference example trains an algorithm: a stored one, on a listed engine, without a search.
    algorithm_body = example("create_algorithm_v2")
    del algorithm_body["advanced_config"]
    algorithm_body["job_config"]["engine"] = {k: engine[k] for k in ("engine_name", "engine_version")}
    algorithm = typed(AlgorithmV2, env.call("create_algorithm_v2", body=algorithm_body))
    reference["algorithm"]["id"] = algorithm_id = val(val(algorithm.metadata).id)

    created = typed(TrainingJobV2, env.call("create_training_job_v2", body=reference))
    assert env.recorder.hits[-1].status == 201
    job_id = val(val(created.metadata).id)
    got = created.to_dict()
    assert_echoes(reference["metadata"], got["metadata"])
    assert_echoes(reference["spec"]["resource"], got["spec"]["resource"])
    assert got["spec"]["resource"]["flavor_detail"]["flavor_type"] == "GPU"
    assert (got["status"]["phase"], got["status"]["tasks"]) == ("Creating", ["worker-0"])
    assert (got["algorithm"]["id"], got["algorithm"]["name"]) == (algorithm_id, algorithm_body["metadata"]["name"])
    assert {k: got["algorithm"]["engine"][k] for k in ("engine_id", "engine_name", "engine_version")} == {
        k: engine[k] for k in ("engine_id", "engine_name", "engine_version")
    }
    sent = [p["name"] for p in algorithm_body["job_config"]["parameters"] + reference["algorithm"]["parameters"]]
    assert [p["name"] for p in got["algorithm"]["parameters"]] == sent  # the algorithm's, then the job's
    with pytest.raises(BadRequestError) as duplicate:
        env.call("create_training_job_v2", body=reference)
    assert error_code(duplicate) == "ModelArts.2751"

    # Before the task runs: no log, no metrics yet (204 without a body).
    assert env.call("get_training_task_log_preview_v2", training_job_id=job_id, task_id="worker-0") is None
    assert env.recorder.hits[-1].status == 204
    assert env.call("get_training_task_metrics_v2", training_job_id=job_id, task_id="worker-0") is None
    assert env.recorder.hits[-1].status == 204
    url = typed(
        TrainingTaskV2LogUrlResponse,
        env.call("get_training_task_log_url_v2", training_job_id=job_id, task_id="worker-0"),
    )
    assert f"/{job_id}/worker-0.log?" in val(url.obs_url)
    with pytest.raises(NotFoundError):
        env.call("get_training_task_log_url_v2", training_job_id=job_id, task_id="worker-1")

    described = example("update_training_job_description_v2")
    assert env.call("update_training_job_description_v2", training_job_id=job_id, body=described) is None
    assert env.recorder.hits[-1].status == 200
    fetched = typed(TrainingJobV2, env.call("get_training_job_v2", training_job_id=job_id))
    assert val(fetched.metadata).description == described["description"]

    done = typed(TrainingJobV2, env.session.wait("get_training_job_v2", training_job_id=job_id, sleep=env.sleep))
    status = val(done.status).to_dict()
    assert (status["phase"], status["duration"]) == ("Completed", 10_000)
    assert [(s["task"], s["exit_code"]) for s in status["task_statuses"]] == [("worker-0", 0)]

    preview = typed(
        TrainingTaskV2LogPreviewResponse,
        env.call("get_training_task_log_preview_v2", training_job_id=job_id, task_id="worker-0"),
    )
    text = val(preview.content)
    assert preview.current_size == preview.full_size == len(text.encode())
    lines = text.splitlines()
    assert len(lines) == 12 and "training started" in lines[0] and lines[-1].endswith("exited with code 0")
    metrics = typed(
        TrainingTaskV2MetricsResponse,
        env.call("get_training_task_metrics_v2", training_job_id=job_id, task_id="worker-0"),
    )
    series = {m["metric"]: m["value"] for m in (s.to_dict() for s in val(metrics.metrics))}
    assert {len(v) for v in series.values()} == {1}  # one point per 10 s of running
    assert series["gpuUtil"][0] >= 0 and series["npuUtil"] == [-1.0]  # a GPU flavor: no NPU

    start = len(env.recorder.hits)
    events = [
        typed(TrainingEventV2, e)
        for e in env.session.paginate("list_training_job_events_v2", training_job_id=job_id, page_size=3, order="asc")
    ]
    assert len([h for h in env.recorder.since(start) if h.operation_id == "list_training_job_events_v2"]) == 3
    messages = [val(e.message) for e in events]
    assert (messages[0], messages[-1]) == ("Training job created.", "Training job completed.")
    assert "Training job is running." in messages and len(messages) == len(set(messages)) == 7
    whole = typed(
        TrainingEventV2ListResponse, env.call("list_training_job_events_v2", training_job_id=job_id, order="asc")
    )
    assert (whole.total, val(whole.events)) == (7, events)  # the pages are exactly the whole list

    # A failing job (the emulator's exit-code variable) and four more, followed and searched.
    custom = example("create_training_job_v2", "custom_image")
    multi = next(f for f in flavors if f["flavor_type"] == "CPU" and f["flavor_info"]["max_num"] >= 2)
    failing = copy.deepcopy(custom)
    failing["metadata"]["name"] = "trainjob-exit-3"
    failing["algorithm"]["environments"]["EMULATOR_EXIT_CODE"] = "3"
    failing["spec"]["resource"] = {"flavor_id": multi["flavor_id"], "node_count": 2}
    failing_id = val(val(typed(TrainingJobV2, env.call("create_training_job_v2", body=failing)).metadata).id)
    searched = {failing_id}
    for number in range(1, 5):
        custom["metadata"]["name"] = f"trainjob-{number}"
        searched.add(val(val(typed(TrainingJobV2, env.call("create_training_job_v2", body=custom)).metadata).id))

    log = list(env.session.follow_training_task_log(failing_id, "worker-0", poll_interval=1.0, sleep=env.sleep))
    assert "training started: job trainjob-exit-3" in log[0]
    assert [line.split(" loss=")[0].rsplit(" ", 1)[1] for line in log[1:-1]] == [str(n) for n in range(1, 11)]
    assert log[-1].endswith("process exited with code 3")
    with pytest.raises(WaitFailed) as failed:  # already over: no sleep
        env.session.wait("get_training_job_v2", training_job_id=failing_id, sleep=_no_sleep)
    assert failed.value.status == "Failed"
    ended = typed(TrainingJobV2, failed.value.last).to_dict()["status"]["task_statuses"]
    assert [(s["task"], s["exit_code"]) for s in ended] == [("worker-0", 3), ("worker-1", 3)]

    search = example("list_training_jobs_v2")  # its name filter is "trainjob"; the empty ones filter nothing
    search.update(sort_by="name", order="asc")
    searching = TrainingJobV2SearchRequest.from_dict(search)
    start = len(env.recorder.hits)
    found = [
        typed(TrainingJobV2, j) for j in env.session.paginate("list_training_jobs_v2", page_size=2, body=searching)
    ]
    assert len([h for h in env.recorder.since(start) if h.operation_id == "list_training_jobs_v2"]) == 3
    found_ids = [val(val(j.metadata).id) for j in found]
    assert len(found_ids) == len(set(found_ids)) and set(found_ids) == searched  # pages of 2, 2, 1
    names = [val(val(j.metadata).name) for j in found]
    assert names == sorted(names, key=str.lower)
    assert job_id not in found_ids  # TestModelArtsJob is no "trainjob"

    # A running job, stopped.
    running_body = example("create_training_job_v2", "custom_image")
    running_id = val(val(typed(TrainingJobV2, env.call("create_training_job_v2", body=running_body)).metadata).id)
    env.emu.advance(6)  # Creating 2 s, Pending 3 s: running for 1 s
    assert _phase(typed(TrainingJobV2, env.call("get_training_job_v2", training_job_id=running_id))) == "Running"
    partial = typed(
        TrainingTaskV2LogPreviewResponse,
        env.call("get_training_task_log_preview_v2", training_job_id=running_id, task_id="worker-0"),
    )
    assert len(val(partial.content).splitlines()) == 2  # started, step 1
    # No metrics point yet: the first comes after 10 s of running, when the default run ends.
    assert env.call("get_training_task_metrics_v2", training_job_id=running_id, task_id="worker-0") is None
    stop = example("stop_training_job_v2")
    stopping = typed(TrainingJobV2, env.call("stop_training_job_v2", training_job_id=running_id, body=stop))
    assert env.recorder.hits[-1].status == 202
    assert _phase(stopping) == "Terminating"
    stopped = typed(
        TrainingJobV2,
        env.session.wait("get_training_job_v2", training_job_id=running_id, until="Terminated", sleep=env.sleep),
    )
    final = val(stopped.status).to_dict()
    assert (final["phase"], final["duration"]) == ("Terminated", 1000)  # frozen by the stop
    assert [s["exit_code"] for s in final["task_statuses"]] == [137]
    with pytest.raises(ConflictError) as refused:
        env.call("stop_training_job_v2", training_job_id=running_id, body=stop)
    assert error_code(refused) == "ModelArts.2796"

    assert env.call("delete_training_job_v2", training_job_id=job_id) is None
    assert env.recorder.hits[-1].status == 202
    with pytest.raises(NotFoundError) as gone:
        env.call("get_training_job_v2", training_job_id=job_id)
    assert error_code(gone) == "ModelArts.2775"
    with pytest.raises(NotFoundError):
        env.call("get_training_task_log_preview_v2", training_job_id=job_id, task_id="worker-0")


def hyperparameter_search_v2_scenario(env: Env) -> None:
    """Hyperparameter search (v2): catalogues, an auto search job's trials, analysis, early stop."""
    algorithms = typed(AutoSearchV2SearchAlgorithmsResponse, env.call("list_search_algorithms_v2"))
    offered = {val(a.name) for a in val(algorithms.search_algo_list)}
    assert algorithms.search_algo_count == len(offered) > 0
    templates = val(
        typed(AutoSearchV2YamlTemplatesResponse, env.call("list_autosearch_yaml_templates_v2")).yaml_templates
    )
    hpo = next(t for t in templates if t.algorithm_type_en == "hpo")
    for name in val(hpo.algorithm_names)[:2]:
        template = typed(
            AutoSearchV2YamlTemplateContentResponse,
            env.call("get_autosearch_yaml_template_v2", algorithm_type="hpo", algorithm_name=name),
        )
        assert template.file_name == f"{name}.yaml"
        assert {"search_space", "search_algorithm"} <= set(yaml.safe_load(val(template.content)))
    with pytest.raises(NotFoundError):
        env.call("get_autosearch_yaml_template_v2", algorithm_type="hpo", algorithm_name="NoSuchSearch")

    # The search settings of the spec's algorithm sample, on the custom-image job: 4 trials.
    auto_search = example("create_algorithm_v2")["advanced_config"]["auto_search"]
    for param in auto_search["algo_configs"][0]["params"]:
        if param["key"] == "num_samples":
            param["value"] = "4"
    auto_search["search_params"].append(
        {"name": "batch_size", "param_type": "discrete", "discrete_values": ["16", "32", "64"]}
    )
    assert auto_search["algo_configs"][0]["name"] in offered
    body = example("create_training_job_v2", "custom_image")
    body["algorithm"]["policies"]["auto_search"] = auto_search
    job_id = val(val(typed(TrainingJobV2, env.call("create_training_job_v2", body=body)).metadata).id)

    env.emu.advance(5 + 3.5)  # running 3.5 s of 10: trial 0 done, trial 1 running, 2 and 3 pending
    listed = typed(AutoSearchV2TrialsResponse, env.call("list_autosearch_trials_v2", training_job_id=job_id))
    table = val(listed.items)
    header, rows = val(table.header), val(table.data)
    assert listed.total == listed.count == len(rows) == 4
    trial_ids = _column(header, rows, "trial_id")
    assert len(set(trial_ids)) == 4
    assert _column(header, rows, "status") == ["TERMINATED", "RUNNING", "PENDING", "PENDING"]
    assert _column(header, rows, "done") == ["True", "False", "False", "False"]
    for config in _column(header, rows, "config"):
        assert 1 <= config["test_search"] <= 10 and config["batch_size"] in (16, 32, 64)
    assert "max_search" in header  # the reward attribute's column

    first = typed(
        AutoSearchV2TrialTable, env.call("get_autosearch_trial_v2", training_job_id=job_id, trial_id=trial_ids[0])
    )
    first_rows = val(first.data)
    assert _column(val(first.header), first_rows, "training_iteration") == [*(str(n) for n in range(1, 11)), "10"]
    assert _column(val(first.header), first_rows, "done") == ["False"] * 10 + ["True"]

    analysis = typed(
        AutoSearchV2ParameterAnalysisResponse, env.call("get_autosearch_parameter_analysis_v2", training_job_id=job_id)
    )
    assert [row[0] for row in val(analysis.data)] == ["test_search", "batch_size"]
    image = typed(
        AutoSearchV2ParameterAnalysisImageResponse,
        env.call("get_autosearch_parameter_analysis_image_v2", training_job_id=job_id, parameter_name="batch_size"),
    )
    assert val(image.file_path).endswith("/hyperparameter-analysis/fanova/batch_size.png")
    with pytest.raises(NotFoundError):
        env.call("get_autosearch_parameter_analysis_image_v2", training_job_id=job_id, parameter_name="lr")

    reached = _column(header, rows, "training_iteration")[1]
    early = typed(
        AutoSearchV2TrialEarlyStopResponse,
        env.call("stop_autosearch_trial_v2", training_job_id=job_id, trial_id=trial_ids[1]),
    )
    assert early.earlystop_trial == trial_ids[1]
    with pytest.raises(ConflictError):  # only a running trial stops early
        env.call("stop_autosearch_trial_v2", training_job_id=job_id, trial_id=trial_ids[2])

    done = typed(TrainingJobV2, env.session.wait("get_training_job_v2", training_job_id=job_id, sleep=env.sleep))
    assert _phase(done) == "Completed"
    paged = [list(r) for r in env.session.paginate("list_autosearch_trials_v2", training_job_id=job_id, page_size=3)]
    assert _column(header, paged, "trial_id") == trial_ids  # pages of 3 and 1
    assert _column(header, paged, "status") == ["TERMINATED"] * 4 and _column(header, paged, "done") == ["True"] * 4
    assert _column(header, paged, "training_iteration") == ["10", reached, "10", "10"]  # trial 1 kept its progress


def pools_v2_scenario(env: Env) -> None:
    """Resource pools (v2): list with filters, get, and a wait on a running pool (at once)."""
    pools = [p.to_dict() for p in val(typed(PoolV2List, env.call("list_pools_v2")).items)]
    phases = {p["metadata"]["name"]: p["status"]["phase"] for p in pools}
    assert "Running" in phases.values() and "Creating" in phases.values()
    name = next(n for n, phase in phases.items() if phase == "Running")
    pool = typed(PoolV2, env.call("get_pool_v2", pool_name=name))
    assert pool.to_dict() == next(p for p in pools if p["metadata"]["name"] == name)
    waited = typed(PoolV2, env.session.wait("get_pool_v2", pool_name=name, sleep=_no_sleep))
    assert waited.to_dict()["status"]["phase"] == "Running"

    creating = typed(PoolV2List, env.call("list_pools_v2", status="creating"))
    assert [p.to_dict()["status"]["phase"] for p in val(creating.items)] == ["Creating"]
    created = typed(PoolV2List, env.call("list_pools_v2", status="created"))
    assert name in {p.to_dict()["metadata"]["name"] for p in val(created.items)}
    label = pool.to_dict()["metadata"]["labels"]["os.modelarts/name"]
    labelled = typed(PoolV2List, env.call("list_pools_v2", label_selector=f"os.modelarts/name={label}"))
    assert [p.to_dict()["metadata"]["name"] for p in val(labelled.items)] == [name]
    with pytest.raises(NotFoundError):
        env.call("get_pool_v2", pool_name="no-such-pool")


def datasets_v2_scenario(env: Env) -> None:
    """Datasets (v2): create from the spec's example, add samples, import a manifest, labels in
    batches and by name, statistics, a version, an export read back, sync, then delete it all."""
    from modelarts_overlays.formats import Annotation, Manifest, Sample

    body = example("create_dataset_v2")
    created = typed(DatasetV2CreateResponse, env.call("create_dataset_v2", body=body))
    assert env.recorder.hits[-1].status == 201
    dataset_id = val(created.dataset_id)
    got = typed(DatasetV2, env.call("get_dataset_v2", dataset_id=dataset_id)).to_dict()
    assert got["dataset_name"] == body["dataset_name"] and got["status"] == 1
    assert [label["name"] for label in got["labels"]] == [label["name"] for label in body["labels"]]
    with pytest.raises(ConflictError) as duplicate:
        env.call("create_dataset_v2", body=body)
    assert error_code(duplicate) == "ModelArts.4351"
    listed = typed(DatasetV2List, env.call("list_datasets_v2", search_content=body["dataset_name"]))
    assert [d.dataset_id for d in val(listed.datasets)] == [dataset_id]
    assert (
        typed(
            DatasetV2UpdateResponse,
            env.call("update_dataset_v2", dataset_id=dataset_id, body=example("update_dataset_v2")),
        ).dataset_id
        == dataset_id
    )

    samples = example("create_dataset_samples_v2")
    added = typed(
        DatasetSampleV2CreateResponse, env.call("create_dataset_samples_v2", dataset_id=dataset_id, body=samples)
    )
    assert added.success is True
    sample_id = val(val(added.results)[0].info)
    sample = typed(DatasetSampleV2, env.call("get_dataset_sample_v2", dataset_id=dataset_id, sample_id=sample_id))
    assert sample.sample_name == samples["samples"][0]["name"]

    lines = [
        Sample(source=f"obs://{env.project_id[:8]}-data/img/{n}.jpg", usage="TRAIN",
               annotations=[Annotation(name="Bees" if n % 2 else "Rabbits", type="modelarts/image_classification")])
        for n in range(6)
    ]  # fmt: skip
    manifest_url = f"obs://{env.project_id[:8]}-data/in/V001.manifest"
    env.emu.put_object(manifest_url, Manifest(lines).dumps().encode("utf-8"))
    task = typed(
        DatasetImportTaskV2CreateResponse,
        env.call(
            "create_dataset_import_task_v2",
            dataset_id=dataset_id,
            body={"import_path": manifest_url, "import_type": "manifest"},
        ),
    )
    task_id = val(task.task_id)
    done = typed(
        DatasetImportTaskV2,
        env.session.wait("get_dataset_import_task_v2", dataset_id=dataset_id, task_id=task_id, sleep=env.sleep),
    )
    assert (str(done.status), done.imported_sample_count) == ("COMPLETED", 6)
    imports = typed(DatasetImportTaskV2List, env.call("list_dataset_import_tasks_v2", dataset_id=dataset_id))
    assert [t.task_id for t in val(imports.import_tasks)] == [task_id]
    paged = list(env.session.paginate("list_dataset_samples_v2", dataset_id=dataset_id, page_size=3))
    assert len(paged) == 7  # pages of 3, 3 and 1: offset counts pages
    page = typed(
        DatasetSampleV2List, env.call("list_dataset_samples_v2", dataset_id=dataset_id, sample_state="__ALL__")
    )
    assert page.sample_count == 6  # labeled ones
    conditions = typed(
        DatasetSampleV2SearchCondition, env.call("list_dataset_search_conditions_v2", dataset_id=dataset_id)
    )
    assert {label.name for label in val(conditions.labels)} == {"Bees", "Rabbits"}

    labels = typed(
        DatasetLabelV2BatchResult,
        env.call("create_dataset_labels_v2", dataset_id=dataset_id, body=example("create_dataset_labels_v2")),
    )
    assert labels.success is True
    renamed = typed(
        DatasetLabelV2BatchResult,
        env.call("update_dataset_labels_v2", dataset_id=dataset_id, body=example("update_dataset_labels_v2")),
    )
    assert renamed.success is True
    assert (
        env.call(
            "update_dataset_label_v2",
            dataset_id=dataset_id,
            label_name="pussycat",
            body={"@modelarts:color": "#93c47d"},
        )
        is None
    )
    assert env.recorder.hits[-1].status == 204
    gone = typed(
        DatasetLabelV2BatchResult,
        env.call("delete_dataset_labels_v2", dataset_id=dataset_id, body={"labels": [{"name": "pussycat"}]}),
    )
    assert gone.success is True
    names = [
        label.name
        for label in val(typed(DatasetLabelV2List, env.call("list_dataset_labels_v2", dataset_id=dataset_id)).labels)
    ]
    assert "pussycat" not in names and {"Bees", "Rabbits"} <= set(names)
    relabel = {"samples": [{"sample_id": sample_id, "labels": [{"name": "Bees", "type": 0}]}]}
    assert (
        typed(
            DatasetSampleV2BatchResponse, env.call("update_dataset_samples_v2", dataset_id=dataset_id, body=relabel)
        ).success
        is True
    )
    stats = typed(DatasetV2Stats, env.call("get_dataset_stats_v2", dataset_id=dataset_id)).to_dict()
    bees = next(s for s in stats["label_stats"] if s["name"] == "Bees")
    assert (bees["sample_count"], stats["sample_stats"]["total"]) == (4, 7)
    assert env.call("delete_dataset_label_v2", dataset_id=dataset_id, label_name="Rabbits") is None
    stats = typed(DatasetV2Stats, env.call("get_dataset_stats_v2", dataset_id=dataset_id)).to_dict()
    assert stats["sample_stats"]["total"] == 4  # the samples that had only Rabbits went with it
    metrics = typed(
        DatasetV2Metrics,
        env.call("get_dataset_metrics_v2", dataset_id=dataset_id, start_time=0, end_time=env.emu.clock.now_ms() + 1),
    )
    assert list(metrics.to_dict()["metrics"]["total"].values()) == [4]

    version = typed(
        DatasetVersionV2CreateResponse,
        env.call("create_dataset_version_v2", dataset_id=dataset_id, body=example("create_dataset_version_v2")),
    )
    assert env.recorder.hits[-1].status == 201
    version_id = val(version.version_id)
    published = typed(
        DatasetV2Version,
        env.session.wait("get_dataset_version_v2", dataset_id=dataset_id, version_id=version_id, sleep=env.sleep),
    )
    assert (published.status, published.total_sample_count) == (1, 4)
    versions = typed(DatasetVersionV2List, env.call("list_dataset_versions_v2", dataset_id=dataset_id))
    assert [v.version_id for v in val(versions.versions)] == [version_id]
    out = f"obs://{env.project_id[:8]}-data/out/"
    export = env.call(
        "create_dataset_export_task_v2", dataset_id=dataset_id, body={"path": out, "version_id": version_id}
    )
    export_id = val(typed(DatasetExportTaskV2, export).task_id)
    finished = typed(
        DatasetExportTaskV2,
        env.session.wait("get_dataset_export_task_v2", dataset_id=dataset_id, task_id=export_id, sleep=env.sleep),
    )
    assert str(finished.status) == "SUCCESSED"
    exports = typed(DatasetExportTaskV2List, env.call("list_dataset_export_tasks_v2", dataset_id=dataset_id))
    assert [t.task_id for t in val(exports.export_tasks)] == [export_id]
    exported = Manifest.parse_manifest(
        io.BytesIO(env.emu.get_object(f"{out}{body['dataset_name']}-{published.version_name}.manifest"))
    )
    assert exported.size == 4 and {a.name for s in exported for a in s.annotations} == {"Bees"}

    assert env.call("sync_dataset_v2", dataset_id=dataset_id) is None
    synced = typed(
        DatasetV2SyncStatus, env.session.wait("get_dataset_sync_status_v2", dataset_id=dataset_id, sleep=env.sleep)
    )
    assert str(synced.status) == "COMPLETED"
    deleted = typed(
        DatasetSampleV2BatchResponse,
        env.call("delete_dataset_samples_v2", dataset_id=dataset_id, body={"samples": [sample_id]}),
    )
    assert deleted.success is True
    assert env.call("delete_dataset_version_v2", dataset_id=dataset_id, version_id=version_id) is None
    assert env.call("delete_dataset_v2", dataset_id=dataset_id) is None
    assert env.recorder.hits[-1].status == 204
    with pytest.raises(NotFoundError) as missing:
        env.call("get_dataset_v2", dataset_id=dataset_id)
    assert error_code(missing) == "ModelArts.4352"


def lite_servers_scenario(env: Env) -> None:
    """Lite Servers and supernodes: the catalogue, an order from the spec's example, its lifecycle
    through the waiters (stop, start, reboot, OS change and reinstall), a disk attached and detached
    through its operations, the lists; a supernode with its tags, power and OS change; then delete both."""
    flavors = val(typed(DevServerFlavorList, env.call("list_dev_server_flavors", server_type="ECS")).data)
    assert [f.flavor for f in flavors] == ["s7.small.1"]
    images = val(typed(DevServerImageList, env.call("list_dev_server_images", flavor_name="s7.small.1")).data)
    image_id = val(images[0].image_id)
    assert typed(DevServerImage, env.call("get_dev_server_image", image_id=image_id)).name == images[0].name

    body = example("create_dev_server")
    created = typed(DevServer, env.call("create_dev_server", body=body))
    server_id = val(created.id)
    assert (str(created.status), created.flavor, created.name) == ("CREATING", body["flavor"], body["name"])
    running = typed(DevServer, env.session.wait("get_dev_server", server_id=server_id, sleep=env.sleep))
    assert str(running.status) == "RUNNING" and val(running.image).image_id == body["image_id"]
    with pytest.raises(ConflictError):
        env.call("start_dev_server", server_id=server_id)  # already running
    assert str(typed(DevServer, env.call("reboot_dev_server", server_id=server_id)).status) == "REBOOTING"
    env.session.wait("get_dev_server", server_id=server_id, sleep=env.sleep)

    disk = str(uuid.uuid4())
    attach = typed(
        DevServerOperation, env.call("attach_dev_server_volume", server_id=server_id, body={"volume_id": disk})
    )
    done = typed(
        DevServerOperation,
        env.session.wait(
            "get_dev_server_operation", server_id=server_id, operation_id=val(attach.operation_id), sleep=env.sleep
        ),
    )
    assert str(done.operation_status) == "success"
    volumes = val(typed(DevServer, env.call("get_dev_server", server_id=server_id)).volumes)
    assert [(str(v.type_), v.evs_id) for v in volumes][1:] == [("DATA", disk)]
    detach = typed(DevServerOperation, env.call("detach_dev_server_volume", server_id=server_id, volume_id=disk))
    env.session.wait(
        "get_dev_server_operation", server_id=server_id, operation_id=val(detach.operation_id), sleep=env.sleep
    )
    assert len(val(typed(DevServer, env.call("get_dev_server", server_id=server_id)).volumes)) == 1

    assert str(typed(DevServer, env.call("stop_dev_server", server_id=server_id)).status) == "STOPPING"
    env.session.wait("get_dev_server", server_id=server_id, until="STOPPED", sleep=env.sleep)
    change = {"image_id": image_id, "key_pair_name": "KeyPair-3d6a"}
    changing = typed(DevServer, env.call("change_dev_server_os", server_id=server_id, body=change))
    assert str(changing.status) == "CHANGINGOS"
    env.session.wait("get_dev_server", server_id=server_id, sleep=env.sleep)
    env.call("stop_dev_server", server_id=server_id)
    env.session.wait("get_dev_server", server_id=server_id, until="STOPPED", sleep=env.sleep)
    reinstall = typed(
        DevServer, env.call("reinstall_dev_server_os", server_id=server_id, body={"key_pair_name": "KeyPair-3d6a"})
    )
    assert str(reinstall.status) == "REINSTALLINGOS"
    env.session.wait("get_dev_server", server_id=server_id, sleep=env.sleep)
    env.call("stop_dev_server", server_id=server_id)
    env.sleep(5)
    assert str(typed(DevServer, env.call("start_dev_server", server_id=server_id)).status) == "STARTING"

    supernode_body = {**body, "name": "hps-every-op", "flavor": "hps.kat2e.384xlarge.8.a910"}
    supernode_body.update(image_id="5c8e1f47-2a6b-4d9c-8e3f-7b0a4c6d2e1f", arch="ARM")
    supernode_body.pop("admin_pass", None)
    node = typed(DevServer, env.call("create_dev_server", body=supernode_body))
    supernode_id = val(val(node.server_hps).id)
    active = typed(Supernode, env.session.wait("get_supernode", supernode_id=supernode_id, sleep=env.sleep))
    assert str(active.status) == "ACTIVE" and len(val(active.servers)) == 2
    assert [s.id for s in val(typed(SupernodeList, env.call("list_supernodes")).data)] == [supernode_id]
    assert [s.id for s in val(typed(SupernodeList, env.call("list_all_supernodes")).data)] == [supernode_id]
    nodes = val(typed(DevServerList, env.call("list_supernode_servers", supernode_id=supernode_id)).data)
    assert {n.id for n in nodes} == {s.id for s in val(active.servers)}
    tags = {"tags": [{"key": "team", "value": "vision"}, {"key": "env", "value": "test"}]}
    added = typed(SupernodeTagList, env.call("create_supernode_tags", supernode_id=supernode_id, body=tags))
    assert [(t.key, t.value) for t in val(added.tags)] == [("team", "vision"), ("env", "test")]
    env.call("delete_supernode_tags", supernode_id=supernode_id, body={"tags": [{"key": "env"}]})
    left = typed(SupernodeTagList, env.call("list_supernode_tags", supernode_id=supernode_id))
    assert [t.key for t in val(left.tags)] == ["team"]
    env.call("stop_supernode", supernode_id=supernode_id)
    env.sleep(5)
    reimaging = typed(
        Supernode,
        env.call(
            "change_supernode_os",
            supernode_id=supernode_id,
            body={"image_id": "5c8e1f47-2a6b-4d9c-8e3f-7b0a4c6d2e1f", "key_pair_name": "KeyPair-3d6a"},
        ),
    )
    assert str(reimaging.status) == "REIMAGING"
    env.session.wait("get_supernode", supernode_id=supernode_id, sleep=env.sleep)
    env.call("stop_supernode", supernode_id=supernode_id)
    env.sleep(5)
    env.call("start_supernode", supernode_id=supernode_id)
    env.sleep(5)
    node_disk = typed(
        DevServerOperation,
        env.call("attach_dev_server_volume", server_id=val(node.id), body={"volume_id": str(uuid.uuid4())}),
    )
    seen = typed(
        DevServerOperation,
        env.call("get_supernode_operation", supernode_id=supernode_id, operation_id=val(node_disk.operation_id)),
    )
    assert seen.operation_type == "node_attach_volume"

    listed = typed(DevServerList, env.call("list_dev_servers", limit=2, offset=0, sort_dir="DESC"))
    assert (listed.total, len(val(listed.data))) == (3, 2)
    assert len(list(env.session.paginate("list_dev_servers", page_size=1))) == 3
    assert typed(DevServerList, env.call("list_all_dev_servers")).total == 3
    assert typed(DevServerList, env.call("sync_dev_servers")).total == 3

    with pytest.raises(ConflictError):
        env.call("delete_dev_server", server_id=val(node.id))  # a node goes with its supernode
    assert str(typed(Supernode, env.call("delete_supernode", supernode_id=supernode_id)).status) == "TERMINATING"
    assert str(typed(DevServer, env.call("delete_dev_server", server_id=server_id)).status) == "DELETING"
    with pytest.raises(NotFoundError):
        env.call("get_dev_server", server_id=server_id)
    with pytest.raises(NotFoundError):
        env.call("get_supernode", supernode_id=supernode_id)
    assert typed(DevServerList, env.call("list_dev_servers")).total == 0


SCENARIOS: tuple[Scenario, ...] = (
    devenv_scenario,
    training_jobs_scenario,
    training_job_configs_scenario,
    visualization_jobs_scenario,
    specs_scenario,
    models_scenario,
    services_scenario,
    service_tasks_scenario,
    workspaces_scenario,
    iam_token_scenario,
    algorithms_v2_scenario,
    training_jobs_v2_scenario,
    hyperparameter_search_v2_scenario,
    pools_v2_scenario,
    datasets_v2_scenario,
    lite_servers_scenario,
)


# --------------------------------------------------------------------------- the tests


def test_path_templates_map_back_to_their_operation() -> None:
    """The recorder's mapping: every template, with sample ids, maps to its own operationId."""
    assert len(OPERATIONS) == 151
    for op in OPERATIONS.values():
        path = re.sub(r"\{[^}]+\}", "x1", op.template)
        assert operation_for(op.method, path) == op.operation_id, op.template
    assert operation_for("GET", "/v1/p/services/specifications") == "list_service_specifications"
    assert operation_for("GET", "/v1/p/services/abc") == "get_service"
    assert operation_for("GET", "/v1/p/no-such-thing") is None


def test_devenv_instances(coverage: Coverage) -> None:
    coverage.run(devenv_scenario)


def test_training_jobs(coverage: Coverage) -> None:
    coverage.run(training_jobs_scenario)


def test_training_job_configs(coverage: Coverage) -> None:
    coverage.run(training_job_configs_scenario)


def test_visualization_jobs(coverage: Coverage) -> None:
    coverage.run(visualization_jobs_scenario)


def test_resource_and_engine_specs(coverage: Coverage) -> None:
    coverage.run(specs_scenario)


def test_models(coverage: Coverage) -> None:
    coverage.run(models_scenario)


def test_services(coverage: Coverage) -> None:
    coverage.run(services_scenario)


def test_service_tasks(coverage: Coverage) -> None:
    coverage.run(service_tasks_scenario)


def test_workspaces(coverage: Coverage) -> None:
    coverage.run(workspaces_scenario)


def test_iam_token(coverage: Coverage) -> None:
    coverage.run(iam_token_scenario)


def test_algorithms_v2(coverage: Coverage) -> None:
    coverage.run(algorithms_v2_scenario)


def test_training_jobs_v2(coverage: Coverage) -> None:
    coverage.run(training_jobs_v2_scenario)


def test_hyperparameter_search_v2(coverage: Coverage) -> None:
    coverage.run(hyperparameter_search_v2_scenario)


def test_resource_pools_v2(coverage: Coverage) -> None:
    coverage.run(pools_v2_scenario)


def test_datasets_v2(coverage: Coverage) -> None:
    coverage.run(datasets_v2_scenario)


def test_lite_servers(coverage: Coverage) -> None:
    coverage.run(lite_servers_scenario)


def test_every_operation_was_called(coverage: Coverage) -> None:
    """Last: the scenarios together called exactly the spec's operations, each successfully once."""
    failed = coverage.run_all()
    hits = coverage.recorder.hits
    unknown = sorted({f"{h.method} {h.path}" for h in hits if h.operation_id is None})
    assert unknown == [], f"requests that match no operation of the spec: {unknown}"
    unsigned = sorted(
        {
            f"{h.method} {h.path}"
            for h in hits
            if h.operation_id != "create_iam_token"
            and not h.headers.get("Authorization", "").startswith(f"{ALGORITHM} Access={coverage.emu.access_key}")
            and not (
                h.headers.get("Authorization", "").startswith(f"{ALGORITHM} Access=EMUTMP")
                and "X-Security-Token" in h.headers
            )
            and "X-Auth-Token" not in h.headers
        }
    )
    assert unsigned == [], f"requests sent without a signature or token: {unsigned}"
    called = {h.operation_id for h in hits if h.operation_id is not None}
    missing, extra = sorted(set(OPERATIONS) - called), sorted(called - set(OPERATIONS))
    assert (missing, extra) == ([], []), f"not called: {missing}; unknown: {extra}; failed scenarios: {failed}"
    statuses = coverage.recorder.statuses()
    unanswered = {
        op_id: sorted(statuses[op_id]) for op_id, op in OPERATIONS.items() if not statuses[op_id] & op.success
    }
    assert unanswered == {}, f"operations never answered with their documented success status: {unanswered}"
    assert failed == [], f"scenarios that failed: {failed}"
