"""Training job configurations (reference chapter 5.4): saved parameter sets, keyed by name.

Why names as ids: the API addresses configurations by ``config_name``, which is unique per project
(a second create with the same name is refused with ``ModelArts.0103``).  ``config_type=sample``
reads a fixed set of sample configurations (the reference's sample), never the user's own.
"""

from __future__ import annotations

import copy
from typing import Any

from ..framework import (
    DUPLICATE_NAME_CODE,
    NOT_FOUND_CODE,
    Conflict,
    Context,
    JsonObj,
    NotFound,
    operation,
    search_sort_page,
)
from ..validation import spec_index
from .specs import engine_by_id, spec_by_id

__all__ = [
    "KIND",
    "create_training_job_config",
    "delete_training_job_config",
    "get_training_job_config",
    "list_training_job_configs",
    "update_training_job_config",
]

KIND = "training_job_config"

_SUMMARY_FIELDS = (
    "config_name",
    "config_desc",
    "create_time",
    "engine_type",
    "engine_name",
    "engine_id",
    "engine_version",
    "user_image_url",
    "user_command",
)


def _samples() -> list[JsonObj]:
    example = spec_index().example("get_training_job_config")
    if not isinstance(example, dict):
        return []
    example.pop("is_success", None)
    return [example]


def _derived(body: JsonObj) -> JsonObj:
    """Fields the service fills from the catalogue (flavour and engine details)."""
    out: JsonObj = {}
    spec = spec_by_id(int(body["spec_id"]))
    if spec is not None:
        out.update({k: spec[k] for k in ("spec_code", "core", "cpu", "gpu_num", "gpu_type")})
    if body.get("engine_id") is not None:
        engine = engine_by_id(int(body["engine_id"]))
        if engine is not None:
            out.update(engine)
    if body.get("data_source") is not None:
        out["data_source"] = copy.deepcopy(body["data_source"])
    return out


def _lookup(ctx: Context, name: str, config_type: str = "custom") -> JsonObj:
    if config_type == "sample":
        found = next((c for c in _samples() if c.get("config_name") == name), None)
    else:
        found = ctx.store.get(KIND, name)
    if found is None:
        raise NotFound(NOT_FOUND_CODE, f"training job configuration {name!r} does not exist")
    return found


@operation("create_training_job_config")
def create_training_job_config(ctx: Context) -> dict[str, Any]:
    """Save a configuration; names are unique per project."""
    body: JsonObj = ctx.body
    name = str(body["config_name"])
    if ctx.store.get(KIND, name) is not None:
        raise Conflict(DUPLICATE_NAME_CODE, f"training job configuration {name!r} already exists")
    record = {**copy.deepcopy(body), **_derived(body), "create_time": ctx.clock.now_ms()}
    ctx.store.insert(KIND, name, record)
    return {"is_success": True}


@operation("list_training_job_configs")
def list_training_job_configs(ctx: Context) -> dict[str, Any]:
    """Page (``page``/``per_page``), sort (``sortBy``/``order``) and search by name."""
    q = ctx.query
    items = _samples() if q.get("config_type", "custom") == "sample" else ctx.store.list(KIND)
    sliced, total = search_sort_page(
        items, q, name_field="config_name", default_sort="create_time", default_order="desc"
    )
    configs = [{k: c[k] for k in _SUMMARY_FIELDS if k in c} for c in sliced]
    return {"is_success": True, "config_total_count": total, "configs": configs}


@operation("get_training_job_config")
def get_training_job_config(ctx: Context) -> dict[str, Any]:
    """Every saved parameter of one configuration."""
    config = _lookup(ctx, ctx.path["config_name"], str(ctx.query.get("config_type", "custom")))
    return {"is_success": True, **config}


@operation("update_training_job_config")
def update_training_job_config(ctx: Context) -> dict[str, Any]:
    """Replace a configuration's parameters (its name and creation time stay)."""
    name = ctx.path["config_name"]
    old = _lookup(ctx, name)
    body: JsonObj = ctx.body
    record = {**copy.deepcopy(body), **_derived(body), "config_name": name, "create_time": old["create_time"]}
    ctx.store.update(KIND, name, record)
    return {"is_success": True}


@operation("delete_training_job_config")
def delete_training_job_config(ctx: Context) -> dict[str, Any]:
    """Remove a configuration."""
    name = ctx.path["config_name"]
    _lookup(ctx, name)
    ctx.store.delete(KIND, name)
    return {"is_success": True}
