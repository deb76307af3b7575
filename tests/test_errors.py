"""Tests for ``modelarts_overlays.errors``: body shapes, classes, messages."""

from __future__ import annotations

import json
import pickle
import secrets
import traceback
from collections.abc import Callable, Mapping
from typing import Any

import httpx
import pytest
import respx

from modelarts_client.errors import MalformedResponse
from modelarts_overlays import AkSkAuth, RetryPolicy, Session, errors, redaction, resolve_operation
from modelarts_overlays.errors import (
    AuthenticationError,
    BadRequestError,
    ClientError,
    ConflictError,
    ModelArtsError,
    NotFoundError,
    OperationFailedError,
    PermissionDeniedError,
    ServerError,
    ThrottlingError,
    UnexpectedResponseError,
    error_from_response,
    lookup_error_code,
    raise_for_response,
)

GATEWAY_PAGE = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
    b"<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body>\r\n</html>"
)


def body(**fields: Any) -> bytes:
    return json.dumps(fields).encode()


def error(status: int, content: bytes, headers: Mapping[str, str] | None = None) -> ModelArtsError:
    result = error_from_response(status, content, headers or {})
    assert result is not None
    return result


# --------------------------------------------------------------------------
# Body shapes
# --------------------------------------------------------------------------


def test_error_msg_shape_with_request_id() -> None:
    content = body(error_code="ModelArts.0102", error_msg="Job 42 does not exist.", request_id="req-body")
    exc = error(404, content, {"X-request-id": "req-header"})
    assert type(exc) is NotFoundError
    assert (exc.status_code, exc.error_code, exc.error_msg) == (404, "ModelArts.0102", "Job 42 does not exist.")
    assert exc.request_id == "req-body"  # the body wins over the header
    assert exc.body == content


@pytest.mark.parametrize("message_key", ["error_message", "error_msg"])
def test_is_success_shape_both_spellings(message_key: str) -> None:
    content = body(is_success=False, error_code="ModelArts.0103", **{message_key: "name taken"})
    exc = error(409, content)
    assert type(exc) is ConflictError
    assert exc.error_code == "ModelArts.0103"
    assert exc.error_msg == "name taken"
    assert exc.request_id is None


def test_gateway_shape_without_code() -> None:
    exc = error(401, body(error_msg="Incorrect IAM authentication information"))
    assert type(exc) is AuthenticationError
    assert exc.error_code is None
    assert exc.error_msg == "Incorrect IAM authentication information"


def test_keystone_nested_shape() -> None:
    exc = error(401, body(error={"code": "401", "message": "The request you have made requires authentication."}))
    assert exc.error_code == "401"
    assert exc.error_msg == "The request you have made requires authentication."


def test_non_string_code_and_empty_fields() -> None:
    exc = error(400, body(error_code=1234, error_msg="", error_message="second spelling", request_id=None))
    assert exc.error_code == "1234"
    assert exc.error_msg == "second spelling"
    assert exc.request_id is None


# --------------------------------------------------------------------------
# Classes by status
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (429, ThrottlingError),
        (405, ClientError),
        (418, ClientError),
        (500, ServerError),
        (503, ServerError),
        (599, ServerError),
        (302, UnexpectedResponseError),
        (101, UnexpectedResponseError),
    ],
)
def test_class_by_status(status: int, cls: type[ModelArtsError]) -> None:
    exc = error(status, body(error_code="ModelArts.0010", error_msg="boom"))
    assert type(exc) is cls
    assert exc.status_code == status


def test_family_relations() -> None:
    for cls in (BadRequestError, AuthenticationError, PermissionDeniedError, NotFoundError, ConflictError):
        assert issubclass(cls, ClientError)
    assert issubclass(ThrottlingError, ClientError)
    assert not issubclass(ServerError, ClientError)
    assert issubclass(ClientError, ModelArtsError) and issubclass(ServerError, ModelArtsError)


@pytest.mark.parametrize("status", [200, 201, 202, 204])
def test_successes_are_not_errors(status: int) -> None:
    assert error_from_response(status, body(is_success=True, id="x"), {}) is None
    assert error_from_response(status, body(items=[]), {}) is None
    assert error_from_response(status, b"", {}) is None
    assert error_from_response(status, b"[1, 2]", {}) is None
    assert error_from_response(status, b"2024-01-01 log line\n", {}) is None  # plain text download
    raise_for_response(status, body(is_success=True), {})  # does not raise


def test_is_success_false_on_200() -> None:
    content = body(is_success=False, error_code="ModelArts.0102", error_message="no such job")
    exc = error(200, content, {"X-Request-Id": "r-200"})
    assert type(exc) is OperationFailedError
    assert isinstance(exc, ClientError)
    assert exc.status_code == 200
    assert exc.error_code == "ModelArts.0102"
    assert exc.request_id == "r-200"
    assert str(exc).startswith("HTTP 200 OK, error ModelArts.0102: no such job (request id r-200)")


def test_is_success_must_be_boolean_false() -> None:
    # Only a real ``false`` marks a failure; a missing or truthy flag is success.
    assert error_from_response(200, body(is_success="yes", error_code="x"), {}) is None
    assert error_from_response(200, body(error_code="ModelArts.0102"), {}) is None


# --------------------------------------------------------------------------
# Unreadable bodies
# --------------------------------------------------------------------------


def test_html_gateway_page_keeps_status_class() -> None:
    exc = error(502, GATEWAY_PAGE, {"x-request-id": "gw-1"})
    assert isinstance(exc, ServerError)
    assert isinstance(exc, UnexpectedResponseError)
    assert type(exc).__name__ == "UnreadableServerError"
    assert exc.error_code is None and exc.error_msg is None
    assert exc.body == GATEWAY_PAGE
    assert exc.request_id == "gw-1"
    text = str(exc)
    assert text.splitlines()[0] == "HTTP 502 Bad Gateway: an HTML page titled '502 Bad Gateway' (request id gw-1)"
    assert "HTTP 502 means:" in text


@pytest.mark.parametrize(
    ("status", "base"),
    [(404, NotFoundError), (429, ThrottlingError), (403, PermissionDeniedError), (451, ClientError)],
)
def test_unreadable_variants(status: int, base: type[ModelArtsError]) -> None:
    exc = error(status, b"<html><body>denied</body></html>")
    assert isinstance(exc, base) and isinstance(exc, UnexpectedResponseError)


@pytest.mark.parametrize("content", [b"not json at all", b'{"error_code": "trunc', b"\xff\xfe\x00garbage", b'"str"'])
def test_non_json_bodies(content: bytes) -> None:
    exc = error(500, content)
    assert isinstance(exc, ServerError) and isinstance(exc, UnexpectedResponseError)
    assert exc.body == content
    assert "not a JSON object" in str(exc)


def test_empty_error_body_is_a_plain_status_error() -> None:
    exc = error(404, b"", {"X-request-id": "empty"})
    assert type(exc) is NotFoundError
    assert str(exc).splitlines()[0] == "HTTP 404 Not Found (request id empty)"


def test_httpx_headers_are_accepted() -> None:
    response = httpx.Response(503, content=GATEWAY_PAGE, headers={"X-REQUEST-ID": " spaced "})
    exc = error(response.status_code, response.content, response.headers)
    assert exc.request_id == "spaced"


# --------------------------------------------------------------------------
# Messages and the code table
# --------------------------------------------------------------------------


def test_str_explains_a_known_code() -> None:
    exc = error(404, body(error_code="ModelArts.0102", error_msg="job gone", request_id="abc"))
    assert str(exc).splitlines() == [
        "HTTP 404 Not Found, error ModelArts.0102: job gone (request id abc)",
        "  ModelArts.0102 (Basic error): Requested resource not found.",
        "  How to fix: Supply a valid resource ID.",
    ]
    info = exc.info
    assert info is not None
    assert (info.module, info.message, info.solution) == (
        "Basic error",
        "Requested resource not found.",
        "Supply a valid resource ID.",
    )


def test_code_without_documented_solution() -> None:
    exc = error(403, body(error_code="ModelArts.0207", error_msg="no OBS"))
    assert exc.info is not None and exc.info.solution is None
    assert "  How to fix: none documented in the error code table." in str(exc).splitlines()


def test_unknown_code() -> None:
    exc = error(400, body(error_code="ModelArts.9999", error_msg="odd"))
    assert exc.info is None
    lines = str(exc).splitlines()
    assert lines[1] == "  ModelArts.9999 is not in the ModelArts error code table (chapter 10.2)."
    assert lines[2].startswith("  HTTP 400 means: ")


def test_lookup_is_case_insensitive_and_loaded_once() -> None:
    errors._code_table.cache_clear()
    assert lookup_error_code("modelarts.0102") == lookup_error_code("ModelArts.0102")
    assert lookup_error_code("APIG.0201") is not None
    assert lookup_error_code("nope") is None
    assert errors._code_table.cache_info().misses == 1


def test_every_table_row_loads() -> None:
    table = errors._code_table()
    assert len(table) > 200
    assert all(row.code.casefold() == key and row.message for key, row in table.items())


def test_huge_message_is_truncated_in_str_only() -> None:
    message = "x" * 100_000
    exc = error(400, body(error_code="ModelArts.0104", error_msg=message))
    assert exc.error_msg == message
    headline = str(exc).splitlines()[0]
    assert len(headline) < errors.MAX_TEXT_CHARS + 200
    assert headline.endswith(f"... [{100_000 - errors.MAX_TEXT_CHARS} more characters]")


def test_huge_unreadable_body_preview_is_short() -> None:
    content = b"A" * 1_000_000
    exc = error(500, content)
    assert exc.body == content
    assert len(str(exc)) < 1000
    assert "[1000000 bytes]" in str(exc)


def test_message_newlines_cannot_forge_lines() -> None:
    exc = error(400, body(error_msg="bad\nINFO fake log line\r\nmore"))
    assert str(exc).splitlines()[0] == "HTTP 400 Bad Request: bad INFO fake log line more"
    assert exc.error_msg == "bad\nINFO fake log line\r\nmore"


# --------------------------------------------------------------------------
# Secrets, raising, pickling
# --------------------------------------------------------------------------


def test_headers_other_than_request_id_are_not_kept() -> None:
    token = "MIIZ-secret-subject-token"
    exc = error(401, body(error_msg="bad"), {"X-Subject-Token": token, "X-request-id": "r"})
    assert token not in str(exc) and token not in repr(exc)
    assert token not in repr(vars(exc))


def test_repr_omits_body() -> None:
    exc = error(400, body(error_code="ModelArts.0104", error_msg="payload text", echo="password=hunter2"))
    assert repr(exc) == "BadRequestError(status_code=400, error_code='ModelArts.0104', request_id=None)"


def test_raise_for_response() -> None:
    with pytest.raises(ThrottlingError) as caught:
        raise_for_response(429, body(error_code="APIG.0308", error_msg="throttled"), {"X-request-id": "t"})
    assert caught.value.request_id == "t"


@pytest.mark.parametrize(
    ("status", "content"),
    [(404, body(error_code="ModelArts.0102", error_msg="gone", request_id="p")), (502, GATEWAY_PAGE)],
)
def test_pickle_round_trip(status: int, content: bytes) -> None:
    exc = error(status, content, {"X-request-id": "p"})
    copy = pickle.loads(pickle.dumps(exc))
    assert type(copy) is type(exc)
    assert (copy.status_code, copy.error_code, copy.error_msg, copy.request_id, copy.body) == (
        exc.status_code,
        exc.error_code,
        exc.error_msg,
        exc.request_id,
        exc.body,
    )
    assert str(copy) == str(exc)


def test_direct_construction() -> None:
    exc = ServerError(500, error_code="ModelArts.0010")
    assert exc.body == b"" and exc.error_msg is None
    assert "Unknown internal failure." in str(exc)


# --------------------------------------------------------------------------
# A hostile server echoes credentials into its error answers
# --------------------------------------------------------------------------

MOCK_IAM = "https://iam.mock.test"
MOCK_MA = "https://modelarts.mock.test"
ECHO_PASSWORD = "pw-echo-" + secrets.token_hex(8)
ECHO_SK = "sk-echo-" + secrets.token_hex(12)
ECHO_STS = "sts-echo-" + secrets.token_urlsafe(24)

# (status, body shape): both shapes of the spec, as 4xx, 5xx and as a 2xx refusal (is_success: false).
ECHO_ANSWERS = [
    (400, "error_msg"),
    (401, "error_msg"),
    (403, "error_message"),
    (404, "error_msg"),
    (409, "error_message"),
    (500, "error_msg"),
    (503, "error_message"),
    (200, "error_msg"),
    (200, "error_message"),
]


# An operation whose documented error model is the shape, so the answer parses and the error is built from it.
OPERATION_FOR_SHAPE: dict[str, tuple[str, dict[str, Any]]] = {
    "error_msg": ("get_devenv_instance", {"instance_id": "6fa459ea-ee8a-3ca4-894e-db77e160355e"}),
    "error_message": ("list_training_jobs", {}),
}


def echoing(status: int, shape: str, known: dict[str, str]) -> Callable[[httpx.Request], httpx.Response]:
    """A ModelArts that copies what it received (and secrets it knows) into every field of its error."""

    def handler(request: httpx.Request) -> httpx.Response:
        heard = " ".join(f"{name}: {request.headers[name]}" for name in ("X-Auth-Token", "Authorization")
                         if name in request.headers)  # fmt: skip
        echo = f"{heard} raw {request.headers.get('X-Auth-Token', '')} {' '.join(known.values())}"
        payload: dict[str, Any] = {"error_code": f"ModelArts.{echo}", shape: f"rejected: {echo}"}
        if shape == "error_msg":
            payload["request_id"] = f"req {echo}"
        if status == 200 or shape == "error_message":
            payload["is_success"] = False
        payload["echo"] = echo
        return httpx.Response(status, json=payload, headers={"X-request-id": echo})

    return handler


def issuing(tokens: list[str]) -> Callable[[httpx.Request], httpx.Response]:
    """An IAM that issues a new random token per login."""

    def handler(request: httpx.Request) -> httpx.Response:
        tokens.append("MIIE" + secrets.token_urlsafe(48))
        body = {"token": {"expires_at": "2099-01-01T00:00:00.000000Z", "methods": ["password"]}}
        return httpx.Response(201, json=body, headers={"X-Subject-Token": tokens[-1]})

    return handler


def texts_of(error: BaseException) -> list[str]:
    """Every way an error is read, printed, logged or shipped."""
    texts = [str(error), repr(error), repr(error.args), repr(vars(error)), "".join(traceback.format_exception(error))]
    if isinstance(error, ModelArtsError):
        texts += [error.error_msg or "", error.error_code or "", error.request_id or ""]
        texts += [error.body.decode("utf-8", "replace"), str(pickle.loads(pickle.dumps(error)))]
    return texts


def assert_no_secret(named: dict[str, str], error: BaseException) -> None:
    found = [f"{name} in text #{i}" for i, text in enumerate(texts_of(error)) for name, value in named.items()
             if value in text]  # fmt: skip
    assert found == []  # names only: a failure does not print the secret


@pytest.mark.parametrize(("status", "shape"), ECHO_ANSWERS)
def test_echoed_token_and_password_never_reach_the_error(status: int, shape: str) -> None:
    tokens: list[str] = []
    with (
        respx.mock(assert_all_called=False) as router,
        Session(
            username="alice",
            password=ECHO_PASSWORD,
            project_id="p",
            endpoint=MOCK_MA,
            iam_endpoint=MOCK_IAM,
            retry=RetryPolicy(max_attempts=1),
        ) as session,  # fmt: skip
    ):
        router.post(f"{MOCK_IAM}/v3/auth/tokens").mock(side_effect=issuing(tokens))
        router.route(host="modelarts.mock.test").mock(side_effect=echoing(status, shape, {"pw": ECHO_PASSWORD}))
        operation, arguments = OPERATION_FOR_SHAPE[shape]
        with pytest.raises(ModelArtsError) as caught:
            session.call(resolve_operation(operation), **arguments)
    error = caught.value
    assert error.status_code == status and tokens
    assert error.__cause__ is None  # built from a parsed answer, not from a parse failure
    assert error.error_msg is not None and error.error_msg.count(redaction.MARKER) >= 3  # the echo did happen
    assert_no_secret({"password": ECHO_PASSWORD, **{f"token {i}": t for i, t in enumerate(tokens)}}, error)


@pytest.mark.parametrize(("status", "shape"), ECHO_ANSWERS)
async def test_echoed_secret_key_and_security_token_never_reach_the_error(status: int, shape: str) -> None:
    with respx.mock(assert_all_called=False) as router:
        session = Session(access_key="AKECHO", secret_key=ECHO_SK, security_token=ECHO_STS, project_id="p",
                          endpoint=MOCK_MA, retry=RetryPolicy(max_attempts=1))  # fmt: skip
        router.route(host="modelarts.mock.test").mock(
            side_effect=echoing(status, shape, {"sk": ECHO_SK, "sts": ECHO_STS})
        )
        async with session:
            operation, arguments = OPERATION_FOR_SHAPE[shape]
            with pytest.raises(ModelArtsError) as caught:
                await session.acall(resolve_operation(operation), **arguments)
    error = caught.value
    assert error.status_code == status and error.__cause__ is None
    assert "Authorization: SDK-HMAC-SHA256 Access=AKECHO" in (error.error_msg or "")  # the echo did happen
    assert_no_secret({"secret key": ECHO_SK, "security token": ECHO_STS}, error)


def test_echoed_token_in_an_unparseable_2xx_never_reaches_the_error_or_its_cause() -> None:
    tokens: list[str] = []

    def page(request: httpx.Request) -> httpx.Response:
        token = request.headers["X-Auth-Token"]
        return httpx.Response(200, content=f"<html><title>{token}</title>{token} {ECHO_PASSWORD}</html>".encode())

    with (
        respx.mock(assert_all_called=False) as router,
        Session(
            username="alice",
            password=ECHO_PASSWORD,
            project_id="p",
            endpoint=MOCK_MA,
            iam_endpoint=MOCK_IAM,
            retry=RetryPolicy(max_attempts=1),
        ) as session,  # fmt: skip
    ):
        router.post(f"{MOCK_IAM}/v3/auth/tokens").mock(side_effect=issuing(tokens))
        router.route(host="modelarts.mock.test").mock(side_effect=page)
        with pytest.raises(UnexpectedResponseError) as caught:
            session.call("list_training_jobs")
    error = caught.value
    assert error.body.count(redaction.MARKER.encode()) == 3
    assert isinstance(error.__cause__, MalformedResponse)
    assert_no_secret({"password": ECHO_PASSWORD, "token": tokens[0]}, error)
    assert_no_secret({"password": ECHO_PASSWORD, "token": tokens[0]}, error.__cause__)


def test_errors_made_directly_are_scrubbed_too() -> None:
    token = "MIIF" + secrets.token_urlsafe(32)  # never registered: masked by the header rule
    auth = AkSkAuth("AK", ECHO_SK)
    exc = error(
        403,
        body(error_code="APIG.0301", error_msg=f"X-Auth-Token: {token}, sk={ECHO_SK}", request_id=ECHO_SK),
        {"X-request-id": "r"},
    )
    assert_no_secret({"secret key": ECHO_SK, "token": token}, exc)
    assert exc.error_msg == f"X-Auth-Token: {redaction.MARKER}, sk={redaction.MARKER}"
    del auth
