"""Shared fixtures: the spec, loaded once, a walk over its operations, and its local $refs followed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "spec" / "modelarts.yaml"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def load_spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as handle:
        doc: dict[str, Any] = yaml.safe_load(handle)
    return doc


SPEC = load_spec()


def operations(doc: dict[str, Any] = SPEC) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield (path, method, operation) for every operation of the document."""
    for path, item in doc["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def deref(node: dict[str, Any], doc: dict[str, Any] = SPEC) -> dict[str, Any]:
    """*node*, or what its local ``$ref`` (followed until there is none) points to in *doc*."""
    while "$ref" in node:
        target: Any = doc
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return SPEC
