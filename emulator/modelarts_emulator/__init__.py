"""A local emulator of the Huawei Cloud ModelArts REST API, driven by the shipped OpenAPI spec.

Why it exists: contract tests (and demos) need a server that authenticates, validates and answers
like ModelArts without an account, and that tests can drive deterministically (manual clock,
reset).  ``create_app()`` builds the ASGI app; ``python -m modelarts_emulator`` serves it; the
``modelarts_emulator`` pytest fixture (``pytest_plugin``) runs it on an ephemeral port.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .auth import DEFAULT_ACCESS_KEY, DEFAULT_PASSWORD, DEFAULT_SECRET_KEY, DEFAULT_USER, Credentials
from .framework import (
    DEFAULT_DURATIONS,
    ApiError,
    BadRequest,
    Clock,
    Conflict,
    Context,
    NotFound,
    Reply,
    operation,
)

if TYPE_CHECKING:
    from .app import Emulator, create_app

__all__ = [
    "DEFAULT_ACCESS_KEY",
    "DEFAULT_DURATIONS",
    "DEFAULT_PASSWORD",
    "DEFAULT_SECRET_KEY",
    "DEFAULT_USER",
    "ApiError",
    "BadRequest",
    "Clock",
    "Conflict",
    "Context",
    "Credentials",
    "Emulator",
    "NotFound",
    "Reply",
    "create_app",
    "operation",
]

EXTRA_HINT = "the ModelArts emulator needs its extra: pip install 'modelarts-client[emulator]'"
"""What to tell a user whose installation lacks the server's dependencies (Starlette, uvicorn,
openapi-core, PyYAML)."""

_LAZY = {"Emulator": ".app", "create_app": ".app"}


def __getattr__(name: str) -> Any:
    """Import the server (Starlette, openapi-core) only when it is asked for.

    Why: the package is also imported by the pytest plugin that installing the client registers, in
    environments without the ``[emulator]`` extra; importing it must not need what only serving does.
    """
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    try:
        module = importlib.import_module(_LAZY[name], __name__)
    except ModuleNotFoundError as exc:
        raise ModuleNotFoundError(f"{EXTRA_HINT} (missing: {exc.name})", name=exc.name) from exc
    return getattr(module, name)
