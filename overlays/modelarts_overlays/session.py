"""``Session``: credentials, region and project in one place, like the vendor SDK's ``Session``.

A session resolves the region to the ModelArts and IAM endpoints (both overridable, e.g. for the
emulator), picks the auth (AK/SK signing or IAM password login), and builds the generated client with
that auth, default timeouts and retries, for sync and async use alike. ``call`` runs any generated
operation with ``project_id`` filled in and turns error answers into typed exceptions; ``paginate``,
``wait`` and ``follow`` drive the generic engines from the operation's spec extensions.

Whatever the server answers, a caller of ``call``/``acall`` (and so of ``paginate``, ``pages``,
``wait``, ``follow``) needs only ``except ModelArtsError``: error answers become their typed
error, and an answer the generated client cannot parse (its ``MalformedResponse``: a body that is
not JSON, JSON nested too deep, a JSON array where the spec documents an object, a missing field)
becomes the matching ``ModelArtsError`` -- ``UnexpectedResponseError`` for a 2xx -- with the raw
body in ``.body``, the request id, and the ``MalformedResponse`` as ``__cause__``.  Raw bodies and
causes are scrubbed of secrets (:mod:`.redaction`).
"""

from __future__ import annotations

import functools
import json
import os
import re
import time
import typing
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass
from enum import Enum
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx

from modelarts_client.errors import MalformedResponse

from . import redaction
from .errors import HEADER_REQUEST_ID, ModelArtsError, error_from_response, error_from_unparsed
from .inference import PredictData, PredictRequest, address_of, answer_of, check_address
from .operations import Operation, OperationLike, resolve_operation
from .pagination import PageCursor, Paging, field_at, iterate_pages, iterate_pages_async
from .retry import DEFAULT_TIMEOUT, RetryingAsyncClient, RetryingClient, RetryPolicy
from .signing import AkSkAuth, Secret
from .task_logs import afollow_task_log, follow_task_log
from .token import TokenAuth
from .waiters import WaitPlan, wait, wait_async

if TYPE_CHECKING:
    from modelarts_client import Client
    from modelarts_client import session_types as typed

    from .obs_transfer import ObsTransfer

__all__ = ["DEFAULT_REGION", "Session"]

DEFAULT_REGION = "cn-north-4"
USER_AGENT = "modelarts-client/0.1"

# Environment variables read by Session.from_env (the AK/SK/project names are the vendor SDK's).
ENV = {
    "access_key": "HUAWEICLOUD_SDK_AK",
    "secret_key": "HUAWEICLOUD_SDK_SK",
    "security_token": "HUAWEICLOUD_SDK_SECURITY_TOKEN",
    "username": "HUAWEICLOUD_SDK_USERNAME",
    "password": "HUAWEICLOUD_SDK_PASSWORD",
    "account": "HUAWEICLOUD_SDK_ACCOUNT",
    "project_id": "HUAWEICLOUD_SDK_PROJECT_ID",
    "region_name": "HUAWEICLOUD_SDK_REGION",
    "endpoint": "MODELARTS_ENDPOINT",
    "iam_endpoint": "HUAWEICLOUD_SDK_IAM_ENDPOINT",
    "obs_endpoint": "MODELARTS_OBS_ENDPOINT",
}


def _snake(name: str) -> str:
    """The generator's Python name for a parameter: sortBy -> sort_by."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).replace("-", "_").lower()


def _enum_types(hint: Any) -> list[type[Enum]]:
    return [t for t in (typing.get_args(hint) or (hint,)) if isinstance(t, type) and issubclass(t, Enum)]


def _model_types(hint: Any) -> list[type]:
    return [t for t in (typing.get_args(hint) or (hint,)) if isinstance(t, type) and hasattr(t, "from_dict")]


@dataclass(frozen=True)
class _Signature:
    """What ``call`` needs to know about a generated function's parameters, worked out once.

    Why cached: ``typing.get_type_hints`` evaluates every annotation string on each use, which cost
    more than signing the request; an operation's parameters never change while the process runs.
    """

    names: frozenset[str]
    enums: dict[str, type[Enum]]
    body_model: Any

    @classmethod
    @functools.cache
    def of(cls, function: Callable[..., Any]) -> _Signature:
        hints = typing.get_type_hints(function)
        enums = {name: found[0] for name, hint in hints.items() if (found := _enum_types(hint))}
        models = _model_types(hints["body"]) if "body" in hints else []
        return cls(frozenset(hints), enums, models[0] if models else None)


class Session:
    """Authenticated access to one project of ModelArts in one region.

    ``Session(access_key=..., secret_key=..., project_id=..., region_name=...)`` signs each request
    with the key pair (add ``security_token`` for temporary credentials);
    ``Session(username=..., password=..., account=..., project_id=..., region_name=...)`` logs in to
    IAM and uses the token (``account`` defaults to ``username``, as for an account login).
    """

    def __init__(
        self,
        access_key: str | None = None,
        secret_key: str | Secret | None = None,
        security_token: str | Secret | None = None,
        *,
        username: str | None = None,
        password: str | Secret | None = None,
        account: str | None = None,
        project_id: str | None = None,
        region_name: str | None = None,
        endpoint: str | None = None,
        iam_endpoint: str | None = None,
        obs_endpoint: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        verify: bool | str = True,
    ) -> None:
        if not project_id:
            raise ValueError("project_id is required (see 'Obtaining a Project ID' in the API reference)")
        self.project_id = project_id
        self.region_name = region_name or DEFAULT_REGION
        self.endpoint = (endpoint or f"https://modelarts.{self.region_name}.myhuaweicloud.com").rstrip("/")
        self.iam_endpoint = (iam_endpoint or f"https://iam.{self.region_name}.myhuaweicloud.com").rstrip("/")
        self.obs_endpoint = (obs_endpoint or f"https://obs.{self.region_name}.myhuaweicloud.com").rstrip("/")
        self.timeout = timeout if timeout is not None else DEFAULT_TIMEOUT
        self.retry = retry or RetryPolicy()
        self._verify = verify
        self.auth: httpx.Auth
        if access_key or secret_key:
            if not (access_key and secret_key):
                raise ValueError("AK/SK authentication needs both access_key and secret_key")
            self.auth = AkSkAuth(access_key, secret_key, project_id=project_id, security_token=security_token)
        elif username or password:
            if not (username and password):
                raise ValueError("password authentication needs both username and password")
            self.auth = TokenAuth(
                username=username,
                password=password,
                account=account or username,
                iam_endpoint=self.iam_endpoint,
                project_id=project_id,
            )
        else:
            raise ValueError("give access_key and secret_key, or username and password")
        self._client: Client | None = None
        self._iam_client: Client | None = None
        self._obs: ObsTransfer | None = None

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Session:
        """Build a session from ``HUAWEICLOUD_SDK_*`` variables (see ``ENV``); keywords win."""
        env = os.environ if environ is None else environ
        settings: dict[str, Any] = {name: env[var] for name, var in ENV.items() if env.get(var)}
        settings.update(overrides)
        return cls(**settings)

    def __repr__(self) -> str:
        return (
            f"Session(project_id={self.project_id!r}, region_name={self.region_name!r}, "
            f"endpoint={self.endpoint!r}, auth={self.auth!r})"
        )

    # -- the generated client -------------------------------------------------------------------

    @property
    def client(self) -> Client:
        """The generated ``Client``, with auth, timeouts and retries, for sync and async calls."""
        if self._client is None:
            self._client = self._make_client(self.endpoint)
        return self._client

    @property
    def iam_client(self) -> Client:
        """The same for the IAM endpoint, which serves the spec's ``IAM`` operations."""
        if self._iam_client is None:
            self._iam_client = self._make_client(self.iam_endpoint)
        return self._iam_client

    def _make_client(self, base_url: str) -> Client:
        from modelarts_client import Client  # here: importing Session does not load attrs

        options: dict[str, Any] = {
            "base_url": base_url,
            "auth": self.auth,
            "timeout": self.timeout,
            "verify": self._verify,
            "headers": {"User-Agent": USER_AGENT},
        }
        client = Client(base_url=base_url)
        client.set_httpx_client(RetryingClient(retry=self.retry, **options))
        client.set_async_httpx_client(RetryingAsyncClient(retry=self.retry, **options))
        return client

    def _client_for(self, op: Operation) -> Client:
        return self.iam_client if op.tag == "IAM" else self.client

    @property
    def obs(self) -> ObsTransfer:
        """File and folder transfer to and from OBS (``copy``, ``upload_file``, ``upload_dir``,
        ``download_file``, ``download_dir``), at ``obs_endpoint``, signed with this session's key pair.

        Needs the ``[obs]`` extra. OBS takes key pairs only: a password session exchanges its IAM
        token for a temporary key pair (valid an hour, renewed ten minutes before it runs out). For
        other part sizes, concurrency or checkpoints, build one with :meth:`obs_transfer`.
        """
        if self._obs is None:
            self._obs = self.obs_transfer()
        return self._obs

    def obs_transfer(self, **options: Any) -> ObsTransfer:
        """A new :class:`ObsTransfer` with this session's credentials, endpoint and TLS setting;
        ``options`` are its keyword arguments (``part_size``, ``concurrency``, ``checkpoint_dir``,
        ``signature``, ``path_style``, ...)."""
        from .obs_transfer import ObsTransfer
        from .temporary_keys import TemporaryKeys

        settings: dict[str, Any] = {"endpoint": self.obs_endpoint, "verify": self._verify, "region": self.region_name}
        settings.update(options)
        if "credentials" in settings or "access_key" in settings:  # the caller's own key source
            return ObsTransfer(**settings)
        if isinstance(self.auth, AkSkAuth):
            return ObsTransfer(
                access_key=self.auth.access_key,
                secret_key=self.auth.secret_key,
                security_token=self.auth.security_token,
                **settings,
            )
        return ObsTransfer(credentials=TemporaryKeys(self), **settings)

    def close(self) -> None:
        if self._obs is not None:
            self._obs.close()
        for client in (self._client, self._iam_client):
            if client is not None:
                client.get_httpx_client().close()

    async def aclose(self) -> None:
        if self._obs is not None:
            self._obs.close()
        for client in (self._client, self._iam_client):
            if client is not None:
                await client.get_async_httpx_client().aclose()
                client.get_httpx_client().close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: tuple[type[BaseException] | None, BaseException | None, TracebackType | None]) -> None:
        self.close()

    async def __aenter__(self) -> Session:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # -- calling operations ---------------------------------------------------------------------

    def _arguments(self, op: Operation, params: dict[str, Any]) -> dict[str, Any]:
        """Fill project_id, turn a dict body into its model and plain values into enums."""
        signature = _Signature.of(op.module.sync_detailed)
        names = signature.names
        args = dict(params)
        if "project_id" in names and "project_id" not in args:
            args["project_id"] = self.project_id
        for wire_name in [name for name in args if name not in names]:
            python_name = _snake(wire_name)  # the spec's spelling (sortBy) is accepted too
            if python_name not in names:
                raise TypeError(f"{op.operation_id}() got an unexpected argument {wire_name!r}")
            args[python_name] = args.pop(wire_name)
        body = args.get("body")
        model = signature.body_model
        if model is not None and isinstance(body, Mapping):
            try:
                args["body"] = model.from_dict(body)
            except (KeyError, TypeError, ValueError) as exc:
                raise ValueError(f"body for {op.operation_id} does not fit {model.__name__}: {exc!r}") from exc
        for name, enum in signature.enums.items():
            value = args.get(name)
            if isinstance(value, (str, int)) and not isinstance(value, Enum):
                args[name] = enum(value)
        return args

    @staticmethod
    def _malformed(exc: MalformedResponse) -> ModelArtsError:
        """The ModelArtsError for an answer the generated client could not parse.

        An error answer gets its status's class, a 2xx :class:`UnexpectedResponseError` (see
        :func:`.errors.error_from_unparsed`).  *exc*, which becomes ``__cause__`` and quotes the
        body, is scrubbed of secrets like the error itself.
        """
        redaction.scrub_exception(exc)
        headers = {HEADER_REQUEST_ID: exc.request_id} if exc.request_id else {}
        return error_from_unparsed(exc.status_code, exc.content, headers, exc.reason)

    @staticmethod
    def _check(response: Any) -> Any:
        parsed = response.parsed
        error = error_from_response(int(response.status_code), response.content, response.headers, parsed=parsed)
        if error is not None:
            raise error
        return parsed

    def _send(self, operation: OperationLike, params: dict[str, Any]) -> Any:
        """Run one operation and return the generated ``Response``; an unparsable answer raises."""
        op = resolve_operation(operation)
        args = self._arguments(op, params)
        try:
            return op.module.sync_detailed(client=self._client_for(op), **args)
        except MalformedResponse as exc:
            raise self._malformed(exc) from exc

    def _call(self, operation: OperationLike, /, **params: Any) -> Any:
        """Run one operation and return its parsed answer; error answers raise ModelArtsError."""
        return self._check(self._send(operation, params))

    def call_json(self, operation: OperationLike, /, **params: Any) -> Any:
        """Run one operation like :meth:`call`, but return the answer's JSON as the service sent it.

        Decoded (``json.loads``), not turned into models: a field the spec does not know, a ``null``,
        the order of keys all stay as they were, for tools that pass the answer on (the command
        line's ``--output json``). The answer is still checked as :meth:`call` checks it, with the
        same errors; ``None`` for an answer without a body.
        """
        response = self._send(operation, params)
        self._check(response)
        return json.loads(response.content) if response.content.strip() else None

    async def _acall(self, operation: OperationLike, /, **params: Any) -> Any:
        """The async twin of :meth:`call`."""
        op = resolve_operation(operation)
        args = self._arguments(op, params)
        try:
            response = await op.module.asyncio_detailed(client=self._client_for(op), **args)
        except MalformedResponse as exc:
            raise self._malformed(exc) from exc
        return self._check(response)

    # -- pagination -----------------------------------------------------------------------------

    def _cursor(self, operation: OperationLike, paging: Paging, params: dict[str, Any]) -> tuple[Operation, PageCursor]:
        op = resolve_operation(operation)
        return op, PageCursor(op.declared("x-pagination"), params, paging)

    def _pages(
        self, operation: OperationLike, /, *, page_size: int | None = None, max_items: int | None = None, **params: Any
    ) -> Iterator[Any]:
        """Yield each parsed page of a list operation."""
        op, cursor = self._cursor(operation, Paging(page_size, max_items), params)
        for parsed, _ in iterate_pages(cursor, lambda p: self.call(op, **p)):
            yield parsed

    def _paginate(
        self, operation: OperationLike, /, *, page_size: int | None = None, max_items: int | None = None, **params: Any
    ) -> Iterator[Any]:
        """Yield the items of every page of a list operation, one at a time."""
        op, cursor = self._cursor(operation, Paging(page_size, max_items), params)
        for _, items in iterate_pages(cursor, lambda p: self.call(op, **p)):
            yield from items

    async def _apaginate(
        self, operation: OperationLike, /, *, page_size: int | None = None, max_items: int | None = None, **params: Any
    ) -> AsyncIterator[Any]:
        """The async twin of :meth:`paginate`."""
        op, cursor = self._cursor(operation, Paging(page_size, max_items), params)

        async def fetch(p: dict[str, Any]) -> Any:
            return await self.acall(op, **p)

        async for _, items in iterate_pages_async(cursor, fetch):
            for item in items:
                yield item

    # -- waiting --------------------------------------------------------------------------------

    def _plan(self, operation: OperationLike, until: Any, timeout: float) -> tuple[Operation, WaitPlan]:
        op = resolve_operation(operation)
        decl = op.declared("x-waiter")
        wanted = (
            None
            if until is None
            else [getattr(v, "value", v) for v in (until if isinstance(until, (list, tuple, set)) else [until])]
        )
        return op, WaitPlan(decl, until=wanted, timeout=timeout)

    def _wait(
        self,
        operation: OperationLike,
        /,
        *,
        until: Any = None,
        timeout: float = 3600.0,
        sleep: Callable[[float], object] = time.sleep,
        **params: Any,
    ) -> Any:
        """Poll a "get" operation until its resource reaches a success status (or ``until``).

        Raises ``WaitFailed`` on a failure status and ``WaitTimeout`` past ``timeout`` seconds.
        """
        op, plan = self._plan(operation, until, timeout)
        return wait(plan, lambda: self.call(op, **params), sleep=sleep)

    async def _await_status(
        self, operation: OperationLike, /, *, until: Any = None, timeout: float = 3600.0, **params: Any
    ) -> Any:
        """The async twin of :meth:`wait`."""
        op, plan = self._plan(operation, until, timeout)

        async def poll() -> Any:
            return await self.acall(op, **params)

        return await wait_async(plan, poll)

    # -- following a cursor (logs) --------------------------------------------------------------

    def _follow(
        self,
        operation: OperationLike,
        /,
        *,
        until: Callable[[], bool],
        poll_interval: float = 5.0,
        sleep: Callable[[float], object] = time.sleep,
        **params: Any,
    ) -> Iterator[str]:
        """Read a cursor operation (a log) onwards, yielding text as it appears, until ``until()``.

        When a read brings nothing new, ``until`` is asked; if it says stop, one last read catches
        anything written in between, then the iterator ends. Otherwise it sleeps and reads again from
        the same cursor.
        """
        op = resolve_operation(operation)
        decl = op.declared("x-pagination")
        if decl["mode"] != "cursor":
            raise ValueError(f"{op.operation_id} is not a cursor operation")
        state = dict(params)
        finishing = False
        while True:
            cursor = PageCursor(decl, state, Paging())
            got = False
            for _, chunks in iterate_pages(cursor, lambda p: self.call(op, **p)):
                for chunk in chunks:
                    got = True
                    yield chunk
            if decl["cursor_param"] in cursor.params:
                state[decl["cursor_param"]] = cursor.params[decl["cursor_param"]]
            if finishing:
                return
            if not got:
                if until():
                    finishing = True
                    continue
                sleep(poll_interval)

    # -- the public names, typed per operation ---------------------------------------------------

    if TYPE_CHECKING:
        # For mypy and editors, each of these is a protocol of overloads over the operation's name,
        # generated from the spec (modelarts_client/session_types.py): the name decides the keyword
        # parameters and the return type, and a misspelt name or parameter is a type error. At run
        # time each is simply the method above it, so typing costs a call nothing.
        call: typed.Call
        acall: typed.AsyncCall
        pages: typed.Pages
        paginate: typed.Paginate
        apaginate: typed.AsyncPaginate
        wait: typed.Wait
        await_status: typed.AwaitStatus
        follow: typed.Follow
    else:
        call, acall, pages, paginate = _call, _acall, _pages, _paginate
        apaginate, wait, await_status, follow = _apaginate, _wait, _await_status, _follow

    # -- inference ------------------------------------------------------------------------------

    def _predict_request(
        self, address: str, data: PredictData, data_type: str, path: str, field: str | None
    ) -> PredictRequest:
        return PredictRequest.build(check_address(address, self.endpoint), data, data_type, path=path, field=field)

    def predict(
        self,
        service_id: str | None = None,
        *,
        data: PredictData,
        data_type: str = "json",
        path: str = "/",
        field: str | None = None,
        access_address: str | None = None,
    ) -> Any:
        """Send ``data`` to a deployed real-time service and return its answer (SDK reference 10.5).

        ``data_type`` is ``json`` (a dict or list, or a ``.json`` file's path), ``files`` or
        ``images`` (a path, or bytes), sent as multipart in the form field ``field`` (default
        ``file`` or ``images``). ``path`` is the model's inference path under the access address.
        Give ``service_id`` (its access address is looked up with ``get_service``) or
        ``access_address`` itself, which spares that call. Returns the decoded JSON answer, or the
        bytes of a non-JSON one; error answers raise :class:`ModelArtsError` as API calls do, and a
        service without an access address :class:`~.inference.ServiceNotReadyError`.
        """
        if access_address is None:
            if service_id is None:
                raise ValueError("give service_id or access_address")
            access_address = address_of(self._call("get_service", service_id=service_id))
        request = self._predict_request(access_address, data, data_type, path, field)
        return answer_of(request.send(self.client.get_httpx_client()))

    async def apredict(
        self,
        service_id: str | None = None,
        *,
        data: PredictData,
        data_type: str = "json",
        path: str = "/",
        field: str | None = None,
        access_address: str | None = None,
    ) -> Any:
        """The async twin of :meth:`predict`."""
        if access_address is None:
            if service_id is None:
                raise ValueError("give service_id or access_address")
            access_address = address_of(await self._acall("get_service", service_id=service_id))
        request = self._predict_request(access_address, data, data_type, path, field)
        return answer_of(await request.asend(self.client.get_async_httpx_client()))

    def follow_training_task_log(
        self,
        training_job_id: str,
        task_id: str = "worker-0",
        *,
        poll_interval: float = 5.0,
        sleep: Callable[[float], object] = time.sleep,
    ) -> Iterator[str]:
        """Yield a v2 training task's log line by line until the job has ended (see :mod:`.task_logs`)."""
        return follow_task_log(self._call, training_job_id, task_id, poll_interval=poll_interval, sleep=sleep)

    def afollow_training_task_log(
        self, training_job_id: str, task_id: str = "worker-0", *, poll_interval: float = 5.0
    ) -> AsyncIterator[str]:
        """The async twin of :meth:`follow_training_task_log`."""
        return afollow_task_log(self._acall, training_job_id, task_id, poll_interval=poll_interval)

    def follow_training_log(
        self,
        job_id: int,
        version_id: int,
        *,
        log_file: str | None = None,
        poll_interval: float = 5.0,
        sleep: Callable[[float], object] = time.sleep,
    ) -> Iterator[str]:
        """Yield a training job version's log line by line until the version reaches a final status."""
        if log_file is None:
            files = self.call("list_training_job_log_files", job_id=job_id, version_id=version_id)
            names = field_at(files, "log_file_list") or []
            if not names:
                raise LookupError(f"training job {job_id} version {version_id} has no log file yet")
            log_file = names[0]
        _, plan = self._plan("get_training_job_version", None, 0)
        finished = set(plan.success) | set(plan.failure)

        def done() -> bool:
            status = plan.status_of(self.call("get_training_job_version", job_id=job_id, version_id=version_id))
            return status in finished

        for chunk in self.follow(
            "get_training_job_log_lines",
            until=done,
            poll_interval=poll_interval,
            sleep=sleep,
            job_id=job_id,
            version_id=version_id,
            log_file=log_file,
        ):
            yield from chunk.splitlines()
