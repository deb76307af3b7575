"""Temporary AK/SK for a password session, from its IAM token, renewed before they expire.

Why: OBS accepts requests signed with a key pair only, never an IAM token, yet the SDK reference
offers OBS transfer to sessions that log in with a password. IAM exchanges a token for a temporary
access key, secret key and security token (``create_temporary_access_key_by_token``, 15 minutes to
24 hours); a password session asks for one when it first needs it and again when fewer than
``renew_before_s`` seconds are left, so a long folder transfer keeps working. The secret key and the
security token are wrapped in :class:`~.signing.Secret` as soon as they arrive: masked in every log
record and absent from every ``repr``.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING

from .signing import Secret

if TYPE_CHECKING:
    from .session import Session

__all__ = ["DEFAULT_DURATION_S", "KeyPair", "TemporaryKeys"]

DEFAULT_DURATION_S = 3600
RENEW_BEFORE_S = 600


@dataclasses.dataclass(frozen=True)
class KeyPair:
    """An access key with its secret key, and for temporary keys the security token and expiry."""

    access_key: str
    secret_key: Secret
    security_token: Secret | None = None
    expires_at: datetime | None = None


class TemporaryKeys:
    """A callable giving a live temporary :class:`KeyPair` for ``session`` (thread-safe)."""

    def __init__(
        self,
        session: Session,
        *,
        duration_s: int = DEFAULT_DURATION_S,
        renew_before_s: int = RENEW_BEFORE_S,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        if not 900 <= duration_s <= 86400:
            raise ValueError("duration_s must be between 900 (15 minutes) and 86400 (24 hours)")
        self._session = session
        self._duration_s = duration_s
        self._renew_before = timedelta(seconds=min(renew_before_s, duration_s // 2))
        self._clock = clock or (lambda: datetime.now(timezone.utc))
        self._current: KeyPair | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        held = self._current.access_key if self._current else None
        return f"TemporaryKeys(access_key={held!r}, duration_s={self._duration_s})"

    def __call__(self) -> KeyPair:
        with self._lock:
            current = self._current
            if current is None or current.expires_at is None or current.expires_at - self._clock() < self._renew_before:
                current = self._current = self._fetch()
            return current

    def _fetch(self) -> KeyPair:
        from modelarts_client.models.temporary_access_key_request import TemporaryAccessKeyRequest

        body = {"auth": {"identity": {"methods": ["token"], "token": {"duration_seconds": self._duration_s}}}}
        request = TemporaryAccessKeyRequest.from_dict(body)
        answer = self._session.call("create_temporary_access_key_by_token", body=request)
        credential = answer.credential
        expires = credential.expires_at
        if expires.tzinfo is None:
            expires = expires.replace(tzinfo=timezone.utc)
        return KeyPair(credential.access, Secret(credential.secret), Secret(credential.securitytoken), expires)
