"""Quickstart: train, watch and clean up with the ModelArts client.

Reads its settings from the environment, as an application would:
HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK, HUAWEICLOUD_SDK_PROJECT_ID, HUAWEICLOUD_SDK_REGION and,
for the local emulator, MODELARTS_ENDPOINT. `make demo` runs it against the bundled emulator.
"""

from __future__ import annotations

import sys
import time
import uuid

from modelarts_overlays import ModelArtsError, NotFoundError, Session, describe_job_status


def step(text: str) -> None:
    print(f"\n== {text}", flush=True)


def main() -> int:
    session = Session.from_env()
    print(f"session: {session!r}")
    suffix = uuid.uuid4().hex[:6]

    step("create three training jobs, one per learning rate")
    jobs = []
    for rate in ("0.1", "0.01", "0.001"):
        job = session.call(
            "create_training_job",
            body={
                "job_name": f"quickstart-{suffix}-lr{rate.replace('.', '_')}",
                "job_desc": "trained by examples/quickstart.py",
                "config": {
                    "worker_server_num": 1,
                    "app_url": "/quickstart/code/",
                    "boot_file_url": "/quickstart/code/train.py",
                    "data_url": "/quickstart/data/",
                    "train_url": f"/quickstart/output/lr{rate}/",
                    "spec_id": 1,
                    "engine_id": 1,
                    "parameter": [{"label": "learning_rate", "value": rate}],
                },
            },
        )
        jobs.append(job)
        print(f"job {job.job_id} version {job.version_id}: {describe_job_status(job.status)}")
    created = jobs[0]

    step("list training jobs, two per page")
    for number, page in enumerate(session.pages("list_training_jobs", page_size=2), start=1):
        print(f"  page {number} ({page.job_total_count} jobs in all)")
        for job in page.jobs:
            print(f"    {job.job_id:>4}  {job.job_name:<30} {describe_job_status(job.status)}")

    step("follow the job's log while it runs")
    for line in session.follow_training_log(created.job_id, created.version_id, poll_interval=1.0):
        print(f"  | {line}")

    step("wait for every job to finish")
    for job in jobs:
        final = session.wait("get_training_job_version", job_id=job.job_id, version_id=job.version_id, timeout=120)
        print(f"  job {job.job_id}: {describe_job_status(final.status)}, ran {final.duration} ms")

    step("models, services and workspaces in this project")
    models = list(session.paginate("list_models", max_items=20))
    services = list(session.paginate("list_services", max_items=20))
    workspaces = list(session.paginate("list_workspaces", max_items=20))
    print(f"  {len(models)} model(s), {len(services)} service(s)")
    for workspace in workspaces:
        print(f"  workspace {workspace.id!s:<34} {workspace.name} ({workspace.status})")

    step("delete what this run created")
    for job in jobs:
        session.call("delete_training_job", job_id=job.job_id)
        try:
            session.call("get_training_job_version", job_id=job.job_id, version_id=job.version_id)
        except NotFoundError as gone:
            print(f"  job {job.job_id} deleted (a read now answers {gone.status_code} {gone.error_code})")
    session.close()
    return 0


if __name__ == "__main__":
    started = time.monotonic()
    try:
        code = main()
    except ModelArtsError as error:
        print(f"\nModelArts refused a call: {error}", file=sys.stderr)
        code = 1
    print(f"\ndone in {time.monotonic() - started:.1f} s")
    raise SystemExit(code)
