"""How every benchmark row is measured and reported, so the rows can be read side by side.

Why interleaved rounds: on a small shared machine the speed of the CPU drifts (other processes,
frequency scaling).  Timing "ours" for a minute and then "theirs" for a minute puts that drift into
the ratio; alternating short batches of each (and alternating which goes first) puts it into both
sides equally.  A row's ratio is the median of the per-round ratios, its spread the lowest and
highest of them.

Ratios are written so that bigger is better for "speed" rows (``baseline time / our time``) and
smaller is better for "cost" rows (``our time / baseline time``, used for import time); each row
says which, and its goal is a bound on that ratio.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

__all__ = ["Comparison", "Row", "compare", "median_time"]


@dataclass(frozen=True)
class Comparison:
    """Seconds per operation for both sides (medians) and the per-round ratios."""

    ours_s: float
    baseline_s: float
    ratios: list[float]

    @property
    def ratio(self) -> float:
        return statistics.median(self.ratios)

    @property
    def spread(self) -> tuple[float, float]:
        return min(self.ratios), max(self.ratios)


def compare(
    ours: Callable[[], object],
    baseline: Callable[[], object],
    *,
    ops_per_batch: int = 1,
    rounds: int = 15,
    batches: int = 1,
    warmup: int = 1,
    speed: bool = True,
) -> Comparison:
    """Time ``ours`` and ``baseline`` in alternating rounds.

    Each callable runs one batch of ``ops_per_batch`` operations; a round times ``batches`` batches of
    each side.  ``speed=True`` gives ratios ``baseline / ours`` (above 1: ours is faster), else
    ``ours / baseline`` (below 1: ours is cheaper).
    """
    for _ in range(warmup):
        ours()
        baseline()
    ours_times: list[float] = []
    base_times: list[float] = []
    ratios: list[float] = []
    for index in range(rounds):
        pair = [(ours, ours_times), (baseline, base_times)]
        if index % 2:
            pair.reverse()
        spent: dict[int, float] = {}
        for run, times in pair:
            start = time.perf_counter()
            for _ in range(batches):
                run()
            elapsed = (time.perf_counter() - start) / (batches * ops_per_batch)
            times.append(elapsed)
            spent[id(times)] = elapsed
        mine, theirs = spent[id(ours_times)], spent[id(base_times)]
        ratios.append(theirs / mine if speed else mine / theirs)
    return Comparison(statistics.median(ours_times), statistics.median(base_times), ratios)


def median_time(run: Callable[[], object], *, rounds: int = 7, number: int = 1) -> tuple[float, float, float]:
    """Median, lowest and highest seconds per call over ``rounds`` batches of ``number`` calls."""
    run()
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(number):
            run()
        samples.append((time.perf_counter() - start) / number)
    return statistics.median(samples), min(samples), max(samples)


@dataclass
class Row:
    """One line of the results table: what was compared, the measured ratio and the goal."""

    key: str
    metric: str
    ours: str
    baseline: str
    ratio: float | None
    spread: tuple[float, float] | None
    goal: str = ""
    direction: Literal[">=", "<=", ""] = ""
    bound: float | None = None
    details: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        key: str,
        metric: str,
        comparison: Comparison,
        *,
        unit: float = 1e6,
        unit_name: str = "us",
        direction: Literal[">=", "<=", ""] = ">=",
        bound: float | None = None,
        **details: Any,
    ) -> Row:
        return cls(
            key=key,
            metric=metric,
            ours=f"{comparison.ours_s * unit:.1f} {unit_name}",
            baseline=f"{comparison.baseline_s * unit:.1f} {unit_name}",
            ratio=comparison.ratio,
            spread=comparison.spread,
            goal=f"{direction} {bound}x" if bound is not None else "",
            direction=direction,
            bound=bound,
            details=details,
        )

    @property
    def met(self) -> bool | None:
        if self.bound is None or self.ratio is None:
            return None
        return self.ratio >= self.bound if self.direction == ">=" else self.ratio <= self.bound

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["met"] = self.met
        return data
