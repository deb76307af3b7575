"""Resource storage: in memory by default, SQLite when a state file is given.

Why two backends behind one small interface (:class:`modelarts_emulator.framework.Store`): tests
want a fast, throw-away store; a demo wants resources to survive an emulator restart.  Objects are
JSON documents keyed by (project, kind, id).  A lock serialises access because uvicorn may run the
app in a thread other than the one that created the store.

Two rules hold for both backends:

* **Only what can be read back is stored.**  Every object is encoded as strict JSON (finite numbers,
  text with a UTF-8 form) on the way in; an object that cannot be is refused with
  :class:`UnstorableObject` and nothing is written.  Both backends keep that text and decode it on
  the way out, so a handler always gets a fresh copy and can never mutate stored state by accident.
* **One request, one transaction.**  :meth:`transaction` groups every write of a request: all of them
  land, or (on an exception, or a crash of the process) none does.  The dispatcher opens one around
  each handler, so a create that writes a job and its first version is never seen half done.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .framework import JsonObj

__all__ = ["MemoryStore", "SqliteStore", "UnstorableObject", "open_store"]


class UnstorableObject(ValueError):
    """An object that has no strict JSON form (a non-finite number, an unpaired surrogate)."""


def encode(obj: JsonObj) -> str:
    """``obj`` as strict JSON text, or :class:`UnstorableObject`."""
    try:
        text = json.dumps(obj, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        text.encode("utf-8")  # an unpaired surrogate has no UTF-8 form
    except (ValueError, TypeError, RecursionError) as exc:  # UnicodeEncodeError is a ValueError
        raise UnstorableObject(f"the object cannot be stored as JSON: {type(exc).__name__}") from exc
    return text


class _Transactional:
    """One transaction per outermost :meth:`transaction`; nested calls join it.

    Subclasses say what ending one means (:meth:`_commit`, :meth:`_rollback`) and hold ``_lock``
    (an ``RLock``), which the transaction keeps for its whole length.
    """

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._depth = 0

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside land together, or none does."""
        with self._lock:
            self._depth += 1
            try:
                yield
            except BaseException:
                if self._depth == 1:
                    self._rollback()
                raise
            else:
                if self._depth == 1:
                    self._commit()
            finally:
                self._depth -= 1

    def _commit(self) -> None:
        raise NotImplementedError

    def _rollback(self) -> None:
        raise NotImplementedError


class MemoryStore(_Transactional):
    """Dict-backed store of JSON texts; ``reset()`` empties it."""

    def __init__(self) -> None:
        super().__init__()
        self._objects: dict[tuple[str, str], dict[str, str]] = {}
        self._counters: dict[tuple[str, str], int] = {}
        self._undo: list[tuple[tuple[str, str], str | None, Any, list[str] | None]] = []
        """The open transaction's undo log: (bucket, object id or ``None`` for the bucket's counter,
        previous value or ``None``, the bucket's order before a delete)."""

    def _commit(self) -> None:
        self._undo.clear()

    def _rollback(self) -> None:
        undo, self._undo = self._undo, []
        for key, obj_id, previous, order in reversed(undo):
            if obj_id is None:
                if previous is None:
                    self._counters.pop(key, None)
                else:
                    self._counters[key] = previous
                continue
            bucket = self._objects.setdefault(key, {})
            if previous is None:
                bucket.pop(obj_id, None)
                continue
            bucket[obj_id] = previous
            if order is not None:  # an undone delete: put the object back where it was listed
                self._objects[key] = {i: bucket[i] for i in order if i in bucket} | bucket

    def _remember(self, key: tuple[str, str], obj_id: str, *, deleting: bool = False) -> None:
        if self._depth:
            bucket = self._objects.get(key, {})
            previous = bucket.get(obj_id)
            order = list(bucket) if deleting and previous is not None else None
            self._undo.append((key, obj_id, previous, order))

    def insert(self, project_id: str, kind: str, obj_id: str, obj: JsonObj) -> None:
        text = encode(obj)
        with self._lock:
            key = (project_id, kind)
            self._remember(key, obj_id)
            self._objects.setdefault(key, {})[obj_id] = text

    def get(self, project_id: str, kind: str, obj_id: str) -> JsonObj | None:
        with self._lock:
            text = self._objects.get((project_id, kind), {}).get(obj_id)
        return _decode(text) if text is not None else None

    def update(self, project_id: str, kind: str, obj_id: str, obj: JsonObj) -> None:
        self.insert(project_id, kind, obj_id, obj)

    def delete(self, project_id: str, kind: str, obj_id: str) -> bool:
        with self._lock:
            key = (project_id, kind)
            self._remember(key, obj_id, deleting=True)
            return self._objects.get(key, {}).pop(obj_id, None) is not None

    def list(self, project_id: str, kind: str) -> list[JsonObj]:
        with self._lock:
            texts = list(self._objects.get((project_id, kind), {}).values())
        return [_decode(t) for t in texts]

    def next_id(self, project_id: str, kind: str) -> int:
        with self._lock:
            key = (project_id, kind)
            if self._depth:
                self._undo.append((key, None, self._counters.get(key), None))
            value = self._counters.get(key, 0) + 1
            self._counters[key] = value
            return value

    def reset(self) -> None:
        """Forget everything."""
        with self._lock:
            self._objects.clear()
            self._counters.clear()

    def close(self) -> None:
        """Nothing to release; present for symmetry with :class:`SqliteStore`."""


def _decode(text: str) -> JsonObj:
    doc: JsonObj = json.loads(text)
    return doc


_SCHEMA = """
CREATE TABLE IF NOT EXISTS objects (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    project TEXT NOT NULL,
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    doc TEXT NOT NULL,
    UNIQUE (project, kind, id)
);
CREATE TABLE IF NOT EXISTS counters (
    project TEXT NOT NULL,
    kind TEXT NOT NULL,
    value INTEGER NOT NULL,
    PRIMARY KEY (project, kind)
);
"""


class SqliteStore(_Transactional):
    """SQLite-backed store: each transaction is committed when it ends, so a restart keeps the state.

    A write outside :meth:`transaction` is its own transaction.  A process killed in the middle of one
    leaves SQLite's journal behind, which rolls the half-written transaction back on the next open.
    """

    def __init__(self, path: str | Path) -> None:
        super().__init__()
        self.path = str(path)
        self._conn: sqlite3.Connection | None = sqlite3.connect(self.path, check_same_thread=False)
        self._conn.executescript(_SCHEMA)
        self._conn.commit()

    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            raise RuntimeError("the SQLite store is closed")
        return self._conn

    def _commit(self) -> None:
        self._db().commit()

    def _rollback(self) -> None:
        if self._conn is not None:
            self._conn.rollback()

    def _write(self, sql: str, args: tuple[Any, ...]) -> sqlite3.Cursor:
        with self.transaction():
            return self._db().execute(sql, args)

    def insert(self, project_id: str, kind: str, obj_id: str, obj: JsonObj) -> None:
        text = encode(obj)
        with self._lock:
            self._write(
                "INSERT INTO objects (project, kind, id, doc) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (project, kind, id) DO UPDATE SET doc = excluded.doc",
                (project_id, kind, obj_id, text),
            )

    def get(self, project_id: str, kind: str, obj_id: str) -> JsonObj | None:
        with self._lock:
            sql = "SELECT doc FROM objects WHERE project = ? AND kind = ? AND id = ?"
            row = self._db().execute(sql, (project_id, kind, obj_id)).fetchone()
        return _decode(row[0]) if row is not None else None

    def update(self, project_id: str, kind: str, obj_id: str, obj: JsonObj) -> None:
        self.insert(project_id, kind, obj_id, obj)

    def delete(self, project_id: str, kind: str, obj_id: str) -> bool:
        with self._lock:
            cur = self._write(
                "DELETE FROM objects WHERE project = ? AND kind = ? AND id = ?", (project_id, kind, obj_id)
            )
            return cur.rowcount > 0

    def list(self, project_id: str, kind: str) -> list[JsonObj]:
        with self._lock:
            rows = (
                self._db()
                .execute("SELECT doc FROM objects WHERE project = ? AND kind = ? ORDER BY seq", (project_id, kind))
                .fetchall()
            )
        return [_decode(r[0]) for r in rows]

    def next_id(self, project_id: str, kind: str) -> int:
        with self.transaction():
            db = self._db()
            db.execute(
                "INSERT INTO counters (project, kind, value) VALUES (?, ?, 1) "
                "ON CONFLICT (project, kind) DO UPDATE SET value = value + 1",
                (project_id, kind),
            )
            row = db.execute("SELECT value FROM counters WHERE project = ? AND kind = ?", (project_id, kind)).fetchone()
            return int(row[0])

    def reset(self) -> None:
        """Delete every object and counter (the file stays)."""
        with self.transaction():
            db = self._db()
            db.execute("DELETE FROM objects")
            db.execute("DELETE FROM counters")

    def close(self) -> None:
        """Close the connection (idempotent)."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


def open_store(state_file: str | Path | None) -> MemoryStore | SqliteStore:
    """A SQLite store for a file path, else an in-memory one."""
    if state_file:
        return SqliteStore(state_file)
    return MemoryStore()
