"""``modelarts job``: the ``ma-cli ma-job`` commands, on the current (v2) training API.

Same command names as the vendor's tool (``submit``, ``get-job``, ``get-log``, ``get-engine``,
``get-event``, ``get-flavor``, ``get-pool``, ``stop``, ``delete``) and its short options where it has
them (``-i`` job id, ``-n`` name, ``-t`` task). Each is a thin layer over one or two operations of
the spec (named in its help), the overlays' engines (paging, waiting, log following) and the shared
output: tables with the columns a user looks for, or ``--output json``, the API's answer as sent.

``submit`` takes the job from flags, from a YAML/JSON file of the same keys, or both (flags win),
and builds the body of ``create_training_job_v2``; for a field it does not cover, use
``modelarts training-jobs-v2 create-training-job-v2 --body-file``.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from typing import Any

import click

from . import live, render
from .app import shared_options, state
from .spec_commands import index_entry, load_body

__all__ = ["job"]

JOB_COLUMNS = [
    ("ID", "metadata.id"),
    ("Name", "metadata.name"),
    ("Phase", "status.phase"),
    ("Detail", "status.secondary_phase"),
    ("Created", "metadata.create_time"),
    ("Duration", "status.duration"),
    ("Flavor", "spec.resource.flavor_id"),
]
JOB_FIELDS = [
    *JOB_COLUMNS[:4],
    ("Description", "metadata.description"),
    ("Created", "metadata.create_time"),
    ("Started", "status.start_time"),
    ("Duration", "status.duration"),
    ("Flavor", "spec.resource.flavor_id"),
    ("Nodes", "spec.resource.node_count"),
    ("Pool", "spec.resource.pool_id"),
    ("Engine", "algorithm.engine.engine_name"),
    ("Engine version", "algorithm.engine.engine_version"),
    ("Image", "algorithm.engine.image_url"),
    ("Algorithm", "algorithm.id"),
    ("Code", "algorithm.code_dir"),
    ("Boot file", "algorithm.boot_file"),
    ("Command", "algorithm.command"),
    ("Tasks", "status.tasks"),
]


def _hints(operation: str, base: str = "") -> dict[str, str]:
    """How the spec says to show an answer's fields (times, named codes), plus a job's duration.

    ``base`` is where the items sit in a list answer (``items``), as the index's paths name them.
    """
    duration = f"{base}.status.duration" if base else "status.duration"
    return {**index_entry(operation).get("display", {}), duration: "duration-ms"}


def _show_job(answer: Mapping[str, Any]) -> None:
    render.stdout_console().print(render.fields_table(answer, JOB_FIELDS, _hints("get_training_job_v2")))


def _show_rows(items: Sequence[Any], columns: Sequence[tuple[str, str]], operation: str, base: str) -> None:
    """Items of a list answer of ``operation`` (found at ``base`` in it) as a table of ``columns``."""
    table = render.items_table(items, _hints(operation, base), base=base, columns=columns)
    render.stdout_console().print(table)


def _emit(answer: Any, show: Any) -> None:
    if state().json:
        render.print_json(answer)
    else:
        show(answer)


@click.group()
def job() -> None:
    """Training jobs, as with ma-cli ma-job (on the v2 training API)."""


job_id_option = click.option("-i", "--job-id", required=True, help="Training job ID (metadata.id).")


def _pairs(values: Sequence[str], what: str) -> list[tuple[str, str]]:
    pairs = []
    for value in values:
        name, sep, rest = value.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{value!r} is not NAME=VALUE", param_hint=what)
        pairs.append((name, rest))
    return pairs


RUN_OPTIONS = ("wait", "follow", "poll_interval", "dry_run")
"""``submit``'s options that say how to run it, not what the job is (a job file cannot set them)."""


def _job_keys() -> set[str]:
    """The keys of a job file: ``submit``'s options that describe the job, by their Python names."""
    return {
        str(p.name)
        for p in submit.params
        if isinstance(p, click.Option) and p.expose_value and p.name not in RUN_OPTIONS
    }


def _file_settings(path: str | None) -> dict[str, Any]:
    if path is None:
        return {}
    loaded = load_body(None, path)
    settings = {key.replace("-", "_"): value for key, value in loaded.items()}
    known = _job_keys()
    unknown = sorted(set(settings) - known)
    if unknown:
        raise click.UsageError(f"{path}: unknown key(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    for key in ("parameters", "inputs", "outputs", "env_variables"):
        value = settings.get(key)
        if isinstance(value, Mapping):  # a mapping in the file, NAME=VALUE pairs on the command line
            settings[key] = [f"{name}={item}" for name, item in value.items()]
        elif value is not None and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            raise click.UsageError(f"{path}: {key} is a mapping of names to values, or a list of NAME=VALUE")
    return settings


def submit_body(settings: Mapping[str, Any]) -> dict[str, Any]:
    """The ``create_training_job_v2`` body for ``submit``'s settings (flags and file merged)."""
    if not settings.get("job_name"):
        raise click.UsageError("a job needs a name: --job-name (or job_name in the job file)")
    if not settings.get("flavor") and not settings.get("pool_id"):
        raise click.UsageError("a job needs resources: --flavor (see 'modelarts job get-flavor') or --pool-id")
    metadata: dict[str, Any] = {"name": str(settings["job_name"])}
    for key in ("description", "workspace_id"):
        if settings.get(key):
            metadata[key] = str(settings[key])
    algorithm: dict[str, Any] = {}
    for key, field in (
        ("algorithm_id", "id"),
        ("code_dir", "code_dir"),
        ("boot_file", "boot_file"),
        ("command", "command"),
    ):
        if settings.get(key):
            algorithm[field] = str(settings[key])
    engine = {
        key: str(settings[key])
        for key in ("engine_id", "engine_name", "engine_version", "image_url")
        if settings.get(key)
    }
    if engine:
        algorithm["engine"] = engine
    if settings.get("parameters"):
        algorithm["parameters"] = [{"name": n, "value": v} for n, v in _pairs(settings["parameters"], "--parameters")]
    if settings.get("inputs"):
        algorithm["inputs"] = [
            {"name": n, "remote": {"obs": {"obs_url": v}}} for n, v in _pairs(settings["inputs"], "--inputs")
        ]
    if settings.get("outputs"):
        algorithm["outputs"] = [
            {"name": n, "remote": {"obs": {"obs_url": v}}} for n, v in _pairs(settings["outputs"], "--outputs")
        ]
    if settings.get("env_variables"):
        algorithm["environments"] = dict(_pairs(settings["env_variables"], "--env-variables"))
    resource: dict[str, Any] = {"node_count": int(settings.get("node_count") or 1)}
    if settings.get("flavor"):
        resource["flavor_id"] = str(settings["flavor"])
    if settings.get("pool_id"):
        resource["pool_id"] = str(settings["pool_id"])
    spec: dict[str, Any] = {"resource": resource}
    if settings.get("log_url"):
        spec["log_export_path"] = {"obs_url": str(settings["log_url"])}
    return {"kind": "job", "metadata": metadata, "algorithm": algorithm, "spec": spec}


@job.command()
@click.argument("job_file", required=False, metavar="[JOB_FILE]")
@click.option("-n", "--job-name", help="Job name: 1 to 64 letters, digits, underscores or hyphens.")
@click.option("-d", "--description", help="Job description.")
@click.option("--workspace-id", help="Workspace of the job.")
@click.option("--algorithm-id", help="Run a saved algorithm (modelarts algorithms-v2 list-algorithms-v2).")
@click.option("--code-dir", help="OBS code directory, e.g. obs://bucket/code/.")
@click.option("--boot-file", help="Boot file inside --code-dir, e.g. obs://bucket/code/train.py.")
@click.option("--command", help="Command that starts a custom image.")
@click.option("--engine-id", help="Engine ID (modelarts job get-engine).")
@click.option("--engine-name", help="Engine name, with --engine-version, instead of --engine-id.")
@click.option("--engine-version", help="Engine version.")
@click.option("--image-url", help="Custom image in SWR, as organization/image:tag.")
@click.option("--flavor", help="Resource flavor ID (modelarts job get-flavor).")
@click.option("--node-count", "--train-instance-count", "node_count", type=click.IntRange(1), help="Nodes (default 1).")
@click.option("--pool-id", help="Dedicated resource pool (modelarts job get-pool).")
@click.option("--parameters", multiple=True, metavar="NAME=VALUE", help="Run parameter; repeat for more.")
@click.option("--inputs", multiple=True, metavar="NAME=OBS_URL", help="Input channel; repeat for more.")
@click.option("--outputs", multiple=True, metavar="NAME=OBS_URL", help="Output channel; repeat for more.")
@click.option("--env-variables", multiple=True, metavar="KEY=VALUE", help="Environment variable; repeat for more.")
@click.option("--log-url", help="OBS directory the job's logs are exported to.")
@click.option("--wait", is_flag=True, help="Wait until the job has ended; exit 4 unless it Completed.")
@click.option("--follow", "-f", is_flag=True, help="Print worker-0's log as it is written, until the job ends.")
@click.option("--poll-interval", type=click.FloatRange(0.05), help="Seconds between polls while waiting.")
@click.option("--dry-run", is_flag=True, help="Print the request body instead of sending it.")
@shared_options
def submit(job_file: str | None, **flags: Any) -> None:
    """Submit a training job (create_training_job_v2).

    \b
    The job comes from flags, from JOB_FILE (YAML or JSON, keys as the flags: job_name, code_dir,
    boot_file, engine_name, flavor, parameters: {epochs: "3"}, outputs: {train_url: obs://...}, ...)
    or from both, flags winning. ma-cli's upload of a local code directory has no counterpart in the
    ModelArts API (it is an OBS transfer): give --code-dir as an OBS path.
    """
    options = {key: flags.pop(key) for key in RUN_OPTIONS}
    settings = _file_settings(job_file)
    for key, value in flags.items():
        if value not in (None, ()):
            settings[key] = list(value) if isinstance(value, tuple) else value
    body = submit_body(settings)
    if options["dry_run"]:
        render.print_json(body)
        return
    session = state().session()
    try:
        created = session.call_json("create_training_job_v2", body=body)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    job_id = render.value_at(created, "metadata.id")
    if not (options["wait"] or options["follow"]):
        _emit(created, _show_job)
        return
    click.echo(f"submitted {job_id} ({body['metadata']['name']})", err=True)
    if options["follow"]:
        _follow(job_id, "worker-0", options["poll_interval"])
    from modelarts_overlays import WaiterError

    try:
        final = live.wait_for(
            session,
            "get_training_job_v2",
            {"training_job_id": job_id},
            poll_interval=options["poll_interval"],
            what=f"job {job_id}",
        )
    except WaiterError as ended:  # show where it ended, then exit 4
        if isinstance(ended.last, dict):
            _emit(ended.last, _show_job)
        raise
    _emit(final, _show_job)


@job.command("get-job")
@click.option("-i", "--job-id", help="One job's details (get_training_job_v2).")
@click.option("-n", "--job-name", help="List jobs whose name contains this (list_training_jobs_v2).")
@click.option("-l", "--limit", type=click.IntRange(1, 50), default=50, show_default=True, help="Jobs per page.")
@click.option("--offset", type=click.IntRange(0), default=0, show_default=True, help="Pages to skip.")
@click.option("--all", "all_pages", is_flag=True, help="Every job, page after page.")
@click.option("--sort-by", type=click.Choice(["create_time", "name", "status"]), help="Sort field.")
@click.option("--order", type=click.Choice(["asc", "desc"]), help="Sort order.")
@shared_options
def get_job(
    job_id: str | None,
    job_name: str | None,
    limit: int,
    offset: int,
    all_pages: bool,
    sort_by: str | None,
    order: str | None,
) -> None:
    """Show one training job, or list them (get_training_job_v2, list_training_jobs_v2)."""
    session = state().session()
    if job_id:
        _emit(session.call_json("get_training_job_v2", training_job_id=job_id), _show_job)
        return
    body: dict[str, Any] = {"limit": limit, "offset": offset}
    if job_name:
        body["filters"] = [{"key": "name", "operator": "like", "value": [job_name]}]
    body.update({key: value for key, value in (("sort_by", sort_by), ("order", order)) if value})
    if all_pages:
        _list_all("list_training_jobs_v2", {"body": body}, JOB_COLUMNS, page_size=limit)
        return
    answer = session.call_json("list_training_jobs_v2", body=body)

    def show(answer: Mapping[str, Any]) -> None:
        _show_rows(answer.get("items") or [], JOB_COLUMNS, "list_training_jobs_v2", "items")
        click.echo(f"{len(answer.get('items') or [])} of {answer.get('total', '?')} job(s)", err=True)

    _emit(answer, show)


def _list_all(
    operation: str, params: dict[str, Any], columns: Sequence[tuple[str, str]], *, page_size: int | None = None
) -> None:
    items_at = index_entry(operation)["x-pagination"]["items"]
    pages = live.pages(state().session(), operation, params, page_size=page_size)
    render.emit_items(pages, as_json=state().json, table=lambda items: _show_rows(items, columns, operation, items_at))


def _follow(job_id: str, task_id: str, poll_interval: float | None) -> None:
    session = state().session()
    console = render.stderr_console()
    status = console.status(f"following {task_id} of {job_id} (Ctrl-C stops)") if live.interactive() else None
    if status is not None:
        status.start()
    try:
        for line in session.follow_training_task_log(job_id, task_id, poll_interval=poll_interval or 5.0):
            click.echo(line)
            sys.stdout.flush()
    finally:
        if status is not None:
            status.stop()


@job.command("get-log")
@job_id_option
@click.option("-t", "--task-id", default="worker-0", show_default=True, help="Task whose log to read.")
@click.option("-f", "--follow", is_flag=True, help="Keep printing new lines until the job has ended.")
@click.option("--poll-interval", type=click.FloatRange(0.05), help="Seconds between reads while following.")
@shared_options
def get_log(job_id: str, task_id: str, follow: bool, poll_interval: float | None) -> None:
    """Print a task's log (get_training_task_log_preview_v2: the latest part, up to a few MB)."""
    if follow:
        _follow(job_id, task_id, poll_interval)
        return
    answer = state().session().call_json("get_training_task_log_preview_v2", training_job_id=job_id, task_id=task_id)
    if state().json:
        render.print_json(answer)
    else:
        text = (answer or {}).get("content") or ""
        click.echo(text, nl=bool(text) and not text.endswith("\n"))


@job.command("get-engine")
@click.option("-n", "--engine-name", help="Only engines whose name contains this (case-insensitive).")
@shared_options
def get_engine(engine_name: str | None) -> None:
    """List the preset AI engines (list_training_engines_v2); the filter is applied here, the API has none."""
    answer = state().session().call_json("list_training_engines_v2")
    if engine_name:
        wanted = engine_name.lower()
        answer = {
            **answer,
            "items": [e for e in answer.get("items") or [] if wanted in str(e.get("engine_name", "")).lower()],
        }
    columns = [
        ("Engine ID", "engine_id"),
        ("Name", "engine_name"),
        ("Version", "engine_version"),
        ("v1", "v1_compatible"),
    ]
    _emit(answer, lambda a: _show_rows(a.get("items") or [], columns, "list_training_engines_v2", "items"))


@job.command("get-event")
@job_id_option
@click.option("-l", "--limit", type=click.IntRange(1, 100), default=50, show_default=True, help="Events per page.")
@click.option("--offset", type=click.IntRange(0), default=0, show_default=True, help="Events to skip.")
@click.option("--all", "all_pages", is_flag=True, help="Every event, page after page.")
@click.option("--level", type=click.Choice(["Info", "Warning", "Error"]), help="Only events of this level.")
@shared_options
def get_event(job_id: str, limit: int, offset: int, all_pages: bool, level: str | None) -> None:
    """List a job's events (list_training_job_events_v2)."""
    params: dict[str, Any] = {"training_job_id": job_id, "offset": offset}
    if level:
        params["level"] = level
    columns = [("Time", "time"), ("Level", "level"), ("Source", "source"), ("Message", "message")]
    if all_pages:
        _list_all("list_training_job_events_v2", params, columns, page_size=limit)
        return
    answer = state().session().call_json("list_training_job_events_v2", limit=limit, **params)
    _emit(answer, lambda a: _show_rows(a.get("events") or [], columns, "list_training_job_events_v2", "events"))


@job.command("get-flavor")
@click.option("-t", "--flavor-type", type=click.Choice(["CPU", "GPU", "Ascend"]), help="Only flavors of this type.")
@shared_options
def get_flavor(flavor_type: str | None) -> None:
    """List the public resource flavors for training (list_training_flavors_v2)."""
    answer = (
        state().session().call_json("list_training_flavors_v2", **({"flavor_type": flavor_type} if flavor_type else {}))
    )
    columns = [
        ("Flavor ID", "flavor_id"),
        ("Name", "flavor_name"),
        ("Type", "flavor_type"),
        ("CPUs", "flavor_info.cpu.core_num"),
        ("Memory GB", "flavor_info.memory.size"),
        ("Max nodes", "flavor_info.max_num"),
    ]
    _emit(answer, lambda a: _show_rows(a.get("flavors") or [], columns, "list_training_flavors_v2", "flavors"))


@job.command("get-pool")
@click.option("-n", "--pool-name", help="One pool's details (get_pool_v2).")
@click.option("--status", type=click.Choice(["created", "failed", "creating"]), help="Only pools in this state.")
@shared_options
def get_pool(pool_name: str | None, status: str | None) -> None:
    """List the dedicated resource pools (list_pools_v2), or show one (get_pool_v2)."""
    session = state().session()
    if pool_name:
        answer = session.call_json("get_pool_v2", pool_name=pool_name)
        _emit(answer, lambda a: render.stdout_console().print(render.record_table(a, _hints("get_pool_v2"))))
        return
    answer = session.call_json("list_pools_v2", **({"status": status} if status else {}))
    columns = [
        ("Name", "metadata.name"),
        ("Type", "spec.type"),
        ("Phase", "status.phase"),
        ("Created", "metadata.creationTimestamp"),
    ]
    _emit(answer, lambda a: _show_rows(a.get("items") or [], columns, "list_pools_v2", "items"))


def _confirmed(action: str, job_id: str, yes: bool) -> None:
    if yes:
        return
    if not sys.stdin.isatty():
        raise click.UsageError(f"{action} {job_id} needs confirmation: add --yes")
    if not click.confirm(f"{action.capitalize()} training job {job_id}?", default=False, err=True):
        raise click.UsageError(f"not confirmed: job {job_id} left as it is")


@job.command()
@job_id_option
@click.option("-y", "--yes", is_flag=True, help="Do not ask for confirmation.")
@click.option("--wait", is_flag=True, help="Wait until the job is Terminated.")
@click.option("--poll-interval", type=click.FloatRange(0.05), help="Seconds between polls while waiting.")
@shared_options
def stop(job_id: str, yes: bool, wait: bool, poll_interval: float | None) -> None:
    """Stop a running training job (stop_training_job_v2, action terminate)."""
    _confirmed("stop", job_id, yes)
    session = state().session()
    answer = session.call_json("stop_training_job_v2", training_job_id=job_id, body={"action_type": "terminate"})
    if wait:
        answer = live.wait_for(
            session,
            "get_training_job_v2",
            {"training_job_id": job_id},
            until=["Terminated"],
            poll_interval=poll_interval,
            what=f"job {job_id}",
        )
    _emit(answer, _show_job)


@job.command()
@job_id_option
@click.option("-y", "--yes", is_flag=True, help="Do not ask for confirmation.")
@shared_options
def delete(job_id: str, yes: bool) -> None:
    """Delete a training job (delete_training_job_v2)."""
    _confirmed("delete", job_id, yes)
    state().session().call_json("delete_training_job_v2", training_job_id=job_id)
    click.echo(f"deleted {job_id}", err=True)
