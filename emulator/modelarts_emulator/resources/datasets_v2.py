"""Datasets of the data management API (``/v2/{project_id}/datasets``): the dataset itself, its
labels, its versions, its statistics and monitoring data.

Why it looks the way it does:

* State: kind ``dataset_v2`` keyed by ``dataset_id`` (19 letters and digits, as the service's ids
  look). The stored object holds what create and update set (name, type, description, data sources,
  work path, labels, schema, times); counts and the status are derived at read time from the samples
  (``dataset_samples_v2``), versions and tasks (``dataset_tasks_v2``), so they cannot drift.
* Tasks (import, export, synchronisation) finish on the clock. A finished import or sync changes
  samples and labels; that change is applied by the first request that touches the dataset after the
  task's end (:func:`open_dataset` runs the registered :data:`SETTLERS`), inside that request's
  transaction, so no background thread is needed and the manual clock moves everything at once.
* Status (``status``): 1 normal; 8 importing while an import task runs, 5 synchronising while a sync
  runs, 6 releasing while a version is being published (errata, "Datasets V2").
* Versions (kind ``dataset_version_v2``): a version freezes the samples as a manifest written to the
  emulator's OBS stand-in at ``{work_path}annotation/{version_name}/{dataset_name}-{version_name}.manifest``
  (the version's ``manifest_path``); it is "creating" (0) for ``dataset_version_publish`` seconds,
  then 1. Names ``V001``, ``V002``... unless one is given; a name is unique in a dataset (4371).
* Labels live in the dataset object; a label removed from the dataset is removed from its samples
  too, so the statistics follow.
* Errors: a dataset, version, label or task that does not exist is 404 with the data management codes
  (``ModelArts.4352`` dataset, ``4353`` version, ``4338`` other resources); a duplicate name (dataset
  4351, version 4371, label) and an operation refused while a task runs (4343 publishing, 4355 sync,
  4356 import) are 409 with the appendix's codes (errata, common entry 4). A request the spec accepts
  is never refused with 400 for its content: a path that names no OBS folder is kept, and what cannot
  be read or written there shows in the task it concerns.
"""

from __future__ import annotations

import copy
import secrets
import string
from collections.abc import Callable
from functools import cache
from typing import Any

from ..framework import (
    ApiError,
    Conflict,
    Context,
    IndexKey,
    JsonObj,
    NotFound,
    Reply,
    index,
    operation,
    sort_items,
)
from ..obs import ObsPathError, objects_of
from ..validation import spec_index
from .workspaces import bool_param, int_param, page_of

__all__ = [
    "DATASET_MISSING_CODE",
    "KIND",
    "OTHER_MISSING_CODE",
    "SETTLERS",
    "VERSION_KIND",
    "batch_answer",
    "dataset_labels",
    "item_failed",
    "load_owned",
    "new_id",
    "open_dataset",
    "save_dataset",
]

KIND = "dataset_v2"
VERSION_KIND = "dataset_version_v2"
DATASET_MISSING_CODE = "ModelArts.4352"
VERSION_MISSING_CODE = "ModelArts.4353"
OTHER_MISSING_CODE = "ModelArts.4338"
DUPLICATE_DATASET_CODE = "ModelArts.4351"
DUPLICATE_VERSION_CODE = "ModelArts.4371"
PUBLISHING_CODE = "ModelArts.4343"
STATUS_NORMAL, STATUS_SYNCING, STATUS_RELEASING, STATUS_IMPORTING = 1, 5, 6, 8
VERSION_CREATING, VERSION_NORMAL = 0, 1

_ALPHABET = string.ascii_letters + string.digits


def new_id(length: int = 19) -> str:
    """A fresh id of letters and digits, as the data management service's ids look."""
    return "".join(secrets.choice(_ALPHABET) for _ in range(length))


def _by_workspace_created(obj: JsonObj) -> IndexKey:
    return (str(obj.get("workspace_id", "0")), int(obj.get("create_time", 0)))


def _by_name(obj: JsonObj) -> IndexKey:
    return (str(obj.get("dataset_name", "")),)


def _version_by_dataset(obj: JsonObj) -> IndexKey:
    return (str(obj.get("dataset_id", "")), int(obj.get("create_time", 0)))


BY_WORKSPACE_CREATED = index(KIND, "by_workspace_created", _by_workspace_created)
BY_NAME = index(KIND, "by_name", _by_name)
VERSIONS_BY_DATASET = index(VERSION_KIND, "by_dataset", _version_by_dataset)

Settler = Callable[[Context, JsonObj], None]
SETTLERS: list[Settler] = []
"""Functions applying what finished tasks changed, run by :func:`open_dataset` (the tasks module
registers its own on import)."""

Deriver = Callable[[Context, JsonObj], JsonObj]
DERIVERS: list[Deriver] = []
"""Functions adding derived fields (counts, status) to a dataset as answered (the samples and tasks
modules register theirs)."""


def _missing(dataset_id: str) -> NotFound:
    return NotFound(DATASET_MISSING_CODE, f"Dataset {dataset_id} does not exist.")


def open_dataset(ctx: Context, dataset_id: str) -> JsonObj:
    """The stored dataset after applying what finished tasks changed; 404 ``ModelArts.4352`` if none."""
    found = ctx.store.get(KIND, dataset_id)
    if found is None:
        raise _missing(dataset_id)
    for settle in SETTLERS:
        settle(ctx, found)
    return ctx.store.get(KIND, dataset_id) or found


def save_dataset(ctx: Context, dataset: JsonObj) -> None:
    """Store a changed dataset (its ``update_time`` becomes now)."""
    dataset["update_time"] = ctx.clock.now_ms()
    ctx.store.update(KIND, str(dataset["dataset_id"]), dataset)


def dataset_labels(dataset: JsonObj) -> list[JsonObj]:
    """The dataset's labels (stored in it)."""
    return list(dataset.get("labels") or [])


def _answer(ctx: Context, dataset: JsonObj, *, with_labels: bool = True) -> JsonObj:
    out = {k: copy.deepcopy(v) for k, v in dataset.items() if not k.startswith("_")}
    out["status"] = STATUS_NORMAL
    for derive in DERIVERS:
        out.update(derive(ctx, dataset))
    versions = ctx.store.select(VERSIONS_BY_DATASET, (str(dataset["dataset_id"]),))
    out["dataset_version_count"] = len(versions)
    if any(_version_status(ctx, v) == VERSION_CREATING for v in versions) and out["status"] == STATUS_NORMAL:
        out["status"] = STATUS_RELEASING
    current = next((v for v in versions if v["version_id"] == dataset.get("current_version_id")), None)
    if current is not None:
        out["current_version_name"] = current["version_name"]
    if not with_labels:
        out.pop("labels", None)
    return out


def _work_path(path: str) -> str:
    """The work path as sent, ending in ``/``. One that names no OBS folder is kept too (the spec
    gives it no pattern, so such a request is valid): nothing can be written there, which only
    shows when something is (a version's manifest is then not written)."""
    return path if path.endswith("/") else f"{path}/"


@cache
def _label_types() -> frozenset[int]:
    """The label types the spec knows (``DatasetV2Label.type``): a table (400) or custom-format (900)
    dataset's type is not one of them."""
    schema = spec_index().spec["components"]["schemas"]["DatasetV2Label"]["properties"]["type"]
    return frozenset(int(v) for v in schema["enum"])


def _label_entry(label: JsonObj, dataset_type: int) -> JsonObj:
    """A label as stored: a label sent without a type takes the dataset's, when that is a label type."""
    entry: JsonObj = {"name": str(label.get("name") or "")}
    if "type" in label:
        entry["type"] = label["type"]
    elif dataset_type in _label_types():
        entry["type"] = dataset_type
    entry["property"] = dict(label.get("property") or {})
    if label.get("attributes"):
        entry["attributes"] = copy.deepcopy(label["attributes"])
    return entry


def merge_labels(dataset: JsonObj, labels: list[JsonObj]) -> list[str]:
    """Add labels the dataset does not have yet (by name); returns the names added."""
    known = {str(label["name"]) for label in dataset_labels(dataset)}
    added: list[str] = []
    current = dataset_labels(dataset)
    for label in labels:
        name = str(label.get("name") or "")
        if name and name not in known:
            current.append(_label_entry(label, int(dataset.get("dataset_type", 0))))
            known.add(name)
            added.append(name)
    dataset["labels"] = current
    return added


@operation("create_dataset_v2")
def create_dataset_v2(ctx: Context) -> Reply:
    """Store the dataset (201 with its id); with ``import_data`` an import task reads the data sources."""
    body: JsonObj = ctx.body or {}
    name = str(body.get("dataset_name") or "")
    workspace_id = str(body.get("workspace_id") or "0")
    if ctx.store.count(BY_NAME, (name,)):
        raise Conflict(DUPLICATE_DATASET_CODE, f"Dataset {name} already exists.")
    work_path = _work_path(str(body.get("work_path") or ""))
    now = ctx.clock.now_ms()
    dataset_id = new_id()
    dataset_type = int(body.get("dataset_type", 0))
    dataset: JsonObj = {
        "dataset_id": dataset_id,
        "dataset_name": name,
        "dataset_type": dataset_type,
        "dataset_format": 1 if dataset_type == 400 else 0,
        "data_format": str(body.get("data_format") or "Default"),
        "description": str(body.get("description") or ""),
        "data_sources": copy.deepcopy(body.get("data_sources") or []),
        "data_url": str((body.get("data_sources") or [{}])[0].get("data_path") or ""),
        "work_path": work_path,
        "work_path_type": int(body.get("work_path_type", 0)),
        "labels": [],
        "schema": copy.deepcopy(body.get("schema") or []),
        "create_time": now,
        "update_time": now,
        "data_update_time": now,
        "next_version_num": 1,
        "current_version_id": "",
        "managed": bool(body.get("managed", False)),
        "import_data": bool(body.get("import_data", False)),
        "content_labeling": True,
        "dataset_tags": [],
        "feature_supports": ["0"] if dataset_type == 0 else [],
        "workspace_id": workspace_id,
        "enterprise_project_id": "0",
        "inner_annotation_path": f"{work_path}annotation/",
        "inner_data_path": f"{work_path}data/",
        "inner_log_path": f"{work_path}logs/",
        "inner_task_path": f"{work_path}task/",
        "inner_temp_path": f"{work_path}temp/",
        "inner_work_path": f"{work_path}dataset-{dataset_id}/",
    }
    merge_labels(dataset, list(body.get("labels") or []))
    ctx.store.insert(KIND, dataset_id, dataset)
    answer: JsonObj = {"dataset_id": dataset_id}
    if dataset["import_data"] and dataset["data_sources"]:
        from .dataset_tasks_v2 import start_import  # the tasks module imports this one

        source = dataset["data_sources"][0]
        answer["import_task_id"] = start_import(
            ctx,
            dataset,
            {"import_path": source.get("data_path"), "import_type": "dir", "data_source": source},
        )
    return Reply(status=201, body=answer)


def _matches(dataset: JsonObj, query: dict[str, Any]) -> bool:
    text = query.get("search_content")
    if text and str(text).lower() not in str(dataset.get("dataset_name", "")).lower():
        return False
    kind = query.get("dataset_type")
    return not (kind is not None and int(kind) != int(dataset.get("dataset_type", 0)))


@operation("list_datasets_v2")
def list_datasets_v2(ctx: Context) -> JsonObj:
    """One page of the workspace's datasets (``offset`` counts pages), filtered by name and type."""
    query = ctx.query
    workspace_id = str(query.get("workspace_id") or "0")
    order = str(query.get("order") or "desc")
    sort_by = str(query.get("sort_by") or "create_time")
    found = [d for d in ctx.store.select(BY_WORKSPACE_CREATED, (workspace_id,)) if _matches(d, query)]
    ordered = sort_items(found, sort_by if sort_by in ("create_time", "dataset_name") else "create_time", order)
    with_labels = bool_param(query.get("with_labels"))
    offset, limit = int_param(query.get("offset"), 0), int_param(query.get("limit"), 10)
    page = [
        _answer(ctx, open_dataset(ctx, str(d["dataset_id"])), with_labels=with_labels)
        for d in page_of(ordered, offset, limit)
    ]
    return {"total_number": len(found), "datasets": page}


@operation("get_dataset_v2")
def get_dataset_v2(ctx: Context) -> JsonObj:
    """The dataset with its counts, versions and status."""
    dataset = open_dataset(ctx, ctx.path["dataset_id"])
    out = _answer(ctx, dataset)
    out["versions"] = [_version_answer(ctx, v) for v in ctx.store.select(VERSIONS_BY_DATASET, (dataset["dataset_id"],))]
    return out


@operation("update_dataset_v2")
def update_dataset_v2(ctx: Context) -> JsonObj:
    """Rename, describe, switch the current version, add / change / delete labels."""
    dataset = open_dataset(ctx, ctx.path["dataset_id"])
    body: JsonObj = ctx.body or {}
    name = body.get("dataset_name")
    if name and name != dataset["dataset_name"]:
        if ctx.store.count(BY_NAME, (str(name),)):
            raise Conflict(DUPLICATE_DATASET_CODE, f"Dataset {name} already exists.")
        dataset["dataset_name"] = str(name)
    if body.get("description") is not None:
        dataset["description"] = str(body["description"])
    version_id = body.get("current_version_id")
    if version_id:
        _load_version(ctx, str(dataset["dataset_id"]), str(version_id))
        dataset["current_version_id"] = str(version_id)
    merge_labels(dataset, list(body.get("add_labels") or []))
    change_labels(ctx, dataset, list(body.get("update_labels") or []))
    remove_labels(ctx, dataset, [str(label.get("name") or "") for label in body.get("delete_labels") or []], policy=0)
    save_dataset(ctx, dataset)
    return {"dataset_id": dataset["dataset_id"]}


@operation("delete_dataset_v2")
def delete_dataset_v2(ctx: Context) -> None:
    """Remove the dataset with its samples, versions and tasks (204)."""
    dataset_id = ctx.path["dataset_id"]
    if ctx.store.get(KIND, dataset_id) is None:
        raise _missing(dataset_id)
    for forget in FORGETTERS:
        forget(ctx, dataset_id)
    for version in ctx.store.select(VERSIONS_BY_DATASET, (dataset_id,), fields=["version_id"]):
        ctx.store.delete(VERSION_KIND, str(version["version_id"]))
    ctx.store.delete(KIND, dataset_id)


Forgetter = Callable[[Context, str], None]
FORGETTERS: list[Forgetter] = []
"""Functions deleting what belongs to a dataset being deleted (samples, tasks)."""


# --- labels --------------------------------------------------------------------------------------

LabelRemover = Callable[[Context, JsonObj, set[str], int], None]
LABEL_REMOVERS: list[LabelRemover] = []
"""Functions taking removed labels off samples (the samples module registers its own)."""

LabelRenamer = Callable[[Context, JsonObj, dict[str, str]], None]
LABEL_RENAMERS: list[LabelRenamer] = []


def change_labels(ctx: Context, dataset: JsonObj, labels: list[JsonObj]) -> list[JsonObj]:
    """Change type, properties and attributes of labels by name (``@modelarts:rename_to`` renames);
    returns one result per label sent."""
    current = dataset_labels(dataset)
    by_name = {str(label["name"]): label for label in current}
    results: list[JsonObj] = []
    renames: dict[str, str] = {}
    for sent in labels:
        name = str(sent.get("name") or "")
        label = by_name.get(name)
        if label is None:
            results.append(item_failed(OTHER_MISSING_CODE, f"Label {name} does not exist."))
            continue
        if "type" in sent:
            label["type"] = sent["type"]
        prop = dict(sent.get("property") or {})
        rename = prop.pop("@modelarts:rename_to", None)
        label["property"] = {**label.get("property", {}), **prop}
        if sent.get("attributes") is not None:
            label["attributes"] = copy.deepcopy(sent["attributes"])
        if rename and rename != name:
            if rename in by_name:
                results.append(item_failed("ModelArts.4396", f"Label {rename} already exists."))
                continue
            label["name"] = rename
            by_name[rename] = by_name.pop(name)
            renames[name] = str(rename)
        results.append({"success": True})
    dataset["labels"] = current
    if renames:
        for rename_on_samples in LABEL_RENAMERS:
            rename_on_samples(ctx, dataset, renames)
    return results


def remove_labels(ctx: Context, dataset: JsonObj, names: list[str], *, policy: int) -> list[JsonObj]:
    """Delete labels by name. ``policy`` 0: keep the samples (the label is taken off them), 1: also
    delete samples left without labels, 2: also delete every sample that had the label."""
    known = {str(label["name"]) for label in dataset_labels(dataset)}
    results = [
        {"success": True} if name in known else item_failed(OTHER_MISSING_CODE, f"Label {name} does not exist.")
        for name in names
    ]
    gone = {name for name in names if name in known}
    if gone:
        dataset["labels"] = [label for label in dataset_labels(dataset) if label["name"] not in gone]
        for remove in LABEL_REMOVERS:
            remove(ctx, dataset, gone, policy)
    return results


def _labels_body(ctx: Context) -> list[JsonObj]:
    return [label for label in (ctx.body or {}).get("labels") or [] if isinstance(label, dict)]


@operation("list_dataset_labels_v2")
def list_dataset_labels_v2(ctx: Context) -> JsonObj:
    """The dataset's labels (or a version's, with ``version_id``), one page (``offset`` counts pages)."""
    dataset = open_dataset(ctx, ctx.path["dataset_id"])
    labels = dataset_labels(dataset)
    version_id = ctx.query.get("version_id")
    if version_id:
        version = _load_version(ctx, str(dataset["dataset_id"]), str(version_id))
        labels = [
            {k: v for k, v in s.items() if k in ("name", "type", "property", "attributes")}
            for s in version.get("label_stats") or []
        ]
    offset, limit = int_param(ctx.query.get("offset"), 0), int_param(ctx.query.get("limit"), 100000)
    return {"labels": page_of(labels, offset, limit), "total_number": len(labels)}


@operation("create_dataset_labels_v2")
def create_dataset_labels_v2(ctx: Context) -> JsonObj:
    """Add labels; a name the dataset already has is a failed item, not an error of the whole call."""
    dataset = open_dataset(ctx, ctx.path["dataset_id"])
    sent = _labels_body(ctx)
    known = {str(label["name"]) for label in dataset_labels(dataset)}
    results: list[JsonObj] = []
    for label in sent:
        name = str(label.get("name") or "")
        if not name or name in known:
            why = "A label needs a name." if not name else f"Label {name} already exists."
            results.append(item_failed("ModelArts.4396", why))
            continue
        merge_labels(dataset, [label])
        known.add(name)
        results.append({"success": True})
    save_dataset(ctx, dataset)
    return batch_answer(results, "labels")


def item_failed(code: str, message: str) -> JsonObj:
    """One failed item of a batch operation."""
    return {"success": False, "error_code": code, "error_msg": message}


def batch_answer(results: list[JsonObj], what: str = "items") -> JsonObj:
    """A batch operation's answer: ``success`` only if every item succeeded, the first failure's code."""
    ok = all(r["success"] for r in results)
    out: JsonObj = {"success": ok, "results": results}
    if not ok:
        out["error_code"] = next(r["error_code"] for r in results if not r["success"])
        out["error_msg"] = f"Some {what} could not be changed; see results."
    return out


@operation("update_dataset_labels_v2")
def update_dataset_labels_v2(ctx: Context) -> JsonObj:
    """Change labels by name (type, properties, attributes, ``@modelarts:rename_to``)."""
    dataset = open_dataset(ctx, ctx.path["dataset_id"])
    results = change_labels(ctx, dataset, _labels_body(ctx))
    save_dataset(ctx, dataset)
    return batch_answer(results, "labels")


@operation("delete_dataset_labels_v2")
def delete_dataset_labels_v2(ctx: Context) -> JsonObj:
    """Delete labels by name; ``delete_policy`` says what happens to their samples."""
    dataset = open_dataset(ctx, ctx.path["dataset_id"])
    names = [str(label.get("name") or "") for label in _labels_body(ctx)]
    results = remove_labels(ctx, dataset, names, policy=int_param(ctx.query.get("delete_policy"), 0))
    save_dataset(ctx, dataset)
    return batch_answer(results, "labels")


@operation("update_dataset_label_v2")
def update_dataset_label_v2(ctx: Context) -> Reply:
    """Change one label's properties (the body is the property map); 204."""
    dataset = open_dataset(ctx, ctx.path["dataset_id"])
    name = ctx.path["label_name"]
    sent: JsonObj = {"name": name, "property": dict(ctx.body or {})}
    if ctx.query.get("label_type") is not None:
        sent["type"] = int(ctx.query["label_type"])
    (result,) = change_labels(ctx, dataset, [sent])
    if not result["success"]:
        status = 404 if result["error_code"] == OTHER_MISSING_CODE else 409
        raise ApiError(str(result["error_code"]), str(result["error_msg"]), status=status)
    save_dataset(ctx, dataset)
    return Reply(status=204)


@operation("delete_dataset_label_v2")
def delete_dataset_label_v2(ctx: Context) -> Reply:
    """Delete one label and the samples that had only it (204)."""
    dataset = open_dataset(ctx, ctx.path["dataset_id"])
    name = ctx.path["label_name"]
    (result,) = remove_labels(ctx, dataset, [name], policy=1)
    if not result["success"]:
        raise NotFound(OTHER_MISSING_CODE, f"Label {name} does not exist.")
    save_dataset(ctx, dataset)
    return Reply(status=204)


# --- versions ------------------------------------------------------------------------------------

VersionBuilder = Callable[[Context, JsonObj, JsonObj], JsonObj]
VERSION_BUILDERS: list[VersionBuilder] = []
"""Functions freezing the samples into a new version (the samples module registers its own): they
return the version's counts and label statistics, and write its manifest."""


def _version_status(ctx: Context, version: JsonObj) -> int:
    if ctx.elapsed(int(version["create_time"])) < ctx.duration("dataset_version_publish", 2.0):
        return VERSION_CREATING
    return VERSION_NORMAL


def _version_answer(ctx: Context, version: JsonObj) -> JsonObj:
    out = {k: copy.deepcopy(v) for k, v in version.items() if not k.startswith("_") and k != "dataset_id"}
    out["status"] = _version_status(ctx, version)
    return out


def load_owned(ctx: Context, kind: str, dataset_id: str, obj_id: str, code: str, what: str) -> JsonObj:
    """A stored version or task of this dataset; 404 with ``code`` if the dataset has none by that id."""
    found = ctx.store.get(kind, obj_id)
    if found is None or found.get("dataset_id") != dataset_id:
        raise NotFound(code, f"{what} {obj_id} does not exist.")
    return found


def _load_version(ctx: Context, dataset_id: str, version_id: str) -> JsonObj:
    return load_owned(ctx, VERSION_KIND, dataset_id, version_id, VERSION_MISSING_CODE, "Dataset version")


@operation("create_dataset_version_v2")
def create_dataset_version_v2(ctx: Context) -> Reply:
    """Publish a version: freeze the samples into a manifest; 201 with the version id."""
    dataset = open_dataset(ctx, ctx.path["dataset_id"])
    dataset_id = str(dataset["dataset_id"])
    body: JsonObj = ctx.body or {}
    versions = ctx.store.select(VERSIONS_BY_DATASET, (dataset_id,))
    if any(_version_status(ctx, v) == VERSION_CREATING for v in versions):
        raise Conflict(PUBLISHING_CODE, "Dataset is publishing, the operation is forbidden.")
    number = int(dataset.get("next_version_num") or 1)
    name = str(body.get("version_name") or f"V{number:03d}")
    if any(v["version_name"] == name for v in versions):
        raise Conflict(DUPLICATE_VERSION_CODE, f"Dataset version {name} already exists.")
    now = ctx.clock.now_ms()
    version: JsonObj = {
        "dataset_id": dataset_id,
        "version_id": new_id(20),
        "version_name": name,
        "description": str(body.get("description") or ""),
        "version_format": str(body.get("version_format") or "Default"),
        "previous_version_id": str(dataset.get("current_version_id") or ""),
        "create_time": now,
        "update_time": now,
        "is_current": True,
        "task_type": int(dataset.get("dataset_type", 0)),
        "label_type": "single",
        "train_evaluate_sample_ratio": str(body.get("train_evaluate_sample_ratio") or "1.00"),
        "clear_hard_property": bool(body.get("clear_hard_property", True)),
        "remove_sample_usage": bool(body.get("remove_sample_usage", True)),
        "export_images": bool(body.get("export_images", False)),
        "data_path": str(dataset.get("work_path") or ""),
        "manifest_path": f"{dataset['work_path']}annotation/{name}/{dataset['dataset_name']}-{name}.manifest",
    }
    for build in VERSION_BUILDERS:
        version.update(build(ctx, dataset, version))
    for other in versions:
        if other.get("is_current"):
            other["is_current"] = False
            ctx.store.update(VERSION_KIND, str(other["version_id"]), other)
    ctx.store.insert(VERSION_KIND, str(version["version_id"]), version)
    dataset["current_version_id"] = version["version_id"]
    dataset["next_version_num"] = number + 1
    save_dataset(ctx, dataset)
    return Reply(status=201, body={"version_id": version["version_id"]})


@operation("list_dataset_versions_v2")
def list_dataset_versions_v2(ctx: Context) -> JsonObj:
    """The dataset's versions, newest first, one page (``offset`` counts pages)."""
    dataset = open_dataset(ctx, ctx.path["dataset_id"])
    versions = [
        _version_answer(ctx, v)
        for v in ctx.store.select(VERSIONS_BY_DATASET, (dataset["dataset_id"],), descending=True)
    ]
    status = ctx.query.get("status")
    if status is not None:
        versions = [v for v in versions if v["status"] == int(status)]
    offset, limit = int_param(ctx.query.get("offset"), 0), int_param(ctx.query.get("limit"), 1000)
    return {"total_number": len(versions), "versions": page_of(versions, offset, limit)}


@operation("get_dataset_version_v2")
def get_dataset_version_v2(ctx: Context) -> JsonObj:
    """One version, with its publishing status."""
    dataset = open_dataset(ctx, ctx.path["dataset_id"])
    return _version_answer(ctx, _load_version(ctx, str(dataset["dataset_id"]), ctx.path["version_id"]))


@operation("delete_dataset_version_v2")
def delete_dataset_version_v2(ctx: Context) -> Reply:
    """Remove a version (204); the dataset's current version falls back to the previous one."""
    dataset = open_dataset(ctx, ctx.path["dataset_id"])
    version = _load_version(ctx, str(dataset["dataset_id"]), ctx.path["version_id"])
    ctx.store.delete(VERSION_KIND, str(version["version_id"]))
    if dataset.get("current_version_id") == version["version_id"]:
        remaining = ctx.store.select(VERSIONS_BY_DATASET, (dataset["dataset_id"],), descending=True, limit=1)
        dataset["current_version_id"] = remaining[0]["version_id"] if remaining else ""
        if remaining:
            remaining[0]["is_current"] = True
            ctx.store.update(VERSION_KIND, str(remaining[0]["version_id"]), remaining[0])
        save_dataset(ctx, dataset)
    return Reply(status=204)


# --- statistics and monitoring --------------------------------------------------------------------

StatsBuilder = Callable[[Context, JsonObj], JsonObj]
STATS_BUILDERS: list[StatsBuilder] = []


@operation("get_dataset_stats_v2")
def get_dataset_stats_v2(ctx: Context) -> JsonObj:
    """Label and sample statistics, computed from the samples as they are now."""
    dataset = open_dataset(ctx, ctx.path["dataset_id"])
    out: JsonObj = {"data_path": dataset.get("work_path", ""), "data_spliting_enable": False}
    for build in STATS_BUILDERS:
        out.update(build(ctx, dataset))
    return out


@operation("get_dataset_metrics_v2")
def get_dataset_metrics_v2(ctx: Context) -> JsonObj:
    """Monitoring data: one point per series, at now, from the same counts as the statistics."""
    dataset = open_dataset(ctx, ctx.path["dataset_id"])
    counts: JsonObj = {}
    for build in STATS_BUILDERS:
        counts.update(build(ctx, dataset))
    sample_stats: JsonObj = counts.get("sample_stats") or {}
    now = str(ctx.clock.now_ms())
    series: JsonObj = {
        name: {} for name in ("failed", "failed_system", "failed_user", "queuing", "success", "unfinished")
    }
    for name in ("total", "un_annotation", "manual_annotation"):
        series[name] = {now: int(sample_stats.get(name, 0))}
    return {"metrics": series}


def put_manifest(ctx: Context, url: str, text: str) -> bool:
    """Write a manifest into the emulator's OBS stand-in (in this request's transaction); ``False``
    if ``url`` is not an OBS path."""
    try:
        objects_of(ctx).put(url, text.encode("utf-8"))
    except ObsPathError:
        return False
    return True
