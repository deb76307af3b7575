"""What the ``modelarts`` command line costs on top of the client, per command a user types.

Each round starts fresh processes, as a shell does, against the loopback server (a prepared list of
50 training jobs, so the server costs next to nothing and the same for both sides):

- ``cli.list_json``: ``modelarts training-jobs list-training-jobs -o json`` vs a ``python -c`` that
  makes the same call through ``Session.call_json`` and prints it with ``json.dumps``: what the
  command line adds (Click, building the command from the index, the shared options); goal: at most
  1.5x.
- ``cli.list_table``: the same command printing its Rich table, vs the same baseline; what a table
  costs (informational).
- ``cli.completion``: one TAB (``modelarts training-jobs-v2 get-tr<TAB>``, the completion protocol
  bash uses) vs ``python -c "import click"``, the floor of any Click program; informational, since
  the figure that matters is the absolute time a user waits for a TAB.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from common import Row, compare
from loopback import Loopback

SCRIPT = Path(sys.executable).with_name("modelarts")
ROUNDS = 9

BASELINE = """
import json
from modelarts_overlays import Session
print(json.dumps(Session.from_env().call_json("list_training_jobs"), indent=2, ensure_ascii=False))
"""


def _env(url: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("HUAWEICLOUD_SDK_", "MODELARTS_"))}
    env.update(
        {
            "HUAWEICLOUD_SDK_AK": "BENCHAK0000000000000",
            "HUAWEICLOUD_SDK_SK": "bench-secret-key",
            "HUAWEICLOUD_SDK_PROJECT_ID": "0123456789abcdef0123456789abcdef",
            "MODELARTS_ENDPOINT": url,
            "COLUMNS": "160",
        }
    )
    return env


def _process(command: list[str], env: dict[str, str]) -> None:
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def run() -> list[Row]:
    with Loopback(total=50, per_page=50) as server:
        env = _env(server.url)
        listing = [str(SCRIPT), "training-jobs", "list-training-jobs"]

        def baseline() -> None:
            _process([sys.executable, "-c", BASELINE], env)

        as_json = compare(lambda: _process([*listing, "-o", "json"], env), baseline, rounds=ROUNDS, speed=False)
        as_table = compare(lambda: _process(listing, env), baseline, rounds=ROUNDS, speed=False)
    completing = {
        **_env("http://127.0.0.1:9"),
        "_MODELARTS_COMPLETE": "bash_complete",
        "COMP_WORDS": "modelarts training-jobs-v2 get-tr",
        "COMP_CWORD": "2",
    }
    completion = compare(
        lambda: _process([str(SCRIPT)], completing),
        lambda: _process([sys.executable, "-c", "import click"], completing),
        rounds=ROUNDS,
        speed=False,
    )
    return [
        Row.of("cli.list_json", "`modelarts ... list-training-jobs -o json` vs the same call in `python -c` "
               "(fresh processes)", as_json, direction="<=", bound=1.5, unit=1e3, unit_name="ms"),
        Row.of("cli.list_table", "the same command printing its table vs the same baseline", as_table,
               direction="", unit=1e3, unit_name="ms"),
        Row.of("cli.completion", "one TAB completion (`training-jobs-v2 get-tr`) vs `python -c 'import click'`",
               completion, direction="", unit=1e3, unit_name="ms"),
    ]  # fmt: skip
