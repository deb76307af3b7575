"""Keep secret keys, passwords and tokens out of every log record and error text of the process.

Why this module exists: hiding secrets from our own ``repr``/``str`` (:class:`~.signing.Secret`)
is not enough.  Other libraries log what passes through them: httpcore's DEBUG line for the IAM
login answer quotes the ``X-Subject-Token`` header, an application may log an exception whose
message echoes a token, and a hostile or buggy server may copy the ``X-Auth-Token`` it received
into an error message.  The promise "secrets never appear in logs or errors" can only hold if it
is enforced where the text is produced, for every logger, whoever wrote the log call.

How:

* a process-wide registry of live secrets.  Every :class:`~.signing.Secret` registers its value on
  creation (so the SK, STS token and password of the auth objects and each IAM token the token
  cache receives are covered) and is dropped when its owner is garbage collected
  (``weakref.finalize``), so the registry holds exactly the secrets something still holds;
* each secret is registered in the spellings it takes when printed: as is, inside a ``repr`` of a
  ``str`` or of ``bytes`` (escapes), inside JSON (``\\u`` escapes) and percent-encoded;
* a ``logging`` record factory, installed once on the first registration and chaining the factory
  that was in place, scrubs each new record from every logger: the formatted message, the
  rendered traceback of ``exc_info`` and ``stack_info``.  A record that held a secret gets its
  scrubbed message as ``msg`` with no ``args`` and, when its traceback held one, the scrubbed
  ``exc_text`` and no ``exc_info`` (so no formatter can render the original again); clean records
  are left untouched;
* independently of the registry, the values of the ``X-Subject-Token``, ``X-Auth-Token`` and
  ``X-Security-Token`` headers are masked wherever they appear in text (``Name: value``,
  ``name=value``, ``'Name': 'value'``, JSON, httpcore's ``(b'name', b'value')``), so a token this
  process never registered -- issued to another process, or seen in a log line before the token
  cache received it -- is masked too;
* :func:`scrub`, :func:`scrub_bytes` and :func:`scrub_exception` apply the same rules to error
  texts and bodies (see :mod:`.errors` and :mod:`.token`).

Costs: records are only built for enabled levels; with nothing registered the factory adds two
global lookups per record (measured: 5.1 -> 5.4 us for a DEBUG record, NullHandler).  With secrets
registered it formats the message once more (the handler formats it again), looks for each
spelling in it, and renders the traceback of an ``exc_info`` record once more: 5.1 -> 8.1 us for
that record with three secrets, 8.8 us with ten, +9 us for a 2 KB message.  The header rule runs
its regex only on text that contains "token" (case-insensitive), as the regex is slow to scan.

Limits, stated so nobody relies on more: fields given through ``extra=`` are attached by
``logging`` after the factory ran and are not scrubbed; code that replaces the record factory
without chaining the previous one switches scrubbing off; a secret made only of ``*`` characters
cannot be told apart from the marker and is left as is.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import threading
import weakref
from collections import deque
from collections.abc import Callable, Mapping
from typing import Any, AnyStr, Final
from urllib.parse import quote, quote_plus

__all__ = ["MARKER", "is_active", "register", "scrub", "scrub_bytes", "scrub_exception"]

MARKER: Final = "**********"
"""What replaces a secret (the mask the vendor reference itself prints for passwords)."""

_BMARKER: Final = MARKER.encode()

# Values of the token headers, in the shapes logs and bodies print them.  Group 1 keeps the name
# and separator; the value that follows is replaced.
_NAME: Final = r"x[-_](?:subject|auth|security)[-_]token"
_QUOTED: Final = r"""(['"]\s*[:=,]\s*(?:b(?=['"]))?['"])[^'"]+"""  # 'Name': 'v', "name": "v", (b'name', b'v')
_BARE: Final = r"""([ \t]*[:=][ \t]*(?:b?['"])?)[^\s'",;&)}\]>]+"""  # Name: v, name=v, Name: 'v' (not across lines)
_HEADER_RE: Final = re.compile(rf"({_NAME})(?:{_QUOTED}|{_BARE})", re.IGNORECASE)
_HEADER_BRE: Final = re.compile(_HEADER_RE.pattern.encode(), re.IGNORECASE)


def _mask_header(match: re.Match[str]) -> str:
    return f"{match.group(1)}{match.group(2) or match.group(3)}{MARKER}"


def _mask_header_bytes(match: re.Match[bytes]) -> bytes:
    return match.group(1) + (match.group(2) or match.group(3)) + _BMARKER


# --------------------------------------------------------------------------
# The registry
# --------------------------------------------------------------------------

_lock: Final = threading.Lock()
_counts: Final[dict[str, int]] = {}
"""Registered spelling -> how many live owners registered it."""

_released: Final[deque[tuple[str, ...]]] = deque()
"""Spellings whose owner died; drained under the lock by the next reader (see :func:`_release`)."""

# Snapshots read without the lock (rebinding a module global is atomic); longest first, so a
# spelling that contains another is replaced whole.
_forms: tuple[str, ...] = ()
_bforms: tuple[bytes, ...] = ()


def _spellings(value: str) -> tuple[str, ...]:
    """*value* as it appears when printed raw, in a ``str``/``bytes`` repr, in JSON or in a URL."""
    raw = value.encode("utf-8", "surrogateescape")
    found = {
        value,
        repr(value)[1:-1],
        repr(raw)[2:-1],
        json.dumps(value)[1:-1],
        json.dumps(value, ensure_ascii=False)[1:-1],
        quote(raw, safe=""),
        quote_plus(raw, safe=""),
    }
    # A spelling inside the marker cannot be told from it, and replacing it would never end.
    return tuple(sorted(form for form in found if form and form not in MARKER))


def _rebuild() -> None:
    """Refresh the snapshots from ``_counts``; call with ``_lock`` held."""
    global _forms, _bforms
    ordered = tuple(sorted(_counts, key=len, reverse=True))
    _forms = ordered
    _bforms = tuple(form.encode("utf-8", "surrogateescape") for form in ordered)


def _drain() -> None:
    """Forget the spellings of dead owners; call with ``_lock`` held."""
    changed = False
    while _released:
        for form in _released.popleft():
            left = _counts.get(form, 0) - 1
            if left > 0:
                _counts[form] = left
            else:
                _counts.pop(form, None)
            changed = True
    if changed:
        _rebuild()


def _release(forms: tuple[str, ...]) -> None:
    """Finalizer of an owner.

    Why only a queue append: it may run inside a garbage collection triggered while this very
    thread holds ``_lock``; taking the lock here could deadlock, mutating ``_counts`` could
    corrupt an iteration in progress.
    """
    _released.append(forms)


def _current() -> tuple[str, ...]:
    if _released:
        with _lock:
            _drain()
    return _forms


def _current_bytes() -> tuple[bytes, ...]:
    if _released:
        with _lock:
            _drain()
    return _bforms


def register(owner: object, value: str) -> None:
    """Treat *value* as a secret for as long as *owner* is alive.

    *owner* must support weak references.  Registering one value for several owners is counted:
    it stays registered until the last of them dies.  Registering an empty value does nothing.
    """
    forms = _spellings(value) if value else ()
    if not forms:
        return
    with _lock:
        _drain()
        for form in forms:
            _counts[form] = _counts.get(form, 0) + 1
        _rebuild()
        _install()
    weakref.finalize(owner, _release, forms)


def is_active() -> bool:
    """Whether any secret is registered (log records are scrubbed only then)."""
    return bool(_current())


# --------------------------------------------------------------------------
# Scrubbing text
# --------------------------------------------------------------------------


def _replace_all(text: AnyStr, forms: tuple[AnyStr, ...], marker: AnyStr) -> tuple[AnyStr, bool]:
    """*text* with every spelling in *forms* replaced by *marker*, and whether any was.

    Repeats until stable: a replacement can join text and marker into a secret again
    ("x" + "x*" -> "x" + "*****"); each pass removes characters that are not "*".
    """
    changed, dirty = False, bool(forms)
    while dirty:
        dirty = False
        for form in forms:
            if form in text:
                text = text.replace(form, marker)
                dirty = changed = True
    return text, changed


def _scrub_text(text: str) -> tuple[str, bool]:
    """*text* with secrets and token header values masked, and whether anything was."""
    text, changed = _replace_all(text, _current(), MARKER)
    if "token" in text.lower():  # the regex is slow to scan; this test is ten times faster
        masked, count = _HEADER_RE.subn(_mask_header, text)
        if count:
            text, changed = masked, True
    return text, changed


def scrub(text: str) -> str:
    """*text* with every registered secret and every token header value replaced by :data:`MARKER`.

    Returns *text* itself when there was nothing to replace.
    """
    return _scrub_text(text)[0]


def scrub_bytes(data: bytes) -> bytes:
    """:func:`scrub` for raw bytes (response bodies), matching the secrets' UTF-8 spellings.

    Returns *data* itself when there was nothing to replace.
    """
    data, _ = _replace_all(data, _current_bytes(), _BMARKER)
    if b"token" in data.lower():
        masked, count = _HEADER_BRE.subn(_mask_header_bytes, data)
        if count:
            data = masked
    return data


def _scrub_value(value: Any) -> Any:
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, bytes):
        return scrub_bytes(value)
    return value


def scrub_exception(exc: BaseException) -> None:
    """Scrub, in place, the text arguments and attributes of *exc* and of its causes and contexts.

    Why: an exception we re-raise from (e.g. the generated client's ``MalformedResponse``, which
    quotes the body it could not parse) is printed with every traceback of ours as ``__cause__``.
    Only ``str``/``bytes`` values are touched, and only when they held a secret.
    """
    seen: set[int] = set()
    pending: list[BaseException] = [exc]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        cleaned = tuple(_scrub_value(arg) for arg in current.args)
        if any(new is not old for new, old in zip(cleaned, current.args, strict=True)):
            with contextlib.suppress(AttributeError, TypeError):  # C exceptions with fixed args
                current.args = cleaned
        for name, value in list(getattr(current, "__dict__", {}).items()):
            clean = _scrub_value(value)
            if clean is not value:
                with contextlib.suppress(AttributeError, TypeError):  # read-only attributes
                    setattr(current, name, clean)
        pending.extend(link for link in (current.__cause__, current.__context__) if link is not None)


# --------------------------------------------------------------------------
# Logging
# --------------------------------------------------------------------------

_FORMATTER: Final = logging.Formatter()
_FACTORY_FLAG: Final = "_modelarts_redaction"


def _args_hold_secret(args: Any) -> bool:
    """Whether a ``str``/``bytes`` argument holds a registered secret the message may not show (``%.3s``)."""
    values = args.values() if isinstance(args, Mapping) else args if isinstance(args, tuple) else ()
    for value in values:
        if isinstance(value, str) and any(form in value for form in _current()):
            return True
        if isinstance(value, (bytes, bytearray)) and any(form in value for form in _current_bytes()):
            return True
    return False


def _scrub_args(args: Any) -> Any:
    """Arguments that cannot be formatted, each one made text and scrubbed if it held a secret.

    Why keep the others: the handler reports the formatting error with the message and its
    arguments; clean arguments keep that report as it would have been.
    """

    def clean(value: Any) -> Any:
        text = repr(value)
        scrubbed, changed = _scrub_text(text)
        return scrubbed if changed else value

    if isinstance(args, Mapping):
        return {key: clean(value) for key, value in args.items()}
    if isinstance(args, tuple):
        return tuple(clean(value) for value in args)
    return clean(args)


def _scrub_record(record: logging.LogRecord) -> None:
    try:
        message = record.getMessage()
    except Exception:  # a broken log call: the handler reports it, with what is scrubbed here
        record.msg = scrub(str(record.msg))
        record.args = _scrub_args(record.args)
    else:
        clean, changed = _scrub_text(message)
        if changed or (record.args and _args_hold_secret(record.args)):
            record.msg, record.args = clean, ()
    exc_info = record.exc_info
    if exc_info and exc_info[0] is not None:
        rendered, changed = _scrub_text(_FORMATTER.formatException(exc_info))
        if changed:
            record.exc_text, record.exc_info = rendered, None
    if record.exc_text:
        record.exc_text = scrub(record.exc_text)
    if record.stack_info:
        record.stack_info = scrub(record.stack_info)


def _install() -> None:
    """Wrap the current log record factory, once per process; call with ``_lock`` held."""
    previous: Callable[..., logging.LogRecord] = logging.getLogRecordFactory()
    if getattr(previous, _FACTORY_FLAG, False):
        return

    def scrubbing_factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        if _forms or _released:
            _scrub_record(record)
        return record

    setattr(scrubbing_factory, _FACTORY_FLAG, True)
    logging.setLogRecordFactory(scrubbing_factory)
