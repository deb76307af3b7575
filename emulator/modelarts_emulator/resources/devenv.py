"""Development environment (notebook) instances (reference chapter 4).

Why a stored ``phase``: an instance's status follows its last action -- ``create`` (CREATING ->
RUNNING), ``start``/``restart`` (STARTING -> RUNNING), ``stop`` (STOPPING -> STOPPED) -- computed
from the clock at read time (``lifecycle.devenv_status``).  With auto-stop enabled a running
instance becomes STOPPED once its ``duration`` has elapsed.  Errors use the chapter's own codes
(ModelArts.63xx) and the ``ErrorMsg`` body.
"""

from __future__ import annotations

import copy
from typing import Any

from ..framework import Conflict, Context, IndexKey, JsonObj, NotFound, index, operation, paginate, sort_items
from ..lifecycle import devenv_status

__all__ = [
    "KIND",
    "create_devenv_instance",
    "delete_devenv_instance",
    "get_devenv_instance",
    "list_devenv_instances",
    "manage_devenv_instance",
    "update_devenv_instance",
]

KIND = "devenv_instance"
CODE_EXISTS = "ModelArts.6301"
CODE_NOT_FOUND = "ModelArts.6309"
CODE_RUNNING = "ModelArts.6305"
CODE_STARTING = "ModelArts.6306"
CODE_STOPPED = "ModelArts.6307"
CODE_STOPPING = "ModelArts.6308"
CODE_NOT_RUNNING = "ModelArts.6327"

_PROFILES: dict[str, tuple[str, str, str]] = {
    # profile_id -> (name, description, flavor type)
    "Python2": ("Python2", "python 2.7 for notebook", "CPU"),
    "Python2-gpu": ("Python2", "gpu, python 2.7 for notebook", "GPU"),
    "Python3": ("Python3", "multi engine, python 3.6 for notebook", "CPU"),
    "Python3-gpu": ("Python3", "multi engine, gpu, python 3.6 for notebook", "GPU"),
    "TF-2.1.0&Pytorch-1.4.0-python3.6": ("TF-2.1.0&Pytorch-1.4.0-python3.6", "tf 2.1 and pytorch 1.4", "GPU"),
}


def _by_name(instance: JsonObj) -> IndexKey:
    return (str(instance["name"]),)


BY_NAME = index(KIND, "by_name", _by_name)
"""Instances by exact name: a create checks the name without reading every instance."""


def _profile(profile_id: str) -> JsonObj:
    name, description, flavor_type = _PROFILES[profile_id]
    image = "mul-kernel-gpu-cuda-cp36" if flavor_type == "GPU" else "mul-kernel-cpu-cp36"
    return {
        "id": profile_id,
        "name": name,
        "description": description,
        "de_type": "Notebook",
        "flavor_type": flavor_type,
        "provision": {
            "type": "Docker",
            "spec": {
                "engine": "CCE",
                "params": {"image_name": image, "image_tag": "2.0.5-B003", "namespace": "atelier"},
            },
            "annotations": {"category": "Multi-Engine (Recommend)", "type": "system"},
        },
    }


def _flavor_details(flavor: str) -> JsonObj:
    gpu = "gpu" in flavor.lower()
    ascend = "ascend" in flavor.lower() or "d310" in flavor.lower()
    params: JsonObj = {"CPU": 8, "memory": "64GiB"} if gpu else {"CPU": 2, "memory": "8GiB"}
    if gpu:
        params.update({"GPU": 1, "gpu_type": flavor.rsplit(".", 1)[-1]})
    return {
        "name": flavor,
        "status": "onSale",
        "type": "ASCEND" if ascend else "GPU" if gpu else "CPU",
        "params": params,
        "storage_list": ["obs", "evs"],
        "promo_type": "Free" if flavor.endswith(".free") else "NoDiscount",
    }


def _status(ctx: Context, inst: JsonObj) -> str:
    elapsed = ctx.elapsed(int(inst["phase_ms"]))
    status = devenv_status(str(inst["phase"]), elapsed, ctx.durations)
    auto_stop = inst["spec"].get("auto_stop") or {}
    limit = float(auto_stop.get("duration") or 0) if auto_stop.get("enable") else 0.0
    if status == "RUNNING" and limit and elapsed >= ctx.duration("devenv_start") + limit:
        return "STOPPED"
    return status


def _view(ctx: Context, inst: JsonObj) -> JsonObj:
    out = copy.deepcopy(inst)
    status = _status(ctx, inst)
    phase_ms = int(out.pop("phase_ms"))
    out.pop("phase", None)
    out["status"] = status
    auto_stop = out["spec"].get("auto_stop")
    if auto_stop and auto_stop.get("enable") and auto_stop.get("duration") and status == "RUNNING":
        stop_ms = phase_ms + int((ctx.duration("devenv_start") + float(auto_stop["duration"])) * 1000)
        auto_stop["stop_timestamp"] = stop_ms
        auto_stop["remain_time"] = max(0, (stop_ms - ctx.clock.now_ms()) // 1000)
    return out


def _load(ctx: Context) -> JsonObj:
    inst = ctx.store.get(KIND, ctx.path["instance_id"])
    if inst is None:
        raise NotFound(CODE_NOT_FOUND, f"instance {ctx.path['instance_id']} does not exist")
    return inst


@operation("create_devenv_instance")
def create_devenv_instance(ctx: Context) -> dict[str, Any]:
    """Create a notebook instance (CREATING, then RUNNING); names are unique per project."""
    body: JsonObj = ctx.body
    name = str(body["name"])
    if ctx.store.count(BY_NAME, (name,)):
        raise Conflict(CODE_EXISTS, f"an instance named {name!r} already exists")
    storage = body["spec"]["storage"]
    location = dict(storage.get("location") or {})
    # The spec's oneOf (obs: location.path required, ending with /; evs) has already been checked.
    if storage["type"] != "obs":
        location.setdefault("path", "/home/ma-user/work")
        location.setdefault("volume_size", 5)
        location["volume_unit"] = "GB"
    now = ctx.clock.now_ms()
    spec: JsonObj = {
        "storage": {"type": storage["type"], "location": location},
        "annotations": {
            "target_domain": "https://modelarts-notebook.emulator.local",
            "url": "",
            **{str(k): str(v) for k, v in (body["spec"].get("annotations") or {}).items()},
        },
        "extend_params": None,
        "repository": None,
    }
    if body["spec"].get("auto_stop") is not None:
        auto_stop = dict(body["spec"]["auto_stop"])
        auto_stop.setdefault("prompt", True)
        spec["auto_stop"] = auto_stop
    inst: JsonObj = {
        "id": f"DE-{ctx.new_uuid()}",
        "name": name,
        "description": str(body.get("description", "")),
        "creation_timestamp": str(now),
        "latest_update_timestamp": str(now),
        "profile": _profile(str(body["profile_id"])),
        "flavor": str(body["flavor"]),
        "flavor_details": _flavor_details(str(body["flavor"])),
        "spec": spec,
        "workspace": {"id": str((body.get("workspace") or {}).get("id", "0"))},
        "ai_project": {"id": "default-ai-project"},
        "user": {"id": "emulator-user-id", "name": "emulator"},
        "phase": "create",
        "phase_ms": now,
    }
    ctx.store.insert(KIND, inst["id"], inst)
    return _view(ctx, inst)


@operation("list_devenv_instances")
def list_devenv_instances(ctx: Context) -> dict[str, Any]:
    """Filter, sort (``sortby``/``order``) and slice (``offset`` records, ``limit`` 0 = all)."""
    q = ctx.query
    items = [_view(ctx, i) for i in ctx.store.list(KIND)]
    items = [i for i in items if i["profile"]["de_type"] == q.get("de_type")]
    if q.get("provision_type"):
        items = [i for i in items if i["profile"]["provision"]["type"] == q["provision_type"]]
    if q.get("status"):
        items = [i for i in items if i["status"] == q["status"]]
    if q.get("workspace_id"):
        items = [i for i in items if i["workspace"]["id"] == q["workspace_id"]]
    if q.get("ai_project"):
        items = [i for i in items if i["ai_project"]["id"] == q["ai_project"]]
    if q.get("pool_id"):
        items = [i for i in items if (i.get("pool") or {}).get("id") == q["pool_id"]]
    sortby = str(q.get("sortby", "name"))
    for item in items:
        item["_sort"] = int(item["creation_timestamp"]) if sortby == "creation_timestamp" else item["name"]
    items = sort_items(items, "_sort", str(q.get("order", "asc")))
    for item in items:
        item.pop("_sort")
    sliced = paginate(items, start=int(q.get("offset", 0)), size=int(q.get("limit", 0)))
    return {"total_count": len(items), "instances": sliced}


@operation("get_devenv_instance")
def get_devenv_instance(ctx: Context) -> dict[str, Any]:
    """One instance with its current status."""
    return _view(ctx, _load(ctx))


@operation("update_devenv_instance")
def update_devenv_instance(ctx: Context) -> dict[str, Any]:
    """Change the description and/or the auto-stop settings."""
    inst = _load(ctx)
    body: JsonObj = ctx.body or {}
    if "description" in body:
        inst["description"] = str(body["description"])
    auto_stop = (body.get("spec") or {}).get("auto_stop")
    if auto_stop is not None:
        merged = {**(inst["spec"].get("auto_stop") or {}), **auto_stop}
        merged.pop("stop_timestamp", None)
        merged.pop("remain_time", None)
        inst["spec"]["auto_stop"] = merged
    inst["latest_update_timestamp"] = str(ctx.clock.now_ms())
    ctx.store.update(KIND, inst["id"], inst)
    return _view(ctx, inst)


@operation("delete_devenv_instance")
def delete_devenv_instance(ctx: Context) -> dict[str, Any]:
    """Remove the instance (in any status)."""
    inst = _load(ctx)
    ctx.store.delete(KIND, inst["id"])
    return {"instance_id": inst["id"]}


@operation("manage_devenv_instance")
def manage_devenv_instance(ctx: Context) -> dict[str, Any]:
    """``start``/``stop``/``restart`` (``queue``/``dequeue`` leave a non-queued instance as it is).

    An action the instance's current status forbids is a state conflict: 409 with the chapter's
    own code (6305 already running, 6306 starting, 6307 already stopped, ...), not a 400 -- the
    request itself is valid.
    """
    inst = _load(ctx)
    action = str(ctx.body["action"])
    current = _status(ctx, inst)
    if action == "start":
        if current == "RUNNING":
            raise Conflict(CODE_RUNNING, "the instance is already running")
        if current in ("CREATING", "STARTING"):
            raise Conflict(CODE_STARTING, "the instance is starting; try again later")
        if current == "STOPPING":
            raise Conflict(CODE_STOPPING, "the instance is stopping; try again later")
        inst["phase"] = "start"
    elif action == "stop":
        if current == "STOPPED":
            raise Conflict(CODE_STOPPED, "the instance is already stopped")
        if current == "STOPPING":
            raise Conflict(CODE_STOPPING, "the instance is already stopping")
        if current in ("CREATING", "STARTING"):
            raise Conflict(CODE_STARTING, "the instance is starting; try again later")
        inst["phase"] = "stop"
    elif action == "restart":
        if current not in ("RUNNING", "STOPPED"):
            raise Conflict(CODE_NOT_RUNNING, f"an instance in status {current} cannot be restarted")
        inst["phase"] = "restart"
    else:
        return {"current_status": current, "previous_state": current}
    now = ctx.clock.now_ms()
    inst["phase_ms"] = now
    inst["latest_update_timestamp"] = str(now)
    ctx.store.update(KIND, inst["id"], inst)
    return {"current_status": _status(ctx, inst), "previous_state": current}
