"""AK/SK request signing for Huawei Cloud (``SDK-HMAC-SHA256``).

Why this module exists: ModelArts (like every Huawei Cloud API behind APIG)
authenticates AK/SK callers by recomputing an HMAC over a canonical form of the
request.  The scheme is only specified by the vendor's SDK source
(``huaweicloudsdkcore.signer.signer.Signer``), so this module reproduces that
code byte for byte -- including its quirks -- rather than a prose description
that could drift from what the gateway accepts.  ``tests/test_signing.py``
checks the reproduction differentially against the installed vendor signer.

Two layers are exposed:

* pure functions (:func:`canonical_uri`, :func:`canonical_query`,
  :func:`canonical_headers`, :func:`canonical_request`, :func:`string_to_sign`,
  :func:`sign`, :func:`verify`, ...) that work on plain ``str``/``bytes`` parts,
  so a local emulator can verify incoming signatures with the very same code
  the client signs with;
* :class:`AkSkAuth`, an ``httpx.Auth`` that applies :func:`sign` to outgoing
  sync or async ``httpx`` requests.

Speed: a signing is a few dozen microseconds, and rebuilding the request
through httpx's public API (re-parsing the whole URL to put the sorted query
on the wire, re-normalising every header) cost more than the signing itself.
:class:`AkSkAuth` therefore writes the new query and headers into httpx's
parsed forms directly, but only where a check at import time shows the
result equal to the public API's; otherwise it uses the public API.

Vendor behaviours reproduced on purpose (they affect the signature):

* every request header is signed except names containing ``_`` (the vendor
  skips those) and transport headers the vendor never has at signing time
  (see :data:`UNSIGNED_HEADER_NAMES`);
* header values are trimmed with Python's ``str.strip()`` (Unicode
  whitespace too), internal whitespace is kept, values are not lower-cased;
* the path is percent-*decoded* before it is split on ``/``, so an encoded
  ``%2F`` inside a segment becomes a segment separator in the canonical URI;
* query pairs are sorted on their *decoded* ``(key, value)`` text, then
  encoded with ``quote(safe="~")`` (space as ``%20``);
* an empty body always hashes as SHA-256 of ``b""`` even when
  ``X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD`` is sent;
* any content type not starting with ``application/json`` or
  ``application/bson`` (case-sensitive) gets ``UNSIGNED-PAYLOAD``.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Callable, Generator, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Final, TypeAlias
from urllib.parse import parse_qsl, quote, unquote, urlsplit

import httpx

from . import redaction

__all__ = [
    "ALGORITHM",
    "EMPTY_BODY_SHA256",
    "UNSIGNED_HEADER_NAMES",
    "UNSIGNED_PAYLOAD",
    "AkSkAuth",
    "HeaderInput",
    "ParsedAuthorization",
    "Secret",
    "SignatureParts",
    "authorization_header",
    "canonical_headers",
    "canonical_query",
    "canonical_request",
    "canonical_uri",
    "format_sdk_date",
    "hmac_signature",
    "normalize_headers",
    "parse_authorization",
    "parse_query",
    "parse_sdk_date",
    "payload_hash",
    "sign",
    "signed_header_names",
    "string_to_sign",
    "verify",
]

ALGORITHM: Final = "SDK-HMAC-SHA256"
"""Algorithm tag used in the string to sign and the ``Authorization`` header."""

DATE_FORMAT: Final = "%Y%m%dT%H%M%SZ"
"""``X-Sdk-Date`` format (basic ISO 8601, always UTC)."""

HEADER_DATE: Final = "X-Sdk-Date"
HEADER_HOST: Final = "Host"
HEADER_AUTHORIZATION: Final = "Authorization"
HEADER_CONTENT_SHA256: Final = "X-Sdk-Content-Sha256"
HEADER_PROJECT_ID: Final = "X-Project-Id"
HEADER_SECURITY_TOKEN: Final = "X-Security-Token"

UNSIGNED_PAYLOAD: Final = "UNSIGNED-PAYLOAD"
"""Literal used instead of the body hash for non-JSON bodies (streams, files)."""

EMPTY_BODY_SHA256: Final = hashlib.sha256(b"").hexdigest()

UNSIGNED_HEADER_NAMES: Final[frozenset[str]] = frozenset(
    {
        # Produced by the signature itself.
        "authorization",
        # Hop-by-hop or transport-managed headers: the vendor SDK never has
        # them in its header dict when it signs (``requests`` adds them later)
        # and proxies may rewrite them, which would break the signature.
        "accept-encoding",
        "connection",
        "content-length",
        "expect",
        "keep-alive",
        "proxy-authorization",
        "proxy-connection",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
    }
)
"""Lower-cased header names that are sent but never signed."""

_DATE_RE: Final = re.compile(r"\d{8}T\d{6}Z")
# Text that ``quote(text, safe="~")`` returns unchanged (RFC 3986 unreserved);
# checking it first skips quote()'s encode/rstrip/decode round trip.
_UNRESERVED_RE: Final = re.compile(r"[A-Za-z0-9_.~-]*")
# A raw path that ``unquote`` leaves alone and whose segments are all
# unreserved, so :func:`canonical_uri` is the path itself (plus a final ``/``).
_PLAIN_PATH_RE: Final = re.compile(r"[A-Za-z0-9_.~/-]*")
# A raw query with nothing to decode and, after splitting on ``&`` and the
# first ``=``, nothing to encode but a ``=`` inside a value.
_PLAIN_QUERY_RE: Final = re.compile(r"[A-Za-z0-9_.~=&-]*")
_JSON_CONTENT_PREFIXES: Final = ("application/json", "application/bson")
_EXTENSION_KEY: Final = "modelarts_overlays.signing.generated_date"

HeaderInput: TypeAlias = Mapping[str, str] | Iterable[tuple[str, str]]
"""Headers as a mapping or as ``(name, value)`` pairs (duplicates allowed)."""


class Secret:
    """A string that never shows up in ``repr``/``str``/``vars``.

    Why: auth objects end up in logs, exception reports and debugger dumps;
    the secret key (and STS token) must not leak through any of them.  The
    value lives in a slot, so there is no ``__dict__`` to dump, and it is only
    handed out through :meth:`reveal`.

    Every ``Secret`` also registers its value with :mod:`.redaction` for as
    long as it lives, so the value is masked in every log record of the
    process (whoever logs it: httpx, httpcore, the application) and in the
    text of our errors.
    """

    __slots__ = ("__weakref__", "_value")

    _value: str

    def __init__(self, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError("Secret value must be a str")
        object.__setattr__(self, "_value", value)
        redaction.register(self, value)

    def reveal(self) -> str:
        """Return the wrapped value; call it only where the value is used."""
        return self._value

    def __bool__(self) -> bool:
        return bool(self._value)

    def __repr__(self) -> str:
        return "Secret('**********')"

    __str__ = __repr__

    def __format__(self, format_spec: str) -> str:
        return repr(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return hmac.compare_digest(self._value.encode(), other._value.encode())

    def __hash__(self) -> int:
        return hash((Secret, hashlib.sha256(self._value.encode()).digest()))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Secret is immutable")

    def __reduce__(self) -> tuple[object, ...]:
        # Pickling would write the key in clear; refuse instead.
        raise TypeError("Secret cannot be pickled")


def _reveal(value: str | Secret) -> str:
    return value.reveal() if isinstance(value, Secret) else value


# --------------------------------------------------------------------------
# Pure canonicalisation
# --------------------------------------------------------------------------


def format_sdk_date(moment: datetime) -> str:
    """Format *moment* as an ``X-Sdk-Date`` value; naive datetimes are UTC.

    Why: the gateway compares the date with its own UTC clock, so aware
    datetimes are converted rather than formatted in their own zone.
    """
    tz = moment.tzinfo
    if tz is not None and tz is not timezone.utc:
        moment = moment.astimezone(timezone.utc)
    year = moment.year
    if year < 1000:
        # strftime does not zero-pad such years; keep its exact output.
        return moment.strftime(DATE_FORMAT)
    # %-formatting: about half the cost of an f-string with format specs.
    return "%d%02d%02dT%02d%02d%02dZ" % (  # noqa: UP031
        year,
        moment.month,
        moment.day,
        moment.hour,
        moment.minute,
        moment.second,
    )


def parse_sdk_date(value: str) -> datetime:
    """Parse an ``X-Sdk-Date`` value strictly into an aware UTC datetime.

    Why strict: the vendor re-formats the parsed date into the string to sign
    while the header keeps the raw text; only an exact ``YYYYMMDDTHHMMSSZ``
    guarantees both agree.
    """
    if len(value) == 16 and value[8] == "T" and value[15] == "Z" and value.isascii():
        digits = value[:8] + value[9:15]
        if digits.isdigit():
            # Fast path for plain ASCII digits: datetime() range-checks the
            # fields exactly as strptime does; on failure fall through so the
            # error is strptime's own.
            try:
                return datetime(
                    int(value[0:4]),
                    int(value[4:6]),
                    int(value[6:8]),
                    int(value[9:11]),
                    int(value[11:13]),
                    int(value[13:15]),
                    tzinfo=timezone.utc,
                )
            except ValueError:
                pass
    if not _DATE_RE.fullmatch(value):
        raise ValueError(f"X-Sdk-Date must look like YYYYMMDDTHHMMSSZ, got {value!r}")
    return datetime.strptime(value, DATE_FORMAT).replace(tzinfo=timezone.utc)


def _encode(text: str) -> str:
    if _UNRESERVED_RE.fullmatch(text):
        return text
    return quote(text, safe="~")


def _split_target(url: str) -> tuple[str, str, str]:
    """Split *url* into ``(netloc, path, query)``.

    Accepts an absolute URL or an origin-form target (``/path?query``).
    The fragment is dropped; it is never sent.
    """
    if url.startswith("/"):
        target = url.split("#", 1)[0]
        path, _, query = target.partition("?")
        return "", path, query
    parts = urlsplit(url)
    return parts.netloc, parts.path, parts.query


def canonical_uri(path: str) -> str:
    """Canonical URI exactly as the vendor builds it.

    The raw (percent-encoded) path is decoded, split on ``/``, each segment
    re-encoded with ``quote(safe="~")`` and a trailing ``/`` is ensured.  Note
    the vendor quirk: ``%2F`` is decoded before splitting, so it acts as a
    separator.  An empty path is treated as ``/``.
    """
    if _PLAIN_PATH_RE.fullmatch(path):
        url_path = path
    else:
        url_path = "/".join([_encode(segment) for segment in unquote(path).split("/")])
    if not url_path.endswith("/"):
        url_path += "/"
    return url_path


def parse_query(query: str) -> list[tuple[str, str]]:
    """Decode a raw query string into ``(key, value)`` pairs, in order.

    ``+`` means space (httpx encodes spaces that way), blank values and
    repeated keys are kept, a key without ``=`` gets the value ``""``.
    """
    return parse_qsl(query, keep_blank_values=True)


def _parse_query_fast(query: str) -> list[tuple[str, str]]:
    """:func:`parse_query` without ``parse_qsl``'s per-call overhead.

    Same rules as ``parse_qsl(query, keep_blank_values=True)`` (split on
    ``&``, skip empty fields, split once on ``=``, ``+`` is space, decode
    UTF-8 with ``errors="replace"``); ``unquote`` is only called on text
    that holds a ``%``.
    """
    pairs: list[tuple[str, str]] = []
    if not query:
        return pairs
    for field in query.split("&"):
        if not field:
            continue
        key, _, value = field.partition("=")
        if "+" in key:
            key = key.replace("+", " ")
        if "%" in key:
            key = unquote(key, errors="replace")
        if "+" in value:
            value = value.replace("+", " ")
        if "%" in value:
            value = unquote(value, errors="replace")
        pairs.append((key, value))
    return pairs


def canonical_query(pairs: Iterable[tuple[str, str]]) -> str:
    """Canonical query string: pairs sorted on decoded text, then encoded.

    Sorting the *decoded* ``(key, value)`` tuples (not the encoded text)
    matches the vendor; repeated keys stay, each with its own value.
    """
    return "&".join([f"{_encode(key)}={_encode(value)}" for key, value in sorted(pairs)])


def _canonical_query_raw(query: str) -> str:
    """``canonical_query(parse_query(query))`` with a fast path for plain queries."""
    if not query:
        return ""
    if not _PLAIN_QUERY_RE.fullmatch(query):
        return canonical_query(_parse_query_fast(query))
    pairs: list[tuple[str, str]] = []
    for field in query.split("&"):
        if field:
            key, _, value = field.partition("=")
            pairs.append((key, value))
    pairs.sort()
    # Keys cannot hold "=" (split on the first one); quote() encodes a "=" in
    # a value as %3D and leaves every other character of a plain query alone.
    return "&".join([f"{key}={value.replace('=', '%3D')}" for key, value in pairs])


def _header_pairs(headers: HeaderInput) -> list[tuple[str, str]]:
    if isinstance(headers, Mapping):
        return [(str(k), str(v)) for k, v in headers.items()]
    return [(str(k), str(v)) for k, v in headers]


def _get_header(headers: Iterable[tuple[str, str]], name: str) -> str | None:
    wanted = name.lower()
    for key, value in headers:
        if key.lower() == wanted:
            return value
    return None


def normalize_headers(headers: HeaderInput) -> list[tuple[str, str]]:
    """Return headers with trimmed values and one entry per name.

    Why: the canonical form uses trimmed values, so the wire must carry
    exactly those values or the gateway computes a different signature.
    Names are compared case-insensitively; the first spelling and position
    are kept and repeated values are joined with ``", "`` (what a server sees
    when it folds repeated header lines).  The vendor instead keeps only the
    last value of a case-insensitive duplicate and lists its name twice, which
    cannot verify; its single-valued dict never hits that in practice.
    """
    return list(_merge_headers(_header_pairs(headers)).values())


def _merge_headers(pairs: Iterable[tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """:func:`normalize_headers` keyed by lower-cased name, in first-seen order.

    Values are trimmed; a name seen more than once gets its trimmed values
    joined with ``", "`` and the result trimmed again.
    """
    merged: dict[str, tuple[str, str]] = {}
    repeated: dict[str, list[str]] | None = None
    for name, value in pairs:
        key = name.lower()
        if key in merged:
            if repeated is None:
                repeated = {}
            values = repeated.get(key)
            if values is None:
                repeated[key] = values = [merged[key][1]]
            values.append(value.strip())
        else:
            merged[key] = (name, value.strip())
    if repeated:
        for key, values in repeated.items():
            merged[key] = (merged[key][0], ", ".join(values).strip())
    return merged


def signed_header_names(headers: HeaderInput) -> tuple[str, ...]:
    """Lower-cased, sorted, unique names of the headers that get signed.

    Everything is signed except names containing ``_`` (vendor rule) and
    :data:`UNSIGNED_HEADER_NAMES`.
    """
    return _signed_names({name.lower() for name, _ in _header_pairs(headers)})


def _signed_names(lowered: Iterable[str]) -> tuple[str, ...]:
    """:func:`signed_header_names` over already lower-cased, unique names."""
    return tuple(sorted([name for name in lowered if "_" not in name and name not in UNSIGNED_HEADER_NAMES]))


_SIGNED_NAMES_CACHE: Final[dict[tuple[str, ...], tuple[str, ...]]] = {}
_SIGNED_NAMES_CACHE_SIZE: Final = 256


def _signed_names_cached(merged: Mapping[str, object]) -> tuple[str, ...]:
    """:func:`_signed_names` of *merged*'s keys, remembered per key sequence.

    Why: a client sends the same few header sets over and over, and looking
    a tuple of names up costs a third of filtering and sorting them.  The
    cache is emptied when full, so odd header sets cannot grow it.
    """
    keys = tuple(merged)
    names = _SIGNED_NAMES_CACHE.get(keys)
    if names is None:
        names = _signed_names(keys)
        if len(_SIGNED_NAMES_CACHE) >= _SIGNED_NAMES_CACHE_SIZE:
            _SIGNED_NAMES_CACHE.clear()
        _SIGNED_NAMES_CACHE[keys] = names
    return names


def canonical_headers(headers: HeaderInput, signed_headers: Iterable[str]) -> str:
    """``name:trimmed-value`` lines for *signed_headers*, each ending in ``\\n``.

    Raises ``KeyError`` when a signed header is missing from *headers*.
    """
    merged = _merge_headers(_header_pairs(headers))
    return "".join([f"{name}:{merged[name][1]}\n" for name in signed_headers])


def _body_bytes(body: bytes | str | None) -> bytes:
    if body is None:
        return b""
    if isinstance(body, str):
        return body.encode("utf-8")
    return bytes(body)


def payload_hash(headers: HeaderInput, body: bytes | str | None) -> str:
    """Hex SHA-256 of the body, with the vendor's two escape hatches.

    An empty body always hashes as :data:`EMPTY_BODY_SHA256` (checked first,
    even when ``X-Sdk-Content-Sha256`` is present); otherwise a non-empty
    ``X-Sdk-Content-Sha256`` header value is used verbatim (normally
    ``UNSIGNED-PAYLOAD``).
    """
    data = _body_bytes(body)
    if not data:
        return EMPTY_BODY_SHA256
    declared = _get_header(normalize_headers(headers), HEADER_CONTENT_SHA256)
    if declared:
        return declared
    return hashlib.sha256(data).hexdigest()


def canonical_request(
    method: str,
    url: str,
    headers: HeaderInput,
    body: bytes | str | None,
    signed_headers: Iterable[str] | None = None,
) -> str:
    """The six-line canonical request the signature is computed over.

    *url* is absolute or origin-form; *headers* must already contain every
    header to sign (``Host``, ``X-Sdk-Date``, ...).  *signed_headers* defaults
    to :func:`signed_header_names`; a verifier passes the list taken from the
    ``Authorization`` header instead.
    """
    _, path, query = _split_target(url)
    merged = _merge_headers(_header_pairs(headers))
    names = _signed_names(merged) if signed_headers is None else tuple([name.lower() for name in signed_headers])
    return _canonical_request(method, path, _canonical_query_raw(query), merged, body, names)


def _canonical_request(
    method: str,
    path: str,
    canonical_q: str,
    merged: dict[str, tuple[str, str]],
    body: bytes | str | None,
    names: tuple[str, ...],
) -> str:
    """:func:`canonical_request` on pre-merged headers (see :func:`_merge_headers`).

    Header values are trimmed again here, so a value added after merging
    (the ``Host`` taken from the URL) is canonicalised like the others.
    """
    uri = canonical_uri(path)
    lines = "".join([f"{name}:{merged[name][1].strip()}\n" for name in names])
    data = _body_bytes(body)
    if not data:
        digest = EMPTY_BODY_SHA256
    else:
        declared = merged.get("x-sdk-content-sha256")
        declared_value = declared[1].strip() if declared is not None else ""
        digest = declared_value or hashlib.sha256(data).hexdigest()
    return f"{method.upper()}\n{uri}\n{canonical_q}\n{lines}\n{';'.join(names)}\n{digest}"


def _sha256_hex(text: str) -> str:
    # surrogateescape keeps non-UTF-8 header bytes byte-exact (see AkSkAuth).
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()


def string_to_sign(canonical: str, sdk_date: str) -> str:
    """``SDK-HMAC-SHA256\\n<X-Sdk-Date>\\n<hex sha256(canonical request)>``."""
    return f"{ALGORITHM}\n{sdk_date}\n{_sha256_hex(canonical)}"


def hmac_signature(secret_key: str | Secret, to_sign: str) -> str:
    """Hex HMAC-SHA256 of *to_sign*, keyed by the UTF-8 secret key."""
    return hmac.new(
        _reveal(secret_key).encode("utf-8"),
        to_sign.encode("utf-8", "surrogateescape"),
        hashlib.sha256,
    ).hexdigest()


_PAD_INNER: Final = bytes(byte ^ 0x36 for byte in range(256))
_PAD_OUTER: Final = bytes(byte ^ 0x5C for byte in range(256))


class _KeyedHmacSha256:
    """HMAC-SHA256 (RFC 2104) for one key, with the padded key hashed once.

    Why: ``hmac.new`` pads and hashes the key on every call, and
    ``hmac.HMAC.copy`` goes through a Python wrapper; copying two hash states
    already fed the inner and outer pads gives the same digest for about a
    third of the cost.  Only hash states are held (no key text), and the
    object shows nothing in ``repr`` and refuses pickling.
    """

    __slots__ = ("_inner", "_outer")

    def __init__(self, key: bytes) -> None:
        if len(key) > 64:  # the SHA-256 block size
            key = hashlib.sha256(key).digest()
        key = key.ljust(64, b"\0")
        self._inner = hashlib.sha256(key.translate(_PAD_INNER))
        self._outer = hashlib.sha256(key.translate(_PAD_OUTER))

    def hexdigest(self, message: bytes) -> str:
        inner = self._inner.copy()
        inner.update(message)
        outer = self._outer.copy()
        outer.update(inner.digest())
        return outer.hexdigest()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(<key hidden>)"

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("a keyed HMAC cannot be pickled")


def authorization_header(access_key: str, signed_headers: Iterable[str], signature: str) -> str:
    """Format the ``Authorization`` value the gateway expects."""
    return f"{ALGORITHM} Access={access_key}, SignedHeaders={';'.join(signed_headers)}, Signature={signature}"


@dataclass(frozen=True)
class ParsedAuthorization:
    """The three fields of an ``SDK-HMAC-SHA256`` ``Authorization`` header."""

    access_key: str
    signed_headers: tuple[str, ...]
    signature: str


def parse_authorization(value: str) -> ParsedAuthorization:
    """Parse an ``Authorization`` header; ``ValueError`` if malformed.

    Why: a verifier needs the AK to look up the secret key and the signed
    header list to rebuild the canonical request.
    """
    prefix = ALGORITHM + " "
    if not value.startswith(prefix):
        raise ValueError("not an SDK-HMAC-SHA256 authorization")
    fields: dict[str, str] = {}
    for item in value[len(prefix) :].split(","):
        key, sep, field_value = item.strip().partition("=")
        if not sep or key in fields:
            raise ValueError("malformed authorization field")
        fields[key] = field_value
    if set(fields) != {"Access", "SignedHeaders", "Signature"}:
        raise ValueError("authorization needs Access, SignedHeaders and Signature")
    names = tuple(fields["SignedHeaders"].split(";")) if fields["SignedHeaders"] else ()
    if not fields["Access"] or not fields["Signature"]:
        raise ValueError("empty Access or Signature")
    return ParsedAuthorization(fields["Access"], names, fields["Signature"])


@dataclass(frozen=True)
class SignatureParts:
    """Everything :func:`sign` computed, for sending, debugging or asserting.

    ``headers`` are the exact header lines to send (trimmed, merged, with
    ``Host``/``X-Sdk-Date``/``X-Sdk-Content-Sha256`` added, without
    ``Authorization``); ``query`` is the canonical query, which is also what
    must be sent on the wire (as the vendor SDK does) so the gateway decodes
    the same pairs.  The secret key is deliberately not part of it.
    """

    sdk_date: str
    signed_headers: tuple[str, ...]
    canonical_request: str
    string_to_sign: str
    signature: str
    authorization: str
    headers: tuple[tuple[str, str], ...]
    query: str


def _is_json_content_type(content_type: str | None) -> bool:
    return not content_type or content_type.startswith(_JSON_CONTENT_PREFIXES)


def _set_header(headers: list[tuple[str, str]], name: str, value: str) -> None:
    """Replace (case-insensitively) or append a header in place."""
    lowered = name.lower()
    kept = [(k, v) for k, v in headers if k.lower() != lowered]
    position = next((i for i, (k, _) in enumerate(headers) if k.lower() == lowered), len(kept))
    kept.insert(position, (name, value))
    headers[:] = kept


def sign(
    method: str,
    url: str,
    headers: HeaderInput,
    body: bytes | str | None,
    date: datetime | str | None = None,
    *,
    access_key: str,
    secret_key: str | Secret,
) -> SignatureParts:
    """Sign one request the way ``huaweicloudsdkcore``'s ``Signer.sign`` does.

    *date* (a datetime or an ``X-Sdk-Date`` string) replaces any
    ``X-Sdk-Date`` in *headers*; when omitted the header must be present.
    ``Host`` is taken from *url* when missing, and a non-JSON ``Content-Type``
    adds ``X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD``.  Pure: no clock, no I/O.
    """
    if not access_key:
        raise ValueError("access_key is required")
    if not _reveal(secret_key):
        raise ValueError("secret_key is required")
    netloc, path, query = _split_target(url)
    merged = _merge_headers(_header_pairs(headers))
    return _sign_merged(method, netloc, path, query, merged, body, date, access_key, secret_key)


def _sign_merged(
    method: str,
    netloc: str,
    path: str,
    query: str,
    merged: dict[str, tuple[str, str]],
    body: bytes | str | None,
    date: datetime | str | None,
    access_key: str,
    secret_key: str | Secret,
    date_is_valid: bool = False,
) -> SignatureParts:
    """:func:`sign` after the URL split and header merge (*merged* is consumed)."""
    sdk_date, names, canonical, to_sign, signature, authorization, canonical_q = _sign_core(
        method, netloc, path, query, merged, body, date, access_key, secret_key, date_is_valid
    )
    return SignatureParts(
        sdk_date=sdk_date,
        signed_headers=names,
        canonical_request=canonical,
        string_to_sign=to_sign,
        signature=signature,
        authorization=authorization,
        headers=tuple(merged.values()),
        query=canonical_q,
    )


_Signed: TypeAlias = tuple[str, tuple[str, ...], str, str, str, str, str]
"""``(sdk_date, signed_headers, canonical_request, string_to_sign, signature, authorization, query)``."""


def _sign_core(
    method: str,
    netloc: str,
    path: str,
    query: str,
    merged: dict[str, tuple[str, str]],
    body: bytes | str | None,
    date: datetime | str | None,
    access_key: str,
    secret_key: str | Secret,
    date_is_valid: bool = False,
    keyed: _KeyedHmacSha256 | None = None,
) -> _Signed:
    """The work of :func:`sign`, leaving the final headers in *merged*.

    Setting a key of *merged* replaces the header in place (name spelling
    included) or appends it, exactly like replacing it in the header list.
    *date_is_valid* says *date* is a string :func:`format_sdk_date` made
    from a datetime in years 1000-9999, which always parses, so the check is
    skipped.  *keyed*, when given, is *secret_key* made into a
    :class:`_KeyedHmacSha256`, which saves hashing the key per call.
    """
    merged.pop("authorization", None)
    content_type = merged.get("content-type")
    if content_type is not None and not _is_json_content_type(content_type[1]):
        merged["x-sdk-content-sha256"] = (HEADER_CONTENT_SHA256, UNSIGNED_PAYLOAD)
    if date is not None:
        if not isinstance(date, str):
            date = format_sdk_date(date)
            date_is_valid = len(date) == 16  # shorter for years < 1000
        merged["x-sdk-date"] = (HEADER_DATE, date)
    else:
        date_is_valid = False
    found = merged.get("x-sdk-date")
    if found is None:
        raise ValueError("X-Sdk-Date header or date argument is required")
    sdk_date = found[1]
    if not date_is_valid:
        parse_sdk_date(sdk_date)
    if "host" not in merged:
        if not netloc:
            raise ValueError("Host header is required for an origin-form url")
        merged["host"] = (HEADER_HOST, netloc)

    names = _signed_names_cached(merged)
    canonical_q = _canonical_query_raw(query)
    canonical = _canonical_request(method, path or "/", canonical_q, merged, body, names)
    # string_to_sign() and hmac_signature(), inlined.
    digest = hashlib.sha256(canonical.encode("utf-8", "surrogateescape")).hexdigest()
    to_sign = f"{ALGORITHM}\n{sdk_date}\n{digest}"
    message = to_sign.encode("utf-8", "surrogateescape")
    if keyed is not None:
        signature = keyed.hexdigest(message)
    else:
        signature = hmac.new(_reveal(secret_key).encode("utf-8"), message, hashlib.sha256).hexdigest()
    authorization = f"{ALGORITHM} Access={access_key}, SignedHeaders={';'.join(names)}, Signature={signature}"
    return sdk_date, names, canonical, to_sign, signature, authorization, canonical_q


_REQUIRED_SIGNED: Final = ("host", "x-sdk-date")


def verify(
    method: str,
    url: str,
    headers: HeaderInput,
    body: bytes | str | None,
    secret_key: str | Secret,
    *,
    access_key: str | None = None,
    now: datetime | None = None,
    max_skew: timedelta = timedelta(minutes=15),
) -> bool:
    """Check a received request's ``SDK-HMAC-SHA256`` signature.

    Why here: an emulator must accept exactly what the gateway accepts, so
    it reuses the signer's own canonicalisation.  Returns ``False`` (never
    raises) for a missing/malformed ``Authorization``, a wrong AK (when
    *access_key* is given), a bad or -- when *now* is given -- skewed
    ``X-Sdk-Date``, a signed header that is absent, ``Host``/``X-Sdk-Date``
    or a present ``X-Sdk-Content-Sha256`` left unsigned, or a wrong signature.
    """
    pairs = normalize_headers(headers)
    raw_auth = _get_header(pairs, HEADER_AUTHORIZATION)
    sdk_date = _get_header(pairs, HEADER_DATE)
    if raw_auth is None or sdk_date is None:
        return False
    try:
        parsed = parse_authorization(raw_auth)
        moment = parse_sdk_date(sdk_date)
    except ValueError:
        return False
    if access_key is not None and not hmac.compare_digest(parsed.access_key.encode(), access_key.encode()):
        return False
    if now is not None:
        if now.tzinfo is None:
            now = now.replace(tzinfo=timezone.utc)
        if abs(now - moment) > max_skew:
            return False
    present = {name.lower() for name, _ in pairs}
    signed = set(parsed.signed_headers)
    if not signed <= present or not set(_REQUIRED_SIGNED) <= signed:
        return False
    if HEADER_CONTENT_SHA256.lower() in present and HEADER_CONTENT_SHA256.lower() not in signed:
        return False
    canonical = canonical_request(method, url, pairs, body, parsed.signed_headers)
    expected = hmac_signature(secret_key, string_to_sign(canonical, sdk_date))
    return hmac.compare_digest(expected.encode(), parsed.signature.encode())


# --------------------------------------------------------------------------
# httpx integration
# --------------------------------------------------------------------------


def _merge_wire_headers(raw: Iterable[tuple[bytes, bytes]]) -> tuple[dict[str, tuple[str, str]], str | None]:
    """Decode httpx's raw header list and merge it like :func:`_merge_headers`.

    Also returns the first ``X-Sdk-Date`` value, trimmed (``None`` if absent),
    which a merge of repeated date headers would otherwise hide.  Names are
    decoded as Latin-1 and values as UTF-8 with ``surrogateescape``, so any
    byte survives the round trip to the wire unchanged.
    """
    merged: dict[str, tuple[str, str]] = {}
    repeated: dict[str, list[str]] | None = None
    for raw_name, raw_value in raw:
        name = raw_name.decode("latin-1")
        key = name.lower()
        value = raw_value.decode("utf-8", "surrogateescape").strip()
        if key in merged:
            if repeated is None:
                repeated = {}
            values = repeated.get(key)
            if values is None:
                repeated[key] = values = [merged[key][1]]
            values.append(value)
        else:
            merged[key] = (name, value)
    found = merged.get("x-sdk-date")
    first_date = None if found is None else found[1]
    if repeated:
        for key, values in repeated.items():
            merged[key] = (merged[key][0], ", ".join(values).strip())
    return merged, first_date


def _url_with_query_public(url: httpx.URL, query: str) -> httpx.URL:
    """*url* with its query replaced (``""`` drops the ``?``), through httpx's public API."""
    return url.copy_with(query=query.encode("ascii") or None)


def _url_with_query_direct(url: httpx.URL, query: str) -> httpx.URL:
    """:func:`_url_with_query_public` without re-parsing and re-validating the whole URL.

    ``copy_with`` runs httpx's full URL parser (a per-character scan of the
    URL, then regex checks and quoting of every component): most of the cost
    of a signing.  Every other component is already parsed and normalised, and
    the canonical query holds only unreserved characters, ``%XX``, ``=`` and
    ``&``, which httpx's parser leaves unchanged; so replacing the query field
    of httpx's parsed form gives the same URL.  (One difference, for the
    better: httpx's parser is not idempotent for an upper-case scheme with
    its default port, ``HTTPS://h:443/`` keeps ``:443`` on the first parse and
    loses it on a re-parse; here the rest of the URL stays as built, as it
    does when the query needs no change.)  This leans on httpx internals
    (``URL._uri_reference``, a ``NamedTuple``): :data:`_url_with_query` only
    uses it when a check at import time shows it equal to the public route.
    """
    replaced = object.__new__(httpx.URL)
    replaced._uri_reference = url._uri_reference._replace(query=query or None)
    return replaced


def _pick_url_with_query() -> Callable[[httpx.URL, str], httpx.URL]:
    try:
        for sample in (
            "https://user:pw@Example.COM:8443/a%2Fb/%C3%A9/./x?b=1&a=%20#frag",
            "http://[::1]:80/p?",
            "https://example.com",
        ):
            url = httpx.URL(sample)
            for query in ("a=%20&b=1", "k~=v%2F", ""):
                direct = _url_with_query_direct(url, query)
                public = _url_with_query_public(url, query)
                if (
                    direct != public
                    or str(direct) != str(public)
                    or direct.raw_path != public.raw_path
                    or direct.query != public.query
                    or direct.netloc != public.netloc
                    or direct.fragment != public.fragment
                    or hash(direct) != hash(public)
                ):
                    return _url_with_query_public
    except Exception:  # another httpx layout: fall back to the public API
        return _url_with_query_public
    return _url_with_query_direct


_url_with_query: Final = _pick_url_with_query()
"""Replace a URL's query with a canonical one (see :func:`_url_with_query_direct`)."""


def _wire_headers_public(headers: Iterable[tuple[str, str]], authorization: str) -> httpx.Headers:
    """The ``httpx.Headers`` to send: *headers* then ``Authorization``, through httpx's public API.

    Names are encoded as Latin-1 and values as UTF-8 with
    ``surrogateescape``, undoing the decoding of :func:`_merge_wire_headers`.
    """
    wire = [(name.encode("latin-1"), value.encode("utf-8", "surrogateescape")) for name, value in headers]
    wire.append((b"Authorization", authorization.encode("utf-8")))
    return httpx.Headers(wire)


def _wire_headers_direct(headers: Iterable[tuple[str, str]], authorization: str) -> httpx.Headers:
    """:func:`_wire_headers_public` filling httpx's entry list directly.

    ``httpx.Headers`` keeps ``(raw name, lower-cased name, value)`` byte
    triples; its constructor type-checks and normalises every pair again,
    about a sixth of a signing.  This builds the same triples from bytes
    we just encoded.  It leans on httpx internals (``Headers._list``):
    :data:`_wire_headers` only uses it when a check at import time shows it
    equal to the public route.
    """
    entries: list[tuple[bytes, bytes, bytes]] = []
    for name, value in headers:
        raw_name = name.encode("latin-1")
        entries.append((raw_name, raw_name.lower(), value.encode("utf-8", "surrogateescape")))
    entries.append((b"Authorization", b"authorization", authorization.encode("utf-8")))
    built = httpx.Headers()
    built._list = entries
    return built


def _pick_wire_headers() -> Callable[[Iterable[tuple[str, str]], str], httpx.Headers]:
    sample = [("Host", "h:1"), ("X-A", "1"), ("x-a", "2"), ("X-\u00c9", "\u00e9 \udcff"), ("Content-Type", "a/b")]
    try:
        direct = _wire_headers_direct(sample, "SDK-HMAC-SHA256 Access=A")
        public = _wire_headers_public(sample, "SDK-HMAC-SHA256 Access=A")
        if (
            direct != public
            or direct.raw != public.raw
            or list(direct.multi_items()) != list(public.multi_items())
            or direct.get_list("x-a") != public.get_list("x-a")
            or direct.get("authorization") != public.get("authorization")
            or direct.encoding != public.encoding
        ):
            return _wire_headers_public
        direct["X-A"] = "3"  # still mutable like a constructed one
        public["X-A"] = "3"
        if direct.raw != public.raw:
            return _wire_headers_public
    except Exception:  # another httpx layout: fall back to the public API
        return _wire_headers_public
    return _wire_headers_direct


_wire_headers: Final = _pick_wire_headers()
"""Build the headers to send after signing (see :func:`_wire_headers_direct`)."""


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


class AkSkAuth(httpx.Auth):
    """``httpx.Auth`` that signs every request with the AK/SK scheme.

    One instance serves ``httpx.Client`` and ``httpx.AsyncClient`` alike:
    the flow is synchronous and does no I/O.  ``requires_request_body`` makes
    httpx load the body first, because its hash is part of the signature.

    Dates: a request that already carries ``X-Sdk-Date`` is signed with that
    date (reproducible signatures); otherwise the current UTC time is used.
    A date this object generated is remembered in ``request.extensions``, so
    a retry that re-enters the flow with the same request gets a fresh date
    and signature instead of replaying a stale one.

    The request is rewritten to match what was signed: header values trimmed
    and merged, the query replaced by its canonical form (as the vendor SDK
    does), ``Authorization`` set.
    """

    requires_request_body = True

    def __init__(
        self,
        access_key: str,
        secret_key: str | Secret,
        *,
        project_id: str | None = None,
        security_token: str | Secret | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        if not access_key:
            raise ValueError("access_key is required")
        secret = secret_key if isinstance(secret_key, Secret) else Secret(secret_key)
        if not secret:
            raise ValueError("secret_key is required")
        self.access_key: Final = access_key
        self.project_id: Final = project_id
        self._secret_key: Final = secret
        self._security_token: Final = (
            None
            if security_token is None
            else security_token
            if isinstance(security_token, Secret)
            else Secret(security_token)
        )
        self._clock: Final = clock or _utc_now
        # The project header value and the HMAC keyed with the secret key
        # (hash states only, hidden from repr): computed once, not per call.
        self._project_value: Final = project_id.strip() if project_id else None
        self._keyed: Final = _KeyedHmacSha256(secret.reveal().encode("utf-8"))

    def __repr__(self) -> str:
        token = ", security_token=Secret('**********')" if self._security_token else ""
        return f"{type(self).__name__}(access_key={self.access_key!r}, project_id={self.project_id!r}{token})"

    __str__ = __repr__

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("AkSkAuth holds a secret key and cannot be pickled")

    @property
    def secret_key(self) -> Secret:
        """The secret key, still wrapped (for other signers of the same pair, such as OBS's)."""
        return self._secret_key

    @property
    def security_token(self) -> Secret | None:
        """The security token of temporary credentials, still wrapped; ``None`` for a permanent pair."""
        return self._security_token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Sign *request* in place and send it once."""
        self._sign_in_place(request)
        yield request

    def sign_request(self, request: httpx.Request) -> SignatureParts:
        """Sign an ``httpx.Request`` in place and return the computed parts."""
        signed, merged = self._sign_in_place(request)
        sdk_date, names, canonical, to_sign, signature, authorization, canonical_q = signed
        return SignatureParts(
            sdk_date=sdk_date,
            signed_headers=names,
            canonical_request=canonical,
            string_to_sign=to_sign,
            signature=signature,
            authorization=authorization,
            headers=tuple(merged.values()),
            query=canonical_q,
        )

    def _sign_in_place(self, request: httpx.Request) -> tuple[_Signed, dict[str, tuple[str, str]]]:
        """Sign *request* in place; return what was signed and the headers sent (less ``Authorization``)."""
        # Same steps as editing the header list and handing it to sign(),
        # done on the merged form so the header list is walked once.
        merged, existing = _merge_wire_headers(request.headers.raw)
        generated = request.extensions.get(_EXTENSION_KEY)
        date: str | None
        if existing is None or existing == generated:
            fresh = format_sdk_date(self._clock())
            request.extensions[_EXTENSION_KEY] = fresh
            date = fresh
            date_is_valid = len(fresh) == 16  # shorter for years < 1000
        else:
            date = None
            date_is_valid = False
        if self._project_value is not None:
            merged["x-project-id"] = (HEADER_PROJECT_ID, self._project_value)
        if self._security_token is not None:
            merged["x-security-token"] = (HEADER_SECURITY_TOKEN, self._security_token.reveal().strip())
        url = request.url
        if "host" not in merged:
            merged["host"] = (HEADER_HOST, url.netloc.decode("ascii").strip())

        raw_path = url.raw_path.decode("ascii")
        origin_form = raw_path.startswith("/")
        if origin_form:
            # httpx lets no "#" into a path or query: there is no fragment to drop.
            netloc = ""
            path, question, query = raw_path.partition("?")
        else:
            netloc, path, query = _split_target(raw_path)
            question = "?" if "?" in raw_path else ""
        signed = _sign_core(
            request.method,
            netloc,
            path,
            query,
            merged,
            request.content,
            date,
            self.access_key,
            self._secret_key,
            date_is_valid,
            self._keyed,
        )
        request.headers = _wire_headers(merged.values(), signed[5])
        # The canonical query goes on the wire (as the vendor sends it); only
        # replace the URL when that changes it.
        canonical_q = signed[6]
        if not (origin_form and canonical_q == query and bool(question) == bool(canonical_q)):
            request.url = _url_with_query(url, canonical_q)
        return signed, merged
