"""Status progressions computed from the clock.

Why lazy: a resource stores the clock time of the event that started its current phase (creation,
stop, restart) and the status it was put in; the status actually shown is derived at read time
from the elapsed clock time.  No background thread, deterministic under the manual clock, and it
survives restarts with the SQLite store.

The training-job ``JobStatus`` codes (reference chapter 5): 1 INIT, 2 IMAGE_CREATING,
3 IMAGE_FAILED, 4 SUBMIT_TRY, 5 SUBMIT_FAILED, 6 DELETE_FAILED, 7 WAITING, 8 RUNNING, 9 KILLING,
10 COMPLETED, 11 FAILED, 12 KILLED, 13 CANCELED, 14 LOST, 15 SCALING, 16 SUBMIT_MODEL_FAILED,
17 DEPLOY_SERVING_FAILED, 18 CHECK_INIT, 19 CHECK_RUNNING, 20 CHECK_RUNNING_COMPLETED,
21 CHECK_FAILED.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .framework import DEFAULT_DURATIONS, stage_at

__all__ = [
    "JOB_COMPLETED",
    "JOB_INIT",
    "JOB_KILLED",
    "JOB_RUNNING",
    "TERMINAL_JOB_STATUSES",
    "TrainingTimeline",
    "devenv_status",
    "stage_at",
    "training_status",
    "visualization_status",
]

JOB_INIT = 1
JOB_RUNNING = 8
JOB_COMPLETED = 10
JOB_FAILED = 11
JOB_KILLED = 12
TERMINAL_JOB_STATUSES = frozenset({3, 5, 6, 10, 11, 12, 13, 14, 16, 17, 21})


def _d(durations: Mapping[str, float], key: str) -> float:
    return float(durations.get(key, DEFAULT_DURATIONS[key]))


@dataclass(frozen=True)
class TrainingTimeline:
    """A training version's lifecycle for one set of durations: read once, applied to many versions
    (a list of jobs shows the status of each one's latest version)."""

    start: float
    run: float

    @classmethod
    def of(cls, durations: Mapping[str, float]) -> TrainingTimeline:
        return cls(_d(durations, "training_start"), _d(durations, "training_run"))

    def at(self, elapsed_s: float) -> tuple[int, float]:
        """The status and the seconds of RUNNING ``elapsed_s`` after creation.

        The status is ``stage_at(elapsed_s, [(0, INIT), (start, RUNNING), (start + run, COMPLETED)])``
        written out: that walk stops at the first stage not reached yet, so INIT holds before 0 and
        before ``start``, then RUNNING before ``start + run``, then COMPLETED.
        """
        start, run = self.start, self.run
        if elapsed_s < 0.0 or elapsed_s < start:
            status = JOB_INIT
        elif elapsed_s < start + run:
            status = JOB_RUNNING
        else:
            status = JOB_COMPLETED
        return status, max(0.0, min(elapsed_s - start, run))

    def status(self, elapsed_s: float, stopped_status: int | None = None) -> int:
        """See :func:`training_status`."""
        if stopped_status is not None:
            return stopped_status
        return self.at(elapsed_s)[0]

    def running_seconds(self, elapsed_s: float) -> float:
        """See :func:`training_running_seconds`."""
        return self.at(elapsed_s)[1]


def training_status(elapsed_s: float, durations: Mapping[str, float], *, stopped_status: int | None = None) -> int:
    """A training job version's status ``elapsed_s`` after creation (INIT -> RUNNING -> COMPLETED).

    ``stopped_status`` (e.g. KILLED) is the status frozen by a stop; it wins over the timeline.
    """
    return TrainingTimeline.of(durations).status(elapsed_s, stopped_status)


def training_running_seconds(elapsed_s: float, durations: Mapping[str, float]) -> float:
    """How many seconds of RUNNING a version has had (drives log output and ``duration``)."""
    return TrainingTimeline.of(durations).running_seconds(elapsed_s)


def visualization_status(elapsed_s: float, durations: Mapping[str, float]) -> int:
    """A visualization job's status ``elapsed_s`` after (re)start: INIT(1) -> RUNNING(8)."""
    return stage_at(elapsed_s, [(0.0, JOB_INIT), (_d(durations, "visualization_start"), JOB_RUNNING)])


def devenv_status(phase: str, elapsed_s: float, durations: Mapping[str, float]) -> str:
    """A dev-environment instance status from its last action (``phase``) and the time since.

    Phases: ``create`` (CREATING -> RUNNING), ``start``/``restart`` (STARTING -> RUNNING),
    ``stop`` (STOPPING -> STOPPED); any other phase value is returned as a fixed status.
    """
    start = _d(durations, "devenv_start")
    if phase == "create":
        return stage_at(elapsed_s, [(0.0, "CREATING"), (start, "RUNNING")])
    if phase in ("start", "restart"):
        return stage_at(elapsed_s, [(0.0, "STARTING"), (start, "RUNNING")])
    if phase == "stop":
        return stage_at(elapsed_s, [(0.0, "STOPPING"), (_d(durations, "devenv_stop"), "STOPPED")])
    return phase
