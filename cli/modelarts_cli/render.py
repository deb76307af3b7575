"""Answers on the terminal: the API's JSON for scripts, Rich tables for people.

``--output json`` prints the answer exactly as the service sent it (decoded and indented, nothing
added, dropped or renamed); ``--all`` prints one JSON array of the items of every page, written as
they arrive, so memory stays flat however many there are.

Tables take what the spec says about a field (the index's ``display`` hints, from ``x-timestamp``
and enums with named values): times are shown in local time, codes with their names
(``10 JOBSTAT_COMPLETED``), and cells are plain text (``[worker-0]`` in a log line is not Rich
markup). A list answer becomes a table of its items with the columns a reader
looks for first (ids, names, statuses, times); a single resource becomes a two-column table of its
fields, nested ones by dotted path. Whatever a table leaves out, ``--output json`` has.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime, timezone
from functools import cache
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

__all__ = [
    "JsonArray",
    "duration",
    "emit_items",
    "fields_table",
    "flatten",
    "format_value",
    "items_table",
    "local_time",
    "print_json",
    "record_table",
    "show",
    "stderr_console",
    "stdout_console",
    "value_at",
]

MAX_COLUMNS = 7
MAX_CELL = 80
_INDEX = re.compile(r"\[\d+\]")


@cache
def stdout_console() -> Console:
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)


@cache
def stderr_console() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def print_json(value: Any) -> None:
    """The answer as the API sent it, indented; non-ASCII text stays readable."""
    click.echo(json.dumps(value, indent=2, ensure_ascii=False))


class JsonArray:
    """Write a JSON array item by item (``--all --output json``): valid JSON even when empty."""

    def __init__(self) -> None:
        self.count = 0

    def __enter__(self) -> JsonArray:
        click.echo("[", nl=False)
        return self

    def add(self, item: Any) -> None:
        text = json.dumps(item, indent=2, ensure_ascii=False).replace("\n", "\n  ")
        click.echo(("," if self.count else "") + "\n  " + text, nl=False)
        self.count += 1

    def __exit__(self, exc_type: type[BaseException] | None, *rest: object) -> None:
        if exc_type is None:
            click.echo("\n]" if self.count else "]")
        else:  # cut short: leave the array open, so no JSON reader mistakes a part for the whole
            click.echo("")


def emit_items(pages: Iterable[tuple[Any, list[Any]]], *, as_json: bool, table: Callable[[list[Any]], None]) -> None:
    """The items of every page: one JSON array written as they arrive, or one table of them all."""
    if as_json:
        with JsonArray() as out:
            for _, items in pages:
                for item in items:
                    out.add(item)
        return
    collected = [item for _, items in pages for item in items]
    table(collected)
    click.echo(f"{len(collected)} item(s)", err=True)


def local_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z")


def format_value(kind: str | None, value: Any) -> str:
    """A field's value as a reader wants it: local times, named codes, plain text otherwise."""
    if kind in ("epoch-ms", "epoch-s") and (isinstance(value, int) or (isinstance(value, str) and value.isdigit())):
        number = int(value)
        if number <= 0:
            return "-"
        seconds = number / 1000 if kind == "epoch-ms" else number
        try:
            return local_time(datetime.fromtimestamp(seconds, tz=timezone.utc))
        except (OverflowError, OSError, ValueError):
            return str(value)
    if kind == "rfc3339" and isinstance(value, str):
        try:
            return local_time(datetime.fromisoformat(value.replace("Z", "+00:00")))
        except ValueError:
            return value
    if kind == "duration-ms" and isinstance(value, int) and not isinstance(value, bool):
        return duration(value)
    if kind and kind.startswith("enum:") and isinstance(value, (int, str)) and not isinstance(value, bool):
        from modelarts_overlays import enum_value_info

        info = enum_value_info(kind[5:], value)
        return f"{value} {info['name']}" if info else str(value)
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list) and all(_scalar(item) for item in value):
        return ", ".join(format_value(None, item) for item in value) if value else "-"
    if isinstance(value, (dict, list)):  # a nested value in a cell: compact, and cut short
        text = json.dumps(value, ensure_ascii=False)
        return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"
    return str(value)


def duration(milliseconds: int) -> str:
    """``1h02m03s``, ``2m05s``, ``10s``; ``-`` for none."""
    if milliseconds <= 0:
        return "-"
    minutes, seconds = divmod(milliseconds // 1000, 60)
    hours, minutes = divmod(minutes, 60)
    return (
        f"{hours}h{minutes:02d}m{seconds:02d}s" if hours else f"{minutes}m{seconds:02d}s" if minutes else f"{seconds}s"
    )


def _cells(*texts: str) -> list[Text]:
    """Table cells as plain text: ``[worker-0]`` in an answer is data, not Rich markup."""
    from rich.text import Text

    return [Text(text) for text in texts]


def value_at(record: Any, path: str) -> Any:
    """The value at a dotted path of decoded JSON; None when absent."""
    for part in path.split("."):
        record = record.get(part) if isinstance(record, dict) else None
    return record


def flatten(value: Any, prefix: str = "", *, into_lists: bool = True) -> Iterator[tuple[str, Any]]:
    """(dotted path, scalar) pairs of a JSON value; list items get ``[i]`` (or stay whole)."""
    if isinstance(value, dict) and value:
        for key, item in value.items():
            yield from flatten(item, f"{prefix}.{key}" if prefix else str(key), into_lists=into_lists)
    elif isinstance(value, list) and value and into_lists and not all(_scalar(v) for v in value):
        for number, item in enumerate(value):
            yield from flatten(item, f"{prefix}[{number}]", into_lists=into_lists)
    elif isinstance(value, list) and all(_scalar(v) for v in value):
        yield prefix, ", ".join(format_value(None, v) for v in value) if value else "-"
    else:
        yield prefix, value


def _scalar(value: Any) -> bool:
    return not isinstance(value, (dict, list))


def _hint(hints: Mapping[str, str], path: str, base: str = "") -> str | None:
    full = _INDEX.sub("", f"{base}.{path}" if base else path)
    return hints.get(full)


def record_table(record: Mapping[str, Any], hints: Mapping[str, str], *, title: str | None = None) -> Table:
    """A resource as a two-column table of its fields (nested ones by dotted path)."""
    from rich.table import Table

    table = Table(title=title, show_header=True, header_style="bold", title_justify="left")
    table.add_column("Field", style="cyan", no_wrap=True)
    table.add_column("Value", overflow="fold")
    for path, value in flatten(record):
        table.add_row(*_cells(path, format_value(_hint(hints, path), value)))
    return table


def fields_table(record: Mapping[str, Any], fields: Sequence[tuple[str, str]], hints: Mapping[str, str]) -> Table:
    """Chosen fields of a resource as (label, value) lines; absent and empty ones left out."""
    from rich.table import Table

    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column(style="cyan", no_wrap=True)
    table.add_column(overflow="fold")
    for label, path in fields:
        value = value_at(record, path)
        if value not in (None, "", []):
            table.add_row(*_cells(label, format_value(hints.get(path), value)))
    return table


_PRIORITY = (
    re.compile(r"(^|[._])(id|job_id|version_id|service_id|model_id|instance_id)$"),
    re.compile(r"name$"),
    re.compile(r"(status|phase|state)$"),
    re.compile(r"(type|kind|version)$"),
    re.compile(r"(_time|_at|timestamp)$"),
)


def _rank(path: str) -> int:
    for rank, pattern in enumerate(_PRIORITY):
        if pattern.search(path):
            return rank
    return len(_PRIORITY)


def pick_columns(items: Sequence[Mapping[str, Any]], limit: int = MAX_COLUMNS) -> tuple[list[str], int]:
    """The columns a reader looks for first, and how many others there were."""
    seen: dict[str, None] = {}
    for item in items[:50]:
        for path, _ in flatten(item, into_lists=False):
            seen.setdefault(path, None)
    ordered = sorted(seen, key=lambda path: (_rank(path), path.count(".")))
    chosen = set(ordered[:limit])
    return [path for path in seen if path in chosen], max(len(seen) - limit, 0)


def items_table(
    items: Sequence[Any],
    hints: Mapping[str, str],
    *,
    base: str = "",
    columns: Sequence[tuple[str, str]] | None = None,
    title: str | None = None,
) -> Table:
    """Items as rows; ``columns`` as (header, dotted path), or chosen from the items themselves.

    ``base`` is the items' path in the answer, so hints such as ``jobs.status`` apply to them.
    """
    from rich.table import Table

    records = [item if isinstance(item, dict) else {"value": item} for item in items]
    caption = None
    if columns is None:
        paths, hidden = pick_columns(records)
        columns = [(path, path) for path in paths]
        caption = f"{hidden} more field(s) per item: --output json shows them" if hidden else None
    table = Table(title=title, caption=caption, header_style="bold", title_justify="left", caption_justify="left")
    for header, _ in columns:
        table.add_column(header, overflow="fold")
    for record in records:
        table.add_row(*_cells(*(format_value(_hint(hints, path, base), value_at(record, path)) for _, path in columns)))
    return table


def show(answer: Any, entry: Mapping[str, Any], *, items: Iterable[Any] | None = None) -> None:
    """Print one answer of an operation as tables (the index ``entry`` says where its items are)."""
    console = stdout_console()
    hints: Mapping[str, str] = entry.get("display", {})
    if answer is None and items is None:
        return
    paging = entry.get("x-pagination") or {}
    if "content" in paging and isinstance(answer, dict):  # a log slice: the text itself
        click.echo(answer.get(paging["content"]) or "", nl=False)
        return
    items_path = paging.get("items") or (_list_field(answer) if isinstance(answer, dict) else None)
    if items is not None:  # every page's items (--all)
        console.print(items_table(list(items), hints, base=items_path or ""))
        return
    found = value_at(answer, items_path) if items_path else None
    if isinstance(found, list) and isinstance(answer, dict):  # one page: its other fields, then its items
        rest = {key: value for key, value in answer.items() if key != str(items_path).split(".")[0]}
        if rest:
            console.print(record_table(rest, hints))
        console.print(items_table(found, hints, base=str(items_path)))
        click.echo(f"{len(found)} item(s) on this page", err=True)
        return
    if isinstance(answer, dict):
        console.print(record_table(answer, hints))
    elif isinstance(answer, list):
        console.print(items_table(answer, hints))
    else:
        click.echo(str(answer))


def _list_field(answer: Mapping[str, Any]) -> str | None:
    """The one top-level field holding a list of objects, if there is exactly one."""
    lists = [key for key, value in answer.items() if isinstance(value, list) and value and isinstance(value[0], dict)]
    return lists[0] if len(lists) == 1 else None
