"""The console script in a real pseudo-terminal (pexpect): what a user at a terminal sees.

Live log following, the wait display, Ctrl-C (exit 130, the display taken down, no traceback), and
a secret typed at ``configure``'s prompt never echoed.
"""

from __future__ import annotations

import io
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pexpect
import pytest

from modelarts_emulator.pytest_plugin import EmulatorHandle

from .cli_support import SCRIPT, Cli, job_flags


@pytest.fixture
def cli(modelarts_emulator: EmulatorHandle, tmp_path: Path) -> Cli:
    return Cli(modelarts_emulator, tmp_path)


def spawn(cli: Cli, *args: str) -> pexpect.spawn:
    env = cli.env({"TERM": "xterm-256color"})
    env.pop("NO_COLOR", None)
    child = pexpect.spawn(str(SCRIPT), list(args), env=env, encoding="utf-8", timeout=30, dimensions=(40, 140))
    child.logfile_read = io.StringIO()  # everything the terminal showed, for the secret checks
    return child


def screen(child: pexpect.spawn) -> str:
    log = child.logfile_read
    assert isinstance(log, io.StringIO)
    return log.getvalue()


@contextmanager
def clock_running(cli: Cli, step: float = 1.0) -> Iterator[None]:
    """Move the emulator's clock in the background while the terminal is being read."""
    stop = threading.Event()

    def run() -> None:
        while not stop.wait(0.05):
            cli.emulator.advance(step)

    mover = threading.Thread(target=run, daemon=True)
    mover.start()
    try:
        yield
    finally:
        stop.set()
        mover.join()


def finished(child: pexpect.spawn) -> tuple[int, str]:
    child.expect(pexpect.EOF)
    seen = str(child.before)
    child.close()
    assert child.exitstatus is not None
    return child.exitstatus, seen


def test_following_a_log_prints_lines_as_they_are_written(cli: Cli) -> None:
    job_id = cli.json("job", "submit", *job_flags(f"tty-{uuid.uuid4().hex[:6]}"))["metadata"]["id"]
    child = spawn(cli, "job", "get-log", "-i", job_id, "--follow", "--poll-interval", "0.1")
    with clock_running(cli):
        child.expect(r"\[worker-0\] step 1 loss=")
        child.expect(r"\[worker-0\] step 10 loss=")
        status, rest = finished(child)
    assert status == 0
    assert "process exited with code 0" in rest
    cli.check_no_secret(screen(child))


def test_ctrl_c_while_waiting_exits_130_without_a_traceback(cli: Cli) -> None:
    child = spawn(cli, "job", "submit", *job_flags(f"tty-{uuid.uuid4().hex[:6]}", "--wait", "--poll-interval", "0.2"))
    child.expect("waiting for job")  # the live display, on the terminal; the clock stands still
    child.expect("Creating")
    child.sendintr()
    status, rest = finished(child)
    assert status == 130
    assert "interrupted" in rest and "Traceback" not in rest and "KeyboardInterrupt" not in rest
    cli.check_no_secret(screen(child))


def test_ctrl_c_while_following_exits_130(cli: Cli) -> None:
    job_id = cli.json("job", "submit", *job_flags(f"tty-{uuid.uuid4().hex[:6]}"))["metadata"]["id"]
    child = spawn(cli, "job", "get-log", "-i", job_id, "-f", "--poll-interval", "0.1")
    with clock_running(cli, step=0.5):
        child.expect(r"step 2 loss=")
    child.sendintr()
    status, rest = finished(child)
    assert status == 130 and "Traceback" not in rest


def test_all_pages_show_a_table_at_a_terminal(cli: Cli) -> None:
    child = spawn(cli, "training-jobs-v2", "list-training-job-events-v2", "--training-job-id", "nope", "--all")
    status, seen = finished(child)
    assert status == 1 and "HTTP 404" in seen  # a failure mid-display is one line too, and the display is gone
    child = spawn(cli, "training-flavors-and-engines-v2", "list-training-flavors-v2")
    status, seen = finished(child)
    assert status == 0 and "modelarts.vm.cpu.8u" in seen and "┃" in seen


def test_configure_does_not_echo_the_secret_key(cli: Cli, tmp_path: Path) -> None:
    config = tmp_path / "config"
    child = spawn(cli, "configure", "--config-file", str(config))
    child.expect("Access key")
    child.sendline(cli.emulator.access_key)
    child.expect("Secret key")
    child.sendline(cli.emulator.secret_key)
    child.expect("Project ID")
    child.sendline(cli.project_id)
    child.expect("Region")
    child.sendline("")
    child.expect("Endpoint")
    child.sendline(cli.emulator.url)
    status, rest = finished(child)
    assert status == 0 and "written" in rest
    assert cli.emulator.secret_key not in screen(child)
    assert cli.emulator.secret_key in config.read_text()
