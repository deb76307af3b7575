"""``modelarts obs cp``: move files and folders between this machine and OBS (``session.obs.copy``).

Training reads its code and data from OBS and writes its outputs there, so getting files in and out
belongs next to ``modelarts job``; the transfer itself (multipart, resume, checksums, safe folder
downloads) is the overlays' :class:`~modelarts_overlays.obs_transfer.ObsTransfer`, and this command
only adds what a terminal needs: a progress bar while it runs, one summary line at the end (or, with
``--output json``, the files moved), and exit codes as everywhere else: 2 for a path or a setting
that cannot work, 1 for an error answer from OBS or a transfer that failed (say which file and how to
resume). The vendor's OBS SDK comes with the ``obs`` extra; without it the command says so.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import click

from . import render
from .app import one_line, shared_options, state

if TYPE_CHECKING:
    from modelarts_overlays.obs_transfer import ObsTransfer, Transferred
    from modelarts_overlays.obs_transfer import Progress as ProgressCallback

__all__ = ["obs"]


class MissingExtraError(click.ClickException):
    """The ``obs`` extra is not installed: one line saying what to install (exit code 2)."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"modelarts: {self.format_message()}", err=True)


@click.group()
def obs() -> None:
    """Move files and folders between this machine and OBS."""


def _transfer() -> ObsTransfer:
    """The session's OBS transfer; what keeps it from being built is said as a usage error."""
    try:
        return state().session().obs
    except ModuleNotFoundError as exc:  # the [obs] extra is missing: the overlays' message names it
        raise MissingExtraError(one_line(exc)) from None
    except (TypeError, ValueError) as exc:  # a malformed endpoint or setting
        raise click.UsageError(one_line(exc)) from None


@contextmanager
def _progress_bar(description: str, shown: bool) -> Iterator[ProgressCallback | None]:
    """A byte-count progress bar on stderr; yields the callback to feed it (``None`` when not shown).

    The callback is called from the OBS SDK's worker threads; Rich's ``Progress.update`` takes a
    lock, so it is safe from any thread.
    """
    if not shown:
        yield None
        return
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        Progress,
        TaskProgressColumn,
        TextColumn,
        TimeRemainingColumn,
        TransferSpeedColumn,
    )

    display = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TaskProgressColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        TimeRemainingColumn(),
        console=render.stderr_console(),
        redirect_stdout=False,
        redirect_stderr=False,
    )
    with display:
        task = display.add_task(description, total=None)

        def report(done: int, total: int) -> None:
            display.update(task, completed=done, total=total)

        yield report


def summary(done: list[Transferred], verb: str, destination: str) -> str:
    """``3 files, 12.4 MB uploaded to obs://b/dir/``: a single file is named where it landed."""
    from rich.filesize import decimal

    files = "1 file" if len(done) == 1 else f"{len(done)} files"
    where = done[0].destination if len(done) == 1 else destination
    return f"{files}, {decimal(sum(item.size for item in done))} {verb} to {where}"


@obs.command()
@click.argument("src")
@click.argument("dst")
@click.option(
    "--keep-last-dir/--no-keep-last-dir",
    default=True,
    show_default=True,
    help="Copy a folder as a folder of its name under DST (keep), or only its contents (no-keep).",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@shared_options
def cp(src: str, dst: str, keep_last_dir: bool, quiet: bool) -> None:
    """Upload or download a file or a folder: exactly one of SRC and DST is an obs:// path.

    A file goes to DST itself, or into it when DST ends with '/' (or is a local folder). An OBS
    source is a file if an object has exactly that key, else a folder. Files are replaced; a
    large file's upload or download that fails resumes when the same command is run again.

    \b
    Examples:
      modelarts obs cp ./data obs://bucket/datasets/          (to obs://bucket/datasets/data/)
      modelarts obs cp obs://bucket/output/model/ ./results/  (to ./results/model/)
      modelarts obs cp --no-keep-last-dir ./data obs://bucket/datasets/data-v2/
    """
    from modelarts_overlays.obs_transfer import ObsTransferError

    upload = dst.startswith("obs://")
    shown = not quiet and render.stderr_console().is_terminal
    try:
        transfer = _transfer()
        with _progress_bar("uploading" if upload else "downloading", shown) as report:
            done = transfer.copy(src, dst, keep_last_dir, progress=report)
    except ObsTransferError:  # OBS's answers, the network, refused keys: exit 1 (app.main)
        raise
    except (ValueError, FileNotFoundError) as exc:  # a path that cannot work, found before sending
        raise click.UsageError(one_line(exc)) from None
    if state().json:
        render.print_json([dataclasses.asdict(item) for item in done])
    else:
        click.echo(summary(done, "uploaded" if upload else "downloaded", dst), err=True)
