"""A local S3-compatible object store standing in for Huawei OBS, for tests and demos.

Why moto: OBS's object API is S3-compatible for requests signed with the AWS v2 and v4 signatures,
and moto's S3 backend is a faithful, maintained, in-memory implementation of that API (buckets,
objects, list-objects-v2 paging, multipart uploads, error bodies). ``LocalObs`` serves it with
werkzeug in a daemon thread, on a free 127.0.0.1 port by default, over HTTP or, given a certificate
and key, HTTPS; so an OBS client (the vendor's SDK, ``modelarts_overlays``' transfers) talks to it over
a real socket exactly as it would talk to OBS.

Around moto sits a small WSGI layer that tests drive:

* ``fail_next(method, query=..., status=..., times=...)`` answers the next matching requests with an
  S3-style XML error without reaching moto (e.g. make part 2 of a multipart upload fail once);
* ``requests`` records every request (method, path, raw query, the signature scheme of its
  ``Authorization`` header and its headers), with credentials and security tokens replaced by
  ``***``, so a test can see which signature a client sent without the log holding a secret.

The helpers (``create_bucket``, ``put_object``, ``get_object``, ``object_keys``, ``reset``) send
unsigned requests marked as the store's own: they are neither recorded nor failed by ``fail_next``.
Unsigned but not anonymous: they carry a placeholder ``Authorization`` header, because moto answers
an anonymous GET of a private object 403 (it emulates S3's ACLs, though it checks no signature).

What it does not do:

* it does not check signatures (any or no ``Authorization`` header is accepted): signing is covered
  by known-answer tests, not by this server;
* it does not speak the OBS-only ``OBS`` signature's ``x-obs-`` headers (metadata, ACLs, storage
  classes spelled ``x-obs-*`` are ignored; requests signed that way are still served as S3 requests);
* it stores the body of a PUT sent as ``Content-Type: application/x-www-form-urlencoded`` as an empty
  object (moto reads such a body as a form; OBS would store it): send objects with another type;
* moto keeps its state per process: two ``LocalObs`` in one process share their buckets, and
  ``reset()`` on either empties both (and any other moto mock of S3 in the process). Use distinct
  bucket names (``new_bucket()``).

moto, werkzeug and Flask come with the ``[local-obs]`` extra and are imported only when a
``LocalObs`` is built, so importing this module never needs them.
"""

from __future__ import annotations

import http
import re
import ssl
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
import warnings
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from types import TracebackType
from typing import Any

__all__ = ["LOCAL_OBS_EXTRA_HINT", "LocalObs", "LocalObsError", "RecordedRequest"]

LOCAL_OBS_EXTRA_HINT = "the local OBS needs its extra: pip install 'modelarts-client[local-obs]'"
"""What to tell a user whose installation lacks moto, werkzeug or Flask."""

MASK = "***"

_SECRET_HEADERS = frozenset(
    {
        "authorization",
        "x-amz-security-token",
        "x-obs-security-token",
        # SSE-C keys are secrets too.
        "x-amz-server-side-encryption-customer-key",
        "x-obs-server-side-encryption-customer-key",
        "x-amz-copy-source-server-side-encryption-customer-key",
        "x-obs-copy-source-server-side-encryption-customer-key",
    }
)
_SECRET_QUERY_PARAMETERS = frozenset(
    {"signature", "x-amz-signature", "x-amz-security-token", "x-obs-security-token", "x-obs-signature"}
)
"""Query parameters of a pre-signed URL that must not be logged (lower case)."""

_ERROR_CODES = {
    400: "InvalidRequest",
    403: "AccessDenied",
    404: "NoSuchKey",
    409: "OperationAborted",
    429: "SlowDown",
    500: "InternalError",
    501: "NotImplemented",
    503: "ServiceUnavailable",
}
_CONTROL_HEADER = "X-Local-Obs-Control"
_HELPER_AUTHORIZATION = "AWS LOCALOBS:unsigned"
_CONTROL_ENVIRON_KEY = "HTTP_X_LOCAL_OBS_CONTROL"
_PRESERVED_NAMES_ENVIRON_KEY = "moto.preserved_header_names"
_S3_NS = "{http://s3.amazonaws.com/doc/2006-03-01/}"
_BUCKET_NAME = re.compile(r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")

Environ = dict[str, Any]
StartResponse = Callable[..., Any]
WsgiApp = Callable[[Environ, StartResponse], Iterable[bytes]]


@dataclass(frozen=True)
class RecordedRequest:
    """One request the store received (secrets masked)."""

    method: str
    path: str
    """The decoded path, as moto reads it: ``/bucket/key``."""
    query: str
    """The raw query string, with signatures and security tokens of pre-signed URLs masked."""
    authorization_scheme: str
    """The first word of the ``Authorization`` header (``OBS``, ``AWS``, ``AWS4-HMAC-SHA256``), or ``""``."""
    headers: dict[str, str]
    """Header names in lower case; credentials and security tokens replaced by ``***``."""


class LocalObsError(RuntimeError):
    """A helper's request got an error answer from the store."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"{status} {code}: {message}" if message else f"{status} {code}")
        self.status = status
        self.code = code
        self.message = message


@dataclass
class _Fault:
    method: str
    query: str
    status: int
    code: str
    remaining: int


class LocalObs:
    """moto's S3 backend served on a local port, with fault injection and a request log.

    ``LocalObs()`` binds its port at once (``port=0``: a free one, read back from ``port``/``url``);
    ``start()`` serves, ``stop()`` stops; as a context manager it does both.
    ``certificate=(cert_file, key_file)`` serves HTTPS with that pair.
    """

    def __init__(self, host: str = "127.0.0.1", port: int = 0, *, certificate: tuple[str, str] | None = None) -> None:
        try:  # lazily: see the module docstring
            with warnings.catch_warnings():
                # moto warns about moto[server] before raising when Flask is missing: the hint says it.
                warnings.simplefilter("ignore")
                from moto.moto_server.werkzeug_app import (
                    DomainDispatcherApplication,
                    MotoRequestHandler,
                    create_backend_app,
                )
                from werkzeug.serving import make_server
        except ModuleNotFoundError as exc:
            raise ModuleNotFoundError(f"{LOCAL_OBS_EXTRA_HINT} (missing: {exc.name})", name=exc.name) from exc

        class QuietRequestHandler(MotoRequestHandler):
            """moto's handler, without werkzeug's line per request (errors are still logged)."""

            def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
                pass

        self.host = host
        self.certificate = certificate
        self._moto: WsgiApp = DomainDispatcherApplication(create_backend_app)
        self._lock = threading.Lock()
        self._faults: list[_Fault] = []
        self._requests: list[RecordedRequest] = []
        self._control_token = uuid.uuid4().hex
        self._server = make_server(
            host,
            port,
            self._wsgi,
            threaded=True,
            request_handler=QuietRequestHandler,
            ssl_context=certificate,
        )
        self.port: int = int(self._server.server_port)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.1}, name="local-obs", daemon=True
        )
        self._stopped = False
        self._opener = self._build_opener()

    # -- life cycle ---------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """Base URL, e.g. ``http://127.0.0.1:54321`` (``https://`` with a certificate)."""
        scheme = "https" if self.certificate else "http"
        return f"{scheme}://{_url_host(self.host)}:{self.port}"

    def start(self, timeout: float = 10.0) -> None:
        """Serve in a daemon thread and wait until the store answers (moto builds its S3 app then)."""
        if self._stopped:
            raise RuntimeError("this local OBS was stopped; build a new one")
        if self._thread.is_alive():
            return
        self._thread.start()
        deadline = time.monotonic() + timeout
        while True:
            try:
                status, _ = self._request("GET", "/", timeout=max(0.1, deadline - time.monotonic()))
                if status == 200:
                    return
            except (OSError, LocalObsError):
                pass
            if time.monotonic() >= deadline:
                self.stop()
                raise RuntimeError("the local OBS did not start in time")
            time.sleep(0.02)

    def stop(self) -> None:
        """Stop serving and release the port (idempotent)."""
        if self._stopped:
            return
        self._stopped = True
        if self._thread.is_alive():
            self._server.shutdown()
            self._thread.join(timeout=10)
        self._server.server_close()

    def __enter__(self) -> LocalObs:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"LocalObs(url={self.url!r})"

    # -- buckets and objects ------------------------------------------------------------------------

    def create_bucket(self, name: str) -> None:
        """Create bucket *name* (an existing bucket of ours is fine)."""
        status, body = self._request("PUT", f"/{urllib.parse.quote(name, safe='')}", data=b"", check=False)
        if status == 409 and _error_code(body) == "BucketAlreadyOwnedByYou":
            return
        _raise_for(status, body)

    def new_bucket(self, prefix: str = "test") -> str:
        """Create a bucket with a fresh name starting with *prefix* and return its name."""
        name = f"{prefix}-{uuid.uuid4().hex[:16]}"
        if not _BUCKET_NAME.fullmatch(name) or ".." in name:
            raise ValueError(f"not a valid bucket name prefix: {prefix!r}")
        self.create_bucket(name)
        return name

    def reset(self) -> None:
        """Forget every bucket and object (of every moto backend in this process)."""
        self._request("POST", "/moto-api/reset", data=b"")

    def put_object(self, bucket: str, key: str, data: bytes) -> None:
        """Store *data* under *key*, sent as given (``dir/../x`` stays a literal key)."""
        self._request("PUT", _object_path(bucket, key), data=data)

    def get_object(self, bucket: str, key: str) -> bytes:
        """The bytes stored under *key* (``LocalObsError`` with status 404 when there are none)."""
        return self._request("GET", _object_path(bucket, key))[1]

    def object_keys(self, bucket: str, prefix: str = "", *, page_size: int = 1000) -> list[str]:
        """Every key of *bucket* starting with *prefix*, in key order (all pages of list-objects-v2)."""
        return [key for key, _size, _etag in self.objects(bucket, prefix, page_size=page_size)]

    def objects(self, bucket: str, prefix: str = "", *, page_size: int = 1000) -> list[tuple[str, int, str]]:
        """``(key, size, etag)`` of every object of *bucket* whose key starts with *prefix*, in key order
        (all pages of list-objects-v2; the ETag without its quotes).

        Keys are listed URL-encoded and decoded here, so keys XML cannot carry come back intact.
        """
        found: list[tuple[str, int, str]] = []
        token: str | None = None
        while True:
            params = {"list-type": "2", "prefix": prefix, "encoding-type": "url", "max-keys": str(page_size)}
            if token is not None:
                params["continuation-token"] = token
            query = urllib.parse.urlencode(params, quote_via=urllib.parse.quote)
            _, body = self._request("GET", f"/{urllib.parse.quote(bucket, safe='')}?{query}")
            root = ET.fromstring(body)
            for item in root.iter(f"{_S3_NS}Contents"):
                key = urllib.parse.unquote(item.findtext(f"{_S3_NS}Key") or "")
                size = int(item.findtext(f"{_S3_NS}Size") or 0)
                found.append((key, size, (item.findtext(f"{_S3_NS}ETag") or "").strip('"')))
            token = root.findtext(f"{_S3_NS}NextContinuationToken")
            if root.findtext(f"{_S3_NS}IsTruncated") != "true" or not token:
                return found

    def delete_object(self, bucket: str, key: str) -> None:
        """Remove the object under *key* (none there is no error, as in S3)."""
        self._request("DELETE", _object_path(bucket, key))

    # -- fault injection and the request log --------------------------------------------------------

    def fail_next(self, method: str, *, query: str = "", status: int = 503, times: int = 1, code: str = "") -> None:
        """Answer the next *times* requests with *method* whose raw query string contains *query* with an error.

        The answer is an S3 error body (``<Error><Code>`` *code*, by default the usual one for *status*,
        ``ServiceUnavailable`` for 503) with *status*; the request does not reach moto. Rules are used
        in the order they were added.
        """
        if not 400 <= status <= 599:
            raise ValueError(f"status must be an HTTP error status, not {status}")
        if times < 1:
            raise ValueError(f"times must be at least 1, not {times}")
        fault = _Fault(method.upper(), query, status, code or _default_code(status), times)
        with self._lock:
            self._faults.append(fault)

    def clear_faults(self) -> None:
        """Forget every pending ``fail_next`` rule."""
        with self._lock:
            self._faults.clear()

    @property
    def requests(self) -> list[RecordedRequest]:
        """The requests received so far, oldest first (a copy: later requests do not change it)."""
        with self._lock:
            return list(self._requests)

    def clear_requests(self) -> None:
        """Forget the recorded requests."""
        with self._lock:
            self._requests.clear()

    # -- the WSGI layer -----------------------------------------------------------------------------

    def _wsgi(self, environ: Environ, start_response: StartResponse) -> Iterable[bytes]:
        if environ.pop(_CONTROL_ENVIRON_KEY, None) == self._control_token:
            return self._moto(environ, start_response)
        method = str(environ.get("REQUEST_METHOD", "GET")).upper()
        raw_query = _wsgi_text(environ.get("QUERY_STRING", ""))
        record = _record(environ, method, raw_query)
        with self._lock:
            self._requests.append(record)
            fault = next((f for f in self._faults if f.method == method and f.query in raw_query), None)
            if fault is not None:
                fault.remaining -= 1
                if fault.remaining == 0:
                    self._faults.remove(fault)
        if fault is None:
            return self._moto(environ, start_response)
        _drain(environ)
        request_id = uuid.uuid4().hex.upper()[:16]
        body = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f"<Error><Code>{fault.code}</Code><Message>injected fault</Message>"
            f"<RequestId>{request_id}</RequestId></Error>"
        ).encode()
        reason = _reason(fault.status)
        headers = [
            ("Content-Type", "application/xml"),
            ("Content-Length", str(0 if method == "HEAD" else len(body))),
            ("x-amz-request-id", request_id),
            ("x-obs-request-id", request_id),
        ]
        start_response(f"{fault.status} {reason}", headers)
        return [] if method == "HEAD" else [body]

    # -- the helpers' own requests ------------------------------------------------------------------

    def _build_opener(self) -> urllib.request.OpenerDirector:
        handlers: list[urllib.request.BaseHandler] = [urllib.request.ProxyHandler({})]  # never via a proxy
        if self.certificate is not None:
            # Talking to itself: trust its own certificate, whatever names it holds.
            context = ssl.create_default_context(cafile=self.certificate[0])
            context.check_hostname = False
            context.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
            handlers.append(urllib.request.HTTPSHandler(context=context))
        return urllib.request.build_opener(*handlers)

    def _request(
        self, method: str, path: str, *, data: bytes | None = None, check: bool = True, timeout: float = 10.0
    ) -> tuple[int, bytes]:
        request = urllib.request.Request(f"{self.url}{path}", data=data, method=method)
        request.add_header(_CONTROL_HEADER, self._control_token)
        # Unsigned, but not anonymous: moto answers an anonymous GET of a private object with 403.
        # moto checks no signature, so a placeholder in AWS v2 form does (nothing else reads it).
        request.add_header("Authorization", _HELPER_AUTHORIZATION)
        if data is not None:  # not urllib's default form type: moto would read the body as a form
            request.add_header("Content-Type", "application/octet-stream")
        try:
            with self._opener.open(request, timeout=timeout) as response:
                status, body = int(response.status), bytes(response.read())
        except urllib.error.HTTPError as exc:
            status, body = exc.code, exc.read()
            exc.close()
        if check:
            _raise_for(status, body)
        return status, body


def _url_host(host: str) -> str:
    if host in ("", "0.0.0.0"):
        return "127.0.0.1"
    if host == "::":
        return "[::1]"
    return f"[{host}]" if ":" in host else host


def _object_path(bucket: str, key: str) -> str:
    return f"/{urllib.parse.quote(bucket, safe='')}/{urllib.parse.quote(key, safe='/')}"


def _wsgi_text(value: str) -> str:
    """A WSGI environ string (bytes decoded as latin-1) as the UTF-8 text it was."""
    return value.encode("latin-1").decode("utf-8", "replace")


def _record(environ: Environ, method: str, raw_query: str) -> RecordedRequest:
    headers: dict[str, str] = {}
    preserved: dict[str, str] = environ.get(_PRESERVED_NAMES_ENVIRON_KEY) or {}  # x-amz-meta-a_b, as sent
    for key, value in environ.items():
        if key in preserved:
            name = preserved[key].lower()
        elif key.startswith("HTTP_"):
            name = key[5:].lower().replace("_", "-")
        elif key in ("CONTENT_TYPE", "CONTENT_LENGTH"):
            name = key.lower().replace("_", "-")
        else:
            continue
        text = _wsgi_text(str(value))
        headers[name] = MASK if name in _SECRET_HEADERS else text
    authorization = str(environ.get("HTTP_AUTHORIZATION", "")).split(maxsplit=1)
    return RecordedRequest(
        method=method,
        path=_wsgi_text(str(environ.get("PATH_INFO", ""))),
        query=_mask_query(raw_query),
        authorization_scheme=authorization[0] if authorization else "",
        headers=headers,
    )


def _mask_query(query: str) -> str:
    parts = []
    for part in query.split("&") if query else []:
        name, sep, _ = part.partition("=")
        secret = urllib.parse.unquote_plus(name).lower() in _SECRET_QUERY_PARAMETERS
        parts.append(f"{name}{sep or '='}{MASK}" if secret else part)
    return "&".join(parts)


def _drain(environ: Environ) -> None:
    """Read the body a failed request came with, so the connection stays usable for the next one."""
    stream = environ.get("wsgi.input")
    if stream is None:
        return
    if environ.get("wsgi.input_terminated"):
        while stream.read(65536):
            pass
        return
    try:
        left = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return
    while left > 0:
        chunk = stream.read(min(left, 65536))
        if not chunk:
            return
        left -= len(chunk)


def _default_code(status: int) -> str:
    return _ERROR_CODES.get(status) or _reason(status).title().replace(" ", "").replace("-", "") or "Error"


def _reason(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def _error_code(body: bytes) -> str:
    try:
        return ET.fromstring(body).findtext("Code") or ""
    except ET.ParseError:
        return ""


def _raise_for(status: int, body: bytes) -> None:
    if status < 400:
        return
    try:
        root = ET.fromstring(body)
        code, message = root.findtext("Code") or "", root.findtext("Message") or ""
    except ET.ParseError:
        code, message = "", body[:200].decode("utf-8", "replace")
    raise LocalObsError(status, code or _reason(status), message)
