"""Service tasks (``/v1/{project_id}/services/{service_id}/tasks``): analysis jobs of an edge service.

A task reads video streams or files (its ``input``), runs the service's algorithm on them and sends the
results to OBS, DIS or a webhook (its ``output``). The reference documents the six operations and the
status names but not the lifecycle, so the emulator's is a plain one, computed at read time from the
task's last action on the clock, like every other lifecycle here:

==========  ===================================================  ====================================
action      status while it lasts                                then
==========  ===================================================  ====================================
create      PENDING, then STARTING (``service_task_start``)       RUNNING
start       STARTING (``service_task_start``)                     RUNNING
stop        STOPPING (``service_task_stop``)                      STOPPED
==========  ===================================================  ====================================

A task on files in OBS (``input.type`` ``obs``) is SUCCEEDED once it has been RUNNING for
``service_task_run`` seconds; a task on a stream (every other input type) runs until stopped.

Rules, and what breaks them:

* the service must exist in the project (404 ``ModelArts.3502``, the reference's code) and be an
  ``edge`` service, the only kind the reference gives tasks to (409 ``ModelArts.0105`` otherwise);
* a task id of another service, or none, is 404 ``ModelArts.0102``; a deleted task is gone at once;
* start is refused while the task is PENDING, STARTING or RUNNING and stop once it is STOPPING,
  STOPPED or SUCCEEDED (409 ``ModelArts.0105``): the state forbids them, the request is valid;
* a scheduled task takes no OBS input (400 ``ModelArts.0107``, a rule of the request alone, which the
  schema cannot state). The reference also says a scheduled task's URL must be RTMP or RTSP, but its
  own scheduled sample reads an ``https`` stream, so that rule is not enforced;
* one task per entry of ``input.data`` (the create answer is a list of ids), each keeping its entry.

The VCN ``password`` is neither stored nor returned: the emulator has no use for it, and a state file
must hold no credential. Deleting a service deletes its tasks.

State: kind ``service_task``, keyed by task id (32 hex digits, as the reference's ids).
"""

from __future__ import annotations

import copy
from datetime import datetime, timezone
from typing import Any

from ..framework import (
    INVALID_PARAMETER_CODE,
    NOT_FOUND_CODE,
    NOT_PERMITTED_CODE,
    BadRequest,
    Conflict,
    Context,
    JsonObj,
    NotFound,
    operation,
    paginate,
    sort_items,
    stage_at,
)
from ..framework import index as declare_index
from .services import KIND as SERVICE_KIND
from .services import SERVICE_NOT_FOUND
from .workspaces import int_param

__all__ = ["KIND", "delete_tasks_of", "task_state"]

KIND = "service_task"
DEFAULT_START_S = 2.0
DEFAULT_STOP_S = 1.0
DEFAULT_RUN_S = 10.0
_CAN_START = frozenset({"STOPPED", "SUCCEEDED", "FAILED", "START_FAILED"})
_CAN_STOP = frozenset({"PENDING", "STARTING", "RUNNING"})

BY_SERVICE = declare_index(KIND, "by_service", lambda task: (str(task["service_id"]), int(task["created_ms"])))
"""A service's tasks in creation order (the list, and the cascade when the service is deleted)."""


def _iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _finite(task: JsonObj) -> bool:
    """Whether the task's input ends (files in OBS) rather than streams until stopped."""
    return bool(task["input"].get("type") == "obs")


def task_state(ctx: Context, task: JsonObj) -> str:
    """The status a stored task shows now (see the module docstring)."""
    action, since = task["action"], int(task["action_ms"])
    elapsed = ctx.elapsed(since)
    start_s = ctx.duration("service_task_start", DEFAULT_START_S)
    if action == "stop":
        return stage_at(elapsed, [(0, "STOPPING"), (ctx.duration("service_task_stop", DEFAULT_STOP_S), "STOPPED")])
    stages: list[tuple[float, str]] = (
        [(0, "PENDING"), (start_s / 2, "STARTING")] if action == "create" else [(0, "STARTING")]
    )
    stages.append((start_s, "RUNNING"))
    if _finite(task):
        stages.append((start_s + ctx.duration("service_task_run", DEFAULT_RUN_S), "SUCCEEDED"))
    return stage_at(elapsed, stages)


def _service(ctx: Context) -> JsonObj:
    service_id = ctx.path["service_id"]
    svc = ctx.store.get(SERVICE_KIND, service_id)
    if svc is None:
        raise NotFound(SERVICE_NOT_FOUND, f"Service {service_id} does not exist.")
    return svc


def _task(ctx: Context) -> JsonObj:
    _service(ctx)
    task_id = ctx.path["task_id"]
    task = ctx.store.get(KIND, task_id)
    if task is None or task["service_id"] != ctx.path["service_id"]:
        raise NotFound(NOT_FOUND_CODE, f"Task {task_id} does not exist.")
    return task


def _view(ctx: Context, task: JsonObj) -> JsonObj:
    out: JsonObj = {
        key: copy.deepcopy(task[key])
        for key in ("id", "name", "service_id", "service_name", "project_id", "creator", "input", "output")
    }
    for key in ("description", "schedule", "config"):
        if key in task:
            out[key] = copy.deepcopy(task[key])
    out["created_at"] = _iso(int(task["created_ms"]))
    out["updated_at"] = _iso(int(task["action_ms"]))
    state = task_state(ctx, task)
    out["state"] = state
    if "schedule" in task:
        out["schedule_status"] = "INACTIVATED" if state in ("STOPPING", "STOPPED") else "ACTIVATED"
    return out


def _check_schedule(body: JsonObj) -> None:
    if body.get("schedule") is not None and body["input"]["type"] == "obs":
        raise BadRequest(INVALID_PARAMETER_CODE, "Invalid argument: a scheduled task takes no OBS input.")


@operation("create_service_task")
def create_service_task(ctx: Context) -> JsonObj:
    body: JsonObj = ctx.body or {}
    svc = _service(ctx)
    if svc["infer_type"] != "edge":
        raise Conflict(
            NOT_PERMITTED_CODE, f"Service {svc['service_id']} is {svc['infer_type']}; only edge services run tasks."
        )
    _check_schedule(body)
    now = ctx.clock.now_ms()
    stored_input = {key: copy.deepcopy(value) for key, value in body["input"].items() if key != "vcn"}
    vcn = body["input"].get("vcn")
    if isinstance(vcn, dict):
        stored_input["vcn"] = {key: value for key, value in vcn.items() if key != "password"}
    created = []
    for entry in body["input"]["data"]:
        task_id = ctx.new_uuid().replace("-", "")
        task: JsonObj = {
            "id": task_id,
            "name": body["name"],
            "service_id": svc["service_id"],
            "service_name": svc["service_name"],
            "project_id": ctx.project_id,
            "creator": "emulator",
            "input": {**stored_input, "data": [copy.deepcopy(entry)]},
            "output": copy.deepcopy(body["output"]),
            "created_ms": now,
            "action": "create",
            "action_ms": now,
        }
        for key in ("description", "schedule", "config", "source_usage_estimate"):
            if body.get(key) is not None:
                task[key] = copy.deepcopy(body[key])
        ctx.store.insert(KIND, task_id, task)
        created.append({"id": task_id})
    return {"tasks": created}


def _matches(ctx: Context, task: JsonObj, view: JsonObj) -> bool:
    query = ctx.query
    if query.get("state") and view["state"] != str(query["state"]):
        return False
    if query.get("name_like") and str(query["name_like"]).lower() not in str(task["name"]).lower():
        return False
    if query.get("id") and task["id"] != str(query["id"]):
        return False
    since, until = query.get("created_since"), query.get("created_until")
    if since is not None and int(task["created_ms"]) < int_param(since, 0):
        return False
    return not (until is not None and int(task["created_ms"]) > int_param(until, 0))


@operation("list_service_tasks")
def list_service_tasks(ctx: Context) -> JsonObj:
    """Filter, sort (default: newest first) and page by records; ``count`` is the number that matched."""
    svc = _service(ctx)
    tasks = ctx.store.select(BY_SERVICE, (svc["service_id"],))
    views = [view for task in tasks if _matches(ctx, task, view := _view(ctx, task))]
    sort_key = str(ctx.query.get("sort_key") or "created_at")
    ordered = sort_items(views, sort_key, str(ctx.query.get("sort_dir") or "desc"))
    limit = int_param(ctx.query.get("limit"), 0)  # none, or not positive: every task from the offset on
    page = paginate(ordered, start=int_param(ctx.query.get("offset"), 0), size=max(limit, 0))
    return {"count": len(views), "tasks": page}


@operation("get_service_task")
def get_service_task(ctx: Context) -> JsonObj:
    return _view(ctx, _task(ctx))


def _act(ctx: Context, task: JsonObj, action: str) -> None:
    task["action"], task["action_ms"] = action, ctx.clock.now_ms()
    ctx.store.update(KIND, task["id"], task)


@operation("start_service_task")
def start_service_task(ctx: Context) -> None:
    task = _task(ctx)
    state = task_state(ctx, task)
    if state not in _CAN_START:
        raise Conflict(NOT_PERMITTED_CODE, f"Task {task['id']} is {state}; it can be started once it has stopped.")
    _act(ctx, task, "start")


@operation("stop_service_task")
def stop_service_task(ctx: Context) -> None:
    task = _task(ctx)
    state = task_state(ctx, task)
    if state not in _CAN_STOP:
        raise Conflict(NOT_PERMITTED_CODE, f"Task {task['id']} is {state}; only a pending or running task stops.")
    _act(ctx, task, "stop")


@operation("delete_service_task")
def delete_service_task(ctx: Context) -> None:
    ctx.store.delete(KIND, _task(ctx)["id"])


def delete_tasks_of(ctx: Context, service_id: str) -> int:
    """Delete every task of a service (its own deletion); returns how many there were."""
    tasks: list[Any] = ctx.store.select(BY_SERVICE, (service_id,), fields=("id",))
    for task in tasks:
        ctx.store.delete(KIND, str(task["id"]))
    return len(tasks)
