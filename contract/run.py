"""Run schemathesis over every operation of the spec, every request signed, against the emulator or a live endpoint.

usage::

    python -m contract.run --emulator [--max-examples N] [--max-time S] [--seed N | --random-seed]
    python -m contract.run --url https://modelarts.cn-north-4.myhuaweicloud.com [--mutate] [--rate-limit 5/s]

Why a runner around the schemathesis CLI rather than the CLI alone:

* the emulator is started here, on an ephemeral 127.0.0.1 port, with uvicorn in a thread, so one command
  runs the whole contract with nothing left behind;
* the run is signed with the project's own signer at the transport (``contract/hooks.py``), with
  credentials handed over through the environment, never on a command line;
* schemathesis prints cURL reproductions with the ``Authorization`` header of the request as sent, so its
  console output is piped through :class:`contract.redact.Redactor` and the JUnit report is written to a
  private temporary directory and redacted before it is placed in ``--report-dir``;
* a live run is read-only unless asked otherwise, rate limited, and pinned to the caller's project.

The exit status is schemathesis's, and non-zero as well when the JUnit report holds any failure or error.
Live mode reads ``HUAWEICLOUD_SDK_AK``, ``HUAWEICLOUD_SDK_SK``, ``HUAWEICLOUD_SDK_PROJECT_ID`` (and
``HUAWEICLOUD_SDK_SECURITY_TOKEN`` if set); ``MUTATE=1`` in the environment equals ``--mutate``.
"""

from __future__ import annotations

import argparse
import copy
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Final

from contract.redact import Redactor

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[import-not-found, no-redef, unused-ignore]

ROOT: Final = Path(__file__).resolve().parent.parent
BASE_CONFIG: Final = Path(__file__).resolve().parent / "schemathesis.toml"
DEFAULT_SPEC: Final = ROOT / "spec" / "modelarts.yaml"
DEFAULT_SEED: Final = 20201214
"""The reference's issue date; any fixed number does, as long as CI always uses the same one."""
EXAMPLE_USER: Final = ("username", "**********")
"""User name and password of the spec's ``create_iam_token`` example; the contract emulator accepts them, so
the example gets its documented 201 (every generated password still gets 401)."""
CONTRACT_DURATIONS: Final = {"model_publish": 0.0}
"""Lifecycle overrides of the contract emulator.  A model is published at once, so the stateful chain
create_model -> create_service can deploy it (the real service takes minutes; a stateful step does not wait).
Every other status progression keeps the emulator's default timing."""
EMULATOR_PROJECT_ID: Final = "0c0ffee0c0ffee0c0ffee0c0ffee0c0f"
"""A well-formed (32 hex digits) project id; the emulator keeps its state per project and accepts any."""
READ_ONLY_METHODS: Final = ("GET", "HEAD")
LIVE_RATE_LIMIT: Final = "5/s"
ALL_PHASES: Final = ("examples", "coverage", "fuzzing", "stateful")
STATEFUL_FAMILIES: Final[dict[str, tuple[str, ...]]] = {
    "devenv": (
        "create_devenv_instance",
        "get_devenv_instance",
        "update_devenv_instance",
        # manage_devenv_instance is left out: schemathesis reads the create body's profile_id as a
        # reference to a "Profile" resource nothing produces, so it will not start scenarios from the
        # create, and with the manage POST present every scenario starts there and 404s. The action
        # is still covered by the examples, coverage and fuzzing phases and by tests/test_every_operation.py.
        "list_devenv_instances",
        "delete_devenv_instance",
    ),
    "training-jobs": (
        "create_training_job",
        "update_training_job_description",
        "list_training_jobs",
        "create_training_job_version",
        "get_training_job_version",
        "list_training_job_versions",
        "stop_training_job_version",
        "list_training_job_log_files",
        "get_training_job_logs",
        "get_training_job_log_lines",
        "delete_training_job_version",
        "delete_training_job",
    ),
    "training-job-configs": (
        "create_training_job_config",
        "get_training_job_config",
        "update_training_job_config",
        "list_training_job_configs",
        "delete_training_job_config",
    ),
    "visualization-jobs": (
        "create_visualization_job",
        "get_visualization_job",
        "update_visualization_job_description",
        "stop_visualization_job",
        "restart_visualization_job",
        "list_visualization_jobs",
        "delete_visualization_job",
    ),
    "models-services": (
        "create_model",
        "get_model",
        "list_models",
        "create_service",
        "get_service",
        "update_service",
        "update_service_node_status",
        "get_service_monitor",
        "list_service_update_logs",
        "list_service_events",
        "list_services",
        "create_service_task",
        "get_service_task",
        "list_service_tasks",
        "stop_service_task",
        "start_service_task",
        "delete_service_task",
        "delete_service",
        "delete_model",
    ),
    "workspaces": (
        "create_workspace",
        "get_workspace",
        "update_workspace",
        "get_workspace_quotas",
        "update_workspace_quotas",
        "list_workspaces",
        "delete_workspace",
    ),
    "training-jobs-v2": (
        "create_training_job_v2",
        "get_training_job_v2",
        "update_training_job_description_v2",
        "list_training_jobs_v2",
        "list_training_job_events_v2",
        "get_training_task_log_preview_v2",
        "get_training_task_log_url_v2",
        "get_training_task_metrics_v2",
        # The hyperparameter-search reads are left out: a generated job has no auto search, so they
        # answer 404; tests/test_every_operation.py runs them on an auto-search job.
        "stop_training_job_v2",
        "delete_training_job_v2",
    ),
    "algorithms-v2": (
        "create_algorithm_v2",
        "get_algorithm_v2",
        "update_algorithm_v2",
        "list_algorithms_v2",
        "delete_algorithm_v2",
    ),
    "datasets-v2": (
        "create_dataset_v2",
        "get_dataset_v2",
        "update_dataset_v2",
        "list_datasets_v2",
        "get_dataset_stats_v2",
        "get_dataset_metrics_v2",
        "sync_dataset_v2",
        "get_dataset_sync_status_v2",
        "delete_dataset_v2",
    ),
    "dataset-versions-tasks-v2": (
        "create_dataset_v2",
        "create_dataset_version_v2",
        "get_dataset_version_v2",
        "list_dataset_versions_v2",
        "delete_dataset_version_v2",
        "create_dataset_import_task_v2",
        "get_dataset_import_task_v2",
        "list_dataset_import_tasks_v2",
        "create_dataset_export_task_v2",
        "get_dataset_export_task_v2",
        "list_dataset_export_tasks_v2",
    ),
    "dataset-samples-labels-v2": (
        "create_dataset_v2",
        "create_dataset_samples_v2",
        "get_dataset_sample_v2",
        "list_dataset_samples_v2",
        "update_dataset_samples_v2",
        "delete_dataset_samples_v2",
        "list_dataset_search_conditions_v2",
        "create_dataset_labels_v2",
        "list_dataset_labels_v2",
        "update_dataset_labels_v2",
        "update_dataset_label_v2",
        "delete_dataset_labels_v2",
        "delete_dataset_label_v2",
    ),
    "lite-servers": (
        # One family for servers and supernodes: a supernode is ordered through create_dev_server with a
        # supernode flavor, and the create's links lead to either.
        "create_dev_server",
        "get_dev_server",
        "list_dev_servers",
        "sync_dev_servers",
        "stop_dev_server",
        "start_dev_server",
        "reboot_dev_server",
        "change_dev_server_os",
        "reinstall_dev_server_os",
        "attach_dev_server_volume",
        "get_dev_server_operation",
        "detach_dev_server_volume",
        "delete_dev_server",
        "get_supernode",
        "list_supernodes",
        "list_supernode_servers",
        "stop_supernode",
        "start_supernode",
        "change_supernode_os",
        "create_supernode_tags",
        "list_supernode_tags",
        "delete_supernode_tags",
        "delete_supernode",
    ),
}
"""The stateful phase runs once per resource family, over that family's operations only.

Why: schemathesis 4.32 starts stateful scenarios from POST operations, and over the whole API the action
POSTs (stop, restart, manage) -- which need an existing id and so only ever get 404 at the start of a
scenario -- crowd out the create operations: a whole-API stateful run covers no declared link at all.  Per
family, every scenario can start with the create and follow the spec's links from there."""
LIVE_EXCLUDED_OPERATIONS: Final = ("create_iam_token", "create_temporary_access_key_by_token")
"""IAM lives on its own host (iam.<region>.myhuaweicloud.com), not on the ModelArts endpoint under test."""


# --------------------------------------------------------------------------
# configuration
# --------------------------------------------------------------------------


def deep_merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    """*base* with *override* merged in, tables recursively (neither argument is modified)."""
    merged = copy.deepcopy(dict(base))
    for key, value in override.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def _toml_key(key: str) -> str:
    return key if key.replace("-", "").replace("_", "").isalnum() else _toml_value(key)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return f'"{escaped}"'
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} to TOML")


def dump_toml(data: Mapping[str, Any]) -> str:
    """Serialise a configuration made of tables, arrays of tables, strings, numbers, booleans and lists.

    Why not a library: the standard library reads TOML but does not write it, and this subset is all
    the schemathesis configuration uses.
    """
    lines: list[str] = []

    def is_table_array(value: Any) -> bool:
        return isinstance(value, list) and bool(value) and all(isinstance(item, Mapping) for item in value)

    def table(prefix: str, content: Mapping[str, Any], *, element: bool = False) -> None:
        scalars = {k: v for k, v in content.items() if not isinstance(v, Mapping) and not is_table_array(v)}
        tables = {k: v for k, v in content.items() if isinstance(v, Mapping)}
        arrays = {k: v for k, v in content.items() if is_table_array(v)}
        if element:
            lines.append(f"[[{prefix}]]")
        elif prefix and (scalars or not (tables or arrays)):
            lines.append(f"[{prefix}]")
        lines.extend(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in scalars.items())
        for key, sub in tables.items():
            table(f"{prefix}.{_toml_key(key)}" if prefix else _toml_key(key), sub)
        for key, items in arrays.items():
            for item in items:
                table(f"{prefix}.{_toml_key(key)}" if prefix else _toml_key(key), item, element=True)

    table("", data)
    return "\n".join(lines) + "\n"


def build_config(
    *, live: bool, mutate: bool, rate_limit: str | None, stateful_scenarios: int | None = None
) -> dict[str, Any]:
    """The base file with the mode's overrides applied."""
    with BASE_CONFIG.open("rb") as handle:
        config = tomllib.load(handle)
    override: dict[str, Any] = {}
    if stateful_scenarios:
        override["phases"] = {"stateful": {"generation": {"max-examples": stateful_scenarios}}}
    if rate_limit:
        override["rate-limit"] = rate_limit
    if live and not mutate:
        # Probing undocumented methods (PATCH, TRACE, ...) on a production path is not read-only testing.
        override = deep_merge(override, {"phases": {"coverage": {"unexpected-methods": []}}})
    return deep_merge(config, override)


# --------------------------------------------------------------------------
# the emulator
# --------------------------------------------------------------------------


def _ensure_emulator_importable() -> None:
    try:
        import modelarts_emulator  # noqa: F401
    except ImportError:
        # Run from a checkout in which the emulator package is not installed: use the repository's copy.
        sys.path.insert(0, str(ROOT / "emulator"))


def _import_create_app() -> Any:
    _ensure_emulator_importable()
    from modelarts_emulator import create_app

    return create_app


@contextmanager
def running_emulator(host: str = "127.0.0.1") -> Iterator[str]:
    """Serve a fresh in-memory emulator with uvicorn in a daemon thread; yield its base URL."""
    import uvicorn

    create_app = _import_create_app()
    from modelarts_emulator.auth import Credentials

    keys = credentials(live=False)
    accepted = Credentials(keys["access_key"], keys["secret_key"], EXAMPLE_USER[0], EXAMPLE_USER[1])
    app = create_app(credentials=accepted, durations=CONTRACT_DURATIONS)
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=0, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, name="modelarts-emulator", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the emulator did not start")
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


# --------------------------------------------------------------------------
# the run
# --------------------------------------------------------------------------


def schemathesis_command(
    config_file: Path,
    spec: Path,
    base_url: str,
    junit: Path,
    options: argparse.Namespace,
    *,
    live: bool,
    mutate: bool,
    phases: Sequence[str] | None = None,
    operations: Sequence[str] | None = None,
) -> list[str]:
    """The CLI invocation of one run; *phases*/*operations* narrow the options' own selection."""
    command = [sys.executable, "-m", "schemathesis.cli", "--config-file", str(config_file), "run", str(spec)]
    command += ["--url", base_url, "--workers", "1", "--no-color"]
    command += ["--report", "junit", "--report-junit-path", str(junit)]
    command += ["--max-examples", str(options.max_examples)]
    if not options.random_seed:
        command += ["--seed", str(options.seed)]
    if options.max_time:
        command += ["--max-time", str(options.max_time)]
    if phases is not None:
        command += ["--phases", ",".join(phases)]
    elif options.phases:
        command += ["--phases", options.phases]
    if options.max_failures:
        command += ["--max-failures", str(options.max_failures)]
    for operation_id in options.include_operation_id if operations is None else operations:
        command += ["--include-operation-id", operation_id]
    for operation_id in options.exclude_operation_id:
        command += ["--exclude-operation-id", operation_id]
    if live:
        for operation_id in LIVE_EXCLUDED_OPERATIONS:
            command += ["--exclude-operation-id", operation_id]
        if not mutate:
            for method in READ_ONLY_METHODS:
                command += ["--include-method", method]
    return command


def run_schemathesis(command: Sequence[str], env: Mapping[str, str], redactor: Redactor) -> tuple[int, str]:
    """Run the CLI, streaming its merged output through *redactor*; return its exit code and that output."""
    process = subprocess.Popen(
        list(command),
        cwd=ROOT,
        env=dict(env),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        errors="replace",
        bufsize=1,
    )
    assert process.stdout is not None
    captured: list[str] = []
    try:
        for line in process.stdout:
            clean = redactor(line)
            captured.append(clean)
            sys.stdout.write(clean)
            sys.stdout.flush()
        return process.wait(), "".join(captured)
    except BaseException:
        process.kill()
        process.wait()
        raise


def plan_runs(
    options: argparse.Namespace, *, live: bool, mutate: bool
) -> list[tuple[str, list[str], list[str] | None]]:
    """(name, phases, operations) of each schemathesis invocation: the stateless phases over every selected
    operation in one run, then the stateful phase once per resource family (see :data:`STATEFUL_FAMILIES`)."""
    phases = [p.strip() for p in options.phases.split(",")] if options.phases else list(ALL_PHASES)
    runs: list[tuple[str, list[str], list[str] | None]] = []
    stateless = [p for p in phases if p != "stateful"]
    if stateless:
        runs.append(("all-operations", stateless, None))
    if "stateful" in phases and (not live or mutate):  # read-only live runs create nothing to chain from
        for family, operations in STATEFUL_FAMILIES.items():
            chosen = [
                op
                for op in operations
                if (not options.include_operation_id or op in options.include_operation_id)
                and op not in options.exclude_operation_id
            ]
            if any(op.startswith("create_") for op in chosen):
                runs.append((f"stateful-{family}", ["stateful"], chosen))
    return runs


def merge_junit(parts: Sequence[tuple[str, Path]], target: Path, redactor: Redactor) -> tuple[int, int, int]:
    """Redact the runs' JUnit reports and merge them into one ``<testsuites>`` document at *target*."""
    merged = ET.Element("testsuites")
    totals = [0, 0, 0]
    for name, path in parts:
        root = ET.fromstring(redactor(path.read_text(encoding="utf-8")))
        for suite in [root] if root.tag == "testsuite" else list(root.iter("testsuite")):
            suite.set("name", f"{suite.get('name', 'schemathesis')} [{name}]")
            for index, key in enumerate(("tests", "failures", "errors")):
                totals[index] += int(suite.get(key, "0") or 0)
            merged.append(suite)
    for index, key in enumerate(("tests", "failures", "errors")):
        merged.set(key, str(totals[index]))
    target.parent.mkdir(parents=True, exist_ok=True)
    ET.ElementTree(merged).write(target, encoding="utf-8", xml_declaration=True)
    return totals[0], totals[1], totals[2]


_LINKS_COVERED: Final = re.compile(r"API Links:\s+(\d+) covered")


def credentials(live: bool) -> dict[str, str]:
    """Access key, secret key, project id (and security token) of the run."""
    if not live:
        _ensure_emulator_importable()
        from modelarts_emulator.auth import DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY

        return {
            "access_key": os.environ.get("MODELARTS_EMULATOR_AK", DEFAULT_ACCESS_KEY),
            "secret_key": os.environ.get("MODELARTS_EMULATOR_SK", DEFAULT_SECRET_KEY),
            "project_id": EMULATOR_PROJECT_ID,
            "security_token": "",
        }
    missing = [
        name
        for name in ("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_PROJECT_ID")
        if not os.environ.get(name)
    ]
    if missing:
        raise SystemExit(f"live mode needs {', '.join(missing)} in the environment")
    return {
        "access_key": os.environ["HUAWEICLOUD_SDK_AK"],
        "secret_key": os.environ["HUAWEICLOUD_SDK_SK"],
        "project_id": os.environ["HUAWEICLOUD_SDK_PROJECT_ID"],
        "security_token": os.environ.get("HUAWEICLOUD_SDK_SECURITY_TOKEN", ""),
    }


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m contract.run", description=__doc__.split("\n\n")[0])
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--emulator", action="store_true", help="start the emulator on an ephemeral local port")
    target.add_argument("--url", help="base URL of a live ModelArts endpoint (credentials from the environment)")
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="OpenAPI document (default: the repo's)")
    parser.add_argument("--max-examples", type=int, default=int(os.environ.get("CONTRACT_MAX_EXAMPLES", "25")))
    parser.add_argument(
        "--stateful-scenarios",
        type=int,
        default=int(os.environ.get("CONTRACT_STATEFUL_SCENARIOS", "300")),
        help="scenarios of the stateful phase (each up to phases.stateful.max-steps calls); default 300",
    )
    parser.add_argument("--max-time", type=int, default=None, help="time budget in seconds for the whole run")
    parser.add_argument("--seed", type=int, default=int(os.environ.get("CONTRACT_SEED", str(DEFAULT_SEED))))
    parser.add_argument("--random-seed", action="store_true", help="let schemathesis pick (exploration, not CI)")
    parser.add_argument("--phases", help="comma-separated subset of examples,coverage,fuzzing,stateful")
    parser.add_argument("--max-failures", type=int, default=None)
    parser.add_argument("--include-operation-id", action="append", default=[], metavar="ID")
    parser.add_argument("--exclude-operation-id", action="append", default=[], metavar="ID")
    parser.add_argument("--report-dir", type=Path, default=Path("contract-report"))
    parser.add_argument(
        "--mutate",
        action="store_true",
        default=os.environ.get("MUTATE", "") not in ("", "0"),
        help="live mode: also run operations that create, change or delete (env MUTATE=1)",
    )
    parser.add_argument(
        "--rate-limit",
        default=None,
        help=f"requests per interval, e.g. 5/s (live default {LIVE_RATE_LIMIT}; emulator default none)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    options = parse_args(argv)
    live = options.url is not None
    mutate = bool(options.mutate) and live
    rate_limit = options.rate_limit or (LIVE_RATE_LIMIT if live else None)
    creds = credentials(live)
    redactor = Redactor([creds["access_key"], creds["secret_key"], creds["security_token"]])

    config = build_config(
        live=live, mutate=mutate, rate_limit=rate_limit, stateful_scenarios=options.stateful_scenarios
    )
    env = dict(os.environ)
    for name in ("HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_SECURITY_TOKEN", "MODELARTS_EMULATOR_SK"):
        env.pop(name, None)  # the child gets the credentials it needs under CONTRACT_* only
    env.update(
        {
            "SCHEMATHESIS_HOOKS": "contract.hooks",
            "CONTRACT_ACCESS_KEY": creds["access_key"],
            "CONTRACT_SECRET_KEY": creds["secret_key"],
            "CONTRACT_SECURITY_TOKEN": creds["security_token"],
            "CONTRACT_PROJECT_ID": creds["project_id"],
            "CONTRACT_SIGN_METHODS": "" if (not live or mutate) else ",".join(READ_ONLY_METHODS),
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), str(ROOT / "emulator"), env.get("PYTHONPATH")])),
            "PYTHONUNBUFFERED": "1",
        }
    )

    mode = f"live {options.url} ({'read-write' if mutate else 'read-only'})" if live else "emulator"
    seed = "random" if options.random_seed else str(options.seed)
    print(f"contract run: {mode}, seed {seed}, max examples {options.max_examples}", flush=True)

    private = Path(tempfile.mkdtemp(prefix="contract-"))
    try:
        config_file = private / "schemathesis.toml"
        config_file.write_text(dump_toml(config), encoding="utf-8")
        code = 0
        reports: list[tuple[str, Path]] = []
        for name, phases, operations in plan_runs(options, live=live, mutate=mutate):
            # A fresh emulator per run: each starts from the same empty state, so each is reproducible alone.
            with running_emulator() if not live else _nothing(options.url) as base_url:
                raw_junit = private / f"junit-{name}.xml"
                command = schemathesis_command(
                    config_file,
                    options.spec.resolve(),
                    base_url,
                    raw_junit,
                    options,
                    live=live,
                    mutate=mutate,
                    phases=phases,
                    operations=operations,
                )
                print(f"contract run: --- {name}: phases {','.join(phases)} ---", flush=True)
                run_code, output = run_schemathesis(command, env, redactor)
            code = code or run_code
            if raw_junit.exists():
                reports.append((name, raw_junit))
            else:
                print(f"contract run: {name}: schemathesis wrote no JUnit report")
                code = code or 1
            covered = _LINKS_COVERED.search(output)
            if phases == ["stateful"] and (covered is None or int(covered.group(1)) == 0):
                print(f"contract run: {name}: the stateful phase followed no link of the spec")
                code = code or 1
        report = options.report_dir / "junit.xml"
        tests, failures, errors = merge_junit(reports, report, redactor)
        print(f"contract run: JUnit report {report}: {tests} tests, {failures} failures, {errors} errors")
        if failures or errors:
            code = code or 1
    finally:
        shutil.rmtree(private, ignore_errors=True)
    return code


@contextmanager
def _nothing(url: str) -> Iterator[str]:
    yield url.rstrip("/")


if __name__ == "__main__":
    sys.exit(main())
