"""Resource and engine specifications (``/job/resource-specs``, ``/job/ai-engines``).

Why static tables: these are catalogues of the region, not user resources; the emulator serves a
small fixed catalogue (the reference samples plus a few common entries) that the training handlers
also use to fill a job's ``core``/``cpu``/``gpu_*``/``engine_*`` fields.
"""

from __future__ import annotations

import copy
from typing import Any

from ..framework import Context, JsonObj, operation

__all__ = [
    "ENGINES",
    "RESOURCE_SPECS",
    "engine_by_id",
    "list_job_engine_specs",
    "list_job_resource_specs",
    "spec_by_id",
]

RESOURCE_SPECS: list[JsonObj] = [
    {
        "spec_id": 1,
        "core": "2",
        "cpu": "8",
        "gpu_num": 0,
        "gpu_type": "",
        "spec_code": "modelarts.vm.cpu.2u",
        "unit_num": 1,
        "max_num": 2,
        "storage": "",
        "interface_type": 1,
        "no_resource": False,
    },
    {
        "spec_id": 2,
        "core": "2",
        "cpu": "8",
        "gpu_num": 0,
        "gpu_type": "",
        "spec_code": "modelarts.vm.cpu.8u",
        "unit_num": 1,
        "max_num": 2,
        "storage": "",
        "interface_type": 1,
        "no_resource": False,
    },
    {
        "spec_id": 4,
        "core": "8",
        "cpu": "64",
        "gpu_num": 1,
        "gpu_type": "nvidia-p100",
        "spec_code": "modelarts.vm.gpu.p100",
        "unit_num": 1,
        "max_num": 4,
        "storage": "",
        "interface_type": 1,
        "no_resource": False,
    },
    {
        "spec_id": 5,
        "core": "8",
        "cpu": "64",
        "gpu_num": 1,
        "gpu_type": "nvidia-v100",
        "spec_code": "modelarts.vm.gpu.v100",
        "unit_num": 1,
        "max_num": 4,
        "storage": "",
        "interface_type": 1,
        "no_resource": False,
    },
]
"""Resource flavours; the inference flavours are the CPU ones (``job_type=inference``)."""

ENGINES: list[JsonObj] = [
    {"engine_type": 1, "engine_name": "TensorFlow", "engine_id": 1, "engine_version": "TF-1.4.0-python2.7"},
    {"engine_type": 1, "engine_name": "TensorFlow", "engine_id": 3, "engine_version": "TF-1.8.0-python2.7"},
    {"engine_type": 2, "engine_name": "MXNet", "engine_id": 501, "engine_version": "MXNet-1.2.1-python2.7"},
    {"engine_type": 4, "engine_name": "PyTorch", "engine_id": 122, "engine_version": "PyTorch-1.4.0-python3.6"},
]
"""AI engines; every one serves training, the first two also inference."""

_INFERENCE_ENGINE_IDS = frozenset({1, 3})


def spec_by_id(spec_id: int) -> JsonObj | None:
    """The catalogue entry of a resource flavour, or ``None``."""
    return next((copy.deepcopy(s) for s in RESOURCE_SPECS if s["spec_id"] == spec_id), None)


def engine_by_id(engine_id: int) -> JsonObj | None:
    """The catalogue entry of an engine, or ``None``."""
    return next((copy.deepcopy(e) for e in ENGINES if e["engine_id"] == engine_id), None)


@operation("list_job_resource_specs")
def list_job_resource_specs(ctx: Context) -> dict[str, Any]:
    """Filter the flavours by ``job_type`` (inference: CPU only) and ``engine_id`` (must exist)."""
    specs = copy.deepcopy(RESOURCE_SPECS)
    if ctx.query.get("job_type") == "inference":
        specs = [s for s in specs if s["gpu_num"] == 0]
    engine_id = ctx.query.get("engine_id")
    if engine_id and engine_by_id(int(engine_id)) is None:  # 0 (the default) means any engine
        specs = []
    return {"is_success": True, "spec_total_count": len(specs), "specs": specs}


@operation("list_job_engine_specs")
def list_job_engine_specs(ctx: Context) -> dict[str, Any]:
    """All engines, or for ``job_type=inference`` only those that can serve."""
    engines = copy.deepcopy(ENGINES)
    if ctx.query.get("job_type") == "inference":
        engines = [e for e in engines if e["engine_id"] in _INFERENCE_ENGINE_IDS]
    return {"is_success": True, "engines": engines}
