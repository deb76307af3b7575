"""Chapter 7 of the reference: model services, their flavors and the dedicated resource pools.

Why it looks the way it does:

* A service deploys models that must exist (404 ``ModelArts.3507``), be ``published``
  (``ModelArts.3515``) and allow the service's ``infer_type`` (``ModelArts.3589``).  The config
  items are checked against the shape of that ``infer_type`` here, because the spec can only say
  ``anyOf`` (the discriminator sits outside the item).
* Statuses are lazy, computed at read time from a list of *segments* stored on the service: a
  ``deploy`` segment (creation, start, or a config update of a live service) is ``deploying`` for
  ``durations["service_deploy"]`` seconds, then ``running``; a batch service then runs for
  ``durations["service_batch_run"]`` seconds and is ``finished``; a real-time service with a
  ``stop`` schedule becomes ``stopped`` at its ``due_time``; a ``stop`` segment is ``stopped``.
  Deploying on a sold-out flavor (``spec_status: sellout`` in the flavor list) ends ``failed``
  with ``error_msg``, which gives clients a failure path for their waiters.
* Event logs and update logs are derived from the same segments (plus node start/stop events
  recorded as they happen), so they always agree with the status a client sees.
* Dedicated resource pools cannot be created through this API, so every project sees the same
  fixed pools (:data:`CLUSTERS`); the ids of the reference's samples are among them so the
  samples work against the emulator.

Status codes: a refusal caused by the current state or the kind of an existing resource (still
deploying, not yet published, a pool that is not running, a model not installable for this service
type, a node action on a service that is not an edge one) is 409, the framework's ``Conflict``; a rule
the request alone breaks is 400; what the reference forbids outright (``ModelArts.0105``/``0108``)
is 403; a missing resource, including one the body names, is 404.  Why 409 and not 400 for the
second kind: the request itself is valid (another model or service would be accepted), and the
reference gives no status for these codes.

State: kind ``service``, keyed by service id.
"""

from __future__ import annotations

import copy
import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from modelarts_emulator.framework import (
    INVALID_PARAMETER_CODE,
    BadRequest,
    Conflict,
    Context,
    Forbidden,
    Index,
    IndexKey,
    JsonObj,
    NotFound,
    operation,
)
from modelarts_emulator.framework import index as declare_index
from modelarts_emulator.resources.models import install_types, load_model, model_status, tenant_id
from modelarts_emulator.resources.pools_v2 import pool_by_name
from modelarts_emulator.resources.workspaces import (
    DEFAULT_WORKSPACE_ID,
    bool_param,
    int_param,
    page_of,
    require_usable_workspace,
    select_page_of,
    sort_records,
)

__all__ = ["CLUSTERS", "INFER_PREFIX", "KIND", "SPECIFICATIONS", "access_address", "service_status"]

INFER_PREFIX = "/v1/infers"
"""Path prefix of inference requests to real-time services (``inference.py``)."""

KIND = "service"
SERVICE_NOT_FOUND = "ModelArts.3502"
SERVICE_EXISTS = "ModelArts.3503"
SERVICE_BAD_STATE = "ModelArts.3519"
MODEL_NOT_FOUND = "ModelArts.3507"
MODEL_NOT_PUBLISHED = "ModelArts.3515"
SAME_MODEL_VERSIONS = "ModelArts.3516"
MODEL_WRONG_KIND = "ModelArts.3589"
CLUSTER_NOT_FOUND = "ModelArts.3547"
NODE_NOT_DEPLOYED = "ModelArts.3512"
NODE_UPDATE_FAILED = "ModelArts.3513"
NOT_PERMITTED = "ModelArts.0105"
NOT_AUTHORIZED = "ModelArts.0108"

BATCH_RUN_SECONDS = 10.0
"""Default of ``durations["service_batch_run"]``: how long a batch service's task runs."""

_UNIT_MS = {"DAYS": 86_400_000, "HOURS": 3_600_000, "MINUTES": 60_000}


def _by_name(svc: JsonObj) -> IndexKey:
    return (str(svc["service_name"]),)


def _by_workspace_published(svc: JsonObj) -> IndexKey:
    return (str(svc["workspace_id"]), int(svc["publish_at"]))


def _by_workspace_name(svc: JsonObj) -> IndexKey:
    return (str(svc["workspace_id"]), str(svc["service_name"]))


BY_NAME = declare_index(KIND, "by_name", _by_name)
"""Services by exact name: names are unique in a project."""
_LIST_ORDERS: dict[str, Index] = {
    # sort_by values, read from an index when nothing else filters: sort_records' order (equal keys
    # in insertion order) within a workspace.
    "publish_at": declare_index(KIND, "by_workspace_published", _by_workspace_published),
    "service_name": declare_index(KIND, "by_workspace_name", _by_workspace_name),
}
_LIST_FILTERS = ("service_id", "service_name", "model_id", "infer_type", "status", "tags")
_SERVICE_FIELDS = (
    "cluster_id",
    "schedule",
    "additional_properties",
    "pool_name",
    "load_balancer_policy",
    "priority",
    "service_secrets",
)
"""Top-level create fields a service keeps as sent (``update_service`` may change the last four
that it accepts: ``additional_properties``, ``load_balancer_policy``, ``priority``,
``service_secrets``)."""


@dataclass(frozen=True)
class _Accelerator:
    """One kind of GPU or NPU card: what the flavor list's ``gpu_info``/``npu_info`` and the monitor's
    accelerator memory figures are computed from."""

    brand: str
    version: str
    memory_gb: int
    """Memory of one whole card, in GB."""


_P4 = _Accelerator("NVIDIA", "P4", 8)
_T4 = _Accelerator("NVIDIA", "T4", 16)
_P3 = _Accelerator("NVIDIA", "V100", 32)
_P2 = _Accelerator("NVIDIA", "P100", 16)
_A310 = _Accelerator("Huawei", "Ascend 310", 8)


@dataclass(frozen=True)
class _Flavor:
    """A deployment flavor: what list_service_specifications shows and what an instance gets.

    ``gpu`` is a share of one ``gpu_card`` (``0.25`` of a P4 has 2 GB of its memory); ``npu`` whole
    ``npu_card`` chips.  The cards are plausible for the names (the reference lists no hardware), so
    the flavor details and the monitor figures are deterministic and agree with each other.
    """

    name: str
    cpu: float
    memory: int
    gpu: float
    infer_types: tuple[str, ...] = ("real-time", "batch", "edge")
    is_open: bool = True
    sold_out: bool = False
    is_free: bool = False
    source_type: str | None = None
    gpu_card: _Accelerator | None = None
    npu: int = 0
    npu_card: _Accelerator | None = None
    arch: str = "x86"

    @property
    def category(self) -> str:
        """``CPU``, ``GPU`` or ``NPU`` as in the current edition's sample; ``custom`` says ``CUSTOM``."""
        if self.name == "custom":
            return "CUSTOM"
        if self.npu:
            return "NPU"
        return "GPU" if self.gpu else "CPU"

    @property
    def gpu_memory_mb(self) -> int:
        """GPU memory one instance gets, in MB (its share of the card)."""
        return round(self.gpu * self.gpu_card.memory_gb * 1024) if self.gpu_card is not None else 0

    @property
    def npu_memory_mb(self) -> int:
        """NPU memory one instance gets, in MB."""
        return self.npu * self.npu_card.memory_gb * 1024 if self.npu_card is not None else 0


_RT = ("real-time",)
_RT_BATCH = ("real-time", "batch")
SPECIFICATIONS: tuple[_Flavor, ...] = (
    _Flavor("modelarts.vm.cpu.2u", 2, 8192, 0),
    _Flavor("modelarts.vm.gpu.p4", 8, 32768, 1, gpu_card=_P4),
    _Flavor("modelarts.vm.gpu.0.25p4", 2, 8192, 0.25, _RT_BATCH, gpu_card=_P4),
    _Flavor("modelarts.vm.gpu.0.5p4", 4, 16384, 0.5, _RT_BATCH, gpu_card=_P4),
    _Flavor("modelarts.vm.gpu.0.25t4", 2, 8192, 0.25, _RT_BATCH, sold_out=True, gpu_card=_T4),
    _Flavor("modelarts.vm.gpu.0.5t4", 4, 16384, 0.5, _RT_BATCH, gpu_card=_T4),
    _Flavor("modelarts.vm.gpu.t4", 8, 32768, 1, _RT_BATCH, gpu_card=_T4),
    _Flavor("modelarts.vm.high.p3", 8, 65536, 1, _RT, source_type="auto", gpu_card=_P3),
    _Flavor("modelarts.vm.high.p2", 8, 65536, 1, _RT, source_type="auto", gpu_card=_P2),
    _Flavor("modelarts.vm.arm.d310.3u6g", 3, 6144, 0, ("real-time", "edge"), npu=1, npu_card=_A310, arch="arm"),
    _Flavor("modelarts.vm.ai1.a310", 2, 8192, 0, ("real-time", "edge"), is_open=False, npu=1, npu_card=_A310),
    _Flavor("modelarts.vm.cpu.free", 1, 4096, 0, _RT, is_free=True),
    _Flavor("modelarts.vm.gpu.free", 2, 8192, 0.25, _RT, is_free=True, gpu_card=_P4),
)
"""Public-pool flavors (those the reference names); ``gpu.0.25t4`` is sold out on purpose."""

_DEDICATED_FLAVORS: tuple[_Flavor, ...] = (
    _Flavor("custom", 0, 0, 0, _RT_BATCH),
    _Flavor("modelarts.vm.cpu.8ud", 8, 32768, 0, _RT_BATCH),
    _Flavor("modelarts.vm.gpu.p4u8", 8, 65536, 1, _RT_BATCH, gpu_card=_P4),
)
_FLAVORS = {flavor.name: flavor for flavor in (*SPECIFICATIONS, *_DEDICATED_FLAVORS)}

CLUSTERS: tuple[JsonObj, ...] = (
    {
        "cluster_id": "ff808081673fbb3d01673fbb824d0000",
        "cluster_name": "my-cluster",
        "description": "",
        "created_at": 1574923077927,
        "status": "running",
        "nodes": [{"specification": "modelarts.vm.cpu.8ud", "count": 1, "available_count": 1}],
        "allocatable_cpu_cores": 5.5,
        "allocatable_memory": 4096,
        "allocatable_gpus": 0.5,
    },
    {
        "cluster_id": "8abf68a969c3cb3a0169c4acb24b0000",
        "cluster_name": "gpu-pool",
        "description": "dedicated GPU pool",
        "created_at": 1585809000000,
        "status": "running",
        "nodes": [{"specification": "modelarts.vm.gpu.p4u8", "count": 2, "available_count": 2}],
        "allocatable_cpu_cores": 14.0,
        "allocatable_memory": 120000,
        "allocatable_gpus": 2.0,
    },
    {
        "cluster_id": "088458d9-5755-4110-97d8-1d21065ea10b",
        "cluster_name": "pay-per-use-pool",
        "description": "",
        "created_at": 1585800000000,
        "status": "running",
        "nodes": [{"specification": "modelarts.vm.cpu.8ud", "count": 3, "available_count": 3}],
        "allocatable_cpu_cores": 21.0,
        "allocatable_memory": 90000,
        "allocatable_gpus": 0.0,
    },
    {
        "cluster_id": "4b6f3c1e2d5a47e8a9c0b1d2e3f40516",
        "cluster_name": "new-pool",
        "description": "still being created",
        "created_at": 1600000000000,
        "status": "deploying",
        "nodes": [{"specification": "modelarts.vm.cpu.8ud", "count": 1, "available_count": 0}],
        "allocatable_cpu_cores": 0.0,
        "allocatable_memory": 0,
        "allocatable_gpus": 0.0,
    },
)
"""The fixed dedicated resource pools every project sees."""
_CLUSTERS_BY_ID = {cluster["cluster_id"]: cluster for cluster in CLUSTERS}

_ITEM_FIELDS = {
    # The keys of each infer_type's request config schema (ServiceConfigRealTime/Batch/Edge): what a
    # stored item keeps.  ``deploy_timeout_in_seconds`` is kept although no answer returns it (the
    # details schema has no such field), so a later version of the emulator could use it.
    "real-time": (
        "model_id",
        "weight",
        "specification",
        "custom_spec",
        "instance_count",
        "envs",
        "cluster_id",
        "additional_properties",
        "pool_name",
        "deploy_timeout_in_seconds",
        "affinity",
    ),
    "batch": (
        "model_id",
        "specification",
        "instance_count",
        "envs",
        "src_type",
        "src_path",
        "dest_path",
        "req_uri",
        "mapping_type",
        "mapping_rule",
        "custom_spec",
        "cluster_id",
        "pool_name",
        "deploy_timeout_in_seconds",
        "additional_properties",
        "affinity",
    ),
    "edge": (
        "model_id",
        "specification",
        "envs",
        "nodes",
        "instance_count",
        "custom_spec",
        "cluster_id",
        "deploy_timeout_in_seconds",
    ),
}
_ITEM_DEFAULTS: dict[str, Any] = {
    "weight": 100,
    "specification": "modelarts.vm.cpu.2u",
    "instance_count": 1,
    "src_path": "",
    "dest_path": "",
    "req_uri": "/",
    "mapping_type": "file",
    "nodes": [],
}
"""What a config item lacking a field of its infer_type's shape gets (an edge service without
nodes deploys to none; a real-time item without a weight gets its share of 100)."""

_ITEM_REQUIRED = {
    "real-time": ("model_id", "weight", "specification", "instance_count"),
    "batch": ("model_id", "specification", "instance_count", "src_path", "dest_path", "req_uri", "mapping_type"),
    "edge": ("model_id", "specification", "nodes"),
}


# ------------------------------------------------------------------ lifecycle


@dataclass(frozen=True)
class _Derived:
    """What the clock makes of a service's segments right now."""

    status: str
    progress: int
    transition_at: int
    running_since: int | None = None
    finished_at: int | None = None
    due_time: int | None = None
    error_msg: str | None = None


def _deploy_ms(ctx: Context) -> int:
    return int(ctx.duration("service_deploy") * 1000)


def _batch_ms(ctx: Context) -> int:
    return int(ctx.duration("service_batch_run", BATCH_RUN_SECONDS) * 1000)


def _schedule_ms(svc: JsonObj) -> int | None:
    for rule in svc.get("schedule") or []:
        if rule.get("type") == "stop":
            return int(rule["duration"]) * _UNIT_MS.get(str(rule["time_unit"]), 3_600_000)
    return None


def _deploy_failure(svc: JsonObj) -> str | None:
    """Why a deployment of the current config cannot succeed (a sold-out flavor), or ``None``."""
    for item in svc["config"]:
        flavor = _FLAVORS.get(str(item.get("specification")))
        if flavor is not None and flavor.sold_out:
            return f"Failed to schedule resources: flavor {flavor.name} is sold out."
    return None


def _derive(ctx: Context, svc: JsonObj) -> _Derived:
    now = ctx.clock.now_ms()
    segment = svc["segments"][-1]
    since = int(segment["since"])
    if segment["kind"] == "stop":
        return _Derived("stopped", 100, since)
    deploy = _deploy_ms(ctx)
    if now < since + deploy:
        return _Derived("deploying", min(99, max(0, (now - since) * 100 // max(deploy, 1))), since)
    ready = since + deploy
    failure = _deploy_failure(svc)
    if failure is not None:
        return _Derived("failed", 100, ready, error_msg=failure)
    if svc["infer_type"] == "batch":
        end = ready + _batch_ms(ctx)
        if now >= end:
            return _Derived("finished", 100, end, running_since=ready, finished_at=end)
        return _Derived("running", 100, ready, running_since=ready)
    schedule = _schedule_ms(svc) if svc["infer_type"] == "real-time" else None
    if schedule is not None:
        due = ready + schedule
        if now >= due:
            return _Derived("stopped", 100, due, running_since=ready, due_time=due)
        return _Derived("running", 100, ready, running_since=ready, due_time=due)
    return _Derived("running", 100, ready, running_since=ready)


def service_status(ctx: Context, svc: JsonObj) -> str:
    """The status a stored service shows now."""
    return _derive(ctx, svc).status


def _label(item: JsonObj) -> str:
    return f"{item.get('model_name', '')} {item.get('model_version', '')}"


def _segment_events(ctx: Context, svc: JsonObj, segment: JsonObj) -> list[JsonObj]:
    """The events one segment produces, whatever the clock says (filtered by the caller)."""
    since = int(segment["since"])

    def event(at: int, info: str, kind: str = "normal") -> JsonObj:
        return {"occur_time": at, "event_type": kind, "event_info": info}

    if segment["kind"] == "stop":
        return [event(since, "service stopped")]
    deploy = _deploy_ms(ctx)
    intro = {"create": "start to deploy service", "start": "start to run service", "update": "start to update service"}
    events = [event(since, intro.get(str(segment.get("reason")), "start to deploy service"))]
    items = svc["config"]
    for item in items:
        events.append(event(since + deploy * 2 // 10, f"building image for model [{_label(item)}]"))
        events.append(event(since + deploy * 4 // 10, f"model ({_label(item)}) build image success"))
    events.append(event(since + deploy * 5 // 10, "preparing environment"))
    ready = since + deploy
    failure = _deploy_failure(svc)
    if failure is not None:
        events.append(event(ready, failure, "abnormal"))
        events.append(event(ready, "service deployment failed", "abnormal"))
        return events
    for item in items:
        events.append(event(since + deploy * 6 // 10, f"[{_label(item)}] schedule resource success"))
        events.append(event(since + deploy * 8 // 10, f"[{_label(item)}] pull image success"))
        events.append(event(since + deploy * 9 // 10, f"[{_label(item)}] starting model"))
    events.append(event(ready, "service is running"))
    if svc["infer_type"] == "batch":
        events.append(event(ready + _batch_ms(ctx), "batch task finished"))
    schedule = _schedule_ms(svc) if svc["infer_type"] == "real-time" else None
    if schedule is not None:
        events.append(event(ready + schedule, "service stopped by schedule"))
    return events


def _all_events(ctx: Context, svc: JsonObj) -> list[JsonObj]:
    """Every event that has happened by now, in time order."""
    now = ctx.clock.now_ms()
    segments = svc["segments"]
    events: list[JsonObj] = []
    for index, segment in enumerate(segments):
        end = int(segments[index + 1]["since"]) if index + 1 < len(segments) else None
        for ev in _segment_events(ctx, svc, segment):
            at = int(ev["occur_time"])
            if at > now:
                continue
            # An event at exactly ``end`` happened: ``_derive`` already reports the state it
            # announces at that instant (``now >= ready`` is running), so the log must agree.
            if end is not None and at > end:
                continue
            events.append(ev)
    events.extend(dict(ev) for ev in svc.get("extra_events", []) if int(ev["occur_time"]) <= now)
    return sorted(events, key=lambda ev: int(ev["occur_time"]))


def _update_result(ctx: Context, svc: JsonObj, segment_index: int | None) -> str:
    if segment_index is None:
        return "SUCCESS"
    segments = svc["segments"]
    ready = int(segments[segment_index]["since"]) + _deploy_ms(ctx)
    if segment_index + 1 < len(segments) and int(segments[segment_index + 1]["since"]) < ready:
        return "FAIL"
    if ctx.clock.now_ms() < ready:
        return "RUNNING"
    return "FAIL" if _deploy_failure(svc) is not None else "SUCCESS"


# ------------------------------------------------------------------ validation


def _cluster(cluster_id: str) -> JsonObj:
    cluster = _CLUSTERS_BY_ID.get(cluster_id)
    if cluster is None:
        raise NotFound(CLUSTER_NOT_FOUND, f"Cluster {cluster_id} not found.")
    if cluster["status"] != "running":
        raise Conflict(INVALID_PARAMETER_CODE, f"Cluster {cluster_id} is {cluster['status']}; it must be running.")
    return cluster


def _pool(pool_name: str) -> JsonObj:
    """The current-edition pool (``pools_v2``) a ``pool_name`` names; it must be ``Running``.

    Why the v2 catalogue: the reference describes ``pool_name`` as the elastic cluster of the new
    dedicated pools, which are the pools ``/v2/{project_id}/pools`` lists.  The same codes as an
    unknown or not running ``cluster_id`` (404 ``ModelArts.3547``, 409 ``ModelArts.0107``).
    """
    pool = pool_by_name(pool_name)
    if pool is None:
        raise NotFound(CLUSTER_NOT_FOUND, f"Resource pool {pool_name} not found.")
    phase = str(pool.get("status", {}).get("phase", ""))
    if phase != "Running":
        raise Conflict(INVALID_PARAMETER_CODE, f"Resource pool {pool_name} is {phase}; it must be Running.")
    return pool


def _check_flavor(index: int, item: JsonObj, infer_type: str, dedicated_pool: bool) -> None:
    name = str(item["specification"])
    where = f"config[{index}].specification"
    flavor = _FLAVORS.get(name)
    # The current edition's edge sample deploys ``custom`` (with ``custom_spec``) on the user's own
    # edge nodes, without any pool: for edge services ``custom`` is always available.
    edge_custom = infer_type == "edge" and name == "custom"
    if flavor is None or (infer_type not in flavor.infer_types and not edge_custom):
        raise BadRequest(INVALID_PARAMETER_CODE, f"{where}: flavor {name} is not supported for {infer_type} services.")
    dedicated = flavor in _DEDICATED_FLAVORS
    if dedicated and not dedicated_pool and not edge_custom:
        raise BadRequest(
            INVALID_PARAMETER_CODE, f"{where}: flavor {name} needs a dedicated resource pool (cluster_id or pool_name)."
        )
    if name == "custom" and not item.get("custom_spec"):
        raise BadRequest(INVALID_PARAMETER_CODE, f"config[{index}].custom_spec is required with flavor custom.")
    if not flavor.is_open:
        raise Forbidden(
            NOT_AUTHORIZED, f"{where}: flavor {name} is not open to this user; request it by service ticket."
        )


def _checked_config(
    ctx: Context,
    infer_type: str,
    items: list[Any],
    service_cluster: str | None,
    service_pool: str | None = None,
) -> list[JsonObj]:
    """The config items reduced to the shape of ``infer_type``, validated, with model names added.

    Where an item runs (reference, create Table 3 and 5): the item's ``pool_name``, else its
    ``cluster_id``, else the service's ``pool_name``, else its ``cluster_id``; none is the public
    pool.  Only that pool is checked and lets a dedicated flavor be used.  An edge item's
    ``cluster_id`` names an edge (IEF) resource pool, which the emulator does not model: it is kept as
    given and does not count as a dedicated pool.
    """
    if infer_type != "real-time":
        items = items[:1]  # batch and edge use one model; extra items are ignored (reference)
    checked: list[JsonObj] = []
    for index, raw in enumerate(items):
        item = {key: raw[key] for key in _ITEM_FIELDS[infer_type] if isinstance(raw, dict) and key in raw}
        model_id = str(item.get("model_id", ""))
        model = load_model(ctx, model_id) if model_id else None
        if model is None:
            raise NotFound(MODEL_NOT_FOUND, f"Model {model_id} not found.")
        for key in _ITEM_REQUIRED[infer_type]:
            # The spec's config item is an anyOf of the three shapes (infer_type sits outside it),
            # so an item shaped for another infer_type is schema-valid: fill what it lacks rather
            # than refuse it (see _ITEM_DEFAULTS).
            if key not in item:
                item[key] = copy.deepcopy(_ITEM_DEFAULTS[key])
        if infer_type == "real-time" and "weight" not in raw:
            item["weight"] = 100 // len(items) + (100 % len(items) if index == len(items) - 1 else 0)
        if model_status(ctx, model) != "published":
            raise Conflict(MODEL_NOT_PUBLISHED, f"Model {model_id} is not published yet.")
        if infer_type not in install_types(model):
            raise Conflict(MODEL_WRONG_KIND, f"Model {model_id} cannot be used to deploy a {infer_type} service.")
        own_cluster = item.get("cluster_id") if infer_type != "edge" else None
        cluster_id = own_cluster or service_cluster
        pool_name = item.get("pool_name") or (None if own_cluster else service_pool)
        if pool_name is not None:
            _pool(str(pool_name))
        elif cluster_id is not None:
            _cluster(str(cluster_id))
        _check_flavor(index, item, infer_type, pool_name is not None or cluster_id is not None)
        if infer_type == "batch" and item["mapping_type"] == "csv" and not item.get("mapping_rule"):
            raise BadRequest(INVALID_PARAMETER_CODE, f"config[{index}].mapping_rule is required with mapping_type csv.")
        item["model_name"] = model["model_name"]
        item["model_version"] = model["model_version"]
        if infer_type == "real-time" and cluster_id is not None and (own_cluster or pool_name is None):
            item["cluster_id"] = cluster_id  # the pool it runs in, shown by the details answer
        if infer_type in ("real-time", "batch") and pool_name is not None:
            item["pool_name"] = pool_name
        checked.append(item)
    if infer_type == "real-time":
        if sum(int(item["weight"]) for item in checked) != 100:
            raise BadRequest(INVALID_PARAMETER_CODE, "config: the weights of the models must add up to 100.")
        model_ids = [item["model_id"] for item in checked]
        if len(set(model_ids)) != len(model_ids):
            raise BadRequest(
                SAME_MODEL_VERSIONS, "config: the models of a real-time service must be different versions."
            )
    return checked


def _load(ctx: Context, service_id: str) -> JsonObj:
    svc = ctx.store.get(KIND, service_id)
    if svc is None:
        raise NotFound(SERVICE_NOT_FOUND, f"Service {service_id} not found.")
    return svc


# ------------------------------------------------------------------ rendering


def _is_free(svc: JsonObj) -> bool:
    flavors = (_FLAVORS.get(str(item.get("specification"))) for item in svc["config"])
    return any(flavor is not None and flavor.is_free for flavor in flavors)


def _common(ctx: Context, svc: JsonObj, derived: _Derived) -> JsonObj:
    out: JsonObj = {
        "service_id": svc["service_id"],
        "service_name": svc["service_name"],
        "description": svc.get("description", ""),
        "tenant": svc["tenant"],
        "project": svc["project"],
        "owner": svc["owner"],
        "publish_at": svc["publish_at"],
        "infer_type": svc["infer_type"],
        "workspace_id": svc["workspace_id"],
        "status": derived.status,
        "progress": derived.progress,
        "invocation_times": 0,
        "failed_times": 0,
        "is_shared": False,
        "shared_count": 0,
        "operation_time": ctx.clock.now_ms(),
        "transition_at": derived.transition_at,
        "is_free": _is_free(svc),
    }
    if svc.get("schedule"):
        out["schedule"] = [dict(rule) for rule in svc["schedule"]]
    if derived.due_time is not None:
        out["due_time"] = derived.due_time
    if svc.get("additional_properties") is not None:
        out["additional_properties"] = dict(svc["additional_properties"])
    return out


def _summary(ctx: Context, svc: JsonObj) -> JsonObj:
    derived = _derive(ctx, svc)
    out = _common(ctx, svc, derived)
    out["is_opened_sample_collection"] = False
    if svc["infer_type"] == "batch":
        if derived.running_since is not None:
            out["start_time"] = derived.running_since
        if derived.finished_at is not None:
            out["finished_time"] = derived.finished_at
    return out


def _iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")


def _node_ip(node_id: str) -> str:
    digest = hashlib.sha256(node_id.encode("utf-8")).digest()
    return f"192.168.{digest[0]}.{max(digest[1], 1)}"


def _node_instance_status(svc: JsonObj, derived: _Derived, node_id: str) -> str:
    if derived.status == "deploying":
        return "notReady"
    if derived.status == "failed":
        return "failed"
    if derived.status == "stopped":
        return "stopped"
    return str(svc.get("node_status", {}).get(node_id, "running"))


_NODE_MESSAGES = {
    "running": "The instance is running.",
    "stopped": "The instance is stopped.",
    "notReady": "The instance is being deployed.",
}


def _node(svc: JsonObj, derived: _Derived, node_id: str) -> JsonObj:
    ip = _node_ip(node_id)
    created = int(svc["publish_at"])
    status = _node_instance_status(svc, derived, node_id)
    # ``message`` (current edition, details Table 6) says why the instance is in its state; a failed
    # one carries the deployment's error.
    message = (derived.error_msg or "The instance failed.") if status == "failed" else _NODE_MESSAGES[status]
    return {
        "id": node_id,
        "name": f"edge-node-{node_id[:8]}",
        "instance_status": status,
        "message": message,
        "predict_url": f"https://{ip}:1032",
        "node_label": "",
        "description": "",
        "host_name": f"edge-{node_id[:8]}",
        "os_name": "EulerOS",
        "os_type": "Linux",
        "os_version": "2.0",
        "arch": "x86_64",
        "cpu": 8,
        "memory": 16384,
        "gpu_num": 0,
        "enable_gpu": "false",
        "host_ips": [ip],
        "deployment_num": 1,
        "state": "RUNNING",
        "created_at": _iso(created),
        "updated_at": _iso(int(svc.get("update_time") or created)),
    }


def _detail_item(svc: JsonObj, derived: _Derived, item: JsonObj) -> JsonObj:
    """One config item as the details answer shows it, in the shape of the service's infer_type.

    The fields each shape gained in the current edition (errata, details entry 3) are returned when
    the item has them; ``deploy_timeout_in_seconds`` never is (the details schema lacks it).  Batch
    and edge items report the service's own status (their status enum is the union of the item and
    service statuses); a real-time item keeps ``ready``/``notReady``, as the 2020 book shows.
    """
    infer_type = svc["infer_type"]
    out: JsonObj = {
        "model_id": item["model_id"],
        "model_name": item["model_name"],
        "model_version": item["model_version"],
        "infer_type": infer_type,
        "specification": item["specification"],
        "envs": dict(item.get("envs") or {}),
    }
    flavor = _FLAVORS.get(str(item["specification"]))
    if flavor is not None and flavor.source_type is not None:
        out["source_type"] = flavor.source_type
    if infer_type == "real-time":
        out["status"] = "ready" if derived.status == "running" else "notReady"
        out["weight"] = item["weight"]
        out["instance_count"] = item["instance_count"]
        out["scaling"] = False
        out["support_debug"] = False
        out["additional_properties"] = copy.deepcopy(item.get("additional_properties") or {})
        extra: tuple[str, ...] = ("custom_spec", "cluster_id", "pool_name", "affinity")
    elif infer_type == "batch":
        out["status"] = derived.status
        for key in ("instance_count", "src_type", "src_path", "dest_path", "req_uri", "mapping_type", "mapping_rule"):
            if item.get(key) is not None:
                out[key] = item[key]
        if derived.running_since is not None:
            out["start_time"] = derived.running_since
        if derived.finished_at is not None:
            out["finished_time"] = derived.finished_at
        extra = ("custom_spec", "cluster_id", "pool_name", "additional_properties", "affinity")
    else:
        out["status"] = derived.status
        out["nodes"] = [_node(svc, derived, str(node_id)) for node_id in item["nodes"]]
        extra = ("instance_count", "custom_spec", "cluster_id")
    for key in extra:
        if item.get(key) is not None:
            out[key] = copy.deepcopy(item[key])
    return out


def _detail(ctx: Context, svc: JsonObj) -> JsonObj:
    derived = _derive(ctx, svc)
    out = _common(ctx, svc, derived)
    for key in (
        "cluster_id",
        "vpc_id",
        "subnet_network_id",
        "security_group_id",
        "update_time",
        "pool_name",
        "load_balancer_policy",
        "priority",
    ):
        if svc.get(key) is not None:
            out[key] = svc[key]
    if derived.error_msg is not None:
        out["error_msg"] = derived.error_msg
    out["config"] = [_detail_item(svc, derived, item) for item in svc["config"]]
    if svc["infer_type"] == "real-time":
        out["access_address"] = access_address(ctx, svc["service_id"])
    return out


def access_address(ctx: Context, service_id: str) -> str:
    """Where a real-time service of this project answers inference requests (``inference.py``).

    On the host the caller used, so the address reaches this emulator; the project id stands where
    the cloud's addresses carry a second id, so the address alone names the service.
    """
    lowered = {k.lower(): v for k, v in ctx.headers.items()}
    host = lowered.get("host") or "127.0.0.1"
    scheme = "https" if lowered.get("x-forwarded-proto") == "https" else "http"
    return f"{scheme}://{host}{INFER_PREFIX}/{ctx.project_id}/{service_id}"


def _log_config(svc: JsonObj, item: JsonObj) -> JsonObj:
    """One config item as an update log records it (``ServiceUpdateLogConfig``).

    The log's schema has no ``pool_name`` or ``affinity``, so those are not recorded; the current
    edition's ``additional_properties`` is, as are an edge item's ``instance_count``, ``custom_spec``
    and ``cluster_id`` when it has them.
    """
    out: JsonObj = {
        "model_id": item["model_id"],
        "model_name": item["model_name"],
        "model_version": item["model_version"],
        "specification": item["specification"],
        "envs": dict(item.get("envs") or {}),
    }
    if svc["infer_type"] == "real-time":
        out["weight"] = item["weight"]
        out["instance_count"] = item["instance_count"]
        out["scaling"] = False
        out["custom_spec"] = dict(item.get("custom_spec") or {})
        if item.get("cluster_id") is not None:
            out["cluster_id"] = item["cluster_id"]
    else:
        for key in ("instance_count", "custom_spec", "cluster_id"):
            if item.get(key) is not None:
                out[key] = copy.deepcopy(item[key])
    if item.get("additional_properties") is not None:
        out["additional_properties"] = copy.deepcopy(item["additional_properties"])
    return out


# ------------------------------------------------------------------ handlers


@operation("create_service")
def create_service(ctx: Context) -> JsonObj:
    """7.1: check the models and flavors, then start deploying."""
    body: JsonObj = ctx.body or {}
    infer_type = str(body["infer_type"])
    workspace_id = require_usable_workspace(ctx, body.get("workspace_id"))
    name = str(body["service_name"])
    cluster_id = body.get("cluster_id")
    pool_name = body.get("pool_name")
    config = _checked_config(ctx, infer_type, list(body.get("config") or []), cluster_id, pool_name)
    if cluster_id is not None:
        _cluster(str(cluster_id))
    if pool_name is not None:
        _pool(str(pool_name))
    # "schedule only for real-time services" and "vpc_id needs its subnet and security group" are in
    # the spec's create schema (its allOf/anyOf), so the validator has already refused a body breaking them.
    if ctx.store.count(BY_NAME, (name,)):
        raise Conflict(SERVICE_EXISTS, f"Service {name} already exists.")
    now = ctx.clock.now_ms()
    service_id = ctx.new_uuid()
    svc: JsonObj = {
        "service_id": service_id,
        "service_name": name,
        "description": body.get("description", ""),
        "infer_type": infer_type,
        "workspace_id": workspace_id,
        "config": config,
        "tenant": tenant_id(ctx.project_id),
        "project": ctx.project_id,
        "owner": tenant_id(ctx.project_id),
        "publish_at": now,
        "segments": [{"kind": "deploy", "since": now, "reason": "create"}],
        "updates": [],
        "extra_events": [],
        "node_status": {},
    }
    # service_secrets is stored but never returned: the details schema has no such field (errata,
    # create entry 8), the secrets are the user's.
    for key in _SERVICE_FIELDS:
        if body.get(key) is not None:
            svc[key] = copy.deepcopy(body[key])
    if body.get("vpc_id") and cluster_id is None:
        for key in ("vpc_id", "subnet_network_id", "security_group_id"):
            svc[key] = body[key]
    ctx.store.insert(KIND, service_id, svc)
    return {"service_id": service_id, "resource_ids": [_resource_id(service_id, now)]}


def _resource_id(service_id: str, now: int) -> str:
    """The billing resource id the current edition's create answer lists (its sample:
    ``INF-f878991839647358@1598319442708``): derived from the service id and creation time."""
    digest = hashlib.sha256(service_id.encode("utf-8")).hexdigest()[:16]
    return f"INF-{digest}@{now}"


@operation("list_services")
def list_services(ctx: Context) -> JsonObj:
    """7.2: filter (default workspace only when none is given), sort, page (offset counts pages).

    Without filters, sorted by a stored field, the page is read from an index and only its services
    are summarised.  ``sort_by=transition_at`` (current edition) sorts by the time of the last status
    change, which is computed from the clock at read time, so it always takes the full path.

    ``tags`` (current edition, "Tag. By default, tags are not filtered", no syntax given): services
    of the emulator carry no tags (no operation of the spec sets any), so a non-empty ``tags`` filter
    matches no service, as it would on the cloud for a project whose services are untagged; an empty
    one filters nothing.
    """
    query = ctx.query
    workspace_id = str(query.get("workspace_id") or DEFAULT_WORKSPACE_ID)
    sort_by = str(query.get("sort_by") or "publish_at")
    sort_key = sort_by if sort_by in ("service_name", "transition_at") else "publish_at"
    index_used = _LIST_ORDERS.get(sort_key)
    if index_used is not None and not any(query.get(name) for name in _LIST_FILTERS):
        offset, limit = int_param(query.get("offset"), 0), int_param(query.get("limit"), 1000)
        descending = str(query.get("order") or "desc") == "desc"
        found = select_page_of(ctx, index_used, (workspace_id,), offset, limit, descending=descending)
        page = [_summary(ctx, svc) for svc in found]
        return {"total_count": ctx.store.count(index_used, (workspace_id,)), "count": len(page), "services": page}
    services = [svc for svc in ctx.store.list(KIND) if svc["workspace_id"] == workspace_id]
    if query.get("tags"):
        services = []
    if query.get("service_id"):
        services = [svc for svc in services if svc["service_id"] == str(query["service_id"])]
    if query.get("service_name"):
        services = [svc for svc in services if svc["service_name"] == str(query["service_name"])]
    if query.get("model_id"):
        wanted = str(query["model_id"])
        services = [svc for svc in services if any(item["model_id"] == wanted for item in svc["config"])]
    if query.get("infer_type"):
        services = [svc for svc in services if svc["infer_type"] == str(query["infer_type"])]
    views = [_summary(ctx, svc) for svc in services]
    if query.get("status"):
        views = [view for view in views if view["status"] == str(query["status"])]
    views = sort_records(views, sort_key, str(query.get("order") or "desc"))
    page = page_of(views, int_param(query.get("offset"), 0), int_param(query.get("limit"), 1000))
    return {"total_count": len(views), "count": len(page), "services": page}


@operation("get_service")
def get_service(ctx: Context) -> JsonObj:
    """7.3: the service with its model configuration."""
    return _detail(ctx, _load(ctx, ctx.path["service_id"]))


@operation("update_service")
def update_service(ctx: Context) -> None:
    """7.5: start/stop through ``status`` (which wins over ``config``), or change the config."""
    service_id = ctx.path["service_id"]
    svc = _load(ctx, service_id)
    body: JsonObj = ctx.body or {}
    derived = _derive(ctx, svc)
    now = ctx.clock.now_ms()
    infer_type = svc["infer_type"]
    if body.get("schedule") and infer_type != "real-time":
        raise Conflict(
            INVALID_PARAMETER_CODE, f"schedule: only real-time services can be scheduled; this one is {infer_type}."
        )
    target = body.get("status")
    new_config: list[JsonObj] | None = None
    if target is None and body.get("config") is not None:
        if derived.status == "deploying":
            raise Conflict(SERVICE_BAD_STATE, "The service is deploying; update it once the deployment is over.")
        new_config = _checked_config(ctx, infer_type, list(body["config"]), svc.get("cluster_id"), svc.get("pool_name"))
        if infer_type == "edge":
            old, new = svc["config"][0], new_config[0]
            for key in ("model_id", "specification", "envs"):
                if (old.get(key) or None) != (new.get(key) or None):
                    raise Conflict(INVALID_PARAMETER_CODE, f"config[0].{key} of an edge service cannot be changed.")
    if target == "stopped":
        if derived.status not in ("running", "deploying", "concerning"):
            raise Conflict(SERVICE_BAD_STATE, f"The service is {derived.status} and cannot be stopped.")
        svc["segments"].append({"kind": "stop", "since": now, "reason": "user"})
    elif target == "running":
        if derived.status not in ("stopped", "failed", "finished"):
            raise Conflict(SERVICE_BAD_STATE, f"The service is {derived.status} and cannot be started.")
        svc["segments"].append({"kind": "deploy", "since": now, "reason": "start"})
    for key in ("description", "schedule", "load_balancer_policy", "priority", "service_secrets"):
        if key in body:
            svc[key] = copy.deepcopy(body[key])
    if body.get("additional_properties") is not None:
        # Merged key by key: the current edition says an omitted ``websocket_upgrade`` keeps its
        # previous value on update (errata, create entry 6), and the same holds for the other keys.
        svc["additional_properties"] = {**(svc.get("additional_properties") or {}), **body["additional_properties"]}
    if new_config is not None:
        old_nodes = set(svc["config"][0].get("nodes", [])) if infer_type == "edge" else set()
        segment_index: int | None = None
        if derived.status in ("running", "concerning"):
            svc["segments"].append({"kind": "deploy", "since": now, "reason": "update"})
            segment_index = len(svc["segments"]) - 1
        svc["config"] = new_config
        svc["update_time"] = now
        record: JsonObj = {
            "update_time": now,
            "segment": segment_index,
            "config": [_log_config(svc, item) for item in new_config],
        }
        if infer_type == "edge":
            new_nodes = [str(node) for node in new_config[0]["nodes"]]
            record["nodes"] = [[node, "deploy"] for node in new_nodes] + [
                [node, "delete"] for node in sorted(old_nodes - set(new_nodes))
            ]
        svc["updates"].append(record)
    ctx.store.update(KIND, service_id, svc)
    return None


@operation("delete_service")
def delete_service(ctx: Context) -> None:
    """7.9: delete one service or several (comma-separated ids); all must exist."""
    given = ctx.path["service_id"]
    # Only spaces around the commas are dropped: str.strip() would also eat control characters
    # (\x1c-\x1f count as whitespace) and turn a valid, unknown ID into "no ID at all".
    ids = [part.strip(" ") for part in given.split(",") if part.strip(" ")] or [given]
    for service_id in ids:
        _load(ctx, service_id)
    from .service_tasks import delete_tasks_of  # here: service_tasks imports this module

    for service_id in ids:
        ctx.store.delete(KIND, service_id)
        delete_tasks_of(ctx, service_id)  # a service's tasks go with it
    return None


@operation("update_service_node_status")
def update_service_node_status(ctx: Context) -> None:
    """7.4: start a stopped instance or stop a running one on one edge node."""
    service_id, node_id = ctx.path["service_id"], ctx.path["node_id"]
    svc = _load(ctx, service_id)
    if svc["infer_type"] != "edge":
        raise Conflict(
            NODE_UPDATE_FAILED, f"Service {service_id} is {svc['infer_type']}; only edge services have nodes."
        )
    if node_id not in [str(node) for node in svc["config"][0].get("nodes", [])]:
        raise NotFound(NODE_NOT_DEPLOYED, f"The service is not deployed on edge node {node_id}.")
    derived = _derive(ctx, svc)
    if derived.status != "running":
        raise Conflict(NODE_UPDATE_FAILED, f"The service is {derived.status}; node instances cannot change now.")
    target = str((ctx.body or {})["status"])
    current = _node_instance_status(svc, derived, node_id)
    expected = "stopped" if target == "running" else "running"
    if current != expected:
        raise Conflict(
            NODE_UPDATE_FAILED,
            f"The instance on node {node_id} is {current}; only a {expected} one can be set {target}.",
        )
    svc.setdefault("node_status", {})[node_id] = target
    action = "started" if target == "running" else "stopped"
    svc.setdefault("extra_events", []).append(
        {"occur_time": ctx.clock.now_ms(), "event_type": "normal", "event_info": f"instance on node {node_id} {action}"}
    )
    ctx.store.update(KIND, service_id, svc)
    return None


def _usage(total: float, live: bool) -> float:
    return round(total * 0.25, 2) if live else 0.0


@dataclass(frozen=True)
class _Resources:
    """What one instance of a config item gets: from its flavor, or its ``custom_spec``."""

    cpu: float
    memory: int
    gpu: float
    gpu_memory_mb: int
    npu: int
    npu_memory_mb: int


def _resources(item: JsonObj) -> _Resources:
    """An instance's resources; ``custom`` reads ``custom_spec`` (``gpu_p4`` a share of a P4 card,
    ``ascend_a310`` whole Ascend 310 chips); an unknown flavor has none."""
    if item["specification"] == "custom":
        custom = item.get("custom_spec") or {}
        gpu = float(custom.get("gpu_p4", 0))
        npu = int(custom.get("ascend_a310", 0))
        return _Resources(
            float(custom.get("cpu", 0)),
            int(custom.get("memory", 0)),
            gpu,
            round(gpu * _P4.memory_gb * 1024),
            npu,
            npu * _A310.memory_gb * 1024,
        )
    flavor = _FLAVORS.get(str(item["specification"]))
    if flavor is None:
        return _Resources(0, 0, 0, 0, 0, 0)
    return _Resources(flavor.cpu, flavor.memory, flavor.gpu, flavor.gpu_memory_mb, flavor.npu, flavor.npu_memory_mb)


@operation("get_service_monitor")
def get_service_monitor(ctx: Context) -> JsonObj:
    """7.6: per model (real-time) or per node (edge); batch services have none.

    Figures are deterministic: totals are what the instances were given (flavor or ``custom_spec``
    times ``instance_count``), usage a quarter of each total while the service runs and 0 otherwise.
    A flavor without GPU or NPU reports 0 for those figures (the schema types them numbers, so
    zeros rather than absent fields, like the GPU figures of 2020).  The current edition's instance
    counts: a real-time item has ``instance_count`` instances, all running while the service runs;
    an edge service has one instance per node (``deployment_num`` 1), running unless stopped on that
    node.  The emulated edge nodes have no accelerator (``gpu_num`` 0), so edge GPU/NPU figures are 0.
    ``req_count_per_min`` is 0, like ``invocation_times``: the emulator does not count calls.
    ``service_*_instance_count`` cover the whole service, also when ``node_id`` narrows the monitors.
    """
    svc = _load(ctx, ctx.path["service_id"])
    derived = _derive(ctx, svc)
    monitors: list[JsonObj] = []
    if svc["infer_type"] == "batch":
        raise Forbidden(NOT_PERMITTED, "Monitoring information is not available for batch services.")
    if svc["infer_type"] == "real-time":
        live = derived.status == "running"
        instances = running = 0
        for item in svc["config"]:
            res = _resources(item)
            count = int(item.get("instance_count", 1))
            instances += count
            running += count if live else 0
            monitors.append(
                {
                    "model_id": item["model_id"],
                    "model_name": item["model_name"],
                    "model_version": item["model_version"],
                    "invocation_times": 0,
                    "failed_times": 0,
                    "cpu_core_usage": _usage(res.cpu * count, live),
                    "cpu_core_total": float(res.cpu * count),
                    "cpu_memory_usage": int(_usage(res.memory * count, live)),
                    "cpu_memory_total": int(res.memory * count),
                    "gpu_usage": _usage(res.gpu * count, live),
                    "gpu_total": float(res.gpu * count),
                    "model_running_instance_count": count if live else 0,
                    "model_instance_count": count,
                    "gpu_memory_total": float(res.gpu_memory_mb * count),
                    "gpu_memory_usage": _usage(res.gpu_memory_mb * count, live),
                    "npu_total": float(res.npu * count),
                    "npu_usage": _usage(res.npu * count, live),
                    "npu_memory_total": float(res.npu_memory_mb * count),
                    "npu_memory_usage": _usage(res.npu_memory_mb * count, live),
                }
            )
    else:
        all_nodes = [str(node) for node in svc["config"][0].get("nodes", [])]
        live_nodes = {node for node in all_nodes if _node_instance_status(svc, derived, node) == "running"}
        instances, running = len(all_nodes), len(live_nodes)
        nodes = all_nodes
        wanted = ctx.query.get("node_id")
        if wanted:
            if str(wanted) not in nodes:
                raise NotFound(NODE_NOT_DEPLOYED, f"The service is not deployed on edge node {wanted}.")
            nodes = [str(wanted)]
        for node_id in nodes:
            live = node_id in live_nodes
            monitors.append(
                {
                    "node_id": node_id,
                    "node_name": f"edge-node-{node_id[:8]}",
                    "cpu_core_usage": _usage(8, live),
                    "cpu_core_total": 8.0,
                    "cpu_memory_usage": int(_usage(16384, live)),
                    "cpu_memory_total": 16384,
                    "gpu_usage": 0.0,
                    "gpu_total": 0.0,
                    "model_running_instance_count": 1 if live else 0,
                    "model_instance_count": 1,
                    "gpu_memory_total": 0.0,
                    "gpu_memory_usage": 0.0,
                    "npu_total": 0.0,
                    "npu_usage": 0.0,
                    "npu_memory_total": 0.0,
                    "npu_memory_usage": 0.0,
                }
            )
    return {
        "service_id": svc["service_id"],
        "service_name": svc["service_name"],
        "monitors": monitors,
        "service_running_instance_count": running,
        "service_instance_count": instances,
        "req_count_per_min": 0,
    }


@operation("list_service_update_logs")
def list_service_update_logs(ctx: Context) -> JsonObj:
    """7.7: one entry per config update (real-time and edge services only), oldest first; with
    ``update_time``, only the update made at that time."""
    svc = _load(ctx, ctx.path["service_id"])
    if svc["infer_type"] == "batch":
        raise Forbidden(NOT_PERMITTED, "Update logs exist only for real-time and edge services.")
    logs: list[JsonObj] = []
    # update_time (current edition, "update time for filtering"): read as the epoch-ms time of one
    # update, so it selects the log of the update made at that instant (errata, details entry 9).
    wanted = ctx.query.get("update_time")
    for record in svc.get("updates", []):
        if wanted is not None and int(record["update_time"]) != int_param(wanted, -1):
            continue
        result = _update_result(ctx, svc, record.get("segment"))
        log: JsonObj = {
            "update_time": record["update_time"],
            "result": result,
            "config": [dict(item) for item in record["config"]],
            "extend_config": [],
        }
        if svc.get("cluster_id") is not None:
            log["cluster_id"] = svc["cluster_id"]
        if svc["infer_type"] == "edge":
            ok = result == "SUCCESS"
            detail = [
                {"node_id": node, "node_name": f"edge-node-{node[:8]}", "operation": op, "result": ok}
                for node, op in record.get("nodes", [])
            ]
            log["result_detail"] = detail
            log["success_num"] = len(detail) if ok else 0
            log["failed_num"] = len(detail) if result == "FAIL" else 0
        logs.append(log)
    return {"service_id": svc["service_id"], "service_name": svc["service_name"], "logs": logs}


@operation("list_service_events")
def list_service_events(ctx: Context) -> JsonObj:
    """7.8: events filtered by type, text and time window, sorted, paged (offset counts pages)."""
    svc = _load(ctx, ctx.path["service_id"])
    query = ctx.query
    events = _all_events(ctx, svc)
    if query.get("event_type"):
        events = [ev for ev in events if ev["event_type"] == str(query["event_type"])]
    if query.get("event_info"):
        # Current edition: filters on the (English) event text; read as a case-insensitive substring,
        # the way the list filters of this chapter match text.
        needle = str(query["event_info"]).lower()
        events = [ev for ev in events if needle in str(ev["event_info"]).lower()]
    if query.get("start_time") is not None:
        events = [ev for ev in events if ev["occur_time"] >= int_param(query["start_time"], 0)]
    if query.get("end_time") is not None:
        events = [ev for ev in events if ev["occur_time"] <= int_param(query["end_time"], 0)]
    sort_by = str(query.get("sort_by") or "occur_time")
    key = sort_by if sort_by in ("occur_time", "event_type", "event_info") else "occur_time"
    events = sorted(events, key=lambda ev: ev[key], reverse=str(query.get("order") or "desc") == "desc")
    page = page_of(events, int_param(query.get("offset"), 0), int_param(query.get("limit"), 1000))
    return {
        "service_id": svc["service_id"],
        "service_name": svc["service_name"],
        "events": page,
        "total_count": len(events),
        "count": len(page),
    }


def _gb(memory_mb: int) -> int:
    return memory_mb // 1024


def _flavor_entry(flavor: _Flavor) -> JsonObj:
    """A flavor as the current edition lists it (S Tables 5 to 9 and its sample).

    As in the sample's CPU flavor, every flavor has all four resource objects, with zeros (and the
    unit ``MB``) for an accelerator it lacks; memory sizes are whole GB.  ``display_en`` and
    ``display_cn`` follow the sample's wording (``display_cn`` holds English text there too).
    """
    entry: JsonObj = {
        "specification": flavor.name,
        "billing_spec": flavor.name,
        "is_open": flavor.is_open,
        "spec_status": "sellout" if flavor.sold_out else "normal",
        "is_free": flavor.is_free,
        "over_quota": False,
        "extend_params": 1,
        "category": flavor.category,
        "cpu_info": {"arch": flavor.arch, "cpu": float(flavor.cpu)},
        "memory_info": {"unit": "GB", "memory": _gb(flavor.memory)},
    }
    if flavor.source_type is not None:
        entry["source_type"] = flavor.source_type
    card = flavor.gpu_card
    if card is not None and flavor.gpu:
        entry["gpu_info"] = {
            "unit": "GB",
            "brand": card.brand,
            "version": card.version,
            "gpu": float(flavor.gpu),
            "memory": _gb(flavor.gpu_memory_mb),
        }
    else:
        entry["gpu_info"] = {"unit": "MB", "gpu": 0.0, "memory": 0}
    chip = flavor.npu_card
    if chip is not None and flavor.npu:
        entry["npu_info"] = {
            "unit": "GB",
            "brand": chip.brand,
            "version": chip.version,
            "npu": flavor.npu,
            "memory": _gb(flavor.npu_memory_mb),
        }
    else:
        entry["npu_info"] = {"unit": "MB", "npu": 0, "memory": 0}
    if flavor.name == "custom":
        entry["display_en"] = entry["display_cn"] = "Custom: resources set by custom_spec"
        return entry
    cpu = f"{flavor.cpu:g}"
    memory = _gb(flavor.memory)
    display_en = f"CPU: {cpu} vCPUs | {memory} GiB"
    display_cn = f"CPU: {cpu} cores {memory} GiB"
    if card is not None and flavor.gpu:
        display_en += f" GPU: {card.version}" if flavor.gpu == 1 else f" GPU: {flavor.gpu:g} x {card.version}"
        display_cn += f" GPU: {flavor.gpu:g} x {card.version}"
    if chip is not None and flavor.npu:
        display_en += f" NPU: {chip.version}"
        display_cn += f" NPU: {flavor.npu} x {chip.version}"
    entry["display_en"], entry["display_cn"] = display_en, display_cn
    return entry


@operation("list_service_specifications")
def list_service_specifications(ctx: Context) -> JsonObj:
    """7.10: the public flavors, or those of dedicated pools, usable for an inference mode.

    Paged by the current edition's ``offset`` and ``limit``: ``offset`` counts records ("start
    offset of the returned data", errata, flavors entry 2), a negative one is read as 0, and a
    ``limit`` of 0 or less (the spec sets no minimum) returns every record from the offset.
    ``total_count`` is the number of flavors that match, ``count`` the size of this page.
    """
    infer_type = str(ctx.query.get("infer_type") or "real-time")
    personal = bool_param(ctx.query.get("is_personal_cluster"))
    flavors = _DEDICATED_FLAVORS if personal else SPECIFICATIONS
    matched = [_flavor_entry(flavor) for flavor in flavors if infer_type in flavor.infer_types]
    offset = max(int_param(ctx.query.get("offset"), 0), 0)
    limit = int_param(ctx.query.get("limit"), 1000)
    page = matched[offset:] if limit <= 0 else matched[offset : offset + limit]
    return {"total_count": len(matched), "count": len(page), "specifications": page}


@operation("list_clusters")
def list_clusters(ctx: Context) -> JsonObj:
    """7.11: the fixed dedicated pools, filtered, sorted, paged (offset counts pages)."""
    query = ctx.query
    tenant = tenant_id(ctx.project_id)
    clusters: list[JsonObj] = [
        {
            **cluster,
            "nodes": [dict(node) for node in cluster["nodes"]],
            "tenant": tenant,
            "project": ctx.project_id,
            "owner": tenant,
        }
        for cluster in CLUSTERS
    ]
    if query.get("cluster_name"):
        clusters = [c for c in clusters if c["cluster_name"] == str(query["cluster_name"])]
    if query.get("status"):
        clusters = [c for c in clusters if c["status"] == str(query["status"])]
    sort_by = str(query.get("sort_by") or "created_at")
    clusters = sort_records(
        clusters, sort_by if sort_by == "cluster_name" else "created_at", str(query.get("order") or "desc")
    )
    page = page_of(clusters, int_param(query.get("offset"), 0), int_param(query.get("limit"), 1000))
    return {"total_count": len(clusters), "count": len(page), "clusters": page}
