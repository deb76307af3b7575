"""Shared fixtures: the spec, loaded once, a walk over its operations, and its local $refs followed; a
session on a project of its own at the emulator; the vendor's SDK pointed at the emulator."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from modelarts_emulator.pytest_plugin import EmulatorHandle
from modelarts_overlays.session import Session

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


@pytest.fixture
def env(modelarts_emulator: EmulatorHandle) -> Iterator[tuple[EmulatorHandle, Session]]:
    """The emulator and a session on a project of its own (no other test's resources in its lists)."""
    session = Session(
        access_key=modelarts_emulator.access_key,
        secret_key=modelarts_emulator.secret_key,
        project_id=uuid.uuid4().hex,
        endpoint=modelarts_emulator.url,
        iam_endpoint=modelarts_emulator.url,
    )
    yield modelarts_emulator, session
    session.close()


@pytest.fixture
def vendor(modelarts_emulator: EmulatorHandle) -> Any:
    """The vendor's own SDK (``huaweicloudsdkmodelarts``) on a project of its own, pointed at the emulator.

    Skipped where the SDK is not installed (it is a dev dependency, not a runtime one).
    """
    sdk = pytest.importorskip("huaweicloudsdkmodelarts.v1")
    from huaweicloudsdkcore.auth.credentials import BasicCredentials
    from huaweicloudsdkcore.http.http_config import HttpConfig

    logging.getLogger("HuaweiCloud-SDK").setLevel(logging.WARNING)
    credentials = BasicCredentials(modelarts_emulator.access_key, modelarts_emulator.secret_key, uuid.uuid4().hex)
    return (
        sdk.ModelArtsClient.new_builder()
        .with_http_config(HttpConfig.get_default_config())
        .with_credentials(credentials)
        .with_endpoints([modelarts_emulator.url])
        .build()
    )
