"""Chapter 8 of the reference: workspaces and their quotas.

Why it looks the way it does:

* The system's default workspace (id ``"0"``, name ``default``) exists in every project without
  being created, as on the real service; it is written to the store on first use so that its
  description, grants and quotas can change like any other workspace's.  It cannot be renamed or
  deleted.
* ``WorkspaceStatus`` has no creating state and the reference's creation sample already answers
  ``NORMAL``, so a new workspace is ``NORMAL`` at once.  Deletion is immediate: once DELETE has
  answered 200 the workspace answers 404 everywhere (a client must never read back what it was
  told is deleted; schemathesis's ``use_after_free`` check holds the emulator to that).  A
  workspace that still holds models or services is not deleted: 409 ``ModelArts.0105`` (delete
  those resources first).  ``DELETING``/``DELETE_FAILED`` are still understood in stored state
  (older state files), which is why :func:`_resolve` remains.
* Quotas come from a fixed catalogue of resources (limits as in the reference's sample); only
  the values a caller changed are stored.  ``used_quota`` is ``null`` for an unlimited (-1)
  quota, as documented.
* Other modules (models, services, and anyone else taking a ``workspace_id``) call
  :func:`require_usable_workspace` so "workspace not found" is answered the same way everywhere.

Status codes: a refusal caused by a resource's current state (still deploying, being deleted,
not yet published) is 409, the framework's ``Conflict``; a rule of the reference broken by the
request is 400; what the reference forbids outright (``ModelArts.0105``/``0108``) is 403; a
missing resource, including one the body names, is 404.

State: kind ``workspace``, keyed by workspace id.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any, TypeVar

from modelarts_emulator.framework import (
    INVALID_PARAMETER_CODE,
    NOT_FOUND_CODE,
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

__all__ = [
    "DEFAULT_WORKSPACE_ID",
    "KIND",
    "QUOTA_CATALOGUE",
    "bool_param",
    "int_param",
    "load_workspace",
    "page_of",
    "require_usable_workspace",
    "select_page_of",
    "workspace_status",
]

KIND = "workspace"
DEFAULT_WORKSPACE_ID = "0"
DEFAULT_WORKSPACE_NAME = "default"
OWNER_NAME = "emulator-user"
"""User name reported as the creator of workspaces (the emulator has a single user)."""

WORKSPACE_NOT_FOUND = "ModelArts.7005"
WORKSPACE_ABNORMAL = "ModelArts.7004"
NAME_TAKEN = "ModelArts.0103"
NOT_PERMITTED = "ModelArts.0105"

QUOTA_CATALOGUE: tuple[JsonObj, ...] = (
    {
        "resource": "exemlProject.gpu_duration",
        "name_en": "ExeML training duration (image classification, object detection, and sound classification)",
        "name_cn": "自动学习训练时长(图像分类、物体检测、声音分类)",
        "unit_en": "minute",
        "unit_cn": "分钟",
        "min_quota": -1,
        "max_quota": 60000,
    },
    {
        "resource": "notebook.gpu_duration",
        "name_en": "Notebook GPU duration",
        "name_cn": "Notebook GPU 使用时长",
        "unit_en": "minute",
        "unit_cn": "分钟",
        "min_quota": -1,
        "max_quota": 6000000,
    },
    {
        "resource": "train.gpu_duration",
        "name_en": "Training job GPU duration",
        "name_cn": "训练作业 GPU 使用时长",
        "unit_en": "minute",
        "unit_cn": "分钟",
        "min_quota": -1,
        "max_quota": 6000000,
    },
    {
        "resource": "service.gpu_duration",
        "name_en": "Real-time service GPU duration",
        "name_cn": "在线服务 GPU 使用时长",
        "unit_en": "minute",
        "unit_cn": "分钟",
        "min_quota": -1,
        "max_quota": 6000000,
    },
    {
        "resource": "service.cpu_duration",
        "name_en": "Real-time service CPU duration",
        "name_cn": "在线服务 CPU 使用时长",
        "unit_en": "minute",
        "unit_cn": "分钟",
        "min_quota": -1,
        "max_quota": 6000000,
    },
)
"""The quota resources every workspace has; each starts unlimited (-1)."""


# ------------------------------------------------------------------ helpers shared with G2 modules


def int_param(value: Any, default: int) -> int:
    """A query integer, tolerant of the validator having left it a string."""
    if value is None:
        return default
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    try:
        return int(str(value))
    except ValueError:
        return default


def bool_param(value: Any, default: bool = False) -> bool:
    """A query boolean, tolerant of the validator having left it a string."""
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("true", "1", "yes")


_T = TypeVar("_T")


def page_of(items: Sequence[_T], offset: int, limit: int) -> list[_T]:
    """One page when ``offset`` counts pages (``x-pagination offset_unit: page``).

    A non-positive ``limit`` (allowed where the spec sets no minimum) means "everything", so a
    request the schema accepts is never refused; a negative offset is read as 0.
    """
    if limit <= 0:
        return list(items)
    start = max(offset, 0) * limit
    return list(items[start : start + limit])


def select_page_of(
    ctx: Context, index: Index, prefix: IndexKey, offset: int, limit: int, *, descending: bool
) -> list[JsonObj]:
    """:func:`page_of`, read from an index: only the page's objects are loaded."""
    if limit <= 0:
        return ctx.store.select(index, prefix, descending=descending)
    return ctx.store.select(index, prefix, offset=max(offset, 0) * limit, limit=limit, descending=descending)


def sort_records(items: list[JsonObj], key: str, order: str) -> list[JsonObj]:
    """Stable sort on one field; records lacking it sort first in ascending order."""
    return sorted(
        items,
        key=lambda obj: (obj.get(key) is not None, obj.get(key) if obj.get(key) is not None else 0),
        reverse=(order == "desc"),
    )


def _user_id_for(name: str) -> str:
    """A stable IAM-style user id (32 hex characters) for a user name."""
    return hashlib.md5(name.encode("utf-8"), usedforsecurity=False).hexdigest()


# ------------------------------------------------------------------ state


def _default_workspace(ctx: Context) -> JsonObj:
    now = ctx.clock.now_ms()
    return {
        "id": DEFAULT_WORKSPACE_ID,
        "name": DEFAULT_WORKSPACE_NAME,
        "description": "",
        "owner": OWNER_NAME,
        "create_time": now,
        "update_time": now,
        "enterprise_project_id": "0",
        "enterprise_project_name": "default",
        "auth_type": "PUBLIC",
        "grants": [],
        "status": "NORMAL",
        "deleting_since": None,
        "delete_fails": False,
        "quotas": {},
    }


def _ensure_default(ctx: Context) -> None:
    if ctx.store.get(KIND, DEFAULT_WORKSPACE_ID) is None:
        ctx.store.insert(KIND, DEFAULT_WORKSPACE_ID, _default_workspace(ctx))


def _resolve(ctx: Context, obj: JsonObj) -> JsonObj | None:
    """Apply a finished deletion: purge the workspace or settle it in DELETE_FAILED."""
    since = obj.get("deleting_since")
    if since is None:
        return obj
    if ctx.elapsed(int(since)) < ctx.duration("workspace_delete"):
        return obj
    if obj.get("delete_fails"):
        obj["deleting_since"] = None
        obj["delete_fails"] = False
        obj["status"] = "DELETE_FAILED"
        obj["update_time"] = int(since) + int(ctx.duration("workspace_delete") * 1000)
        ctx.store.update(KIND, obj["id"], obj)
        return obj
    ctx.store.delete(KIND, obj["id"])
    return None


def workspace_status(obj: JsonObj) -> str:
    """The status of a resolved workspace."""
    return "DELETING" if obj.get("deleting_since") is not None else str(obj.get("status", "NORMAL"))


def load_workspace(ctx: Context, workspace_id: str) -> JsonObj | None:
    """The workspace as it stands now on the clock, or ``None`` if it does not exist (any more)."""
    _ensure_default(ctx)
    obj = ctx.store.get(KIND, workspace_id)
    if obj is None:
        return None
    return _resolve(ctx, obj)


def _all_workspaces(ctx: Context) -> list[JsonObj]:
    _ensure_default(ctx)
    resolved = (_resolve(ctx, obj) for obj in ctx.store.list(KIND))
    return [obj for obj in resolved if obj is not None]


def _require(ctx: Context, workspace_id: str) -> JsonObj:
    obj = load_workspace(ctx, workspace_id)
    if obj is None:
        raise NotFound(WORKSPACE_NOT_FOUND, f"workspace: {workspace_id} not exist.")
    return obj


def require_usable_workspace(ctx: Context, workspace_id: str | None) -> str:
    """Check that resources may be created in a workspace; returns its id (``"0"`` when absent).

    404 ``ModelArts.7005`` if it does not exist, 409 ``ModelArts.7004`` unless it is ``NORMAL``.
    """
    ws_id = workspace_id if workspace_id not in (None, "") else DEFAULT_WORKSPACE_ID
    assert ws_id is not None
    obj = _require(ctx, ws_id)
    status = workspace_status(obj)
    if status != "NORMAL":
        raise Conflict(WORKSPACE_ABNORMAL, f"workspace: {ws_id} is {status}; resources cannot be created in it.")
    return ws_id


def _holds_resources(ctx: Context, workspace_id: str) -> bool:
    for kind in ("model", "service"):
        if any(str(obj.get("workspace_id", DEFAULT_WORKSPACE_ID)) == workspace_id for obj in ctx.store.list(kind)):
            return True
    return False


def _name_taken(ctx: Context, name: str, except_id: str | None = None) -> bool:
    return any(obj["name"] == name and obj["id"] != except_id for obj in _all_workspaces(ctx))


def _normalize_grants(grants: Any) -> list[JsonObj]:
    """Fill in both user_id and user_name of each grant (user_id wins when both are given)."""
    result: list[JsonObj] = []
    for index, grant in enumerate(grants or []):
        user_id = grant.get("user_id") if isinstance(grant, dict) else None
        user_name = grant.get("user_name") if isinstance(grant, dict) else None
        if not user_id and not user_name:
            raise BadRequest(INVALID_PARAMETER_CODE, f"grants[{index}]: user_id or user_name is required.")
        if user_id:
            result.append({"user_id": user_id, "user_name": user_name or f"iam-user-{str(user_id)[:8]}"})
        else:
            result.append({"user_id": _user_id_for(str(user_name)), "user_name": user_name})
    return result


def _eps_name(eps_id: str) -> str:
    return "default" if eps_id in ("", "0") else f"eps-{eps_id[:8]}"


# ------------------------------------------------------------------ rendering

_SUMMARY_FIELDS = (
    "id",
    "name",
    "description",
    "owner",
    "create_time",
    "update_time",
    "enterprise_project_id",
    "enterprise_project_name",
    "auth_type",
)


def _summary(obj: JsonObj) -> JsonObj:
    out = {key: obj[key] for key in _SUMMARY_FIELDS}
    out["status"] = workspace_status(obj)
    return out


def _info(obj: JsonObj) -> JsonObj:
    out = _summary(obj)
    if obj.get("auth_type") == "INTERNAL":
        out["grants"] = [dict(grant) for grant in obj.get("grants", [])]
    return out


def _quota_view(obj: JsonObj, entry: JsonObj, *, with_used: bool) -> JsonObj:
    stored = obj.get("quotas", {}).get(entry["resource"], {})
    quota = int(stored.get("quota", -1))
    out: JsonObj = {
        "name_en": entry["name_en"],
        "name_cn": entry["name_cn"],
        "resource": entry["resource"],
        "quota": quota,
        "min_quota": entry["min_quota"],
        "max_quota": entry["max_quota"],
        "unit_en": entry["unit_en"],
        "unit_cn": entry["unit_cn"],
        "update_time": int(stored.get("update_time", obj["create_time"])),
    }
    if with_used:
        out["used_quota"] = None if quota == -1 else 0
    return out


# ------------------------------------------------------------------ handlers


@operation("create_workspace")
def create_workspace(ctx: Context) -> JsonObj:
    """8.1: a new workspace, NORMAL at once (see the module docstring)."""
    body: JsonObj = ctx.body or {}
    name = str(body["name"])
    if _name_taken(ctx, name):
        raise Conflict(NAME_TAKEN, f"workspace name {name} already exists.")
    auth_type = body.get("auth_type", "PUBLIC")
    grants = _normalize_grants(body.get("grants")) if auth_type == "INTERNAL" else []
    eps_id = str(body.get("enterprise_project_id") or "0")
    now = ctx.clock.now_ms()
    ws_id = ctx.new_uuid().replace("-", "")
    obj: JsonObj = {
        "id": ws_id,
        "name": name,
        "description": body.get("description", ""),
        "owner": OWNER_NAME,
        "create_time": now,
        "update_time": now,
        "enterprise_project_id": eps_id,
        "enterprise_project_name": _eps_name(eps_id),
        "auth_type": auth_type,
        "grants": grants,
        "status": "NORMAL",
        "deleting_since": None,
        "delete_fails": False,
        "quotas": {},
    }
    ctx.store.insert(KIND, ws_id, obj)
    return _info(obj)


@operation("list_workspaces")
def list_workspaces(ctx: Context) -> JsonObj:
    """8.2: filter by enterprise project and name (fuzzy), sort, then page (offset counts pages)."""
    items = _all_workspaces(ctx)
    eps_id = ctx.query.get("enterprise_project_id")
    if eps_id not in (None, ""):
        items = [obj for obj in items if obj["enterprise_project_id"] == str(eps_id)]
    name = ctx.query.get("name")
    if name not in (None, ""):
        needle = str(name).lower()
        items = [obj for obj in items if needle in obj["name"].lower()]
    sort_by = str(ctx.query.get("sort_by") or "name")
    order = str(ctx.query.get("order") or "desc")
    views = [_summary(obj) for obj in items]
    views = sort_records(views, sort_by if sort_by in ("name", "update_time", "status") else "name", order)
    page = page_of(views, int_param(ctx.query.get("offset"), 0), int_param(ctx.query.get("limit"), 1000))
    return {"total_count": len(views), "count": len(page), "workspaces": page}


@operation("get_workspace")
def get_workspace(ctx: Context) -> JsonObj:
    """8.4: one workspace with its grants."""
    return _info(_require(ctx, ctx.path["workspace_id"]))


@operation("update_workspace")
def update_workspace(ctx: Context) -> JsonObj:
    """8.5: change only the fields given; the default workspace keeps its name."""
    ws_id = ctx.path["workspace_id"]
    obj = _require(ctx, ws_id)
    status = workspace_status(obj)
    if status in ("DELETING", "CREATE_FAILED"):
        raise Conflict(WORKSPACE_ABNORMAL, f"workspace: {ws_id} is {status} and cannot be modified.")
    body: JsonObj = ctx.body or {}
    if "name" in body and body["name"] != obj["name"]:
        if ws_id == DEFAULT_WORKSPACE_ID:
            raise Forbidden(NOT_PERMITTED, "The default workspace cannot be renamed.")
        if _name_taken(ctx, str(body["name"]), except_id=ws_id):
            raise Conflict(NAME_TAKEN, f"workspace name {body['name']} already exists.")
        obj["name"] = body["name"]
    if "description" in body:
        obj["description"] = body["description"]
    if "auth_type" in body:
        obj["auth_type"] = body["auth_type"]
    if "grants" in body:
        obj["grants"] = _normalize_grants(body["grants"])
    if obj["auth_type"] != "INTERNAL":
        obj["grants"] = []
    obj["update_time"] = ctx.clock.now_ms()
    ctx.store.update(KIND, ws_id, obj)
    return {"workspace_id": ws_id}


@operation("delete_workspace")
def delete_workspace(ctx: Context) -> JsonObj:
    """8.3: delete a workspace; it is gone at once (see the module docstring).

    A workspace that still holds models or services is refused (409 ``ModelArts.0105``) rather
    than accepted and left behind: once DELETE has answered 200, every read must answer 404.
    Deleting it again is 404 ``ModelArts.7005``, like any other missing workspace.
    """
    ws_id = ctx.path["workspace_id"]
    if ws_id == DEFAULT_WORKSPACE_ID:
        raise Forbidden(NOT_PERMITTED, "The default workspace cannot be deleted.")
    _require(ctx, ws_id)
    if _holds_resources(ctx, ws_id):
        raise Conflict(NOT_PERMITTED, f"workspace: {ws_id} still holds models or services; delete them first.")
    ctx.store.delete(KIND, ws_id)
    return {"workspace_id": ws_id}


@operation("get_workspace_quotas")
def get_workspace_quotas(ctx: Context) -> JsonObj:
    """8.6: every quota of the catalogue, with its current limit and use."""
    obj = _require(ctx, ctx.path["workspace_id"])
    return {"quotas": [_quota_view(obj, entry, with_used=True) for entry in QUOTA_CATALOGUE]}


@operation("update_workspace_quotas")
def update_workspace_quotas(ctx: Context) -> JsonObj:
    """8.7: set new limits (-1 or within [min_quota, max_quota], never 0); answer the changed ones."""
    ws_id = ctx.path["workspace_id"]
    obj = _require(ctx, ws_id)
    if workspace_status(obj) == "DELETING":
        raise Conflict(WORKSPACE_ABNORMAL, f"workspace: {ws_id} is being deleted.")
    catalogue = {entry["resource"]: entry for entry in QUOTA_CATALOGUE}
    body: JsonObj = ctx.body or {}
    changes: list[JsonObj] = list(body.get("quotas") or [])
    for index, change in enumerate(changes):
        resource = str(change["resource"])
        quota = int(change["quota"])
        entry = catalogue.get(resource)
        if entry is None:
            raise NotFound(NOT_FOUND_CODE, f"quotas[{index}].resource: no quota resource {resource!r}.")
        if quota == 0 or (quota != -1 and not entry["min_quota"] <= quota <= entry["max_quota"]):
            raise BadRequest(
                INVALID_PARAMETER_CODE,
                f"quotas[{index}].quota: {quota} must be -1 or a positive integer between "
                f"{entry['min_quota']} and {entry['max_quota']}.",
            )
    now = ctx.clock.now_ms()
    quotas: JsonObj = dict(obj.get("quotas", {}))
    changed: list[str] = []
    for change in changes:
        resource = str(change["resource"])
        quotas[resource] = {"quota": int(change["quota"]), "update_time": now}
        if resource not in changed:
            changed.append(resource)
    obj["quotas"] = quotas
    ctx.store.update(KIND, ws_id, obj)
    return {"quotas": [_quota_view(obj, catalogue[resource], with_used=False) for resource in changed]}
