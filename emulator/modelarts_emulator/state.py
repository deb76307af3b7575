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

Secondary indexes (:class:`modelarts_emulator.framework.Index`) let a handler read what it returns
and no more: ``select`` decodes one page of one index range, ``count`` decodes nothing.  Both
backends keep them in the write's transaction (a rollback or a crash undoes an index entry with its
object) and order equal keys by insertion, like ``list``: the memory store in sorted lists searched
by bisection, the SQLite store in a table with an ordering index.  Index keys are derived data: an
index added to a store is built from the objects already there.

Projections (``fields``) copy only the fields a handler reads.  The memory store decodes a record once
for them and keeps the plain-valued projections it made (a write replaces the record, so nothing
kept goes stale); each reader still gets its own copy, so the first rule holds for them too.
"""

from __future__ import annotations

import contextlib
import copy
import json
import math
import sqlite3
import threading
from bisect import bisect_left, insort
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from .framework import Index, IndexKey, JsonObj

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


MAX_KEY_PARTS = 4
"""Parts of an index key (the SQLite table has one column per part)."""

_INT64 = 2**63
_Part = tuple[int, "str | int | float"]
_Sortable = tuple[_Part, ...]
"""An index key as both backends order it: each part tagged 0 (a number) or 1 (text), so numbers
sort before text (SQLite's order of storage classes) and Python never compares a number to text."""


def _sortable(parts: IndexKey, what: str) -> _Sortable:
    """``parts`` checked (text with a UTF-8 form, finite numbers within 64 bits) and tagged."""
    if type(parts) is not tuple or len(parts) > MAX_KEY_PARTS:
        raise ValueError(f"{what}: a tuple of at most {MAX_KEY_PARTS} parts, not {parts!r}")
    tagged: list[_Part] = []
    for part in parts:
        if type(part) is str:
            part.encode("utf-8")  # an unpaired surrogate raises UnicodeEncodeError, a ValueError
            tagged.append((1, part))
        elif (type(part) is int and -_INT64 <= part < _INT64) or (type(part) is float and math.isfinite(part)):
            tagged.append((0, part))
        elif isinstance(part, (int, float)) and type(part) not in (int, float, bool):  # subclasses: as their base
            tagged.extend(_sortable((int(part) if isinstance(part, int) else float(part),), what))
        else:
            raise ValueError(f"{what}: each part is text or a finite 64-bit number, not {part!r}")
    return tuple(tagged)


class _Transactional:
    """One transaction per outermost :meth:`transaction`; nested calls join it.

    Subclasses say what ending one means (:meth:`_commit`, :meth:`_rollback`) and hold ``_lock``
    (an ``RLock``), which the transaction keeps for its whole length.  Also here: the indexes the
    store keeps, by kind, and the keys of an object in each of them.
    """

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._depth = 0
        self._indexes: dict[str, dict[str, Index]] = {}

    def _register(self, index: Index) -> bool:
        """Remember ``index``; ``False`` if this very index was already known (nothing to build)."""
        if self._depth:
            raise RuntimeError("an index cannot be added inside a transaction")
        known = self._indexes.setdefault(index.kind, {})
        if known.get(index.name) is index:
            return False
        known[index.name] = index
        return True

    def _checked(self, index: Index) -> Index:
        if self._indexes.get(index.kind, {}).get(index.name) is not index:
            raise KeyError(f"the store keeps no index {index.name!r} on {index.kind!r}")
        return index

    def _keys(self, kind: str, obj: JsonObj) -> dict[str, _Sortable]:
        """The keys of ``obj`` in each index of its kind (before anything is written)."""
        indexes = self._indexes.get(kind)
        if not indexes:
            return {}
        return {name: _sortable(ix.key(obj), f"key of index {name!r} on {kind!r}") for name, ix in indexes.items()}

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


class _Record:
    """One stored object: its insertion number, its JSON text, its index keys and, once a projection
    has read it, its decoded form and the projections made of it (private to the store: only
    copies leave).  A write replaces the record, so nothing derived from it goes stale."""

    __slots__ = ("doc", "keys", "projections", "seq", "text")

    def __init__(self, seq: int, text: str, keys: dict[str, _Sortable]) -> None:
        self.seq = seq
        self.text = text
        self.keys = keys
        self.doc: JsonObj | None = None
        self.projections: dict[tuple[str, ...], JsonObj] | None = None

    def project(self, fields: tuple[str, ...]) -> JsonObj:
        """A copy of ``fields`` of the object; one made only of plain values is kept for the next
        reader, who gets its own shallow copy (nothing in it can be changed in place)."""
        kept = self.projections.get(fields) if self.projections is not None else None
        if kept is not None:
            return dict(kept)
        if self.doc is None:
            self.doc = _decode(self.text)
        made = _project(self.doc, fields)
        if all(type(value) in _SCALARS for value in made.values()):
            if self.projections is None:
                self.projections = {}
            self.projections[fields] = made
            return dict(made)
        return made


_Entry = tuple[_Sortable, int, str]
"""An index entry: (key, the object's insertion number, its id); entries sort by key, then insertion."""

_AFTER: _Part = (2, "")
"""A part that sorts after every real one (tagged 0 or 1): ``prefix + (_AFTER,)`` bounds a prefix."""


class MemoryStore(_Transactional):
    """Dict-backed store of JSON texts; ``reset()`` empties it.

    Each bucket (project, kind) maps ids to records in insertion order, which is also the order of
    the records' ``seq``; each index is a list of entries kept sorted.
    """

    def __init__(self, indexes: Iterable[Index] = ()) -> None:
        super().__init__()
        self._objects: dict[tuple[str, str], dict[str, _Record]] = {}
        self._counters: dict[tuple[str, str], int] = {}
        self._entries: dict[tuple[str, str, str], list[_Entry]] = {}
        self._seq = 0
        self._undo: list[tuple[tuple[str, str], str | None, Any]] = []
        """The open transaction's undo log: (bucket, object id or ``None`` for the bucket's counter,
        previous record or counter value, or ``None`` when there was none)."""
        for index in indexes:
            self.add_index(index)

    def add_index(self, index: Index) -> None:
        """Keep ``index`` from now on, built from the objects already stored."""
        with self._lock:
            if not self._register(index):
                return
            for (project_id, kind), bucket in self._objects.items():
                if kind != index.kind:
                    continue
                entries: list[_Entry] = []
                what = f"key of index {index.name!r} on {kind!r}"
                for obj_id, record in bucket.items():
                    record.keys[index.name] = _sortable(index.key(_decode(record.text)), what)
                    entries.append((record.keys[index.name], record.seq, obj_id))
                entries.sort()
                self._entries[(project_id, kind, index.name)] = entries

    def _commit(self) -> None:
        self._undo.clear()

    def _rollback(self) -> None:
        undo, self._undo = self._undo, []
        moved: set[tuple[str, str]] = set()
        for key, obj_id, previous in reversed(undo):
            if obj_id is None:
                if previous is None:
                    self._counters.pop(key, None)
                else:
                    self._counters[key] = previous
                continue
            bucket = self._objects.setdefault(key, {})
            current = bucket.get(obj_id)
            if current is not None:
                self._unindex(key, obj_id, current)
            if previous is None:
                bucket.pop(obj_id, None)
                continue
            if current is None:  # an undone delete: the object goes back where it was listed
                moved.add(key)
            bucket[obj_id] = previous
            self._index(key, obj_id, previous)
        for key in moved:
            bucket = self._objects[key]
            self._objects[key] = dict(sorted(bucket.items(), key=lambda item: item[1].seq))

    def _index(self, bucket: tuple[str, str], obj_id: str, record: _Record) -> None:
        project_id, kind = bucket
        for name, key in record.keys.items():
            insort(self._entries.setdefault((project_id, kind, name), []), (key, record.seq, obj_id))

    def _unindex(self, bucket: tuple[str, str], obj_id: str, record: _Record) -> None:
        project_id, kind = bucket
        for name, key in record.keys.items():
            entries = self._entries[(project_id, kind, name)]
            entry = (key, record.seq, obj_id)
            at = bisect_left(entries, entry)
            if at < len(entries) and entries[at] == entry:
                del entries[at]

    def insert(self, project_id: str, kind: str, obj_id: str, obj: JsonObj) -> None:
        text = encode(obj)
        with self._lock:
            keys = self._keys(kind, obj)
            key = (project_id, kind)
            bucket = self._objects.setdefault(key, {})
            previous = bucket.get(obj_id)
            if self._depth:
                self._undo.append((key, obj_id, previous))
            if previous is None:
                self._seq += 1
                record = _Record(self._seq, text, keys)
            else:
                self._unindex(key, obj_id, previous)
                record = _Record(previous.seq, text, keys)
            bucket[obj_id] = record
            self._index(key, obj_id, record)

    def get(self, project_id: str, kind: str, obj_id: str) -> JsonObj | None:
        with self._lock:
            record = self._objects.get((project_id, kind), {}).get(obj_id)
            text = record.text if record is not None else None
        return _decode(text) if text is not None else None

    def update(self, project_id: str, kind: str, obj_id: str, obj: JsonObj) -> None:
        self.insert(project_id, kind, obj_id, obj)

    def delete(self, project_id: str, kind: str, obj_id: str) -> bool:
        with self._lock:
            key = (project_id, kind)
            previous = self._objects.get(key, {}).pop(obj_id, None)
            if previous is None:
                return False
            if self._depth:
                self._undo.append((key, obj_id, previous))
            self._unindex(key, obj_id, previous)
            return True

    def _entries_of(self, project_id: str, index: Index) -> list[_Entry]:
        return self._entries.get((project_id, self._checked(index).kind, index.name), [])

    def _read(
        self,
        bucket: dict[str, _Record],
        entries: list[_Entry],
        prefix: IndexKey,
        offset: int,
        limit: int | None,
        descending: bool,
        fields: Sequence[str] | None,
    ) -> tuple[int, list[Any]]:
        """How many entries start with ``prefix``, and the chosen ones as JSON texts (``fields`` is
        ``None``) or as projections."""
        lo, hi = _bounds(entries, _sortable(prefix, "prefix"))
        offset = max(offset, 0)
        stop = hi - lo if limit is None else min(hi - lo, offset + max(limit, 0))
        chosen = _descending(entries, lo, hi, offset, stop) if descending else entries[lo + offset : lo + stop]
        if fields is None:
            return hi - lo, [bucket[obj_id].text for _, _, obj_id in chosen]
        wanted = tuple(fields)
        return hi - lo, [bucket[obj_id].project(wanted) for _, _, obj_id in chosen]

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
    ) -> list[JsonObj]:
        with self._lock:
            entries = self._entries_of(project_id, index)
            bucket = self._objects.get((project_id, index.kind), {})
            _, found = self._read(bucket, entries, prefix, offset, limit, descending, fields)
        return found if fields is not None else [_decode(t) for t in found]

    def select_groups(
        self,
        project_id: str,
        index: Index,
        prefixes: Sequence[IndexKey],
        *,
        limit: int | None = None,
        descending: bool = False,
        fields: Sequence[str] | None = None,
    ) -> list[tuple[int, list[JsonObj]]]:
        groups: list[tuple[int, list[Any]]] = []
        with self._lock:
            entries = self._entries_of(project_id, index)
            bucket = self._objects.get((project_id, index.kind), {})
            for prefix in prefixes:
                lo, hi = _bounds(entries, _sortable(prefix, "prefix"))
                stop = hi - lo if limit is None else min(hi - lo, max(limit, 0))
                chosen = _descending(entries, lo, hi, 0, stop) if descending else entries[lo : lo + stop]
                if fields is None:
                    groups.append((hi - lo, [bucket[obj_id].text for _, _, obj_id in chosen]))
                else:
                    groups.append((hi - lo, [bucket[obj_id].project(tuple(fields)) for _, _, obj_id in chosen]))
        if fields is not None:
            return groups
        return [(total, [_decode(t) for t in texts]) for total, texts in groups]

    def count(self, project_id: str, index: Index, prefix: IndexKey = ()) -> int:
        with self._lock:
            lo, hi = _bounds(self._entries_of(project_id, index), _sortable(prefix, "prefix"))
            return hi - lo

    def list(self, project_id: str, kind: str) -> list[JsonObj]:
        with self._lock:
            texts = [record.text for record in self._objects.get((project_id, kind), {}).values()]
        return [_decode(t) for t in texts]

    def next_id(self, project_id: str, kind: str) -> int:
        with self._lock:
            key = (project_id, kind)
            if self._depth:
                self._undo.append((key, None, self._counters.get(key)))
            value = self._counters.get(key, 0) + 1
            self._counters[key] = value
            return value

    def reset(self) -> None:
        """Forget everything (the indexes stay declared, and empty)."""
        with self._lock:
            self._objects.clear()
            self._counters.clear()
            self._entries.clear()

    def close(self) -> None:
        """Nothing to release; present for symmetry with :class:`SqliteStore`."""


_SCALARS = frozenset({str, int, float, bool, type(None)})
"""The types a decoded JSON value shares safely (it cannot be changed in place)."""


def _project(doc: JsonObj, fields: Sequence[str]) -> JsonObj:
    """The ``fields`` of ``doc`` that it has, as a new object (a nested value is copied)."""
    out: JsonObj = {}
    for name in fields:
        if name in doc:
            value = doc[name]
            out[name] = value if type(value) in _SCALARS else copy.deepcopy(value)
    return out


def _bounds(entries: list[_Entry], wanted: _Sortable) -> tuple[int, int]:
    """The slice of ``entries`` whose keys start with ``wanted``."""
    if not wanted:
        return 0, len(entries)
    # (wanted,) sorts before every entry whose key starts with wanted, ((*wanted, _AFTER),) after.
    lo = bisect_left(entries, (wanted,))
    return lo, bisect_left(entries, ((*wanted, _AFTER),), lo)


def _descending(entries: list[_Entry], lo: int, hi: int, offset: int, stop: int) -> list[_Entry]:
    """Positions ``offset`` to ``stop`` of ``entries[lo:hi]`` read from the highest key down, with
    equal keys still in insertion order (as ``sorted(..., reverse=True)`` leaves them).

    Reversing the range puts position ``r`` at ascending index ``hi - 1 - r``; within a run of equal
    keys ``[first, end)`` the insertion order is the run read forwards, so that index maps to
    ``first + end - 1 - index``.  Costs the page and one bisection per run of equal keys.
    """
    chosen: list[_Entry] = []
    index = hi - 1 - offset
    last = hi - stop  # the lowest ascending index taken
    while index >= last:
        key = entries[index][0]
        # The run of entries equal to key around index (looking at the neighbours first: keys are
        # often unique); (key,) sorts before (key, seq, id) and (key, inf) after it.
        first = index if index == lo or entries[index - 1][0] != key else bisect_left(entries, (key,), lo, index)
        if index + 1 == hi or entries[index + 1][0] != key:
            end = index + 1
        else:
            end = bisect_left(entries, (key, math.inf), index + 1, hi)
        for at in range(index, max(first, last) - 1, -1):
            chosen.append(entries[first + end - 1 - at])
        index = first - 1
    return chosen


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
CREATE TABLE IF NOT EXISTS entries (
    project TEXT NOT NULL,
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    k0, k1, k2, k3,
    seq INTEGER NOT NULL,
    PRIMARY KEY (project, kind, id, name)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entries_up ON entries (project, kind, name, k0, k1, k2, k3, seq);
CREATE INDEX IF NOT EXISTS entries_down ON entries (project, kind, name, k0 DESC, k1 DESC, k2 DESC, k3 DESC, seq);
"""
"""``entries`` holds the index keys: one row per object and index, a part per ``k`` column (no declared
type, so numbers stay numbers and sort before text, as in the memory store; a missing part is NULL and
sorts first, as a shorter tuple does), ``seq`` the object's row in ``objects``.  Two ordering indexes
serve both directions without a sort: equal keys stay in insertion order either way."""

_KEY_COLUMNS = tuple(f"k{n}" for n in range(MAX_KEY_PARTS))
_SELECT_UP = ", ".join(f"e.{c}" for c in _KEY_COLUMNS) + ", e.seq"
_SELECT_DOWN = ", ".join(f"e.{c} DESC" for c in _KEY_COLUMNS) + ", e.seq"


def _columns(key: _Sortable) -> tuple[str | int | float | None, ...]:
    """A tagged key as the ``k`` columns (missing parts ``NULL``)."""
    values: list[str | int | float | None] = [value for _, value in key]
    return tuple(values + [None] * (MAX_KEY_PARTS - len(values)))


class SqliteStore(_Transactional):
    """SQLite-backed store: each transaction is committed when it ends, so a restart keeps the state.

    A write outside :meth:`transaction` is its own transaction.  A process killed in the middle of one
    leaves SQLite's journal behind, which rolls the half-written transaction back on the next open.
    """

    def __init__(self, path: str | Path, indexes: Iterable[Index] = ()) -> None:
        super().__init__()
        self.path = str(path)
        self._conn: sqlite3.Connection | None = sqlite3.connect(self.path, check_same_thread=False)
        self._conn.executescript(_SCHEMA)
        self._conn.commit()
        for index in indexes:
            self.add_index(index)

    def add_index(self, index: Index) -> None:
        """Keep ``index`` from now on; its entries are rebuilt from the stored objects (in one
        transaction), so a file written without it, or with another ``key``, is indexed right."""
        with self._lock:
            if not self._register(index):
                return
            with self.transaction():
                db = self._db()
                db.execute("DELETE FROM entries WHERE kind = ? AND name = ?", (index.kind, index.name))
                what = f"key of index {index.name!r} on {index.kind!r}"
                rows = db.execute("SELECT project, id, seq, doc FROM objects WHERE kind = ?", (index.kind,)).fetchall()
                db.executemany(
                    "INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        (project, index.kind, obj_id, index.name, *_columns(_sortable(index.key(doc), what)), seq)
                        for project, obj_id, seq, doc in ((p, i, n, _decode(d)) for p, i, n, d in rows)
                    ],
                )

    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            raise RuntimeError("the SQLite store is closed")
        return self._conn

    def _commit(self) -> None:
        self._db().commit()

    def _rollback(self) -> None:
        if self._conn is not None:
            self._conn.rollback()

    def insert(self, project_id: str, kind: str, obj_id: str, obj: JsonObj) -> None:
        text = encode(obj)
        with self._lock:
            keys = self._keys(kind, obj)
            with self.transaction():
                db = self._db()
                db.execute(
                    "INSERT INTO objects (project, kind, id, doc) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (project, kind, id) DO UPDATE SET doc = excluded.doc",
                    (project_id, kind, obj_id, text),
                )
                if keys:  # (not RETURNING: SQLite before 3.35 lacks it)
                    sql = "SELECT seq FROM objects WHERE project = ? AND kind = ? AND id = ?"
                    row = db.execute(sql, (project_id, kind, obj_id)).fetchone()
                    db.executemany(
                        "INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [(project_id, kind, obj_id, name, *_columns(key), row[0]) for name, key in keys.items()],
                    )

    def get(self, project_id: str, kind: str, obj_id: str) -> JsonObj | None:
        with self._lock:
            sql = "SELECT doc FROM objects WHERE project = ? AND kind = ? AND id = ?"
            row = self._db().execute(sql, (project_id, kind, obj_id)).fetchone()
        return _decode(row[0]) if row is not None else None

    def update(self, project_id: str, kind: str, obj_id: str, obj: JsonObj) -> None:
        self.insert(project_id, kind, obj_id, obj)

    def delete(self, project_id: str, kind: str, obj_id: str) -> bool:
        with self._lock, self.transaction():
            db = self._db()
            where = "WHERE project = ? AND kind = ? AND id = ?"
            cur = db.execute(f"DELETE FROM objects {where}", (project_id, kind, obj_id))
            if cur.rowcount > 0:
                db.execute(f"DELETE FROM entries {where}", (project_id, kind, obj_id))
            return cur.rowcount > 0

    def _where(self, project_id: str, index: Index, prefix: IndexKey) -> tuple[str, tuple[Any, ...]]:
        wanted = _columns(_sortable(prefix, "prefix"))[: len(prefix)]
        sql = "e.project = ? AND e.kind = ? AND e.name = ?" + "".join(f" AND e.k{n} = ?" for n in range(len(wanted)))
        return sql, (project_id, self._checked(index).kind, index.name, *wanted)

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
    ) -> list[JsonObj]:
        found = self._select(project_id, index, prefix, offset, limit, descending)
        return found if fields is None else [_project(doc, fields) for doc in found]

    def select_groups(
        self,
        project_id: str,
        index: Index,
        prefixes: Sequence[IndexKey],
        *,
        limit: int | None = None,
        descending: bool = False,
        fields: Sequence[str] | None = None,
    ) -> list[tuple[int, list[JsonObj]]]:
        with self._lock:  # one consistent reading of all the groups
            return [
                (
                    self.count(project_id, index, prefix),
                    self.select(project_id, index, prefix, limit=limit, descending=descending, fields=fields),
                )
                for prefix in prefixes
            ]

    def _select(
        self, project_id: str, index: Index, prefix: IndexKey, offset: int, limit: int | None, descending: bool
    ) -> list[JsonObj]:
        with self._lock:
            where, args = self._where(project_id, index, prefix)
            order = _SELECT_DOWN if descending else _SELECT_UP
            sql = (
                f"SELECT o.doc FROM entries AS e JOIN objects AS o ON o.seq = e.seq "
                f"WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?"
            )
            limit_arg = -1 if limit is None else max(limit, 0)
            rows = self._db().execute(sql, (*args, limit_arg, max(offset, 0))).fetchall()
        return [_decode(r[0]) for r in rows]

    def count(self, project_id: str, index: Index, prefix: IndexKey = ()) -> int:
        with self._lock:
            where, args = self._where(project_id, index, prefix)
            row = self._db().execute(f"SELECT COUNT(*) FROM entries AS e WHERE {where}", args).fetchone()
        return int(row[0])

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
            db.execute("DELETE FROM entries")

    def close(self) -> None:
        """Close the connection (idempotent)."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


def open_store(state_file: str | Path | None, indexes: Iterable[Index] = ()) -> MemoryStore | SqliteStore:
    """A SQLite store for a file path, else an in-memory one, keeping ``indexes``."""
    if state_file:
        return SqliteStore(state_file, indexes)
    return MemoryStore(indexes)
