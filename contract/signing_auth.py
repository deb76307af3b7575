"""AK/SK signing for schemathesis, applied to the final ``requests.PreparedRequest``.

Why a ``requests`` auth object and not a schemathesis auth hook: schemathesis hooks (``@schemathesis.auth``,
``before_call``) see the case's body and query *before* they are serialised, so a signature computed there is
over different bytes than the ones sent (JSON spacing, query encoding, the ``Host`` and ``Content-Type`` the
transport adds later).  ``requests`` calls an ``AuthBase`` with the fully prepared request -- final URL, final
headers, final body bytes -- and schemathesis routes every request through ``requests`` (the network transport
and its in-process ASGI client alike), so signing here signs exactly what goes on the wire.

The signature itself comes from :func:`modelarts_overlays.signing.sign`, the same pure function the client's
``AkSkAuth`` and the emulator's verifier use, so the contract run exercises the production signer.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from typing import Final
from urllib.parse import urlsplit, urlunsplit

import requests
import requests.auth
from requests.structures import CaseInsensitiveDict

from modelarts_overlays.signing import (
    HEADER_AUTHORIZATION,
    HEADER_PROJECT_ID,
    HEADER_SECURITY_TOKEN,
    Secret,
    SignatureParts,
    format_sdk_date,
    sign,
)

__all__ = ["SdkHmacRequestsAuth"]


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


class SdkHmacRequestsAuth(requests.auth.AuthBase):
    """``requests`` auth that signs each prepared request with ``SDK-HMAC-SHA256``.

    The request is rewritten to match what was signed, as the vendor SDK does: header values trimmed,
    ``Host``/``X-Sdk-Date`` (and ``X-Project-Id`` when a project is pinned) added, the query replaced by
    its canonical form, ``Authorization`` set.  The secret key lives in a :class:`Secret`, so it never shows
    in a ``repr``, a traceback's locals or a pickled object.  *allowed_methods*, when given, is a hard
    limit: any other method raises instead of being signed (a live run without ``MUTATE=1``).
    """

    def __init__(
        self,
        access_key: str,
        secret_key: str | Secret,
        *,
        project_id: str | None = None,
        security_token: str | Secret | None = None,
        clock: Callable[[], datetime] | None = None,
        allowed_methods: frozenset[str] | None = None,
    ) -> None:
        if not access_key:
            raise ValueError("access_key is required")
        secret = secret_key if isinstance(secret_key, Secret) else Secret(secret_key)
        if not secret:
            raise ValueError("secret_key is required")
        self.access_key: Final = access_key
        self.project_id: Final = project_id
        self._secret_key: Final = secret
        token = Secret(security_token) if isinstance(security_token, str) else security_token
        self._security_token: Final = token or None
        self._clock: Final = clock or _utc_now
        self.allowed_methods: Final = allowed_methods

    def __repr__(self) -> str:
        return f"{type(self).__name__}(access_key={self.access_key!r}, project_id={self.project_id!r})"

    __str__ = __repr__

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError(f"{type(self).__name__} holds a secret key and cannot be pickled")

    def sign_prepared(self, request: requests.PreparedRequest) -> SignatureParts:
        """Sign *request* in place and return the computed parts (for tests and debugging)."""
        if request.url is None or request.method is None:
            raise ValueError("the request is not prepared")
        if self.allowed_methods is not None and request.method.upper() not in self.allowed_methods:
            # The read-only guard of a live run: refuse to authenticate what could change the account.
            raise PermissionError(f"refusing to sign a {request.method} request in a read-only run")
        body = request.body
        if body is not None and not isinstance(body, (bytes, str)):
            # A streamed body cannot be hashed without consuming it; nothing in this API streams.
            raise TypeError("cannot sign a streamed request body")
        headers = [(str(name), str(value)) for name, value in request.headers.items()]
        headers = [(name, value) for name, value in headers if name.lower() != HEADER_AUTHORIZATION.lower()]
        if self.project_id:
            headers = [(n, v) for n, v in headers if n.lower() != HEADER_PROJECT_ID.lower()]
            headers.append((HEADER_PROJECT_ID, self.project_id))
        if self._security_token is not None:
            headers = [(n, v) for n, v in headers if n.lower() != HEADER_SECURITY_TOKEN.lower()]
            headers.append((HEADER_SECURITY_TOKEN, self._security_token.reveal()))
        parts = sign(
            request.method,
            request.url,
            headers,
            body,
            format_sdk_date(self._clock()),
            access_key=self.access_key,
            secret_key=self._secret_key,
        )
        signed: CaseInsensitiveDict[str | bytes] = CaseInsensitiveDict()
        for name, value in parts.headers:
            signed[name] = value
        signed[HEADER_AUTHORIZATION] = parts.authorization
        request.headers = signed
        scheme, netloc, path, _, fragment = urlsplit(request.url)
        request.url = urlunsplit((scheme, netloc, path, parts.query, fragment))
        return parts

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        self.sign_prepared(request)
        return request
