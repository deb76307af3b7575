"""Visualization (TensorBoard) jobs (reference chapter 5.3).

Why the stored ``phase_ms``: the status is derived from the clock at read time -- INIT(1) after
creation or restart, RUNNING(8) once ``visualization_start`` seconds have passed; a stop freezes
it at KILLED(12) until a restart.  ``duration`` counts the milliseconds spent running.
"""

from __future__ import annotations

from typing import Any

from ..framework import (
    DUPLICATE_NAME_CODE,
    NOT_FOUND_CODE,
    Conflict,
    Context,
    IndexKey,
    JsonObj,
    NotFound,
    index,
    operation,
    search_sort_page,
)
from ..lifecycle import JOB_KILLED, JOB_RUNNING, visualization_status

__all__ = [
    "KIND",
    "create_visualization_job",
    "delete_visualization_job",
    "get_visualization_job",
    "list_visualization_jobs",
    "restart_visualization_job",
    "stop_visualization_job",
    "update_visualization_job_description",
]

KIND = "visualization_job"


def _by_name(job: JsonObj) -> IndexKey:
    return (str(job["job_name"]),)


BY_NAME = index(KIND, "by_name", _by_name)
"""Jobs by exact name: a create checks the name without reading every job."""
JOB_COUNT_LIMIT = 999
QUOTAS = 100
_PUBLIC = ("job_id", "job_name", "job_desc", "train_url", "create_time", "resource_id", "service_url", "workspace_id")


def _view(ctx: Context, job: JsonObj) -> JsonObj:
    """The job as the API shows it now (computed status and duration)."""
    out: JsonObj = {k: job[k] for k in _PUBLIC if k in job and k != "workspace_id"}
    if job.get("stopped_status") is not None:
        out["status"] = int(job["stopped_status"])
        out["duration"] = int(job.get("run_ms", 0))
        return out
    elapsed = ctx.elapsed(int(job["phase_ms"]))
    status = visualization_status(elapsed, ctx.durations)
    out["status"] = status
    run_ms = int(job.get("run_ms", 0))
    if status == JOB_RUNNING:
        run_ms += int((elapsed - ctx.duration("visualization_start")) * 1000)
    out["duration"] = max(0, run_ms)
    return out


def _load(ctx: Context) -> JsonObj:
    job = ctx.store.get(KIND, ctx.path["job_id"])
    if job is None:
        raise NotFound(NOT_FOUND_CODE, f"visualization job {ctx.path['job_id']} does not exist")
    return job


@operation("create_visualization_job")
def create_visualization_job(ctx: Context) -> dict[str, Any]:
    """Start a visualization job; job names are unique per project."""
    body: JsonObj = ctx.body
    name = str(body["job_name"])
    if ctx.store.count(BY_NAME, (name,)):
        raise Conflict(DUPLICATE_NAME_CODE, f"visualization job {name!r} already exists")
    job_id = ctx.store.next_id(KIND)
    now = ctx.clock.now_ms()
    job: JsonObj = {
        "job_id": job_id,
        "job_name": name,
        "job_desc": str(body.get("job_desc", "")),
        "train_url": str(body["train_url"]),
        "create_time": now,
        "resource_id": ctx.new_uuid(),
        "service_url": f"https://console.huaweicloud.com/modelarts/tensorboard/{ctx.project_id}/{job_id}/",
        "phase_ms": now,
        "run_ms": 0,
        "stopped_status": None,
    }
    ctx.store.insert(KIND, str(job_id), job)
    view = _view(ctx, job)
    return {
        "is_success": True,
        "job_id": job_id,
        "job_name": name,
        "status": view["status"],
        "create_time": now,
    }


@operation("list_visualization_jobs")
def list_visualization_jobs(ctx: Context) -> dict[str, Any]:
    """Filter by ``status``/``search_content``, sort by ``sortBy``/``order``, page by ``page``/``per_page``."""
    q = ctx.query
    jobs = [_view(ctx, j) for j in ctx.store.list(KIND)]
    if q.get("status") is not None:
        jobs = [j for j in jobs if j["status"] == int(q["status"])]
    page, total = search_sort_page(jobs, q, name_field="job_name", default_sort="job_id")
    return {
        "is_success": True,
        "job_total_count": total,
        "job_count_limit": JOB_COUNT_LIMIT,
        "quotas": QUOTAS,
        "jobs": page,
    }


@operation("get_visualization_job")
def get_visualization_job(ctx: Context) -> dict[str, Any]:
    """One job with its current status."""
    return {"is_success": True, **_view(ctx, _load(ctx))}


@operation("update_visualization_job_description")
def update_visualization_job_description(ctx: Context) -> dict[str, Any]:
    """Change the description."""
    job = _load(ctx)
    body: JsonObj = ctx.body or {}
    job["job_desc"] = str(body.get("job_desc", ""))
    ctx.store.update(KIND, ctx.path["job_id"], job)
    return {"is_success": True}


@operation("delete_visualization_job")
def delete_visualization_job(ctx: Context) -> dict[str, Any]:
    """Remove the job."""
    _load(ctx)
    ctx.store.delete(KIND, ctx.path["job_id"])
    return {"is_success": True}


@operation("stop_visualization_job")
def stop_visualization_job(ctx: Context) -> dict[str, Any]:
    """Freeze the job at KILLED (idempotent), keeping the running time so far."""
    job = _load(ctx)
    if job.get("stopped_status") is None:
        job["run_ms"] = _view(ctx, job)["duration"]
        job["stopped_status"] = JOB_KILLED
        ctx.store.update(KIND, ctx.path["job_id"], job)
    return {"is_success": True}


@operation("restart_visualization_job")
def restart_visualization_job(ctx: Context) -> dict[str, Any]:
    """Start the job's timeline again (INIT, then RUNNING); a running job restarts too."""
    job = _load(ctx)
    job["run_ms"] = _view(ctx, job)["duration"]
    job["stopped_status"] = None
    job["phase_ms"] = ctx.clock.now_ms()
    ctx.store.update(KIND, ctx.path["job_id"], job)
    return {"is_success": True}
