"""Find a generated operation and its spec extensions by name or module.

The generator writes ``modelarts_client/spec_index.json``: for every operationId its method, path,
module and ``x-`` extensions. The generic engines (pagination, waiters, log following) read their
instructions from there, so no operation needs code of its own.
"""

from __future__ import annotations

import importlib
import json
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from types import ModuleType
from typing import Any

__all__ = ["Operation", "OperationLike", "enum_value_info", "operation_entries", "resolve_operation"]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


@dataclass(frozen=True)
class Operation:
    """One operation of the spec: its generated module and what the spec says about it."""

    operation_id: str
    method: str
    path: str
    module: ModuleType = field(repr=False)
    extensions: dict[str, Any] = field(repr=False, default_factory=dict)
    tag: str = ""
    """The spec's tag (chapter); ``IAM`` operations are served by the IAM endpoint."""

    @property
    def pagination(self) -> dict[str, Any] | None:
        """The operation's ``x-pagination`` declaration, if it pages."""
        return self.extensions.get("x-pagination")

    @property
    def waiter(self) -> dict[str, Any] | None:
        """The operation's ``x-waiter`` declaration, if its resource has a lifecycle."""
        return self.extensions.get("x-waiter")

    def declared(self, extension: str) -> dict[str, Any]:
        """An extension the caller relies on (``x-pagination``, ``x-waiter``); clear error if absent."""
        value = self.extensions.get(extension)
        if not isinstance(value, dict):
            raise ValueError(f"{self.operation_id} has no {extension} in the spec")
        return value

    @property
    def idempotent(self) -> bool:
        return self.method in IDEMPOTENT_METHODS


OperationLike = ModuleType | str | Operation


@cache
def _index() -> dict[str, Any]:
    text = files("modelarts_client").joinpath("spec_index.json").read_text(encoding="utf-8")
    index: dict[str, Any] = json.loads(text)
    return index


def operation_entries() -> dict[str, Any]:
    """Every operation's entry in the index, by operationId (what the command line builds its commands from)."""
    entries: dict[str, Any] = _index()["operations"]
    return entries


@cache
def _operation(operation_id: str) -> Operation:
    entries = _index()["operations"]
    if operation_id not in entries:
        raise ValueError(f"unknown operation {operation_id!r}; see modelarts_client.api for the operations")
    entry = entries[operation_id]
    extensions = {key: value for key, value in entry.items() if key.startswith("x-")}
    module = importlib.import_module(entry["module"])
    return Operation(operation_id, entry["method"], entry["path"], module, extensions, str(entry.get("tag", "")))


def resolve_operation(operation: OperationLike) -> Operation:
    """Accept a generated module (``list_training_jobs``), its operationId, or an Operation."""
    if isinstance(operation, Operation):
        return operation
    if isinstance(operation, ModuleType):
        return _operation(operation.__name__.rsplit(".", 1)[1])
    return _operation(operation)


def enum_value_info(enum_name: str, value: int | str) -> dict[str, str] | None:
    """Name and meaning of a value of an enum declared with ``x-enum-varnames`` (e.g. JobStatus)."""
    info: dict[str, str] | None = _index()["enums"].get(enum_name, {}).get(str(value))
    return info
