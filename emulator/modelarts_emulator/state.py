"""Resource storage: in memory by default, SQLite when a state file is given.

Why two backends behind one small interface (:class:`modelarts_emulator.framework.Store`): tests
want a fast, throw-away store; a demo wants resources to survive an emulator restart.  Objects are
JSON documents keyed by (project, kind, id); both backends hand out copies so a handler can never
mutate stored state by accident.  A lock serialises access because uvicorn may run the app in a
thread other than the one that created the store.
"""

from __future__ import annotations

import copy
import json
import sqlite3
import threading
from pathlib import Path
from typing import Any

from .framework import JsonObj

__all__ = ["MemoryStore", "SqliteStore", "open_store"]


class MemoryStore:
    """Dict-backed store; ``reset()`` empties it."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._objects: dict[tuple[str, str], dict[str, JsonObj]] = {}
        self._counters: dict[tuple[str, str], int] = {}

    def insert(self, project_id: str, kind: str, obj_id: str, obj: JsonObj) -> None:
        with self._lock:
            self._objects.setdefault((project_id, kind), {})[obj_id] = copy.deepcopy(obj)

    def get(self, project_id: str, kind: str, obj_id: str) -> JsonObj | None:
        with self._lock:
            obj = self._objects.get((project_id, kind), {}).get(obj_id)
            return copy.deepcopy(obj) if obj is not None else None

    def update(self, project_id: str, kind: str, obj_id: str, obj: JsonObj) -> None:
        with self._lock:
            bucket = self._objects.setdefault((project_id, kind), {})
            bucket[obj_id] = copy.deepcopy(obj)

    def delete(self, project_id: str, kind: str, obj_id: str) -> bool:
        with self._lock:
            return self._objects.get((project_id, kind), {}).pop(obj_id, None) is not None

    def list(self, project_id: str, kind: str) -> list[JsonObj]:
        with self._lock:
            return [copy.deepcopy(o) for o in self._objects.get((project_id, kind), {}).values()]

    def next_id(self, project_id: str, kind: str) -> int:
        with self._lock:
            value = self._counters.get((project_id, kind), 0) + 1
            self._counters[(project_id, kind)] = value
            return value

    def reset(self) -> None:
        """Forget everything."""
        with self._lock:
            self._objects.clear()
            self._counters.clear()

    def close(self) -> None:
        """Nothing to release; present for symmetry with :class:`SqliteStore`."""


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


class SqliteStore:
    """SQLite-backed store: every write is committed at once, so a restart keeps the state."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = sqlite3.connect(self.path, check_same_thread=False)
        self._conn.executescript(_SCHEMA)
        self._conn.commit()

    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            raise RuntimeError("the SQLite store is closed")
        return self._conn

    def _write(self, sql: str, args: tuple[Any, ...]) -> sqlite3.Cursor:
        db = self._db()
        cur = db.execute(sql, args)
        db.commit()
        return cur

    def insert(self, project_id: str, kind: str, obj_id: str, obj: JsonObj) -> None:
        with self._lock:
            self._write(
                "INSERT INTO objects (project, kind, id, doc) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (project, kind, id) DO UPDATE SET doc = excluded.doc",
                (project_id, kind, obj_id, json.dumps(obj)),
            )

    def get(self, project_id: str, kind: str, obj_id: str) -> JsonObj | None:
        with self._lock:
            sql = "SELECT doc FROM objects WHERE project = ? AND kind = ? AND id = ?"
            row = self._db().execute(sql, (project_id, kind, obj_id)).fetchone()
        if row is None:
            return None
        doc: JsonObj = json.loads(row[0])
        return doc

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
        return [json.loads(r[0]) for r in rows]

    def next_id(self, project_id: str, kind: str) -> int:
        with self._lock:
            db = self._db()
            db.execute(
                "INSERT INTO counters (project, kind, value) VALUES (?, ?, 1) "
                "ON CONFLICT (project, kind) DO UPDATE SET value = value + 1",
                (project_id, kind),
            )
            row = db.execute("SELECT value FROM counters WHERE project = ? AND kind = ?", (project_id, kind)).fetchone()
            db.commit()
            return int(row[0])

    def reset(self) -> None:
        """Delete every object and counter (the file stays)."""
        with self._lock:
            db = self._db()
            db.execute("DELETE FROM objects")
            db.execute("DELETE FROM counters")
            db.commit()

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
