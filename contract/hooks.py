"""Schemathesis extension module of the contract run: registers the AK/SK signer.

Why a hooks module: the schemathesis CLI loads extensions from the module named by ``SCHEMATHESIS_HOOKS``
before it loads the schema; registering a ``requests`` auth object here makes every request of the run --
every phase, every stateful step -- go out signed at the transport (see ``contract/signing_auth.py``).

``contract/run.py`` sets the variables below; nothing else should need to:

* ``CONTRACT_ACCESS_KEY`` / ``CONTRACT_SECRET_KEY`` (the SK is removed from the environment once read);
* ``CONTRACT_PROJECT_ID`` (sent as ``X-Project-Id``; also pins the ``project_id`` path parameter);
* ``CONTRACT_SECURITY_TOKEN`` (optional, temporary credentials);
* ``CONTRACT_SIGN_METHODS`` (optional, comma-separated): the only methods the signer will sign -- the
  read-only safety net of a live run, so a mutating request can never go out authenticated.
"""

from __future__ import annotations

import os
from typing import Any

import schemathesis

from contract.judging import rejudge_path
from contract.realistic_ids import realistic_body
from contract.signing_auth import SdkHmacRequestsAuth


def _auth_from_environment() -> SdkHmacRequestsAuth:
    access_key = os.environ.get("CONTRACT_ACCESS_KEY", "")
    secret_key = os.environ.pop("CONTRACT_SECRET_KEY", "")
    token = os.environ.pop("CONTRACT_SECURITY_TOKEN", "") or None
    methods = os.environ.get("CONTRACT_SIGN_METHODS", "")
    if not access_key or not secret_key:
        raise RuntimeError("CONTRACT_ACCESS_KEY and CONTRACT_SECRET_KEY must be set (contract/run.py sets them)")
    return SdkHmacRequestsAuth(
        access_key,
        secret_key,
        project_id=os.environ.get("CONTRACT_PROJECT_ID") or None,
        security_token=token,
        allowed_methods=frozenset(m.strip().upper() for m in methods.split(",") if m.strip()) or None,
    )


# `set_from_requests` is attached to `schemathesis.auth` at run time, hence invisible to type checkers.
schemathesis.auth.set_from_requests(_auth_from_environment())  # type: ignore[attr-defined]


@schemathesis.hook
def before_call(context: schemathesis.HookContext, case: schemathesis.Case[Any], kwargs: dict[str, Any]) -> None:
    """Judge a "negative" path by the parameters actually sent (see :func:`contract.judging.rejudge_path`).

    This also covers the pinned ``project_id``: schemathesis writes the pinned value over a negative one
    it generated, and the re-validation then labels the request by what is sent.
    """
    rejudge_path(case)


@schemathesis.hook
def map_body(context: schemathesis.HookContext, body: Any) -> Any:
    """Give generated bodies ids that exist in the service's catalogues (see ``contract/realistic_ids.py``)."""
    raw = getattr(getattr(context.operation, "definition", None), "raw", None)
    if not isinstance(raw, dict) or not isinstance(body, dict):
        return body
    return realistic_body(str(raw.get("operationId")), body)
