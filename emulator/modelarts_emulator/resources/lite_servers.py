"""Lite Servers (``/v1/{project_id}/dev-servers``): create, read, list, start, stop, reboot, change or
reinstall the OS, attach and detach disks, delete, and the operations the disk calls start.

Why a stored ``phase``: a server's status follows its last action, computed from the clock at read time
(:func:`server_status`), like every other resource of the emulator.  Each action has a transient status,
a status it settles in and a failed status, over its own duration (seconds, overridable with
``create_app(durations=...)``):

============  ===============  ==========  =====================  ======================
action        while running    then        when it fails          duration key
============  ===============  ==========  =====================  ======================
create        CREATING         RUNNING     CREATE_FAILED          ``lite_server_create``
start         STARTING         RUNNING     START_FAILED           ``lite_server_start``
stop          STOPPING         STOPPED     STOP_FAILED            ``lite_server_stop``
reboot        REBOOTING        RUNNING     REBOOT_FAILED          ``lite_server_reboot``
changeos      CHANGINGOS       RUNNING     CHANGINGOS_FAILED      ``lite_server_os``
reinstallos   REINSTALLINGOS   RUNNING     REINSTALLINGOS_FAILED  ``lite_server_os``
============  ===============  ==========  =====================  ======================

What fails, on purpose: a server ordered on a sold-out flavor ends ``CREATE_FAILED``; an OS change to an
``INACTIVE`` image ends ``CHANGINGOS_FAILED`` and keeps the old image (see :mod:`.lite_server_catalogue`).
A delete answers the server as ``DELETING`` and forgets it at once: reads answer 404 from then on (a
client must never read back what it was told is deleted; the contract's ``use_after_free`` check holds
the emulator to that).

Refusals: an unknown flavor or image, an image for another architecture or server type, both or neither
of ``admin_pass`` and ``key_pair_name`` (on a create or an OS change), a password that breaks the
service's rules (:func:`password_problem`), a password on a supernode, ``count`` above 1 for a supernode are
400 ``ModelArts.0107``; an action the status forbids (start a running server, stop a stopped one, act on
a server being created or deleted, change the OS of a server that is not stopped, attach a disk twice,
detach the system disk, delete a supernode's node on its own) is 409 ``ModelArts.0105``; an unknown
server, operation or attached disk is 404 ``ModelArts.0102``.  A request the spec accepts is never
answered 5xx.

Disks: ``attach_dev_server_volume`` / ``detach_dev_server_volume`` answer an operation (``pending``, then
``running``, then ``success`` over ``lite_server_volume`` seconds); the disk shows in (or leaves) the
server's ``volumes`` when the operation succeeds.  The emulator has no EVS: any disk id is a 100 GB data
disk not attached elsewhere in the project.

A create with a supernode flavor (``server_type`` HPS) makes one supernode (:mod:`.lite_supernodes`)
and its nodes, and answers the first node.  The project has one user: ``owner`` is accepted and does
not filter.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping

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
    stage_at,
)
from .lite_server_catalogue import SUPERNODE_NODES, checked_image, flavor_named
from .lite_server_lists import page_answer, sorted_views, whole_page

__all__ = [
    "KIND",
    "OPERATION_KIND",
    "PHASES",
    "SUPERNODE_KIND",
    "begin",
    "begin_os_change",
    "check_login",
    "load_server",
    "new_operation",
    "operation_view",
    "password_problem",
    "phase_status",
    "server_status",
    "server_view",
    "sorted_servers",
]

KIND = "dev_server"
SUPERNODE_KIND = "supernode"
OPERATION_KIND = "dev_server_operation"

PHASES: dict[str, tuple[str, str, str, str]] = {
    # phase -> (status while running, status after, status when it fails, duration key)
    "create": ("CREATING", "RUNNING", "CREATE_FAILED", "lite_server_create"),
    "start": ("STARTING", "RUNNING", "START_FAILED", "lite_server_start"),
    "stop": ("STOPPING", "STOPPED", "STOP_FAILED", "lite_server_stop"),
    "reboot": ("REBOOTING", "RUNNING", "REBOOT_FAILED", "lite_server_reboot"),
    "changeos": ("CHANGINGOS", "RUNNING", "CHANGINGOS_FAILED", "lite_server_os"),
    "reinstallos": ("REINSTALLINGOS", "RUNNING", "REINSTALLINGOS_FAILED", "lite_server_os"),
}
"""Each action's statuses and the duration key of :data:`..framework.DEFAULT_DURATIONS`."""

_SETTLED = frozenset({"RUNNING", "STOPPED"})
_STOPPED_FOR_OS = frozenset({"STOPPED", "CHANGINGOS_FAILED", "REINSTALLINGOS_FAILED"})
_DATA_DISK_GB = 100
_INTERNAL = frozenset({"phase", "phase_ms", "fails", "previous_image", "supernode_id", "security_group_id"})
"""Stored fields the API does not show."""


def phase_status(ctx: Context, record: JsonObj, phases: Mapping[str, tuple[str, str, str, str]]) -> str:
    """The status a server's or supernode's last action (``phase``, started at ``phase_ms``) has
    reached on the clock: the running status for the phase's duration, then the settled or failed one."""
    running, done, failed, key = phases[str(record["phase"])]
    if ctx.elapsed(int(record["phase_ms"])) < ctx.duration(key):
        return running
    return failed if record.get("fails") else done


def server_status(ctx: Context, server: JsonObj) -> str:
    """The status the server's last action has reached on the clock."""
    return phase_status(ctx, server, PHASES)


def _volume_visible(ctx: Context, volume: JsonObj) -> bool:
    settle = ctx.duration("lite_server_volume")
    attached = volume.get("attached_ms")
    if attached is not None and ctx.elapsed(int(attached)) < settle:
        return False
    detached = volume.get("detached_ms")
    return detached is None or ctx.elapsed(int(detached)) < settle


def server_view(ctx: Context, server: JsonObj) -> JsonObj:
    """The server as the API shows it (``DevServer``)."""
    status = server_status(ctx, server)
    out = {k: copy.deepcopy(v) for k, v in server.items() if k not in _INTERNAL}
    out["status"] = status
    if status == "CHANGINGOS" and server.get("previous_image"):
        out["image"] = copy.deepcopy(server["previous_image"])  # the old OS until the change succeeds
    out["volumes"] = [
        {k: v for k, v in vol.items() if k not in ("attached_ms", "detached_ms")}
        for vol in server["volumes"]
        if _volume_visible(ctx, vol)
    ]
    return out


def load_server(ctx: Context, server_id: str) -> JsonObj:
    """The stored server, or 404."""
    server = ctx.store.get(KIND, server_id)
    if server is None:
        raise NotFound(NOT_FOUND_CODE, f"Lite Server {server_id} does not exist")
    return server


def sorted_servers(ctx: Context, servers: Iterable[JsonObj]) -> list[JsonObj]:
    """Views of ``servers`` in the order the query asks for."""
    return sorted_views(ctx, (server_view(ctx, s) for s in servers))


def begin(ctx: Context, server: JsonObj, phase: str, *, fails: bool = False) -> None:
    """Start ``phase`` on the server now (stored by the caller)."""
    now = ctx.clock.now_ms()
    server["phase"] = phase
    server["phase_ms"] = now
    server["fails"] = fails
    server["update_at"] = now


def _require(ctx: Context, server: JsonObj, allowed: Iterable[str], action: str) -> str:
    status = server_status(ctx, server)
    if status not in allowed:
        raise Conflict(NOT_PERMITTED_CODE, f"a Lite Server in status {status} cannot {action}")
    return status


# --------------------------------------------------------------------------- create


def check_login(body: JsonObj, server_type: str) -> None:
    """Exactly one of ``admin_pass`` and ``key_pair_name``; a supernode takes a key pair only; a
    password follows the service's rules (checked here because a pattern cannot say them)."""
    password, has_key = body.get("admin_pass"), bool(body.get("key_pair_name"))
    if server_type == "HPS" and password:
        raise BadRequest(INVALID_PARAMETER_CODE, "a supernode logs in with a key pair only (no admin_pass)")
    if bool(password) == has_key:
        raise BadRequest(INVALID_PARAMETER_CODE, "give exactly one of admin_pass and key_pair_name")
    if password:
        problem = password_problem(str(password))
        if problem:
            raise BadRequest(INVALID_PARAMETER_CODE, f"admin_pass: {problem}")


_PASSWORD_SPECIALS = frozenset("!@$%^-_=+[{}]:,./?")
_FORBIDDEN_WORDS = ("root", "administrator")


def password_problem(password: str) -> str | None:
    """What is wrong with a login password, or ``None``.

    8 to 26 characters of letters, digits and ``!@$%^-_=+[{}]:,./?``, at least three of the four kinds
    (upper case, lower case, digit, special), and not containing ``root`` or ``administrator``, nor
    either reversed (the user names of the images).  The message never repeats the password.
    """
    if not 8 <= len(password) <= 26:
        return "must be 8 to 26 characters"
    if any(not (c.isascii() and c.isalnum()) and c not in _PASSWORD_SPECIALS for c in password):
        return "may hold only letters, digits and !@$%^-_=+[{}]:,./?"
    kinds = (
        any(c.isupper() for c in password),
        any(c.islower() for c in password),
        any(c.isdigit() for c in password),
        any(c in _PASSWORD_SPECIALS for c in password),
    )
    if sum(kinds) < 3:
        return "needs at least three of upper case letters, lower case letters, digits and special characters"
    lowered = password.lower()
    if any(word in lowered or word[::-1] in lowered for word in _FORBIDDEN_WORDS):
        return "may not contain root or administrator, nor either reversed"
    return None


def _checked_flavor(body: JsonObj) -> JsonObj:
    name = body.get("flavor") or body.get("resource_flavor")
    if not name:
        raise BadRequest(INVALID_PARAMETER_CODE, "give flavor (or resource_flavor)")
    flavor = flavor_named(str(name))
    if flavor is None:
        raise BadRequest(INVALID_PARAMETER_CODE, f"flavor {name} is not in the Lite Server flavor catalogue")
    for field in ("server_type", "arch"):
        if body.get(field) and body[field] != flavor[field]:
            raise BadRequest(INVALID_PARAMETER_CODE, f"flavor {name} has {field} {flavor[field]}, not {body[field]}")
    return flavor


def _volumes(ctx: Context, body: JsonObj) -> list[JsonObj]:
    root = body.get("root_volume") or {}
    size, evs_type = int(root.get("size", 100)), str(root.get("type", "SSD"))
    volumes: list[JsonObj] = [{"evs_id": ctx.new_uuid(), "type": "ROOT", "size": size, "evs_type": evs_type}]
    data = body.get("data_volume")
    if data:
        for _ in range(int(data.get("count", 1))):
            volumes.append(
                {"evs_id": ctx.new_uuid(), "type": "DATA", "size": int(data["size"]), "evs_type": str(data["type"])}
            )
    return volumes


def _private_ip(number: int) -> str:
    """The ``number``-th server's private address in 192.168.0.0/16 (.2 to .251 of each /24)."""
    return f"192.168.{number // 250 % 256}.{number % 250 + 2}"


def _new_server(ctx: Context, body: JsonObj, flavor: JsonObj, image: JsonObj, name: str, number: int) -> JsonObj:
    now = ctx.clock.now_ms()
    network = body["network"]
    charging = body.get("charging_info") or {}
    server_id = ctx.new_uuid()
    server: JsonObj = {
        "id": server_id,
        "name": name,
        "flavor": flavor["flavor"],
        "category": "HPS" if flavor["server_type"] == "HPS" else "SERVER",
        "charging_mode": str(charging.get("charging_mode", "POST_PAID")),
        "cloud_server": {"id": ctx.new_uuid(), "type": flavor["server_type"]},
        "image": image,
        "vpc_id": str(network["vpc_id"]),
        "subnet_id": str(network["subnet_id"]),
        "security_group_id": str(network["security_group_id"]),
        "endpoints": [{"service": "SSH", "dev_service": "SSH", "uri": _private_ip(number)}],
        "volumes": _volumes(ctx, body),
        "create_at": now,
        "update_at": now,
        "phase": "create",
        "phase_ms": now,
        "fails": bool(flavor["is_sold_out"]),
    }
    if body.get("key_pair_name"):
        server["key_pair_name"] = str(body["key_pair_name"])
        server["endpoints"][0]["key_pair_names"] = [server["key_pair_name"]]
    if server["charging_mode"] == "PRE_PAID":
        server["order_id"] = ctx.new_uuid().replace("-", "")[:20].upper()
    return server


def _new_supernode(ctx: Context, body: JsonObj, servers: list[JsonObj], fails: bool) -> JsonObj:
    now = ctx.clock.now_ms()
    supernode: JsonObj = {
        "id": ctx.new_uuid(),
        "name": str(body["name"]),
        "hps_id": ctx.new_uuid(),
        "hps_cluster_id": str(body.get("hps_cluster_id") or ctx.new_uuid()),
        "create_at": now,
        "update_at": now,
        "phase": "create",
        "phase_ms": now,
        "fails": fails,
        "flavor": servers[0]["flavor"],
        "tags": [],
        "server_ids": [s["id"] for s in servers],
    }
    if servers and servers[0].get("order_id"):
        supernode["order_id"] = servers[0]["order_id"]
    for node in servers:
        node["supernode_id"] = supernode["id"]
        node["server_hps"] = {"id": supernode["id"], "name": supernode["name"]}
        node["cloud_server"].update({"hps_id": supernode["hps_id"], "hps_ecs_id": node["cloud_server"]["id"]})
    return supernode


@operation("create_dev_server")
def create_dev_server(ctx: Context) -> JsonObj:
    """Order ``count`` servers (or one supernode and its nodes); answers the first server."""
    body: JsonObj = ctx.body
    flavor = _checked_flavor(body)
    server_type = str(flavor["server_type"])
    check_login(body, server_type)
    image = checked_image(str(body["image_id"]), flavor, purpose="create")
    count = int(body.get("count") or 1)
    if server_type == "HPS" and count > 1:
        raise BadRequest(INVALID_PARAMETER_CODE, "count is not supported for a supernode (one per request)")
    nodes = SUPERNODE_NODES if server_type == "HPS" else count
    names = [str(body["name"])] if nodes == 1 else [f"{body['name']}-{i:04d}" for i in range(1, nodes + 1)]
    servers = [_new_server(ctx, body, flavor, dict(image), name, ctx.store.next_id(KIND)) for name in names]
    if server_type == "HPS":
        supernode = _new_supernode(ctx, body, servers, bool(flavor["is_sold_out"]))
        ctx.store.insert(SUPERNODE_KIND, supernode["id"], supernode)
    for server in servers:
        ctx.store.insert(KIND, server["id"], server)
    return server_view(ctx, servers[0])


# --------------------------------------------------------------------------- reads


@operation("get_dev_server")
def get_dev_server(ctx: Context) -> JsonObj:
    """One server with its current status."""
    return server_view(ctx, load_server(ctx, ctx.path["server_id"]))


@operation("list_dev_servers")
def list_dev_servers(ctx: Context) -> JsonObj:
    """The project's servers, sorted, one page (``offset`` records, ``limit`` per page)."""
    return page_answer(ctx, sorted_servers(ctx, ctx.store.list(KIND)))


@operation("list_all_dev_servers")
def list_all_dev_servers(ctx: Context) -> JsonObj:
    """Every server of the tenant (the emulator's project is the tenant), on one page."""
    return whole_page(sorted_servers(ctx, ctx.store.list(KIND)))


@operation("sync_dev_servers")
def sync_dev_servers(ctx: Context) -> JsonObj:
    """The list, after bringing every status up to date (statuses are always current here)."""
    return page_answer(ctx, sorted_servers(ctx, ctx.store.list(KIND)))


# --------------------------------------------------------------------------- actions


def _act(ctx: Context, phase: str, allowed: Iterable[str], action: str, *, fails: bool = False) -> JsonObj:
    server = load_server(ctx, ctx.path["server_id"])
    _require(ctx, server, allowed, action)
    begin(ctx, server, phase, fails=fails)
    ctx.store.update(KIND, server["id"], server)
    return server_view(ctx, server)


@operation("start_dev_server")
def start_dev_server(ctx: Context) -> JsonObj:
    """STOPPED (or a failed start/stop) -> STARTING -> RUNNING."""
    return _act(ctx, "start", ("STOPPED", "START_FAILED", "STOP_FAILED"), "be started")


@operation("stop_dev_server")
def stop_dev_server(ctx: Context) -> JsonObj:
    """RUNNING (or a failed stop/reboot) -> STOPPING -> STOPPED."""
    return _act(ctx, "stop", ("RUNNING", "STOP_FAILED", "REBOOT_FAILED"), "be stopped")


@operation("reboot_dev_server")
def reboot_dev_server(ctx: Context) -> JsonObj:
    """RUNNING -> REBOOTING -> RUNNING."""
    return _act(ctx, "reboot", ("RUNNING", "REBOOT_FAILED"), "be rebooted")


def _os_change(ctx: Context, phase: str) -> JsonObj:
    """The state first (409), then the body (400): a running server is refused whatever the body says."""
    server = load_server(ctx, ctx.path["server_id"])
    body: JsonObj = ctx.body or {}
    _require(ctx, server, _STOPPED_FOR_OS, "change its OS (stop it first)")
    if server.get("supernode_id") and phase == "changeos":
        raise Conflict(NOT_PERMITTED_CODE, "a supernode's nodes change OS together: use change_supernode_os")
    flavor = flavor_named(str(server["flavor"])) or {}
    check_login(body, str(flavor.get("server_type", "")))
    if phase == "changeos":
        if not body.get("image_id"):
            raise BadRequest(INVALID_PARAMETER_CODE, "changing the OS needs image_id")
        image = checked_image(str(body["image_id"]), flavor, purpose="changeos")
    else:
        image = dict(server["image"])
    begin_os_change(ctx, server, image, body, phase)
    return server_view(ctx, server)


def begin_os_change(ctx: Context, server: JsonObj, image: JsonObj, body: JsonObj, phase: str) -> None:
    """Start an OS change or reinstall on a server (stored): the old image is shown until it is done,
    an inactive image fails it and the old one stays, a new key pair replaces the old."""
    fails = image["status"] != "ACTIVE"
    server["previous_image"] = dict(server["image"])
    if not fails:
        server["image"] = dict(image)
    if body.get("key_pair_name"):
        server["key_pair_name"] = str(body["key_pair_name"])
    begin(ctx, server, phase, fails=fails)
    ctx.store.update(KIND, server["id"], server)


@operation("change_dev_server_os")
def change_dev_server_os(ctx: Context) -> JsonObj:
    """Put another catalogue image on the server (CHANGINGOS -> RUNNING, the new image shown then)."""
    return _os_change(ctx, "changeos")


@operation("reinstall_dev_server_os")
def reinstall_dev_server_os(ctx: Context) -> JsonObj:
    """Reinstall the server's own image (REINSTALLINGOS -> RUNNING)."""
    return _os_change(ctx, "reinstallos")


@operation("delete_dev_server")
def delete_dev_server(ctx: Context) -> JsonObj:
    """Answer the server as DELETING and forget it: from now on it answers 404.

    A supernode's node goes with its supernode (409 on its own).
    """
    server = load_server(ctx, ctx.path["server_id"])
    if server.get("supernode_id"):
        raise Conflict(NOT_PERMITTED_CODE, "this server is a node of a supernode: delete the supernode")
    answer = server_view(ctx, server)
    answer["status"] = "DELETING"
    ctx.store.delete(KIND, server["id"])
    return answer


# --------------------------------------------------------------------------- disks and operations


def new_operation(ctx: Context, server: JsonObj, operation_type: str) -> JsonObj:
    """Store an operation on ``server`` (and its supernode, if any) and answer it."""
    op: JsonObj = {
        "operation_id": ctx.new_uuid(),
        "operation_type": operation_type,
        "server_id": server["id"],
        "supernode_id": server.get("supernode_id"),
        "created_ms": ctx.clock.now_ms(),
    }
    ctx.store.insert(OPERATION_KIND, op["operation_id"], op)
    return operation_view(ctx, op)


def operation_view(ctx: Context, op: JsonObj) -> JsonObj:
    """``pending`` for the first quarter of ``lite_server_volume``, ``running``, then ``success``."""
    settle = ctx.duration("lite_server_volume")
    stages = [(0.0, "pending"), (settle / 4, "running"), (settle, "success")]
    status = stage_at(ctx.elapsed(int(op["created_ms"])), stages)
    return {"operation_id": op["operation_id"], "operation_status": status, "operation_type": op["operation_type"]}


@operation("get_dev_server_operation")
def get_dev_server_operation(ctx: Context) -> JsonObj:
    """An operation started on this server; 404 for another server's or an unknown one."""
    server = load_server(ctx, ctx.path["server_id"])
    op = ctx.store.get(OPERATION_KIND, ctx.path["operation_id"])
    if op is None or op["server_id"] != server["id"]:
        raise NotFound(NOT_FOUND_CODE, f"operation {ctx.path['operation_id']} does not exist on this server")
    return operation_view(ctx, op)


def _prune(ctx: Context, server: JsonObj) -> None:
    """Forget the disks whose detach has finished."""
    server["volumes"] = [v for v in server["volumes"] if v.get("detached_ms") is None or _volume_visible(ctx, v)]


def _disk_owner(ctx: Context, volume_id: str) -> JsonObj | None:
    for server in ctx.store.list(KIND):
        for volume in server["volumes"]:
            if volume["evs_id"] == volume_id and volume.get("detached_ms") is None:
                return server
    return None


@operation("attach_dev_server_volume")
def attach_dev_server_volume(ctx: Context) -> JsonObj:
    """Attach a disk (any id: the emulator has no EVS); it shows in ``volumes`` once the operation succeeds."""
    server = load_server(ctx, ctx.path["server_id"])
    _require(ctx, server, _SETTLED, "attach a disk")
    volume_id = str(ctx.body["volume_id"])
    owner = _disk_owner(ctx, volume_id)
    if owner is not None:
        where = "this server" if owner["id"] == server["id"] else f"server {owner['id']}"
        raise Conflict(NOT_PERMITTED_CODE, f"disk {volume_id} is already attached to {where}")
    now = ctx.clock.now_ms()
    _prune(ctx, server)
    server["volumes"].append(
        {"evs_id": volume_id, "type": "DATA", "size": _DATA_DISK_GB, "evs_type": "SSD", "attached_ms": now}
    )
    server["update_at"] = now
    ctx.store.update(KIND, server["id"], server)
    return new_operation(ctx, server, "node_attach_volume")


@operation("detach_dev_server_volume")
def detach_dev_server_volume(ctx: Context) -> JsonObj:
    """Detach a data disk; it leaves ``volumes`` once the operation succeeds (the system disk stays)."""
    server = load_server(ctx, ctx.path["server_id"])
    volume_id = ctx.path["volume_id"]
    volume = next(
        (v for v in server["volumes"] if v["evs_id"].lower() == volume_id.lower() and v.get("detached_ms") is None),
        None,
    )
    if volume is None or not _volume_visible(ctx, volume):
        raise NotFound(NOT_FOUND_CODE, f"disk {volume_id} is not attached to this server")
    if volume["type"] == "ROOT":
        raise Conflict(NOT_PERMITTED_CODE, "the system disk cannot be detached")
    _require(ctx, server, _SETTLED, "detach a disk")
    now = ctx.clock.now_ms()
    volume["detached_ms"] = now
    _prune(ctx, server)
    server["update_at"] = now
    ctx.store.update(KIND, server["id"], server)
    return new_operation(ctx, server, "node_detach_volume")
