"""The OpenAPI document is valid, consistent with its own conventions, and its examples fit."""

from __future__ import annotations

import re
from typing import Any

import pytest
from openapi_schema_validator import OAS30Validator
from openapi_spec_validator import validate

from .conftest import SPEC, deref, operations

OPERATIONS = list(operations())
OP_IDS = [op["operationId"] for _, _, op in OPERATIONS]


def schema_errors(schema: dict[str, Any], value: Any) -> list[str]:
    """Validate value against an OpenAPI 3.0 schema whose $refs point into the document."""
    rooted = dict(schema, components=SPEC["components"])
    return [f"{list(e.absolute_path)}: {e.message[:200]}" for e in OAS30Validator(rooted).iter_errors(value)]


def test_document_is_valid_openapi_3_0_3() -> None:
    assert SPEC["openapi"] == "3.0.3"
    validate(SPEC)


def test_operation_ids_are_unique_snake_case() -> None:
    assert len(OP_IDS) == len(set(OP_IDS)), sorted(i for i in OP_IDS if OP_IDS.count(i) > 1)
    for op_id in OP_IDS:
        assert re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)+", op_id), op_id


@pytest.mark.parametrize(("path", "method", "op"), OPERATIONS, ids=OP_IDS)
def test_operation_has_one_known_tag_and_a_summary(path: str, method: str, op: dict[str, Any]) -> None:
    tags = {tag["name"] for tag in SPEC["tags"]}
    assert len(op.get("tags", [])) == 1 and op["tags"][0] in tags
    assert op.get("summary")


@pytest.mark.parametrize(("path", "method", "op"), OPERATIONS, ids=OP_IDS)
def test_operation_declares_every_path_parameter(path: str, method: str, op: dict[str, Any]) -> None:
    item_params = SPEC["paths"][path].get("parameters", [])
    declared = {deref(p)["name"] for p in [*item_params, *op.get("parameters", [])] if deref(p)["in"] == "path"}
    assert declared == set(re.findall(r"{([^}]+)}", path))


@pytest.mark.parametrize(("path", "method", "op"), OPERATIONS, ids=OP_IDS)
def test_operation_has_a_success_and_an_error_response(path: str, method: str, op: dict[str, Any]) -> None:
    codes = set(op["responses"])
    assert any(code.startswith("2") for code in codes), codes
    assert "default" in codes
    assert op["responses"]["default"]["$ref"] in (
        "#/components/responses/ErrorIsSuccess",
        "#/components/responses/ErrorMsg",
    )


def _examples() -> list[tuple[str, dict[str, Any], Any]]:
    found: list[tuple[str, dict[str, Any], Any]] = []
    for _, _, op in OPERATIONS:
        oid = op["operationId"]
        for ctype, media in op.get("requestBody", {}).get("content", {}).items():
            for name, example in (media.get("examples") or {}).items():
                found.append((f"{oid}:request:{ctype}:{name}", media["schema"], deref(example)["value"]))
        for code, response in op["responses"].items():
            for ctype, media in (deref(response).get("content") or {}).items():
                for name, example in (media.get("examples") or {}).items():
                    found.append((f"{oid}:{code}:{ctype}:{name}", media["schema"], deref(example)["value"]))
        for param in op.get("parameters", []):
            param = deref(param)
            if "example" in param:
                found.append((f"{oid}:param:{param['name']}", param["schema"], param["example"]))
    for name, response in SPEC["components"].get("responses", {}).items():
        for ctype, media in (response.get("content") or {}).items():
            for ex_name, example in (media.get("examples") or {}).items():
                found.append((f"responses/{name}:{ctype}:{ex_name}", media["schema"], example["value"]))
    return found


EXAMPLES = _examples()


@pytest.mark.parametrize(("where", "schema", "value"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_example_validates_against_its_schema(where: str, schema: dict[str, Any], value: Any) -> None:
    assert schema_errors(schema, value) == []


def test_every_operation_has_a_success_example() -> None:
    """The reference gives a sample for every operation; each became an example."""
    missing = []
    for _, _, op in OPERATIONS:
        success = [deref(r) for code, r in op["responses"].items() if code.startswith("2")]
        medias = [m for r in success for m in (r.get("content") or {}).values()]
        if medias and not any(m.get("examples") for m in medias):
            missing.append(op["operationId"])
    assert missing == []


PAGED = [(path, method, op) for path, method, op in OPERATIONS if "x-pagination" in op]
MODE_KEYS = {
    "page": {"page_param", "first_page", "size_param"},
    "offset": {"offset_param", "offset_unit", "size_param"},
    "cursor": {"cursor_param"},
}
KNOWN_KEYS = {
    "mode", "page_param", "first_page", "size_param", "max_size", "default_size", "offset_param",
    "offset_unit", "cursor_param", "next_cursor", "items", "content", "params", "total", "in",
}  # fmt: skip


def field_schema(schema: dict[str, Any], dotted: str) -> dict[str, Any] | None:
    """The schema of a dotted field path inside an object schema, or None if it is not there."""
    node = deref(schema)
    for part in dotted.split("."):
        node = deref(node)
        if part not in node.get("properties", {}):
            return None
        node = deref(node["properties"][part])
    return node


@pytest.mark.parametrize(("path", "method", "op"), PAGED, ids=[op["operationId"] for _, _, op in PAGED])
def test_pagination_declaration_matches_the_operation(path: str, method: str, op: dict[str, Any]) -> None:
    decl = op["x-pagination"]
    assert set(decl) <= KNOWN_KEYS, set(decl) - KNOWN_KEYS
    assert MODE_KEYS[decl["mode"]] <= set(decl)
    where = decl.get("in", "query")
    assert where in ("query", "body")
    if where == "body":  # the paging fields are properties of the JSON request body
        body_schema = deref(op["requestBody"]["content"]["application/json"]["schema"])
        params: dict[str, dict[str, Any]] = {
            name: {"in": "body", "schema": deref(s)} for name, s in body_schema["properties"].items()
        }
    else:
        params = {
            deref(p)["name"]: deref(p) for p in [*SPEC["paths"][path].get("parameters", []), *op.get("parameters", [])]
        }
    for key in ("page_param", "size_param", "offset_param", "cursor_param"):
        if key in decl:
            assert decl[key] in params, f"{key}={decl[key]} is not a parameter"
            assert params[decl[key]]["in"] == where
    for name, value in decl.get("params", {}).items():
        assert value in params[name]["schema"].get("enum", [value]), (name, value)
    if "offset_unit" in decl:
        assert decl["offset_unit"] in ("record", "page")
    if "first_page" in decl:
        assert decl["first_page"] in (0, 1)
    size = params[decl["size_param"]]["schema"] if "size_param" in decl else {}
    if "max_size" in decl and "maximum" in size:
        assert decl["max_size"] == size["maximum"]
    if "default_size" in decl and "default" in size:
        assert decl["default_size"] == size["default"]
    success = next(deref(r) for code, r in op["responses"].items() if code.startswith("2"))
    body = success["content"]["application/json"]["schema"]
    if decl["mode"] == "cursor" and "content" in decl:
        content = field_schema(body, decl["content"])
        assert content is not None and content.get("type") == "string", f"content={decl['content']}"
    else:
        items = field_schema(body, decl["items"])
        assert items is not None and items.get("type") == "array", f"items={decl['items']}"
    for key in ("total", "next_cursor"):
        if key in decl:
            assert field_schema(body, decl[key]) is not None, f"{key}={decl[key]} not in response"


WAITED = [(path, method, op) for path, method, op in OPERATIONS if "x-waiter" in op]


def test_the_resources_with_a_lifecycle_have_waiters() -> None:
    assert {op["operationId"] for _, _, op in WAITED} >= {
        "get_training_job_version",
        "get_visualization_job",
        "get_devenv_instance",
        "get_service",
    }


@pytest.mark.parametrize(("path", "method", "op"), WAITED, ids=[op["operationId"] for _, _, op in WAITED])
def test_waiter_declaration_matches_the_operation(path: str, method: str, op: dict[str, Any]) -> None:
    decl = op["x-waiter"]
    assert method == "get"
    assert set(decl) <= {"status", "success", "failure", "delay", "max_delay"}
    success = next(deref(r) for code, r in op["responses"].items() if code.startswith("2"))
    field = field_schema(success["content"]["application/json"]["schema"], decl["status"])
    assert field is not None, f"status={decl['status']} not in response"
    assert decl["success"] and not set(decl["success"]) & set(decl["failure"])
    assert set(decl["success"]) | set(decl["failure"]) <= set(field["enum"])
    assert 0 < decl["delay"] <= decl["max_delay"]


def _layout() -> list[tuple[int, list[str], list[str]]]:
    """spec/README.md's layout table: (order, tags, schema prefixes) per row."""
    from .conftest import ROOT

    text = (ROOT / "spec" / "README.md").read_text(encoding="utf-8")
    section = text.split("## How the document is laid out", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 5 and cells[0].isdigit():
            rows.append((int(cells[0]), cells[1].split(", "), re.findall(r"`(\w+)`", cells[4])))
    return rows


LAYOUT = _layout()


def test_the_layout_table_names_every_tag_once() -> None:
    named = [tag for _, tags, _ in LAYOUT for tag in tags]
    assert sorted(named) == sorted(tag["name"] for tag in SPEC["tags"])


def test_chapters_follow_the_layout_order_in_paths_and_schemas() -> None:
    """A chapter is one contiguous run: its operations, and its schemas, never come before an
    earlier chapter's (spec/README.md, "How the document is laid out")."""
    row_of_tag = {tag: order for order, tags, _ in LAYOUT for tag in tags}
    path_rows = [row_of_tag[op["tags"][0]] for _, _, op in OPERATIONS]
    assert path_rows == sorted(path_rows), [op["operationId"] for _, _, op in OPERATIONS]
    prefixes = sorted(((p, order) for order, _, ps in LAYOUT for p in ps), key=lambda x: -len(x[0]))
    schema_rows = []
    for name in SPEC["components"]["schemas"]:
        row = next((order for prefix, order in prefixes if re.match(prefix + r"(?![a-z])", name)), None)
        if row is not None:
            schema_rows.append((row, name))
    assert [r for r, _ in schema_rows] == sorted(r for r, _ in schema_rows), schema_rows


def _property_schemas() -> list[tuple[str, dict[str, Any]]]:
    """(Schema.property, its schema) for every property of every named schema, nested ones too."""
    found: list[tuple[str, dict[str, Any]]] = []

    def walk(where: str, schema: dict[str, Any]) -> None:
        for name, prop in (schema.get("properties") or {}).items():
            found.append((f"{where}.{name}", prop))
            walk(f"{where}.{name}", prop)
        if isinstance(schema.get("items"), dict):
            walk(where, schema["items"])

    for name, schema in SPEC["components"]["schemas"].items():
        walk(name, schema)
    return found


TIME_WORDS = {"epoch-ms": "epoch milliseconds", "epoch-s": "epoch seconds"}


def test_timestamps_say_how_they_are_written() -> None:
    """x-timestamp and the description agree, both ways, and sit on a type that can hold the time."""
    problems = []
    for where, prop in _property_schemas():
        text = str(prop.get("description", "")).lower()
        said = next((kind for kind, words in TIME_WORDS.items() if words in text), None)
        if said is None and (prop.get("format") == "date-time" or "rfc 3339" in text):
            said = "rfc3339"
        marked = prop.get("x-timestamp")
        if marked != said:
            problems.append(f"{where}: x-timestamp {marked!r}, description says {said!r}")
        elif marked == "rfc3339" and prop.get("type") != "string":
            problems.append(f"{where}: rfc3339 on a {prop.get('type')}")
        elif marked in TIME_WORDS and prop.get("type") not in ("integer", "string"):
            problems.append(f"{where}: {marked} on a {prop.get('type')}")
    assert not problems, "\n".join(problems)
    assert sum(1 for _, prop in _property_schemas() if "x-timestamp" in prop) >= 50
