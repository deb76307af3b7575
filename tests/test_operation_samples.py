"""Every operation, called through the generated client, sends the reference's sample request and
parses the reference's sample response into the documented model without losing a field.

The server side is an httpx.MockTransport that checks the request line and body, then answers the
operation's documented success example; this stands in until a test can reach the emulator.
"""

from __future__ import annotations

import importlib
import json
import re
import typing
from typing import Any
from urllib.parse import quote

import attrs
import httpx
import pytest
from dateutil.parser import isoparse
from openapi_python_client.strings import PythonIdentifier

from modelarts_client import Client

from .conftest import SPEC, deref, operations

CASES = sorted(((op["operationId"], path, method, op) for path, method, op in operations()), key=lambda c: c[0])


def module_for(op: dict[str, Any]) -> Any:
    tag = PythonIdentifier(op["tags"][0], prefix="")
    return importlib.import_module(f"modelarts_client.api.{tag}.{op['operationId']}")


def sample_value(param: dict[str, Any]) -> Any:
    """A value for a parameter: its example, else its default, first enum value, or a plain one."""
    if "example" in param:
        return param["example"]
    schema = deref(param["schema"])
    for key in ("default", "example"):
        if key in schema:
            return schema[key]
    if "enum" in schema:
        return schema["enum"][0]
    return {"integer": 1, "number": 1.5, "boolean": True}.get(schema.get("type", "string"), "sample-1")


RFC3339 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)")


def without_nulls(value: Any) -> Any:
    """Drop null members (the client treats a null optional field as absent, see README) and read
    RFC 3339 strings as datetimes (`Z` and `+00:00` are the same instant)."""
    if isinstance(value, dict):
        return {k: without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [without_nulls(v) for v in value]
    if isinstance(value, str) and RFC3339.fullmatch(value):
        return isoparse(value)
    return value


def undeclared_fields(value: Any, where: str = "$") -> list[str]:
    """Sample fields that ended up in a model's unknown-keys dict although the model declares fields:
    a field the reference's sample shows but the spec does not describe."""
    found: list[str] = []
    if attrs.has(type(value)):
        unknown_keys = ("additional_properties", "extra_properties")
        declared = [f.name for f in attrs.fields(type(value)) if f.name not in unknown_keys]
        extra = getattr(value, "extra_properties", None)
        if extra is None:
            extra = getattr(value, "additional_properties", {})
        if declared and isinstance(extra, dict):
            found += [f"{where}.{key}" for key in extra]
        for name in declared:
            found += undeclared_fields(getattr(value, name), f"{where}.{name}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += undeclared_fields(item, f"{where}[{index}]")
    return found


def first_example(media: dict[str, Any] | None) -> Any:
    examples = (media or {}).get("examples") or {}
    return deref(next(iter(examples.values())))["value"] if examples else None


def build_call(path: str, op: dict[str, Any], module: Any) -> tuple[dict[str, Any], str, Any]:
    """Keyword arguments for the generated function, the expected URL path and the request JSON."""
    kwargs: dict[str, Any] = {}
    url_path = path
    hints = typing.get_type_hints(module.sync_detailed)
    params = [deref(p) for p in [*SPEC["paths"][path].get("parameters", []), *op.get("parameters", [])]]
    for param in params:
        if param["in"] == "header" or (param["in"] == "query" and not param.get("required")):
            continue
        value = sample_value(param)
        name = PythonIdentifier(param["name"], prefix="field_")
        hint = hints[name]
        candidates = typing.get_args(hint) or (hint,)
        enum_type = next((t for t in candidates if isinstance(t, type) and hasattr(t, "_missing_")), None)
        kwargs[name] = enum_type(value) if enum_type else value
        if param["in"] == "path":
            url_path = url_path.replace("{" + param["name"] + "}", quote(str(value), safe=""))
    body_json = None
    content = op.get("requestBody", {}).get("content", {})
    if "application/json" in content:
        body_json = first_example(content["application/json"])
        assert body_json is not None, "request body has no example"
        body_type = next(t for t in typing.get_args(hints["body"]) or (hints["body"],) if hasattr(t, "from_dict"))
        kwargs["body"] = body_type.from_dict(body_json)
    return kwargs, url_path, body_json


@pytest.mark.parametrize(("op_id", "path", "method", "op"), CASES, ids=[c[0] for c in CASES])
def test_operation_round_trips_the_reference_sample(op_id: str, path: str, method: str, op: dict[str, Any]) -> None:
    module = module_for(op)
    kwargs, url_path, body_json = build_call(path, op, module)
    code, response = next((c, deref(r)) for c, r in op["responses"].items() if c.startswith("2"))
    answer = first_example((response.get("content") or {}).get("application/json"))
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if answer is None:
            return httpx.Response(int(code))
        return httpx.Response(int(code), json=answer)

    client = Client(base_url="https://modelarts.test").set_httpx_client(
        httpx.Client(base_url="https://modelarts.test", transport=httpx.MockTransport(handler))
    )
    result = module.sync_detailed(client=client, **kwargs)

    (request,) = seen
    assert request.method == method.upper()
    assert request.url.raw_path.decode().split("?")[0] == url_path
    if body_json is not None:
        assert without_nulls(json.loads(request.content)) == without_nulls(body_json)
    assert result.status_code == int(code)
    if answer is not None:
        assert result.parsed is not None
        parsed = result.parsed.to_dict() if hasattr(result.parsed, "to_dict") else result.parsed
        assert without_nulls(parsed) == without_nulls(answer)
        assert undeclared_fields(result.parsed) == []
