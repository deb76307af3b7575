"""The types users see through ``Session``: mypy accepts typical code and rejects mistakes, just so.

One mypy run (strict, the project's settings) over ``tests/typing/usage.py`` (must pass, its
``assert_type`` lines pin what mypy infers), ``tests/typing/mistakes.py`` (each marked line must
fail with the error code and text its marker gives, no other line may fail) and the README's Python
examples (must pass strict, so what the README shows is typed code).
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from mypy import api

from tests.test_readme import python_blocks

ROOT = Path(__file__).resolve().parent.parent
TYPING = ROOT / "tests" / "typing"
MARKER = re.compile(r"#\s*E:\s*\[(?P<code>[a-z-]+)\]\s*(?P<text>.*)$")
REPORT = re.compile(r"^(?P<path>.+?):(?P<line>\d+): error: (?P<message>.*?)(?:  \[(?P<code>[a-z-]+)\])?$")


@dataclass(frozen=True)
class Error:
    path: Path
    line: int
    message: str
    code: str


def readme_examples() -> str:
    """Every Python block of the README, in order, as one module (later blocks use earlier names)."""
    return "\n".join(python_blocks((ROOT / "README.md").read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def errors(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, list[Error]]:
    readme = tmp_path_factory.mktemp("readme") / "readme_examples.py"
    readme.write_text(readme_examples(), encoding="utf-8")
    files = [TYPING / "usage.py", TYPING / "mistakes.py", readme]
    args = ["--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(ROOT / ".mypy_cache")]
    out, err, _ = api.run([*args, "--show-error-codes", "--no-pretty", "--no-error-summary", *map(str, files)])
    assert not err, err
    found: dict[Path, list[Error]] = {path.resolve(): [] for path in files}
    for line in out.splitlines():
        match = REPORT.match(line)
        if match:
            path = (ROOT / match["path"]).resolve()
            found.setdefault(path, []).append(Error(path, int(match["line"]), match["message"], match["code"] or ""))
    return found


def expected_mistakes() -> dict[int, tuple[str, str]]:
    lines = (TYPING / "mistakes.py").read_text(encoding="utf-8").splitlines()
    return {
        number: (m["code"], m["text"].strip()) for number, line in enumerate(lines, 1) if (m := MARKER.search(line))
    }


def test_typical_user_code_type_checks_with_the_inferred_types_pinned(errors: dict[Path, list[Error]]) -> None:
    assert errors[(TYPING / "usage.py").resolve()] == []


def test_the_mistakes_file_marks_a_range_of_mistakes() -> None:
    codes = [code for code, _ in expected_mistakes().values()]
    assert len(codes) >= 20 and {"call-overload", "attr-defined", "arg-type", "assignment"} <= set(codes)


def test_each_mistake_fails_with_its_error_and_nothing_else_fails(errors: dict[Path, list[Error]]) -> None:
    expected = expected_mistakes()
    reported: dict[int, list[Error]] = {}
    for error in errors[(TYPING / "mistakes.py").resolve()]:
        reported.setdefault(error.line, []).append(error)
    assert sorted(reported) == sorted(expected), "lines that fail differ from the marked lines"
    for line, (code, text) in expected.items():
        assert any(e.code == code and text in e.message for e in reported[line]), (line, code, text, reported[line])


def test_the_readme_examples_are_strictly_typed(errors: dict[Path, list[Error]]) -> None:
    readme = [found for path, found in errors.items() if path.name == "readme_examples.py"]
    assert readme == [[]], readme


def test_the_typed_names_cover_the_spec_exactly() -> None:
    from typing import get_args

    from modelarts_client import session_types
    from modelarts_overlays.operations import _index

    operations = _index()["operations"]
    assert set(get_args(session_types.OperationName)) == set(operations)
    paged = {name for name, entry in operations.items() if "x-pagination" in entry}
    assert set(get_args(session_types.ListOperationName)) == paged
    waitable = {name for name, entry in operations.items() if "x-waiter" in entry}
    assert set(get_args(session_types.WaitableOperationName)) == waitable


def test_the_types_are_never_imported_at_run_time() -> None:
    """Typing costs a call or an import nothing: using a session does not load ``session_types``."""
    code = (
        "import sys\n"
        "from modelarts_overlays import Session\n"
        "s = Session(access_key='AK', secret_key='SK', project_id='p', endpoint='http://127.0.0.1:9')\n"
        "s.client\n"
        "assert callable(s.call) and callable(s.paginate) and s.call.__name__ == '_call'\n"
        "print(sorted(m for m in sys.modules if m.startswith('modelarts_client.session')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]", result.stdout + result.stderr
