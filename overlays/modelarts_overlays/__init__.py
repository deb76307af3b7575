"""Handwritten layer on top of the generated ``modelarts_client``.

The generated package is never edited; what the generator cannot produce (request signing, token
auth, pagination, typed errors, retries, waiters) lives here, driven by the spec's extensions where
possible. Start with :class:`Session`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import (
    AuthenticationError,
    BadRequestError,
    ClientError,
    ConflictError,
    ModelArtsError,
    NotFoundError,
    OperationFailedError,
    PermissionDeniedError,
    ServerError,
    ThrottlingError,
    UnexpectedResponseError,
)
from .inference import ServiceNotReadyError
from .operations import enum_value_info, resolve_operation
from .retry import DEFAULT_TIMEOUT, RetryPolicy, allow_retry_on_post
from .session import Session
from .signing import AkSkAuth, Secret
from .token import TokenAuth, TokenError
from .waiters import WaiterError, WaitFailed, WaitTimeout

if TYPE_CHECKING:
    from modelarts_client.types import Unset


def describe_job_status(code: int | Unset) -> str:
    """``"JOBSTAT_RUNNING (8): Job is running."`` for a job status code (reference section 5.5).

    Takes a status field as the generated models hold it, which is ``Unset`` when the answer had none.
    """
    if not isinstance(code, int):
        return "no job status in the answer"
    info = enum_value_info("JobStatus", code)
    if info is None:
        return f"unknown job status ({code})"
    return f"{info['name']} ({code}): {info['description']}"


__all__ = [
    "DEFAULT_TIMEOUT",
    "AkSkAuth",
    "AuthenticationError",
    "BadRequestError",
    "ClientError",
    "ConflictError",
    "ModelArtsError",
    "NotFoundError",
    "OperationFailedError",
    "PermissionDeniedError",
    "RetryPolicy",
    "Secret",
    "ServerError",
    "ServiceNotReadyError",
    "Session",
    "ThrottlingError",
    "TokenAuth",
    "TokenError",
    "UnexpectedResponseError",
    "WaitFailed",
    "WaitTimeout",
    "WaiterError",
    "allow_retry_on_post",
    "describe_job_status",
    "enum_value_info",
    "resolve_operation",
]
