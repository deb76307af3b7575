"""The AI engine runtimes a model can be built on (``GET /v1/{project_id}/models/ai-engine-runtimes``).

A fixed catalogue, the same for every project: the reference's own sample answer (TensorFlow, PyTorch,
MindSpore and the empty Custom engine), read from the spec's example as the other reference catalogues
are (pools, search algorithms, built-in algorithms). Within an engine the arrays are parallel: entry i
of ``request_mode``, ``accelerators``, ``arch``, ``status_list`` and ``image_source`` describes
``runtimes[i]``.

Paging slices the engines: ``offset`` engines are skipped, at most ``limit`` returned (none or a
non-positive limit: all). ``count`` is the number of engines before paging and ``total_count`` the
number in this answer, as the reference's table defines them (the reverse of the model list's).
"""

from __future__ import annotations

import copy

from ..framework import Context, JsonObj, operation, paginate
from ..validation import spec_index
from .workspaces import int_param

__all__ = ["engines"]


def engines() -> list[JsonObj]:
    """The catalogue's engines (a fresh copy: an answer is a fresh tree)."""
    example = spec_index().example("list_model_runtimes")
    found = example.get("engine_runtimes", []) if isinstance(example, dict) else []
    return [copy.deepcopy(engine) for engine in found if isinstance(engine, dict)]


@operation("list_model_runtimes")
def list_model_runtimes(ctx: Context) -> JsonObj:
    every = engines()
    limit = int_param(ctx.query.get("limit"), 0)
    page = paginate(every, start=int_param(ctx.query.get("offset"), 0), size=max(limit, 0))
    return {"count": len(every), "total_count": len(page), "engine_runtimes": page}
