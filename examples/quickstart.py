"""Quickstart: the whole path of a model with the ModelArts client, then a clean slate.

1. train: create a training job and follow its log until it completes;
2. publish: import the job's output as a model and wait until it is published;
3. deploy: deploy the model as a real-time service and wait until it is running;
4. predict: send the service a JSON request at its access address and read its answer;
5. list: page through the project's jobs, models and services, where this run's now appear;
6. clean up: delete the service, the model and the job (also when a step fails).

Reads its settings from the environment, as an application would: HUAWEICLOUD_SDK_AK,
HUAWEICLOUD_SDK_SK, HUAWEICLOUD_SDK_PROJECT_ID, HUAWEICLOUD_SDK_REGION and, for the local emulator,
MODELARTS_ENDPOINT. `make demo` runs it against the bundled emulator. Every resource is named after
the run (``quickstart-<6 hex digits>``), so runs can follow each other against the same project.
"""

from __future__ import annotations

import json
import sys
import time
import uuid
from dataclasses import dataclass, field

from modelarts_client.models import ServiceConfigRealTimeDetail
from modelarts_overlays import (
    ModelArtsError,
    NotFoundError,
    Session,
    WaiterError,
    describe_job_status,
    resolve_operation,
)

POLL_CAP = 2.0
"""Longest pause between two status polls, in seconds.

The spec's waiters pace themselves for the cloud, where publishing or deploying takes minutes (first
re-poll after 5 to 10 s, doubling up to a minute). The emulator's lifecycles last seconds (training
10 s, publishing 3 s, deploying 5 s), so this run polls at least every 2 s.
"""


def poll_sleep(seconds: float) -> None:
    time.sleep(min(seconds, POLL_CAP))


@dataclass
class Run:
    """What this run created, and how long each stage took."""

    name: str
    job_id: int | None = None
    version_id: int | None = None
    model_id: str | None = None
    service_id: str | None = None
    prediction: str | None = None
    took: dict[str, float] = field(default_factory=dict)
    deleted: list[str] = field(default_factory=list)


def step(text: str) -> None:
    print(f"\n== {text}", flush=True)


def show(label: str, value: object) -> None:
    print(f"  {label:<10} {value}", flush=True)


def train(session: Session, run: Run) -> None:
    step("1/6 train: create a training job and follow its log")
    started = time.monotonic()
    job = session.call(
        "create_training_job",
        body={
            "job_name": run.name,
            "job_desc": "trained by examples/quickstart.py",
            "config": {
                "worker_server_num": 1,
                "app_url": "/quickstart/code/",
                "boot_file_url": "/quickstart/code/train.py",
                "data_url": "/quickstart/data/",
                "train_url": f"/quickstart/output/{run.name}/",
                "spec_id": 1,  # modelarts.vm.cpu.2u (list_job_resource_specs)
                "engine_id": 1,  # TensorFlow (list_job_engine_specs)
                "parameter": [{"label": "learning_rate", "value": "0.01"}],
            },
        },
    )
    # Answer fields are optional in the spec (`int | Unset`): a successful create carries both ids.
    assert isinstance(job.job_id, int) and isinstance(job.version_id, int)
    run.job_id, run.version_id = job.job_id, job.version_id
    show("job", f"{job.job_name}: job {job.job_id}, version {job.version_name} (id {job.version_id})")
    show("status", describe_job_status(job.status))
    for line in session.follow_training_log(job.job_id, job.version_id, poll_interval=1.0):
        print(f"  | {line}", flush=True)
    done = session.wait("get_training_job_version", job_id=job.job_id, version_id=job.version_id, timeout=120)
    run.took["train"] = time.monotonic() - started
    show("status", describe_job_status(done.status))
    ran = f"{done.duration / 1000:.1f} s" if isinstance(done.duration, int) else "an unknown time"
    show("ran", f"{ran} on {done.spec_code}, {done.engine_name} {done.engine_version}")
    show("output", done.train_url)


def publish(session: Session, run: Run) -> None:
    step("2/6 publish: import the training output as a model")
    assert run.job_id is not None and run.version_id is not None
    trained = session.call("get_training_job_version", job_id=run.job_id, version_id=run.version_id)
    assert isinstance(trained.train_url, str) and isinstance(trained.version_name, str)
    started = time.monotonic()
    created = session.call(
        "create_model",
        body={
            "model_name": run.name,
            "model_version": "1.0.0",
            "source_location": trained.train_url,
            "source_job_id": str(trained.job_id),
            "source_job_version": trained.version_name,
            "model_type": "TensorFlow",  # the engine the job ran on (engine_id 1)
            "description": "published by examples/quickstart.py",
        },
    )
    assert isinstance(created.model_id, str)
    run.model_id = created.model_id
    first = session.call("get_model", model_id=created.model_id)
    show("model", f"{first.model_name} {first.model_version} (id {first.model_id})")
    show("source", f"{first.source_location} (job {first.source_job_id}, {first.source_job_version})")
    model = session.wait("get_model", model_id=created.model_id, timeout=120, sleep=poll_sleep)
    run.took["publish"] = time.monotonic() - started
    show("status", f"{first.model_status} -> {model.model_status} in {run.took['publish']:.1f} s")
    show("image", model.image_address)


def deploy(session: Session, run: Run) -> None:
    step("3/6 deploy: a real-time service from the model")
    started = time.monotonic()
    assert run.model_id is not None
    created = session.call(
        "create_service",
        body={
            "service_name": run.name,
            "description": "deployed by examples/quickstart.py",
            "infer_type": "real-time",
            "config": [
                {"model_id": run.model_id, "weight": 100, "specification": "modelarts.vm.cpu.2u", "instance_count": 1}
            ],
        },
    )
    assert isinstance(created.service_id, str)
    run.service_id = created.service_id
    first = session.call("get_service", service_id=created.service_id)
    show("service", f"{first.service_name} (id {first.service_id})")
    service = session.wait("get_service", service_id=created.service_id, timeout=120, sleep=poll_sleep)
    run.took["deploy"] = time.monotonic() - started
    show("status", f"{first.status} -> {service.status} in {run.took['deploy']:.1f} s")
    show("address", service.access_address)
    for item in service.config or []:
        assert isinstance(item, ServiceConfigRealTimeDetail)  # the service was created as real-time
        model = f"{item.model_name} {item.model_version}"
        show("serves", f"{model}: {item.weight} % of the traffic, {item.instance_count} x {item.specification}")
    events = list(session.paginate("list_service_events", service_id=created.service_id, order="asc"))
    times = [event.occur_time if isinstance(event.occur_time, int) else 0 for event in events]
    for event, at in zip(events, times, strict=True):
        show("event", f"{(at - times[0]) / 1000:>4.1f} s  {event.event_info}")


def predict(session: Session, run: Run) -> None:
    step("4/6 predict: send the service a request and read its answer")
    assert run.service_id is not None
    data = {"instances": [[5.1, 3.5, 1.4, 0.2], [6.7, 3.0, 5.2, 2.3]]}
    show("input", json.dumps(data))
    # What a model answers is its own; the emulator's toy model classifies each input by a fixed
    # rule (emulator/modelarts_emulator/inference.py). A real model's answer is read the same way.
    answer = session.predict(run.service_id, data=data)
    for prediction in answer["predictions"]:
        run.prediction = f"{prediction['label']} ({prediction['score']})"
        show("answer", f"{run.prediction} for input of shape {prediction['shape']['instances']}")
    show("model", f"{answer['model_name']} {answer['model_version']} answered")


def list_resources(session: Session, run: Run) -> None:
    step("5/6 list: this run's resources, as the project lists them")
    for job in session.paginate("list_training_jobs", search_content=run.name):
        show("job", f"{job.job_name:<18} {describe_job_status(job.status)}")
    for model in session.paginate("list_models", model_name=run.name):
        show("model", f"{model.model_name:<18} {model.model_version}, {model.model_status}")
    for service in session.paginate("list_services", service_name=run.name):
        show("service", f"{service.service_name:<18} {service.infer_type}, {service.status}")


def remove(session: Session, run: Run, label: str, delete: str, read: str, **ids: object) -> None:
    """Delete one resource and check that reading it now answers 404; report, never raise.

    The operations are named at run time, so they are looked up first: calls through a looked-up
    operation are not checked statically (a name written out in the call is).
    """
    try:
        session.call(resolve_operation(delete), **ids)
        session.call(resolve_operation(read), **ids)
    except NotFoundError as gone:
        show(label, f"deleted (a read now answers {gone.status_code} {gone.error_code})")
        run.deleted.append(label)
    except ModelArtsError as error:
        show(label, f"not deleted: {error}")
    else:
        show(label, "still there after the delete")


def clean_up(session: Session, run: Run) -> None:
    """Delete whatever this run created, the service first (a deployed model cannot be deleted)."""
    step("6/6 clean up: delete the service, the model and the job")
    if run.job_id is None:
        show("nothing", "was created")
        return
    if run.service_id is not None:
        remove(session, run, "service", "delete_service", "get_service", service_id=run.service_id)
    if run.model_id is not None:
        remove(session, run, "model", "delete_model", "get_model", model_id=run.model_id)
    remove(session, run, "job", "delete_training_job", "list_training_job_versions", job_id=run.job_id)
    try:
        jobs = [j for j in session.paginate("list_training_jobs", search_content=run.name) if j.job_name == run.name]
        models = list(session.paginate("list_models", model_name=run.name))
        services = list(session.paginate("list_services", service_name=run.name))
        show("left", f"{len(jobs)} job(s), {len(models)} model(s), {len(services)} service(s) named {run.name}")
    except ModelArtsError as error:
        show("left", f"unknown: {error}")


def main() -> int:
    run = Run(name=f"quickstart-{uuid.uuid4().hex[:6]}")
    with Session.from_env() as session:
        show("endpoint", session.endpoint)
        show("project", session.project_id)
        show("run", f"{run.name} (the name of everything this run creates)")
        try:
            train(session, run)
            publish(session, run)
            deploy(session, run)
            predict(session, run)
            list_resources(session, run)
        finally:
            clean_up(session, run)
    step("summary")
    show("trained", f"{run.name} in {run.took['train']:.1f} s (training job {run.job_id})")
    show("published", f"{run.name} 1.0.0 in {run.took['publish']:.1f} s (model)")
    show("deployed", f"{run.name} in {run.took['deploy']:.1f} s (real-time service, reached running)")
    show("predicted", f"{run.prediction} (the service's answer)")
    show("deleted", ", ".join(run.deleted) or "nothing")
    return 0 if run.deleted == ["service", "model", "job"] else 1


if __name__ == "__main__":
    started = time.monotonic()
    try:
        code = main()
    except ModelArtsError as error:
        print(f"\nModelArts refused a call: {error}", file=sys.stderr)
        code = 1
    except WaiterError as error:
        print(f"\nA wait ended early: {error}", file=sys.stderr)
        code = 1
    print(f"\ndone in {time.monotonic() - started:.1f} s")
    raise SystemExit(code)
