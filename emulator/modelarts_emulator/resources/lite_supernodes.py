"""Lite Server supernodes (``/v1/{project_id}/dev-servers/hyperinstance``): read, list, start, stop,
change the OS, delete, tags, operations and the list of a supernode's servers.

A supernode is made by ``create_dev_server`` with a supernode flavor (:mod:`.lite_servers`), together with
its nodes (servers of category ``HPS`` whose ``server_hps`` names it).  Its own status follows its own
last action on the clock, like a server's:

=========  ===============  ========  ======================
action     while running    then      duration key
=========  ===============  ========  ======================
create     PROVISIONING     ACTIVE    ``lite_server_create``
changeos   REIMAGING        ACTIVE    ``lite_server_os``
=========  ===============  ========  ======================

A supernode created on a sold-out flavor ends ``ERROR`` (its nodes ``CREATE_FAILED``).  Power on and
power off act on the nodes (STARTING/STOPPING, then RUNNING/STOPPED on each); the supernode itself stays
``ACTIVE``, since its status list has no stopped state.  A change of OS, on a powered-off supernode,
runs on every node (their status CHANGINGOS, then RUNNING) while the supernode is REIMAGING.  A delete
answers the supernode as ``TERMINATING`` (its nodes ``DELETING``) and forgets it and its nodes at once.

Tags: at most :data:`MAX_TAGS` per supernode (TMS's limit; more is 409 ``ModelArts.0105``); creating a
tag whose key exists replaces its value; deleting a key that is not there is not an error.  Keys starting
with ``_sys_`` are the system's: refused with 400 ``ModelArts.0107``.

Operations: the disk operations of a supernode's nodes are also the supernode's, and
``get_supernode_operation`` reads them.
"""

from __future__ import annotations

import copy

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
)
from .lite_server_catalogue import checked_image, flavor_named
from .lite_server_lists import page_answer, sorted_views, whole_page
from .lite_servers import (
    KIND as SERVER_KIND,
)
from .lite_servers import (
    OPERATION_KIND,
    SUPERNODE_KIND,
    begin,
    begin_os_change,
    check_login,
    operation_view,
    phase_status,
    server_status,
    server_view,
    sorted_servers,
)

__all__ = ["MAX_TAGS", "supernode_status", "supernode_view"]

MAX_TAGS = 20
_PHASES: dict[str, tuple[str, str, str, str]] = {
    "create": ("PROVISIONING", "ACTIVE", "ERROR", "lite_server_create"),
    "changeos": ("REIMAGING", "ACTIVE", "ACTIVE", "lite_server_os"),
}
_INTERNAL = frozenset({"phase", "phase_ms", "fails", "flavor", "server_ids", "tags"})


def supernode_status(ctx: Context, supernode: JsonObj) -> str:
    """The status the supernode's last action has reached on the clock."""
    return phase_status(ctx, supernode, _PHASES)


def _nodes(ctx: Context, supernode: JsonObj) -> list[JsonObj]:
    found = (ctx.store.get(SERVER_KIND, server_id) for server_id in supernode["server_ids"])
    return [s for s in found if s is not None]


def supernode_view(ctx: Context, supernode: JsonObj) -> JsonObj:
    """The supernode as the API shows it, with its nodes."""
    out = {k: copy.deepcopy(v) for k, v in supernode.items() if k not in _INTERNAL}
    out["status"] = supernode_status(ctx, supernode)
    out["servers"] = [server_view(ctx, node) for node in _nodes(ctx, supernode)]
    return out


def _load(ctx: Context) -> JsonObj:
    supernode_id = ctx.path["supernode_id"]
    supernode = ctx.store.get(SUPERNODE_KIND, supernode_id)
    if supernode is None:
        raise NotFound(NOT_FOUND_CODE, f"supernode {supernode_id} does not exist")
    return supernode


def _require_active(ctx: Context, supernode: JsonObj, action: str) -> None:
    status = supernode_status(ctx, supernode)
    if status != "ACTIVE":
        raise Conflict(NOT_PERMITTED_CODE, f"a supernode in status {status} cannot {action}")


@operation("list_supernodes")
def list_supernodes(ctx: Context) -> JsonObj:
    """The project's supernodes with their nodes, sorted, one page."""
    return page_answer(ctx, sorted_views(ctx, (supernode_view(ctx, s) for s in ctx.store.list(SUPERNODE_KIND))))


@operation("list_all_supernodes")
def list_all_supernodes(ctx: Context) -> JsonObj:
    """Every supernode of the tenant (the emulator's project is the tenant), on one page."""
    return whole_page(sorted_views(ctx, (supernode_view(ctx, s) for s in ctx.store.list(SUPERNODE_KIND))))


@operation("get_supernode")
def get_supernode(ctx: Context) -> JsonObj:
    """One supernode with its nodes."""
    return supernode_view(ctx, _load(ctx))


@operation("list_supernode_servers")
def list_supernode_servers(ctx: Context) -> JsonObj:
    """The supernode's nodes, in the server list shape, on one page."""
    return whole_page(sorted_servers(ctx, _nodes(ctx, _load(ctx))))


def _power(ctx: Context, phase: str, allowed: frozenset[str], action: str) -> JsonObj:
    supernode = _load(ctx)
    _require_active(ctx, supernode, action)
    nodes = _nodes(ctx, supernode)
    statuses = {server_status(ctx, node) for node in nodes}
    if not statuses <= allowed:
        raise Conflict(NOT_PERMITTED_CODE, f"the supernode's nodes are {sorted(statuses)}: they cannot {action}")
    for node in nodes:
        begin(ctx, node, phase)
        ctx.store.update(SERVER_KIND, node["id"], node)
    supernode["update_at"] = ctx.clock.now_ms()
    ctx.store.update(SUPERNODE_KIND, supernode["id"], supernode)
    return supernode_view(ctx, supernode)


@operation("start_supernode")
def start_supernode(ctx: Context) -> JsonObj:
    """Power on: every node STOPPED -> STARTING -> RUNNING."""
    return _power(ctx, "start", frozenset({"STOPPED", "START_FAILED", "STOP_FAILED"}), "be powered on")


@operation("stop_supernode")
def stop_supernode(ctx: Context) -> JsonObj:
    """Power off: every node RUNNING -> STOPPING -> STOPPED."""
    return _power(ctx, "stop", frozenset({"RUNNING", "STOP_FAILED", "REBOOT_FAILED"}), "be powered off")


@operation("change_supernode_os")
def change_supernode_os(ctx: Context) -> JsonObj:
    """Put another supernode image on every node (REIMAGING; each node CHANGINGOS, then RUNNING)."""
    supernode = _load(ctx)
    body: JsonObj = ctx.body or {}
    nodes = _nodes(ctx, supernode)
    _require_active(ctx, supernode, "change its OS")
    statuses = {server_status(ctx, node) for node in nodes}
    if not statuses <= {"STOPPED", "CHANGINGOS_FAILED"}:
        raise Conflict(
            NOT_PERMITTED_CODE, f"the supernode's nodes are {sorted(statuses)}: power the supernode off first"
        )
    check_login(body, "HPS")
    if not body.get("image_id"):
        raise BadRequest(INVALID_PARAMETER_CODE, "changing the OS needs image_id")
    flavor = flavor_named(str(supernode["flavor"])) or {}
    image = checked_image(str(body["image_id"]), flavor, purpose="changeos")
    for node in nodes:
        begin_os_change(ctx, node, image, body, "changeos")
    begin(ctx, supernode, "changeos")
    ctx.store.update(SUPERNODE_KIND, supernode["id"], supernode)
    return supernode_view(ctx, supernode)


@operation("delete_supernode")
def delete_supernode(ctx: Context) -> JsonObj:
    """Answer the supernode as TERMINATING (its nodes DELETING) and forget it and its nodes."""
    supernode = _load(ctx)
    answer = supernode_view(ctx, supernode)
    answer["status"] = "TERMINATING"
    for node in answer["servers"]:
        node["status"] = "DELETING"
    for server_id in supernode["server_ids"]:
        ctx.store.delete(SERVER_KIND, server_id)
    ctx.store.delete(SUPERNODE_KIND, str(supernode["id"]))
    return answer


@operation("get_supernode_operation")
def get_supernode_operation(ctx: Context) -> JsonObj:
    """An operation started on one of the supernode's nodes."""
    supernode = _load(ctx)
    op = ctx.store.get(OPERATION_KIND, ctx.path["operation_id"])
    if op is None or op.get("supernode_id") != supernode["id"]:
        raise NotFound(NOT_FOUND_CODE, f"operation {ctx.path['operation_id']} does not exist on this supernode")
    return operation_view(ctx, op)


def _tags_of(body: JsonObj) -> list[JsonObj]:
    tags = [{"key": str(t["key"]), **({"value": str(t["value"])} if "value" in t else {})} for t in body["tags"]]
    for tag in tags:
        if tag["key"].startswith("_sys_"):
            raise BadRequest(INVALID_PARAMETER_CODE, f"tag key {tag['key']!r}: keys starting with _sys_ are reserved")
    return tags


@operation("list_supernode_tags")
def list_supernode_tags(ctx: Context) -> JsonObj:
    """The supernode's tags, in the order they were first set."""
    return {"tags": copy.deepcopy(_load(ctx)["tags"])}


@operation("create_supernode_tags")
def create_supernode_tags(ctx: Context) -> JsonObj:
    """Add tags (an existing key gets the new value); answers every tag of the supernode."""
    supernode = _load(ctx)
    current: dict[str, JsonObj] = {t["key"]: t for t in supernode["tags"]}
    for tag in _tags_of(ctx.body):
        current[tag["key"]] = tag
    if len(current) > MAX_TAGS:
        raise Conflict(NOT_PERMITTED_CODE, f"a supernode has at most {MAX_TAGS} tags")
    supernode["tags"] = list(current.values())
    supernode["update_at"] = ctx.clock.now_ms()
    ctx.store.update(SUPERNODE_KIND, supernode["id"], supernode)
    return {"tags": copy.deepcopy(supernode["tags"])}


@operation("delete_supernode_tags")
def delete_supernode_tags(ctx: Context) -> JsonObj:
    """Remove tags by key (a given value must match; absent keys are ignored); answers the tags left."""
    supernode = _load(ctx)
    doomed = _tags_of(ctx.body)
    kept = [
        t
        for t in supernode["tags"]
        if not any(d["key"] == t["key"] and d.get("value", t.get("value")) == t.get("value") for d in doomed)
    ]
    supernode["tags"] = kept
    supernode["update_at"] = ctx.clock.now_ms()
    ctx.store.update(SUPERNODE_KIND, supernode["id"], supernode)
    return {"tags": copy.deepcopy(kept)}
