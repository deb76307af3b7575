"""``POST /v3/auth/tokens``: IAM password authentication, served by the emulator itself.

Why here: clients point their IAM endpoint at the emulator, so token-based auth can be tested
end to end; the issued token is then accepted as ``X-Auth-Token`` by every ModelArts operation
until it expires (24 h of clock time by default).  The password is never logged or stored.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any, cast

from ..auth import Authenticator
from ..framework import Context, Reply, Unauthorized, operation

__all__ = ["create_iam_token", "create_temporary_access_key_by_token"]


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond:06d}Z"


def _stable_id(*parts: str) -> str:
    return hashlib.sha256("/".join(parts).encode()).hexdigest()[:32]


@operation("create_iam_token")
def create_iam_token(ctx: Context) -> Reply:
    """Check the user/password and issue a token scoped to the requested project."""
    auth = cast(Authenticator, ctx.extras["auth"])
    identity = ctx.body["auth"]["identity"]
    user: dict[str, Any] = identity["password"]["user"]
    if not auth.password_ok(str(user.get("name", "")), str(user.get("password", ""))):
        raise Unauthorized("ModelArts.0205", "The username or password is wrong.")
    domain_name = str(user.get("domain", {}).get("name", "") or "emulator-domain")
    scope_project: dict[str, Any] = ctx.body["auth"]["scope"]["project"]
    region = str(scope_project.get("name") or "cn-north-4")
    project_id = str(scope_project.get("id") or _stable_id("project", region))
    domain = {"id": _stable_id("domain", domain_name), "name": domain_name}
    token, issued, expires = auth.issue_token({"project_id": project_id, "user": str(user["name"])})
    body = {
        "token": {
            "expires_at": _iso(expires),
            "issued_at": _iso(issued),
            "methods": ["password"],
            "catalog": [
                {
                    "id": _stable_id("service", "modelarts"),
                    "name": "modelarts",
                    "type": "modelarts",
                    "endpoints": [{"region_id": region}],
                }
            ],
            "project": {"id": project_id, "name": region, "domain": domain},
            "user": {
                "id": _stable_id("user", str(user["name"])),
                "name": str(user["name"]),
                "domain": domain,
                "password_expires_at": "",
            },
            "roles": [{"id": _stable_id("role", "te_admin"), "name": "te_admin"}],
        }
    }
    return Reply(201, body, {"X-Subject-Token": token})


@operation("create_temporary_access_key_by_token")
def create_temporary_access_key_by_token(ctx: Context) -> Reply:
    """Issue a temporary key, secret key and security token for the caller (token or key pair).

    The key works on this emulator's API like the configured pair, with its security token in
    ``X-Security-Token``, until it expires (clock time); the local OBS takes any key. The secret key
    is not stored (see ``auth.TEMPORARY_KIND``).
    """
    auth = cast(Authenticator, ctx.extras["auth"])
    identity = ctx.body["auth"]["identity"]
    token = identity.get("token") or {}
    duration = int(token.get("duration_seconds", 900))
    access, secret, security_token, expires = auth.issue_temporary_key(auth.caller(ctx.headers), duration)
    credential = {"access": access, "secret": secret, "securitytoken": security_token, "expires_at": _iso(expires)}
    return Reply(201, {"credential": credential})
