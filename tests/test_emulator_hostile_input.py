"""Hostile input against the emulator: whatever bytes arrive with a valid signature, the answer is a
4xx in the operation's error shape (or the documented 2xx), never a 5xx, and nothing is stored that
cannot be read back.

Why families and not single examples: each rule of the request door (``request_body.py``) closes a
class of input (nesting depth, non-finite numbers, unpaired surrogates, encodings, size).  The tests
put every member of each class into every operation that takes a body, inside an otherwise valid body
(the reference's own sample), and after each round read every resource list back.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from modelarts_emulator.auth import DEFAULT_PASSWORD, DEFAULT_USER
from modelarts_emulator.request_body import MAX_BODY_BYTES, MAX_DEPTH
from modelarts_emulator.validation import spec_index

from .test_emulator_core import PROJECT, check_against_spec
from .test_emulator_core import app as app  # fixtures shared with the core tests
from .test_emulator_core import clock as clock
from .test_emulator_core import http as http

_INDEX = spec_index()
BODY_OPERATIONS = sorted(
    op_id
    for op_id, info in _INDEX.operations.items()
    if "requestBody" in info.spec and op_id != "create_iam_token" and _INDEX.request_example(op_id) is not None
)
"""Every ModelArts operation with a request body and a reference sample to start from."""

LISTS = (
    "/workspaces",
    "/training-jobs",
    "/training-job-configs",
    "/visualization-jobs",
    "/models",
    "/services",
    "/demanager/instances?de_type=Notebook",
)
"""A read of every resource family: none may fail after a hostile write."""

MARK = "__HOSTILE__"

NON_FINITE = ("NaN", "Infinity", "-Infinity", "1e400", "-1e400", "1E+999", "1" + "0" * 400, "-" + "9" * 400)
SURROGATES = ('"\\ud800"', '"\\udfff"', '"a\\udc00b"', '"\\udc00\\ud800"', '"x\\ud83d"')
"""Lone high, lone low, a low inside text, a reversed pair, a high at the end (each as a JSON escape)."""


def _url(operation_id: str) -> str:
    info = _INDEX.operations[operation_id]
    path = re.sub(r"\{([^}]+)\}", lambda m: PROJECT if m.group(1) == "project_id" else "1", info.template)
    return path


def _leaves(value: Any, kind: type | tuple[type, ...], at: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Paths to the leaves of a given type in a JSON value."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, kind, (*at, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _leaves(item, kind, (*at, index))
    elif isinstance(value, kind) and not isinstance(value, bool):
        yield at


def _with_raw(sample: Any, at: tuple[Any, ...], raw: str) -> bytes:
    """The sample as JSON text with the value at ``at`` replaced by the raw JSON token ``raw``."""
    doc = json.loads(json.dumps(sample))
    if not at:
        return raw.encode("utf-8")
    target = doc
    for key in at[:-1]:
        target = target[key]
    target[at[-1]] = MARK
    return json.dumps(doc).replace(f'"{MARK}"', raw).encode("utf-8")


def _hostile_bodies(operation_id: str) -> Iterator[tuple[str, bytes]]:
    sample = _INDEX.request_example(operation_id)
    strings = list(_leaves(sample, str))[:2]
    numbers = list(_leaves(sample, (int, float)))[:2] or strings[:1]
    for at in numbers:
        for token in NON_FINITE:
            yield f"number {token} at {at}", _with_raw(sample, at, token)
    for at in strings:
        for token in SURROGATES:
            yield f"string {token} at {at}", _with_raw(sample, at, token)
    if isinstance(sample, dict):
        text = json.dumps(sample)
        yield "surrogate key", ('{"\\ud800": 1, ' + text[1:]).encode()
    for at in strings[:1]:
        yield "array 1,000 deep", _with_raw(sample, at, "[" * 1000 + "]" * 1000)
        yield "object 1,000 deep", _with_raw(sample, at, '{"a":' * 1000 + "1" + "}" * 1000)
        yield "just over the depth limit", _with_raw(sample, at, "[" * MAX_DEPTH + "]" * MAX_DEPTH)
        yield "a number of 5,000 digits", _with_raw(sample, at, "9" * 5000)
    yield "whole body 10,000 deep", b"[" * 10_000 + b"]" * 10_000
    yield "whole body 100,000 deep objects", b'{"a":' * 100_000 + b"1" + b"}" * 100_000
    yield "Latin-1 bytes", json.dumps(sample, ensure_ascii=False).encode("utf-8") + b"\xe9"
    yield "UTF-16", json.dumps(sample).encode("utf-16")
    yield "byte order mark", b"\xef\xbb\xbf" + json.dumps(sample).encode()
    yield "NUL bytes", b"\x00" * 64
    yield "truncated", json.dumps(sample).encode()[:-1]
    yield "top-level string", b'"\\ud800"'
    yield "top-level NaN", b"NaN"


async def _assert_every_list_reads(http: httpx.AsyncClient) -> None:
    for path in LISTS:
        listed = await http.get(f"/v1/{PROJECT}{path}")
        assert listed.status_code == 200, f"{path} after a hostile write: {listed.status_code} {listed.text[:300]}"


@pytest.mark.parametrize("operation_id", BODY_OPERATIONS)
async def test_hostile_bodies_are_refused_and_nothing_is_stored(http: httpx.AsyncClient, operation_id: str) -> None:
    """Every member of every class, into one operation; then every resource family is read back."""
    info = _INDEX.operations[operation_id]
    answers: dict[str, int] = {}
    for label, body in _hostile_bodies(operation_id):
        response = await http.request(
            info.method, _url(operation_id), content=body, headers={"Content-Type": "application/json"}
        )
        answers[label] = response.status_code
        check_against_spec(operation_id, response.status_code, response.headers, response.json())
    assert all(400 <= status < 500 for status in answers.values()), answers
    await _assert_every_list_reads(http)


def test_the_family_covers_every_operation_with_a_body() -> None:
    with_body = {op for op, info in _INDEX.operations.items() if "requestBody" in info.spec}
    assert with_body - set(BODY_OPERATIONS) == {"create_iam_token"}


async def test_the_issue_reproductions(http: httpx.AsyncClient) -> None:
    deep = b'{"name":"deep1","grants":' + b"[" * 1000 + b"]" * 1000 + b"}"
    surrogate = b'{"name":"surrws1","description":"\\ud800"}'
    nan_config = json.dumps({"config_name": "nanconf", "spec_id": 1, "engine_id": 1, "worker_server_num": 1})
    nan_config = nan_config[:-1] + ', "parameter": [{"label": "lr", "value": NaN}]}'
    for url, body in (
        ("/workspaces", deep),
        ("/workspaces", surrogate),
        ("/training-job-configs", nan_config.encode()),
        ("/training-job-configs", b'{"config_name":"s1","config_desc":"\\udfff","spec_id":1}'),
    ):
        response = await http.post(f"/v1/{PROJECT}{url}", content=body, headers={"Content-Type": "application/json"})
        assert response.status_code == 400, response.text
    await _assert_every_list_reads(http)
    names = [ws["name"] for ws in (await http.get(f"/v1/{PROJECT}/workspaces")).json()["workspaces"]]
    assert "surrws1" not in names and "deep1" not in names


async def test_a_free_form_field_takes_nesting_up_to_the_limit(http: httpx.AsyncClient) -> None:
    """The limit leaves room for what the spec allows: a body as deep as the limit is judged by its schema."""
    sample = _INDEX.request_example("create_workspace")
    for depth, expected in ((MAX_DEPTH - 1, None), (MAX_DEPTH + 1, "deeper than")):
        body = {**sample, "name": f"depth{depth}", "description": "ok"}
        text = json.dumps(body)[:-1] + ', "extra": ' + "[" * (depth - 1) + "]" * (depth - 1) + "}"
        response = await http.post(
            f"/v1/{PROJECT}/workspaces", content=text.encode(), headers={"Content-Type": "application/json"}
        )
        assert response.status_code < 500, response.text
        if expected:
            assert response.status_code == 400 and expected in response.json()["error_msg"]


async def _stream(total: int, chunk: int = 1 << 20) -> AsyncIterator[bytes]:
    sent = 0
    while sent < total:
        size = min(chunk, total - sent)
        sent += size
        yield b" " * size


@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "chunked"])
async def test_a_body_over_12_mb_is_413_in_the_operations_shape(app: Any, declared: bool) -> None:
    """Refused before the signature is checked or the body parsed, whatever its framing."""
    size = MAX_BODY_BYTES + 1
    content: Any = b" " * size if declared else _stream(size)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://emulator.test") as raw:
        response = await raw.post(
            f"/v1/{PROJECT}/training-jobs", content=content, headers={"Content-Type": "application/json"}
        )
    assert response.status_code == 413, response.text
    body = response.json()
    assert body["error_code"] == "ModelArts.4104" and body["is_success"] is False
    check_against_spec("create_training_job", 413, response.headers, body)


async def test_a_body_of_exactly_12_mb_is_judged_not_refused_for_size(http: httpx.AsyncClient) -> None:
    body = b'{"job_name": "x"' + b" " * (MAX_BODY_BYTES - 18) + b"}"
    assert len(body) == MAX_BODY_BYTES - 1
    response = await http.post(
        f"/v1/{PROJECT}/training-jobs", content=body, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400 and "config" in response.json()["error_msg"]


async def test_a_huge_invalid_value_gets_a_short_message(http: httpx.AsyncClient) -> None:
    """Validators quote the offending value; a 10 MB string must not come back as a 10 MB message."""
    sample = _INDEX.request_example("create_workspace")
    body = json.dumps({**sample, "name": "n" * 10_000_000}).encode()
    response = await http.post(f"/v1/{PROJECT}/workspaces", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert len(response.content) < 5_000


JSON_TOKENS = st.sampled_from(
    ["NaN", "Infinity", "-1e400", '"\\ud800"', '"\\udc00"', "[" * 2000, "]", "{", "}", ",", ":", '"', "\\", "1", "null"]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    operation_id=st.sampled_from(BODY_OPERATIONS),
    body=st.one_of(
        st.binary(max_size=300),
        st.lists(JSON_TOKENS, max_size=40).map(lambda parts: "".join(parts).encode()),
        st.recursive(
            st.none() | st.booleans() | st.floats() | st.integers() | st.text(max_size=8),
            lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
            max_leaves=30,
        ).map(lambda value: json.dumps(value).encode()),
    ),
)
async def test_any_bytes_get_a_json_4xx_or_the_documented_success(
    http: httpx.AsyncClient, operation_id: str, body: bytes
) -> None:
    """Random bytes, token soup and random JSON (with NaN and infinities from ``st.floats``) as bodies."""
    info = _INDEX.operations[operation_id]
    response = await http.request(
        info.method, _url(operation_id), content=body, headers={"Content-Type": "application/json"}
    )
    assert response.status_code < 500, f"{operation_id} {body[:200]!r}: {response.text[:300]}"
    check_against_spec(operation_id, response.status_code, response.headers, response.json() or None)
    if response.is_success:  # something was written: it must read back
        await _assert_every_list_reads(http)


async def _login(http: httpx.AsyncClient, password: str) -> httpx.Response:
    user = {"name": DEFAULT_USER, "password": password, "domain": {"name": "acct"}}
    identity = {"methods": ["password"], "password": {"user": user}}
    scope = {"project": {"id": PROJECT}}
    return await http.post("/v3/auth/tokens", json={"auth": {"identity": identity, "scope": scope}})


ADVANCE_BODIES = [
    b'{"seconds": 1e400}',
    b'{"seconds": -1e400}',
    b'{"seconds": NaN}',
    b'{"seconds": Infinity}',
    b'{"seconds": 1e300}',
    b'{"seconds": 3.2e9}',
    b'{"seconds": -1}',
    b'{"seconds": "10"}',
    b'{"seconds": true}',
    b'{"seconds": null}',
    b'{"seconds": [1]}',
    b'{"seconds": 9' + b"9" * 5000 + b"}",
    b'{"seconds": 1' + b"0" * 400 + b"}",
    b'{"seconds": 1' + b"0" * 20 + b"}",
    b"{}",
    b"[]",
    b"10",
    b"{not json",
    b'{"seconds": "\\ud800"}',
    b"[" * 5000 + b"]" * 5000,
    b"\xff\xfe",
]


@pytest.mark.parametrize("body", ADVANCE_BODIES, ids=range(len(ADVANCE_BODIES)))
async def test_admin_clock_advance_refuses_bad_steps_in_json(http: httpx.AsyncClient, body: bytes) -> None:
    before = (await http.get("/_emulator/health")).json()["now_ms"]
    response = await http.post("/_emulator/clock/advance", content=body)
    assert response.status_code == 400, response.text
    assert response.headers["content-type"] == "application/json"
    assert response.json()["error_code"] == "ModelArts.0107" and response.json()["error_msg"]
    assert (await http.get("/_emulator/health")).json()["now_ms"] == before
    assert (await _login(http, "wrong")).status_code == 401  # the IAM route still answers, not a 500


async def test_admin_clock_advance_stops_before_dates_break(http: httpx.AsyncClient) -> None:
    """Steps that are each allowed cannot add up past the year 3000; tokens are still issued after."""
    answers = [(await http.post("/_emulator/clock/advance", json={"seconds": 3e9})).status_code for _ in range(12)]
    assert answers[0] == 200 and answers[-1] == 400, answers
    issued = await _login(http, DEFAULT_PASSWORD)
    assert issued.status_code == 201, issued.text
    assert issued.json()["token"]["expires_at"].startswith("2")  # a real date, before the year 3000
    assert (await http.get(f"/v1/{PROJECT}/training-jobs")).status_code == 200


EDGE_VALUES: st.SearchStrategy[Any] = st.sampled_from(
    [
        0,
        -1,
        2**31 - 1,
        2**31,
        -(2**31),
        2**63 - 1,
        2**63,
        -(2**63),
        10**30,
        10**300,
        1e308,
        -1e308,
        5e-324,
        0.5,
        "",
        " ",
        "\x00",
        "\t\r\n",
        "../../etc/passwd",
        "%00",
        "\u202e\ufeff",
        "😀" * 3,
        "a" * 70_000,
        [],
        {},
        None,
        True,
    ]
)


@st.composite
def _mutated_samples(draw: st.DrawFn) -> tuple[str, bytes]:
    """A reference sample with one leaf (or a whole sub-object) replaced by an edge value."""
    operation_id = draw(st.sampled_from(BODY_OPERATIONS))
    sample = _INDEX.request_example(operation_id)
    leaves = list(_leaves(sample, (str, int, float))) + list(_leaves(sample, (dict, list)))
    doc = json.loads(json.dumps(sample))
    if leaves:
        at = draw(st.sampled_from(leaves))
        target = doc
        for key in at[:-1]:
            target = target[key]
        if at:
            target[at[-1]] = draw(EDGE_VALUES)
    return operation_id, json.dumps(doc).encode()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=_mutated_samples())
async def test_a_sample_with_one_edge_value_never_gets_a_5xx(http: httpx.AsyncClient, case: tuple[str, bytes]) -> None:
    """Schema-valid extremes (int64 bounds, 1e308, 70,000 characters) reach the handlers: they must cope."""
    operation_id, body = case
    info = _INDEX.operations[operation_id]
    response = await http.request(
        info.method, _url(operation_id), content=body, headers={"Content-Type": "application/json"}
    )
    assert response.status_code < 500, f"{operation_id} {body[:300]!r}: {response.text[:300]}"
    check_against_spec(operation_id, response.status_code, response.headers, response.json() or None)
    if response.is_success:
        await _assert_every_list_reads(http)


PATH_TEXT = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["\x00", "%", "..", "\ud7ff", "\U0010ffff", " ", "a/b", "?", "#", "9" * 40, "-1", "1e400"]),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    operation_id=st.sampled_from(sorted(_INDEX.operations)),
    path_value=PATH_TEXT,
    query=st.lists(st.tuples(st.sampled_from(["page", "per_page", "offset", "limit", "status", "x"]), PATH_TEXT)),
)
async def test_odd_path_and_query_values_never_get_a_5xx(
    http: httpx.AsyncClient, operation_id: str, path_value: str, query: list[tuple[str, str]]
) -> None:
    from urllib.parse import quote, urlencode

    info = _INDEX.operations[operation_id]
    encoded = quote(path_value.encode("utf-8", "surrogatepass"), safe="")
    path = re.sub(r"\{([^}]+)\}", lambda m: PROJECT if m.group(1) == "project_id" else encoded, info.template)
    body = json.dumps(_INDEX.request_example(operation_id) or {}).encode() if "requestBody" in info.spec else b""
    url = path + ("?" + urlencode(query) if query else "")
    response = await http.request(info.method, url, content=body, headers={"Content-Type": "application/json"})
    assert response.status_code < 500, f"{info.method} {url}: {response.text[:300]}"
    assert response.headers["content-type"].startswith("application/json") or response.status_code == 204
