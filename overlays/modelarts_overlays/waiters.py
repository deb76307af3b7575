"""One waiter for every resource with a lifecycle, driven by the spec's ``x-waiter``.

A "get" operation declares which response field holds the status, which values mean done and which
mean it will never get there (``spec/README.md``). :class:`WaitPlan` turns that into decisions and
delays (exponential, full jitter, capped, within a deadline); the sync and async loops only poll and
sleep. Sleep, clock and randomness are injectable so tests run instantly.
"""

from __future__ import annotations

import random
import time
from collections.abc import Awaitable, Callable, Collection
from dataclasses import dataclass, field
from typing import Any

from .pagination import field_at

__all__ = ["WaitFailed", "WaitPlan", "WaitTimeout", "WaiterError", "wait", "wait_async"]


class WaiterError(Exception):
    """A wait ended without the resource reaching the wanted status."""

    def __init__(self, message: str, *, status: Any, last: Any) -> None:
        super().__init__(message)
        self.status = status
        self.last = last  # the last parsed answer, so nothing the service said is lost


class WaitFailed(WaiterError):
    """The resource reached a status from which the wanted one cannot follow."""


class WaitTimeout(WaiterError):
    """The deadline passed first."""


def _plain(value: Any) -> Any:
    """Enum members compare by value: the spec's lists hold wire values."""
    return getattr(value, "value", value)


@dataclass
class WaitPlan:
    """Decisions for one wait: what counts as done or failed, and how long to pause between polls."""

    decl: dict[str, Any]
    until: Collection[Any] | None = None
    timeout: float = 3600.0
    rand: Callable[[], float] = field(default=random.random)
    polls: int = 0

    @property
    def success(self) -> set[Any]:
        return set(self.until) if self.until is not None else set(self.decl["success"])

    @property
    def failure(self) -> set[Any]:
        return set(self.decl["failure"]) - self.success

    def status_of(self, parsed: Any) -> Any:
        return _plain(field_at(parsed, self.decl["status"]))

    def decide(self, parsed: Any) -> bool:
        """True when done; raises WaitFailed on a failure status; False to poll again."""
        self.polls += 1
        status = self.status_of(parsed)
        if status in self.success:
            return True
        if status in self.failure:
            raise WaitFailed(f"status became {status!r}, which is a failure for this wait", status=status, last=parsed)
        return False

    def delay(self) -> float:
        """Full-jitter exponential backoff: uniform in [0, min(max_delay, delay * 2**(polls-1))]."""
        ceiling = min(float(self.decl["max_delay"]), float(self.decl["delay"]) * 2.0 ** max(self.polls - 1, 0))
        return max(float(self.rand()) * ceiling, min(1.0, ceiling))


def wait(
    plan: WaitPlan,
    poll: Callable[[], Any],
    *,
    sleep: Callable[[float], object] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Any:
    """Poll until the plan is satisfied; return the last answer."""
    deadline = clock() + plan.timeout
    while True:
        parsed = poll()
        if plan.decide(parsed):
            return parsed
        pause = plan.delay()
        if clock() + pause > deadline:
            status = plan.status_of(parsed)
            raise WaitTimeout(f"still {status!r} after {plan.timeout:g} s", status=status, last=parsed)
        sleep(pause)


async def wait_async(
    plan: WaitPlan,
    poll: Callable[[], Awaitable[Any]],
    *,
    sleep: Callable[[float], Awaitable[None]] | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> Any:
    """The async twin of :func:`wait`, with the same plan; ``sleep`` defaults to ``asyncio.sleep``."""
    if sleep is None:
        import asyncio  # here, not at the top: sync users never load asyncio

        sleep = asyncio.sleep
    deadline = clock() + plan.timeout
    while True:
        parsed = await poll()
        if plan.decide(parsed):
            return parsed
        pause = plan.delay()
        if clock() + pause > deadline:
            status = plan.status_of(parsed)
            raise WaitTimeout(f"still {status!r} after {plan.timeout:g} s", status=status, last=parsed)
        await sleep(pause)
