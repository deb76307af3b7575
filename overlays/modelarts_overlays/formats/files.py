"""Reading a source and writing a target for the dataset file formats.

Why one module: both formats take "a local path or any file-like object", and both save to a path
whole or not at all (:func:`modelarts_overlays.atomic_file.replace_file`), never leaving a truncated
file.

OBS paths (``obs://``, ``s3://``) are refused with a clear error: moving files to and from OBS is the
job of the OBS transfer, not of a file format.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Union, cast

from ..atomic_file import replace_file

__all__ = ["DatasetFormatError", "Source", "Target", "iter_lines", "read_bytes", "source_name", "write_atomic"]

Source = Union[str, "os.PathLike[str]", IO[str], IO[bytes]]
"""A local path, or a file-like object open for reading (text or binary)."""

Target = Union[str, "os.PathLike[str]", IO[str], IO[bytes]]
"""A local path, or a file-like object open for writing (text or binary)."""

MAX_FILE_BYTES = 256 * 1024 * 1024
"""Largest file read whole (a Pascal VOC file): 256 MiB; a manifest is read a line at a time."""


class DatasetFormatError(ValueError):
    """A dataset file that breaks its format: says which file and where (``line``, when known)."""

    def __init__(self, message: str, *, source: str = "", line: int | None = None) -> None:
        where = source or "<stream>"
        if line is not None:
            where = f"{where}, line {line}"
        super().__init__(f"{where}: {message}")
        self.source = source
        self.line = line
        self.reason = message


def _is_path(value: object) -> bool:
    return isinstance(value, (str, os.PathLike))


def _refuse_remote(path: str) -> None:
    if path.lower().startswith(("obs://", "s3://")):
        raise ValueError(
            f"{path} is an OBS path; this reads and writes local files and file-like objects only: "
            "download the file first (or upload it after saving)"
        )


def source_name(source: Source | Target) -> str:
    """A name for messages: the path, or the file object's ``name`` when it has one."""
    if _is_path(source):
        return os.fspath(source)  # type: ignore[arg-type]
    name = getattr(source, "name", None)
    return name if isinstance(name, str) else "<stream>"


def iter_lines(
    source: Source, encoding: str, error: type[DatasetFormatError] = DatasetFormatError
) -> Iterator[tuple[int, str]]:
    """``(line number, text)`` for each line of the source, decoded one line at a time (so a
    decoding error, raised as ``error``, names its line, and a large file is never held whole)."""
    name = source_name(source)
    if _is_path(source):
        path = os.fspath(source)  # type: ignore[arg-type]
        _refuse_remote(path)
        with open(path, "rb") as handle:
            yield from _decoded(handle, encoding, name, error)
        return
    yield from _decoded(source, encoding, name, error)  # type: ignore[arg-type]


def _decoded(
    handle: IO[str] | IO[bytes], encoding: str, name: str, error: type[DatasetFormatError]
) -> Iterator[tuple[int, str]]:
    lines = cast("Iterable[str | bytes]", handle)
    for number, raw in enumerate(lines, start=1):
        try:
            text = raw.decode(encoding) if isinstance(raw, bytes) else raw
        except UnicodeDecodeError as exc:
            raise error(f"not valid {encoding} at byte {exc.start} of the line", source=name, line=number) from None
        yield number, text


def read_bytes(source: Source, encoding: str) -> bytes:
    """The whole source as bytes (text sources are encoded with ``encoding``); at most
    :data:`MAX_FILE_BYTES`."""
    name = source_name(source)
    if _is_path(source):
        path = os.fspath(source)  # type: ignore[arg-type]
        _refuse_remote(path)
        with open(path, "rb") as handle:
            data: str | bytes = handle.read(MAX_FILE_BYTES + 1)
    else:
        data = source.read(MAX_FILE_BYTES + 1)  # type: ignore[union-attr]
    raw = data.encode(encoding) if isinstance(data, str) else data
    if len(raw) > MAX_FILE_BYTES:
        raise DatasetFormatError(f"larger than {MAX_FILE_BYTES} bytes", source=name)
    return raw


def write_atomic(target: Target, data: bytes, *, append: bool = False, encoding: str = "utf-8") -> None:
    """Write ``data`` to ``target``: to a path through a temporary file renamed into place (with
    ``append``, after the old content); to a file-like object directly (bytes, or text decoded with
    ``encoding`` when it is a text stream)."""
    if not isinstance(target, (str, os.PathLike)):
        if isinstance(target, io.TextIOBase) or (
            not isinstance(target, (io.RawIOBase, io.BufferedIOBase)) and "b" not in str(getattr(target, "mode", "b"))
        ):
            cast("IO[str]", target).write(data.decode(encoding))
        else:
            cast("IO[bytes]", target).write(data)
        return
    _refuse_remote(os.fspath(target))
    replace_file(Path(os.fspath(target)), data, append=append)
