"""The stores' secondary indexes: ``select`` and ``count`` read one page or one group, on both backends.

Why these tests: a list handler now reads through an index instead of decoding every object of its
kind, so an index must say exactly what a scan of ``list`` would say -- same objects, same order
(equal keys in insertion order, in both directions), same counts -- after any mix of inserts,
updates, deletes and rolled-back transactions, and the SQLite one must survive a reopen.  The
property test compares both backends with that scan on random histories.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeAlias

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from modelarts_emulator.framework import Index, IndexKey, JsonObj, ProjectStore
from modelarts_emulator.state import MemoryStore, SqliteStore, UnstorableObject


def _group_rank(obj: JsonObj) -> IndexKey:
    return (str(obj["group"]), int(obj["rank"]))


def _name(obj: JsonObj) -> IndexKey:
    return (str(obj.get("name", "")).lower(),)


BY_GROUP = Index("item", "by_group", _group_rank)
BY_NAME = Index("item", "by_name", _name)
INDEXES = (BY_GROUP, BY_NAME)

Store: TypeAlias = MemoryStore | SqliteStore


@pytest.fixture(params=["memory", "sqlite"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    backend: Store = MemoryStore(INDEXES) if request.param == "memory" else SqliteStore(tmp_path / "s.db", INDEXES)
    yield backend
    backend.close()


def _item(n: int, group: str = "a", rank: int = 0, name: str = "") -> JsonObj:
    return {"n": n, "group": group, "rank": rank, "name": name or f"item-{n}"}


def _ns(objs: list[JsonObj]) -> list[int]:
    return [int(o["n"]) for o in objs]


def _scan(store: Store, index: Index, prefix: IndexKey, *, descending: bool = False) -> list[JsonObj]:
    """What ``select`` must return, from ``list`` (insertion order) and a stable sort."""
    matching = [o for o in store.list("p", index.kind) if index.key(o)[: len(prefix)] == prefix]
    return sorted(matching, key=lambda o: _sort_key(index.key(o)), reverse=descending)


def _sort_key(key: IndexKey) -> tuple[tuple[int, Any], ...]:
    return tuple((0 if not isinstance(part, str) else 1, part) for part in key)


def test_select_reads_one_group_in_key_order(store: Store) -> None:
    for n, (group, rank) in enumerate([("a", 3), ("b", 1), ("a", 1), ("a", 2), ("b", 0)], start=1):
        store.insert("p", "item", str(n), _item(n, group, rank))
    store.insert("other", "item", "9", _item(9, "a", 0))  # another project is never seen
    assert _ns(store.select("p", BY_GROUP, ("a",))) == [3, 4, 1]
    assert _ns(store.select("p", BY_GROUP, ("a",), descending=True)) == [1, 4, 3]
    assert _ns(store.select("p", BY_GROUP)) == [3, 4, 1, 5, 2]
    assert _ns(store.select("p", BY_GROUP, ("a", 2))) == [4]
    assert _ns(store.select("p", BY_GROUP, ("c",))) == []
    assert store.count("p", BY_GROUP, ("a",)) == 3
    assert store.count("p", BY_GROUP) == 5
    assert store.count("p", BY_GROUP, ("a", 9)) == 0
    assert store.count("nobody", BY_GROUP) == 0


def test_offset_and_limit_page_both_directions(store: Store) -> None:
    for n in range(1, 8):
        store.insert("p", "item", str(n), _item(n, rank=n))
    assert _ns(store.select("p", BY_GROUP, ("a",), offset=2, limit=3)) == [3, 4, 5]
    assert _ns(store.select("p", BY_GROUP, ("a",), offset=2, limit=3, descending=True)) == [5, 4, 3]
    assert _ns(store.select("p", BY_GROUP, ("a",), offset=5)) == [6, 7]
    assert _ns(store.select("p", BY_GROUP, ("a",), offset=6, limit=5, descending=True)) == [1]
    assert store.select("p", BY_GROUP, ("a",), offset=7) == []
    assert store.select("p", BY_GROUP, ("a",), limit=0) == []
    assert _ns(store.select("p", BY_GROUP, ("a",), offset=-3, limit=1)) == [1]


def test_equal_keys_stay_in_insertion_order_both_ways(store: Store) -> None:
    names = ["b", "A", "a", "c", "B", "a"]
    for n, name in enumerate(names, start=1):
        store.insert("p", "item", str(n), _item(n, name=name))
    assert _ns(store.select("p", BY_NAME)) == [2, 3, 6, 1, 5, 4]
    # Highest key first, equal keys still oldest first: what sorted(..., reverse=True) gives.
    assert _ns(store.select("p", BY_NAME, descending=True)) == [4, 1, 5, 2, 3, 6]
    pages = [_ns(store.select("p", BY_NAME, offset=start, limit=2, descending=True)) for start in (0, 2, 4)]
    assert pages == [[4, 1], [5, 2], [3, 6]]
    assert _ns(store.select("p", BY_NAME, offset=1, limit=3, descending=True)) == [1, 5, 2]


def test_updates_move_keys_and_keep_the_insertion_place(store: Store) -> None:
    for n in range(1, 4):
        store.insert("p", "item", str(n), _item(n, name="same"))
    store.update("p", "item", "1", _item(1, group="b", name="same"))
    assert _ns(store.select("p", BY_GROUP, ("a",))) == [2, 3]
    assert _ns(store.select("p", BY_GROUP, ("b",))) == [1]
    assert _ns(store.select("p", BY_NAME, ("same",))) == [1, 2, 3]  # still the first inserted
    assert store.delete("p", "item", "2")
    assert not store.delete("p", "item", "2")
    store.insert("p", "item", "2", _item(2, name="same"))  # a new object: listed last
    assert _ns(store.select("p", BY_NAME, ("same",))) == [1, 3, 2]
    assert store.count("p", BY_NAME, ("same",)) == 3


def test_a_rolled_back_transaction_leaves_the_indexes_as_they_were(store: Store) -> None:
    for n in range(1, 5):
        store.insert("p", "item", str(n), _item(n, name="tie" if n % 2 else f"n{n}"))
    before = {
        (index.name, descending): _ns(store.select("p", index, descending=descending))
        for index in INDEXES
        for descending in (False, True)
    }
    with pytest.raises(RuntimeError), store.transaction():
        store.insert("p", "item", "5", _item(5, name="tie"))
        store.update("p", "item", "1", _item(1, group="z", rank=7, name="moved"))
        store.delete("p", "item", "3")
        with store.transaction():  # a nested transaction joins the outer one
            store.delete("p", "item", "2")
            assert store.count("p", BY_NAME, ("tie",)) == 1  # reads see the transaction's writes
        raise RuntimeError("crash in the middle")
    after = {
        (index.name, descending): _ns(store.select("p", index, descending=descending))
        for index in INDEXES
        for descending in (False, True)
    }
    assert after == before
    assert _ns(store.select("p", BY_NAME, ("tie",))) == [1, 3]
    assert _ns(store.list("p", "item")) == [1, 2, 3, 4]


def test_a_committed_transaction_keeps_its_index_entries(store: Store) -> None:
    with store.transaction():
        store.insert("p", "item", "1", _item(1, rank=2))
        store.insert("p", "item", "2", _item(2, rank=1))
        store.delete("p", "item", "1")
    assert _ns(store.select("p", BY_GROUP, ("a",))) == [2]


@pytest.mark.parametrize(
    "bad",
    [
        {"n": 1, "group": "a", "rank": True},  # a boolean is not a number here
        {"n": 1, "group": "a", "rank": 2**63},  # wider than SQLite's integers
        {"n": 1, "group": "\ud800", "rank": 1},  # no UTF-8 form
    ],
    ids=["bool", "wide", "surrogate"],
)
def test_an_object_without_a_valid_key_is_refused_and_nothing_is_written(store: Store, bad: JsonObj) -> None:
    store.insert("p", "item", "1", _item(1))
    bad_index = Index("item", "by_rank_as_is", lambda o: ("x", o["rank"]) if "rank" in o else ("x",))
    store.add_index(bad_index)
    with pytest.raises((ValueError, UnstorableObject)):
        store.insert("p", "item", "2", bad)
    with pytest.raises((ValueError, UnstorableObject)):
        store.update("p", "item", "1", bad)
    assert store.list("p", "item") == [_item(1)]
    assert _ns(store.select("p", bad_index)) == [1]


def test_an_unknown_index_is_an_error(store: Store) -> None:
    with pytest.raises(KeyError):
        store.select("p", Index("item", "nope", _name))
    with pytest.raises(KeyError):
        store.count("p", Index("item", "by_group", _name))  # same name, another index object


def test_numbers_sort_before_text_on_both_backends(store: Store) -> None:
    mixed = Index("mix", "mixed", lambda o: (o["v"],))
    store.add_index(mixed)
    for n, value in enumerate(["b", 2, "a", 1.5, -3], start=1):
        store.insert("p", "mix", str(n), {"n": n, "v": value})
    assert _ns(store.select("p", mixed)) == [5, 4, 2, 3, 1]
    assert _ns(store.select("p", mixed, (2.0,))) == [2]  # 2 == 2.0, as in Python


def test_an_index_added_later_is_built_from_the_stored_objects(store: Store) -> None:
    fresh = MemoryStore() if isinstance(store, MemoryStore) else SqliteStore(Path(store.path).with_name("late.db"))
    try:
        for n in (1, 2, 3):
            fresh.insert("p", "item", str(n), _item(n, rank=-n))
        fresh.add_index(BY_GROUP)
        assert _ns(fresh.select("p", BY_GROUP, ("a",))) == [3, 2, 1]
        fresh.add_index(BY_GROUP)  # the same index again: nothing changes
        assert fresh.count("p", BY_GROUP) == 3
    finally:
        fresh.close()


def test_sqlite_indexes_survive_a_reopen_and_follow_a_changed_key(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    first = SqliteStore(path, INDEXES)
    for n in range(1, 4):
        first.insert("p", "item", str(n), _item(n, rank=n))
    first.delete("p", "item", "2")
    first.close()
    again = SqliteStore(path, INDEXES)
    try:
        assert _ns(again.select("p", BY_GROUP, ("a",), descending=True)) == [3, 1]
    finally:
        again.close()
    reversed_rank = Index("item", "by_group", lambda o: (str(o["group"]), -int(o["rank"])))
    changed = SqliteStore(path, [reversed_rank, BY_NAME])
    try:
        assert _ns(changed.select("p", reversed_rank, ("a",))) == [3, 1]
    finally:
        changed.close()


def test_reset_empties_the_indexes(store: Store) -> None:
    store.insert("p", "item", "1", _item(1))
    store.reset()
    assert store.count("p", BY_GROUP) == 0
    store.insert("p", "item", "1", _item(1))
    assert _ns(store.select("p", BY_GROUP)) == [1]


def test_a_project_store_passes_selects_through(store: Store) -> None:
    scoped = ProjectStore(store, "p")
    scoped.insert("item", "1", _item(1, rank=5))
    scoped.insert("item", "2", _item(2, rank=4))
    assert _ns(scoped.select(BY_GROUP, ("a",), limit=1)) == [2]
    assert _ns(scoped.select(BY_GROUP, ("a",), offset=1, descending=True)) == [2]
    assert scoped.count(BY_GROUP, ("a",)) == 2


def test_fields_return_copies_of_only_those_fields(store: Store) -> None:
    store.insert("p", "item", "1", {**_item(1), "tags": ["a", {"b": 1}]})
    store.insert("p", "item", "2", _item(2, rank=1))
    picked = store.select("p", BY_GROUP, ("a",), fields=("n", "tags", "absent"))
    assert picked == [{"n": 1, "tags": ["a", {"b": 1}]}, {"n": 2}]
    picked[0]["tags"][1]["b"] = 99  # a nested value handed out is a copy
    picked[0]["n"] = 7
    assert store.select("p", BY_GROUP, ("a",), limit=1, fields=("n", "tags")) == [{"n": 1, "tags": ["a", {"b": 1}]}]
    store.update("p", "item", "1", {**_item(1), "tags": []})  # a projection follows the latest write
    assert store.select("p", BY_GROUP, ("a",), limit=1, fields=("tags",)) == [{"tags": []}]


def test_select_groups_is_count_and_select_for_each_prefix(store: Store) -> None:
    for n, (group, rank) in enumerate([("a", 1), ("b", 5), ("a", 3), ("b", 2), ("a", 2)], start=1):
        store.insert("p", "item", str(n), _item(n, group, rank))
    prefixes: list[IndexKey] = [("a",), ("c",), ("b",), ("a",)]
    groups = store.select_groups("p", BY_GROUP, prefixes, limit=2, descending=True)
    assert [(total, _ns(found)) for total, found in groups] == [(3, [3, 5]), (0, []), (2, [2, 4]), (3, [3, 5])]
    latest = store.select_groups("p", BY_GROUP, [("b",)], limit=1, descending=True, fields=("n",))
    assert latest == [(2, [{"n": 2}])]
    everything = store.select_groups("p", BY_GROUP, [("a",)])
    assert [(total, _ns(found)) for total, found in everything] == [(3, [1, 5, 3])]
    assert store.select_groups("p", BY_GROUP, []) == []
    with pytest.raises(RuntimeError), store.transaction():
        store.delete("p", "item", "3")
        store.insert("p", "item", "6", _item(6, "a", 9))
        assert _ns(store.select_groups("p", BY_GROUP, [("a",)], limit=1, descending=True)[0][1]) == [6]
        raise RuntimeError("rolled back")
    assert store.select_groups("p", BY_GROUP, [("a",)], limit=1, descending=True, fields=("n",)) == [(3, [{"n": 3}])]


# --------------------------------------------------------------------------- random histories

_ids = st.sampled_from([str(n) for n in range(1, 9)])
_objects = st.builds(
    lambda group, rank, name: {"group": group, "rank": rank, "name": name},
    st.sampled_from(["a", "b"]),
    st.integers(min_value=0, max_value=3),
    st.sampled_from(["x", "X", "y", ""]),
)
_writes = st.lists(
    st.one_of(st.tuples(st.just("put"), _ids, _objects), st.tuples(st.just("delete"), _ids, st.none())),
    max_size=12,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(history=st.lists(st.tuples(_writes, st.booleans()), max_size=5), page=st.integers(0, 4), size=st.integers(1, 4))
def test_select_agrees_with_a_scan_after_any_history(
    tmp_path_factory: pytest.TempPathFactory,
    history: list[tuple[list[tuple[str, str, JsonObj | None]], bool]],
    page: int,
    size: int,
) -> None:
    stores: list[Store] = [MemoryStore(INDEXES), SqliteStore(tmp_path_factory.mktemp("h") / "s.db", INDEXES)]
    try:
        for store in stores:
            for writes, fail in history:
                with pytest.raises(RuntimeError) if fail else contextlib.nullcontext(), store.transaction():
                    for action, obj_id, obj in writes:
                        if action == "put" and obj is not None:
                            store.insert("p", "item", obj_id, {**obj, "n": int(obj_id)})
                        else:
                            store.delete("p", "item", obj_id)
                    if fail:
                        raise RuntimeError("rolled back")
        answers = []
        for store in stores:
            seen = []
            for index, prefixes in ((BY_GROUP, [(), ("a",), ("b", 1)]), (BY_NAME, [(), ("x",), ("",)])):
                for prefix in prefixes:
                    for descending in (False, True):
                        expected = _scan(store, index, prefix, descending=descending)
                        got = store.select("p", index, prefix, descending=descending)
                        assert got == expected
                        window = store.select("p", index, prefix, offset=page * size, limit=size, descending=descending)
                        assert window == expected[page * size : page * size + size]
                        assert store.count("p", index, prefix) == len(expected)
                        groups = store.select_groups("p", index, [prefix, prefix], limit=size, descending=descending)
                        assert groups == [(len(expected), expected[:size])] * 2
                        seen.append(got)
            answers.append((store.list("p", "item"), seen))
        assert answers[0] == answers[1]  # both backends tell the same story
    finally:
        for store in stores:
            store.close()
