"""Replacing a local file whole or not at all.

Why one place: the manifest and Pascal VOC savers and the command line's profile file must never
leave a half-written file behind. The data goes to a temporary file in the same folder, is flushed to
disk, and is renamed over the target (``os.replace`` is atomic on POSIX and Windows), so a crash or an
error mid-write leaves the old file, or none. Appending copies the old content into the temporary
file first, for the same guarantee.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

__all__ = ["current_umask", "replace_file", "replaced_mode"]


def replace_file(path: Path, data: bytes, *, append: bool = False, mode: int | None = None) -> None:
    """Write ``data`` to ``path`` through a temporary file renamed into place (with ``append``, after
    the old content). ``mode``: the file's permission bits; by default an existing file keeps its
    own and a new one gets the usual ``0o666`` less the umask."""
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            if append and path.exists():
                with open(path, "rb") as old:
                    shutil.copyfileobj(old, handle)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is None:
            mode = replaced_mode(path)
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def replaced_mode(path: Path) -> int:
    """The permission bits a file written over ``path`` gets: the old file's, or for a new file the
    usual ``0o666`` less the umask (what ``cp`` gives)."""
    return path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~current_umask()


def current_umask() -> int:
    """The process umask, read without changing it (``os.umask`` would set it, racing other
    threads that create files): from ``/proc`` where there is one, else the common 022."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022
