"""Generated request bodies given ids that exist, for the operations that check them against catalogues.

Why: the service validates some fields against catalogues and rules a JSON Schema cannot state (a v2 job's
flavor and engine, a Lite Server's flavor, image and login), so a body schemathesis makes up from the schema
alone only ever gets 400 and no stateful chain could start from it.  Each function here replaces drawn
values with catalogue ones, chosen by the drawn text (a fixed seed still gives a fixed run).  Only values of
the right type are touched and only optional fields are added or dropped, so a negative case (a wrong type,
a missing required field, a number out of range) stays negative.  No side effects: ``contract/hooks.py``
registers :func:`realistic_body` as schemathesis's ``map_body`` hook, and tests can call it directly.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from functools import cache
from typing import Any

__all__ = ["realistic_body"]


def _pick(options: tuple[Any, ...], drawn: object) -> Any:
    """One of *options*, chosen by the drawn value's text."""
    return options[zlib.crc32(str(drawn).encode("utf-8", "surrogatepass")) % len(options)]


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


def _training_job(body: dict[str, Any]) -> None:
    """A v2 training job: a catalogue flavor (its node maximum respected) unless a pool is named, a
    catalogue engine id, and no ``algorithm.id`` (a fresh project has no algorithms)."""
    flavors, engines = _training_catalogue()
    spec = body.setdefault("spec", {})
    resource = spec.setdefault("resource", {}) if isinstance(spec, dict) else None
    if isinstance(resource, dict) and "pool_id" not in resource:
        drawn = resource.get("flavor_id", body.get("metadata", ""))
        if isinstance(drawn, str) or "flavor_id" not in resource:
            flavor_id, max_num = _pick(flavors, drawn)
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


@cache
def _lite_server_catalogue() -> tuple[tuple[dict[str, Any], ...], tuple[dict[str, Any], ...]]:
    """The Lite Server flavors on sale and the active images of the emulator's catalogue.

    The reference publishes no catalogue (its flavors are a region's stock); the emulator's is the one
    the contract runs against.  A live run with ``--mutate`` sends these names too, and a region without
    them answers 400, which the narrowed check accepts for these operations.
    """
    from modelarts_emulator.resources.lite_server_catalogue import FLAVORS, IMAGES

    return (
        tuple(f for f in FLAVORS if not f["is_sold_out"]),
        tuple(i for i in IMAGES if i["status"] == "ACTIVE"),
    )


def _image_for(flavor: dict[str, Any], drawn: object) -> str:
    images = tuple(
        i["image_id"]
        for i in _lite_server_catalogue()[1]
        if (i["arch"], i["server_type"]) == (flavor["arch"], flavor["server_type"])
    )
    return str(_pick(images, drawn))


@cache
def _property_schemas(schema_name: str) -> dict[str, Any]:
    """The property schemas of a component schema of the spec (they hold no ``$ref``)."""
    from modelarts_emulator.validation import spec_index

    schema = spec_index().spec["components"]["schemas"][schema_name]
    return dict(schema.get("properties", {}))


def _valid(schema_name: str, field: str, value: object) -> bool:
    """Whether ``value`` is valid for the field: only valid drawn values are replaced or dropped, so a
    case schemathesis drew as negative (a string too long, a bad pattern) is still sent as drawn."""
    from openapi_schema_validator import OAS30Validator

    schema = _property_schemas(schema_name).get(field)
    return schema is not None and bool(OAS30Validator(schema).is_valid(value))


def _one_login(body: dict[str, Any], schema_name: str) -> None:
    """A key pair as the one login (a supernode takes nothing else).

    A valid drawn password is dropped rather than repaired (its rules -- three kinds of character, no
    user name -- are the emulator tests' business); a key pair name is added when none is left.
    """
    if _valid(schema_name, "admin_pass", body.get("admin_pass")):
        del body["admin_pass"]
    if "admin_pass" not in body and ("key_pair_name" not in body or body["key_pair_name"] == ""):
        body["key_pair_name"] = "contract-keypair"  # an empty name is schema-valid and names no key pair


def _lite_server(body: dict[str, Any]) -> None:
    """A Lite Server order: a flavor on sale (of the drawn server type, when one is drawn; else any, a
    supernode flavor included, so scenarios reach the supernode operations), an image it runs,
    architecture and type matching it, a key pair as the login, one supernode at a time."""
    schema = "DevServerCreateRequest"
    flavors, _ = _lite_server_catalogue()
    drawn_type = body.get("server_type")
    candidates = tuple(f for f in flavors if f["server_type"] == drawn_type) or flavors
    drawn = body.get("flavor", body.get("name", ""))
    if "flavor" in body and not _valid(schema, "flavor", body["flavor"]):
        return
    flavor = _pick(candidates, drawn)
    body["flavor"] = flavor["flavor"]
    if _valid(schema, "resource_flavor", body.get("resource_flavor")):
        del body["resource_flavor"]
    for key in ("arch", "server_type"):
        if _valid(schema, key, body.get(key)):
            body[key] = flavor[key]
    if _valid(schema, "image_id", body.get("image_id")):
        body["image_id"] = _image_for(flavor, body["image_id"])
    count = body.get("count")
    if flavor["server_type"] == "HPS" and _valid(schema, "count", count) and isinstance(count, int) and count > 1:
        body["count"] = 1
    _one_login(body, schema)


def _os_change(body: dict[str, Any], schema: str, server_type: str) -> None:
    flavors, _ = _lite_server_catalogue()
    if _valid(schema, "image_id", body.get("image_id")):
        body["image_id"] = _image_for(next(f for f in flavors if f["server_type"] == server_type), body["image_id"])
    _one_login(body, schema)


def _server_os_change(body: dict[str, Any]) -> None:
    """A server's OS change: the ECS image (the flavor most generated servers get) and a key pair."""
    _os_change(body, "DevServerChangeOsRequest", "ECS")


def _server_os_reinstall(body: dict[str, Any]) -> None:
    """A server's OS reinstall: a key pair (the image, optional, is the server's own)."""
    _os_change(body, "DevServerReinstallOsRequest", "ECS")


def _supernode_os_change(body: dict[str, Any]) -> None:
    """A supernode's OS change: a supernode image and a key pair."""
    _os_change(body, "DevServerChangeOsRequest", "HPS")


_BY_OPERATION: dict[str, Callable[[dict[str, Any]], None]] = {
    "create_training_job_v2": _training_job,
    "create_dev_server": _lite_server,
    "change_dev_server_os": _server_os_change,
    "reinstall_dev_server_os": _server_os_reinstall,
    "change_supernode_os": _supernode_os_change,
}


def realistic_body(operation_id: str, body: dict[str, Any]) -> dict[str, Any]:
    """``body`` with catalogue ids where ``operation_id`` needs them (changed in place and returned)."""
    fix = _BY_OPERATION.get(operation_id)
    if fix is not None:
        fix(body)
    return body
