"""Training jobs of the current API (``/v2/{project_id}/training-jobs``), their task logs, metrics
and events, and the v2 flavor and engine catalogues.

Lifecycle (lazy, from stored clock times, as the v1 jobs): a job is ``Creating`` for
``durations["training_v2_create"]`` seconds, ``Pending`` (secondary phase ``Queuing``) for
``training_v2_pending``, ``Running`` for ``training_v2_run``, then ``Completed``.  The durations are
read when the job is created and kept with it, so a job's timeline never moves afterwards.
``stop_training_job_v2`` (``action_type: terminate``) on a Creating, Pending or Running job freezes
its running time: ``Terminating`` for ``training_v2_stop`` seconds, then ``Terminated`` (tasks that
had started exit with code 137).  Stopping a finished job is refused (409, ``ModelArts.2796``).

Failure path: a job whose ``algorithm.environments`` sets ``EMULATOR_EXIT_CODE`` to an integer from
1 to 255 runs like any other but ends in phase ``Failed`` (secondary ``Failed``): every task exits
with that code, which ``status.task_statuses``, the logs and the events report.  ``0`` (or no
variable) completes normally; any other value is refused at creation (400, ``ModelArts.2788``).

What a running job produces, all derived from the clock at read time (nothing grows in the store):

- ``status.tasks``: ``worker-0`` .. ``worker-{node_count-1}``;
- logs: per task a start line, one line per second of running (``step N loss=...``, a fixed
  formula) and, once the task has ended, ``... process exited with code N``.  The preview answers
  the log whole up to 5 MiB, else its last 5 MiB (cut forward to a character boundary);
  ``full_size`` is the size of the whole log, computed without building it.  Before a task has
  started the preview answers 204 without a body (``ModelArts.2776``, NotReadyToFetchLog); a job
  that ended without running answers an empty log;
- metrics: the six series of the reference, one point per 10 s of running (at most the latest
  :data:`MAX_METRIC_POINTS`), ``-1`` for hardware the flavor lacks; 204 (``ModelArts.2777``) before
  the first point, empty series for a job that ended without one;
- events: one per transition (created, queuing, each container started, running, each task
  started and finished, completed / failed, terminating / terminated).

Creation checks: ``spec.resource.flavor_id`` must be in :data:`.specs_v2.FLAVORS` (``ModelArts.2763``) unless
``spec.resource.pool_id`` names a dedicated pool (any pool id is accepted, with any flavor, up to
:data:`MAX_POOL_NODES` nodes); ``node_count`` at most the flavor's ``max_num`` (``ModelArts.2793``);
``algorithm.engine`` in :data:`.specs_v2.ENGINES` when given by id or by name and version (``ModelArts.2780``;
an ``image_url`` is a custom image and is not checked); ``algorithm.id`` an algorithm of
``algorithms_v2`` (store kind ``algorithm_v2``; ``ModelArts.2755``); names unique in a project
(``ModelArts.2751``).  An unknown job id is 404 ``ModelArts.2775`` (TrainingJobNotFound, listed
under 400 in the error table: the emulator answers 404, as for every unknown resource); an unknown
task is 404 ``ModelArts.2788``.

Stored record (kind :data:`JOB_KIND`, keyed by ``metadata.id``; other modules read the job through
:func:`load_job` and :func:`planned_run_seconds`): ``id``, ``name``, ``workspace_id``,
``create_time`` (ms), ``algorithm_name``, ``node_count``, ``flavor_type``, ``exit_code``,
``timeline`` (``queued``, ``running``, ``end``: clock ms when Pending, Running and the natural end
begin), ``stop`` (``None`` or ``at``/``done``: clock ms of the stop and of Terminated) and ``job``
(the answer without ``status``).
"""

from __future__ import annotations

import copy
import hashlib
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from ..framework import (
    BadRequest,
    Conflict,
    Context,
    Index,
    IndexKey,
    JsonObj,
    NotFound,
    Reply,
    index,
    operation,
)
from ..obs import objects_of
from ..training_output import write_outputs
from .algorithms_v2 import AI_PROJECT
from .algorithms_v2 import KIND as ALGORITHM_KIND
from .specs_v2 import flavor_by_id, known_engine

__all__ = [
    "JOB_KIND",
    "MAX_METRIC_POINTS",
    "MAX_POOL_NODES",
    "PREVIEW_WINDOW_BYTES",
    "create_training_job_v2",
    "delete_training_job_v2",
    "get_training_job_v2",
    "get_training_task_log_preview_v2",
    "get_training_task_log_url_v2",
    "get_training_task_metrics_v2",
    "list_training_job_events_v2",
    "list_training_jobs_v2",
    "load_job",
    "planned_run_seconds",
    "stop_training_job_v2",
    "update_training_job_description_v2",
]

JOB_KIND = "training_job_v2"
"""Store kind of the v2 algorithms (``algorithms_v2``), keyed by ``metadata.id``."""

JOB_NOT_FOUND = "ModelArts.2775"  # TrainingJobNotFound
ALGORITHM_NOT_FOUND = "ModelArts.2755"  # AiAlgorithmNotFound
DUPLICATE_JOB_NAME = "ModelArts.2751"  # DuplicateTrainingJobName
INVALID_FLAVOR = "ModelArts.2763"  # DoNotHaveFlavor
FLAVOR_OUT_OF_RANGE = "ModelArts.2793"  # FlavorOutOfRange
ENGINE_NOT_FOUND = "ModelArts.2780"  # EngineNotFound
INVALID_PARAM = "ModelArts.2788"  # InvalidParam
UNSUPPORTED_FILTER = "ModelArts.2789"  # UnsupportedFilterBy
UNSUPPORTED_SORT = "ModelArts.2790"  # UnsupportedSortBy
NOT_ALLOWED_TO_TERMINATE = "ModelArts.2796"  # NotAllowedToTerminate (409 in the error table)

EXIT_CODE_VARIABLE = "EMULATOR_EXIT_CODE"
"""The ``algorithm.environments`` variable that makes a job fail with that exit code."""
TERMINATED_EXIT_CODE = 137
"""Exit code of a task killed by a stop (SIGKILL)."""
MAX_POOL_NODES = 100
"""Most nodes the emulator runs for a job in a dedicated pool (it knows no pool's size)."""
PREVIEW_WINDOW_BYTES = 5 * 1024 * 1024
"""Largest log preview (``current_size`` maximum in the spec)."""
METRIC_PERIOD_MS = 10_000
MAX_METRIC_POINTS = 360
"""Metric points answered at most: the latest hour."""
MAX_DURATION_S = 100 * 365.25 * 86400.0
"""Longest lifecycle stage (a duration override beyond it is read as this)."""
DEFAULT_PAGE_SIZE = 50

# --------------------------------------------------------------------------- indexes


def _workspace(job: JsonObj) -> str:
    return str(job.get("workspace_id", "0"))


def _by_name(job: JsonObj) -> IndexKey:
    return (str(job["name"]),)


def _by_workspace_created(job: JsonObj) -> IndexKey:
    return (_workspace(job), int(job["create_time"]))


def _by_workspace_name(job: JsonObj) -> IndexKey:
    return (_workspace(job), str(job["name"]).lower())


JOBS_BY_NAME = index(JOB_KIND, "by_name", _by_name)
"""Jobs by exact name: names are unique in a project."""
_SEARCH_ORDERS: dict[str, Index] = {
    # sort_by values whose order is a stored field, read from an index when nothing filters.
    "create_time": index(JOB_KIND, "by_workspace_created", _by_workspace_created),
    "name": index(JOB_KIND, "by_workspace_name", _by_workspace_name),
}
_ALL_JOBS = _SEARCH_ORDERS["create_time"]


# --------------------------------------------------------------------------- state


def _ms(ctx: Context, key: str, default: float) -> int:
    """A lifecycle duration in clock milliseconds: 0 for a negative or NaN override, at most 100 years."""
    seconds = ctx.duration(key, default)
    if math.isnan(seconds) or seconds <= 0:
        return 0
    return round(min(seconds, MAX_DURATION_S) * 1000)


@dataclass(frozen=True)
class _State:
    """A job at one clock time."""

    phase: str
    secondary: str
    ran: bool
    """The job reached Running (its tasks started)."""
    run_start: int
    run_ms: int
    """Milliseconds of running so far (frozen by a stop or the end)."""
    ended_at: int | None
    """When the tasks ended (the job is finished), else ``None``."""
    exit_code: int
    """Every task's exit code once ended."""
    horizon: int
    """Clock time up to which the natural timeline happened (the stop time for a stopped job)."""

    @property
    def finished(self) -> bool:
        return self.phase in ("Completed", "Failed", "Terminated")


def _state(job: JsonObj, now: int) -> _State:
    timeline = job["timeline"]
    queued, running, end = int(timeline["queued"]), int(timeline["running"]), int(timeline["end"])
    stop = job.get("stop")
    if stop:
        at, done = int(stop["at"]), int(stop["done"])
        phase = "Terminating" if now < done else "Terminated"
        ran = at >= running
        return _State(
            phase,
            phase,
            ran,
            running,
            max(0, min(at, end) - running),
            done if phase == "Terminated" else None,
            TERMINATED_EXIT_CODE,
            at,
        )
    code = int(job.get("exit_code", 0))
    if now < queued:
        phase, secondary = "Creating", "Creating"
    elif now < running:
        phase, secondary = "Pending", "Queuing"
    elif now < end:
        phase, secondary = "Running", "Running"
    else:
        phase = secondary = "Failed" if code else "Completed"
    return _State(
        phase,
        secondary,
        now >= running,
        running,
        max(0, min(now, end) - running),
        end if now >= end else None,
        code,
        now,
    )


def _tasks(job: JsonObj) -> list[str]:
    return [f"worker-{i}" for i in range(int(job["node_count"]))]


def _status(job: JsonObj, state: _State) -> JsonObj:
    nodes = int(job["node_count"])
    metrics: list[list[int]] | None = None
    if state.ran:
        metrics = [[state.run_start, nodes]]
        if state.ended_at is not None:
            metrics.append([state.ended_at, 0])
    out: JsonObj = {
        "phase": state.phase,
        "secondary_phase": state.secondary,
        "duration": state.run_ms,
        "start_time": state.run_start if state.ran else 0,
        "node_count_metrics": metrics,
        "tasks": _tasks(job),
    }
    if state.ran and state.ended_at is not None:
        out["task_statuses"] = [
            {"task": task, "exit_code": state.exit_code, "message": _exit_message(state.exit_code)}
            for task in _tasks(job)
        ]
    return out


def _exit_message(code: int) -> str:
    if code == 0:
        return "process exited normally"
    if code == TERMINATED_EXIT_CODE:
        return "process killed by the job's termination"
    return f"process exited with code {code}"


def _view(job: JsonObj, now: int) -> JsonObj:
    """The job as the API answers it, at clock time ``now``."""
    state = _state(job, now)
    stored: JsonObj = job["job"]
    out: JsonObj = {"kind": stored["kind"], "metadata": copy.deepcopy(stored["metadata"])}
    out["status"] = _status(job, state)
    for key in ("algorithm", "spec", "endpoints"):
        if key in stored:
            out[key] = copy.deepcopy(stored[key])
    ssh = out.get("endpoints", {}).get("ssh")
    if ssh is not None and state.phase == "Running":
        ssh["task_urls"] = [
            {"task": task, "url": f"ssh://ma-user@192.168.{i // 250}.{i % 250 + 2}:22"}
            for i, task in enumerate(_tasks(job))
        ]
    return out


def _load(ctx: Context, training_job_id: str) -> JsonObj:
    job = ctx.store.get(JOB_KIND, training_job_id)
    if job is None:
        raise NotFound(JOB_NOT_FOUND, f"Training job ({training_job_id}) not found.")
    return job


def planned_run_seconds(ctx: Context, training_job_id: str) -> float:
    """Seconds the job runs before it completes (from its stored timeline; for an unknown job, the
    ``training_v2_run`` duration): what its hyperparameter-search trials share."""
    stored = ctx.store.get(JOB_KIND, training_job_id) or {}
    timeline = stored.get("timeline")
    if isinstance(timeline, dict):
        try:
            return max(int(timeline["end"]) - int(timeline["running"]), 0) / 1000.0
        except (KeyError, TypeError, ValueError):
            pass
    return ctx.duration("training_v2_run", 10.0)


def load_job(ctx: Context, training_job_id: str) -> JsonObj:
    """The job as ``get_training_job_v2`` answers it (its status computed now); raises NotFound."""
    return _view(_load(ctx, training_job_id), ctx.clock.now_ms())


def _task_index(job: JsonObj, task_id: str) -> int:
    tasks = _tasks(job)
    if task_id not in tasks:
        raise NotFound(INVALID_PARAM, f"Invalid parameter(task_id): the job has no task {task_id!r}; see status.tasks.")
    return tasks.index(task_id)


# --------------------------------------------------------------------------- create


def _obj(value: Any) -> JsonObj:
    """``value`` if it is an object, else an empty one (optional parts of a body or a stored record)."""
    return value if isinstance(value, dict) else {}


def _strings(value: Any) -> dict[str, str]:
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def _exit_code(environments: dict[str, str]) -> int:
    raw = environments.get(EXIT_CODE_VARIABLE)
    if raw is None or raw.strip() == "":
        return 0
    text = raw.strip()
    if not (text.isascii() and text.isdigit()) or int(text) > 255:
        raise BadRequest(INVALID_PARAM, f"Invalid parameter({EXIT_CODE_VARIABLE}): an exit code 0 to 255, not {raw!r}.")
    return int(text)


def _resource(body: JsonObj) -> tuple[JsonObj, JsonObj | None, int]:
    """The answer's ``spec.resource``, the catalogue flavor (``None`` in a dedicated pool with a
    flavor the catalogue lacks), and the node count."""
    spec = _obj(body.get("spec"))
    requested = _obj(spec.get("resource"))
    flavor_id = requested.get("flavor_id")
    pool_id = requested.get("pool_id")
    raw_count = requested.get("node_count", 1)
    node_count = int(raw_count) if isinstance(raw_count, int) and not isinstance(raw_count, bool) else 1
    if node_count < 1:
        raise BadRequest(INVALID_PARAM, f"Invalid parameter(node_count): at least 1, not {node_count}.")
    flavor = flavor_by_id(str(flavor_id)) if flavor_id is not None else None
    if pool_id:
        limit = MAX_POOL_NODES
    elif flavor is None:
        shown = "none given" if flavor_id is None else repr(flavor_id)
        raise BadRequest(INVALID_FLAVOR, f"The selected flavor is invalid ({shown}); see list_training_flavors_v2.")
    else:
        limit = int(flavor["flavor_info"]["max_num"])
    if node_count > limit:
        raise BadRequest(
            FLAVOR_OUT_OF_RANGE, f"The number of flavor instances ({node_count}) exceeds the maximum ({limit})."
        )
    resource: JsonObj = {"policy": "regular"}
    if flavor_id is not None:
        resource["flavor_id"] = str(flavor_id)
    if flavor is not None:
        resource["flavor_name"] = flavor["flavor_name"]
    resource["node_count"] = node_count
    if pool_id:
        resource["pool_id"] = str(pool_id)
    if flavor is not None:
        info = copy.deepcopy(flavor["flavor_info"])
        info["disk"]["size"] = str(info["disk"]["size"])  # a string in the job's flavor (errata)
        resource["flavor_detail"] = {
            "flavor_type": flavor["flavor_type"],
            "billing": copy.deepcopy(flavor["billing"]),
            "flavor_info": info,
        }
    return resource, flavor, node_count


def _engine_of(requested: Any) -> JsonObj | None:
    """The answer's engine for a requested one (catalogue fields filled in); refuses unknown engines."""
    if not isinstance(requested, dict) or not requested:
        return None
    engine = {k: v for k, v in requested.items() if v is not None}
    if engine.get("image_url"):  # a custom image (with or without a preset framework): not checked
        return engine
    found = known_engine(engine)
    if found is None:
        if engine.get("engine_id") is not None:
            raise BadRequest(ENGINE_NOT_FOUND, f"AI engine(id:{engine['engine_id']}) not found.")
        if engine.get("engine_name") is not None or engine.get("engine_version") is not None:
            name, version = str(engine.get("engine_name", "")), str(engine.get("engine_version", ""))
            raise BadRequest(ENGINE_NOT_FOUND, f"AI engine(id:{name} {version}) not found.")
        return engine
    engine.update({k: found[k] for k in ("engine_id", "engine_name", "engine_version")})
    return engine


_PARAMETER_TEXT = ("name", "value", "description")
_CONSTRAINT_TEXT = ("type", "valid_type")
_CONSTRAINT_FLAGS = ("editable", "required", "sensitive")


def _parameter_from_algorithm(raw: Any) -> JsonObj | None:
    """A stored algorithm's parameter in the job's parameter shape (only the fields both share)."""
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
        return None
    out: JsonObj = {k: raw[k] for k in _PARAMETER_TEXT if isinstance(raw.get(k), str)}
    constraint = raw.get("constraint")
    if isinstance(constraint, dict):
        kept: JsonObj = {k: constraint[k] for k in _CONSTRAINT_TEXT if isinstance(constraint.get(k), str)}
        kept.update({k: constraint[k] for k in _CONSTRAINT_FLAGS if isinstance(constraint.get(k), bool)})
        valid_range = constraint.get("valid_range")
        if isinstance(valid_range, list) and all(isinstance(v, str) for v in valid_range):
            kept["valid_range"] = list(valid_range)
        out["constraint"] = kept
    return out


def _algorithm(ctx: Context, requested: JsonObj) -> JsonObj:
    """The answer's ``algorithm``: the request's, completed from a stored algorithm given by ``id``."""
    out: JsonObj = {k: copy.deepcopy(v) for k, v in requested.items() if v is not None and k != "environments"}
    if "engine" in out:
        engine = _engine_of(out.pop("engine"))
        if engine is not None:
            out["engine"] = engine
    algorithm_id = requested.get("id")
    if algorithm_id is not None:
        stored = ctx.store.get(ALGORITHM_KIND, str(algorithm_id))
        if stored is None:
            raise BadRequest(ALGORITHM_NOT_FOUND, f"algorithm not found (id {algorithm_id}).")
        metadata = _obj(stored.get("metadata"))
        config = _obj(stored.get("job_config"))
        if isinstance(metadata.get("name"), str) and not out.get("name"):
            out["name"] = metadata["name"]
        for key in ("code_dir", "boot_file", "command"):
            if isinstance(config.get(key), str) and not out.get(key):
                out[key] = config[key]
        if "engine" not in out and isinstance(config.get("engine"), dict):
            engine = {k: v for k, v in config["engine"].items() if isinstance(v, str)}
            if engine:
                out["engine"] = engine
        given = {p.get("name"): p for p in out.get("parameters", []) if isinstance(p, dict)}
        merged: list[JsonObj] = []
        for raw in config.get("parameters") or []:
            parameter = _parameter_from_algorithm(raw)
            if parameter is None:
                continue
            if parameter["name"] in given:
                parameter.update(given.pop(parameter["name"]))
            merged.append(parameter)
        merged.extend(p for p in out.get("parameters", []) if isinstance(p, dict) and p.get("name") in given)
        if merged or "parameters" in out:
            out["parameters"] = merged
    environments = _strings(requested.get("environments"))
    if environments:
        out["environments"] = [environments]  # an array of maps in the answer (errata 8)
    return out


@operation("create_training_job_v2")
def create_training_job_v2(ctx: Context) -> Reply:
    """Check the resources, engine and algorithm, store the job in phase Creating (201).

    ``tasks`` (heterogeneous jobs, "not implemented by the service yet") is ignored: ``spec`` decides.
    """
    body: JsonObj = ctx.body
    requested_meta: JsonObj = body["metadata"]
    name = str(requested_meta["name"])
    resource, flavor, node_count = _resource(body)
    requested_algorithm = _obj(body.get("algorithm"))
    exit_code = _exit_code(_strings(requested_algorithm.get("environments")))
    algorithm = _algorithm(ctx, requested_algorithm)
    if ctx.store.count(JOBS_BY_NAME, (name,)):
        raise BadRequest(DUPLICATE_JOB_NAME, f"Duplicate training job (name {name}).")

    now = ctx.clock.now_ms()
    job_id = ctx.new_uuid()
    workspace_id = str(requested_meta.get("workspace_id") or "0")
    metadata: JsonObj = {
        "id": job_id,
        "name": name,
        "description": str(requested_meta.get("description", "")),
        "create_time": now,
        "workspace_id": workspace_id,
        "user_name": _user_name(ctx),
    }
    if isinstance(requested_meta.get("annotations"), dict):
        metadata["annotations"] = _strings(requested_meta["annotations"])
    spec_request = _obj(body.get("spec"))
    spec: JsonObj = {"resource": resource}
    for key in ("volumes", "log_export_path", "schedule_policy"):
        if spec_request.get(key) is not None:
            spec[key] = copy.deepcopy(spec_request[key])
    answer: JsonObj = {"kind": str(body.get("kind") or "job"), "metadata": metadata, "algorithm": algorithm}
    answer["spec"] = spec
    endpoints = body.get("endpoints")
    if isinstance(endpoints, dict) and isinstance(endpoints.get("ssh"), dict):
        answer["endpoints"] = {"ssh": {"key_pair_names": list(endpoints["ssh"].get("key_pair_names") or [])}}

    queued = now + _ms(ctx, "training_v2_create", 2.0)
    running = queued + _ms(ctx, "training_v2_pending", 3.0)
    job: JsonObj = {
        "id": job_id,
        "name": name,
        "workspace_id": workspace_id,
        "create_time": now,
        "algorithm_name": str(algorithm.get("name", "")),
        "node_count": node_count,
        "flavor_type": str(flavor["flavor_type"]) if flavor is not None else "",
        "exit_code": exit_code,
        "timeline": {"queued": queued, "running": running, "end": running + _ms(ctx, "training_v2_run", 10.0)},
        "stop": None,
        "job": answer,
    }
    ctx.store.insert(JOB_KIND, job_id, job)
    return Reply(status=201, body=_view(job, now))


def _user_name(ctx: Context) -> str:
    credentials = getattr(ctx.extras.get("auth"), "credentials", None)
    user = getattr(credentials, "user", None)
    return user if isinstance(user, str) else ""


# --------------------------------------------------------------------------- get, update, delete, stop


@operation("get_training_job_v2")
def get_training_job_v2(ctx: Context) -> JsonObj:
    """One job with its status now; a job seen Completed for the first time writes its outputs to the
    local OBS, when the emulator has one (``training_output``)."""
    job = _load(ctx, ctx.path["training_job_id"])
    view = _view(job, ctx.clock.now_ms())
    if ctx.extras.get("obs") is not None and view["status"]["phase"] == "Completed" and not job.get("outputs_written"):
        name = str(job["job"]["metadata"].get("name", ""))
        if write_outputs(objects_of(ctx), job["id"], job["job"].get("algorithm") or {}, name):
            job["outputs_written"] = True
            ctx.store.update(JOB_KIND, job["id"], job)
    return view


@operation("update_training_job_description_v2")
def update_training_job_description_v2(ctx: Context) -> None:
    """Replace the description (an absent one clears it); 200 without a body."""
    job = _load(ctx, ctx.path["training_job_id"])
    body = ctx.body if isinstance(ctx.body, dict) else {}
    job["job"]["metadata"]["description"] = str(body.get("description") or "")
    ctx.store.update(JOB_KIND, job["id"], job)


@operation("delete_training_job_v2")
def delete_training_job_v2(ctx: Context) -> Reply:
    """Delete a job in any phase, with its logs, metrics and events (all derived from it); 202."""
    job = _load(ctx, ctx.path["training_job_id"])
    ctx.store.delete(JOB_KIND, job["id"])
    return Reply(status=202)


@operation("stop_training_job_v2")
def stop_training_job_v2(ctx: Context) -> Reply:
    """Terminate a Creating, Pending or Running job (202 with the job, Terminating); a job already
    terminating is answered as it is; a finished job cannot be terminated (409)."""
    job = _load(ctx, ctx.path["training_job_id"])
    action = str((ctx.body or {}).get("action_type", ""))
    if action != "terminate":
        raise BadRequest(
            INVALID_PARAM, f"Invalid parameter(action_type): only 'terminate' is supported, not {action!r}."
        )
    now = ctx.clock.now_ms()
    state = _state(job, now)
    if state.finished:
        raise Conflict(NOT_ALLOWED_TO_TERMINATE, f"The job cannot be terminated: it is {state.phase}.")
    if state.phase != "Terminating":
        job["stop"] = {"at": now, "done": now + _ms(ctx, "training_v2_stop", 2.0)}
        ctx.store.update(JOB_KIND, job["id"], job)
    return Reply(status=202, body=_view(job, now))


# --------------------------------------------------------------------------- search


_IGNORED_KEYS = frozenset({"user_id", "runtime_type"})
"""Filter keys the emulator accepts and does not apply (one user; no runtime types)."""
_OPERATORS: dict[str, frozenset[str]] = {
    "name": frozenset({"like", "in", "not"}),
    "algorithm_name": frozenset({"like", "in", "not"}),
    "phase": frozenset({"in", "not"}),
    "kind": frozenset({"in", "not"}),
    "create_time": frozenset({"between"}),
    "user_id": frozenset({"in", "not"}),
    "runtime_type": frozenset({"in", "not"}),
}


Predicate = Callable[[JsonObj, JsonObj], bool]
"""A search condition on (stored job, its view)."""


def _field(key: str) -> Callable[[JsonObj, JsonObj], str]:
    if key == "phase":
        return lambda job, view: str(view["status"]["phase"])
    if key == "kind":
        return lambda job, view: str(view["kind"])
    return lambda job, view: str(job.get(key, ""))


def _created_between(low: int | None, high: int | None) -> Predicate:
    def test(job: JsonObj, view: JsonObj) -> bool:
        created = int(job["create_time"])
        return (low is None or low <= created) and (high is None or created <= high)

    return test


def _matches(get: Callable[[JsonObj, JsonObj], str], operator: str, wanted: list[str]) -> Predicate:
    needles = [v.lower() for v in wanted]
    chosen = frozenset(wanted)

    def test(job: JsonObj, view: JsonObj) -> bool:
        value = get(job, view)
        if operator == "like":
            return any(n in value.lower() for n in needles)
        if operator == "in":
            return value in chosen
        return value not in chosen  # not

    return test


def _millis(text: str, position: str) -> int | None:
    if text.strip() == "":
        return None
    try:
        return int(text.strip())
    except ValueError:
        msg = f"Invalid parameter(create_time): {position} must be epoch ms, not {text!r}."
        raise BadRequest(INVALID_PARAM, msg) from None


def _predicates(filters: Any) -> list[Predicate]:
    """The search's conditions; a condition whose values are all empty is no condition (the
    reference's sample sends such placeholders)."""
    out: list[Predicate] = []
    for raw in filters or []:
        key, operator = raw.get("key"), raw.get("operator")
        values = [str(v) for v in raw.get("value") or []]
        if key not in _OPERATORS or operator not in _OPERATORS[key]:
            raise BadRequest(UNSUPPORTED_FILTER, f"Unsupported filtering item ({key} {operator}).")
        if key in _IGNORED_KEYS:
            continue
        if key == "create_time":
            if len(values) > 2:
                raise BadRequest(INVALID_PARAM, "Invalid parameter(create_time): between takes two values.")
            low = _millis(values[0], "the start") if values else None
            high = _millis(values[1], "the end") if len(values) > 1 else None
            if low is not None or high is not None:
                out.append(_created_between(low, high))
            continue
        wanted = [v for v in values if v != ""]
        if wanted:
            out.append(_matches(_field(key), operator, wanted))
    return out


def _sort_key(sort_by: str) -> Callable[[tuple[JsonObj, JsonObj]], Any]:
    if sort_by == "name":
        return lambda pair: str(pair[0]["name"]).lower()
    if sort_by == "create_time":
        return lambda pair: int(pair[0]["create_time"])
    if sort_by == "duration":
        return lambda pair: int(pair[1]["status"]["duration"])
    return lambda pair: str(pair[1]["status"]["phase"])  # phase


@operation("list_training_jobs_v2")
def list_training_jobs_v2(ctx: Context) -> JsonObj:
    """Filter, sort and page the jobs of a workspace; ``offset`` counts pages of ``limit`` jobs.

    Without an effective filter and sorted by a stored field (create_time, name), the page is read
    from an index; otherwise every job of the workspace is viewed, filtered and sorted, then paged.
    """
    body: JsonObj = ctx.body if isinstance(ctx.body, dict) else {}
    offset = int(body.get("offset") or 0)
    limit = int(body.get("limit") or DEFAULT_PAGE_SIZE)
    sort_by = str(body.get("sort_by") or "create_time")
    order = str(body.get("order") or "desc")
    workspace_id = str(body.get("workspace_id") or "0")
    if sort_by not in ("create_time", "name", "duration", "phase"):
        raise BadRequest(UNSUPPORTED_SORT, f"Unsupported sorting item ({sort_by}).")
    predicates = _predicates(body.get("filters"))
    now = ctx.clock.now_ms()
    descending = order == "desc"
    indexed = _SEARCH_ORDERS.get(sort_by)
    if indexed is not None and not predicates:
        jobs = ctx.store.select(indexed, (workspace_id,), offset=offset * limit, limit=limit, descending=descending)
        items = [_view(job, now) for job in jobs]
        count = ctx.store.count(indexed, (workspace_id,))
    else:
        pairs = [(job, _view(job, now)) for job in ctx.store.list(JOB_KIND) if _workspace(job) == workspace_id]
        pairs = [pair for pair in pairs if all(p(*pair) for p in predicates)]
        pairs.sort(key=_sort_key(sort_by), reverse=descending)
        items = [view for _, view in pairs[offset * limit : offset * limit + limit]]
        count = len(pairs)
    answer: JsonObj = {
        "total": ctx.store.count(_ALL_JOBS),
        "count": count,
        "limit": limit,
        "offset": offset,
        "sort_by": sort_by,
        "order": order,
        "group_by": str(body.get("group_by") or ""),
        "workspace_id": workspace_id,
        "ai_project": AI_PROJECT,
        "items": items,
    }
    return answer


# --------------------------------------------------------------------------- logs


def _stamp(ms: int) -> str:
    d = datetime.fromtimestamp(ms / 1000, tz=timezone.utc)
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}T{d.hour:02d}:{d.minute:02d}:{d.second:02d}Z"


def _loss(step: int, task: int) -> float:
    return 2.0 / (1.0 + 0.05 * step) + 0.001 * (task % 10)


def _step_line(run_start: int, task: int, step: int) -> str:
    return f"[{_stamp(run_start + step * 1000)}] [worker-{task}] step {step} loss={_loss(step, task):.4f}\n"


def _step_line_base(task: int) -> int:
    """Length of a step line without its step number's digits (every field but the step has a fixed
    width: the stamp is 20 characters, the loss below 10 has 6)."""
    return len(f"[{'0' * 20}] [worker-{task}] step  loss=0.0000\n")


def _digits_total(n: int) -> int:
    """Characters of the numbers 1..n written in decimal."""
    total, width, low = 0, 1, 1
    while low <= n:
        high = min(n, low * 10 - 1)
        total += (high - low + 1) * width
        width, low = width + 1, low * 10
    return total


@dataclass(frozen=True)
class _Log:
    """One task's log as it stands: a start line, ``steps`` step lines, maybe an end line."""

    start: str
    steps: int
    end: str
    run_start: int
    task: int

    def size(self) -> int:
        """Bytes of the whole log (UTF-8), without writing it out."""
        lines = len(self.start.encode()) + len(self.end.encode())
        return lines + self.steps * _step_line_base(self.task) + _digits_total(self.steps)

    def tail(self, window: int) -> bytes:
        """The last ``window`` bytes (or all), cut forward to a character boundary."""
        parts: list[str] = [self.end] if self.end else []
        collected = len(self.end.encode())
        step = self.steps
        while step >= 1 and collected < window:
            line = _step_line(self.run_start, self.task, step)
            parts.append(line)
            collected += len(line)
            step -= 1
        if step == 0 and collected < window:
            parts.append(self.start)
        data = "".join(reversed(parts)).encode()
        if len(data) <= window:
            return data
        cut = data[len(data) - window :]
        skip = 0
        while skip < len(cut) and cut[skip] & 0xC0 == 0x80:  # a UTF-8 continuation byte
            skip += 1
        return cut[skip:]


def _log(job: JsonObj, state: _State, task: int) -> _Log | None:
    if not state.ran:
        return None
    start = f"[{_stamp(state.run_start)}] [worker-{task}] training started: job {job['name']} ({job['id']})\n"
    end = ""
    if state.ended_at is not None:
        end = f"[{_stamp(state.ended_at)}] [worker-{task}] process exited with code {state.exit_code}\n"
    return _Log(start, state.run_ms // 1000, end, state.run_start, task)


@operation("get_training_task_log_preview_v2")
def get_training_task_log_preview_v2(ctx: Context) -> JsonObj | Reply:
    """The task's log, whole up to 5 MiB, else its most recent 5 MiB; 204 before the task starts."""
    job = _load(ctx, ctx.path["training_job_id"])
    task = _task_index(job, ctx.path["task_id"])
    state = _state(job, ctx.clock.now_ms())
    log = _log(job, state, task)
    if log is None:
        if not state.finished:
            return Reply(status=204)  # ModelArts.2776 NotReadyToFetchLog: nothing written yet
        return {"content": "", "current_size": 0, "full_size": 0}
    content = log.tail(PREVIEW_WINDOW_BYTES)
    return {"content": content.decode(), "current_size": len(content), "full_size": log.size()}


@operation("get_training_task_log_url_v2")
def get_training_task_log_url_v2(ctx: Context) -> JsonObj:
    """A temporary OBS-style link to the task's whole log (valid 5 minutes; not served)."""
    job = _load(ctx, ctx.path["training_job_id"])
    task_id = ctx.path["task_id"]
    _task_index(job, task_id)
    expires = ctx.clock.now_ms() // 1000 + 300
    digest = hashlib.sha256(f"{job['id']}/{task_id}/{expires}".encode()).hexdigest()[:32]
    url = (
        f"https://modelarts-training-log.obs.emulator.invalid/{ctx.project_id}/{job['id']}/{task_id}.log"
        f"?AWSAccessKeyId=EMULATOR&Expires={expires}&Signature={digest}"
    )
    if "octet-stream" in str(ctx.headers.get("content-type", "")):
        url += "&response-content-disposition=attachment"
    return {"obs_url": url}


# --------------------------------------------------------------------------- metrics


def _series(job: JsonObj, task: int, points: range) -> list[JsonObj]:
    flavor_type = str(job.get("flavor_type", ""))
    gpu, npu = flavor_type == "GPU", flavor_type == "Ascend"

    def values(formula: Callable[[int], float], present: bool = True) -> list[float]:
        return [round(formula(k), 3) if present else -1.0 for k in points]

    return [
        {"metric": "cpuUsage", "value": values(lambda k: 35.0 + 15.0 * math.sin(0.7 * k + task))},
        {"metric": "memUsage", "value": values(lambda k: 10.0 + 30.0 * (1 - math.exp(-k / 6.0)) + task % 5)},
        {"metric": "gpuUtil", "value": values(lambda k: 70.0 + 20.0 * math.sin(0.5 * k + task), gpu)},
        {"metric": "gpuMemUsage", "value": values(lambda k: 20.0 + 40.0 * (1 - math.exp(-k / 4.0)), gpu)},
        {"metric": "npuUtil", "value": values(lambda k: 70.0 + 20.0 * math.cos(0.5 * k + task), npu)},
        {"metric": "npuMemUsage", "value": values(lambda k: 20.0 + 40.0 * (1 - math.exp(-k / 4.0)), npu)},
    ]


@operation("get_training_task_metrics_v2")
def get_training_task_metrics_v2(ctx: Context) -> JsonObj | Reply:
    """One point per 10 s of running per series (latest hour); 204 before the first point."""
    job = _load(ctx, ctx.path["training_job_id"])
    task = _task_index(job, ctx.path["task_id"])
    state = _state(job, ctx.clock.now_ms())
    count = state.run_ms // METRIC_PERIOD_MS
    if count == 0 and not state.finished:
        return Reply(status=204)  # ModelArts.2777 NotReadyToFetchMetric
    points = range(max(1, count - MAX_METRIC_POINTS + 1), count + 1)
    return {"metrics": _series(job, task, points)}


# --------------------------------------------------------------------------- events


@dataclass(frozen=True)
class _Event:
    ms: int
    level: str
    source: str
    message: str


def _events(job: JsonObj, state: _State, now: int) -> Iterator[_Event]:
    """The job's events up to ``now``, oldest first (ties in the order they happened)."""
    timeline = job["timeline"]
    tasks = _tasks(job)
    pod = f"modelarts-job-{job['id']}"
    happened = min(now, state.horizon)
    yield _Event(int(job["create_time"]), "Info", "Job", "Training job created.")
    if int(timeline["queued"]) <= happened:
        yield _Event(int(timeline["queued"]), "Info", "Job", "Training job is queuing for resources.")
    if state.ran:
        start = state.run_start
        for task in tasks:
            yield _Event(start, "Info", "K8S", f"[Pod: {pod}-{task}] Started: Started container")
        yield _Event(start, "Info", "Job", "Training job is running.")
        for task in tasks:
            yield _Event(start, "Info", "Task", f"[{task}] training started.")
    stop = job.get("stop")
    if stop:
        yield _Event(int(stop["at"]), "Info", "Job", "Training job is terminating.")
        yield _Event(
            int(stop["at"]), "Info", "K8S", f"[Job: {pod}] ExecuteAction: Start to execute action TerminateJob"
        )
    if state.ended_at is None:
        return
    failed = state.exit_code != 0
    if state.ran:
        level = "Warning" if stop else "Error" if failed else "Info"
        for task in tasks:
            yield _Event(state.ended_at, level, "Task", f"[{task}] Training finished. Exit code {state.exit_code}.")
    if stop:
        yield _Event(state.ended_at, "Warning", "Job", "Training job terminated.")
    elif failed:
        yield _Event(state.ended_at, "Error", "Job", "Training job failed.")
    else:
        yield _Event(state.ended_at, "Info", "Job", "Training job completed.")


def _iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc).isoformat(timespec="seconds")


def _window_ms(text: str, name: str) -> int:
    """A time-window bound: epoch milliseconds (the reference's sample) or ISO 8601 with an offset."""
    value = text.strip()
    if value.lstrip("-").isdigit() and value.isascii() and len(value) <= 19:  # within int64
        return int(value)
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        msg = f"Invalid parameter({name}): epoch milliseconds or ISO 8601, not {text!r}."
        raise BadRequest(INVALID_PARAM, msg) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return int(moment.timestamp() * 1000)


@operation("list_training_job_events_v2")
def list_training_job_events_v2(ctx: Context) -> JsonObj:
    """The job's events, filtered (level, source, pattern, time window), ordered, then ``offset``
    records skipped and ``limit`` taken."""
    job = _load(ctx, ctx.path["training_job_id"])
    q = ctx.query
    order = str(q.get("order") or "desc").lower()
    if order not in ("asc", "desc"):
        raise BadRequest(INVALID_PARAM, f"Invalid parameter(order): asc or desc, not {q.get('order')!r}.")
    start_text, end_text = q.get("start_time"), q.get("end_time")
    if (start_text is None) != (end_text is None):
        raise BadRequest(INVALID_PARAM, "Invalid parameter(start_time, end_time): give both or neither.")
    now = ctx.clock.now_ms()
    events = list(_events(job, _state(job, now), now))
    answer: JsonObj = {}
    if start_text is not None and end_text is not None:
        low, high = _window_ms(str(start_text), "start_time"), _window_ms(str(end_text), "end_time")
        events = [e for e in events if low <= e.ms <= high]
        answer_window = (_iso_or_text(low, str(start_text)), _iso_or_text(high, str(end_text)))
    else:
        answer_window = None
    if q.get("level"):
        events = [e for e in events if e.level == str(q["level"])]
    if q.get("source"):
        events = [e for e in events if e.source == str(q["source"])]
    if q.get("pattern"):
        needle = str(q["pattern"]).lower()
        events = [e for e in events if needle in e.message.lower()]
    if order == "desc":
        events.reverse()
    offset, limit = int(q.get("offset") or 0), int(q.get("limit") or 50)
    page = events[offset : offset + limit]
    answer.update({"total": len(events), "limit": limit, "offset": offset, "order": order})
    if answer_window is not None:
        answer["start_time"], answer["end_time"] = answer_window
    answer["events"] = [{"time": _iso(e.ms), "level": e.level, "message": e.message, "source": e.source} for e in page]
    return answer


def _iso_or_text(ms: int, text: str) -> str:
    """A window bound echoed as ISO 8601 (as the sample), or as sent when it is no date we can write."""
    try:
        return _iso(ms)
    except (OverflowError, OSError, ValueError):
        return text
