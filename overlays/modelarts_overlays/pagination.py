"""One paging engine for every list operation, driven by the spec's ``x-pagination``.

An operation declares its paging style in the spec (``spec/README.md``): page number and page size,
offset counted in records or in pages, or a cursor. :class:`PageCursor` turns that declaration into
"what to ask for next" and decides when to stop; the sync and async loops around it only call and
yield. Nothing is written per operation, and nothing is kept between pages, so memory stays flat
however many pages are read.

The paging parameters are query parameters, or (``in: body``) fields of the request body, as for
``POST .../training-job-searches``: the engine then keeps the body as a plain dict, sets the paging
fields in it, and hands each request a copy of its own (the session turns the dict into the model).

The engine stops on: the total count reached, a short page, an empty page, ``max_items`` reached,
and it refuses to loop forever (a cursor that does not move, or a page whose items equal the previous
page's).  ``PageCursor.resume_params`` tells where it stopped, so a caller can continue later.

Why the repeat check compares the items with ``==`` rather than hashing each page: the generated
models compare field by field, and a genuine next page differs at its first item, so the check costs
one comparison per page; only a repeated page (the one that ends the walk) is compared in full.  The
previous page's items are the only thing kept, so memory is bounded by two pages.

The async loop fetches the next page while the caller works through the current one (one request in
flight at most), so a consumer slower than the server never waits for the network after the first
page; the sync loop asks only when the caller wants more.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

__all__ = ["PageCursor", "Paging", "field_at", "iterate_pages", "iterate_pages_async"]


@dataclass(frozen=True)
class Paging:
    """How much to read: the caller's paging options, kept apart from the operation's parameters."""

    page_size: int | None = None
    max_items: int | None = None
    max_pages: int | None = None


def field_at(parsed: Any, dotted: str) -> Any:
    """The value at a dotted field path of a parsed model or of decoded JSON; None when absent or unset.

    Decoded JSON too, so the engines can drive a caller that keeps answers as the service sent them
    (:meth:`Session.call_json`, the command line's ``--output json``).
    """
    from modelarts_client.types import Unset  # here: importing the overlays does not load attrs

    value = parsed
    for part in dotted.split("."):
        value = value.get(part) if isinstance(value, dict) else getattr(value, part, None)
        if value is None or isinstance(value, Unset):
            return None
    return value


@dataclass
class PageCursor:
    """The paging state machine for one declaration; knows nothing about HTTP."""

    decl: dict[str, Any]
    params: dict[str, Any]
    paging: Paging = field(default_factory=Paging)
    items_seen: int = 0
    pages_seen: int = 0
    records_read: int = 0
    done: bool = False
    _previous_items: list[Any] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        decl, params = self.decl, dict(self.params)
        if self.in_body:
            body: Any = params.get("body")
            to_dict = getattr(body, "to_dict", None)
            if callable(to_dict):  # a generated model: page on its wire form
                body = to_dict()
            if body is not None and not isinstance(body, dict):
                raise TypeError(f"body must be a dict or the operation's model, not {type(body).__name__}")
            params["body"] = dict(body or {})
        self.params = params
        slots = self.slots
        mode = decl["mode"]
        size_param = decl.get("size_param")
        if size_param:
            if self.paging.page_size is not None:
                slots[size_param] = self.paging.page_size
            elif size_param not in slots and decl.get("default_size"):
                slots[size_param] = decl["default_size"]
            max_size = decl.get("max_size")
            if max_size is not None and slots.get(size_param, 0) > max_size:
                raise ValueError(f"page_size {slots[size_param]} exceeds the operation's maximum {max_size}")
        if mode == "page":
            slots.setdefault(decl["page_param"], decl.get("first_page", 1))
        elif mode == "offset":
            slots.setdefault(decl["offset_param"], 0)
        slots.update(decl.get("params", {}))

    @property
    def in_body(self) -> bool:
        """The paging parameters are fields of the JSON request body (``in: body``), not query parameters."""
        return bool(self.decl.get("in", "query") == "body")

    @property
    def slots(self) -> dict[str, Any]:
        """Where the paging parameters live: the parameters themselves, or the request body."""
        if self.in_body:
            body: dict[str, Any] = self.params["body"]
            return body
        return self.params

    @property
    def size(self) -> int | None:
        size_param = self.decl.get("size_param")
        value = self.slots.get(size_param) if size_param else None
        return value if isinstance(value, int) and value > 0 else None

    @property
    def resume_params(self) -> dict[str, Any]:
        """Parameters that continue where the engine stopped (the next request it would make).

        A copy that later pages do not change (the body too, when the paging is in the body).
        """
        params = dict(self.params)
        if self.in_body:
            params["body"] = dict(params["body"])
        return params

    def items_of(self, parsed: Any) -> list[Any]:
        """This page's items (cursor mode: its text, as a one-element list when not empty)."""
        if "content" in self.decl:
            text = field_at(parsed, self.decl["content"])
            return [text] if text else []
        items = field_at(parsed, self.decl["items"])
        return list(items) if items else []

    def take(self, items: list[Any]) -> list[Any]:
        """Trim to max_items and count what is handed out."""
        if self.paging.max_items is not None:
            items = items[: max(self.paging.max_items - self.items_seen, 0)]
        self.items_seen += len(items)
        return items

    def advance(self, parsed: Any, items: list[Any]) -> None:
        """Record one answer (and its items, as :meth:`items_of` gave them); prepare the next request or stop."""
        self.pages_seen += 1
        page_items = len(items)
        decl, mode = self.decl, self.decl["mode"]
        # A cursor that does not move is caught below; other modes compare with the previous page.
        repeated = mode != "cursor" and items == self._previous_items
        self._previous_items = items if mode != "cursor" else None
        total = field_at(parsed, decl["total"]) if "total" in decl else None
        limits_hit = (self.paging.max_items is not None and self.items_seen >= self.paging.max_items) or (
            self.paging.max_pages is not None and self.pages_seen >= self.paging.max_pages
        )
        if page_items == 0 or repeated or limits_hit:
            self.done = True
            return
        slots = self.slots
        if mode == "cursor":
            nxt = field_at(parsed, decl["next_cursor"])
            if nxt is None or nxt == slots.get(decl["cursor_param"]):
                self.done = True
                return
            slots[decl["cursor_param"]] = nxt
            return
        self.records_read += page_items
        if self.size is None or page_items < self.size or (total is not None and self.records_read >= total):
            self.done = True  # no page size: everything came at once; a short page is the last one
            return
        if mode == "page":
            slots[decl["page_param"]] += 1
        elif decl.get("offset_unit", "record") == "record":
            slots[decl["offset_param"]] += page_items
        else:
            slots[decl["offset_param"]] += 1


def iterate_pages(cursor: PageCursor, call: Callable[[dict[str, Any]], Any]) -> Iterator[tuple[Any, list[Any]]]:
    """Yield (parsed page, its items) until the cursor is done."""
    while not cursor.done:
        parsed = call(cursor.resume_params)
        items = cursor.items_of(parsed)
        taken = cursor.take(items)
        cursor.advance(parsed, items)
        yield parsed, taken


async def iterate_pages_async(
    cursor: PageCursor, call: Callable[[dict[str, Any]], Awaitable[Any]]
) -> AsyncGenerator[tuple[Any, list[Any]], None]:
    """The async twin of :func:`iterate_pages`, fetching one page ahead; the decisions are the cursor's.

    While the caller handles page *n*, page *n + 1* is already being fetched (in a task, so it runs
    with the caller's context variables).  An error of that fetch is raised where the sequential loop
    would have raised it: when the caller asks for page *n + 1*.  If the caller stops early, the
    fetch in flight is cancelled when the iterator is closed; ``cursor.resume_params`` still names it.
    """
    import asyncio  # here, not at the top: sync users never load asyncio

    ahead: asyncio.Future[Any] | None = None
    try:
        while not cursor.done:
            if ahead is None:
                parsed = await call(cursor.resume_params)
            else:
                parsed, ahead = await ahead, None
            items = cursor.items_of(parsed)
            taken = cursor.take(items)
            cursor.advance(parsed, items)
            if not cursor.done:
                ahead = asyncio.ensure_future(call(cursor.resume_params))
            yield parsed, taken
    finally:
        if ahead is not None:
            ahead.cancel()
            ahead.add_done_callback(_discard)


def _discard(fetch: Any) -> None:
    """Collect the outcome of a fetch nobody will read, so asyncio does not log it as lost."""
    if not fetch.cancelled():
        fetch.exception()
