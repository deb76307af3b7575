"""Dedicated resource pools of the current edition (``/v2/{project_id}/pools``): list and get.

Why a fixed catalogue: the emulator cannot create clusters, and only the two reads are in the spec.
Three pools, the same in every project, built from the spec's samples:

* the sample's physical pool (``auto-pool-os-…``), ``Running``, training and inference enabled,
  in the default workspace;
* a physical training pool still ``Creating`` (its nodes under ``status.resources.creating``,
  the training scope ``Enabling``), in the default workspace;
* a logical sub-pool of the first (``spec.type: Logical``, ``status.parent`` the first pool),
  ``Running``, in the workspace :data:`SUBPOOL_WORKSPACE_ID`.

Query filters: ``workspaceId`` (label ``os.modelarts/workspace.id``, ``"0"`` when absent;
``"0"`` is also the parameter's default), ``status`` (``creating``: phases Creating and Waiting;
``failed``: CreationFailed and Error; ``created``: every other phase), ``labelSelector``
(Kubernetes equality syntax: comma-separated ``key=value``, ``key==value``, ``key!=value``,
``key`` for "has the label", ``!key`` for "has not"; every string is read as some selector, so
a schema-valid query is never refused) and ``parent`` (pools whose ``status.parent`` it is).

An unknown pool is 404 ``ModelArts.50015001`` "pool not found", the obtaining-a-resource-pool
page's own error sample.  :func:`pool_by_name` is exported for other modules; the training module
does not check a job's ``pool_id`` against it yet (it accepts any pool).
"""

from __future__ import annotations

import copy
from typing import Any

from ..framework import Context, JsonObj, NotFound, operation
from ..validation import spec_index

__all__ = [
    "POOLS",
    "POOL_NOT_FOUND_CODE",
    "SUBPOOL_WORKSPACE_ID",
    "get_pool_v2",
    "list_pools_v2",
    "pool_by_name",
    "pool_workspace",
]

POOL_NOT_FOUND_CODE = "ModelArts.50015001"
SUBPOOL_WORKSPACE_ID = "8d5c1f2a3b4e4f6a9c0d1e2f3a4b5c6d"
"""The workspace the logical sub-pool is assigned to (no workspace of that id need exist)."""

_WORKSPACE_LABEL = "os.modelarts/workspace.id"
_CREATING_PHASES = frozenset({"Creating", "Waiting"})
_FAILED_PHASES = frozenset({"CreationFailed", "Error"})


def _sample_pool() -> JsonObj:
    example = spec_index().example("get_pool_v2")
    if isinstance(example, dict) and example.get("metadata", {}).get("name"):
        return example
    return {  # the same pool, should the spec's sample ever go
        "kind": "Pool",
        "apiVersion": "v2",
        "metadata": {
            "name": "auto-pool-os-86c13962597848eeb29c5861153a391f",
            "creationTimestamp": "2022-09-16T03:10:40Z",
            "labels": {"os.modelarts/name": "auto-pool-os"},
            "annotations": {"os.modelarts/description": ""},
        },
        "spec": {
            "type": "Dedicate",
            "scope": ["Train", "Infer"],
            "resources": [{"flavor": "modelarts.vm.cpu.4ud", "count": 2}],
        },
        "status": {"phase": "Running", "root": "auto-pool-os-86c13962597848eeb29c5861153a391f"},
    }


def _catalogue() -> list[JsonObj]:
    running = _sample_pool()
    running["metadata"].setdefault("labels", {})[_WORKSPACE_LABEL] = "0"
    running["metadata"]["labels"].setdefault("os.modelarts.pool/biz", "private")
    running_name = str(running["metadata"]["name"])

    creating_name = "pool-gpu-train-3c1e9a7d2b5f4e0c8a6d1b2c3d4e5f60"
    creating: JsonObj = {
        "kind": "Pool",
        "apiVersion": "v2",
        "metadata": {
            "name": creating_name,
            "creationTimestamp": "2024-03-04T08:15:00Z",
            "labels": {
                "os.modelarts/name": "pool-gpu-train",
                "os.modelarts/resource.id": "maos-pool-gpu-train-9x2kq",
                "os.modelarts.pool/biz": "private",
                _WORKSPACE_LABEL: "0",
            },
            "annotations": {
                "os.modelarts/description": "GPU training pool, being created",
                "os.modelarts/billing.mode": "0",
            },
        },
        "spec": {
            "type": "Dedicate",
            "scope": ["Train"],
            "resources": [{"flavor": "modelarts.vm.gpu.v100", "count": 2, "maxCount": 2}],
            "network": {"name": "network-maos-3c1e9a7d2b5f4e0c8a6d1b2c3d4e5f60"},
        },
        "status": {
            "phase": "Creating",
            "message": "creating the nodes",
            "root": creating_name,
            "scope": [{"scopeType": "Train", "state": "Enabling"}],
            "resources": {
                "creating": [
                    {"flavor": "modelarts.vm.gpu.v100", "count": 2, "azs": [{"az": "az-7c", "count": 2}]},
                ],
            },
        },
    }

    subpool_name = "pool-logical-train-5b7d9f1a3c5e4a6b8d0f2a4c6e8a0b2c"
    subpool: JsonObj = {
        "kind": "Pool",
        "apiVersion": "v2",
        "metadata": {
            "name": subpool_name,
            "creationTimestamp": "2024-05-06T10:20:30Z",
            "labels": {
                "os.modelarts/name": "pool-logical-train",
                "os.modelarts.pool/biz": "private",
                _WORKSPACE_LABEL: SUBPOOL_WORKSPACE_ID,
            },
            "annotations": {"os.modelarts/description": "logical training pool carved from auto-pool-os"},
        },
        "spec": {
            "type": "Logical",
            "scope": ["Train"],
            "resources": [{"flavor": "modelarts.vm.cpu.4ud", "count": 1, "maxCount": 1}],
        },
        "status": {
            "phase": "Running",
            "parent": running_name,
            "root": running_name,
            "scope": [{"scopeType": "Train", "state": "Enabled"}],
            "resources": {
                "available": [{"flavor": "modelarts.vm.cpu.4ud", "count": 1, "azs": [{"az": "az-7c", "count": 1}]}],
            },
        },
    }
    return [running, creating, subpool]


POOLS: list[JsonObj] = _catalogue()
"""The pools every project sees, as get answers them."""


def pool_by_name(name: str) -> JsonObj | None:
    """A copy of the catalogue pool whose ``metadata.name`` is ``name``, or ``None``."""
    return next((copy.deepcopy(p) for p in POOLS if p["metadata"]["name"] == name), None)


def pool_workspace(pool: JsonObj) -> str:
    """The workspace a pool belongs to (``"0"`` when unlabelled)."""
    return str(pool.get("metadata", {}).get("labels", {}).get(_WORKSPACE_LABEL, "0"))


def _status_class(phase: str) -> str:
    if phase in _CREATING_PHASES:
        return "creating"
    if phase in _FAILED_PHASES:
        return "failed"
    return "created"


def _selected(labels: dict[str, Any], selector: str) -> bool:
    """Whether the labels satisfy an equality-based label selector (every term must hold)."""
    for raw in selector.split(","):
        term = raw.strip()
        if not term:
            continue
        if "!=" in term:
            key, _, value = term.partition("!=")
            if labels.get(key.strip()) == value.strip():
                return False
        elif "=" in term:
            key, _, value = term.partition("==") if "==" in term else term.partition("=")
            if labels.get(key.strip()) != value.strip():
                return False
        elif term.startswith("!"):
            if term[1:].strip() in labels:
                return False
        elif term not in labels:
            return False
    return True


@operation("list_pools_v2")
def list_pools_v2(ctx: Context) -> JsonObj:
    """Every catalogue pool matching the filters, in one answer (the operation does not page)."""
    query = ctx.query
    workspace_id = str(query.get("workspaceId") or "0")
    status = query.get("status")
    selector = str(query.get("labelSelector") or "")
    parent = query.get("parent")
    items = [
        copy.deepcopy(pool)
        for pool in POOLS
        if pool_workspace(pool) == workspace_id
        and (not status or _status_class(str(pool["status"]["phase"])) == str(status))
        and _selected(pool["metadata"].get("labels", {}), selector)
        and (not parent or pool["status"].get("parent") == str(parent))
    ]
    return {"kind": "PoolList", "apiVersion": "v2", "items": items}


@operation("get_pool_v2")
def get_pool_v2(ctx: Context) -> JsonObj:
    """One pool; 404 ``ModelArts.50015001`` when the catalogue has none of that name."""
    name = ctx.path["pool_name"]
    pool = pool_by_name(name)
    if pool is None:
        raise NotFound(POOL_NOT_FOUND_CODE, "pool not found")
    return pool
