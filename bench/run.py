"""``make bench``: every speed and memory figure the project quotes, measured in one run.

Each section lives in its own module and returns :class:`common.Row` objects (a ratio against a
baseline measured in the same run, in interleaved rounds, with its spread and the goal it is held
to).  This script runs them one after the other, adds the build figures (regeneration time, the
contract run's wall time) and the paging memory check, and writes:

- ``bench/results.json``: every row with its details, plus the machine and versions;
- ``bench/results.md``: the table the README quotes, each goal marked met or missed.

Benchmarks report; nothing here fails on a missed goal (the exit status is 0 unless a benchmark
itself breaks).  ``--skip contract,emulator`` leaves sections out for a quick look.

Imports are measured as a user who installed the package meets them: with bytecode compiled (pip
compiles on install; this machine may set ``PYTHONDONTWRITEBYTECODE``, so the script compiles first).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any

from common import Row

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def paging_memory() -> Row:
    """Traced memory after 10 and after 1,000 pages of 100 jobs: paging keeps no page it has handed out."""
    from modelarts_client.models import TrainJobListResponse
    from modelarts_overlays.operations import resolve_operation
    from modelarts_overlays.pagination import PageCursor, Paging, iterate_pages

    def call(params: dict[str, Any]) -> TrainJobListResponse:
        page = params["page"]
        jobs = [{"job_id": page * 100 + i, "job_name": "x" * 100} for i in range(100)]
        return TrainJobListResponse.from_dict({"is_success": True, "jobs": jobs, "job_total_count": 10**9})

    decl = resolve_operation("list_training_jobs").declared("x-pagination")
    cursor = PageCursor(decl, {}, Paging(page_size=100, max_pages=1000))
    tracemalloc.start()
    after_10 = 0
    for index, _ in enumerate(iterate_pages(cursor, call)):
        if index == 9:
            after_10 = tracemalloc.get_traced_memory()[0]
    after_1000 = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return Row(
        "paging.memory", "traced memory after 1,000 pages vs after 10 (100 jobs a page)",
        f"{after_1000 / 1024:.0f} KiB", f"{after_10 / 1024:.0f} KiB", after_1000 / after_10, None,
        goal="<= 1.1x", direction="<=", bound=1.1, details={"pages": cursor.pages_seen},
    )  # fmt: skip


def _timed(command: list[str], **kwargs: Any) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT, **kwargs)
    return time.perf_counter() - start


def regeneration() -> Row:
    """``generator/regenerate.py`` into a scratch folder (what ``make generate`` and the drift check run)."""
    samples = []
    for _ in range(3):
        with tempfile.TemporaryDirectory() as scratch:
            samples.append(_timed([sys.executable, "generator/regenerate.py", "--output", scratch]))
    samples.sort()
    return Row("build.regenerate", "regenerating the client from the spec (median of 3)", f"{samples[1]:.1f} s", "",
               None, None, details={"runs_s": samples})  # fmt: skip


def contract() -> Row:
    """One contract run against a fresh emulator, with CI's settings (``make contract``)."""
    with tempfile.TemporaryDirectory() as scratch:
        seconds = _timed(
            [sys.executable, "-m", "contract.run", "--emulator", "--report-dir", scratch],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    return Row("build.contract", "contract run against the emulator (wall time, one run)", f"{seconds:.0f} s", "",
               None, None)  # fmt: skip


def _versions() -> dict[str, str]:
    names = ["httpx", "attrs", "starlette", "uvicorn", "openapi-core", "huaweicloudsdkcore", "huaweicloudsdkmodelarts"]
    found = {}
    for name in names:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found


def _cell(row: Row) -> tuple[str, str, str, str]:
    if row.ratio is None:
        return row.ours, "", row.goal, ""
    low, high = row.spread if row.spread else (row.ratio, row.ratio)
    ratio = f"{row.ratio:.2f}x" + (f" ({low:.2f}-{high:.2f})" if row.spread else "")
    status = {True: "met", False: "**missed**", None: ""}[row.met]
    return f"{row.ours} vs {row.baseline}" if row.baseline else row.ours, ratio, row.goal, status


def markdown(rows: list[Row], machine: str) -> str:
    lines = [
        f"Measured by `make bench` on {machine}. Ratios are medians of per-round ratios (lowest-highest in",
        "brackets); speed rows are baseline time / our time (above 1: ours is faster), cost rows (import,",
        "memory) our figure / the baseline's.",
        "",
        "| metric | ours vs baseline (medians) | ratio | goal | status |",
        "| --- | --- | --- | --- | --- |",
    ]
    for row in rows:
        figures, ratio, goal, status = _cell(row)
        lines.append(f"| {row.metric} | {figures} | {ratio} | {goal} | {status} |")
    return "\n".join(lines) + "\n"


def _sections() -> dict[str, Callable[[], list[Row]]]:
    import client
    import command_line
    import object_storage
    import signing
    import vendor

    import emulator

    return {
        "client": client.run,
        "signing": signing.run,
        "vendor": vendor.run,
        "emulator": emulator.run,
        "cli": command_line.run,
        "obs": object_storage.run,
        "paging": lambda: [paging_memory()],
        "regenerate": lambda: [regeneration()],
        "contract": lambda: [contract()],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--skip", default="", help="comma-separated sections to leave out")
    parser.add_argument("--only", default="", help="comma-separated sections to run (default: all)")
    options = parser.parse_args()
    for folder in ("overlays", "generated_client", "emulator", "cli"):
        compileall.compile_dir(ROOT / folder, quiet=1)
    sections = _sections()
    wanted = [s for s in (options.only.split(",") if options.only else sections) if s]
    skipped = {s for s in options.skip.split(",") if s}
    rows: list[Row] = []
    started = time.perf_counter()
    for name in wanted:
        if name in skipped:
            continue
        print(f"-- {name}", file=sys.stderr, flush=True)
        section_start = time.perf_counter()
        rows += sections[name]()
        print(f"   {time.perf_counter() - section_start:.0f} s", file=sys.stderr, flush=True)
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    results = {
        "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": machine,
        "versions": _versions(),
        "seconds": round(time.perf_counter() - started),
        "rows": [row.as_dict() for row in rows],
    }
    (HERE / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    table = markdown(rows, machine)
    (HERE / "results.md").write_text(table, encoding="utf-8")
    print(table)
    missed = [row.key for row in rows if row.met is False]
    print(f"{len(rows)} rows; goals missed: {', '.join(missed) if missed else 'none'}")


if __name__ == "__main__":
    main()
