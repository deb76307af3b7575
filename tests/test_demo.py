"""The README's main job, `make demo`, works: the quickstart runs against a fresh emulator, twice.

The quickstart trains a job, publishes a model from its output, deploys a real-time service from the
model, asks the service for a prediction, and deletes all three. It runs twice against the same
emulator (no reset in between), as someone trying it against a running `make emulator` would, so
leftovers or fixed names show up here.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from modelarts_emulator import DEFAULT_PASSWORD, DEFAULT_SECRET_KEY

ROOT = Path(__file__).resolve().parent.parent
RUNS = 2

TWICE = """\
import subprocess
import sys

for run in range(1, {runs} + 1):
    print(f"### run {{run}}", flush=True)
    code = subprocess.run([sys.executable, "examples/quickstart.py"], check=False).returncode
    if code:
        raise SystemExit(code)
"""


def line(label: str, value: str) -> str:
    """A regular expression for one ``  label      value`` line of the quickstart's output."""
    return rf"(?m)^  {label:<10} {value}$"


def check_one_run(out: str) -> None:
    match = re.search(line("run", r"(quickstart-[0-9a-f]{6}) .*"), out)
    assert match, out
    name = match[1]
    train, publish, deploy, predicted, listing, clean_up, summary = re.split(r"\n== ", out)[1:]

    assert train.startswith("1/6 train")
    assert re.search(line("job", rf"{name}: job \d+, version V\d+ \(id \d+\)"), train)
    assert "INFO worker-0: step 100: loss=" in train
    assert re.search(r"(?m)^  \| .* INFO worker-0: training completed$", train)
    assert re.search(line("status", re.escape("JOBSTAT_COMPLETED (10): Job finished successfully.")), train)
    assert re.search(line("output", rf"/quickstart/output/{name}/"), train)

    assert publish.startswith("2/6 publish")
    assert re.search(line("model", rf"{name} 1\.0\.0 \(id [-0-9a-f]{{36}}\)"), publish)
    assert re.search(line("source", rf"/quickstart/output/{name}/ \(job \d+, V\d+\)"), publish)
    assert re.search(line("status", r"publishing -> published in \d+\.\d s"), publish)
    assert re.search(line("image", r"\S+:1\.0\.0"), publish)

    assert deploy.startswith("3/6 deploy")
    assert re.search(line("service", rf"{name} \(id [-0-9a-f]{{36}}\)"), deploy)
    assert re.search(line("status", r"deploying -> running in \d+\.\d s"), deploy)
    assert re.search(line("address", r"http://127\.0\.0\.1:\d+/v1/infers/\w+/[-0-9a-f]{36}"), deploy)
    assert re.search(line("serves", rf"{name} 1\.0\.0: 100 % of the traffic, 1 x modelarts\.vm\.cpu\.2u"), deploy)
    assert re.search(line("event", r" ?\d+\.\d s  service is running"), deploy)

    assert predicted.startswith("4/6 predict")
    answers = re.findall(line("answer", r"(cat|dog|bird|fish) \((0\.\d+)\) for input of shape \[2, 4\]"), predicted)
    assert len(answers) == 1 and 0.5 <= float(answers[0][1]) < 1, predicted
    assert re.search(line("model", rf"{name} 1\.0\.0 answered"), predicted)

    assert listing.startswith("5/6 list")
    assert re.search(line("job", rf"{name} +JOBSTAT_COMPLETED \(10\).*"), listing)
    assert re.search(line("model", rf"{name} +1\.0\.0, published"), listing)
    assert re.search(line("service", rf"{name} +real-time, running"), listing)

    assert clean_up.startswith("6/6 clean up")
    for label in ("service", "model", "job"):
        assert re.search(line(label, r"deleted \(a read now answers 404 ModelArts\.\d+\)"), clean_up), label
    assert re.search(line("left", rf"0 job\(s\), 0 model\(s\), 0 service\(s\) named {name}"), clean_up)

    assert summary.startswith("summary")
    assert re.search(line("deployed", rf"{name} in \d+\.\d s \(real-time service, reached running\)"), summary)
    assert re.search(line("predicted", rf"{answers[0][0]} \({answers[0][1]}\) \(the service's answer\)"), summary)
    assert re.search(line("deleted", "service, model, job"), summary)
    took = re.search(r"(?m)^done in (\d+\.\d) s$", summary)
    assert took and float(took[1]) < 45, summary


def test_the_demo_runs_end_to_end_twice_against_one_emulator(tmp_path: Path) -> None:
    driver = tmp_path / "twice.py"
    driver.write_text(TWICE.format(runs=RUNS), encoding="utf-8")
    command = [sys.executable, "examples/with_emulator.py", str(driver)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert result.stderr == ""  # no warnings, no tracebacks
    out = result.stdout
    assert out.startswith("emulator running at http://127.0.0.1:")
    assert out.rstrip().endswith("emulator stopped")
    for secret in (DEFAULT_SECRET_KEY, DEFAULT_PASSWORD):
        assert secret not in out
    runs = out.split("### run ")[1:]
    assert [run.split("\n", 1)[0] for run in runs] == [str(n) for n in range(1, RUNS + 1)]
    names: set[str] = set()
    for run in runs:
        check_one_run(run.split("\n", 1)[1].removesuffix("emulator stopped\n"))
        names.update(re.findall(r"quickstart-[0-9a-f]{6}", run))
    assert len(names) == RUNS  # each run names its resources afresh
