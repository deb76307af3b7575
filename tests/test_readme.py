"""The README's Python examples run, in order, against a freshly started emulator, and run again.

Running them a second time against the same emulator, without a reset, catches examples that only
work once (a fixed resource name answers 409 the second time).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 2

TWICE = """\
import subprocess
import sys

for run in range(1, {runs} + 1):
    print(f"### run {{run}}", flush=True)
    code = subprocess.run([sys.executable, {script!r}], check=False).returncode
    if code:
        raise SystemExit(code)
"""


def python_blocks(text: str) -> list[str]:
    """The ```python blocks of a Markdown text, in order."""
    return re.findall(r"```python\n(.*?)```", text, flags=re.S)


def usage_blocks() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return python_blocks(text[text.index("## Using the client") : text.index("## The emulator")])


def test_the_usage_section_has_an_example_of_each_capability() -> None:
    code = "\n".join(usage_blocks())
    for needle in ("Session.from_env", "paginate(", "pages(", "wait(", "follow_training_log(", "NotFoundError",
                   "create_training_job_v2", "follow_training_task_log(", "get_training_task_metrics_v2",
                   "RetryPolicy(", "allow_retry_on_post", "username=", "create_dataset_import_task_v2",
                   "Manifest.parse_manifest(", "create_dev_server", "stop_dev_server", "predict(", "obs.upload_dir(",
                   "obs.download_dir("):  # fmt: skip
        assert needle in code, needle


def test_the_usage_examples_run_twice_against_one_emulator(tmp_path: Path) -> None:
    script = tmp_path / "readme_examples.py"
    script.write_text("\n".join(usage_blocks()), encoding="utf-8")
    driver = tmp_path / "twice.py"
    driver.write_text(TWICE.format(runs=RUNS, script=str(script)), encoding="utf-8")
    command = [sys.executable, str(ROOT / "examples" / "with_emulator.py"), str(driver)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=240, check=False)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    runs = result.stdout.split("### run ")[1:]
    assert [run.split("\n", 1)[0] for run in runs] == [str(n) for n in range(1, RUNS + 1)]
    for run in runs:
        assert "JOBSTAT_COMPLETED (10)" in run
        assert "v2 job Completed 10000 ms" in run and "[worker-0] step 10 loss=" in run
        assert "3 files up" in run and "['model.bin', 'summary.json']" in run and "the job read 3 files" in run
        assert "404 ModelArts." in run
        assert "import COMPLETED 10 samples" in run and "{'dog': 5, 'cat': 5}" in run
        assert "exported 10 samples of version V001" in run
        assert "ordered server_test CREATING" in run and "server RUNNING s7.small.1 Ubuntu" in run
        assert "server STOPPED" in run
        assert "predicted dog\n" in run and "image png" in run  # the toy model's rule: the same every run
