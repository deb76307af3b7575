"""The ASGI application: routing by the spec, auth, validation, dispatch, error rendering.

Why one catch-all endpoint instead of a Starlette route per operation: the spec is the routing
table (path templates and methods -> operationId), so 404 vs 405, validation and the error shape
of each operation all come from the same parsed document; resource modules only register handlers
by operationId (``framework.operation``).

Inference requests to a real-time service's access address, ``/v1/infers/<project>/<service>/...``,
are not API operations: ``inference.py`` answers them with a toy model, after the same auth.

Admin routes live outside the API namespace, under ``/_emulator/``: ``POST /_emulator/reset``,
``POST /_emulator/clock/advance`` (``{"seconds": N}``), ``GET /_emulator/health``, and the object store
that stands in for OBS, ``/_emulator/obs/<bucket>/<key>`` (``obs.py``).
"""

from __future__ import annotations

import contextlib
import json
import logging
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import inference, obs, resources
from .auth import Authenticator, Credentials
from .framework import (
    DEFAULT_DURATIONS,
    HANDLERS,
    INDEXES,
    INVALID_PARAMETER_CODE,
    ApiError,
    Clock,
    Context,
    ProjectStore,
    Reply,
)
from .request_body import TOO_LARGE_CODE, BodyRejected, parse_json_body, read_body
from .state import MemoryStore, SqliteStore, UnstorableObject, open_store
from .validation import OperationInfo, SpecIndex, ValidationFailure, spec_index

__all__ = ["Emulator", "create_app"]

log = logging.getLogger("modelarts_emulator")

IAM_OPERATION = "create_iam_token"
CODE_NO_API = "APIG.0101"  # gateway: the API does not exist
CODE_METHOD = "APIG.0101"
CODE_INTERNAL = "ModelArts.0010"  # Unknown internal failure
CODE_NOT_IMPLEMENTED = "ModelArts.0105"


@dataclass
class Emulator:
    """The emulator's state and services; reachable as ``app.state.emulator``."""

    store: MemoryStore | SqliteStore
    clock: Clock
    auth: Authenticator
    spec: SpecIndex
    durations: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_DURATIONS))
    local_obs: obs.LocalStore | None = None
    """A local OBS that finished training jobs write their outputs to (``training_output``)."""

    def reset(self) -> None:
        """Forget every resource and token (the clock keeps its time)."""
        self.store.reset()

    def close(self) -> None:
        """Release the store (closes the SQLite file)."""
        self.store.close()


def _error_body(shape: str, error_code: str, message: str, request_id: str, *, gateway: bool = False) -> dict[str, Any]:
    if shape == "ErrorIsSuccess":
        body: dict[str, Any] = {"is_success": False, "error_code": error_code, "error_msg": message}
        body["error_message"] = message
        if gateway:
            body["request_id"] = request_id
        return body
    return {"error_code": error_code, "error_msg": message, "request_id": request_id}


_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":"), check_circular=False)
"""Starlette's ``JSONResponse`` encoding (the same bytes), built once; an answer is a fresh tree."""


def _json(status: int, body: Any, request_id: str, headers: Mapping[str, str] | None = None) -> Response:
    hdrs = {"X-request-id": request_id, **(headers or {})}
    if status == 204 or (body is None and status != 200):
        return Response(status_code=status, headers=hdrs)
    content = _ENCODER.encode(body if body is not None else {}).encode("utf-8")
    return Response(content, status_code=status, headers=hdrs, media_type=JSONResponse.media_type)


def _path(request: Request) -> str:
    """The request path exactly as percent-decoded by the server.

    Why not ``request.url.path``: Starlette rebuilds ``url`` with ``urllib.parse``, which drops tab,
    CR and LF, so ``/workspaces/%0A`` would look like ``/workspaces/`` and reach the list operation.
    """
    return str(request.scope["path"])


def _target(request: Request) -> str:
    """The origin-form request target (``/path?query``) exactly as received, which the signature covers."""
    target = (request.scope.get("raw_path") or _path(request).encode()).decode("latin-1")
    query = request.scope.get("query_string", b"")
    return target + "?" + query.decode("latin-1") if query else target


class _Dispatcher:
    def __init__(self, emulator: Emulator) -> None:
        self.emu = emulator

    async def __call__(self, request: Request) -> Response:
        request_id = uuid.uuid4().hex
        try:
            response = await self._handle(request, request_id)
        except Exception:  # a bug: answer in a ModelArts shape, never a bare traceback
            log.exception("unexpected error handling %s %r (request %s)", request.method, _path(request), request_id)
            shape = self._error_shape(request)
            response = _json(500, _error_body(shape, CODE_INTERNAL, "internal error", request_id), request_id)
        log.info("%s %r -> %d (request %s)", request.method, _path(request), response.status_code, request_id)
        return response

    async def infer(self, request: Request) -> Response:
        """An inference request to a real-time service's access address (``inference.py``)."""
        request_id = uuid.uuid4().hex
        try:
            response = await self._infer(request, request_id)
        except Exception:  # a bug: answer in a ModelArts shape, never a bare traceback
            log.exception("unexpected error handling inference %r (request %s)", _path(request), request_id)
            response = _json(500, _error_body("ErrorMsg", CODE_INTERNAL, "internal error", request_id), request_id)
        log.info("%s %r -> %d (request %s)", request.method, _path(request), response.status_code, request_id)
        return response

    async def _infer(self, request: Request, request_id: str) -> Response:
        if request.method != "POST":
            msg = f"Method {request.method} not allowed; inference requests are POST"
            return _json(405, _error_body("ErrorMsg", CODE_METHOD, msg, request_id), request_id, {"Allow": "POST"})
        project_id = str(request.path_params["project_id"])
        service_id = str(request.path_params["service_id"])
        headers = dict(request.headers.items())
        try:
            raw = await read_body(request.stream(), headers.get("content-length"))
            self.emu.auth.check(request.method, _target(request), headers, raw, project_id=project_id)
            path_params = {"project_id": project_id, "service_id": service_id}
            ctx = self._context("predict", path_params, {}, None, headers, request_id)
            with self.emu.store.transaction():
                path = "/" + str(request.path_params.get("rest", ""))
                answer = inference.predict(ctx, service_id, path, headers.get("content-type", ""), raw)
        except BodyRejected as exc:
            code = TOO_LARGE_CODE if exc.status == 413 else INVALID_PARAMETER_CODE
            return _json(exc.status, _error_body("ErrorMsg", code, exc.message, request_id), request_id)
        except ApiError as exc:
            return _json(exc.status, _error_body("ErrorMsg", exc.error_code, exc.message, request_id), request_id)
        return _json(200, answer, request_id)

    def _error_shape(self, request: Request) -> str:
        """The error shape of the operation a request addresses (``ErrorMsg`` when none does).

        Why: even an unexpected failure must answer in the body its operation documents, so a
        client's error layer (and schemathesis's schema check) can read it.
        """
        try:
            matched = self.emu.spec.match(_path(request))
            info = matched[0].get(request.method.upper()) if matched else None
        except Exception:  # the fallback must not fail in turn
            return "ErrorMsg"
        return info.error_shape if info is not None else "ErrorMsg"

    async def _handle(self, request: Request, request_id: str) -> Response:
        spec = self.emu.spec
        path = _path(request)
        matched = spec.match(path)
        if matched is None:
            body = _error_body("ErrorMsg", CODE_NO_API, f"The API does not exist: {path}", request_id)
            return _json(404, body, request_id)
        methods, raw_path_params = matched
        info = methods.get(request.method.upper())
        if info is None:
            allowed = ", ".join(sorted(methods))
            msg = f"Method {request.method} not allowed; use {allowed}"
            body = _error_body("ErrorMsg", CODE_METHOD, msg, request_id)
            return _json(405, body, request_id, {"Allow": allowed})

        headers = dict(request.headers.items())  # decoded once, for auth, validation and the handler
        try:
            raw = await read_body(request.stream(), headers.get("content-length"))
        except BodyRejected as exc:
            code = TOO_LARGE_CODE if exc.status == 413 else INVALID_PARAMETER_CODE
            return _json(exc.status, _error_body(info.error_shape, code, exc.message, request_id), request_id)
        if info.operation_id != IAM_OPERATION:
            try:
                self.emu.auth.check(
                    request.method,
                    _target(request),
                    headers,
                    raw,
                    project_id=raw_path_params.get("project_id"),
                )
            except ApiError as exc:
                body = _error_body(info.error_shape, exc.error_code, exc.message, request_id, gateway=True)
                if info.error_shape == "ErrorIsSuccess":
                    body["request_id"] = request_id
                return _json(exc.status, body, request_id)

        query_pairs = parse_qsl(request.scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
        try:
            path_params, query, parsed_body = spec.validate(
                info,
                path_params=raw_path_params,
                query=query_pairs,
                headers=headers,
                body=raw,
                content_type=headers.get("content-type", ""),
            )
        except ValidationFailure as exc:
            body = _error_body(info.error_shape, INVALID_PARAMETER_CODE, f"Invalid request: {exc.message}", request_id)
            return _json(400, body, request_id)
        return self._dispatch(info, path_params, query, parsed_body, headers, request_id)

    def _context(
        self,
        operation_id: str,
        path_params: dict[str, Any],
        query: dict[str, Any],
        body: Any,
        headers: dict[str, str],
        request_id: str,
    ) -> Context:
        project_id = str(path_params.get("project_id", ""))
        return Context(
            operation_id=operation_id,
            project_id=project_id,
            path={k: str(v) for k, v in path_params.items()},
            query=query,
            body=body,
            store=ProjectStore(self.emu.store, project_id),
            clock=self.emu.clock,
            durations=self.emu.durations,
            headers=headers,
            request_id=request_id,
            raw_store=self.emu.store,
            extras={"auth": self.emu.auth, "spec": self.emu.spec, "obs": self.emu.local_obs},
        )

    def _dispatch(
        self,
        info: OperationInfo,
        path_params: dict[str, Any],
        query: dict[str, Any],
        body: Any,
        headers: dict[str, str],
        request_id: str,
    ) -> Response:
        handler = HANDLERS.get(info.operation_id)
        if handler is None:
            msg = f"{info.operation_id} is not implemented by the emulator"
            return _json(501, _error_body(info.error_shape, CODE_NOT_IMPLEMENTED, msg, request_id), request_id)
        ctx = self._context(info.operation_id, path_params, query, body, headers, request_id)
        try:
            with self.emu.store.transaction():  # one request, one transaction: all its writes or none
                result = handler(ctx)
        except ApiError as exc:
            return _json(exc.status, _error_body(info.error_shape, exc.error_code, exc.message, request_id), request_id)
        except UnstorableObject as exc:  # the request door should have refused it; never store it
            body = _error_body(info.error_shape, INVALID_PARAMETER_CODE, f"Invalid request: {exc}", request_id)
            return _json(400, body, request_id)
        if isinstance(result, Reply):
            return _json(result.status, result.body, request_id, result.headers)
        return _json(info.success_status, result, request_id)


def create_app(
    *,
    state_file: str | Path | None = None,
    clock: Clock | str = "real",
    durations: Mapping[str, float] | None = None,
    credentials: Credentials | None = None,
    local_obs: obs.LocalStore | None = None,
) -> Starlette:
    """Build the emulator's ASGI app.

    ``state_file``: SQLite file to keep state across restarts (default: in memory).
    ``clock``: a :class:`Clock` or ``"real"``/``"manual"``.  ``durations``: lifecycle overrides
    (keys of :data:`framework.DEFAULT_DURATIONS`).  ``credentials``: default from the environment.
    ``local_obs``: a local OBS (:class:`~modelarts_emulator.local_obs.LocalObs`) for training outputs.
    """
    resources.load_all()
    the_clock = clock if isinstance(clock, Clock) else Clock(clock)
    merged = dict(DEFAULT_DURATIONS)
    merged.update(durations or {})
    store = open_store(state_file, INDEXES.values())  # the resource modules declared them on import
    creds = credentials or Credentials.from_env()
    emulator = Emulator(
        store=store,
        clock=the_clock,
        auth=Authenticator(creds, the_clock, store, token_ttl_s=merged["token_ttl"]),
        spec=spec_index(),
        durations=merged,
        local_obs=local_obs,
    )
    dispatcher = _Dispatcher(emulator)

    def admin(route: Callable[[Request], Awaitable[Any]]) -> Callable[[Request], Awaitable[Response]]:
        """An admin route that answers like the API: JSON bodies, 400 for bad input, never plain text."""

        async def endpoint(request: Request) -> Response:
            request_id = uuid.uuid4().hex
            try:
                return _json(200, await route(request), request_id)
            except (BodyRejected, ValueError) as exc:
                message = exc.message if isinstance(exc, BodyRejected) else str(exc)
                status = exc.status if isinstance(exc, BodyRejected) else 400
                return _json(status, _error_body("ErrorMsg", INVALID_PARAMETER_CODE, message, request_id), request_id)
            except Exception:
                log.exception("unexpected error in admin route %s (request %s)", request.url.path, request_id)
                return _json(500, _error_body("ErrorMsg", CODE_INTERNAL, "internal error", request_id), request_id)

        return endpoint

    @admin
    async def health(request: Request) -> Any:
        return {"status": "ok", "clock": the_clock.mode, "now_ms": the_clock.now_ms()}

    @admin
    async def reset(request: Request) -> Any:
        emulator.reset()
        return {"status": "reset"}

    @admin
    async def advance(request: Request) -> Any:
        raw = await read_body(request.stream(), request.headers.get("content-length"))
        payload = parse_json_body(raw) if raw.strip() else {}
        seconds = payload.get("seconds") if isinstance(payload, dict) else None
        if isinstance(seconds, bool) or not isinstance(seconds, (int, float)):
            raise ValueError('expected a JSON object {"seconds": N} with N a number >= 0')
        return {"now_ms": the_clock.advance(seconds)}

    async def obs_object(request: Request) -> Response:
        """PUT, GET or DELETE one object of the emulator's OBS stand-in; GET on a bucket lists it."""
        request_id = uuid.uuid4().hex
        bucket = request.path_params["bucket"]
        key = request.path_params.get("key", "")
        url = f"obs://{bucket}/{key}"
        objects = obs.objects_for(emulator.store, emulator.local_obs)
        try:
            if request.method == "GET" and not key:
                prefix = request.query_params.get("prefix", "")
                return _json(200, {"objects": objects.list(f"obs://{bucket}/{prefix}")}, request_id)
            if request.method == "PUT":
                data = await read_body(request.stream(), request.headers.get("content-length"))
                with emulator.store.transaction():
                    return _json(200, objects.put(url, data), request_id)
            if request.method == "DELETE":
                with emulator.store.transaction():
                    found = objects.delete(url)
                return _json(200, {"deleted": found}, request_id)
            data_out = objects.get(url)
        except BodyRejected as exc:
            code = TOO_LARGE_CODE if exc.status == 413 else INVALID_PARAMETER_CODE
            return _json(exc.status, _error_body("ErrorMsg", code, exc.message, request_id), request_id)
        except obs.ObsPathError as exc:
            return _json(400, _error_body("ErrorMsg", "ModelArts.4313", str(exc), request_id), request_id)
        if data_out is None:
            return _json(404, _error_body("ErrorMsg", "ModelArts.4345", f"{url} not found", request_id), request_id)
        return Response(data_out, media_type="application/octet-stream", headers={"X-request-id": request_id})

    async def api(request: Request) -> Response:
        return await dispatcher(request)

    async def infer(request: Request) -> Response:
        return await dispatcher.infer(request)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            emulator.close()

    async def http_error(request: Request, exc: Exception) -> Response:
        """Starlette's own 404/405 (a path its routes cannot match, e.g. one holding a newline,
        or a wrong method on an admin route) in the ModelArts error shape, never plain text.

        A 404 goes to the dispatcher, which routes by the spec itself: ``{path:path}`` does not
        match a decoded ``%0A``, but a path parameter may legitimately contain one.
        """
        status = getattr(exc, "status_code", 500)
        if status == 404:
            return await dispatcher(request)
        request_id = uuid.uuid4().hex
        headers = dict(getattr(exc, "headers", None) or {})
        detail = getattr(exc, "detail", "") or "error"
        code = CODE_METHOD if status == 405 else CODE_INTERNAL
        return _json(status, _error_body("ErrorMsg", code, str(detail), request_id), request_id, headers)

    all_methods = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]
    app = Starlette(
        routes=[
            Route("/_emulator/health", health, methods=["GET"]),
            Route("/_emulator/reset", reset, methods=["POST"]),
            Route("/_emulator/clock/advance", advance, methods=["POST"]),
            Route("/_emulator/obs/{bucket}", obs_object, methods=["GET"]),
            Route("/_emulator/obs/{bucket}/{key:path}", obs_object, methods=["GET", "PUT", "DELETE"]),
            Route(inference.INFER_PREFIX + "/{project_id}/{service_id}", infer, methods=all_methods),
            Route(inference.INFER_PREFIX + "/{project_id}/{service_id}/{rest:path}", infer, methods=all_methods),
            Route("/{path:path}", api, methods=all_methods),
        ],
        lifespan=lifespan,
        exception_handlers={404: http_error, 405: http_error},
    )
    app.state.emulator = emulator
    return app
