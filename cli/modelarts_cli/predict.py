"""``modelarts predict``: send one request to a deployed real-time service (``Session.predict``).

The input is one of ``--json`` (JSON text, or ``@FILE``), ``--file`` or ``--image`` (a path, ``-``
for stdin), as the SDK reference's ``Predictor.predict`` takes ``json``, ``files`` or ``images``.
A JSON answer is printed indented (in either output mode: there is no table for a model's own
answer); any other answer is written to stdout as bytes, or to ``--out``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from . import render
from .app import shared_options, state
from .spec_commands import read_document

__all__ = ["predict"]


def _json_input(text: str) -> Any:
    """``--json`` text, or ``@FILE`` for a file's, read as the generated commands read ``--body``."""
    path = text[1:] if text.startswith("@") else None
    source = path or "--json"
    document = read_document(None if path else text, path, source=source)
    if not isinstance(document, (dict, list)):
        raise click.UsageError(f"{source}: the input is a JSON object or array, not {type(document).__name__}")
    return document


def _file_input(path: str) -> bytes | str:
    if path == "-":
        return sys.stdin.buffer.read()
    if not Path(path).is_file():
        raise click.UsageError(f"no such file: {path}")
    return path


@click.command()
@click.argument("service_id", required=False)
@click.option("--json", "json_text", metavar="TEXT|@FILE", help="Send JSON: the text itself, or @ and a file.")
@click.option("--file", "file_path", metavar="PATH", help="Send a file as multipart (field 'file'); '-': stdin.")
@click.option("--image", "image_path", metavar="PATH", help="Send an image as multipart (field 'images'); '-': stdin.")
@click.option("--field", metavar="NAME", help="Form field of --file/--image, if the model names another.")
@click.option("--path", "infer_path", default="/", show_default=True, help="Inference path of the model's API.")
@click.option("--access-address", metavar="URL", help="The service's address, instead of looking it up by id.")
@click.option("--out", "out_path", metavar="PATH", help="Write a non-JSON answer to this file.")
@shared_options
def predict(
    service_id: str | None,
    json_text: str | None,
    file_path: str | None,
    image_path: str | None,
    field: str | None,
    infer_path: str,
    access_address: str | None,
    out_path: str | None,
) -> None:
    """Send JSON, a file or an image to a running real-time service and print its answer.

    \b
    Examples:
      modelarts predict SERVICE_ID --json '{"instances": [[1, 2, 3]]}'
      modelarts predict SERVICE_ID --image cat.png
      modelarts predict --access-address URL --json @input.json --path /v1/score
    """
    inputs = (("json", json_text), ("files", file_path), ("images", image_path))
    given = [(kind, value) for kind, value in inputs if value]
    if len(given) != 1:
        raise click.UsageError("give exactly one of --json, --file or --image")
    if (service_id is None) == (access_address is None):
        raise click.UsageError("give a SERVICE_ID or --access-address (one of them)")
    data_type, value = given[0]
    data = _json_input(value) if data_type == "json" else _file_input(value)
    try:
        answer = (
            state()
            .session()
            .predict(
                service_id,
                data=data,
                data_type=data_type,
                path=infer_path,
                field=field,
                access_address=access_address,
            )
        )
    except ValueError as exc:  # the client refused the arguments before sending
        raise click.UsageError(str(exc)) from None
    if isinstance(answer, bytes):
        if out_path:
            Path(out_path).write_bytes(answer)
            click.echo(f"{len(answer)} bytes written to {out_path}", err=True)
        else:
            sys.stdout.buffer.write(answer)
            sys.stdout.buffer.flush()
        return
    render.print_json(answer)
