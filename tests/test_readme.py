"""The README's Python examples run, in order, against a freshly started emulator."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def usage_blocks() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    usage = text[text.index("## Using the client") : text.index("## The emulator")]
    return re.findall(r"```python\n(.*?)```", usage, flags=re.S)


def test_the_usage_section_has_an_example_of_each_capability() -> None:
    code = "\n".join(usage_blocks())
    for needle in ("Session.from_env", "paginate(", "pages(", "wait(", "follow_training_log(", "NotFoundError",
                   "RetryPolicy(", "allow_retry_on_post", "username="):  # fmt: skip
        assert needle in code, needle


def test_the_usage_examples_run_against_the_emulator(tmp_path: Path) -> None:
    script = tmp_path / "readme_examples.py"
    script.write_text("\n".join(usage_blocks()), encoding="utf-8")
    command = [sys.executable, str(ROOT / "examples" / "with_emulator.py"), str(script)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    assert "JOBSTAT_COMPLETED (10)" in result.stdout
    assert "404 ModelArts." in result.stdout
