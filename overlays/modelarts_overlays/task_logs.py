"""Following a v2 training task's log through its preview window.

The v2 API has no log cursor: ``get_training_task_log_preview_v2`` answers the *latest* part of the
log (``content``, at most a few MB), how many bytes that is (``current_size``) and how long the whole
log is (``full_size``). So the window's first byte is at ``full_size - len(content)``, and a follower
that remembers how many bytes of the full log it has handed out can take exactly the new bytes from
each answer. :class:`LogTail` does that bookkeeping and nothing else (no HTTP, no clock), so the
rules are tested on their own:

- sizes are bytes of UTF-8, so the arithmetic is done on the encoded content, and a line is decoded
  only once it is complete (a character split across two answers is never mangled);
- if more was written between two reads than the window holds, the bytes that fell out of the window
  are counted in ``skipped`` and the follower goes on from the window's start (nothing is invented);
- a log that got shorter (a task restarted on a new log) is read again from its window's start;
- a last line without a newline is held back until :meth:`LogTail.flush` (the task has ended).

``follow_task_log`` (sync) and ``afollow_task_log`` (async) drive it with a session: read the
preview, hand out the new lines, and when nothing new came, ask the job's waiter declaration
(``get_training_job_v2``'s ``x-waiter``) whether the job has ended; one more read after the end
catches the last lines. A "not ready yet" answer (``ModelArts.2776``, before the task writes
anything) counts as an empty log.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any

from .errors import ModelArtsError
from .operations import resolve_operation
from .pagination import field_at

__all__ = ["NOT_READY_CODES", "LogTail", "afollow_task_log", "follow_task_log"]

NOT_READY_CODES = frozenset({"ModelArts.2776"})
"""Error codes meaning "the task has written no log yet" (error code table: NotReadyToFetchLog)."""

PREVIEW = "get_training_task_log_preview_v2"
JOB = "get_training_job_v2"


@dataclass
class LogTail:
    """How much of one log has been handed out, and the part of a line still waiting for its end."""

    emitted: int = 0
    """Bytes of the full log already read (complete lines and the pending part)."""
    skipped: int = 0
    """Bytes that left the preview window before they could be read."""
    pending: bytes = b""

    def feed(self, content: str | None, full_size: int | None = None) -> list[str]:
        """The complete new lines in one preview answer."""
        data = (content or "").encode("utf-8")
        full = full_size if isinstance(full_size, int) and full_size >= len(data) else len(data)
        window_start = full - len(data)
        if full < self.emitted:  # the log started over: read the new one from its window
            self.emitted, self.pending = window_start, b""
        start = max(self.emitted, window_start)
        if start > self.emitted:
            self.skipped += start - self.emitted
            self.pending = b""  # its continuation is gone
        fresh = data[start - window_start :]
        self.emitted = max(self.emitted, full)
        *lines, self.pending = (self.pending + fresh).split(b"\n")
        return [line.decode("utf-8", errors="replace") for line in lines]

    def flush(self) -> list[str]:
        """The last line, if it had no newline (call once the log has ended)."""
        rest, self.pending = self.pending, b""
        return [rest.decode("utf-8", errors="replace")] if rest else []


def _preview_parts(answer: Any) -> tuple[str | None, int | None]:
    if answer is None:  # an answer without a body: nothing written yet
        return None, None
    return field_at(answer, "content"), field_at(answer, "full_size")


def _job_waiter() -> tuple[str, set[Any]]:
    """The job's status field and the phases after which its log will not grow (from the spec)."""
    decl = resolve_operation(JOB).declared("x-waiter")
    return decl["status"], set(decl["success"]) | set(decl["failure"])


def _phase(answer: Any, status: str) -> Any:
    value = field_at(answer, status)
    return getattr(value, "value", value)


def follow_task_log(
    call: Callable[..., Any],
    training_job_id: str,
    task_id: str,
    *,
    poll_interval: float = 5.0,
    sleep: Callable[[float], object] = time.sleep,
) -> Iterator[str]:
    """Yield a task's log line by line until the job has ended and its last line is out."""
    status, finished = _job_waiter()
    tail = LogTail()
    finishing = False
    while True:
        try:
            answer = call(PREVIEW, training_job_id=training_job_id, task_id=task_id)
        except ModelArtsError as exc:
            if exc.error_code not in NOT_READY_CODES:
                raise
            answer = None
        lines = tail.feed(*_preview_parts(answer))
        yield from lines
        if finishing:
            yield from tail.flush()
            return
        if not lines:
            if _phase(call(JOB, training_job_id=training_job_id), status) in finished:
                finishing = True
                continue
            sleep(poll_interval)


async def afollow_task_log(
    call: Callable[..., Awaitable[Any]],
    training_job_id: str,
    task_id: str,
    *,
    poll_interval: float = 5.0,
    sleep: Callable[[float], Awaitable[object]] | None = None,
) -> AsyncIterator[str]:
    """The async twin of :func:`follow_task_log`; ``sleep`` defaults to ``asyncio.sleep``."""
    if sleep is None:
        import asyncio  # here, not at the top: sync users never load asyncio

        sleep = asyncio.sleep
    status, finished = _job_waiter()
    tail = LogTail()
    finishing = False
    while True:
        try:
            answer = await call(PREVIEW, training_job_id=training_job_id, task_id=task_id)
        except ModelArtsError as exc:
            if exc.error_code not in NOT_READY_CODES:
                raise
            answer = None
        lines = tail.feed(*_preview_parts(answer))
        for line in lines:
            yield line
        if finishing:
            for line in tail.flush():
                yield line
            return
        if not lines:
            if _phase(await call(JOB, training_job_id=training_job_id), status) in finished:
                finishing = True
                continue
            await sleep(poll_interval)
