"""Hyperparameter search of the current edition: the search algorithm and YAML template catalogues,
and the trials, sensitivity analysis and early stop of an auto search training job.

Why it looks the way it does:

* Catalogues: the search algorithms and the template list are the spec's samples.  The sample
  gives the text of one template (hpo/Bayes); the others are built on the same skeleton with their
  own ``search_algorithm.type``.  An unknown type or name is 404 ``ModelArts.0102``.
* Trials are derived at read time, never stored: a job is an auto search job when its
  ``algorithm.policies.auto_search`` is an object (or, for a job created from a stored algorithm,
  that algorithm's ``advanced_config.auto_search`` is).  It gets N trials, N the ``num_samples``
  setting of its first search algorithm that has one (1 to :data:`MAX_TRIALS`), else
  :data:`DEFAULT_TRIALS`.  Trial ids, sampled hyperparameters (the ``config`` cell, within each
  search parameter's bounds or discrete values) and final metrics (one column per reward
  attribute, ``acc`` when none) are hashed from the job id, so every read agrees.
* Timeline: the trials run one after another over the job's run.  Trial *i* runs during the
  fraction [i/N, (i+1)/N) of it, reporting :data:`ITERATIONS` iterations, and is ``TERMINATED``
  (``done`` True) once that part of the run is over; before it, ``PENDING``, during it,
  ``RUNNING``.  When the job ends early, the running trial becomes ``TERMINATED`` (job
  terminated) or ``ERROR`` (job failed or abnormal), with ``done`` False.  The job's progress
  is its running time (``status.duration``) over the planned run; a ``Completed`` job is
  entirely done.
* Early stop (``stop_autosearch_trial_v2``) stores the trial's progress at that moment (kind
  :data:`STOP_KIND`, one object per job, keyed by job id); the trial is ``TERMINATED`` with
  ``done`` True from then on, its metrics frozen.  Only a ``RUNNING`` trial can be stopped: any
  other is 409 ``ModelArts.0105``; stopping an already stopped one answers 200 again.
* A job that is not an auto search job has no search to read: the per-job operations answer 404
  ``ModelArts.0102`` for it, as for an unknown trial or parameter name (an unknown job is the
  training module's 404). Why not 400: the request is well-formed, and the reference names no code
  for this case; what is missing is the resource the path addresses.
* A single trial's table (``get_autosearch_trial_v2``) has one row per reported iteration, plus a
  final ``done`` True row once the trial is over, as the reference's sample shows.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from typing import Any

from ..framework import (
    NOT_FOUND_CODE,
    NOT_PERMITTED_CODE,
    Conflict,
    Context,
    JsonObj,
    NotFound,
    operation,
)
from ..validation import spec_index
from .algorithms_v2 import KIND as ALGORITHM_KIND
from .training_v2 import load_job, planned_run_seconds
from .workspaces import int_param

__all__ = [
    "DEFAULT_TRIALS",
    "ITERATIONS",
    "MAX_TRIALS",
    "STOP_KIND",
    "auto_search_of",
    "get_autosearch_parameter_analysis_image_v2",
    "get_autosearch_parameter_analysis_v2",
    "get_autosearch_trial_v2",
    "get_autosearch_yaml_template_v2",
    "list_autosearch_trials_v2",
    "list_autosearch_yaml_templates_v2",
    "list_search_algorithms_v2",
    "stop_autosearch_trial_v2",
]

STOP_KIND = "autosearch_trial_stop"
"""InvalidParam (error code appendix, HTTP 400): the job named is not an auto search job."""
DEFAULT_TRIALS = 3
MAX_TRIALS = 100
ITERATIONS = 10
"""Iterations every trial reports (its last ``training_iteration``)."""
DEFAULT_PAGE = 50

_ENDED_PHASES = frozenset({"Terminated", "Terminating", "Failed", "Abnormal"})
_FAILED_PHASES = frozenset({"Failed", "Abnormal"})
_NOT_STARTED_PHASES = frozenset({"Creating", "Pending"})

LIST_COLUMNS_BEFORE = ["", "done", "pid", "config", "trial_id", "training_iteration", "time_total_s"]
LIST_COLUMNS_MIDDLE = ["worker_index", "reward_attr", "status"]

# ---------------------------------------------------------------------------------- catalogues


def _search_algorithms() -> JsonObj:
    example = spec_index().example("list_search_algorithms_v2")
    return example if isinstance(example, dict) else {"search_algo_count": 0, "search_algo_list": []}


def _templates() -> list[JsonObj]:
    example = spec_index().example("list_autosearch_yaml_templates_v2")
    if not isinstance(example, dict):
        return []
    return [t for t in example.get("yaml_templates", []) if isinstance(t, dict)]


_ALGORITHM_TYPES = {
    "Anneal": "anneal_search",
    "Bayes": "bayes_opt_search",
    "DragonFly": "dragonfly_search",
    "FixNorm": "fixnorm_search",
    "GridSearch": "grid_search",
    "TPE": "tpe_search",
}


def _template_text(algorithm_type: str, algorithm_name: str) -> str:
    sample = spec_index().example("get_autosearch_yaml_template_v2")
    if isinstance(sample, dict) and sample.get("file_name") == f"{algorithm_name}.yaml":
        return str(sample.get("content", ""))
    search_type = _ALGORITHM_TYPES.get(algorithm_name, algorithm_name.lower())
    return (
        "general:\n  instance_per_trial: 1\n  gpu_per_instance: 1\n  cpu_per_instance: 1\n\n"
        f"# {algorithm_type} template {algorithm_name}\n"
        "search_space:\n  - params:\n    - type: continuous_param\n      name : lr\n"
        "      start: 0.001\n      stop: 0.1\n\n"
        f"search_algorithm:\n  type: {search_type}\n  max_concurrent: 4\n  reward_attr: accuracy\n"
        "  num_samples: 8\n  mode: max\n\nscheduler:\n  type: FIFOScheduler"
    )


@operation("list_search_algorithms_v2")
def list_search_algorithms_v2(ctx: Context) -> JsonObj:
    """The search algorithms of the catalogue (the spec's sample)."""
    return _search_algorithms()


@operation("list_autosearch_yaml_templates_v2")
def list_autosearch_yaml_templates_v2(ctx: Context) -> JsonObj:
    """The template catalogue, by algorithm type."""
    return {"yaml_templates": _templates()}


@operation("get_autosearch_yaml_template_v2")
def get_autosearch_yaml_template_v2(ctx: Context) -> JsonObj:
    """One template's file name and YAML text; 404 for a type or name not in the catalogue."""
    algorithm_type, algorithm_name = ctx.path["algorithm_type"], ctx.path["algorithm_name"]
    for template in _templates():
        if template.get("algorithm_type_en") == algorithm_type and algorithm_name in template.get(
            "algorithm_names", []
        ):
            return {"file_name": f"{algorithm_name}.yaml", "content": _template_text(algorithm_type, algorithm_name)}
    raise NotFound(NOT_FOUND_CODE, f"yaml template {algorithm_type}/{algorithm_name} not found.")


# ---------------------------------------------------------------------------------- trials


def _unit(*parts: object) -> float:
    """A stable number in [0, 1) from the parts."""
    digest = hashlib.sha256(":".join(str(p) for p in parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def _number(text: Any) -> Any:
    """A search value as the config cell holds it: an int or float when it reads as one."""
    if not isinstance(text, str):
        return text
    try:
        return int(text)
    except ValueError:
        pass
    try:
        value = float(text)
    except ValueError:
        return text
    return value if math.isfinite(value) else text


def _float(text: Any) -> float | None:
    value = _number(text)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        return float(value)
    except OverflowError:  # an integer beyond any float
        return None


def auto_search_of(ctx: Context, job: JsonObj) -> JsonObj | None:
    """The job's hyperparameter search settings, or ``None`` when it is not an auto search job."""
    algorithm = job.get("algorithm") if isinstance(job.get("algorithm"), dict) else {}
    assert isinstance(algorithm, dict)
    policies = algorithm.get("policies")
    if isinstance(policies, dict) and isinstance(policies.get("auto_search"), dict):
        return dict(policies["auto_search"])
    if algorithm.get("id"):
        stored = ctx.store.get(ALGORITHM_KIND, str(algorithm["id"]))
        advanced = (stored or {}).get("advanced_config")
        if isinstance(advanced, dict) and isinstance(advanced.get("auto_search"), dict):
            return dict(advanced["auto_search"])
    return None


def _trial_count(auto_search: JsonObj) -> int:
    for config in auto_search.get("algo_configs") or []:
        for param in (config or {}).get("params") or []:
            if (param or {}).get("key") == "num_samples":
                value = _number(param.get("value"))
                if isinstance(value, int) and not isinstance(value, bool):
                    return min(max(value, 1), MAX_TRIALS)
    return DEFAULT_TRIALS


def _discrete_values(param: JsonObj) -> list[str]:
    values = param.get("discrete_values")
    if isinstance(values, str):  # an algorithm's stored search parameter: one comma-separated string
        values = [v.strip() for v in values.split(",") if v.strip()]
    return [str(v) for v in values or []]


def _sample(param: JsonObj, u: float) -> Any:
    """One value of a search parameter, chosen by ``u`` in [0, 1)."""
    values = _discrete_values(param)
    if values:
        return _number(values[int(u * len(values))])
    low, high = _float(param.get("lower_bound")), _float(param.get("upper_bound"))
    if low is None or high is None:
        return _number(param.get("lower_bound", param.get("upper_bound", "")))
    low, high = min(low, high), max(low, high)
    points = _number(param.get("discrete_points_num"))
    if param.get("param_type") == "discrete" and low.is_integer() and high.is_integer():
        return int(low) + int(u * (int(high) - int(low) + 1))
    if isinstance(points, int) and not isinstance(points, bool) and points >= 2:
        value = low + int(u * points) * ((high - low) / (points - 1))
    else:
        value = low + u * (high - low)
    return value if math.isfinite(value) else low  # bounds near the float limits: stay valid JSON


@dataclass
class _Search:
    """What every read of one job's trials derives them from."""

    job_id: str
    job: JsonObj  # as get_training_job_v2 answers it
    params: list[JsonObj]
    metrics: list[tuple[str, str]]  # (name, mode)
    count: int
    progress: float  # fraction of the job's run done, 0 to 1
    run_s: float
    phase: str
    stops: dict[str, float] = field(default_factory=dict)  # trial id -> its own progress when stopped

    def trial_id(self, i: int) -> str:
        return hashlib.sha256(f"{self.job_id}:trial:{i}".encode()).hexdigest()[:8]

    def config(self, i: int) -> JsonObj:
        sampled = {
            str(p.get("name")): _sample(p, _unit(self.job_id, i, p.get("name"))) for p in self.params if p.get("name")
        }
        return {**sampled, "trial_index": i, **{f"param/{k}": v for k, v in sampled.items()}}


@dataclass
class _Trial:
    index: int
    trial_id: str
    config: JsonObj
    status: str
    done: bool
    own_progress: float  # fraction of the trial's own share of the run it got through
    metrics: dict[str, float]  # final values


def _search(ctx: Context, training_job_id: str) -> _Search:
    job = load_job(ctx, training_job_id)
    auto_search = auto_search_of(ctx, job)
    if auto_search is None:
        raise NotFound(
            NOT_FOUND_CODE,
            f"training job {training_job_id} is not an auto search job "
            "(its algorithm.policies.auto_search is not set): it has no trials.",
        )
    status = job.get("status") or {}
    phase = str(status.get("phase") or "Creating")
    run_s = planned_run_seconds(ctx, training_job_id)
    if phase == "Completed":
        progress = 1.0
    elif phase in _NOT_STARTED_PHASES:
        progress = 0.0
    else:
        progress = min(max(int(status.get("duration") or 0) / 1000.0 / run_s, 0.0), 1.0) if run_s > 0 else 1.0
    metrics = [
        (str(r.get("name")), str(r.get("mode") or "max"))
        for r in auto_search.get("reward_attrs") or []
        if r.get("name")
    ] or [("acc", "max")]
    stored = ctx.store.get(STOP_KIND, training_job_id) or {}
    return _Search(
        job_id=training_job_id,
        job=job,
        params=[p for p in auto_search.get("search_params") or [] if isinstance(p, dict)],
        metrics=metrics,
        count=_trial_count(auto_search),
        progress=progress,
        run_s=run_s,
        phase=phase,
        stops={str(k): float(v) for k, v in (stored.get("stopped") or {}).items()},
    )


def _trial(search: _Search, i: int) -> _Trial:
    trial_id = search.trial_id(i)
    n = search.count
    own = min(max((search.progress - i / n) * n, 0.0), 1.0)
    started = search.phase not in _NOT_STARTED_PHASES and search.progress >= i / n
    if trial_id in search.stops:
        own, status, done = min(own, search.stops[trial_id]), "TERMINATED", True
    elif own >= 1.0:
        status, done = "TERMINATED", True
    elif not started:
        status, done = "PENDING", False
    elif search.phase in _FAILED_PHASES:
        status, done = "ERROR", False
    elif search.phase in _ENDED_PHASES:
        status, done = "TERMINATED", False
    else:
        status, done = "RUNNING", False
    finals = {name: _unit(search.job_id, trial_id, name) for name, _ in search.metrics}
    return _Trial(i, trial_id, search.config(i), status, done, own, finals)


def _metric_at(final: float, mode: str, iteration: int) -> float:
    """A metric after ``iteration`` iterations: rising to its final value (max), or falling (min)."""
    share = iteration / ITERATIONS
    return final * share if mode == "max" else final + (1.0 - final) * (1.0 - share)


def _text(value: float) -> str:
    return repr(round(value, 6))


def _iterations(trial: _Trial) -> int:
    return int(trial.own_progress * ITERATIONS + 1e-9)


def _list_header(search: _Search) -> list[str]:
    return [*LIST_COLUMNS_BEFORE, *LIST_COLUMNS_MIDDLE, *(name for name, _ in search.metrics), "best_reward"]


def _list_row(search: _Search, trial: _Trial) -> list[Any]:
    iteration = _iterations(trial)
    reported = iteration > 0
    values = [_metric_at(trial.metrics[name], mode, iteration) for name, mode in search.metrics]
    cells = [_text(v) if reported else "" for v in values]
    reward = cells[0]
    return [
        str(trial.index),
        str(trial.done),
        str(300 + trial.index) if trial.status != "PENDING" else "",
        trial.config,
        trial.trial_id,
        str(iteration),
        _text(trial.own_progress * search.run_s / search.count),
        "",
        reward,
        trial.status,
        *cells,
        reward,
    ]


def _find_trial(search: _Search, trial_id: str) -> _Trial:
    for i in range(search.count):
        if search.trial_id(i) == trial_id:
            return _trial(search, i)
    raise NotFound(NOT_FOUND_CODE, f"trial {trial_id} of training job {search.job_id} not found.")


@operation("list_autosearch_trials_v2")
def list_autosearch_trials_v2(ctx: Context) -> JsonObj:
    """One slice of the job's trials (``offset`` skips trials; ``limit`` 50 when absent, every
    trial when not positive)."""
    search = _search(ctx, ctx.path["training_job_id"])
    offset = max(int_param(ctx.query.get("offset"), 0), 0)
    limit = int_param(ctx.query.get("limit"), DEFAULT_PAGE)
    end = search.count if limit <= 0 else min(search.count, offset + limit)
    rows = [_list_row(search, _trial(search, i)) for i in range(offset, end)]
    return {
        "total": search.count,
        "count": len(rows),
        "limit": limit,
        "offset": offset,
        "group_by": "",
        "items": {"header": _list_header(search), "data": rows},
    }


@operation("get_autosearch_trial_v2")
def get_autosearch_trial_v2(ctx: Context) -> JsonObj:
    """The trial's records: one per reported iteration, and a final ``done`` one once it is over."""
    search = _search(ctx, ctx.path["training_job_id"])
    trial = _find_trial(search, ctx.path["trial_id"])
    names = [name for name, _ in search.metrics]
    header = ["done", "pid", "best_reward", "time_total_s", "config", *names, "trial_id", "training_iteration"]
    header.append("reward_attr")
    rows: list[list[Any]] = []
    last = _iterations(trial)
    per_iteration_s = search.run_s / search.count / ITERATIONS
    for iteration in range(1, last + 1):
        values = [_text(_metric_at(trial.metrics[n], m, iteration)) for n, m in search.metrics]
        rows.append(
            [
                "False",
                str(300 + trial.index),
                values[0],
                _text(iteration * per_iteration_s),
                trial.config,
                *values,
                trial.trial_id,
                str(iteration),
                values[0],
            ]
        )
    if trial.done and rows:
        rows.append(["True", *rows[-1][1:]])
    return {"header": header, "data": rows}


@operation("stop_autosearch_trial_v2")
def stop_autosearch_trial_v2(ctx: Context) -> JsonObj:
    """Stop a running trial early; its progress so far is kept."""
    training_job_id, trial_id = ctx.path["training_job_id"], ctx.path["trial_id"]
    search = _search(ctx, training_job_id)
    trial = _find_trial(search, trial_id)
    if trial_id in search.stops:
        return {"earlystop_trial": trial_id}
    if trial.status != "RUNNING":
        raise Conflict(NOT_PERMITTED_CODE, f"trial {trial_id} is {trial.status}; only a running trial can be stopped.")
    stored = ctx.store.get(STOP_KIND, training_job_id)
    record: JsonObj = stored if stored is not None else {"job_id": training_job_id, "stopped": {}}
    record["stopped"][trial_id] = trial.own_progress
    if stored is None:
        ctx.store.insert(STOP_KIND, training_job_id, record)
    else:
        ctx.store.update(STOP_KIND, training_job_id, record)
    return {"earlystop_trial": trial_id}


# ---------------------------------------------------------------------------------- analysis


def _param_names(search: _Search) -> list[str]:
    return [str(p["name"]) for p in search.params if p.get("name")]


@operation("get_autosearch_parameter_analysis_v2")
def get_autosearch_parameter_analysis_v2(ctx: Context) -> JsonObj:
    """The importance (mean/std) of each search parameter."""
    search = _search(ctx, ctx.path["training_job_id"])
    rows = [
        [name, f"{_unit(search.job_id, 'mean', name):.4f}/{_unit(search.job_id, 'std', name) / 2:.4f}"]
        for name in _param_names(search)
    ]
    return {"header": ["parameters", "the mean/std of importance"], "data": rows}


def _output_dir(search: _Search) -> str:
    for output in (search.job.get("algorithm") or {}).get("outputs") or []:
        url = str(((output or {}).get("remote") or {}).get("obs", {}).get("obs_url") or "")
        if url:
            path = url[len("obs:/") :] if url.startswith("obs://") else url
            return path if path.endswith("/") else f"{path}/"
    return f"/modelarts-autosearch/{search.job_id}/output/"


@operation("get_autosearch_parameter_analysis_image_v2")
def get_autosearch_parameter_analysis_image_v2(ctx: Context) -> JsonObj:
    """Where the analysis image of one search parameter is stored (under the job's first output)."""
    training_job_id, name = ctx.path["training_job_id"], ctx.path["parameter_name"]
    search = _search(ctx, training_job_id)
    if name not in _param_names(search):
        raise NotFound(NOT_FOUND_CODE, f"{name} is not a search parameter of training job {training_job_id}.")
    base = _output_dir(search)
    return {"file_path": f"{base}log/hyperparameter-analysis/fanova/{name}.png"}
