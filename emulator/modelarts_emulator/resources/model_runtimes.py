"""The AI engine runtimes a model can be built on (``GET /v1/{project_id}/models/ai-engine-runtimes``).

A fixed catalogue, the same for every project: the reference's own sample (TensorFlow, PyTorch,
MindSpore and the empty Custom engine), one row per runtime here and turned into the answer's parallel
arrays (entry i of ``request_mode``, ``accelerators``, ``arch``, ``status_list`` and ``image_source``
describes ``runtimes[i]``).

Paging slices the engines: ``offset`` engines are skipped, at most ``limit`` returned (none or a
non-positive limit: all). ``count`` is the number of engines before paging and ``total_count`` the
number in this answer, as the reference's table defines them (the reverse of the model list's).
"""

from __future__ import annotations

from typing import Final

from ..framework import Context, JsonObj, operation, paginate
from .workspaces import int_param

__all__ = ["RUNTIMES"]

_GPU: Final = {"type": "gpu", "cuda_version": "cuda 10.2"}
_NONE: Final = {"type": "none"}
_SNT9: Final = {"type": "npu", "name": "SNT9", "driver_version_section": "C8x"}
_UNIFORM: Final = "uniform_image"

RUNTIMES: Final[tuple[tuple[str, tuple[tuple[str, str, dict[str, str], str, str], ...]], ...]] = (
    # engine, then (runtime, request mode, accelerator, arch, image source) per runtime
    (
        "TensorFlow",
        (
            ("tf1.13-python3.6-cpu", "sync", _NONE, "x86_64", "base_image"),
            ("tf1.13-python3.6-gpu", "sync", _GPU, "x86_64", "base_image"),
            ("tf1.13-python3.7-cpu", "sync", _NONE, "x86_64", "base_image"),
            ("tf1.13-python3.7-gpu", "sync", _GPU, "x86_64", "base_image"),
            ("python3.6", "sync", _NONE, "x86_64", "base_image"),
            ("tf1.13-python3.7-aiflow-gpu", "sync", _GPU, "x86_64", "base_image"),
            ("tf1.13-python3.7-gpu-async", "async", _GPU, "x86_64", "base_image"),
            ("tensorflow_2.1.0-cuda_10.1-py_3.7-ubuntu_18.04-x86_64", "sync", _NONE, "x86_64", "uniform_image"),
            ("tensorflow_2.6.0-cuda_11.2-py_3.7-ubuntu_18.04-x86_64", "sync", _NONE, "x86_64", "uniform_image"),
            ("tensorflow_1.15.5-cuda_11.4-py_3.8-ubuntu_20.04-x86_64", "sync", _NONE, "x86_64", "uniform_image"),
        ),
    ),
    (
        "PyTorch",
        (
            ("python3.6", "sync", _NONE, "x86_64", "base_image"),
            ("python3.7", "sync", _NONE, "x86_64", "base_image"),
            ("pytorch1.4-python3.7", "sync", _NONE, "x86_64", "base_image"),
            ("pytorch_1.11.0-cann_7.0.1-py_3.9-euler_2.10.7-aarch64-snt9b", "sync", _SNT9, "aarch64", "uniform_image"),
            ("pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64", "sync", _NONE, "x86_64", "uniform_image"),
            ("pytorch_1.8.2-cuda_11.1-py_3.7-ubuntu_18.04-x86_64", "sync", _NONE, "x86_64", "uniform_image"),
        ),
    ),
    (
        "MindSpore",
        (
            (
                "mindspore_1.9.0-cann_6.0.1-py_3.7-euler_2.9.9-x86_64-snt3p-300i",
                "sync",
                _NONE,
                "x86_64",
                "uniform_image",
            ),
            ("mindspore_1.7.0-cuda_10.1-py_3.7-ubuntu_18.04-x86_64", "sync", _NONE, "x86_64", "uniform_image"),
            ("mindspore_1.2.0-py_3.7-cuda_10.1-ubuntu_18.04-x86_64", "sync", _NONE, "x86_64", "uniform_image"),
        ),
    ),
    ("Custom", ()),
)
"""The catalogue: the reference's sample answer, row by row."""


def _engine(name: str, rows: tuple[tuple[str, str, dict[str, str], str, str], ...]) -> JsonObj:
    return {
        "ai_engine": name,
        "runtimes": [row[0] for row in rows],
        "request_mode": [row[1] for row in rows],
        "accelerators": [dict(row[2]) for row in rows],
        "arch": [row[3] for row in rows],
        "status_list": ["normal" for _ in rows],
        "image_source": [row[4] for row in rows],
    }


@operation("list_model_runtimes")
def list_model_runtimes(ctx: Context) -> JsonObj:
    engines = [_engine(name, rows) for name, rows in RUNTIMES]
    limit = int_param(ctx.query.get("limit"), 0)
    page = paginate(engines, start=int_param(ctx.query.get("offset"), 0), size=max(limit, 0))
    return {"count": len(engines), "total_count": len(page), "engine_runtimes": page}
