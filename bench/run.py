"""Benchmarks behind the project's speed and memory claims; `make bench` writes bench/results.json.

Each figure is a median over repeated runs on this machine, with the ratio to the thing it is
compared with, so a claim in a note or the README can quote one run of this file.

- signing: what one AkSkAuth flow adds to a typical JSON request (the flow over a fresh httpx.Request,
  less building that request, which the client does whether it signs or not) vs the vendor's own
  signer (huaweicloudsdkcore BasicCredentials.sign_request, including its cheap SdkRequest).
- import: a fresh interpreter importing one operation module vs importing every operation module.
- paging memory: traced memory after 10 and after 1,000 pages of 100 items.
- emulator round trip: a signed GET through Session against a live emulator on 127.0.0.1.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import httpx

HERE = Path(__file__).resolve().parent
AK, SK = "BENCHAK0000000000000", "bench-secret-key"
BODY = json.dumps({"job_name": "bench", "config": {"worker_server_num": 1, "spec_id": 1}}).encode()
DATE = datetime(2026, 1, 1, tzinfo=timezone.utc)


def median_seconds(run: Callable[[], object], *, repeat: int = 7, number: int = 2000) -> float:
    """Median over `repeat` batches of the time per call."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            run()
        samples.append((time.perf_counter() - start) / number)
    return statistics.median(samples)


def bench_signing() -> dict[str, Any]:
    from huaweicloudsdkcore.auth.credentials import BasicCredentials
    from huaweicloudsdkcore.sdk_request import SdkRequest

    from modelarts_overlays.signing import AkSkAuth

    auth = AkSkAuth(AK, SK, project_id="p", clock=lambda: DATE)
    url = "https://modelarts.cn-north-4.myhuaweicloud.com/v1/p/training-jobs?page=1&per_page=10"

    def build() -> httpx.Request:
        return httpx.Request("POST", url, headers={"Content-Type": "application/json"}, content=BODY)

    def ours() -> None:
        flow = auth.sync_auth_flow(build())
        next(flow)
        flow.close()

    credentials = BasicCredentials(AK, SK, "p")

    def vendor() -> None:
        request = SdkRequest(
            method="POST", schema="https", host="modelarts.cn-north-4.myhuaweicloud.com",
            resource_path="/v1/p/training-jobs", query_params=[("page", "1"), ("per_page", "10")],
            header_params={"Content-Type": "application/json"}, body=BODY,
        )  # fmt: skip
        credentials.sign_request(request)

    build_s, ours_s, vendor_s = median_seconds(build), median_seconds(ours), median_seconds(vendor)
    signing_s = ours_s - build_s  # what signing adds to a request the client builds anyway
    return {
        "httpx_request_us": build_s * 1e6,
        "ours_request_and_signing_us": ours_s * 1e6,
        "ours_signing_us": signing_s * 1e6,
        "vendor_request_and_signing_us": vendor_s * 1e6,
        "vendor_over_ours_signing": vendor_s / signing_s,
    }


def bench_import() -> dict[str, Any]:
    one = "import modelarts_client.api.training_jobs.list_training_jobs"
    every = (
        "import importlib, pkgutil, modelarts_client.api as a\n"
        "for m in pkgutil.walk_packages(a.__path__, 'modelarts_client.api.'): importlib.import_module(m.name)"
    )

    def timed(code: str) -> float:
        samples = []
        for _ in range(7):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            samples.append(time.perf_counter() - start)
        return statistics.median(samples)

    baseline = timed("import httpx, attrs")
    one_s, every_s = timed(one) - baseline, timed(every) - baseline
    return {"one_operation_ms": one_s * 1e3, "every_operation_ms": every_s * 1e3, "every_over_one": every_s / one_s}


def bench_paging_memory() -> dict[str, Any]:
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
    return {
        "after_10_pages_kib": after_10 / 1024,
        "after_1000_pages_kib": after_1000 / 1024,
        "pages": cursor.pages_seen,
    }


def bench_emulator_round_trip() -> dict[str, Any]:
    from modelarts_emulator.auth import Credentials
    from modelarts_emulator.pytest_plugin import DEFAULT_PROJECT_ID, EmulatorHandle, LiveEmulator

    live = LiveEmulator()
    live.start()
    try:
        session = EmulatorHandle(live, Credentials.from_env(), DEFAULT_PROJECT_ID).session
        session.call("list_training_jobs")
        per_call = median_seconds(lambda: session.call("list_training_jobs"), repeat=5, number=100)
        session.close()
    finally:
        live.stop()
    return {"signed_get_ms": per_call * 1e3}


def main() -> None:
    results = {
        "python": sys.version.split()[0],
        "signing": bench_signing(),
        "import": bench_import(),
        "paging_memory": bench_paging_memory(),
        "emulator": bench_emulator_round_trip(),
    }
    (HERE / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
