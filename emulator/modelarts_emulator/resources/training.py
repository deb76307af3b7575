"""Training jobs, their versions and logs (reference chapter 5.2), plus built-in algorithms.

Why versions carry the lifecycle: in ModelArts a job is a named container of versions and each
version is one run.  A version's status is computed from its creation time and the clock --
INIT(1), RUNNING(8) after ``training_start`` seconds, COMPLETED(10) after a further
``training_run`` -- and a stop freezes it at KILLED(12).  While running, a version writes one log
line per second of clock time (to one file per worker), served by both log operations: the byte
window (``start_byte``/``offset`` -> ``end_byte``) and the line cursor (``base_line``/``lines``/
``order`` -> ``start_line``/``end_line``; line cursors are ``<create_time_ms * 10**6 + n>``, as in
the reference's samples).
"""

from __future__ import annotations

import copy
import math
from datetime import datetime, timezone
from typing import Any

from ..framework import (
    DUPLICATE_NAME_CODE,
    NOT_FOUND_CODE,
    NOT_PERMITTED_CODE,
    Conflict,
    Context,
    Index,
    IndexKey,
    JsonObj,
    NotFound,
    index,
    operation,
    paginate,
    search_sort_page,
)
from ..lifecycle import JOB_COMPLETED, JOB_KILLED, TERMINAL_JOB_STATUSES, TrainingTimeline
from ..validation import spec_index
from .specs import RESOURCE_SPECS, engine_by_id, spec_by_id

__all__ = [
    "JOB_KIND",
    "VERSION_KIND",
    "create_training_job",
    "create_training_job_version",
    "delete_training_job",
    "delete_training_job_version",
    "get_training_job_log_lines",
    "get_training_job_logs",
    "get_training_job_version",
    "list_builtin_algorithms",
    "list_training_job_log_files",
    "list_training_job_versions",
    "list_training_jobs",
    "log_lines",
    "stop_training_job_version",
    "update_training_job_description",
]

JOB_KIND = "training_job"
VERSION_KIND = "training_job_version"
JOB_COUNT_LIMIT = 100
QUOTAS = 100
LINE_CURSOR_SCALE = 1_000_000

# Config fields copied from a create request onto the version record.
_CONFIG_FIELDS = (
    "worker_server_num",
    "app_url",
    "boot_file_url",
    "data_url",
    "dataset_id",
    "dataset_version_id",
    "spec_id",
    "engine_id",
    "model_id",
    "train_url",
    "log_url",
    "user_image_url",
    "user_command",
)

# Fields of TrainJobVersion (the list item); the detail adds job fields.
_VERSION_FIELDS = (
    "version_id",
    "version_name",
    "pre_version_id",
    "engine_type",
    "engine_name",
    "engine_id",
    "engine_version",
    "status",
    "app_url",
    "boot_file_url",
    "create_time",
    "parameter",
    "duration",
    "spec_id",
    "core",
    "cpu",
    "gpu_num",
    "gpu_type",
    "worker_server_num",
    "data_url",
    "train_url",
    "log_url",
    "dataset_version_id",
    "dataset_id",
    "data_source",
    "model_id",
    "user_image_url",
    "user_command",
    "resource_id",
    "spec_code",
    "start_time",
    "volumes",
)


# --------------------------------------------------------------------------- indexes
# Why: a list returns one page, so it reads one page; a job's versions are found by the job, not by
# reading every version of the project.


def _by_job(version: JsonObj) -> IndexKey:
    return (int(version["job_id"]), int(version["version_id"]))


def _by_name(job: JsonObj) -> IndexKey:
    return (str(job["job_name"]),)


def _workspace(job: JsonObj) -> str:
    return str(job.get("workspace_id", "0"))


def _by_workspace_name(job: JsonObj) -> IndexKey:
    return (_workspace(job), str(job["job_name"]).lower())


def _by_workspace_desc(job: JsonObj) -> IndexKey:
    return (_workspace(job), str(job.get("job_desc", "")).lower())


def _by_workspace_created(job: JsonObj) -> IndexKey:
    return (_workspace(job), int(job["create_time"]))


VERSIONS_BY_JOB = index(VERSION_KIND, "by_job", _by_job)
"""A job's versions, oldest (lowest ``version_id``) first."""
JOBS_BY_NAME = index(JOB_KIND, "by_name", _by_name)
"""Jobs by exact name: names are unique in a project."""
_JOB_ORDERS: dict[str, Index] = {
    # sortBy values whose order is a stored field: the order of framework.sort_items (text without
    # case, equal keys in insertion order) within a workspace.
    "job_name": index(JOB_KIND, "by_workspace_name", _by_workspace_name),
    "job_desc": index(JOB_KIND, "by_workspace_desc", _by_workspace_desc),
    "create_time": index(JOB_KIND, "by_workspace_created", _by_workspace_created),
}


# --------------------------------------------------------------------------- state helpers


def _load_job(ctx: Context) -> JsonObj:
    job = ctx.store.get(JOB_KIND, ctx.path["job_id"])
    if job is None:
        raise NotFound(NOT_FOUND_CODE, f"training job {ctx.path['job_id']} does not exist")
    return job


def _job_versions(ctx: Context, job_id: int) -> list[JsonObj]:
    return ctx.store.select(VERSIONS_BY_JOB, (job_id,))


def _load_version(ctx: Context) -> tuple[JsonObj, JsonObj]:
    job = _load_job(ctx)
    version = ctx.store.get(VERSION_KIND, ctx.path["version_id"])
    if version is None or version["job_id"] != job["job_id"]:
        raise NotFound(
            NOT_FOUND_CODE, f"version {ctx.path['version_id']} of training job {job['job_id']} does not exist"
        )
    return job, version


_VERSION_KEYS = ("stopped_status", "stopped_run_ms", "create_time")
_LATEST_KEYS = ("latest_stopped_status", "latest_stopped_run_ms", "latest_create_time")
"""Where a job keeps its latest version's fields of :data:`_VERSION_KEYS` (see _save_with_versions_seen)."""


def _state(
    version: JsonObj, now_ms: int, timeline: TrainingTimeline, keys: tuple[str, str, str] = _VERSION_KEYS
) -> tuple[int, float]:
    """The version's status and seconds of RUNNING at ``now_ms``: a stop freezes both.

    ``keys``: the names of its stop status, stop run time and creation time (a job's copy of its
    latest version's are :data:`_LATEST_KEYS`).
    """
    stopped_status, stopped_run_ms, create_time = keys
    stopped = version.get(stopped_status)
    if stopped is not None:
        return int(stopped), float(version.get(stopped_run_ms, 0)) / 1000.0
    return timeline.at((now_ms - int(version[create_time])) / 1000.0)


def _status(ctx: Context, version: JsonObj) -> int:
    return _state(version, ctx.clock.now_ms(), TrainingTimeline.of(ctx.durations))[0]


def _run_seconds(ctx: Context, version: JsonObj) -> float:
    return _state(version, ctx.clock.now_ms(), TrainingTimeline.of(ctx.durations))[1]


def _version_view(ctx: Context, version: JsonObj) -> JsonObj:
    out: JsonObj = {k: copy.deepcopy(version[k]) for k in _VERSION_FIELDS if version.get(k) is not None}
    out["status"] = _status(ctx, version)
    run_s = _run_seconds(ctx, version)
    out["duration"] = int(run_s * 1000)
    if run_s > 0 or out["status"] == JOB_COMPLETED:
        out["start_time"] = int(version["create_time"]) + int(ctx.duration("training_start") * 1000)
    return out


def _new_version(ctx: Context, job: JsonObj, config: JsonObj, pre_version_id: int | None) -> JsonObj:
    version_id = ctx.store.next_id(VERSION_KIND)
    # A per-job counter, not the number of versions: after a delete, len()+1 would name a new
    # version like an existing one.  Jobs stored before the counter existed start from their
    # highest version name.
    names = (str(v.get("version_name", "")) for v in _job_versions(ctx, int(job["job_id"])))
    highest = max((int(n[1:]) for n in names if n[:1] == "V" and n[1:].isdigit()), default=0)
    number = max(int(job.get("last_version_number", 0)), highest) + 1
    job["last_version_number"] = number
    now = ctx.clock.now_ms()
    version: JsonObj = {k: copy.deepcopy(config[k]) for k in _CONFIG_FIELDS if config.get(k) is not None}
    version.update(
        {
            "job_id": job["job_id"],
            "version_id": version_id,
            "version_name": f"V{number:04d}",
            "create_time": now,
            "resource_id": f"job{ctx.new_uuid().replace('-', '')[:8]}",
            "parameter": [
                {"label": str(p.get("label", "")), "value": str(p.get("value", ""))}
                for p in config.get("parameter") or []
            ],
            "stopped_status": None,
        }
    )
    if pre_version_id is not None:
        version["pre_version_id"] = pre_version_id
    if config.get("data_source") is not None:
        version["data_source"] = copy.deepcopy(config["data_source"])
    if config.get("volumes") is not None:
        version["volumes"] = copy.deepcopy(config["volumes"])
    spec = spec_by_id(int(config["spec_id"]))
    if spec is not None:
        version.update({k: spec[k] for k in ("spec_code", "core", "cpu", "gpu_num", "gpu_type")})
    if config.get("engine_id") is not None:
        engine = engine_by_id(int(config["engine_id"]))
        if engine is not None:
            version.update(engine)
    ctx.store.insert(VERSION_KIND, str(version_id), version)
    _save_with_versions_seen(ctx, job)
    return version


_SUMMARY_VERSION_FIELDS = ("version_id", "create_time", "stopped_status", "stopped_run_ms")
"""What a job summary needs of its latest version (its status and duration)."""
_LATEST_FIELDS = tuple(f"latest_{name}" for name in _SUMMARY_VERSION_FIELDS)
_SUMMARY_JOB_FIELDS = ("job_id", "job_name", "job_desc", "create_time", "version_count", *_LATEST_FIELDS)
"""What a job summary reads of the job: its own fields and what it keeps of its versions."""


def _save_with_versions_seen(ctx: Context, job: JsonObj) -> None:
    """Store ``job`` with its own record of what a summary shows of its versions: how many there
    are (``version_count``) and the latest one's ``version_id`` and clock fields (``latest_*``).

    Why on the job: a list of 50 jobs then reads 50 objects, not 50 jobs and a group of versions
    for each.  The record is rebuilt from the versions themselves (not counted up and down) by
    every handler that changes a job's versions, in that handler's transaction; a job stored
    without it (by an older emulator) is summarised from its versions instead.
    """
    job_id = int(job["job_id"])
    ((count, latest),) = ctx.store.select_groups(
        VERSIONS_BY_JOB, [(job_id,)], limit=1, descending=True, fields=_SUMMARY_VERSION_FIELDS
    )
    job["version_count"] = count
    for name in _LATEST_FIELDS:
        job.pop(name, None)
    for name, value in (latest[0] if latest else {}).items():
        job[f"latest_{name}"] = value
    ctx.store.update(JOB_KIND, str(job_id), job)


def _summaries(ctx: Context, jobs: list[JsonObj]) -> list[JsonObj]:
    """Each job with its version count and its latest version's id, status and duration, all at the
    same clock time: from the job's own record of its versions (:func:`_save_with_versions_seen`),
    or for a job without one, from its versions (read for all such jobs at once).

    ``jobs`` are the caller's copies: a job without a record gets one here, not in the store.
    """
    unseen = [job for job in jobs if "version_count" not in job]
    groups = ctx.store.select_groups(
        VERSIONS_BY_JOB,
        [(int(job["job_id"]),) for job in unseen],
        limit=1,
        descending=True,
        fields=_SUMMARY_VERSION_FIELDS,
    )
    for job, (count, latest) in zip(unseen, groups, strict=True):
        job["version_count"] = count
        for name, value in (latest[0] if latest else {}).items():
            job[f"latest_{name}"] = value
    now_ms = ctx.clock.now_ms()
    timeline = TrainingTimeline.of(ctx.durations)
    summaries: list[JsonObj] = []
    for job in jobs:
        out: JsonObj = {
            "job_id": job["job_id"],
            "job_name": job["job_name"],
            "job_desc": job.get("job_desc", ""),
            "create_time": job["create_time"],
            "version_count": job["version_count"],
        }
        if out["version_count"]:
            status, run_s = _state(job, now_ms, timeline, _LATEST_KEYS)
            out["version_id"] = job["latest_version_id"]
            out["status"] = status
            out["duration"] = int(run_s * 1000)  # what _version_view says
        summaries.append(out)
    return summaries


# --------------------------------------------------------------------------- jobs and versions


@operation("create_training_job")
def create_training_job(ctx: Context) -> dict[str, Any]:
    """Create a job (unique name per project) and, unless ``create_version`` is false, its first version."""
    body: JsonObj = ctx.body
    name = str(body["job_name"])
    if ctx.store.count(JOBS_BY_NAME, (name,)):
        raise Conflict(DUPLICATE_NAME_CODE, f"training job {name!r} already exists")
    job_id = ctx.store.next_id(JOB_KIND)
    job: JsonObj = {
        "job_id": job_id,
        "job_name": name,
        "job_desc": str(body.get("job_desc", "")),
        "create_time": ctx.clock.now_ms(),
        "workspace_id": str(body.get("workspace_id") or "0"),
        "version_count": 0,
    }
    ctx.store.insert(JOB_KIND, str(job_id), job)
    out: JsonObj = {"is_success": True, "job_id": job_id, "job_name": name, "create_time": job["create_time"]}
    config: JsonObj = body["config"]
    if config.get("create_version", True):
        version = _new_version(ctx, job, config, None)
        out.update(
            status=_status(ctx, version),
            version_id=version["version_id"],
            version_name=version["version_name"],
            resource_id=version["resource_id"],
        )
    return out


@operation("list_training_jobs")
def list_training_jobs(ctx: Context) -> dict[str, Any]:
    """Filter (``status``, ``search_content``, ``workspace_id``), sort and page the jobs.

    Sorted by a stored field and filtered by workspace only (the usual call), the page is read from
    an index and only its jobs are summarised; a filter or an order on what is computed at read
    time (status, duration, version count) summarises every job of the workspace, then pages.
    """
    q = ctx.query
    workspace_id = str(q.get("workspace_id", "0"))
    order = _JOB_ORDERS.get(str(q.get("sortBy", "job_name")))
    per_page = int(q.get("per_page", 10))
    if order is not None and per_page > 0 and q.get("status") in (None, "") and not q.get("search_content"):
        start = max(0, (int(q.get("page", 1)) - 1) * per_page)
        descending = str(q.get("order", "asc")) == "desc"
        jobs = ctx.store.select(
            order, (workspace_id,), offset=start, limit=per_page, descending=descending, fields=_SUMMARY_JOB_FIELDS
        )
        page = _summaries(ctx, jobs)
        total = ctx.store.count(order, (workspace_id,))
    else:
        jobs = [j for j in ctx.store.list(JOB_KIND) if j.get("workspace_id", "0") == workspace_id]
        summaries = _summaries(ctx, jobs)
        if q.get("status") not in (None, ""):
            summaries = [s for s in summaries if str(s.get("status")) == str(q["status"])]
        page, total = search_sort_page(summaries, q, name_field="job_name", default_sort="job_name")
    return {
        "is_success": True,
        "job_total_count": total,
        "job_count_limit": JOB_COUNT_LIMIT,
        "quotas": QUOTAS,
        "jobs": page,
    }


@operation("update_training_job_description")
def update_training_job_description(ctx: Context) -> dict[str, Any]:
    """Change a job's description."""
    job = _load_job(ctx)
    job["job_desc"] = str((ctx.body or {}).get("job_desc", ""))
    ctx.store.update(JOB_KIND, str(job["job_id"]), job)
    return {"is_success": True}


@operation("delete_training_job")
def delete_training_job(ctx: Context) -> dict[str, Any]:
    """Delete a job with all its versions."""
    job = _load_job(ctx)
    for version in _job_versions(ctx, int(job["job_id"])):
        ctx.store.delete(VERSION_KIND, str(version["version_id"]))
    ctx.store.delete(JOB_KIND, str(job["job_id"]))
    return {"is_success": True}


@operation("create_training_job_version")
def create_training_job_version(ctx: Context) -> dict[str, Any]:
    """Start a new version from ``pre_version_id`` (which must belong to the job)."""
    job = _load_job(ctx)
    body: JsonObj = ctx.body
    config: JsonObj = body["config"]
    pre_id = int(config["pre_version_id"])
    pre = ctx.store.get(VERSION_KIND, str(pre_id))
    if pre is None or pre["job_id"] != job["job_id"]:
        raise NotFound(NOT_FOUND_CODE, f"pre_version_id {pre_id} is not a version of training job {job['job_id']}")
    if body.get("job_desc") is not None:
        job["job_desc"] = str(body["job_desc"])
        ctx.store.update(JOB_KIND, str(job["job_id"]), job)
    version = _new_version(ctx, job, config, pre_id)
    return {
        "is_success": True,
        "job_id": job["job_id"],
        "job_name": job["job_name"],
        "status": _status(ctx, version),
        "create_time": version["create_time"],
        "version_id": version["version_id"],
    }


@operation("list_training_job_versions")
def list_training_job_versions(ctx: Context) -> dict[str, Any]:
    """A job's versions, newest first, one page (``page``/``per_page``) at a time."""
    job = _load_job(ctx)
    job_id = int(job["job_id"])
    per_page = int(ctx.query.get("per_page", 10))
    page = int(ctx.query.get("page", 1))
    if per_page > 0:
        start = max(0, (page - 1) * per_page)
        sliced = ctx.store.select(VERSIONS_BY_JOB, (job_id,), offset=start, limit=per_page, descending=True)
    else:  # the spec's minimum is 1; framework.paginate's reading of a size of 0 or less, kept
        newest_first = ctx.store.select(VERSIONS_BY_JOB, (job_id,), descending=True)
        sliced = paginate(newest_first, start=(page - 1) * per_page, size=per_page)
    return {
        "is_success": True,
        "job_id": job["job_id"],
        "job_name": job["job_name"],
        "job_desc": job.get("job_desc", ""),
        "version_count": ctx.store.count(VERSIONS_BY_JOB, (job_id,)),
        "versions": [_version_view(ctx, v) for v in sliced],
    }


@operation("get_training_job_version")
def get_training_job_version(ctx: Context) -> dict[str, Any]:
    """One version with its current status and duration."""
    job, version = _load_version(ctx)
    return {
        "is_success": True,
        "job_id": job["job_id"],
        "job_name": job["job_name"],
        "job_desc": job.get("job_desc", ""),
        **_version_view(ctx, version),
    }


@operation("delete_training_job_version")
def delete_training_job_version(ctx: Context) -> dict[str, Any]:
    """Delete one version (the job stays)."""
    job, version = _load_version(ctx)
    ctx.store.delete(VERSION_KIND, str(version["version_id"]))
    _save_with_versions_seen(ctx, job)
    return {"is_success": True}


@operation("stop_training_job_version")
def stop_training_job_version(ctx: Context) -> dict[str, Any]:
    """Stop a version that has not finished: its status becomes KILLED(12)."""
    job, version = _load_version(ctx)
    status = _status(ctx, version)
    if status in TERMINAL_JOB_STATUSES:
        # The request is valid; the version's state forbids it: a conflict, not a bad request.
        raise Conflict(NOT_PERMITTED_CODE, f"the version has already finished (status {status})")
    version["stopped_run_ms"] = int(_run_seconds(ctx, version) * 1000)
    version["stopped_status"] = JOB_KILLED
    ctx.store.update(VERSION_KIND, str(version["version_id"]), version)
    _save_with_versions_seen(ctx, job)
    return {"is_success": True}


# --------------------------------------------------------------------------- logs


def _simulated_workers(version: JsonObj) -> int:
    """How many worker nodes the emulator runs for a version: the count asked for, within the flavour.

    Why a bound: the spec allows any int32 ``worker_server_num`` (the real limit is the flavour's
    ``max_num``, which only list_job_resource_specs tells), and the emulator does not refuse larger
    counts; but one log file per requested worker made a count of two billion hang the server.  The
    version keeps the count as sent; only the simulated nodes (log files) are capped at the flavour's
    ``max_num``, or the largest in the catalogue for an unknown flavour.
    """
    spec = spec_by_id(int(version.get("spec_id", 0) or 0))
    limit = int(spec["max_num"]) if spec is not None else max(int(s["max_num"]) for s in RESOURCE_SPECS)
    return min(max(1, int(version.get("worker_server_num", 1))), limit)


def _log_files(job: JsonObj, version: JsonObj) -> list[str]:
    return [f"job-{job['job_name']}-{version['version_name']}.{i}" for i in range(_simulated_workers(version))]


def _fmt(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc).strftime("%Y-%m-%d %H:%M:%S")


def log_lines(ctx: Context, job: JsonObj, version: JsonObj, worker: int) -> list[str]:
    """The log of one worker as it stands now (grows by one line per running second)."""
    status = _status(ctx, version)
    run_s = _run_seconds(ctx, version)
    started_ms = int(version["create_time"]) + int(ctx.duration("training_start") * 1000)
    lines: list[str] = []
    if run_s > 0 or status == JOB_COMPLETED:
        lines.append(f"[{_fmt(started_ms)}] INFO worker-{worker}: training job {job['job_name']} started")
        for step in range(1, math.floor(run_s) + 1):
            loss = 2.0 / (1.0 + step)
            lines.append(f"[{_fmt(started_ms + step * 1000)}] INFO worker-{worker}: step {step * 100}: loss={loss:.4f}")
    end_ms = started_ms + int(run_s * 1000)
    if status == JOB_COMPLETED:
        lines.append(f"[{_fmt(end_ms)}] INFO worker-{worker}: training completed")
    elif status == JOB_KILLED:
        lines.append(f"[{_fmt(max(end_ms, int(version['create_time'])))}] WARN worker-{worker}: training killed")
    return lines


def _worker_of(job: JsonObj, version: JsonObj, log_file: str) -> int:
    files = _log_files(job, version)
    if log_file not in files:
        raise NotFound(NOT_FOUND_CODE, f"log file {log_file!r} does not exist; see list_training_job_log_files")
    return files.index(log_file)


@operation("list_training_job_log_files")
def list_training_job_log_files(ctx: Context) -> dict[str, Any]:
    """One log file per worker node."""
    job, version = _load_version(ctx)
    return {"is_success": True, "log_file_list": _log_files(job, version)}


@operation("get_training_job_logs")
def get_training_job_logs(ctx: Context) -> dict[str, Any]:
    """A byte window: ``start_byte`` (-1 = the end), ``offset`` bytes (negative reads backwards)."""
    job, version = _load_version(ctx)
    worker = _worker_of(job, version, str(ctx.query["log_file"]))
    text = "".join(line + "\n" for line in log_lines(ctx, job, version, worker)).encode()
    total = len(text)
    start = int(ctx.query.get("start_byte", 0))
    size = int(ctx.query.get("offset", 2048))
    start = total if start == -1 else min(start, total)
    lo, hi = (start, min(total, start + size)) if size >= 0 else (max(0, start + size), start)
    window = text[lo:hi]
    return {
        "is_success": True,
        "log": window.decode(errors="replace"),
        "log_byte_count": total,
        "end_byte": hi,
        "count": len(window),
    }


@operation("get_training_job_log_lines")
def get_training_job_log_lines(ctx: Context) -> dict[str, Any]:
    """Lines around ``base_line``: ``desc`` = the following ones, ``asc`` = the preceding ones."""
    job, version = _load_version(ctx)
    worker = _worker_of(job, version, str(ctx.query["log_file"]))
    lines = log_lines(ctx, job, version, worker)
    base = int(version["create_time"]) * LINE_CURSOR_SCALE
    want = int(ctx.query.get("lines", 50))
    raw_cursor = ctx.query.get("base_line")
    if raw_cursor in (None, ""):
        first = max(0, len(lines) - want)
        last = len(lines)
    else:
        # Any digit string (the spec's pattern) is a position: one from before this version's
        # first line reads from the start, one past its last line reads nothing.
        digits = str(raw_cursor)
        index = int(digits) - base if len(digits) <= 30 else len(lines)
        if str(ctx.query.get("order", "desc")) == "asc":
            last = max(0, min(index, len(lines)))
            first = max(0, last - want)
        else:
            first = max(0, min(index + 1, len(lines)))
            last = min(len(lines), first + want)
    chosen = lines[first:last]
    out: JsonObj = {"is_success": True, "content": "".join(line + "\n" for line in chosen), "lines": len(chosen)}
    if chosen:
        out["start_line"] = str(base + first)
        out["end_line"] = str(base + last - 1)
    elif raw_cursor not in (None, ""):
        out["start_line"] = out["end_line"] = str(raw_cursor)
    return out


# --------------------------------------------------------------------------- built-in algorithms


def _algorithms() -> list[JsonObj]:
    example = spec_index().example("list_builtin_algorithms")
    models = example.get("models", []) if isinstance(example, dict) else []
    return [m for m in models if isinstance(m, dict)]


@operation("list_builtin_algorithms")
def list_builtin_algorithms(ctx: Context) -> dict[str, Any]:
    """The built-in algorithm catalogue: search by name, sort, page."""
    q = ctx.query
    page, total = search_sort_page(
        _algorithms(), q, name_field="model_name", default_sort="create_time", sort_aliases={"engine": "engine_name"}
    )
    return {"is_success": True, "model_total_count": total, "models": page}
