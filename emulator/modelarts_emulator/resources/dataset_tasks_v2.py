"""Import, export and synchronisation tasks of a dataset (``.../import-tasks``, ``.../export-tasks``,
``.../sync-data``).

Why it looks the way it does:

* Everything a task reads is read when it is created: a manifest import parses the manifest (and the
  Pascal VOC files its object detection lines name) from the emulator's OBS stand-in with the
  overlays' own parsers; a folder import lists the folder. The task then moves through its statuses on
  the clock (import and sync: QUEUING, RUNNING for ``dataset_task_start`` seconds... COMPLETED at
  ``dataset_import``/``dataset_sync`` seconds; export: INIT, RUNNING, SUCCESSED at ``dataset_export``).
* A failed import (no such object, a malformed manifest line, a missing or malformed VOC file, an empty
  folder) is the documented task failure: status FAILED with ``error_code`` (``ModelArts.4312`` path
  does not exist, ``4340`` no valid file, ``4362`` import data error, whose message names the file and
  line) and nothing imported; the create call itself succeeds, as the service's does.
* What a finished import or sync changes (samples, labels) is applied by the first request touching
  the dataset after the task's end (the ``SETTLERS`` hook of ``datasets_v2``), in that request's
  transaction; until then the samples do not show.
* An export writes its manifest when it is created, to ``{path}{dataset_name}-{version_name}.manifest``
  (``current`` instead of a version name when exporting the samples as they are); the name is fixed
  so a caller can fetch it (errata, common entry 6).
* One import and one sync at a time per dataset (409 ``ModelArts.4356`` / ``4355``).
"""

from __future__ import annotations

import copy
import io
from typing import Any

from modelarts_overlays.formats import DatasetFormatError, Manifest, PascalVoc, Sample

from ..framework import Conflict, Context, IndexKey, JsonObj, Reply, index, operation
from ..obs import ObsPathError, normalise, objects_of
from .dataset_samples_v2 import BY_DATASET as SAMPLES_BY_DATASET
from .dataset_samples_v2 import KIND as SAMPLE_KIND
from .dataset_samples_v2 import add_sample, sample_from_line, samples_manifest
from .datasets_v2 import (
    DERIVERS,
    FORGETTERS,
    OTHER_MISSING_CODE,
    SETTLERS,
    STATUS_IMPORTING,
    STATUS_SYNCING,
    VERSION_KIND,
    load_owned,
    new_id,
    open_dataset,
    put_manifest,
    save_dataset,
)
from .workspaces import int_param, page_of, select_page_of

__all__ = ["EXPORT_KIND", "IMPORT_KIND", "SYNC_KIND", "start_import"]

IMPORT_KIND = "dataset_import_task_v2"
EXPORT_KIND = "dataset_export_task_v2"
SYNC_KIND = "dataset_sync_task_v2"
PATH_MISSING_CODE = "ModelArts.4312"
NO_VALID_FILE_CODE = "ModelArts.4340"
IMPORT_ERROR_CODE = "ModelArts.4362"
IMPORT_RUNNING_CODE = "ModelArts.4356"
SYNC_RUNNING_CODE = "ModelArts.4355"
EXPORT_MISSING_CODE = "ModelArts.4359"
EXPORT_PATH_CODE = "ModelArts.4358"
MAX_VOC_FILES = 10000
"""Pascal VOC files one import reads at most (each is an object of the OBS stand-in)."""


def _by_dataset(obj: JsonObj) -> IndexKey:
    return (str(obj.get("dataset_id", "")), int(obj.get("create_time", 0)))


def _pending(obj: JsonObj) -> IndexKey:
    return (str(obj.get("dataset_id", "")), 0 if obj.get("_applied") else 1, int(obj.get("create_time", 0)))


IMPORTS_BY_DATASET = index(IMPORT_KIND, "by_dataset", _by_dataset)
IMPORTS_PENDING = index(IMPORT_KIND, "pending", _pending)
EXPORTS_BY_DATASET = index(EXPORT_KIND, "by_dataset", _by_dataset)
SYNCS_BY_DATASET = index(SYNC_KIND, "by_dataset", _by_dataset)
SYNCS_PENDING = index(SYNC_KIND, "pending", _pending)


def _public(task: JsonObj) -> JsonObj:
    return {k: copy.deepcopy(v) for k, v in task.items() if not k.startswith("_")}


def _queue_status(ctx: Context, task: JsonObj, end_key: str, end_default: float) -> str:
    """QUEUING, then RUNNING, then the task's outcome (COMPLETED or FAILED) at its end."""
    elapsed = ctx.elapsed(int(task["create_time"]))
    if elapsed >= ctx.duration(end_key, end_default):
        return str(task["_outcome"])
    if elapsed >= ctx.duration("dataset_task_start", 1.0):
        return "RUNNING"
    return "QUEUING"


def _finished(ctx: Context, task: JsonObj, end_key: str, end_default: float) -> bool:
    return _queue_status(ctx, task, end_key, end_default) in ("COMPLETED", "FAILED")


# --- import -----------------------------------------------------------------------------------------


class _ImportFailed(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def _read(ctx: Context, url: str) -> bytes:
    data = objects_of(ctx).get(url)
    if data is None:
        raise _ImportFailed(PATH_MISSING_CODE, f"OBS path does not exist: {url}")
    return data


def _manifest_samples(ctx: Context, dataset: JsonObj, url: str, with_labels: bool) -> list[JsonObj]:
    data = _read(ctx, url)
    try:
        lines: list[Sample] = Manifest.parse_manifest(io.BytesIO(data)).samples
    except DatasetFormatError as exc:
        raise _ImportFailed(IMPORT_ERROR_CODE, f"Import data error: {url}: {exc.reason} (line {exc.line})") from None
    voc: dict[str, PascalVoc] = {}
    for line in lines:
        for annotation in line.annotations if with_labels else []:
            loc = annotation.annotation_loc
            if (
                loc
                and loc not in voc
                and (annotation.annotation_format or "PASCAL VOC").upper().replace("_", " ") in ("PASCAL VOC", "VOC")
            ):
                if len(voc) >= MAX_VOC_FILES:
                    raise _ImportFailed(
                        IMPORT_ERROR_CODE, f"Import data error: more than {MAX_VOC_FILES} Pascal VOC files"
                    )
                try:
                    voc[loc] = PascalVoc.parse_xml(io.BytesIO(_read(ctx, normalise(loc))))
                except (DatasetFormatError, ObsPathError) as exc:
                    raise _ImportFailed(IMPORT_ERROR_CODE, f"Import data error: {loc}: {exc}") from None
    dataset_type = int(dataset.get("dataset_type", 0))
    return [sample_from_line(line, dataset_type=dataset_type, with_labels=with_labels, voc=voc) for line in lines]


def _folder_samples(ctx: Context, url: str) -> list[JsonObj]:
    entries = objects_of(ctx).list(url)
    files = [e for e in entries if not str(e["url"]).endswith((".manifest", ".xml"))]
    if not files:
        raise _ImportFailed(NO_VALID_FILE_CODE, f"Import path does not contain valid file: {url}")
    return [{"source": e["url"], "labels": [], "sample_size": e["size"]} for e in files]


def start_import(ctx: Context, dataset: JsonObj, body: JsonObj) -> str:
    """Create an import task for the dataset (reading what it imports now); returns its id."""
    dataset_id = str(dataset["dataset_id"])
    for other in ctx.store.select(IMPORTS_BY_DATASET, (dataset_id,)):
        if not _finished(ctx, other, "dataset_import", 3.0):
            raise Conflict(IMPORT_RUNNING_CODE, "Dataset already has running import task.")
    import_type = str(body.get("import_type") or "dir")
    path = str(body.get("import_path") or "")
    with_labels = bool(body.get("import_annotations", True))
    samples: list[JsonObj] = []
    outcome, code, message = "COMPLETED", "", ""
    try:
        try:
            url = normalise(path, folder=import_type != "manifest")
        except ObsPathError as exc:
            raise _ImportFailed("ModelArts.4313", f"OBS path is invalid: {exc}") from None
        samples = (
            _manifest_samples(ctx, dataset, url, with_labels)
            if import_type == "manifest"
            else _folder_samples(ctx, url)
        )
    except _ImportFailed as failed:
        outcome, code, message, samples = "FAILED", failed.code, failed.message, []
    now = ctx.clock.now_ms()
    task: JsonObj = {
        "task_id": new_id(20),
        "dataset_id": dataset_id,
        "import_path": path,
        "import_type": 1 if import_type == "manifest" else 0,
        "create_time": now,
        "update_ms": now,
        "total_sample_count": len(samples),
        "imported_sample_count": 0,
        "annotated_sample_count": 0,
        "_outcome": outcome,
        "_samples": samples,
        "_applied": False,
    }
    if isinstance(body.get("data_source"), dict):
        task["data_source"] = copy.deepcopy(body["data_source"])
    if outcome == "FAILED":
        task.update(error_code=code, error_msg=message)
    ctx.store.insert(IMPORT_KIND, str(task["task_id"]), task)
    return str(task["task_id"])


def _settle(ctx: Context, dataset: JsonObj) -> None:
    """Apply finished imports and syncs of this dataset (once each)."""
    dataset_id = str(dataset["dataset_id"])
    changed = False
    for task in ctx.store.select(IMPORTS_PENDING, (dataset_id, 1)):
        if not _finished(ctx, task, "dataset_import", 3.0):
            continue
        imported = labeled = 0
        for sample in task.get("_samples") or []:
            add_sample(ctx, dataset, sample)
            imported += 1
            labeled += 1 if sample.get("labels") else 0
        task.update(_applied=True, _samples=[], imported_sample_count=imported, annotated_sample_count=labeled)
        task["update_ms"] = int(task["create_time"]) + int(ctx.duration("dataset_import", 3.0) * 1000)
        ctx.store.update(IMPORT_KIND, str(task["task_id"]), task)
        changed = True
    for task in ctx.store.select(SYNCS_PENDING, (dataset_id, 1)):
        if not _finished(ctx, task, "dataset_sync", 3.0):
            continue
        _apply_sync(ctx, dataset, task)
        changed = True
    if changed:
        save_dataset(ctx, dataset)


def _busy(ctx: Context, dataset: JsonObj) -> JsonObj:
    dataset_id = str(dataset["dataset_id"])
    running_import = [
        t for t in ctx.store.select(IMPORTS_PENDING, (dataset_id, 1)) if not _finished(ctx, t, "dataset_import", 3.0)
    ]
    running_sync = [
        t for t in ctx.store.select(SYNCS_PENDING, (dataset_id, 1)) if not _finished(ctx, t, "dataset_sync", 3.0)
    ]
    out: JsonObj = {"exist_running_task": bool(running_import or running_sync)}
    if running_import:
        out.update(status=STATUS_IMPORTING, import_task_id=running_import[-1]["task_id"])
    elif running_sync:
        out["status"] = STATUS_SYNCING
    return out


def _forget(ctx: Context, dataset_id: str) -> None:
    for kind, by in (
        (IMPORT_KIND, IMPORTS_BY_DATASET),
        (EXPORT_KIND, EXPORTS_BY_DATASET),
        (SYNC_KIND, SYNCS_BY_DATASET),
    ):
        for task in ctx.store.select(by, (dataset_id,), fields=["task_id"]):
            ctx.store.delete(kind, str(task["task_id"]))


SETTLERS.append(_settle)
DERIVERS.append(_busy)
FORGETTERS.append(_forget)


def _import_answer(ctx: Context, task: JsonObj) -> JsonObj:
    out = _public(task)
    out["status"] = _queue_status(ctx, task, "dataset_import", 3.0)
    return out


@operation("create_dataset_import_task_v2")
def create_dataset_import_task_v2(ctx: Context) -> JsonObj:
    """Start importing a manifest or a folder; the task finishes on the clock."""
    dataset = open_dataset(ctx, ctx.path["dataset_id"])
    return {"task_id": start_import(ctx, dataset, ctx.body or {})}


@operation("get_dataset_import_task_v2")
def get_dataset_import_task_v2(ctx: Context) -> JsonObj:
    """One import task with its status and counts."""
    dataset = open_dataset(ctx, ctx.path["dataset_id"])
    return _import_answer(
        ctx, load_owned(ctx, IMPORT_KIND, str(dataset["dataset_id"]), ctx.path["task_id"], OTHER_MISSING_CODE, "Task")
    )


@operation("list_dataset_import_tasks_v2")
def list_dataset_import_tasks_v2(ctx: Context) -> JsonObj:
    """The dataset's import tasks, newest first (``offset`` counts pages)."""
    dataset = open_dataset(ctx, ctx.path["dataset_id"])
    dataset_id = str(dataset["dataset_id"])
    offset, limit = int_param(ctx.query.get("offset"), 0), int_param(ctx.query.get("limit"), 10)
    page = select_page_of(ctx, IMPORTS_BY_DATASET, (dataset_id,), offset, limit, descending=True)
    return {
        "total_count": ctx.store.count(IMPORTS_BY_DATASET, (dataset_id,)),
        "import_tasks": [_import_answer(ctx, t) for t in page],
    }


# --- export -----------------------------------------------------------------------------------------


def _export_status(ctx: Context, task: JsonObj) -> str:
    elapsed = ctx.elapsed(int(task["create_time"]))
    if elapsed >= ctx.duration("dataset_export", 3.0):
        return str(task.get("_outcome", "SUCCESSED"))
    if elapsed >= ctx.duration("dataset_task_start", 1.0):
        return "RUNNING"
    return "INIT"


def _export_answer(ctx: Context, task: JsonObj) -> JsonObj:
    out = _public(task)
    out["status"] = _export_status(ctx, task)
    done = out["status"] == "SUCCESSED"
    out["progress"] = 100.0 if done else 0.0
    out["finished_sample_count"] = task["total_sample_count"] if done else 0
    return out


def _version_text(ctx: Context, dataset_id: str, version_id: str) -> tuple[str, str]:
    version = load_owned(ctx, VERSION_KIND, dataset_id, version_id, "ModelArts.4353", "Dataset version")
    data = objects_of(ctx).get(str(version["manifest_path"]))
    return str(version["version_name"]), (data or b"").decode("utf-8")


@operation("create_dataset_export_task_v2")
def create_dataset_export_task_v2(ctx: Context) -> JsonObj:
    """Write the samples (or a version's) as a manifest under ``path``; the task finishes on the clock.

    ``export_type`` 0 exports labeled samples, 1 unlabeled ones, 2 and 3 all of them (search
    conditions are not evaluated). An export the emulator cannot do (``export_dest`` ``NEW_DATASET``,
    a ``path`` that names no OBS folder) is a task that ends FAILED (``ModelArts.4384``/``4358``).
    """
    dataset = open_dataset(ctx, ctx.path["dataset_id"])
    dataset_id = str(dataset["dataset_id"])
    body: JsonObj = ctx.body or {}
    params: JsonObj = body.get("export_params") or {}
    folder = str(body.get("path") or "")
    folder = folder if folder.endswith("/") else f"{folder}/"
    version_id = body.get("version_id")
    if version_id:
        version_name, text = _version_text(ctx, dataset_id, str(version_id))
    else:
        labeled = {0: True, 1: False}.get(int(body.get("export_type", 2)))
        version_name, text = "current", samples_manifest(ctx, dataset_id, labeled=labeled)
    failure: tuple[str, str] | None = None
    if params.get("export_dest") == "NEW_DATASET":
        failure = ("ModelArts.4384", "Invalid export parameter: the emulator exports to OBS folders only.")
    elif not put_manifest(ctx, f"{folder}{dataset['dataset_name']}-{version_name}.manifest", text):
        failure = (EXPORT_PATH_CODE, f"Invalid export path: {folder}")
    now = ctx.clock.now_ms()
    task: JsonObj = {
        "task_id": new_id(20),
        "dataset_id": dataset_id,
        "path": folder,
        "export_type": int(body.get("export_type", 2)),
        "export_format": int(body.get("export_format", 1)),
        "version_format": str(body.get("version_format") or "Default"),
        "total_sample_count": 0 if failure else text.count("\n"),
        "create_time": now,
        "update_time": now,
        "_outcome": "FAILED" if failure else "SUCCESSED",
    }
    if failure:
        task.update(error_code=failure[0], error_msg=failure[1])
    if version_id:
        task["version_id"] = str(version_id)
    if params:
        task["export_params"] = copy.deepcopy(params)
    ctx.store.insert(EXPORT_KIND, str(task["task_id"]), task)
    return {"task_id": task["task_id"]}


@operation("get_dataset_export_task_v2")
def get_dataset_export_task_v2(ctx: Context) -> JsonObj:
    """One export task with its status and progress."""
    dataset = open_dataset(ctx, ctx.path["dataset_id"])
    task = load_owned(
        ctx, EXPORT_KIND, str(dataset["dataset_id"]), ctx.path["task_id"], EXPORT_MISSING_CODE, "Export task"
    )
    return _export_answer(ctx, task)


@operation("list_dataset_export_tasks_v2")
def list_dataset_export_tasks_v2(ctx: Context) -> JsonObj:
    """The dataset's export tasks, newest first (``offset`` counts pages)."""
    dataset = open_dataset(ctx, ctx.path["dataset_id"])
    dataset_id = str(dataset["dataset_id"])
    offset, limit = int_param(ctx.query.get("offset"), 0), int_param(ctx.query.get("limit"), 10)
    tasks = ctx.store.select(EXPORTS_BY_DATASET, (dataset_id,), descending=True)
    export_type = ctx.query.get("export_type")
    if export_type is not None:
        tasks = [t for t in tasks if t.get("export_type") == int(export_type)]
    return {
        "total_count": len(tasks),
        "export_tasks": [_export_answer(ctx, t) for t in page_of(tasks, offset, limit)],
    }


# --- synchronisation --------------------------------------------------------------------------------


def _source_folders(dataset: JsonObj) -> list[str]:
    folders: list[str] = []
    for source in dataset.get("data_sources") or []:
        try:
            folders.append(normalise(str(source.get("data_path") or ""), folder=True))
        except ObsPathError:
            continue
    return folders


def _apply_sync(ctx: Context, dataset: JsonObj, task: JsonObj) -> None:
    """Make the samples under the data sources match the folders as they were when the sync began."""
    dataset_id = str(dataset["dataset_id"])
    present: dict[str, int] = {str(url): int(size) for url, size in task.get("_files") or []}
    folders = tuple(_source_folders(dataset))
    added = deleted = 0
    known: set[str] = set()
    for sample in ctx.store.select(SAMPLES_BY_DATASET, (dataset_id,), fields=["sample_id", "source"]):
        source = str(sample["source"])
        known.add(source)
        if source.startswith(folders) and source not in present:
            ctx.store.delete(SAMPLE_KIND, f"{dataset_id}/{sample['sample_id']}")
            deleted += 1
    for url, size in present.items():
        if url not in known:
            add_sample(ctx, dataset, {"source": url, "labels": [], "sample_size": size})
            added += 1
    task.update(
        _applied=True,
        _files=[],
        add_sample_count=added,
        deleted_sample_count=deleted,
        total_sample_count=ctx.store.count(SAMPLES_BY_DATASET, (dataset_id,)),
    )
    ctx.store.update(SYNC_KIND, str(task["task_id"]), task)


@operation("sync_dataset_v2")
def sync_dataset_v2(ctx: Context) -> Reply:
    """Start synchronising the samples with the data source folders (200, no body)."""
    dataset = open_dataset(ctx, ctx.path["dataset_id"])
    dataset_id = str(dataset["dataset_id"])
    for other in ctx.store.select(SYNCS_PENDING, (dataset_id, 1)):
        if not _finished(ctx, other, "dataset_sync", 3.0):
            raise Conflict(SYNC_RUNNING_CODE, "Sync data source task exist.")
    files: list[list[Any]] = []
    for folder in _source_folders(dataset):
        files += [
            [e["url"], e["size"]]
            for e in objects_of(ctx).list(folder)
            if not str(e["url"]).endswith((".manifest", ".xml"))
        ]
    task: JsonObj = {
        "task_id": new_id(20),
        "dataset_id": dataset_id,
        "create_time": ctx.clock.now_ms(),
        "_outcome": "COMPLETED",
        "_files": files,
        "_applied": False,
    }
    ctx.store.insert(SYNC_KIND, str(task["task_id"]), task)
    return Reply(status=200, body=None)


@operation("get_dataset_sync_status_v2")
def get_dataset_sync_status_v2(ctx: Context) -> JsonObj:
    """The latest synchronisation of the dataset; ``NOT_EXIST`` if there has been none."""
    dataset = open_dataset(ctx, ctx.path["dataset_id"])
    dataset_id = str(dataset["dataset_id"])
    latest = ctx.store.select(SYNCS_BY_DATASET, (dataset_id,), descending=True, limit=1)
    if not latest:
        return {"dataset_id": dataset_id, "status": "NOT_EXIST"}
    task = latest[0]
    out = _public(task)
    out["status"] = _queue_status(ctx, task, "dataset_sync", 3.0)
    out["duration_time"] = int(min(ctx.elapsed(int(task["create_time"])), ctx.duration("dataset_sync", 3.0)) * 1000)
    return out
