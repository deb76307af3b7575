"""What a change of the spec breaks for callers: oasdiff's changelog between two revisions.

usage: python generator/api_diff.py [--base REF] [--revision REF] [--format text|markdown|json|...]

The revision is the working tree unless --revision names a git ref. The base defaults to the
previous commit: HEAD while spec/ has uncommitted changes (what you are editing), else HEAD~1 (what
the last commit changed). Each side is the whole spec/ folder as it was at that revision, so a spec
split into several files is compared as the document its entry file resolves to.

oasdiff judges each change (error: breaking, warning: perhaps, info: safe) with the levels
spec/breaking-rules.yaml sets for this API, and with allOf and path-level parameters merged first,
so a restructured schema is judged by what it accepts rather than by how it is written.

Exit status: 0 when nothing breaks callers (or oasdiff cannot run on this platform: one line says
why), 1 when something does, 2 when the comparison could not be made (a bad ref, an unreadable spec).
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import oasdiff  # beside this script

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = "spec"
ENTRY = "modelarts.yaml"
RULES = ROOT / SPEC_DIR / "breaking-rules.yaml"
FORMATS = ("text", "markdown", "json", "yaml", "html", "singleline", "junit", "githubactions")


class Failure(Exception):
    """The comparison could not be made; the message says why in one line."""


def severity_levels(rules: Path = RULES) -> str:
    """spec/breaking-rules.yaml as oasdiff's --severity-levels file (one `<check-id> <level>` per line)."""
    doc: Any = yaml.safe_load(rules.read_text(encoding="utf-8"))
    levels = doc["levels"]
    return "".join(f"{check} {entry['level']}\n" for check, entry in levels.items())


def _git(repo: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, check=False)


def _commit(repo: Path, ref: str) -> str:
    result = _git(repo, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}")
    if result.returncode:
        raise Failure(f"{ref!r} is not a commit here (a shallow clone may lack it: fetch more history)")
    return result.stdout.decode().strip()


def default_base(repo: Path) -> str:
    """HEAD while spec/ has uncommitted changes, else HEAD~1: the commit before the spec in view."""
    dirty = _git(repo, "status", "--porcelain", "--", SPEC_DIR).stdout.strip()
    return "HEAD" if dirty else "HEAD~1"


def checkout(repo: Path, ref: str, into: Path) -> tuple[Path, str]:
    """spec/ as it was at *ref*, written under *into*: the entry document and the commit it came from."""
    commit = _commit(repo, ref)
    archive = _git(repo, "archive", "--format=tar", commit, "--", SPEC_DIR)
    if archive.returncode:
        raise Failure(f"{ref} has no {SPEC_DIR}/ folder")
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    entry = into / SPEC_DIR / ENTRY
    if not entry.is_file():
        raise Failure(f"{ref} has no {SPEC_DIR}/{ENTRY}")
    return entry, commit


def compare(binary: Path, base: Path, revision: Path, fmt: str = "text", cwd: Path | None = None) -> int:
    """Print oasdiff's changelog from *base* to *revision*; 0 if nothing breaks, 1 if something does."""
    with tempfile.TemporaryDirectory() as scratch:
        levels = Path(scratch) / "levels.txt"
        levels.write_text(severity_levels(), encoding="utf-8")
        command = [str(binary), "changelog", str(base), str(revision), "--format", fmt, "--color", "never"]
        command += ["--flatten-allof", "--flatten-params", "--severity-levels", str(levels), "--fail-on", "ERR"]
        result = subprocess.run(command, capture_output=True, text=True, check=False, cwd=cwd)
    sys.stdout.write(result.stdout)
    if result.returncode not in (0, 1):
        raise Failure(f"oasdiff exited with status {result.returncode}: {result.stderr.strip()}")
    return result.returncode


def run(repo: Path, base_ref: str | None, revision_ref: str | None, fmt: str) -> int:
    try:
        binary = oasdiff.ensure()
    except oasdiff.Unavailable as exc:
        print(f"api-diff: skipped: {exc}")
        return 0
    base_ref = base_ref or default_base(repo)
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        base, base_commit = checkout(repo, base_ref, work / "base")
        if revision_ref:
            revision, revision_commit = checkout(repo, revision_ref, work / "revision")
            shown = f"{revision_ref} ({revision_commit[:10]})"
        else:
            shutil.copytree(repo / SPEC_DIR, work / "revision" / SPEC_DIR)
            revision, shown = work / "revision" / SPEC_DIR / ENTRY, "the working tree"
        if fmt == "text":
            print(f"api-diff: {SPEC_DIR}/{ENTRY} at {base_ref} ({base_commit[:10]}) -> {shown}")
        status = compare(binary, base.relative_to(work), revision.relative_to(work), fmt, cwd=work)
    if fmt == "text":
        print(
            "api-diff: breaking changes (errors above): see README, Regenerating after an API change"
            if status
            else "api-diff: nothing here breaks callers"
        )
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", help="git ref to compare from (default: the previous commit, see above)")
    parser.add_argument("--revision", help="git ref to compare to (default: the working tree)")
    parser.add_argument("--format", default="text", choices=FORMATS, help="oasdiff's output format")
    parser.add_argument("--repo", type=Path, default=ROOT, help=argparse.SUPPRESS)  # for the tests
    args = parser.parse_args(argv)
    try:
        return run(args.repo.resolve(), args.base, args.revision, args.format)
    except (Failure, oasdiff.Unusable) as exc:
        print(f"api-diff: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
