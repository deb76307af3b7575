"""A new user's plain ``pip install .``: no extras, a fresh virtual environment, then pytest and the
emulator command.

Why a real installation and not an import blocker: the failure this guards against came from packaging
(the ``pytest11`` entry point loading the emulator's plugin, which pulled in Starlette), so only an
environment built the way a user builds one shows it.  It costs a few seconds: pip takes the
dependencies from its cache or the machine's wheel directory.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXTRA_PACKAGES = ("starlette", "uvicorn", "openapi_core", "yaml", "click", "rich")


@pytest.fixture(scope="module")
def plain_env(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A virtual environment holding the project without extras, plus pytest."""
    env = tmp_path_factory.mktemp("plain") / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(env)], check=True)
    python = env / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(ROOT), "pytest==9.0.1"],
        check=True,
        capture_output=True,
    )
    missing = subprocess.run(
        [str(python), "-c", f"import importlib.util as u; print([m for m in {EXTRA_PACKAGES!r} if u.find_spec(m)])"],
        check=True,
        capture_output=True,
        text=True,
    )
    assert missing.stdout.strip() == "[]", f"the plain install pulled in the extras: {missing.stdout}"
    return env


def _run(env: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "PYTEST"))}
    clean["PATH"] = f"{env / 'bin'}{os.pathsep}{clean.get('PATH', '')}"
    return subprocess.run(list(args), cwd=cwd, env=clean, capture_output=True, text=True, timeout=120)


def test_pytest_runs_and_the_fixture_says_what_to_install(plain_env: Path, tmp_path: Path) -> None:
    (tmp_path / "test_user.py").write_text(
        textwrap.dedent(
            """
            def test_plain():
                assert 1 + 1 == 2

            def test_with_emulator(modelarts_emulator):
                pass
            """
        )
    )
    result = _run(
        plain_env, str(plain_env / "bin" / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider", cwd=tmp_path
    )
    output = result.stdout + result.stderr
    assert "1 passed" in output and "1 error" in output, output
    assert "pip install 'modelarts-client[emulator]'" in output
    assert "Traceback" not in output and "ModuleNotFoundError" not in output.replace("E   ", "")


@pytest.mark.parametrize("command", [["modelarts-emulator"], ["python", "-m", "modelarts_emulator"]])
def test_the_emulator_command_says_which_extra_in_one_line(plain_env: Path, tmp_path: Path, command: list[str]) -> None:
    result = _run(plain_env, *command, "--port", "0", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "pip install 'modelarts-client[emulator]'" in lines[0] and "missing: " in lines[0]


def test_the_emulator_help_speaks_to_users_without_the_extra(plain_env: Path, tmp_path: Path) -> None:
    result = _run(plain_env, "modelarts-emulator", "--help", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "--state FILE" in result.stdout and "/_emulator/clock/advance" in result.stdout
    assert "Why" not in result.stdout and "uvicorn" not in result.stdout  # no design notes, no internals


@pytest.mark.parametrize("command", [["modelarts", "job", "get-job"], ["python", "-m", "modelarts_cli", "--help"]])
def test_the_cli_says_which_extra_in_one_line(plain_env: Path, tmp_path: Path, command: list[str]) -> None:
    result = _run(plain_env, *command, cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "pip install 'modelarts-client[cli]'" in lines[0] and "missing: click" in lines[0]


def test_a_plain_install_leaves_no_build_folder_behind(plain_env: Path) -> None:
    untracked = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all", "--ignored", "build", "dist"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert untracked.stdout == "", untracked.stdout
