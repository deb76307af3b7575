"""The training timeline written out for speed says what the stage walk says.

Why: a list of jobs computes one status per job, so ``TrainingTimeline.at`` compares the elapsed
time with the stage starts directly instead of walking ``stage_at``'s stage list; for any durations
(zero and negative ones included) and any elapsed time it must give the walk's status, and the
running seconds of the formula it replaced.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from modelarts_emulator.framework import stage_at
from modelarts_emulator.lifecycle import (
    JOB_COMPLETED,
    JOB_INIT,
    JOB_RUNNING,
    TrainingTimeline,
    training_running_seconds,
    training_status,
)

_seconds = st.one_of(
    st.floats(min_value=-50.0, max_value=50.0, allow_nan=False),
    st.sampled_from([0.0, -0.0, 2.0, 8.0, 10.0, -2.0]),
)


@given(start=_seconds, run=_seconds, elapsed=_seconds)
def test_at_is_the_stage_walk(start: float, run: float, elapsed: float) -> None:
    walked = stage_at(elapsed, [(0.0, JOB_INIT), (start, JOB_RUNNING), (start + run, JOB_COMPLETED)])
    timeline = TrainingTimeline(start, run)
    assert timeline.at(elapsed) == (walked, max(0.0, min(elapsed - start, run)))
    durations = {"training_start": start, "training_run": run}
    assert training_status(elapsed, durations) == walked
    assert training_status(elapsed, durations, stopped_status=12) == 12
    assert training_running_seconds(elapsed, durations) == timeline.at(elapsed)[1]


def test_the_default_timeline() -> None:
    timeline = TrainingTimeline.of({})
    assert [timeline.at(t)[0] for t in (0.0, 1.9, 2.0, 9.9, 10.0, 99.0)] == [1, 1, 8, 8, 10, 10]
    assert timeline.at(5.0)[1] == 3.0
