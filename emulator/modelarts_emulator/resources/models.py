"""Chapter 6 of the reference: models (import, list, details, delete).

Why it looks the way it does:

* An imported model is ``publishing`` for ``durations["model_publish"]`` seconds of clock time,
  then ``published`` (the success value of the spec's ``x-waiter`` on ``get_model``).  The status
  is computed from the import time at read time, so a manual clock moves it.
* A model is identified by name and version: importing the same pair twice is refused
  (``ModelArts.3002``, 409), and ``cascade`` deletion removes the other versions of the name.
* A model still deployed by a service cannot be deleted: with ``cascade`` it goes to
  ``delete_failed_list`` with ``ModelArts.3009`` while the others are deleted, exactly as in the
  reference's sample.  A delete that removes nothing at all is refused instead (409, the same code):
  a 2xx DELETE tells a client, and the contract run's use-after-free check, that the model is gone
  (the reference shows only the partial case; see ERRATA).
* ``apis`` may be sent as JSON text or as an array (see ERRATA); the details answer always returns
  JSON text, as the reference does, and ``config`` is rebuilt from the imported fields unless the
  caller gave ``initial_config``.
* The current edition's ``source_copy``, ``cmd`` and ``health`` are import fields read back as sent
  (ERRATA, Models entry 8); ``specification.min_memory``/``min_mem`` are estimated from the size
  (:func:`_specification`); ``exact_match`` changes how ``model_name`` matches (:func:`_name_matcher`).

State: kind ``model``, keyed by model id.  :func:`load_model` and :func:`model_status` are used by
the services module (a service deploys a model that must exist and be published).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
from collections.abc import Callable
from typing import Any

from modelarts_emulator.framework import (
    Conflict,
    Context,
    Index,
    IndexKey,
    JsonObj,
    NotFound,
    index,
    operation,
)
from modelarts_emulator.resources.workspaces import (
    DEFAULT_WORKSPACE_ID,
    bool_param,
    int_param,
    page_of,
    require_usable_workspace,
    select_page_of,
    sort_records,
)

__all__ = ["KIND", "install_types", "load_model", "model_status", "tenant_id"]

KIND = "model"
MODEL_NOT_FOUND = "ModelArts.3001"
MODEL_EXISTS = "ModelArts.3002"
MODEL_IN_USE = "ModelArts.3009"
CASCADE_LIMIT = 20
DEFAULT_INSTALL_TYPES = ["real-time", "edge", "batch"]


def _by_name_version(obj: JsonObj) -> IndexKey:
    return (str(obj["model_name"]), str(obj["model_version"]))


def _by_workspace_created(obj: JsonObj) -> IndexKey:
    return (str(obj["workspace_id"]), int(obj["create_at"]))


def _by_workspace_size(obj: JsonObj) -> IndexKey:
    return (str(obj["workspace_id"]), int(obj["model_size"]))


BY_NAME_VERSION = index(KIND, "by_name_version", _by_name_version)
"""Models by name and version: the pair is unique in a project."""
_LIST_ORDERS: dict[str, Index] = {
    # sort_by values read from an index when nothing else filters: sort_records' order (equal keys in
    # insertion order) within a workspace.
    "create_at": index(KIND, "by_workspace_created", _by_workspace_created),
    "model_size": index(KIND, "by_workspace_size", _by_workspace_size),
}
_LIST_FILTERS = ("model_name", "model_version", "model_status", "model_type", "not_model_type", "description")
# (exact_match alone filters nothing: it only changes how model_name matches.)


def tenant_id(project_id: str) -> str:
    """A stable tenant (domain) id for a project: the emulator has one tenant and one user."""
    return hashlib.md5(f"tenant:{project_id}".encode(), usedforsecurity=False).hexdigest()


def model_status(ctx: Context, obj: JsonObj) -> str:
    """``publishing`` until the publish duration has passed since the import, then ``published``."""
    if ctx.elapsed(int(obj["create_at"])) < ctx.duration("model_publish"):
        return "publishing"
    return "published"


def load_model(ctx: Context, model_id: str) -> JsonObj | None:
    """The stored model or ``None``."""
    return ctx.store.get(KIND, model_id)


def install_types(obj: JsonObj) -> set[str]:
    """The service kinds a model may be deployed as, with ``realtime`` read as ``real-time``."""
    return {"real-time" if value == "realtime" else str(value) for value in obj.get("install_type", [])}


def _version_key(version: str) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in version.split("."))
    except ValueError:
        return (0,)


def _model_size(source_location: str) -> int:
    """A plausible, stable size in bytes (the emulator does not read OBS)."""
    digest = hashlib.sha256(source_location.encode("utf-8")).digest()
    return 1_000_000 + int.from_bytes(digest[:4], "big") % 50_000_000


def _apis_text(apis: Any) -> str:
    if apis is None:
        return "[]"
    if isinstance(apis, str):
        return apis
    return json.dumps(apis, separators=(",", ":"))


def _config_text(obj: JsonObj) -> str:
    """The model configuration as JSON text (``initial_config`` verbatim when it was given)."""
    if obj.get("initial_config"):
        return str(obj["initial_config"])
    try:
        apis: Any = json.loads(_apis_text(obj.get("apis")))
    except ValueError:
        apis = []
    config: JsonObj = {
        "model_algorithm": obj.get("model_algorithm", ""),
        "model_type": obj["model_type"],
        "runtime": obj.get("runtime", ""),
        "apis": apis,
        "dependencies": obj.get("dependencies", []),
    }
    if obj.get("model_metrics"):
        with contextlib.suppress(ValueError):
            config["metrics"] = json.loads(str(obj["model_metrics"]))
    if obj.get("health"):
        # The current edition's config text carries the probes (health, readiness_health,
        # startup_health); the import sets only ``health``, so only it is written.
        config["health"] = obj["health"]
    return json.dumps(config)


def _source_copy(obj: JsonObj) -> str | None:
    """``source_copy`` as imported; for an Image model imported without it ``"true"`` (image
    replication is on when not set, current edition); ``None`` (not returned) for other types, where
    the reference says the field does not apply."""
    if obj.get("source_copy") is not None:
        return str(obj["source_copy"])
    return "true" if obj.get("model_type") == "Image" else None


def _specification(obj: JsonObj) -> JsonObj:
    """The minimum deployment memory, under both names (``min_mem`` of 2020, ``min_memory`` of the
    current edition, errata Models entry 4), in MB as text.

    The import declares no minimum, so it is estimated from the stored size: twice the model size
    (weights and a working copy), rounded up to 256 MB, at least 512 MB.  Deterministic, so a list and
    a details answer agree.
    """
    needed_mb = -(-2 * int(obj["model_size"]) // (1024 * 1024))
    memory = str(max(512, -(-needed_mb // 256) * 256))
    return {"min_mem": memory, "min_memory": memory}


def _summary(ctx: Context, obj: JsonObj) -> JsonObj:
    out: JsonObj = {
        "model_id": obj["model_id"],
        "model_name": obj["model_name"],
        "model_version": obj["model_version"],
        "model_status": model_status(ctx, obj),
        "model_type": obj["model_type"],
        "model_size": obj["model_size"],
        "tenant": obj["tenant"],
        "project": obj["project"],
        "owner": obj["owner"],
        "create_at": obj["create_at"],
        "description": obj.get("description", ""),
        "workspace_id": obj["workspace_id"],
        "model_source": "auto" if obj.get("source_type") == "auto" else "custom",
        "tunable": False,
        "market_flag": False,
        "publishable_flag": obj.get("source_type") != "auto",
        "install_type": list(obj["install_type"]),
        "specification": _specification(obj),
    }
    if obj.get("source_type"):
        out["source_type"] = obj["source_type"]
    source_copy = _source_copy(obj)
    if source_copy is not None:
        out["source_copy"] = source_copy
    return out


def _detail(ctx: Context, obj: JsonObj) -> JsonObj:
    out = _summary(ctx, obj)
    for key in ("subscription_id", "extra"):
        out.pop(key, None)
    out["source_location"] = obj["source_location"]
    for key in ("source_job_id", "source_job_version", "runtime", "execution_code", "model_algorithm"):
        if obj.get(key) is not None:
            out[key] = obj[key]
    out["input_params"] = [dict(param) for param in obj.get("input_params", [])]
    out["output_params"] = [dict(param) for param in obj.get("output_params", [])]
    out["dependencies"] = [dict(dep) for dep in obj.get("dependencies", [])]
    out["model_metrics"] = obj.get("model_metrics", "")
    out["apis"] = _apis_text(obj.get("apis"))
    out["model_docs"] = [dict(doc) for doc in obj.get("model_docs", [])]
    out["model_labels"] = []
    out["labels_map"] = {"labels": []}
    out["config"] = _config_text(obj)
    # cmd and health are set only at import (errata, Models entry 8) and read back as sent.
    if obj.get("cmd") is not None:
        out["cmd"] = obj["cmd"]
    if obj.get("health") is not None:
        out["health"] = dict(obj["health"])
    if out["model_status"] == "published":
        out["image_address"] = f"100.125.5.235:20202/models/{obj['model_id']}:{obj['model_version']}"
    return out


def _services_using(ctx: Context, model_id: str) -> list[str]:
    return [
        str(svc["service_id"])
        for svc in ctx.store.list("service")
        if any(item.get("model_id") == model_id for item in svc.get("config", []))
    ]


@operation("create_model")
def create_model(ctx: Context) -> JsonObj:
    """6.1.1: register the model; it starts ``publishing``."""
    body: JsonObj = dict(ctx.body or {})
    workspace_id = require_usable_workspace(ctx, body.get("workspace_id"))
    name, version = str(body["model_name"]), str(body["model_version"])
    if ctx.store.count(BY_NAME_VERSION, (name, version)):
        raise Conflict(MODEL_EXISTS, f"Model {name} of version {version} already exists.")
    model_id = ctx.new_uuid()
    obj: JsonObj = dict(body)
    obj.update(
        {
            "model_id": model_id,
            "workspace_id": workspace_id,
            "create_at": ctx.clock.now_ms(),
            "model_size": _model_size(str(body["source_location"])),
            "tenant": tenant_id(ctx.project_id),
            "project": ctx.project_id,
            "owner": tenant_id(ctx.project_id),
            "install_type": list(body.get("install_type") or DEFAULT_INSTALL_TYPES),
        }
    )
    ctx.store.insert(KIND, model_id, obj)
    return {"model_id": model_id}


def _name_matcher(given: str, exact_match: bool) -> Callable[[str], bool]:
    """The ``model_name`` filter: a case-insensitive fuzzy (substring) match.

    Why the underscore: the reference says a name with ``_`` needs ``exact_match=true`` "because the
    underscore needs to be escaped", i.e. the cloud matches the name as a SQL ``LIKE`` pattern, where
    ``_`` stands for any one character.  So without ``exact_match`` an underscore matches any
    character (``a_c`` finds ``abc`` and ``a_c``); with it, only an underscore.  ``exact_match``
    escapes, it does not turn the fuzzy match into an equality (the table calls it "whether to escape
    underscores").  Other characters, ``%`` included, match themselves.
    """
    if exact_match:
        needle = given.lower()
        return lambda name: needle in name.lower()
    pattern = re.compile(".".join(re.escape(part) for part in given.split("_")), re.IGNORECASE | re.DOTALL)
    return lambda name: pattern.search(name) is not None


@operation("list_models")
def list_models(ctx: Context) -> JsonObj:
    """6.1.2: filter, sort and page (``offset`` is a page index).

    ``model_type`` and ``not_model_type`` may come together (the spec allows it): both filters
    apply, so equal values simply match nothing.  Without filters and sorted by a stored field, the
    page is read from an index and only its models are summarised.
    """
    query = ctx.query
    workspace_id = str(query.get("workspace_id") or DEFAULT_WORKSPACE_ID)
    index_used = _LIST_ORDERS.get(str(query.get("sort_by") or "create_at"))
    if index_used is not None and not any(query.get(name) for name in _LIST_FILTERS):
        offset, limit = int_param(query.get("offset"), 0), int_param(query.get("limit"), 1000)
        descending = str(query.get("order") or "desc") == "desc"
        found = select_page_of(ctx, index_used, (workspace_id,), offset, limit, descending=descending)
        page = [_summary(ctx, obj) for obj in found]
        return {"total_count": ctx.store.count(index_used, (workspace_id,)), "count": len(page), "models": page}
    views = [_summary(ctx, obj) for obj in ctx.store.list(KIND) if obj["workspace_id"] == workspace_id]
    if query.get("model_name"):
        matches = _name_matcher(str(query["model_name"]), bool_param(query.get("exact_match")))
        views = [view for view in views if matches(view["model_name"])]
    if query.get("model_version"):
        views = [view for view in views if view["model_version"] == str(query["model_version"])]
    if query.get("model_status"):
        views = [view for view in views if view["model_status"] == str(query["model_status"])]
    if query.get("model_type"):
        views = [view for view in views if view["model_type"] == str(query["model_type"])]
    if query.get("not_model_type"):
        views = [view for view in views if view["model_type"] != str(query["not_model_type"])]
    if query.get("description"):
        needle = str(query["description"]).lower()
        views = [view for view in views if needle in str(view.get("description", "")).lower()]
    sort_by = str(query.get("sort_by") or "create_at")
    order = str(query.get("order") or "desc")
    if sort_by == "model_version":
        views = sorted(views, key=lambda view: _version_key(view["model_version"]), reverse=(order == "desc"))
    else:
        views = sort_records(views, sort_by if sort_by in ("create_at", "model_size") else "create_at", order)
    page = page_of(views, int_param(query.get("offset"), 0), int_param(query.get("limit"), 1000))
    return {"total_count": len(views), "count": len(page), "models": page}


@operation("get_model")
def get_model(ctx: Context) -> JsonObj:
    """6.1.3: the full description of one model."""
    model_id = ctx.path["model_id"]
    obj = load_model(ctx, model_id)
    if obj is None:
        raise NotFound(MODEL_NOT_FOUND, f"Model {model_id} not found.")
    return _detail(ctx, obj)


@operation("delete_model")
def delete_model(ctx: Context) -> JsonObj:
    """6.1.4: delete the model (and with ``cascade`` the other versions of its name, at most 20)."""
    model_id = ctx.path["model_id"]
    target = load_model(ctx, model_id)
    if target is None:
        raise NotFound(MODEL_NOT_FOUND, f"Model {model_id} not found.")
    victims = [target]
    cascade = ctx.query.get("cascade")
    if cascade is True or str(cascade).lower() == "true":
        siblings = [
            obj
            for obj in ctx.store.list(KIND)
            if obj["model_name"] == target["model_name"] and obj["model_id"] != model_id
        ]
        victims.extend(sorted(siblings, key=lambda obj: int(obj["create_at"]))[: CASCADE_LIMIT - 1])
    deleted: list[str] = []
    failed: list[JsonObj] = []
    for obj in victims:
        victim_id = str(obj["model_id"])
        if _services_using(ctx, victim_id):
            failed.append(
                {
                    "model_id": victim_id,
                    "error_code": MODEL_IN_USE,
                    "error_msg": f"Failed to delete model, model ({victim_id}) already deploy service.",
                }
            )
            continue
        ctx.store.delete(KIND, victim_id)
        deleted.append(victim_id)
    if not deleted:
        raise Conflict(MODEL_IN_USE, str(failed[0]["error_msg"]))
    return {"delete_success_list": deleted, "delete_failed_list": failed}
