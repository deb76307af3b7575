"""Authentication like the real gateway: AK/SK signatures or IAM tokens.

Why reuse ``modelarts_overlays.signing.verify``: the emulator must accept exactly what the client
signs (and the vendor gateway accepts); sharing the canonicalisation code makes a signing bug show
up as a 401 in tests instead of being mirrored by a second implementation.

Credentials come from the environment, with documented defaults for local use:

* ``MODELARTS_EMULATOR_AK`` / ``MODELARTS_EMULATOR_SK`` -- default ``EMULATORAK000000000000`` /
  ``emulator-secret-key``;
* ``MODELARTS_EMULATOR_USER`` / ``MODELARTS_EMULATOR_PASSWORD`` -- default ``emulator`` /
  ``emulator-password`` (any account/domain name is accepted).

Tokens are random opaque strings; only their SHA-256 is stored (with the expiry in clock time), so
neither the state file nor the logs ever hold a usable secret.  The signature's ``X-Sdk-Date`` skew
is checked against real wall time even under the manual clock, because the client stamps requests
with real time.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from modelarts_overlays.signing import parse_authorization, verify

from .framework import Clock, Forbidden, JsonObj, Store, Unauthorized

__all__ = [
    "DEFAULT_ACCESS_KEY",
    "DEFAULT_PASSWORD",
    "DEFAULT_SECRET_KEY",
    "DEFAULT_USER",
    "Authenticator",
    "Credentials",
]

DEFAULT_ACCESS_KEY = "EMULATORAK000000000000"
DEFAULT_SECRET_KEY = "emulator-secret-key"  # documented local default, not a secret
DEFAULT_USER = "emulator"
DEFAULT_PASSWORD = "emulator-password"  # documented local default, not a secret

TOKEN_KIND = "iam_token"
TEMPORARY_KIND = "temporary_access_key"
"""Temporary keys: the access key, its expiry, whose it is and the SHA-256 of its security token.
The secret key is not stored: it is derived from the configured secret key and the access key."""
TOKEN_PROJECT = ""  # tokens are global, not per project

# APIG-style codes for gateway authentication failures; ModelArts.02xx codes for token problems.
CODE_SIGNATURE = "APIG.0301"
CODE_NO_AUTH = "APIG.0301"
CODE_TOKEN_INVALID = "ModelArts.0203"
CODE_TOKEN_EXPIRED = "ModelArts.0202"
CODE_TOKEN_NO_PROJECT = "ModelArts.0212"  # 401: the token does not contain a project
CODE_PROJECT_MISMATCH = "ModelArts.0210"  # 403: the URL's project id does not match the credentials

MAX_SKEW = timedelta(minutes=15)
"""How far ``X-Sdk-Date`` may be from the real time, either way (the gateway's window)."""


@dataclass(frozen=True)
class Credentials:
    """The key pair and user the emulator accepts (``repr`` hides the secrets)."""

    access_key: str
    secret_key: str
    user: str
    password: str

    def __repr__(self) -> str:
        return f"Credentials(access_key={self.access_key!r}, secret_key='***', user={self.user!r}, password='***')"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Credentials:
        """Read ``MODELARTS_EMULATOR_{AK,SK,USER,PASSWORD}``, falling back to the defaults."""
        e = os.environ if env is None else env
        return cls(
            access_key=e.get("MODELARTS_EMULATOR_AK", DEFAULT_ACCESS_KEY),
            secret_key=e.get("MODELARTS_EMULATOR_SK", DEFAULT_SECRET_KEY),
            user=e.get("MODELARTS_EMULATOR_USER", DEFAULT_USER),
            password=e.get("MODELARTS_EMULATOR_PASSWORD", DEFAULT_PASSWORD),
        )


def _token_key(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _access_key_of(headers: Mapping[str, str]) -> str | None:
    """The access key an ``SDK-HMAC-SHA256`` Authorization header names, if it parses."""
    raw = {k.lower(): v for k, v in headers.items()}.get("authorization")
    try:
        return parse_authorization(raw).access_key if raw else None
    except ValueError:
        return None


class Authenticator:
    """Checks requests and issues tokens."""

    def __init__(self, credentials: Credentials, clock: Clock, store: Store, *, token_ttl_s: float) -> None:
        self.credentials = credentials
        self.clock = clock
        self.store = store
        self.token_ttl_s = token_ttl_s

    def check(
        self, method: str, target: str, headers: Mapping[str, str], body: bytes, *, project_id: str | None = None
    ) -> str:
        """Authenticate a request; returns how (``"aksk"`` or ``"token"``) or raises Unauthorized/Forbidden.

        ``target`` is the origin-form request target (``/path?query``) as received, ``headers``
        the received headers (including ``Host``), ``project_id`` the project the URL addresses
        (``None`` for an operation outside any project).

        Scope, as the service checks it: a token is issued for one project and is refused on any
        other (403 ``ModelArts.0210``); a token without a project is refused on a project's URL
        (401 ``ModelArts.0212``).  An AK/SK request that names its project in the signed
        ``X-Project-Id`` header is refused on another project's URL the same way.
        """
        lowered = {k.lower(): v for k, v in headers.items()}
        token = lowered.get("x-auth-token")
        if token:
            record = self._check_token(token)
            if project_id is not None:
                token_project = str(record.get("project_id") or "")
                if not token_project:
                    raise Unauthorized(
                        CODE_TOKEN_NO_PROJECT, "The token does not contain a project; use a project token"
                    )
                if token_project != project_id:
                    raise Forbidden(CODE_PROJECT_MISMATCH, "The project id in the request URL does not match the token")
            return "token"
        if "authorization" not in lowered:
            raise Unauthorized(CODE_NO_AUTH, "Incorrect IAM authentication information: no signature or token")
        if not self._signature_ok(method, target, headers, body):
            raise Unauthorized(
                CODE_SIGNATURE,
                "Incorrect IAM authentication information: verify aksk signature fail "
                "(wrong key, altered request or X-Sdk-Date more than 15 minutes off)",
            )
        header_project = lowered.get("x-project-id")
        if project_id is not None and header_project is not None and header_project != project_id:
            raise Forbidden(
                CODE_PROJECT_MISMATCH, "The project id in the request URL does not match the X-Project-Id header"
            )
        return "aksk"

    def _signature_ok(self, method: str, target: str, headers: Mapping[str, str], body: bytes) -> bool:
        """``verify`` against the configured key pair, or a live temporary key with its security
        token, and the real time.

        Every request is verified in full: a real client signs each request with a fresh
        ``X-Sdk-Date``, so remembering verified requests would only speed up replays.
        """
        secret, access_key = self.credentials.secret_key, self.credentials.access_key
        presented = _access_key_of(headers)
        if presented is not None and presented != access_key:
            if self._temporary(presented, headers) is None:
                return False
            secret, access_key = self._temporary_secret(presented), presented
        return verify(
            method, target, list(headers.items()), body, secret, access_key=access_key,
            now=datetime.now(timezone.utc), max_skew=MAX_SKEW,
        )  # fmt: skip

    def _temporary_secret(self, access_key: str) -> str:
        keyed = hmac.new(self.credentials.secret_key.encode(), f"temporary:{access_key}".encode(), hashlib.sha256)
        return keyed.hexdigest()[:40]

    def _temporary(self, access_key: str, headers: Mapping[str, str]) -> JsonObj | None:
        """The record of a live temporary key whose security token the request carries, else ``None``."""
        record = self.store.get(TOKEN_PROJECT, TEMPORARY_KIND, access_key)
        if record is None or self.clock.now_ms() >= int(record["expires_ms"]):
            return None
        token = {k.lower(): v for k, v in headers.items()}.get("x-security-token", "")
        if not hmac.compare_digest(_token_key(token).encode(), str(record["token_sha256"]).encode()):
            return None
        return record

    def caller(self, headers: Mapping[str, str]) -> JsonObj:
        """Who an authenticated request comes from: ``{"user", "project_id"}`` (after :meth:`check`)."""
        lowered = {k.lower(): v for k, v in headers.items()}
        token = lowered.get("x-auth-token")
        if token:
            record = self._check_token(token)
            return {"user": str(record.get("user", "")), "project_id": str(record.get("project_id", ""))}
        presented = _access_key_of(headers)
        temporary = self._temporary(presented, headers) if presented else None
        if temporary is not None:
            return {"user": str(temporary["user"]), "project_id": str(temporary["project_id"])}
        return {"user": self.credentials.user, "project_id": str(lowered.get("x-project-id", ""))}

    def issue_temporary_key(self, caller: JsonObj, duration_s: int) -> tuple[str, str, str, datetime]:
        """A temporary key valid ``duration_s`` seconds of clock time: (access key, secret key,
        security token, expiry)."""
        access_key = "EMUTMP" + secrets.token_hex(7).upper()
        token = "EMUSTS" + secrets.token_urlsafe(48)
        now_ms = self.clock.now_ms()
        expires_ms = now_ms + duration_s * 1000
        record = {"expires_ms": expires_ms, "token_sha256": _token_key(token), **caller}
        self.store.insert(TOKEN_PROJECT, TEMPORARY_KIND, access_key, record)
        expires = datetime.fromtimestamp(expires_ms / 1000, tz=timezone.utc)
        return access_key, self._temporary_secret(access_key), token, expires

    def _check_token(self, token: str) -> JsonObj:
        record = self.store.get(TOKEN_PROJECT, TOKEN_KIND, _token_key(token))
        if record is None:
            raise Unauthorized(CODE_TOKEN_INVALID, "Token is invalid.")
        if self.clock.now_ms() >= int(record["expires_ms"]):
            raise Unauthorized(CODE_TOKEN_EXPIRED, "Token has expired.")
        return record

    def password_ok(self, user: str, password: str) -> bool:
        """Constant-time check of the configured user and password."""
        good_user = hmac.compare_digest(user.encode(), self.credentials.user.encode())
        good_password = hmac.compare_digest(password.encode(), self.credentials.password.encode())
        return good_user and good_password

    def issue_token(self, meta: JsonObj) -> tuple[str, datetime, datetime]:
        """Create a token valid for the TTL of clock time; returns (token, issued_at, expires_at)."""
        token = "MIIE" + secrets.token_urlsafe(48)
        now_ms = self.clock.now_ms()
        expires_ms = now_ms + int(self.token_ttl_s * 1000)
        self.store.insert(TOKEN_PROJECT, TOKEN_KIND, _token_key(token), {"expires_ms": expires_ms, **meta})
        issued = datetime.fromtimestamp(now_ms / 1000, tz=timezone.utc)
        return token, issued, issued + timedelta(milliseconds=expires_ms - now_ms)
