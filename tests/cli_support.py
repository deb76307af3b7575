"""Running the installed ``modelarts`` console script against the test session's emulator.

Every run goes through the script a user would type (the venv's ``bin/modelarts``), with a clean
environment (its own HOME, so no profile of the machine's leaks in) and a project of its own, and
every run checks that no secret of the emulator's reached stdout or stderr.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from modelarts_emulator.pytest_plugin import EmulatorHandle
from modelarts_overlays import Session

SCRIPT = Path(sys.executable).with_name("modelarts")


@dataclass
class Cli:
    """The console script, bound to the emulator and one project."""

    emulator: EmulatorHandle
    home: Path
    project_id: str = field(default_factory=lambda: f"cli-{uuid.uuid4().hex[:10]}")
    credentials_in_env: bool = True

    def env(self, extra: Mapping[str, str] | None = None) -> dict[str, str]:
        env = {
            key: value for key, value in os.environ.items() if not key.startswith(("HUAWEICLOUD_SDK_", "MODELARTS_"))
        }
        env.update({"HOME": str(self.home), "COLUMNS": "160", "NO_COLOR": "1", "PYTHONUNBUFFERED": "1"})
        if self.credentials_in_env:
            env.update(
                {
                    "HUAWEICLOUD_SDK_AK": self.emulator.access_key,
                    "HUAWEICLOUD_SDK_SK": self.emulator.secret_key,
                    "HUAWEICLOUD_SDK_PROJECT_ID": self.project_id,
                    "MODELARTS_ENDPOINT": self.emulator.url,
                }
            )
        env.update(extra or {})
        return env

    def session(self) -> Session:
        """A client session in the same project, to check what a command did."""
        return Session(
            access_key=self.emulator.access_key,
            secret_key=self.emulator.secret_key,
            project_id=self.project_id,
            endpoint=self.emulator.url,
        )

    @property
    def secrets(self) -> list[str]:
        return [self.emulator.secret_key, self.emulator.password]

    def check_no_secret(self, *texts: str) -> None:
        for text in texts:
            for secret in self.secrets:
                assert secret not in text, "a secret reached the terminal"

    def run(self, *args: str, env: Mapping[str, str] | None = None, stdin: str | None = None) -> Run:
        done = subprocess.run(
            [str(SCRIPT), *args], capture_output=True, text=True, env=self.env(env), input=stdin, timeout=120
        )
        self.check_no_secret(done.stdout, done.stderr)
        return Run(done.returncode, done.stdout, done.stderr)

    def ok(self, *args: str, **extra: Any) -> Run:
        result = self.run(*args, **extra)
        assert result.code == 0, f"exit {result.code}\n{result.err}"
        return result

    def json(self, *args: str, **extra: Any) -> Any:
        return json.loads(self.ok(*args, "-o", "json", **extra).out)

    def start(self, *args: str, env: Mapping[str, str] | None = None) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [str(SCRIPT), *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=self.env(env),
        )

    def drive(self, done: Callable[[], bool], *, step: float = 1.0, limit: float = 120.0) -> None:
        """Move the emulator's clock until ``done()`` (a process that polls it has finished)."""
        deadline = time.monotonic() + 60
        moved = 0.0
        while not done():
            assert time.monotonic() < deadline and moved < limit, "the command did not finish"
            self.emulator.advance(step)
            moved += step
            time.sleep(0.05)

    def finish(self, process: subprocess.Popen[str], **drive: Any) -> Run:
        self.drive(lambda: process.poll() is not None, **drive)
        out, err = process.communicate(timeout=30)
        self.check_no_secret(out, err or "")
        return Run(process.returncode, out, err or "")


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


def job_flags(name: str, *extra: str) -> list[str]:
    """``job submit`` flags for a small TensorFlow job on the emulator's CPU flavor."""
    return [
        "--job-name",
        name,
        "--code-dir",
        "obs://bucket/code/",
        "--boot-file",
        "obs://bucket/code/train.py",
        "--engine-name",
        "TensorFlow",
        "--engine-version",
        "tensorflow_2.1.0-cuda_10.1-py_3.7-ubuntu_18.04-x86_64",
        "--flavor",
        "modelarts.vm.cpu.8u",
        "--outputs",
        "train_url=obs://bucket/output/",
        *extra,
    ]
