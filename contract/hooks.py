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
import zlib
from functools import cache
from typing import Any

import schemathesis

from contract.judging import rejudge_path
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


@cache
def _training_catalogue() -> tuple[tuple[tuple[str, int], ...], tuple[str, ...]]:
    """The flavors (id, max nodes) and engine ids of the reference's own samples (the spec's examples of
    ``list_training_flavors_v2`` and ``list_training_engines_v2``): ids that exist on the service."""
    from modelarts_emulator.validation import spec_index  # the spec's example reader, loaded when first needed

    flavors = tuple(
        (f["flavor_id"], int(f.get("flavor_info", {}).get("max_num", 1)))
        for f in spec_index().example("list_training_flavors_v2")["flavors"]
    )
    items = spec_index().example("list_training_engines_v2")["items"]
    return flavors, tuple(e["engine_id"] for e in items if isinstance(e, dict))


def _pick(options: tuple[Any, ...], drawn: str) -> Any:
    """One of *options*, chosen by the drawn text (so a fixed seed still gives a fixed run)."""
    return options[zlib.crc32(drawn.encode("utf-8", "surrogatepass")) % len(options)]


@schemathesis.hook
def map_body(context: schemathesis.HookContext, body: Any) -> Any:
    """Give a generated v2 training job a flavor and an engine that exist (the realistic-ids hook).

    The service validates a job's flavor and engine against its catalogue and needs a flavor unless a
    pool is named, so a generated job (random or no ``flavor_id``) only ever gets 400 and no stateful
    chain could start from a created job. A drawn or missing flavor becomes a catalogue id, a drawn
    node count above the flavor's maximum is lowered to it, a drawn engine id becomes a catalogue one,
    and an ``algorithm.id`` (a fresh project has no algorithms) is dropped. Only values of the right
    type are touched and only optional fields are added, so a negative case (a wrong type, a missing
    required field, a count below 1) stays negative.
    """
    operation = context.operation
    raw = getattr(getattr(operation, "definition", None), "raw", None)
    if not isinstance(raw, dict) or raw.get("operationId") != "create_training_job_v2" or not isinstance(body, dict):
        return body
    flavors, engines = _training_catalogue()
    spec = body.setdefault("spec", {})
    resource = spec.setdefault("resource", {}) if isinstance(spec, dict) else None
    if isinstance(resource, dict) and "pool_id" not in resource:
        drawn = resource.get("flavor_id", body.get("metadata", ""))
        if isinstance(drawn, str) or "flavor_id" not in resource:
            flavor_id, max_num = _pick(flavors, str(drawn))
            resource["flavor_id"] = flavor_id
            count = resource.get("node_count")
            if isinstance(count, int) and not isinstance(count, bool) and count > max_num:
                resource["node_count"] = max_num
    algorithm = body.get("algorithm")
    if isinstance(algorithm, dict):
        engine = algorithm.get("engine")
        if isinstance(engine, dict) and isinstance(engine.get("engine_id"), str):
            engine["engine_id"] = _pick(engines, engine["engine_id"])
            for key in ("engine_name", "engine_version"):
                if isinstance(engine.get(key), str):
                    del engine[key]
        if isinstance(algorithm.get("id"), str):
            del algorithm["id"]
    return body
