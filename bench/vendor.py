"""The vendor SDK's row: the same list call through ``huaweicloudsdkmodelarts`` and through ``Session``.

The row lists 50 workspaces from :mod:`loopback` (an operation both clients have had from the start):
``session.call("list_workspaces")`` vs the vendor's ``ModelArtsClient.list_workspace(ListWorkspaceRequest())``,
each signing with its own AK/SK signer and parsing into its own models, and a raw signed httpx call for
scale.  The vendor SDK is a dev dependency (the tests also run it against the emulator); without it the
row says so.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import httpx
from client import AK, PROJECT, SK, _auth, _session
from common import Row, compare
from loopback import Loopback

PATH = f"/v1/{PROJECT}/workspaces"


def _vendor_client(url: str) -> Any:
    from huaweicloudsdkcore.auth.credentials import BasicCredentials
    from huaweicloudsdkcore.http.http_config import HttpConfig
    from huaweicloudsdkmodelarts.v1 import ModelArtsClient

    logging.getLogger("HuaweiCloud-SDK").setLevel(logging.WARNING)
    config = HttpConfig.get_default_config()
    return (
        ModelArtsClient.new_builder()
        .with_http_config(config)
        .with_credentials(BasicCredentials(AK, SK, PROJECT))
        .with_endpoints([url])
        .build()
    )


def run() -> list[Row]:
    try:
        from huaweicloudsdkmodelarts.v1 import ListWorkspaceRequest
    except ImportError:
        return [Row("vendor.list_workspaces", "session.call vs the vendor SDK (not installed: make bench installs it)",
                    "", "", None, None)]  # fmt: skip
    with Loopback() as server:
        session = _session(server.url)
        vendor = _vendor_client(server.url)
        raw = httpx.Client(base_url=server.url, auth=_auth())
        answer = vendor.list_workspace(ListWorkspaceRequest())
        assert len(answer.workspaces) == 50, answer
        assert len(session.call("list_workspaces").workspaces or []) == 50

        def ours() -> None:
            for _ in range(20):
                session.call("list_workspaces")

        def theirs() -> None:
            for _ in range(20):
                vendor.list_workspace(ListWorkspaceRequest())

        def plain() -> None:
            for _ in range(20):
                json.loads(raw.get(PATH).content)

        vs_vendor = compare(ours, theirs, ops_per_batch=20, rounds=15)
        vs_raw = compare(ours, plain, ops_per_batch=20, rounds=15)
        session.close()
        raw.close()
    return [
        Row.of("vendor.list_workspaces", "session.call(\"list_workspaces\") vs the vendor SDK's list_workspace",
               vs_vendor, bound=1.0),
        Row.of("vendor.raw_workspaces", "session.call(\"list_workspaces\") vs signed httpx get + json.loads",
               vs_raw, direction=""),
    ]  # fmt: skip


if __name__ == "__main__":
    for row in run():
        print(json.dumps(row.as_dict()))
