"""Long work with something to watch: paging through everything, waiting, following a log.

Each drives one of the overlays' generic engines (the paging cursor, the waiter) with answers kept as
the service sent them (``Session.call_json``), so ``--output json`` stays exact, and shows a Rich
display on stderr while it runs: pages and items read, the status being waited on and for how long.
The display appears only on a terminal and never mixes into what goes to stdout (a pipe or file gets
only the answer). Ctrl-C stops it cleanly: the display is taken down and the command exits 130.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import click

from modelarts_overlays.operations import resolve_operation
from modelarts_overlays.pagination import PageCursor, Paging, field_at, iterate_pages
from modelarts_overlays.waiters import WaitPlan, wait

from .render import format_value, stderr_console

if TYPE_CHECKING:
    from rich.progress import Progress

    from modelarts_overlays import Session

__all__ = ["interactive", "pages", "progress", "wait_for"]


def interactive() -> bool:
    """A live display is drawn only when stderr is a terminal."""
    return stderr_console().is_terminal


@contextmanager
def progress(description: str, total: int | None = None) -> Iterator[tuple[Progress, Any]]:
    """A Rich progress display on stderr (drawn only on a terminal)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    display = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=stderr_console(),
        transient=True,
        disable=not interactive(),
        redirect_stdout=sys.stdout.isatty(),  # else what goes to a pipe or file would land on stderr
        redirect_stderr=False,
    )
    with display:
        task = display.add_task(description, total=total)
        yield display, task


def pages(
    session: Session,
    operation: str,
    params: dict[str, Any],
    *,
    page_size: int | None = None,
    max_items: int | None = None,
) -> Iterator[tuple[Any, list[Any]]]:
    """(answer, its items) for every page, with a progress display of items read against the total."""
    op = resolve_operation(operation)
    decl = op.declared("x-pagination")
    cursor = PageCursor(decl, params, Paging(page_size, max_items))
    with progress(f"{operation}: reading pages") as (display, task):
        for answer, items in iterate_pages(cursor, lambda p: session.call_json(op, **p)):
            total = field_at(answer, decl["total"]) if "total" in decl else None
            if isinstance(total, int):
                display.update(task, total=min(total, max_items) if max_items else total)
            display.update(task, advance=len(items), description=f"{operation}: page {cursor.pages_seen}")
            yield answer, items


def wait_for(
    session: Session,
    operation: str,
    params: dict[str, Any],
    *,
    until: list[str] | None = None,
    timeout: float = 3600.0,
    poll_interval: float | None = None,
    what: str | None = None,
    sleep: Callable[[float], object] = time.sleep,
) -> Any:
    """Poll a get operation through the waiter engine; shows each status change and the time spent.

    ``poll_interval`` replaces the spec's backoff (``delay`` doubling up to ``max_delay``) with that
    ceiling from the first poll: a pause of about that long (for a watched terminal or a test).
    """
    op = resolve_operation(operation)
    decl = dict(op.declared("x-waiter"))
    if poll_interval is not None:
        decl["delay"] = decl["max_delay"] = poll_interval
    wanted: list[Any] | None = None
    if until:
        values = {str(v): v for v in [*decl["success"], *decl["failure"]]}
        wanted = [values.get(v, int(v) if v.lstrip("-").isdigit() else v) for v in until]
    plan = WaitPlan(decl, until=wanted, timeout=timeout)
    hint = _display(operation).get(decl["status"])
    label = what or operation
    started = time.monotonic()
    last: list[Any] = [object()]
    console = stderr_console()
    with console.status(f"waiting for {label}", spinner="dots") if interactive() else _nothing() as spinner:

        def poll() -> Any:
            answer = session.call_json(op, **params)
            status = field_at(answer, decl["status"])
            shown = format_value(hint, status)
            if status != last[0]:
                last[0] = status
                click.echo(f"{label}: {shown}", err=True)
            if spinner is not None:
                spinner.update(f"waiting for {label}: {shown} ({time.monotonic() - started:.0f} s)")
            return answer

        return wait(plan, poll, sleep=sleep)


def _display(operation: str) -> dict[str, str]:
    from .spec_commands import index_entry

    hints: dict[str, str] = index_entry(operation).get("display", {})
    return hints


@contextmanager
def _nothing() -> Iterator[None]:
    yield None
