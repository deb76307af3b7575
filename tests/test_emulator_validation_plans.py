"""The parameter plans judge requests exactly as openapi-core's full request unmarshalling does.

Why: a request without a body is validated through per-operation plans (openapi-core's own
deserialisers, validators and unmarshallers, built once) instead of openapi-core's unmarshalling
walk, which rebuilds all of them on every request.  For every bodiless operation of the spec and a
spread of parameter values -- defaults, valid values, values of the wrong type, out of range, not
in the enum, empty -- the answer through the plans must be the full walk's answer: the same typed
values, or a refusal with the same message.
"""

from __future__ import annotations

from typing import Any

import pytest

from modelarts_emulator.validation import OperationInfo, SpecIndex, ValidationFailure, spec_index

from .conftest import deref


def _parameters(index: SpecIndex, info: OperationInfo) -> list[dict[str, Any]]:
    item = index.spec["paths"][info.template]
    found = [deref(p, index.spec) for p in info.spec.get("parameters", []) + item.get("parameters", [])]
    return found


def _good(schema: dict[str, Any]) -> str:
    if "default" in schema:
        return str(schema["default"]).lower() if isinstance(schema["default"], bool) else str(schema["default"])
    if "enum" in schema:
        return str(schema["enum"][-1])
    kind = schema.get("type")
    if kind == "integer":
        return str(max(int(schema.get("minimum", 0)), 1))
    if kind == "number":
        return "1.5"
    if kind == "boolean":
        return "true"
    return "abc"


BAD_VALUES = ["", "abc", "-1", "99999999999", "1.5", "true", "x" * 300, "\n"]


def _cases(index: SpecIndex, info: OperationInfo) -> list[tuple[dict[str, str], list[tuple[str, str]]]]:
    params = _parameters(index, info)
    path = {p["name"]: "12" for p in params if p["in"] == "path"}
    query = [p for p in params if p["in"] == "query"]
    schemas = {p["name"]: deref(p.get("schema", {}), index.spec) for p in query}
    cases: list[tuple[dict[str, str], list[tuple[str, str]]]] = [(path, [])]
    cases.append((path, [(name, _good(schema)) for name, schema in schemas.items()]))
    for name in schemas:
        for bad in BAD_VALUES:
            cases.append((path, [(name, bad)]))
    cases.append((path, [(name, "1") for name in schemas] + [("unknown", "x")]))
    cases.append(({name: "" for name in path}, []))
    for name in path:
        for bad in [*BAD_VALUES, "99999999999999999999", "1e3", " 7", "0x10"]:
            cases.append(({**path, name: bad}, []))
    return cases


def _outcome(index: SpecIndex, info: OperationInfo, path: dict[str, str], query: list[tuple[str, str]]) -> Any:
    try:
        return index.validate(info, path_params=path, query=query, headers={}, body=b"", content_type="")
    except ValidationFailure as exc:
        return ("refused", exc.message)


BODILESS = sorted(op for op, info in spec_index().operations.items() if "requestBody" not in info.spec)


@pytest.mark.parametrize("operation_id", BODILESS)
def test_plans_answer_like_the_full_unmarshalling(operation_id: str, monkeypatch: pytest.MonkeyPatch) -> None:
    index = spec_index()
    info = index.operations[operation_id]
    cases = _cases(index, info)
    planned = [_outcome(index, info, path, query) for path, query in cases]
    with monkeypatch.context() as patch:
        patch.setattr(index, "_plan", lambda info: None)  # every request takes openapi-core's walk
        walked = [_outcome(index, info, path, query) for path, query in cases]
    for case, mine, theirs in zip(cases, planned, walked, strict=True):
        assert mine == theirs, case


def test_some_cases_are_refused_and_some_accepted() -> None:
    """The cases above are not all of one kind (a guard on the test itself)."""
    index = spec_index()
    info = index.operations["list_training_jobs"]
    outcomes = [_outcome(index, info, path, query) for path, query in _cases(index, info)]
    assert any(o[0] == "refused" for o in outcomes)
    accepted = [o for o in outcomes if o[0] != "refused"]
    assert accepted and accepted[0][1]["per_page"] == 10  # defaults applied, typed


def test_a_remembered_parameter_set_is_handed_out_as_a_fresh_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    index = SpecIndex()  # its own memory
    info = index.operations["list_training_jobs"]
    query = [("per_page", "7"), ("sortBy", "create_time")]

    def judge(pairs: list[tuple[str, str]] = query) -> tuple[dict[str, Any], dict[str, Any], Any]:
        return index.validate(info, path_params={"project_id": "p"}, query=pairs, headers={}, body=b"", content_type="")

    first = judge()
    first[1]["per_page"] = 999  # a handler changing what it was given
    first[0]["project_id"] = "elsewhere"
    second = judge()
    assert second[1]["per_page"] == 7 and second[0] == {"project_id": "p"}
    assert len(index._remembered) == 1
    with pytest.raises(ValidationFailure):
        index.validate(
            info, path_params={"project_id": "p"}, query=[("per_page", "0")], headers={}, body=b"", content_type=""
        )
    assert len(index._remembered) == 1  # a refusal is judged again next time, not remembered
    monkeypatch.setattr("modelarts_emulator.validation.REMEMBERED_REQUESTS", 2)
    for n in range(1, 5):
        index.validate(
            info, path_params={"project_id": "p"}, query=[("page", str(n))], headers={}, body=b"", content_type=""
        )
    assert len(index._remembered) == 2
