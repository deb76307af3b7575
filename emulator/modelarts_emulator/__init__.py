"""A local emulator of the Huawei Cloud ModelArts REST API, driven by the shipped OpenAPI spec.

Why it exists: contract tests (and demos) need a server that authenticates, validates and answers
like ModelArts without an account, and that tests can drive deterministically (manual clock,
reset).  ``create_app()`` builds the ASGI app; ``python -m modelarts_emulator`` serves it; the
``modelarts_emulator`` pytest fixture (``pytest_plugin``) runs it on an ephemeral port.
"""

from __future__ import annotations

from .app import Emulator, create_app
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
