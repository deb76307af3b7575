"""The README's main job, `make demo`, works: the quickstart runs against a fresh emulator."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_quickstart_runs_against_the_bundled_emulator() -> None:
    command = [sys.executable, "examples/with_emulator.py", "examples/quickstart.py"]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=180, check=False)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    out = result.stdout
    assert out.count("JOBSTAT_COMPLETED") == 3
    assert "page 2 (3 jobs in all)" in out
    assert "training completed" in out
    assert out.count("deleted (a read now answers 404") == 3
    assert "emulator stopped" in out
