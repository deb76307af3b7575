"""IAM password login as an ``httpx.Auth``: ``X-Auth-Token`` on every request.

Why this module exists: besides AK/SK signing (:mod:`.signing`), ModelArts
accepts an IAM *user token*.  The token is obtained by a password login to the
regional IAM endpoint (``POST /v3/auth/tokens``, operation ``create_iam_token``
of the spec), comes back in the ``X-Subject-Token`` response header, is valid
for 24 hours and is sent as ``X-Auth-Token`` on every other call.  With a token
no ``X-Project-Id`` is needed: the project is part of the token's scope.

Design choices, and why:

* The login is a request *yielded from the auth flow*, not a call of our own:
  httpx sends it with the very client (transport, proxies, TLS settings, event
  hooks, mocks) the caller configured, and one :class:`TokenAuth` object serves
  ``httpx.Client`` and ``httpx.AsyncClient`` alike without doing any I/O itself.
* The body is built with the generated models' ``to_dict()`` and the answer
  parsed with the generated ``IamTokenResponse.from_dict``, so the wire shape is
  the one the spec (and the vendor reference) documents, not a second copy.
* The token is cached until ``refresh_margin`` before ``expires_at``: logging in
  per request would be slow and IAM throttles logins; refreshing a little early
  avoids sending a token that expires while the request is in flight.
* Concurrent first calls log in once ("single flight"): a ``threading.Lock``
  serialises logins of sync flows and an ``asyncio.Lock`` (one per event loop,
  created lazily because it must be created inside the loop that uses it)
  serialises logins of async flows.  Each waiter re-checks the cache after
  getting the lock, so only the first one goes to IAM.
* A ``401`` from the service means the token was revoked or expired early (for
  instance the password changed): the token is dropped, a new one obtained and
  the request re-sent *once*.  A second ``401`` is returned to the caller, so a
  permanently rejected user cannot loop.
* The password and the token are held in :class:`~.signing.Secret` and never
  written to logs, ``repr``/``str`` or exception messages.  Holding them in a
  ``Secret`` also registers them with :mod:`.redaction`, which masks them in
  every log record of the process; the token is registered as soon as it is
  received, before any request carries it, and stays registered until it
  expires even after the cache dropped it (``invalidate()``, an early
  refresh): the service may accept it until then.  httpcore logs the login
  answer's headers before this module sees the token: that line is masked by
  the header rule of :mod:`.redaction` (``X-Subject-Token`` values).
"""

from __future__ import annotations

import json
import logging
import sys
import threading
import weakref
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any, Final

import httpx

from . import redaction
from .signing import Secret

if TYPE_CHECKING:
    import asyncio

# The IAM models (and with them attrs), ``asyncio`` and (on Python 3.10) ``dateutil`` are imported
# where a login or an async flow first needs them: a signed (AK/SK) session, the common case, never
# loads them.

__all__ = [
    "DEFAULT_REFRESH_MARGIN",
    "DEFAULT_TOKEN_LIFETIME",
    "HEADER_AUTH_TOKEN",
    "HEADER_SUBJECT_TOKEN",
    "TOKEN_PATH",
    "TokenAuth",
    "TokenError",
    "TokenStatus",
]

HEADER_AUTH_TOKEN: Final = "X-Auth-Token"
"""Request header that carries the token to ModelArts."""

HEADER_SUBJECT_TOKEN: Final = "X-Subject-Token"
"""Response header in which IAM returns the issued token."""

HEADER_REQUEST_ID: Final = "X-Request-Id"

TOKEN_PATH: Final = "/v3/auth/tokens"
"""Path of ``create_iam_token`` on the IAM endpoint."""

DEFAULT_REFRESH_MARGIN: Final = timedelta(minutes=5)
"""How long before ``expires_at`` a cached token is replaced."""

DEFAULT_TOKEN_LIFETIME: Final = timedelta(hours=24)
"""Lifetime assumed when IAM omits ``expires_at`` (the documented lifetime)."""

_log = logging.getLogger(__name__)


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


class TokenError(Exception):
    """The IAM login failed: wrong credentials, unknown project, IAM error or a malformed answer.

    Why a type of its own: callers must tell "could not authenticate" apart
    from an error of the service call itself, and need IAM's error code to do
    so (``IAM.0101`` wrong password, ``IAM.0102`` locked user, ...).  The
    message names the user and account but never the password; every text
    field is scrubbed of live secrets (password, tokens, secret keys) and token
    header values by :mod:`.redaction`, in case IAM or a proxy echoes them back.

    Attributes: ``status_code`` (HTTP status of the login answer, ``None`` when
    there was none to speak of), ``error_code`` and ``error_msg`` (from IAM's
    ``error_code``/``error_msg`` body, or Keystone's ``error.code``/``error.message``),
    ``request_id`` (IAM's ``X-Request-Id``, for support tickets).
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None,
        error_code: str | None = None,
        error_msg: str | None = None,
        request_id: str | None = None,
    ) -> None:
        message = redaction.scrub(message)
        error_code, error_msg, request_id = (
            None if text is None else redaction.scrub(text) for text in (error_code, error_msg, request_id)
        )
        super().__init__(message)
        self.message: Final = message
        self.status_code: Final = status_code
        self.error_code: Final = error_code
        self.error_msg: Final = error_msg
        self.request_id: Final = request_id

    def __str__(self) -> str:
        return redaction.scrub(self.message)

    def __reduce__(self) -> tuple[Any, ...]:
        # Keep the keyword-only fields when the error crosses a process boundary.
        return (
            _rebuild_token_error,
            (self.message, self.status_code, self.error_code, self.error_msg, self.request_id),
        )


def _rebuild_token_error(
    message: str, status_code: int | None, error_code: str | None, error_msg: str | None, request_id: str | None
) -> TokenError:
    return TokenError(
        message, status_code=status_code, error_code=error_code, error_msg=error_msg, request_id=request_id
    )


@dataclass(frozen=True)
class TokenStatus:
    """What is known about the cached token, without the token itself.

    Why: callers (health checks, debugging) want to know whether the next
    request will log in and when the token runs out; exposing the token string
    for that would invite leaking it.
    """

    cached: bool
    """A token is held (it may still be within ``refresh_margin`` of expiry)."""

    expires_at: datetime | None
    """When the held token expires (aware, UTC); ``None`` when no token is held."""

    fresh: bool
    """The held token will be used as is; ``False`` means the next request logs in."""


@dataclass(frozen=True, repr=False)
class _CachedToken:
    """One issued token; immutable so it can be swapped atomically between threads."""

    token: Secret
    expires_at: datetime

    def __repr__(self) -> str:
        return f"_CachedToken(token={self.token!r}, expires_at={self.expires_at.isoformat()})"


def _replayable(request: httpx.Request) -> bool:
    """Whether *request* can be sent a second time with the same body.

    Bodies given as bytes/str/json/form are held in memory by httpx; streamed
    bodies (iterators, file uploads) are not loaded and may already be
    consumed, so they are not retried rather than buffered.
    """
    try:
        request.content  # noqa: B018 - raises RequestNotRead for a streamed body
    except httpx.RequestNotRead:
        return False
    return True


def _as_utc(moment: datetime) -> datetime:
    """IAM times are UTC; a naive value (no offset given) is read as such."""
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


class TokenAuth(httpx.Auth):
    """``httpx.Auth`` that logs in to IAM with a password and sends ``X-Auth-Token``.

    ``TokenAuth(username=..., password=..., account=..., iam_endpoint=..., project_name="cn-north-4")``
    (or ``project_id=...``; exactly one of the two scopes the token).  *account*
    is the account (IAM "domain") name the user belongs to; for the account's
    own login it equals *username*.  *iam_endpoint* is the regional IAM base
    URL, e.g. ``https://iam.cn-north-4.myhuaweicloud.com``.

    *refresh_margin* is how long before expiry the token is replaced; *clock*
    returns the current aware time (injectable for tests).

    One instance is meant to be shared by every client and thread of a
    process: it caches one token, logs in once for concurrent first calls and
    re-logs in once on a ``401`` (see the module docstring).  Sync threads and
    async tasks each log in once among themselves; a thread and a task racing
    on a cold cache may both log in, which is harmless (the later token wins).
    """

    def __init__(
        self,
        *,
        username: str,
        password: str | Secret,
        account: str,
        iam_endpoint: str,
        project_id: str | None = None,
        project_name: str | None = None,
        refresh_margin: timedelta = DEFAULT_REFRESH_MARGIN,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        if not username:
            raise ValueError("username is required")
        if not account:
            raise ValueError("account (the IAM domain name) is required")
        secret = password if isinstance(password, Secret) else Secret(password)
        if not secret:
            raise ValueError("password is required")
        if bool(project_id) == bool(project_name):
            raise ValueError("give exactly one of project_id and project_name to scope the token")
        endpoint = httpx.URL(iam_endpoint)
        if endpoint.scheme not in ("http", "https") or not endpoint.host:
            raise ValueError(
                "iam_endpoint must be an absolute http(s) URL, e.g. https://iam.cn-north-4.myhuaweicloud.com"
            )
        if endpoint.query or endpoint.fragment:
            raise ValueError("iam_endpoint must not carry a query or fragment")
        if refresh_margin < timedelta(0):
            raise ValueError("refresh_margin must not be negative")

        self.username: Final = username
        self.account: Final = account
        self.iam_endpoint: Final = str(endpoint).rstrip("/")
        self.project_id: Final = project_id
        self.project_name: Final = project_name
        self.refresh_margin: Final = refresh_margin
        self._password: Final = secret
        self._clock: Final = clock or _utc_now

        self._cached: _CachedToken | None = None
        # Tokens the cache dropped before they expired, kept so their Secret stays registered for masking.
        self._retired: list[_CachedToken] = []
        # Guards only tiny, non-blocking sections (cache swap, lock table); safe to take from async code.
        self._state_lock: Final = threading.Lock()
        # Held by a sync flow for the whole login round trip; never taken by async code (it would block the loop).
        self._login_lock: Final = threading.Lock()
        self._async_locks: Final[weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock]] = (
            weakref.WeakKeyDictionary()
        )

    # -- presentation ---------------------------------------------------------------------------

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(username={self.username!r}, account={self.account!r}, "
            f"iam_endpoint={self.iam_endpoint!r})"
        )

    __str__ = __repr__

    def __reduce__(self) -> tuple[Any, ...]:
        raise TypeError("TokenAuth holds a password and cannot be pickled")

    # -- cache ----------------------------------------------------------------------------------

    @property
    def status(self) -> TokenStatus:
        """Whether a token is cached, when it expires and whether it is still used as is."""
        cached = self._cached
        if cached is None:
            return TokenStatus(cached=False, expires_at=None, fresh=False)
        return TokenStatus(cached=True, expires_at=cached.expires_at, fresh=self._is_fresh(cached))

    def invalidate(self) -> None:
        """Drop the cached token so that the next request logs in again.

        Why public: after changing the user's password or permissions the old
        token keeps working until it expires; callers can force a new one.
        """
        with self._state_lock:
            self._replace(None)
        _log.debug("IAM token for user %r invalidated", self.username)

    def _is_fresh(self, cached: _CachedToken) -> bool:
        return _as_utc(self._clock()) < cached.expires_at - self.refresh_margin

    def _fresh_token(self) -> _CachedToken | None:
        cached = self._cached
        return cached if cached is not None and self._is_fresh(cached) else None

    def _discard(self, rejected: _CachedToken) -> None:
        """Drop *rejected* unless another flow already replaced it with a newer token."""
        with self._state_lock:
            if self._cached is rejected:
                self._replace(None)

    def _replace(self, new: _CachedToken | None) -> None:
        """Swap the cached token; call with ``_state_lock`` held.

        The token replaced is kept (so it stays masked in logs and errors, see
        :mod:`.redaction`) until it expires, since the service may still accept
        it; expired ones are let go here, so the list does not grow.
        """
        now = _as_utc(self._clock())
        self._retired = [kept for kept in self._retired if kept.expires_at > now]
        old = self._cached
        if old is not None and old is not new and old.expires_at > now:
            self._retired.append(old)
        self._cached = new

    # -- login request and answer ---------------------------------------------------------------

    def _login_body(self) -> dict[str, Any]:
        from modelarts_client.models import (
            IamAuth,
            IamDomainName,
            IamIdentity,
            IamIdentityMethodsItem,
            IamPasswordIdentity,
            IamPasswordUser,
            IamScope,
            IamScopeProject,
            IamTokenRequest,
        )
        from modelarts_client.types import UNSET

        scope = IamScopeProject(
            id=self.project_id if self.project_id else UNSET,
            name=self.project_name if self.project_name else UNSET,
        )
        body = IamTokenRequest(
            auth=IamAuth(
                identity=IamIdentity(
                    methods=[IamIdentityMethodsItem.PASSWORD],
                    password=IamPasswordIdentity(
                        user=IamPasswordUser(
                            name=self.username,
                            password=self._password.reveal(),
                            domain=IamDomainName(name=self.account),
                        )
                    ),
                ),
                scope=IamScope(project=scope),
            )
        )
        return body.to_dict()

    def _login_request(self) -> httpx.Request:
        """The ``create_iam_token`` request; the body holds the password, so it is built per login."""
        _log.debug(
            "requesting IAM token for user %r of account %r (project %s)",
            self.username,
            self.account,
            f"id {self.project_id!r}" if self.project_id else f"name {self.project_name!r}",
        )
        return httpx.Request(
            "POST",
            self.iam_endpoint + TOKEN_PATH,
            json=self._login_body(),
            headers={"Accept": "application/json"},
        )

    def _failure(self, response: httpx.Response, reason: str) -> TokenError:
        """The login failure; :class:`TokenError` scrubs what the server sent of secrets."""
        error_code, error_msg = _error_details(response)
        head = f"IAM login failed for user {self.username!r} of account {self.account!r}: HTTP {response.status_code}"
        detail = error_msg or reason
        return TokenError(
            f"{head} {error_code}: {detail}" if error_code else f"{head}: {detail}",
            status_code=response.status_code,
            error_code=error_code,
            error_msg=error_msg,
            request_id=response.headers.get(HEADER_REQUEST_ID),
        )

    def _accept_login(self, response: httpx.Response) -> _CachedToken:
        """Turn the (already read) login answer into a cached token, or raise :class:`TokenError`."""
        from modelarts_client.models import IamTokenResponse
        from modelarts_client.types import Unset

        if not response.is_success:
            raise self._failure(response, response.reason_phrase or "login rejected")
        raw_token = response.headers.get(HEADER_SUBJECT_TOKEN, "").strip()
        if not raw_token:
            raise self._failure(response, f"the answer has no {HEADER_SUBJECT_TOKEN} header")
        token = Secret(raw_token)
        try:
            parsed = IamTokenResponse.from_dict(_compatible_times(response.json()))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            # The message names the exception type only: parse errors quote input text.
            raise self._failure(response, f"malformed token answer ({type(exc).__name__})") from None
        details = parsed.token
        if not isinstance(details, Unset) and isinstance(details.expires_at, datetime):
            expires_at = _as_utc(details.expires_at)
        else:
            expires_at = _as_utc(self._clock()) + DEFAULT_TOKEN_LIFETIME
            _log.warning("IAM token answer has no token.expires_at; assuming %s", DEFAULT_TOKEN_LIFETIME)
        cached = _CachedToken(token=token, expires_at=expires_at)
        with self._state_lock:
            self._replace(cached)
        _log.debug("IAM token for user %r obtained, expires at %s", self.username, expires_at.isoformat())
        return cached

    @staticmethod
    def _authorize(request: httpx.Request, cached: _CachedToken) -> httpx.Request:
        request.headers[HEADER_AUTH_TOKEN] = cached.token.reveal()
        return request

    def _should_retry(self, response: httpx.Response, cached: _CachedToken, *, replayable: bool) -> bool:
        """On a 401, drop the rejected token and tell whether the request can be re-sent."""
        if response.status_code != httpx.codes.UNAUTHORIZED:
            return False
        self._discard(cached)
        request = response.request
        if not replayable:
            _log.debug("401 for %s %s; streamed body, not re-sent", request.method, request.url)
            return False
        _log.debug("401 for %s %s; logging in again and re-sending once", request.method, request.url)
        return True

    # -- flows ----------------------------------------------------------------------------------

    def _sync_token(self) -> Generator[httpx.Request, httpx.Response, _CachedToken]:
        cached = self._fresh_token()
        if cached is not None:
            return cached
        with self._login_lock:
            cached = self._fresh_token()  # another thread may have logged in while we waited
            if cached is not None:
                return cached
            response = yield self._login_request()
            response.read()
            return self._accept_login(response)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Log in if needed (yielding the IAM request), send *request*, re-login and re-send once on 401."""
        replayable = _replayable(request)  # decided before sending: a transport may load the body while sending
        cached = yield from self._sync_token()
        response = yield self._authorize(request, cached)
        if self._should_retry(response, cached, replayable=replayable):
            cached = yield from self._sync_token()
            yield self._authorize(request, cached)

    def _async_lock(self) -> asyncio.Lock:
        """The login lock of the running loop, created on first use.

        Why per loop: an ``asyncio.Lock`` binds to the loop that first waits on
        it, and one auth object may outlive a loop (``asyncio.run`` twice,
        per-test loops) or serve loops in several threads.
        """
        import asyncio

        loop = asyncio.get_running_loop()
        with self._state_lock:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
            return lock

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Async twin of :meth:`sync_auth_flow`; logins are serialised by an ``asyncio.Lock``."""
        replayable = _replayable(request)
        for attempt in range(2):
            cached = self._fresh_token()
            if cached is None:
                async with self._async_lock():
                    cached = self._fresh_token()  # another task may have logged in while we waited
                    if cached is None:
                        login = yield self._login_request()
                        await login.aread()
                        cached = self._accept_login(login)
            response = yield self._authorize(request, cached)
            if attempt or not self._should_retry(response, cached, replayable=replayable):
                return

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Same as :meth:`sync_auth_flow` (httpx only calls the sync/async variants)."""
        return self.sync_auth_flow(request)


def _error_details(response: httpx.Response) -> tuple[str | None, str | None]:
    """IAM's error code and message, from whichever of its error shapes the body uses.

    Huawei IAM answers ``{"error_code": ..., "error_msg": ...}`` (the spec's
    ``ErrorMsg``); Keystone-style failures answer ``{"error": {"code": ...,
    "message": ...}}``; some gateways use ``error_message``.
    """
    try:
        body = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None, None
    if not isinstance(body, dict):
        return None, None
    code = body.get("error_code")
    message = body.get("error_msg", body.get("error_message"))
    nested = body.get("error")
    if isinstance(nested, dict):
        code = code if code is not None else nested.get("code")
        message = message if message is not None else nested.get("message")
    return (str(code) if code is not None else None, str(message) if message is not None else None)


_TIME_FIELDS: Final = ("expires_at", "issued_at")


def _compatible_times(body: Any) -> Any:
    """Make IAM's timestamps parseable by the generated model on every supported Python.

    Why: the generated ``IamToken.from_dict`` uses ``datetime.fromisoformat``,
    which before Python 3.11 rejects IAM's ``2019-02-13T06:52:13.855000Z``
    (the ``Z``) and fractions of other than 3 or 6 digits.  On 3.10 those two
    fields are re-emitted in a form it accepts (same instant); from 3.11 on the
    body is passed through untouched.
    """
    if sys.version_info >= (3, 11) or not isinstance(body, dict) or not isinstance(body.get("token"), dict):
        return body
    from dateutil.parser import isoparse

    token = dict(body["token"])
    for name in _TIME_FIELDS:
        value = token.get(name)
        if isinstance(value, str):
            token[name] = isoparse(value).isoformat()
    return {**body, "token": token}
