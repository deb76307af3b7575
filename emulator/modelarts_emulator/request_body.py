"""What a request body must be before any operation sees it: the gateway's door.

Why a door in front of openapi-core: a schema validator judges the *shape* of parsed JSON, but some
bodies break the parser or the store before a schema is consulted.  Each rule below closes one class
of input that used to buy a 500 or a poisoned store with a valid signature:

* **size** -- at most :data:`MAX_BODY_BYTES` (the reference's 12 MB limit for AK/SK requests, error
  ``ModelArts.4104``, 413); read in chunks, so a liar's ``Content-Length`` or an endless chunked
  body costs no more than the limit;
* **encoding** -- UTF-8 (RFC 8259, section 8.1);
* **depth** -- at most :data:`MAX_DEPTH` nested arrays/objects.  The deepest body the spec describes
  is 6 levels plus a free-form field; CPython's parser and the validators recurse per level and would
  otherwise end in ``RecursionError`` somewhere near 1,000;
* **numbers** -- finite only.  ``NaN``, ``Infinity`` and ``-Infinity`` are not JSON at all (RFC 8259,
  section 6), and ``1e400`` overflows to infinity; either would be stored and then fail to serialise
  on every read.  An integer literal too wide for a double (over 1024 bits) is refused the same
  way, since any arithmetic that turns it into a float overflows;
* **strings** -- no unpaired UTF-16 surrogate (``"\\ud800"``) in any key or value: such a string has no
  UTF-8 form, so it could be stored but never sent back.

What the real gateway does with the last two is not documented; the emulator refuses them with the
operation's 400 (``ModelArts.0107``), which is what a strict JSON parser in front of the service
would do.  ``spec/ERRATA.md`` records the choice.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import AsyncIterator
from typing import Any, Final

__all__ = ["MAX_BODY_BYTES", "MAX_DEPTH", "BodyRejected", "clip", "parse_json_body", "read_body"]

MAX_BODY_BYTES: Final = 12 * 1024 * 1024
"""Largest request body accepted (reference chapter 3: AK/SK requests carry at most 12 MB)."""

MAX_DEPTH: Final = 64
"""Deepest nesting of arrays and objects accepted in a body."""

MAX_INT_BITS: Final = 1024
"""Largest integer magnitude accepted, in bits: anything wider has no double (finite) value."""

TOO_LARGE_CODE: Final = "ModelArts.4104"
"""Reference code for a request body over the size limit (status 413)."""

_SURROGATE: Final = re.compile("[\ud800-\udfff]")


_Where = tuple[Any, "str | int"] | None
"""A location in the body: ``None`` for the root, else ``(parent location, key or index)``."""


class BodyRejected(Exception):
    """The body breaks a rule of the door; ``status`` is 400 or 413."""

    def __init__(self, message: str, *, status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


async def read_body(chunks: AsyncIterator[bytes], declared_length: str | None) -> bytes:
    """The whole body, refused with 413 as soon as it is known to exceed :data:`MAX_BODY_BYTES`."""
    if declared_length is not None:
        try:
            declared = int(declared_length)
        except ValueError:
            declared = 0  # the server has already framed the body; judge the bytes that arrive
        if declared > MAX_BODY_BYTES:
            raise _too_large()
    parts: list[bytes] = []
    size = 0
    async for chunk in chunks:
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise _too_large()
        parts.append(chunk)
    return b"".join(parts)


def _too_large() -> BodyRejected:
    return BodyRejected(f"request body larger than {MAX_BODY_BYTES // (1024 * 1024)} MB", status=413)


def _reject_constant(name: str) -> Any:
    raise BodyRejected(f"body: {name} is not a JSON number; numbers must be finite")


def parse_json_body(raw: bytes) -> Any:
    """Parse a request body under the rules of the module docstring, or raise :class:`BodyRejected`."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BodyRejected(f"body: not UTF-8 encoded JSON (byte {exc.start})") from exc
    try:
        value = json.loads(text, parse_constant=_reject_constant)
    except RecursionError as exc:
        raise BodyRejected(f"body: nested deeper than {MAX_DEPTH} levels") from exc
    except ValueError as exc:  # JSONDecodeError, and int() refusing a number of over 4,300 digits
        raise BodyRejected(f"body: not valid JSON ({clip(str(exc))})") from exc
    _check_tree(value)
    return value


def _check_tree(root: Any) -> None:
    """Depth, finiteness and surrogates in one iterative walk (no recursion to exhaust).

    A location is kept as a chain of ``(parent, key)`` pairs and spelt out only for the error, so a
    large valid body costs one tuple per value, not one string.
    """
    stack: list[tuple[Any, int, _Where]] = [(root, 1, None)]
    while stack:
        value, depth, where = stack.pop()
        if isinstance(value, str):
            _check_text(value, where)
        elif isinstance(value, float):
            if not math.isfinite(value):
                raise BodyRejected(f"{_spell(where)}: number out of range; numbers must be finite")
        elif isinstance(value, int) and value.bit_length() > MAX_INT_BITS:
            # Finite as JSON text, but past what a double holds: float() of it overflows, like 1e400.
            raise BodyRejected(f"{_spell(where)}: number out of range; numbers must be finite")
        elif isinstance(value, dict):
            if depth > MAX_DEPTH:
                raise BodyRejected(f"body: nested deeper than {MAX_DEPTH} levels")
            for key, item in value.items():
                _check_text(key, (where, key), is_key=True)
                stack.append((item, depth + 1, (where, key)))
        elif isinstance(value, list):
            if depth > MAX_DEPTH:
                raise BodyRejected(f"body: nested deeper than {MAX_DEPTH} levels")
            stack.extend((item, depth + 1, (where, index)) for index, item in enumerate(value))


def _spell(where: _Where) -> str:
    """``body.config.parameter[2].value`` for a location chain."""
    parts: list[str] = []
    while where is not None:
        where, key = where
        parts.append(f"[{key}]" if isinstance(key, int) else f".{clip(key, 40)}")
    return "body" + "".join(reversed(parts))


def _check_text(text: str, where: _Where, *, is_key: bool = False) -> None:
    if _SURROGATE.search(text):
        what = "key" if is_key else "string"
        raise BodyRejected(f"{_spell(where)}: {what} holds an unpaired UTF-16 surrogate; text must be valid Unicode")


def _safe(text: str) -> str:
    """A location that is itself printable as UTF-8 (a key may hold the surrogate being reported)."""
    return _SURROGATE.sub("\ufffd", text)


def clip(text: str, limit: int = 300) -> str:
    """A message part no longer than *limit*, printable as UTF-8.

    Why: messages quote what they refuse (a validator quotes the offending value, which may be
    megabytes long; a key may hold the surrogate being reported).
    """
    text = _safe(text)
    return text if len(text) <= limit else text[:limit] + "..."
