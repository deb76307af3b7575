"""The waiter's decisions for each declared resource, with an injected clock and sleep."""

from __future__ import annotations

from typing import Any

import pytest

from modelarts_client.models import DevEnvInstance, JobStatus, ServiceDetail, TrainJobVersionDetail
from modelarts_overlays.operations import resolve_operation
from modelarts_overlays.waiters import WaitFailed, WaitPlan, WaitTimeout, wait

VERSION = resolve_operation("get_training_job_version").declared("x-waiter")
SERVICE = resolve_operation("get_service").declared("x-waiter")
DEVENV = resolve_operation("get_devenv_instance").declared("x-waiter")


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    def clock(self) -> float:
        return self.now


def scripted(answers: list[Any]) -> Any:
    remaining = list(answers)

    def poll() -> Any:
        return remaining.pop(0) if len(remaining) > 1 else remaining[0]

    return poll


def version(status: int) -> TrainJobVersionDetail:
    return TrainJobVersionDetail.from_dict({"is_success": True, "status": status})


def test_training_version_completes() -> None:
    t = FakeTime()
    plan = WaitPlan(VERSION, rand=lambda: 1.0)
    last = wait(plan, scripted([version(1), version(8), version(8), version(10)]), sleep=t.sleep, clock=t.clock)
    assert last.status is JobStatus.JOBSTAT_COMPLETED
    assert plan.polls == 4
    assert t.sleeps == [10.0, 20.0, 40.0]  # delay doubles from the declared 10 s


def test_delays_are_capped_and_jittered() -> None:
    t = FakeTime()
    plan = WaitPlan(VERSION, rand=lambda: 0.5, timeout=10_000)
    wait(plan, scripted([version(8)] * 8 + [version(10)]), sleep=t.sleep, clock=t.clock)
    assert max(t.sleeps) <= VERSION["max_delay"]
    assert t.sleeps[-1] == VERSION["max_delay"] * 0.5


def test_failure_status_raises_with_the_last_answer() -> None:
    t = FakeTime()
    with pytest.raises(WaitFailed) as caught:
        wait(WaitPlan(VERSION), scripted([version(8), version(11)]), sleep=t.sleep, clock=t.clock)
    assert caught.value.status == 11 and caught.value.last.status == 11


def test_deadline_raises_timeout() -> None:
    t = FakeTime()
    with pytest.raises(WaitTimeout) as caught:
        wait(WaitPlan(VERSION, timeout=100, rand=lambda: 1.0), scripted([version(8)]), sleep=t.sleep, clock=t.clock)
    assert caught.value.status == 8
    assert t.now <= 100


def test_waiting_for_another_status() -> None:
    t = FakeTime()
    plan = WaitPlan(DEVENV, until=["STOPPED"])
    answers = [DevEnvInstance.from_dict({"status": s}) for s in ("RUNNING", "STOPPING", "STOPPED")]
    assert wait(plan, scripted(answers), sleep=t.sleep, clock=t.clock).status.value == "STOPPED"


def test_string_statuses_and_unknown_values() -> None:
    t = FakeTime()
    answers = [ServiceDetail.from_dict({"status": s}) for s in ("deploying", "warming-up", "running")]
    assert wait(WaitPlan(SERVICE), scripted(answers), sleep=t.sleep, clock=t.clock).status.value == "running"
