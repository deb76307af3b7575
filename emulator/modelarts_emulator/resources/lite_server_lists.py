"""The list answers of the Lite Server operations: one shape (``current``, ``pages``, ``size``,
``total``, ``data``) for servers, supernodes, flavors and images, paged or whole, and one sort.

Why a module: three modules answer lists of that shape, and the catalogue module, which the other two
import, cannot import them back.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from ..framework import Context, JsonObj, paginate
from .workspaces import int_param

__all__ = ["page_answer", "sorted_views", "whole_page"]


def sorted_views(ctx: Context, views: Iterable[JsonObj]) -> list[JsonObj]:
    """``views`` ordered by the query's ``sort_key`` (createTime, updateTime) and ``sort_dir`` (ASC, DESC)."""
    key = "update_at" if ctx.query.get("sort_key") == "updateTime" else "create_at"
    descending = str(ctx.query.get("sort_dir", "ASC")).upper() == "DESC"
    return sorted(views, key=lambda v: (int(v[key]), str(v["id"])), reverse=descending)


def page_answer(ctx: Context, items: list[JsonObj]) -> JsonObj:
    """One page of ``items`` (``offset`` counts records; ``limit`` 0 means all)."""
    offset = max(int_param(ctx.query.get("offset"), 0), 0)
    limit = int_param(ctx.query.get("limit"), 10)
    page = paginate(items, start=offset, size=limit if limit > 0 else None)
    size = limit if limit > 0 else max(len(items), 1)
    return {
        "current": offset // size + 1,
        "pages": max(math.ceil(len(items) / size), 1),
        "size": size,
        "total": len(items),
        "data": page,
    }


def whole_page(items: list[JsonObj]) -> JsonObj:
    """Every item on one page (the operations that take no paging parameters)."""
    return {"current": 1, "pages": 1, "size": max(len(items), 1), "total": len(items), "data": items}
