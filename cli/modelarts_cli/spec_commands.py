"""A command for every operation of the spec, built at run time from the generator's index.

``modelarts <chapter> <operation>``, as ``aws <service> <operation>``: one group per tag
(``Training Jobs V2`` -> ``training-jobs-v2``), one command per operationId
(``list_training_jobs_v2`` -> ``list-training-jobs-v2``), one option per parameter
(``sortBy`` -> ``--sort-by``; enums as choices, integers with their ranges, booleans as
``--flag/--no-flag``, arrays repeatable), help from the spec's summaries and descriptions. Nothing
is written per operation: a new operation in the spec is a new command after ``make generate``.

Added where the spec declares it: ``--body``/``--body-file`` for a request body (JSON or YAML);
``--all``, ``--page-size``, ``--max-items`` for an operation with ``x-pagination`` (the overlays'
paging engine reads every page); ``--wait``, ``--until``, ``--wait-timeout``, ``--poll-interval``
for one with ``x-waiter`` (the overlays' waiter polls it).

Commands are built only when asked for (the index is JSON; the generated client is imported only
when a command runs), so ``--help`` and shell completion answer quickly.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from functools import cache
from typing import Any

import click

from modelarts_overlays.operations import operation_entries

from . import live, render
from .app import shared_options, state

__all__ = ["chapter_group", "chapter_names", "index_entry", "load_body", "operation_command"]

RESERVED = frozenset({"body", "body_file", "all", "page_size", "max_items", "wait", "until", "wait_timeout"})


def slug(text: str) -> str:
    """``Training Jobs V2`` -> ``training-jobs-v2``; ``sortBy`` -> ``sort-by``; ``list_jobs`` -> ``list-jobs``."""
    text = re.sub(r"(?<=[a-z0-9])([A-Z])", r"-\1", text)
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def index_entry(operation_id: str) -> dict[str, Any]:
    entry: dict[str, Any] = operation_entries()[operation_id]
    return entry


@cache
def _chapters() -> dict[str, dict[str, str]]:
    """chapter slug -> {command slug -> operationId}, in the spec's order of tags."""
    chapters: dict[str, dict[str, str]] = {}
    for operation_id, entry in operation_entries().items():
        chapters.setdefault(slug(entry["tag"]), {})[slug(operation_id)] = operation_id
    return chapters


def chapter_names() -> list[str]:
    return sorted(_chapters())


def chapter_group(name: str) -> click.Group | None:
    commands = _chapters().get(name)
    if commands is None:
        return None
    tag = index_entry(next(iter(commands.values())))["tag"]
    return _Chapter(name, commands, help=f"The {tag} operations of the API, one command each.")


class _Chapter(click.Group):
    def __init__(self, name: str, commands: Mapping[str, str], **extra: Any) -> None:
        super().__init__(name, **extra)
        self.operations = dict(commands)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(self.operations)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        operation_id = self.operations.get(cmd_name)
        return operation_command(operation_id) if operation_id else None


def _option_for(param: Mapping[str, Any]) -> click.Option:
    """The option for one spec parameter; its value reaches the callback as ``p_<python name>``."""
    flag = slug(param["name"])
    dest = "p_" + flag.replace("-", "_")
    kind, enum = param["type"], param.get("enum")
    help_text = param.get("description", "")
    if kind == "boolean":
        return click.Option([f"--{flag}/--no-{flag}", dest], default=None, help=help_text)
    click_type: Any
    if enum is not None:
        click_type = click.Choice([str(value) for value in enum])
    elif kind == "integer":
        click_type = click.IntRange(param.get("minimum"), param.get("maximum"))
    elif kind == "number":
        click_type = click.FloatRange(param.get("minimum"), param.get("maximum"))
    else:
        click_type = click.STRING
    return click.Option(
        [f"--{flag}", dest],
        type=click_type,
        required=param["required"],
        multiple=kind == "array",
        help=help_text,
        metavar=None if enum is not None else {"string": "TEXT", "array": "VALUE"}.get(kind, kind.upper()),
    )


def operation_command(operation_id: str) -> click.Command:
    """The command for one operation, from its index entry."""
    entry = index_entry(operation_id)
    params: list[click.Parameter] = [_option_for(p) for p in entry["parameters"]]
    clash = {p.name for p in params} & {f"p_{name}" for name in RESERVED}
    if clash:  # pragma: no cover - a test walks every operation
        raise RuntimeError(f"{operation_id}: parameters {sorted(clash)} clash with the command line's own")
    body = entry.get("body")
    if body:
        params += [
            click.Option(["--body"], metavar="JSON", help="Request body, JSON or YAML text."),
            click.Option(["--body-file"], metavar="PATH", help="Request body from a JSON or YAML file ('-': stdin)."),
        ]
    paging = entry.get("x-pagination")
    if paging:
        params += [
            click.Option(["--all", "all_pages"], is_flag=True, help="Read every page (the paging engine)."),
            click.Option(["--page-size"], type=click.IntRange(1, paging.get("max_size")), help="Items per page."),
            click.Option(["--max-items"], type=click.IntRange(1), help="Stop after this many items."),
        ]
    waiter = entry.get("x-waiter")
    if waiter:
        statuses = ", ".join(str(v) for v in waiter["success"])
        params += [
            click.Option(["--wait"], is_flag=True, help=f"Poll until the status is {statuses} (or --until)."),
            click.Option(["--until"], multiple=True, metavar="STATUS", help="Wait for this status instead."),
            click.Option(["--wait-timeout"], type=click.FloatRange(0), default=3600.0, show_default=True),
            click.Option(["--poll-interval"], type=click.FloatRange(0.05), help="Seconds between polls."),
        ]

    def run(**values: Any) -> None:
        _run(operation_id, entry, values)

    help_text = "\n\n".join(
        part for part in (entry["summary"], entry.get("description"), f"{entry['method']} {entry['path']}") if part
    )
    command = click.Command(
        slug(operation_id), callback=run, params=params, help=help_text, short_help=entry["summary"]
    )
    return shared_options(command)


def _run(operation_id: str, entry: Mapping[str, Any], values: dict[str, Any]) -> None:
    arguments: dict[str, Any] = {}
    for param in entry["parameters"]:
        value = values.get("p_" + slug(param["name"]).replace("-", "_"))
        if value is None or value == ():
            continue
        if param.get("enum") is not None and param["type"] == "integer":
            value = int(value)
        arguments[param["name"]] = list(value) if isinstance(value, tuple) else value
    body = load_body(values.get("body"), values.get("body_file"))
    if body is not None:
        arguments["body"] = body
    elif entry.get("body", {}).get("required"):
        raise click.UsageError(f"{slug(operation_id)} needs a request body: --body or --body-file")
    paged = bool(values.get("all_pages"))
    current = state()
    session = current.session()
    try:
        if paged:
            _run_pages(operation_id, entry, arguments, values, json_output=current.json)
            return
        if values.get("wait") or values.get("until"):
            answer = live.wait_for(
                session,
                operation_id,
                arguments,
                until=list(values.get("until") or ()) or None,
                timeout=values["wait_timeout"],
                poll_interval=values.get("poll_interval"),
            )
        else:
            answer = session.call_json(operation_id, **arguments)
    except (TypeError, ValueError) as exc:  # a body or value the operation's models refuse
        raise click.UsageError(str(exc)) from None
    if current.json:
        if answer is not None:
            render.print_json(answer)
    else:
        render.show(answer, entry)


def _run_pages(
    operation_id: str, entry: Mapping[str, Any], arguments: dict[str, Any], values: dict[str, Any], *, json_output: bool
) -> None:
    session = state().session()
    pages = live.pages(
        session, operation_id, arguments, page_size=values.get("page_size"), max_items=values.get("max_items")
    )
    if "content" in entry["x-pagination"]:  # a log read by cursor: the text, slice after slice
        for _, chunks in pages:
            for chunk in chunks:
                click.echo(chunk, nl=not chunk.endswith("\n"))
        return
    render.emit_items(pages, as_json=json_output, table=lambda items: render.show(None, entry, items=items))


def _finite(value: Any, depth: int = 0) -> None:
    if depth > 64:
        raise click.UsageError("the request body is nested deeper than 64 levels")
    if isinstance(value, float) and not math.isfinite(value):
        raise click.UsageError("the request body holds a number that is not finite (NaN or infinity)")
    if isinstance(value, dict):
        for item in value.values():
            _finite(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _finite(item, depth + 1)


def load_body(text: str | None, path: str | None) -> Any:
    """A request body from ``--body`` text or a ``--body-file`` (JSON, else YAML); clear usage errors."""
    if text is not None and path is not None:
        raise click.UsageError("give --body or --body-file, not both")
    if text is None and path is None:
        return None
    source = path or "--body"
    body = read_document(text, path, source=source)
    if not isinstance(body, dict):
        raise click.UsageError(f"{source}: a request body is a JSON object, not {type(body).__name__}")
    return body


def read_document(text: str | None, path: str | None, *, source: str) -> Any:
    """``text``, or the file at ``path``, parsed as JSON, else YAML: finite numbers, at most 64 levels.

    Every problem (an unreadable file, neither JSON nor YAML, NaN, too deep) is a usage error naming
    ``source``, so a command exits 2 before anything is sent.
    """
    if path is not None:
        try:
            with click.open_file(path, encoding="utf-8") as handle:
                text = handle.read()
        except (OSError, UnicodeDecodeError) as exc:
            raise click.UsageError(f"cannot read the body file {path}: {type(exc).__name__}: {exc}") from None
    try:
        document = json.loads(text or "", parse_constant=_refuse_constant)
    except json.JSONDecodeError as json_error:
        document = _yaml(text or "", source, json_error)
    except RecursionError:
        raise click.UsageError(f"{source}: nested too deeply") from None
    _finite(document)
    return document


def _refuse_constant(name: str) -> Any:
    raise click.UsageError(f"the request body holds {name}, which JSON does not allow")


def _yaml(text: str, source: str, json_error: json.JSONDecodeError) -> Any:
    import yaml

    try:
        return yaml.safe_load(text)
    except RecursionError:
        raise click.UsageError(f"{source}: nested too deeply") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
        raise click.UsageError(
            f"{source} is neither JSON ({json_error.msg} at line {json_error.lineno}, column {json_error.colno}) "
            f"nor YAML{where}"
        ) from None
