"""AK/SK signing cost: our ``AkSkAuth`` flow and pure ``sign()`` vs the vendor's signer.

What is measured: signing one typical client request -- a JSON ``POST`` of about 100 bytes to a
ModelArts path with an unsorted query (``?per_page=10&page=1&sortBy=job_name&order=asc``, the order
a caller writes it in) and the headers the generated client sends (httpx's defaults plus our
``User-Agent`` and ``Content-Type``).  The baseline is the vendor SDK's own
``BasicCredentials(ak, sk, project_id).sign_request(request)`` on an already-built ``SdkRequest`` of
the same request; it is what the gateway's scheme is defined by, so it is the natural yardstick.

Why requests are pre-built: signing mutates the request (headers, date, canonical query on the
wire), so every signing needs a fresh one, yet building it is work the client does whether it signs
or not.  Every batch of requests for both sides is therefore built before timing starts and only
the signing is timed; the garbage collector is paused while timing so the pre-built requests
(kept alive on purpose) do not put full collections into either side.

Each side does the same job: both produce a date (ours from a fixed clock, for repeatable
signatures; the vendor's from ``utcnow()``, which it cannot be told otherwise), add
``X-Project-Id``, hash the body, canonicalise the sorted query and sign.

Rows:

- ``signing.flow_vs_vendor``: the ``AkSkAuth`` flow as httpx drives it
  (``flow = auth.sync_auth_flow(req); next(flow); flow.close()``) on an ``httpx.Request``, which
  includes turning httpx's header list into ours and back and putting the sorted query on the wire
  (through httpx's parsed forms when an import-time check allows it; the row's details say which
  route ran); goal: at least 1.5x the vendor's speed.
- ``signing.pure_sign_vs_vendor``: the pure ``sign()`` function on plain ``str``/``bytes`` parts
  (what the emulator verifies with); informational, no goal.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from typing import TypeVar

import httpx
from common import Comparison, Row, compare
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.sdk_request import SdkRequest

from modelarts_overlays import signing as signing_module
from modelarts_overlays.signing import AkSkAuth, sign

AK = "BENCHAK0000000000000"
SK = "bench-secret-key-0123456789abcdefghij"
PROJECT_ID = "0123456789abcdef0123456789abcdef"
HOST = "modelarts.cn-north-4.myhuaweicloud.com"
PATH = f"/v2/{PROJECT_ID}/training-jobs"
QUERY = [("per_page", "10"), ("page", "1"), ("sortBy", "job_name"), ("order", "asc")]
URL = f"https://{HOST}{PATH}?" + "&".join(f"{key}={value}" for key, value in QUERY)
BODY = json.dumps({"kind": "job", "metadata": {"name": "bench-job", "description": "signing benchmark"}}).encode()
USER_AGENT = "modelarts-client/0.1"  # the Session's User-Agent (not imported: keep the bench standalone)
DATE = datetime(2026, 1, 1, 12, 0, 0, tzinfo=timezone.utc)

OPS_PER_BATCH = 250
ROUNDS = 21
WARMUP = 1

T = TypeVar("T")


def _batches(build: Callable[[], T]) -> Iterator[list[T]]:
    """Every batch one comparison consumes, built up front so that no timed call builds any."""
    batches = [[build() for _ in range(OPS_PER_BATCH)] for _ in range(WARMUP + ROUNDS)]
    return iter(batches)


def _vendor_side() -> tuple[Callable[[], object], Callable[[], object]]:
    """(builds the vendor batches, signs the next batch) for the vendor's sign_request."""
    credentials = BasicCredentials(AK, SK, PROJECT_ID)
    # The headers a vendor client has at signing time: the ones we sign, less the ones it adds itself.
    headers = {"Accept": "*/*", "User-Agent": USER_AGENT, "Content-Type": "application/json"}

    def build() -> SdkRequest:
        return SdkRequest(
            method="POST",
            schema="https",
            host=HOST,
            resource_path=PATH,
            query_params=list(QUERY),
            header_params=dict(headers),
            body=BODY,
        )

    pending: list[Iterator[list[SdkRequest]]] = []

    def prepare() -> None:
        pending[:] = [_batches(build)]

    def run() -> None:
        for request in next(pending[0]):
            credentials.sign_request(request)

    return prepare, run


def _compare(prepare: Callable[[], object], ours: Callable[[], object], vendor: Callable[[], object]) -> Comparison:
    prepare()
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        return compare(ours, vendor, ops_per_batch=OPS_PER_BATCH, rounds=ROUNDS, warmup=WARMUP, speed=True)
    finally:
        if enabled:
            gc.enable()


def _route(name: str) -> str:
    """Name of the function the signing module picked for *name* ("absent" in versions without it)."""
    picked = getattr(signing_module, name, None)
    return getattr(picked, "__name__", "absent")


def flow_vs_vendor() -> Row:
    auth = AkSkAuth(AK, SK, project_id=PROJECT_ID, clock=lambda: DATE)
    client = httpx.Client(headers={"User-Agent": USER_AGENT})

    def build() -> httpx.Request:
        return client.build_request("POST", URL, content=BODY, headers={"Content-Type": "application/json"})

    vendor_prepare, vendor = _vendor_side()
    pending: list[Iterator[list[httpx.Request]]] = []

    def prepare() -> None:
        pending[:] = [_batches(build)]
        vendor_prepare()

    def ours() -> None:
        for request in next(pending[0]):
            flow = auth.sync_auth_flow(request)
            next(flow)
            flow.close()

    try:
        result = _compare(prepare, ours, vendor)
    finally:
        client.close()
    return Row.of(
        "signing.flow_vs_vendor",
        "AkSkAuth flow on a built httpx.Request vs vendor sign_request on a built SdkRequest (speed)",
        result,
        direction=">=",
        bound=1.5,
        ops_per_batch=OPS_PER_BATCH,
        rounds=ROUNDS,
        url=URL,
        body_bytes=len(BODY),
        # Which route the flow takes through httpx (direct: its parsed forms; public: its API).
        url_route=_route("_url_with_query"),
        headers_route=_route("_wire_headers"),
    )


def pure_sign_vs_vendor() -> Row:
    headers = {
        "Accept": "*/*",
        "User-Agent": USER_AGENT,
        "Content-Type": "application/json",
        "X-Project-Id": PROJECT_ID,
    }
    vendor_prepare, vendor = _vendor_side()

    def ours() -> None:
        for _ in range(OPS_PER_BATCH):
            sign("POST", URL, headers, BODY, DATE, access_key=AK, secret_key=SK)

    result = _compare(vendor_prepare, ours, vendor)
    return Row.of(
        "signing.pure_sign_vs_vendor",
        "pure sign() on str/bytes parts vs vendor sign_request on a built SdkRequest (speed, informational)",
        result,
        direction="",
        bound=None,
        ops_per_batch=OPS_PER_BATCH,
        rounds=ROUNDS,
    )


def run() -> list[Row]:
    """Both signing rows; a few seconds on a small machine."""
    return [flow_vs_vendor(), pure_sign_vs_vendor()]


if __name__ == "__main__":
    for row in run():
        print(row.as_dict())
