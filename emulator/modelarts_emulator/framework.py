"""The handler interface every resource module codes against.

Why this module exists: the emulator's resource families are written by different people in
parallel, so the contract between the HTTP layer (``app.py``) and the handlers must be small,
stable and free of any web-framework type.  A handler is a plain function taking a
:class:`Context` and returning JSON-able data (or a :class:`Reply`); it raises :class:`ApiError`
for documented failures.  Auth, spec validation, error rendering, request ids and persistence
are all done outside the handler.

Usage::

    from modelarts_emulator.framework import operation, Context, NotFound

    @operation("get_training_job_config")
    def get_config(ctx: Context) -> dict[str, Any]:
        obj = ctx.store.get("training_job_config", ctx.path["config_name"])
        if obj is None:
            raise NotFound("ModelArts.0102", "config not found")
        return obj

Interface kept stable on purpose (other modules depend on it): :func:`operation`,
:data:`HANDLERS`, :class:`Context`, :class:`Reply`, :class:`ApiError` and its subclasses,
:class:`Clock`, :class:`Store`, :class:`ProjectStore`, :func:`stage_at`, :func:`paginate`,
:class:`Index` and :func:`index`.

Indexes: a list handler that reads every object of a kind to return a page of them costs what the
store holds, not what it returns.  A resource module declares the few orders and lookups it needs
with :func:`index` (at import time, like :func:`operation`); the store keeps them on every write
(in the same transaction), and ``ctx.store.select``/``ctx.store.count`` read one page or one group::

    BY_JOB = index("training_job_version", "by_job", lambda v: (int(v["job_id"]), int(v["version_id"])))

    page = ctx.store.select(BY_JOB, (job_id,), offset=0, limit=10, descending=True)
    total = ctx.store.count(BY_JOB, (job_id,))
"""

from __future__ import annotations

import math
import threading
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Protocol, TypeAlias, TypeVar

__all__ = [
    "DEFAULT_DURATIONS",
    "DUPLICATE_NAME_CODE",
    "HANDLERS",
    "INDEXES",
    "INVALID_PARAMETER_CODE",
    "NOT_FOUND_CODE",
    "NOT_PERMITTED_CODE",
    "ApiError",
    "BadRequest",
    "Clock",
    "Conflict",
    "Context",
    "Forbidden",
    "Handler",
    "Index",
    "IndexKey",
    "JsonObj",
    "NotFound",
    "ProjectStore",
    "Reply",
    "Store",
    "Unauthorized",
    "index",
    "operation",
    "paginate",
    "search_sort_page",
    "sort_items",
    "stage_at",
]

JsonObj: TypeAlias = dict[str, Any]
"""A stored resource / JSON object."""

IndexKey: TypeAlias = tuple[str | int | float, ...]
"""An index key: 1 to 4 parts, each text or a finite number (numbers order before text)."""

INVALID_PARAMETER_CODE = "ModelArts.0107"
"""Reference code "One or more request parameters are invalid" (chapter 10.2)."""

NOT_FOUND_CODE = "ModelArts.0102"
"""Reference code "Requested resource not found" (chapter 10.2), for modules without their own."""

DUPLICATE_NAME_CODE = "ModelArts.0103"
"""Reference code "A resource with this name already exists" (chapter 10.2)."""

NOT_PERMITTED_CODE = "ModelArts.0105"
"""Reference code "Operation not permitted" (chapter 10.2): the resource's state forbids it."""


class ApiError(Exception):
    """A documented failure; ``app.py`` renders it in the operation's error shape.

    Why an exception: handlers stay linear (look up, raise if missing) and the rendering of the two
    error shapes (``IsSuccessError`` / ``ErrorMsg``) lives in one place.
    """

    status: int = 400

    def __init__(self, error_code: str, message: str, *, status: int | None = None) -> None:
        super().__init__(f"{error_code}: {message}")
        if status is not None:
            self.status = status
        self.error_code = error_code
        self.message = message


class BadRequest(ApiError):
    """400: the request is well-formed for the spec but not acceptable (state, semantics)."""

    status = 400


class Unauthorized(ApiError):
    """401: authentication failed."""

    status = 401


class Forbidden(ApiError):
    """403: the caller may not do this."""

    status = 403


class NotFound(ApiError):
    """404: the addressed resource does not exist in this project."""

    status = 404


class Conflict(ApiError):
    """409: a uniqueness rule or the resource's state forbids the operation."""

    status = 409


@dataclass
class Reply:
    """A response other than a plain ``200`` JSON body (e.g. ``201`` with headers, ``204``)."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


MAX_ADVANCE_S = 100 * 365.25 * 86400.0
"""Longest single step of :meth:`Clock.advance` (100 years)."""

LATEST_MS = 32503680000000
"""3000-01-01T00:00:00Z in epoch ms: the clock never passes it, so a token's expiry (now + 24 h) or
any other derived date stays well inside what ``datetime`` can hold."""


class Clock:
    """Time source for lifecycles, timestamps and token expiry.

    Why not just ``time.time()``: tests must step statuses deterministically.  In ``manual``
    mode the clock starts at the real time of creation and only moves through :meth:`advance`;
    in ``real`` mode it follows wall time (plus any advance, handy in demos).
    """

    def __init__(self, mode: str = "real", *, start_ms: int | None = None) -> None:
        if mode not in ("real", "manual"):
            raise ValueError(f"clock mode must be 'real' or 'manual', not {mode!r}")
        self.mode = mode
        self._lock = threading.Lock()
        self._offset_ms = 0
        self._manual_ms = start_ms if start_ms is not None else int(time.time() * 1000)

    def now_ms(self) -> int:
        """Current clock time in epoch milliseconds."""
        with self._lock:
            if self.mode == "manual":
                return self._manual_ms + self._offset_ms
            return int(time.time() * 1000) + self._offset_ms

    def now(self) -> datetime:
        """Current clock time as an aware UTC datetime."""
        return datetime.fromtimestamp(self.now_ms() / 1000, tz=timezone.utc)

    def advance(self, seconds: float) -> int:
        """Move the clock forward (either mode); returns the new time in ms.

        Refuses (``ValueError``) a step that is negative, not finite, or that would take the clock
        past :data:`LATEST_MS`: every timestamp the emulator writes must stay a valid date.
        """
        try:
            finite = math.isfinite(seconds)
        except OverflowError:  # an int too wide for a float
            finite = False
        if not finite or seconds < 0:
            raise ValueError("seconds must be a finite number >= 0")
        if seconds > MAX_ADVANCE_S:
            raise ValueError(f"seconds must be at most {MAX_ADVANCE_S:.0f} (100 years) per step")
        with self._lock:
            step_ms = round(seconds * 1000)
            now_ms = (self._manual_ms if self.mode == "manual" else int(time.time() * 1000)) + self._offset_ms
            if now_ms + step_ms > LATEST_MS:
                raise ValueError("the clock cannot move past the year 3000")
            self._offset_ms += step_ms
        return self.now_ms()


@dataclass(frozen=True)
class Index:
    """A secondary index over one kind of object: its objects ordered by ``key(obj)``.

    Why: so a handler can read one page, one group or a count without decoding every object of the
    kind.  ``key`` must be a pure function of the stored object that works for every object of the
    kind (use ``.get`` with a default for optional fields) and returns :data:`IndexKey` parts of
    consistent types.  Objects with equal keys keep their insertion order, in both directions.
    The store computes keys on each write, inside the write's transaction, and rebuilds an index
    from the stored objects when it is added (so a state file written before an index existed, or
    with an older ``key``, is read right).
    """

    kind: str
    name: str
    key: Callable[[JsonObj], IndexKey] = field(compare=False)


INDEXES: dict[tuple[str, str], Index] = {}
"""(kind, name) -> index; filled by :func:`index` at import time, handed to the store by ``app.py``."""


def index(kind: str, name: str, key: Callable[[JsonObj], IndexKey]) -> Index:
    """Declare a secondary index of ``kind`` (one declaration per name and kind)."""
    existing = INDEXES.get((kind, name))
    if existing is not None and existing.key.__qualname__ != key.__qualname__:
        raise RuntimeError(f"two indexes named {name!r} on {kind!r}")
    declared = Index(kind, name, key)
    INDEXES[(kind, name)] = declared
    return declared


class Store(Protocol):
    """Persistence for resources, keyed by (project, kind, id); implemented in ``state.py``.

    Objects are JSON-able dicts; the store returns copies, so mutate and :meth:`update`.
    ``list`` returns objects in insertion order.  ``select`` returns the objects of one
    :class:`Index` whose key starts with ``prefix``, in key order (``descending``: keys from the
    highest, equal keys still in insertion order), skipping ``offset`` and taking at most ``limit``
    (``None``: all); ``count`` counts them.  ``fields`` returns only those fields of each object (the
    ones it has): a cheap copy where a handler reads a few fields of many objects.  ``select_groups``
    is ``count`` and ``select`` (from the first) for each of several prefixes, at once.  Writes
    inside ``transaction()`` land together or not at all; the dispatcher opens one around every
    handler.
    """

    def insert(self, project_id: str, kind: str, obj_id: str, obj: JsonObj) -> None: ...
    def get(self, project_id: str, kind: str, obj_id: str) -> JsonObj | None: ...
    def update(self, project_id: str, kind: str, obj_id: str, obj: JsonObj) -> None: ...
    def delete(self, project_id: str, kind: str, obj_id: str) -> bool: ...
    def select(
        self,
        project_id: str,
        index: Index,
        prefix: IndexKey = (),
        *,
        offset: int = 0,
        limit: int | None = None,
        descending: bool = False,
        fields: Sequence[str] | None = None,
    ) -> list[JsonObj]: ...
    def select_groups(
        self,
        project_id: str,
        index: Index,
        prefixes: Sequence[IndexKey],
        *,
        limit: int | None = None,
        descending: bool = False,
        fields: Sequence[str] | None = None,
    ) -> list[tuple[int, list[JsonObj]]]: ...
    def count(self, project_id: str, index: Index, prefix: IndexKey = ()) -> int: ...
    def list(self, project_id: str, kind: str) -> list[JsonObj]: ...
    def next_id(self, project_id: str, kind: str) -> int: ...
    def transaction(self) -> AbstractContextManager[None]: ...


class ProjectStore:
    """A :class:`Store` seen through one project: what handlers get as ``ctx.store``."""

    def __init__(self, store: Store, project_id: str) -> None:
        self._store = store
        self.project_id = project_id

    def insert(self, kind: str, obj_id: str, obj: JsonObj) -> None:
        """Add a new object (replaces silently if the id exists; check with :meth:`get` first)."""
        self._store.insert(self.project_id, kind, obj_id, obj)

    def get(self, kind: str, obj_id: str) -> JsonObj | None:
        """The stored object or ``None``."""
        return self._store.get(self.project_id, kind, obj_id)

    def update(self, kind: str, obj_id: str, obj: JsonObj) -> None:
        """Replace the stored object."""
        self._store.update(self.project_id, kind, obj_id, obj)

    def delete(self, kind: str, obj_id: str) -> bool:
        """Remove the object; ``True`` if it existed."""
        return self._store.delete(self.project_id, kind, obj_id)

    def select(
        self,
        index: Index,
        prefix: IndexKey = (),
        *,
        offset: int = 0,
        limit: int | None = None,
        descending: bool = False,
        fields: Sequence[str] | None = None,
    ) -> list[JsonObj]:
        """This project's objects of ``index.kind`` whose key starts with ``prefix``, in key order,
        from ``offset`` taking at most ``limit`` (``None``: all); equal keys in insertion order;
        only the ``fields`` given (when given)."""
        return self._store.select(
            self.project_id, index, prefix, offset=offset, limit=limit, descending=descending, fields=fields
        )

    def select_groups(
        self,
        index: Index,
        prefixes: Sequence[IndexKey],
        *,
        limit: int | None = None,
        descending: bool = False,
        fields: Sequence[str] | None = None,
    ) -> list[tuple[int, list[JsonObj]]]:
        """For each prefix: how many objects :meth:`select` would find, and the first ``limit`` of them."""
        return self._store.select_groups(
            self.project_id, index, prefixes, limit=limit, descending=descending, fields=fields
        )

    def count(self, index: Index, prefix: IndexKey = ()) -> int:
        """How many of this project's objects of ``index.kind`` have a key starting with ``prefix``."""
        return self._store.count(self.project_id, index, prefix)

    def list(self, kind: str) -> list[JsonObj]:
        """All objects of a kind in this project, in insertion order."""
        return self._store.list(self.project_id, kind)

    def next_id(self, kind: str) -> int:
        """The next integer id (1, 2, ...) for a kind in this project; never reused."""
        return self._store.next_id(self.project_id, kind)


DEFAULT_DURATIONS: dict[str, float] = {
    # Seconds of clock time each lifecycle stage lasts; override with create_app(durations=...).
    "training_start": 2.0,  # training job version INIT -> RUNNING
    "training_run": 8.0,  # RUNNING -> COMPLETED (so COMPLETED at 10 s)
    "visualization_start": 2.0,  # visualization job INIT/DEPLOYING -> RUNNING
    "devenv_start": 3.0,  # dev-environment instance CREATING/STARTING -> RUNNING
    "devenv_stop": 2.0,  # STOPPING -> STOPPED
    "service_deploy": 5.0,  # service deploying -> running
    "service_stop": 2.0,
    "service_task_start": 2.0,  # service task PENDING/STARTING -> RUNNING
    "service_task_stop": 1.0,  # STOPPING -> STOPPED
    "service_task_run": 10.0,  # a task on files or a file URL: RUNNING -> SUCCEEDED
    "model_publish": 3.0,  # model publishing/building -> published
    "workspace_create": 1.0,  # workspace CREATING -> NORMAL
    "workspace_delete": 1.0,
    "training_v2_create": 2.0,  # v2 training job Creating -> Pending (Queuing)
    "training_v2_pending": 3.0,  # Pending -> Running
    "training_v2_run": 10.0,  # Running -> Completed / Failed (so finished at 15 s)
    "training_v2_stop": 2.0,  # Terminating -> Terminated
    "dataset_task_start": 1.0,  # dataset import / export / sync task queued -> running
    "dataset_import": 3.0,  # import task created -> COMPLETED / FAILED (its samples appear then)
    "dataset_export": 3.0,  # export task created -> SUCCESSED
    "dataset_sync": 3.0,  # sync task created -> COMPLETED
    "dataset_version_publish": 2.0,  # dataset version creating -> normal
    "lite_server_create": 5.0,  # Lite Server CREATING -> RUNNING, supernode PROVISIONING -> ACTIVE
    "lite_server_start": 2.0,  # STARTING -> RUNNING
    "lite_server_stop": 2.0,  # STOPPING -> STOPPED
    "lite_server_reboot": 2.0,  # REBOOTING -> RUNNING
    "lite_server_os": 4.0,  # CHANGINGOS / REINSTALLINGOS -> RUNNING, supernode REIMAGING -> ACTIVE
    "lite_server_volume": 2.0,  # disk attach / detach operation pending -> running -> success
    "token_ttl": 24 * 3600.0,  # IAM token lifetime
}


@dataclass
class Context:
    """Everything a handler may use for one request."""

    operation_id: str
    project_id: str
    path: dict[str, str]
    query: dict[str, Any]
    body: Any
    store: ProjectStore
    clock: Clock
    durations: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_DURATIONS))
    headers: Mapping[str, str] = field(default_factory=dict)
    request_id: str = ""
    raw_store: Store | None = None
    """The unscoped store, for the rare handler that is not per project (IAM)."""
    extras: dict[str, Any] = field(default_factory=dict)
    """App services a few handlers need (``"auth"``: the Authenticator, ``"spec"``: the SpecIndex)."""

    def new_uuid(self) -> str:
        """A fresh uuid4 string (resource ids)."""
        return str(uuid.uuid4())

    def duration(self, key: str, default: float | None = None) -> float:
        """A lifecycle duration in seconds (``durations[key]``, else the default table)."""
        if key in self.durations:
            return float(self.durations[key])
        if default is not None:
            return default
        return DEFAULT_DURATIONS[key]

    def elapsed(self, since_ms: int) -> float:
        """Seconds of clock time since ``since_ms`` (epoch ms)."""
        return (self.clock.now_ms() - since_ms) / 1000.0


Handler: TypeAlias = Callable[[Context], Any]
"""A handler returns ``Reply``, a JSON-able ``dict``/``list``, or ``None`` (empty 200 body ``{}``)."""

HANDLERS: dict[str, Handler] = {}
"""operationId -> handler; filled by the :func:`operation` decorator at import time."""

_H = TypeVar("_H", bound=Handler)


def operation(operation_id: str) -> Callable[[_H], _H]:
    """Register a handler for an operationId of the spec (one handler per operation)."""

    def register(func: _H) -> _H:
        existing = HANDLERS.get(operation_id)
        if existing is not None and existing is not func and existing.__qualname__ != func.__qualname__:
            raise RuntimeError(f"two handlers for {operation_id}: {existing.__qualname__} and {func.__qualname__}")
        HANDLERS[operation_id] = func
        return func

    return register


_S = TypeVar("_S")


def stage_at(elapsed_s: float, stages: Sequence[tuple[float, _S]]) -> _S:
    """The status reached after ``elapsed_s`` seconds on a timeline.

    ``stages`` is ``[(0, "CREATING"), (3, "RUNNING"), ...]``: each entry says from which elapsed
    second a status holds (sorted by time).  Why lazy: statuses are computed from stored
    timestamps and the clock at read time, so no background thread is needed and a manual
    clock moves everything at once.
    """
    current = stages[0][1]
    for start, status in stages:
        if elapsed_s >= start:
            current = status
        else:
            break
    return current


_T = TypeVar("_T")


def paginate(items: Sequence[_T], *, start: int, size: int | None) -> list[_T]:
    """Slice ``items`` from record ``start`` taking ``size`` (``None``/``0`` = all the rest)."""
    if start < 0:
        start = 0
    if not size:
        return list(items[start:])
    return list(items[start : start + size])


def search_sort_page(
    items: Sequence[JsonObj],
    query: Mapping[str, Any],
    *,
    name_field: str,
    default_sort: str,
    default_order: str = "asc",
    sort_aliases: Mapping[str, str] | None = None,
) -> tuple[list[JsonObj], int]:
    """The chapter 5 list convention: ``search_content`` in the name, ``sortBy``/``order``,
    ``page`` (from 1) and ``per_page``. Returns this page's items and the number that matched."""
    search = query.get("search_content")
    if search:
        needle = str(search).lower()
        items = [item for item in items if needle in str(item.get(name_field, "")).lower()]
    key = str(query.get("sortBy", default_sort))
    key = (sort_aliases or {}).get(key, key)
    ordered = sort_items(items, key, str(query.get("order", default_order)))
    per_page = int(query.get("per_page", 10))
    page = int(query.get("page", 1))
    return paginate(ordered, start=(page - 1) * per_page, size=per_page), len(ordered)


def sort_items(items: Sequence[JsonObj], key: str, order: str = "asc") -> list[JsonObj]:
    """Sort objects by a field (missing values last, strings case-insensitively); stable."""

    def sort_key(obj: JsonObj) -> tuple[int, Any]:
        value = obj.get(key)
        if value is None:
            return (1, "")
        if isinstance(value, str):
            return (0, value.lower())
        return (0, value)

    present = [o for o in items if o.get(key) is not None]
    missing = [o for o in items if o.get(key) is None]
    ordered = sorted(present, key=sort_key, reverse=order == "desc")
    return ordered + missing
