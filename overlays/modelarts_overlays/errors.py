"""Typed exceptions for ModelArts error answers.

Why this module exists: the generated client hands back a status code and raw
bytes, and the service reports failures in two body shapes (the spec's
``IsSuccessError`` -- ``is_success``/``error_code``/``error_message`` or
``error_msg`` -- and ``ErrorMsg`` -- ``error_code``/``error_msg``/
``request_id``), sometimes as a ``200`` whose body says ``is_success: false``,
and the gateways in front of it answer with HTML pages.  Callers want one
``except`` clause per kind of failure and a message that says what the code
means and how to fix it, so this module turns any answer into a
:class:`ModelArtsError` subclass and explains its code from the reference's
code table (chapter 10.2, shipped as ``data/error_codes.json``).

Choices made here:

* the class follows the HTTP status (:data:`STATUS_CLASSES`, then 4xx ->
  :class:`ClientError`, 5xx -> :class:`ServerError`, anything else ->
  :class:`UnexpectedResponseError`);
* a 2xx whose JSON body has ``is_success: false`` raises
  :class:`OperationFailedError` (a :class:`ClientError`): the service took the
  request and refused it, and the reference gives no status for its codes, so
  nothing better than "the request was refused" is known; ``status_code``
  stays the real ``200``;
* an error body that is not a JSON object (an HTML gateway page, plain text,
  broken JSON) yields a class that is *both* the status class and
  :class:`UnexpectedResponseError` (e.g. ``UnreadableServerError`` for a
  502 page), so ``except ServerError`` still catches a gateway's 502;
* a 2xx whose body the generated client could not parse (truncated or
  non-JSON text, an array where an object is documented, a missing required
  field) is an :class:`UnexpectedResponseError` too
  (:func:`error_from_unparsed`), so ``except ModelArtsError`` is the only
  clause a caller of ``Session`` needs;
* the raw body is kept in ``body``; ``str()`` truncates long texts;
* response headers are not kept (only ``X-request-id``): an IAM answer carries
  the token in ``X-Subject-Token``, which must never reach a log or a report;
* every text field and the body are scrubbed of live secrets and token header
  values (:mod:`.redaction`) when the error is made, and ``str()``/``repr()``
  again when called: a hostile or buggy server may echo the ``X-Auth-Token``
  (or a password) it received into its error message, and exceptions end up
  in logs, tracebacks and bug reports.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any, Final

from . import redaction

__all__ = [
    "STATUS_CLASSES",
    "AuthenticationError",
    "BadRequestError",
    "ClientError",
    "ConflictError",
    "ErrorCodeInfo",
    "ModelArtsError",
    "NotFoundError",
    "OperationFailedError",
    "PermissionDeniedError",
    "ServerError",
    "ThrottlingError",
    "UnexpectedResponseError",
    "error_from_response",
    "error_from_unparsed",
    "lookup_error_code",
    "raise_for_response",
]

HEADER_REQUEST_ID: Final = "X-request-id"

MAX_TEXT_CHARS: Final = 500
"""Longest message, code or request id ``str()`` shows before truncating."""

PREVIEW_CHARS: Final = 200
"""How much of an unreadable body ``str()`` shows."""

_MESSAGE_KEYS: Final = ("error_msg", "error_message")
_TITLE_RE: Final = re.compile(rb"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)


# --------------------------------------------------------------------------
# Code tables (loaded lazily, once)
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class ErrorCodeInfo:
    """One row of the reference's error code table (chapter 10.2)."""

    code: str
    module: str
    message: str
    solution: str | None


def _load_json(name: str) -> dict[str, Any]:
    text = (resources.files("modelarts_overlays") / "data" / name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@functools.cache
def _code_table() -> dict[str, ErrorCodeInfo]:
    """Code table keyed by case-folded code; read on first use, not at import."""
    table: dict[str, ErrorCodeInfo] = {}
    for code, row in _load_json("error_codes.json")["codes"].items():
        table[code.casefold()] = ErrorCodeInfo(
            code=code, module=row["module"], message=row["message"], solution=row.get("solution")
        )
    return table


@functools.cache
def _status_table() -> dict[int, tuple[str, str]]:
    """``status -> (reason phrase, meaning)`` from ``status_codes.json``."""
    return {int(code): (row["name"], row["meaning"]) for code, row in _load_json("status_codes.json")["codes"].items()}


def lookup_error_code(code: str) -> ErrorCodeInfo | None:
    """The table row for *code* (case-insensitive), or ``None`` if unknown."""
    return _code_table().get(code.strip().casefold())


# --------------------------------------------------------------------------
# Exceptions
# --------------------------------------------------------------------------


def _one_line(text: str, limit: int = MAX_TEXT_CHARS) -> str:
    """Whitespace collapsed (no forged log lines) and cut at *limit* characters."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    return f"{flat[:limit]}... [{len(flat) - limit} more characters]"


def _preview(body: bytes) -> str:
    """Short description of an unreadable body: an HTML title, else its start."""
    if not body:
        return "an empty body"
    title = _TITLE_RE.search(body[:65536])
    if title:
        text = title.group(1).decode("utf-8", "replace")
        return f"an HTML page titled {_one_line(text, PREVIEW_CHARS)!r}"
    text = body[:PREVIEW_CHARS].decode("utf-8", "replace")
    more = f" ... [{len(body)} bytes]" if len(body) > PREVIEW_CHARS else ""
    return f"a body that is not a JSON object: {_one_line(text, PREVIEW_CHARS)!r}{more}"


class ModelArtsError(Exception):
    """An error answer from ModelArts (or the gateway in front of it).

    ``str()`` names the status, code, message and request id, then what the
    code means and how to fix it (from the code table); ``body`` keeps the raw
    bytes, ``info`` the table row; ``problem`` says why a body could not be
    read, when that is the error.  Secrets are scrubbed from all of them (see
    the module docstring).
    """

    status_code: int
    error_code: str | None
    error_msg: str | None
    request_id: str | None
    body: bytes
    problem: str | None

    def __init__(
        self,
        status_code: int,
        *,
        error_code: str | None = None,
        error_msg: str | None = None,
        request_id: str | None = None,
        body: bytes = b"",
        problem: str | None = None,
    ) -> None:
        error_code, error_msg, request_id, problem = (
            None if text is None else redaction.scrub(text) for text in (error_code, error_msg, request_id, problem)
        )
        super().__init__(status_code, error_code, error_msg)
        self.status_code = status_code
        self.error_code = error_code
        self.error_msg = error_msg
        self.request_id = request_id
        self.body = redaction.scrub_bytes(bytes(body))
        self.problem = problem

    @property
    def info(self) -> ErrorCodeInfo | None:
        """The code-table row of ``error_code``; ``None`` without or for an unknown code."""
        return lookup_error_code(self.error_code) if self.error_code else None

    @property
    def reason(self) -> str:
        """The status's reason phrase (``"Not Found"``), ``""`` if not a known status."""
        entry = _status_table().get(self.status_code)
        return entry[0] if entry else ""

    def _headline(self) -> str:
        parts = [f"HTTP {self.status_code}" + (f" {self.reason}" if self.reason else "")]
        if self.error_code:
            parts.append(f", error {_one_line(self.error_code, 100)}")
        if self.error_msg:
            parts.append(f": {_one_line(self.error_msg)}")
        else:
            details = (
                [f"the body does not fit the API spec ({_one_line(self.problem, PREVIEW_CHARS)})"]
                if self.problem
                else []
            )
            if isinstance(self, UnexpectedResponseError) and _json_object(self.body) is None:
                details.append(_preview(self.body))
            if details:
                parts.append(": " + "; ".join(details))
        if self.request_id:
            parts.append(f" (request id {_one_line(self.request_id, 100)})")
        return "".join(parts)

    def _explanation(self) -> list[str]:
        info = self.info
        if info is not None:
            fix = info.solution or "none documented in the error code table."
            return [f"{info.code} ({info.module}): {info.message}", f"How to fix: {fix}"]
        lines = []
        if self.error_code:
            lines.append(f"{_one_line(self.error_code, 100)} is not in the ModelArts error code table (chapter 10.2).")
        entry = _status_table().get(self.status_code)
        if entry and not (200 <= self.status_code < 300):
            lines.append(f"HTTP {self.status_code} means: {entry[1]}")
        elif 200 <= self.status_code < 300 and isinstance(self, UnexpectedResponseError):
            lines.append("The request may have succeeded, but the answer is not what the API reference documents.")
        return lines

    def __str__(self) -> str:
        # Scrubbed again: a secret registered after the error was made (a later token) is masked too.
        return redaction.scrub("\n  ".join([self._headline(), *self._explanation()]))

    def __repr__(self) -> str:
        return redaction.scrub(
            f"{type(self).__name__}(status_code={self.status_code!r}, error_code={self.error_code!r}, "
            f"request_id={self.request_id!r})"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only __init__ and the generated "Unreadable*" classes would
        # defeat default exception pickling (process pools pickle exceptions).
        base = getattr(type(self), "_readable_class", type(self))
        state = (self.status_code, self.error_code, self.error_msg, self.request_id, self.body)
        return (_restore, (base, base is not type(self), *state), dict(self.__dict__))


class ClientError(ModelArtsError):
    """4xx: the request was refused; repeating it unchanged will not help."""


class BadRequestError(ClientError):
    """400: a parameter or the body is invalid."""


class AuthenticationError(ClientError):
    """401: missing, wrong or expired credentials (AK/SK, token, clock skew)."""


class PermissionDeniedError(ClientError):
    """403: authenticated, but not allowed (IAM policy, OBS access, quota)."""


class NotFoundError(ClientError):
    """404: the resource (or the endpoint path) does not exist."""


class ConflictError(ClientError):
    """409: the resource's state or name conflicts with the request."""


class ThrottlingError(ClientError):
    """429: too many requests; wait before retrying."""


class OperationFailedError(ClientError):
    """A 2xx answer whose body says ``is_success: false``.

    Why a ``ClientError``: the service received the request and refused it
    (the reference gives no status for its codes); ``status_code`` is the real
    2xx status.
    """


class ServerError(ModelArtsError):
    """5xx: the service or a gateway failed; often worth retrying later."""


class UnexpectedResponseError(ModelArtsError):
    """An answer this client cannot read: an error body that is not a JSON
    object (HTML gateway page, text), a status outside 2xx/4xx/5xx, or a 2xx
    whose body does not fit the spec (``problem`` says how).

    For 4xx/5xx the raised class also derives from the status class
    (``UnreadableServerError`` is a ``ServerError`` too).
    """


STATUS_CLASSES: Final[Mapping[int, type[ModelArtsError]]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: ThrottlingError,
}
"""Statuses with a class of their own; other 4xx/5xx use the family class."""


def _make_unreadable(base: type[ModelArtsError]) -> type[ModelArtsError]:
    """``base`` + :class:`UnexpectedResponseError`, e.g. ``UnreadableServerError``."""
    name = f"Unreadable{base.__name__}"
    namespace = {
        "__doc__": f"{base.__name__} whose body could not be read (see UnexpectedResponseError).",
        "__module__": __name__,
        "__qualname__": name,
        "_readable_class": base,
    }
    created: type[ModelArtsError] = type(name, (base, UnexpectedResponseError), namespace)
    return created


# Built at import (no lazy creation, so no race making two classes of one name).
_UNREADABLE: Final[dict[type[ModelArtsError], type[ModelArtsError]]] = {
    base: _make_unreadable(base) for base in (*STATUS_CLASSES.values(), ClientError, ServerError)
}


def _unreadable_class(base: type[ModelArtsError]) -> type[ModelArtsError]:
    """The "unreadable body" variant of *base* (itself for UnexpectedResponseError)."""
    return _UNREADABLE.get(base, base)


def _restore(
    base: type[ModelArtsError],
    unreadable: bool,
    status_code: int,
    error_code: str | None,
    error_msg: str | None,
    request_id: str | None,
    body: bytes,
) -> ModelArtsError:
    cls = _unreadable_class(base) if unreadable else base
    return cls(status_code, error_code=error_code, error_msg=error_msg, request_id=request_id, body=body)


# --------------------------------------------------------------------------
# Building errors from answers
# --------------------------------------------------------------------------


def _status_class(status_code: int) -> type[ModelArtsError]:
    if status_code in STATUS_CLASSES:
        return STATUS_CLASSES[status_code]
    if 400 <= status_code < 500:
        return ClientError
    if 500 <= status_code < 600:
        return ServerError
    return UnexpectedResponseError


def _json_object(content: bytes) -> dict[str, Any] | None:
    """The body as a JSON object, or ``None`` if it is anything else."""
    try:
        data = json.loads(content)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def _text(value: object) -> str | None:
    """A body field as text; missing, null and empty all mean ``None``."""
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value)
    return text or None


def _header(headers: Mapping[str, str], name: str) -> str | None:
    """Case-insensitive header lookup that also works on a plain ``dict``."""
    value = headers.get(name)
    if value is None:
        wanted = name.lower()
        value = next((v for k, v in headers.items() if k.lower() == wanted), None)
    if value is None:
        return None
    return value.strip() or None


def _fields(payload: dict[str, Any]) -> tuple[str | None, str | None, str | None]:
    """``(error_code, message, request_id)`` from either body shape.

    Both message spellings are read; Keystone-style ``{"error": {"code",
    "message"}}`` (IAM) fills what the flat fields leave empty.
    """
    code = _text(payload.get("error_code"))
    message = next((m for m in (_text(payload.get(key)) for key in _MESSAGE_KEYS) if m), None)
    nested = payload.get("error")
    if isinstance(nested, dict):
        code = code or _text(nested.get("code"))
        message = message or _text(nested.get("message"))
    return code, message, _text(payload.get("request_id"))


_NOT_PARSED: Any = object()


def _shows_success(parsed: Any) -> bool:
    """Whether an answer parsed into a generated model shows by itself that it is no refusal.

    A model whose ``is_success`` is ``True``, or which has no such field and kept no such key among
    its additional properties, cannot hold ``is_success: false``; anything else (a flag that is not
    ``True``, a body that is not a model) needs the body read.
    """
    flag = getattr(parsed, "is_success", _NOT_PARSED)
    if flag is True:
        return True
    if flag is _NOT_PARSED:
        extra = getattr(parsed, "additional_properties", None)
        return isinstance(extra, dict) and "is_success" not in extra
    return False


def error_from_response(
    status_code: int, content: bytes, headers: Mapping[str, str], *, parsed: Any = _NOT_PARSED
) -> ModelArtsError | None:
    """The exception an answer stands for, or ``None`` when it is a success.

    A 2xx is a success unless its body is a JSON object with ``is_success``
    set to ``false`` (then :class:`OperationFailedError`); non-JSON 2xx
    bodies (files, logs) are successes.  Anything else is an error whose class
    follows the status (see the module docstring).

    *parsed* is the answer as the generated client parsed it, when it was: a
    2xx model that shows success by itself (:func:`_shows_success`) spares
    parsing the body a second time just to look for ``is_success``.
    """
    if 200 <= status_code < 300 and parsed is not _NOT_PARSED and _shows_success(parsed):
        return None
    payload = _json_object(content) if content else None
    if 200 <= status_code < 300:
        if payload is None or payload.get("is_success") is not False:
            return None
        cls: type[ModelArtsError] = OperationFailedError
    else:
        cls = _status_class(status_code)
        if payload is None and content.strip():
            cls = _unreadable_class(cls)
    code, message, request_id = _fields(payload) if payload is not None else (None, None, None)
    return cls(
        status_code,
        error_code=code,
        error_msg=message,
        request_id=request_id or _header(headers, HEADER_REQUEST_ID),
        body=content,
    )


def error_from_unparsed(status_code: int, content: bytes, headers: Mapping[str, str], problem: str) -> ModelArtsError:
    """The exception for an answer the generated client could not parse (its ``MalformedResponse``).

    An error answer gets the class :func:`error_from_response` gives it; a 2xx
    -- which :func:`error_from_response` would call a success -- becomes an
    :class:`UnexpectedResponseError` with *problem* (what did not fit).  Why
    not let ``MalformedResponse`` through: it is not a :class:`ModelArtsError`,
    so ``except ModelArtsError`` around a ``Session`` call would miss it.
    """
    error = error_from_response(status_code, content, headers)
    if error is not None:
        return error
    return UnexpectedResponseError(
        status_code, request_id=_header(headers, HEADER_REQUEST_ID), body=content, problem=problem
    )


def raise_for_response(status_code: int, content: bytes, headers: Mapping[str, str]) -> None:
    """Raise :func:`error_from_response`'s exception, if the answer is an error."""
    error = error_from_response(status_code, content, headers)
    if error is not None:
        raise error
