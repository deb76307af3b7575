"""The ``modelarts`` console script, run as a user runs it, against the emulator.

Every ``ma-cli ma-job`` command, a generated command of each chapter of the spec, ``--output json``
parsed back and compared with the API's own answer, paging and waiting, exit codes, credentials
from profiles, and a bad credential. The terminal behaviour (live output, Ctrl-C) is in
``test_cli_terminal.py``.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import stat
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from modelarts_emulator.pytest_plugin import EmulatorHandle
from modelarts_overlays import AkSkAuth
from modelarts_overlays.operations import operation_entries

from .cli_support import SCRIPT, Cli, job_flags
from .conftest import ROOT, operations
from .test_emulator_crash_consistency import TRAINING_CONFIG
from .test_emulator_service_tasks import edge_service, task_body
from .test_inference import PNG, deploy

pytestmark = pytest.mark.usefixtures("modelarts_emulator")


@pytest.fixture
def cli(modelarts_emulator: EmulatorHandle, tmp_path: Path) -> Iterator[Cli]:
    yield Cli(modelarts_emulator, tmp_path)


def submitted(cli: Cli, *extra: str) -> str:
    created = cli.json("job", "submit", *job_flags(f"cli-{uuid.uuid4().hex[:6]}", *extra))
    job_id = created["metadata"]["id"]
    assert isinstance(job_id, str)
    return job_id


# -- the ma-cli ma-job commands --------------------------------------------------------------------


def test_every_ma_job_command_against_the_emulator(cli: Cli) -> None:
    flavors = cli.json("job", "get-flavor", "--flavor-type", "CPU")["flavors"]
    assert {f["flavor_type"] for f in flavors} == {"CPU"} and "modelarts.vm.cpu.8u" in cli.ok("job", "get-flavor").out
    engines = cli.json("job", "get-engine", "-n", "tensorflow")["items"]
    assert engines and all("tensorflow" in e["engine_name"].lower() for e in engines)
    assert "TensorFlow" in cli.ok("job", "get-engine").out

    job_id = submitted(cli)
    shown = cli.ok("job", "get-job", "-i", job_id).out
    assert job_id in shown and "Creating" in shown and "modelarts.vm.cpu.8u" in shown
    listed = cli.json("job", "get-job", "-n", "cli-")
    assert [item["metadata"]["id"] for item in listed["items"]] == [job_id]
    assert job_id in cli.ok("job", "get-job").out

    cli.emulator.advance(8)  # created, pending, a few seconds of running
    assert cli.json("job", "get-job", "-i", job_id)["status"]["phase"] == "Running"
    log = cli.ok("job", "get-log", "-i", job_id).out
    assert "[worker-0] step 1 loss=" in log
    assert cli.json("job", "get-log", "-i", job_id, "--task-id", "worker-0")["content"].startswith(
        log.rstrip("\n")[:20]
    )
    events = cli.json("job", "get-event", "-i", job_id)["events"]
    assert events and {"time", "level", "message"} <= set(events[0])
    assert "Level" in cli.ok("job", "get-event", "-i", job_id).out

    pools = cli.json("job", "get-pool")["items"]
    name = pools[0]["metadata"]["name"]
    assert cli.json("job", "get-pool", "-n", name)["metadata"]["name"] == name
    assert name in cli.ok("job", "get-pool").out

    refused = cli.run("job", "stop", "-i", job_id)  # no terminal to confirm on, no --yes
    assert refused.code == 2 and "--yes" in refused.err
    cli.ok("job", "stop", "-i", job_id, "--yes")
    cli.emulator.advance(5)
    assert cli.json("job", "get-job", "-i", job_id)["status"]["phase"] == "Terminated"
    cli.ok("job", "delete", "-i", job_id, "-y")
    gone = cli.run("job", "get-job", "-i", job_id)
    assert gone.code == 1 and "HTTP 404" in gone.err and gone.err.count("\n") == 1


def test_submit_waits_and_follows_until_the_job_ends(cli: Cli) -> None:
    name = f"cli-wait-{uuid.uuid4().hex[:6]}"
    process = cli.start("job", "submit", *job_flags(name, "--follow", "--poll-interval", "0.1"))
    done = cli.finish(process)
    assert done.code == 0, done.err
    assert "[worker-0] step 10 loss=" in done.out and "Completed" in done.out
    assert f"({name})" in done.err and ": Completed" in done.err


def test_a_job_that_fails_under_wait_exits_4_and_shows_where_it_ended(cli: Cli) -> None:
    name = f"cli-fail-{uuid.uuid4().hex[:6]}"
    flags = job_flags(name, "--env-variables", "EMULATOR_EXIT_CODE=3", "--wait", "--poll-interval", "0.1", "-o", "json")
    done = cli.finish(cli.start("job", "submit", *flags))
    assert done.code == 4, done.err
    assert json.loads(done.out)["status"]["phase"] == "Failed"
    assert "wait ended" in done.err and "Failed" in done.err


def test_submit_from_a_job_file_with_flags_winning(cli: Cli, tmp_path: Path) -> None:
    job_file = tmp_path / "job.yaml"
    job_file.write_text(
        yaml.safe_dump(
            {
                "job_name": "from-file",
                "code_dir": "obs://bucket/code/",
                "boot_file": "obs://bucket/code/train.py",
                "engine_name": "TensorFlow",
                "engine_version": "tensorflow_2.1.0-cuda_10.1-py_3.7-ubuntu_18.04-x86_64",
                "flavor": "modelarts.vm.cpu.2u",
                "parameters": {"epochs": "3", "lr": "0.01"},
                "outputs": {"train_url": "obs://bucket/out/"},
                "env-variables": ["A=1"],
            }
        )
    )
    body = cli.json("job", "submit", str(job_file), "--flavor", "modelarts.vm.cpu.8u", "--dry-run")
    assert body["metadata"] == {"name": "from-file"}
    assert body["spec"]["resource"] == {"flavor_id": "modelarts.vm.cpu.8u", "node_count": 1}
    assert body["algorithm"]["parameters"] == [{"name": "epochs", "value": "3"}, {"name": "lr", "value": "0.01"}]
    assert body["algorithm"]["outputs"] == [{"name": "train_url", "remote": {"obs": {"obs_url": "obs://bucket/out/"}}}]
    assert body["algorithm"]["environments"] == {"A": "1"}
    name = f"file-{uuid.uuid4().hex[:6]}"
    created = cli.json("job", "submit", str(job_file), "--job-name", name)
    assert created["metadata"]["name"] == name
    with cli.session() as same_project:
        fetched = same_project.call_json("get_training_job_v2", training_job_id=created["metadata"]["id"])
    assert fetched["spec"]["resource"]["flavor_id"] == "modelarts.vm.cpu.2u"

    (tmp_path / "bad.yaml").write_text("job_name: x\nflavour: typo\n")
    bad = cli.run("job", "submit", str(tmp_path / "bad.yaml"))
    assert bad.code == 2 and "flavour" in bad.err
    assert cli.run("job", "submit", "--code-dir", "obs://b/").code == 2  # no name, no flavor


# -- generated commands ----------------------------------------------------------------------------

# One read-only command per chapter (tag) of the spec, with the arguments it needs.
CHAPTER_COMMANDS: dict[str, list[str]] = {
    "algorithms-v2": ["list-algorithms-v2"],
    "datasets-v2": ["list-datasets-v2"],
    # The other dataset chapters read one dataset: see test_the_dataset_chapters_read_a_dataset.
    "dataset-versions-v2": [],
    "dataset-samples-v2": [],
    "dataset-labels-v2": [],
    "dataset-import-tasks-v2": [],
    "dataset-export-tasks-v2": [],
    "development-environment": ["list-devenv-instances", "--de-type", "Notebook"],
    "hyperparameter-search-v2": ["list-search-algorithms-v2"],
    "iam": [],  # its one operation creates a token: see test_the_iam_chapter_logs_in
    "lite-servers": ["list-dev-server-flavors", "--server-type", "BMS"],
    "lite-server-supernodes": ["list-supernodes"],
    "models": ["list-models"],
    "resource-and-engine-specifications": ["list-job-engine-specs"],
    "resource-pools-v2": ["list-pools-v2"],
    "services": ["list-service-specifications"],
    "service-tasks": [],  # its operations need an edge service: see test_service_tasks_from_the_command_line
    "training-flavors-and-engines-v2": ["list-training-engines-v2"],
    "training-job-configurations": ["list-training-job-configs"],
    "training-jobs": ["list-training-jobs"],
    "training-jobs-v2": ["list-training-jobs-v2", "--body", "{}"],
    "visualization-jobs": ["list-visualization-jobs"],
    "workspaces": ["list-workspaces"],
}


def test_every_operation_of_the_spec_is_a_command_with_an_option_per_parameter() -> None:
    from click.testing import CliRunner

    from modelarts_cli.app import root
    from modelarts_cli.spec_commands import slug

    runner = CliRunner()
    for _, _, op in operations():
        operation_id = op["operationId"]
        entry = operation_entries()[operation_id]
        shown = runner.invoke(root, [slug(entry["tag"]), slug(operation_id), "--help"])
        assert shown.exit_code == 0, shown.output
        assert op["summary"] in " ".join(shown.output.split())
        wanted = [f"--{slug(p['name'])}" for p in entry["parameters"]]
        wanted += ["--body", "--body-file"] if "requestBody" in op else []
        wanted += ["--all", "--max-items"] if "x-pagination" in op else []
        wanted += ["--wait", "--until"] if "x-waiter" in op else []
        assert all(flag in shown.output for flag in wanted), (operation_id, wanted)


def test_every_chapter_of_the_spec_is_a_command_group(cli: Cli) -> None:
    listed = cli.ok("--help").out
    assert all(chapter in listed for chapter in CHAPTER_COMMANDS)
    from modelarts_cli.spec_commands import chapter_names

    assert set(chapter_names()) == set(CHAPTER_COMMANDS)


@pytest.mark.parametrize("chapter", [c for c, args in CHAPTER_COMMANDS.items() if args])
def test_a_generated_command_of_each_chapter_prints_the_apis_json(cli: Cli, chapter: str) -> None:
    command, *args = CHAPTER_COMMANDS[chapter]
    printed = cli.json(chapter, command, *args)
    operation_id = command.replace("-", "_")
    params: dict[str, Any] = {}
    for flag, value in zip(args[::2], args[1::2], strict=True):
        params[flag[2:].replace("-", "_")] = json.loads(value) if flag == "--body" else value
    with cli.session() as same_project:
        assert printed == same_project.call_json(operation_id, **params)
    table = cli.ok(chapter, command, *args)
    assert table.out.strip() or table.err.strip()


DATASET_CHAPTER_COMMANDS = {
    "dataset-versions-v2": "list-dataset-versions-v2",
    "dataset-samples-v2": "list-dataset-samples-v2",
    "dataset-labels-v2": "list-dataset-labels-v2",
    "dataset-import-tasks-v2": "list-dataset-import-tasks-v2",
    "dataset-export-tasks-v2": "list-dataset-export-tasks-v2",
}


def test_the_dataset_chapters_read_a_dataset(cli: Cli) -> None:
    body = {
        "dataset_name": "cli-pets",
        "data_sources": [{"data_path": "/cli-bucket/in/"}],
        "work_path": "/cli-bucket/out/",
        "work_path_type": 0,
        "labels": [{"name": "cat", "type": 0}],
    }
    created = cli.json("datasets-v2", "create-dataset-v2", "--body", json.dumps(body))
    dataset_id = created["dataset_id"]
    assert set(DATASET_CHAPTER_COMMANDS) | {"datasets-v2"} == {c for c in CHAPTER_COMMANDS if c.startswith("dataset")}
    with cli.session() as same_project:
        for chapter, command in DATASET_CHAPTER_COMMANDS.items():
            printed = cli.json(chapter, command, "--dataset-id", dataset_id)
            assert printed == same_project.call_json(command.replace("-", "_"), dataset_id=dataset_id)
    labels = cli.ok("dataset-labels-v2", "list-dataset-labels-v2", "--dataset-id", dataset_id)
    assert "cat" in labels.out


def test_the_iam_chapter_logs_in(cli: Cli, tmp_path: Path) -> None:
    body = tmp_path / "login.json"
    body.write_text(
        json.dumps(
            {
                "auth": {
                    "identity": {
                        "methods": ["password"],
                        "password": {
                            "user": {
                                "name": cli.emulator.user,
                                "password": cli.emulator.password,
                                "domain": {"name": cli.emulator.user},
                            }
                        },
                    },
                    "scope": {"project": {"id": cli.project_id}},
                }
            }
        )
    )
    # IAM's operations go to the IAM endpoint, not to the ModelArts one.
    token = cli.json("iam", "create-iam-token", "--body-file", str(body), "--iam-endpoint", cli.emulator.url)
    assert token["token"]["project"]["id"] == cli.project_id


def test_output_json_is_exactly_the_answer_on_the_wire(cli: Cli) -> None:
    job_id = submitted(cli)
    printed = cli.json("training-jobs-v2", "get-training-job-v2", "--training-job-id", job_id)
    auth = AkSkAuth(cli.emulator.access_key, cli.emulator.secret_key, project_id=cli.project_id)
    wire = httpx.get(f"{cli.emulator.url}/v2/{cli.project_id}/training-jobs/{job_id}", auth=auth)
    assert printed == wire.json()
    assert list(printed) == list(wire.json())  # the order of keys too


def test_all_pages_print_one_array_of_every_item(cli: Cli) -> None:
    names = sorted(f"cli-alg-{n}-{uuid.uuid4().hex[:4]}" for n in range(7))
    for name in names:
        body = json.dumps(
            {
                "metadata": {"name": name},
                "job_config": {
                    "code_dir": "obs://bucket/code/",
                    "boot_file": "obs://bucket/code/train.py",
                    "engine": {
                        "engine_name": "TensorFlow",
                        "engine_version": "tensorflow_2.1.0-cuda_10.1-py_3.7-ubuntu_18.04-x86_64",
                    },
                },
            }
        )
        cli.ok("algorithms-v2", "create-algorithm-v2", "--body", body)
    everything = cli.json("algorithms-v2", "list-algorithms-v2", "--all", "--page-size", "2")
    assert isinstance(everything, list)
    assert sorted(item["metadata"]["name"] for item in everything) == names
    first = cli.json("algorithms-v2", "list-algorithms-v2", "--all", "--page-size", "2", "--max-items", "3")
    assert len(first) == 3
    table = cli.ok("algorithms-v2", "list-algorithms-v2", "--all", "--page-size", "3")
    assert all(name in table.out for name in names) and "7 item(s)" in table.err
    nothing = cli.json("training-jobs", "list-training-jobs", "--all")
    assert nothing == []


def test_an_array_cut_short_by_an_error_is_not_valid_json(capsys: pytest.CaptureFixture[str]) -> None:
    """A script reading ``--all -o json`` must not take the pages before a failure for the whole."""
    from modelarts_cli.render import JsonArray

    with JsonArray() as out:
        out.add({"a": 1})
        out.add([2, "é"])
    assert json.loads(capsys.readouterr().out) == [{"a": 1}, [2, "é"]]
    with pytest.raises(RuntimeError), JsonArray() as out:
        out.add({"a": 1})
        raise RuntimeError("page 2 failed")
    with pytest.raises(json.JSONDecodeError):
        json.loads(capsys.readouterr().out)


def test_wait_on_a_generated_command(cli: Cli) -> None:
    job_id = submitted(cli)
    wait = ["training-jobs-v2", "get-training-job-v2", "--training-job-id", job_id, "--wait", "--poll-interval", "0.1"]
    done = cli.finish(cli.start(*wait, "-o", "json"))
    assert done.code == 0, done.err
    assert json.loads(done.out)["status"]["phase"] == "Completed"
    assert ": Completed" in done.err


LITE_SERVER = {
    "name": "cli-server",
    "flavor": "s7.small.1",
    "image_id": "e16eff65-1899-446e-baf2-0d2b6b5dd8c0",
    "key_pair_name": "KeyPair-3d6a",
    "network": {
        "vpc_id": "05982b48-a70f-43a1-a2b0-1fe36a236172",
        "subnet_id": "38cf274a-98f9-4f6f-b622-5ed0e4a3db54",
        "security_group_id": "150a2c76-1334-45f6-b28f-419f9b1d1742",
    },
}


def test_a_lite_server_is_ordered_waited_for_and_stopped_from_the_command_line(cli: Cli) -> None:
    created = cli.json("lite-servers", "create-dev-server", "--body", json.dumps(LITE_SERVER))
    assert created["status"] == "CREATING"
    get = ["lite-servers", "get-dev-server", "--server-id", created["id"], "--wait", "--poll-interval", "0.2"]
    running = cli.finish(cli.start(*get, "-o", "json"))
    assert running.code == 0, running.err
    assert json.loads(running.out)["status"] == "RUNNING"
    assert cli.json("lite-servers", "stop-dev-server", "--server-id", created["id"])["status"] == "STOPPING"
    stopped = cli.finish(cli.start(*get, "--until", "STOPPED", "-o", "json"))
    assert stopped.code == 0, stopped.err
    assert json.loads(stopped.out)["status"] == "STOPPED"
    refused = cli.run("lite-servers", "stop-dev-server", "--server-id", created["id"])
    assert refused.code == 1 and "ModelArts.0105" in refused.err  # already stopped: the API's own error


def test_predict_sends_json_a_json_file_and_an_image_to_a_running_service(cli: Cli, tmp_path: Path) -> None:
    with cli.session() as session:
        service_id = deploy(cli.emulator, session)
    data = {"instances": [[1, 2, 3]]}
    answer = cli.json("predict", service_id, "--json", json.dumps(data))
    assert answer["service_id"] == service_id and answer["predictions"][0]["shape"] == {"instances": [1, 3]}
    (tmp_path / "in.json").write_text(json.dumps(data), encoding="utf-8")
    from_file = cli.json("predict", service_id, "--json", f"@{tmp_path / 'in.json'}", "--path", "/v1/score")
    assert from_file["path"] == "/v1/score" and from_file["predictions"] == answer["predictions"]
    (tmp_path / "cat.png").write_bytes(PNG)
    image = cli.json("predict", service_id, "--image", str(tmp_path / "cat.png"))
    assert image["predictions"][0]["format"] == "png" and image["predictions"][0]["field"] == "images"
    piped = cli.run("predict", service_id, "--file", "-", "--field", "payload", stdin="some text")
    assert piped.code == 0, piped.err
    assert json.loads(piped.out)["predictions"][0]["size"] == len("some text")
    for args in (
        [service_id],  # no input
        [service_id, "--json", "{}", "--image", "x.png"],  # two inputs
        ["--json", "{}"],  # neither id nor address
        [service_id, "--json", "{not json"],
        [service_id, "--json", '"a string"'],
        [service_id, "--json", '{"x": NaN}'],
        [service_id, "--image", str(tmp_path / "missing.png")],
        [service_id, "--json", "{}", "--path", "no-slash"],
        ["--access-address", "http://elsewhere.example/v1/infers/p/s", "--json", "{}"],
    ):
        refused = cli.run("predict", *args)
        assert refused.code == 2 and "Traceback" not in refused.err, (args, refused.err)
    missing = cli.run("predict", str(uuid.uuid4()), "--json", "{}")
    assert missing.code == 1 and "ModelArts.3502" in missing.err


def test_service_tasks_from_the_command_line(cli: Cli) -> None:
    with cli.session() as session:
        service_id = edge_service(cli.emulator, session)
    body = json.dumps(task_body(name="gate"))
    created = cli.json("service-tasks", "create-service-task", "--service-id", service_id, "--body", body)
    [task] = created["tasks"]
    listed = cli.json("service-tasks", "list-service-tasks", "--service-id", service_id, "--name-like", "ga")
    assert listed["count"] == 1 and listed["tasks"][0]["id"] == task["id"]
    table = cli.ok("service-tasks", "get-service-task", "--service-id", service_id, "--task-id", task["id"])
    assert "PENDING" in table.out and "gate" in table.out
    runtimes = cli.json("models", "list-model-runtimes", "--limit", "1")
    assert [engine["ai_engine"] for engine in runtimes["engine_runtimes"]] == ["TensorFlow"]


def test_tables_show_named_codes_and_local_times(cli: Cli) -> None:
    body = json.dumps({"job_name": f"cli-v1-{uuid.uuid4().hex[:6]}", "config": TRAINING_CONFIG})
    cli.ok("training-jobs", "create-training-job", "--body", body)
    table = cli.ok("training-jobs", "list-training-jobs", env={"TZ": "Asia/Shanghai"}).out
    assert "JOBSTAT_" in table  # the status code with its name
    assert " CST" in table  # creation time in the local time zone, not epoch milliseconds


# -- configuration and credentials -----------------------------------------------------------------


def write_profile(cli: Cli, path: Path, name: str, **values: str) -> None:
    path.write_text(f"[{name}]\n" + "".join(f"{k} = {v}\n" for k, v in values.items()))
    path.chmod(0o600)


def test_credentials_from_a_named_profile(cli: Cli, tmp_path: Path) -> None:
    cli.credentials_in_env = False
    config = tmp_path / "config"
    write_profile(
        cli, config, "emu", access_key=cli.emulator.access_key, secret_key=cli.emulator.secret_key,
        project_id=cli.project_id, endpoint=cli.emulator.url,
    )  # fmt: skip
    missing = cli.run("job", "get-flavor")
    assert missing.code == 2 and "no project id" in missing.err
    env = {"MODELARTS_CONFIG_FILE": str(config)}
    assert cli.run("job", "get-flavor", "--profile", "emu", env=env).code == 0
    assert cli.run("--profile", "emu", "job", "get-flavor", env=env).code == 0
    assert cli.run("job", "get-flavor", env={**env, "MODELARTS_PROFILE": "emu"}).code == 0
    unknown = cli.run("job", "get-flavor", "--profile", "nope", env=env)
    assert unknown.code == 2 and "emu" in unknown.err  # names the profiles there are
    # a flag beats the profile: another project, seen in what the job lists
    other = f"cli-{uuid.uuid4().hex[:10]}"
    assert cli.json("job", "get-job", "--profile", "emu", "--project-id", other, env=env)["items"] == []


def test_credentials_from_the_environment_beat_the_default_profile(cli: Cli, tmp_path: Path) -> None:
    config = tmp_path / "config"
    write_profile(
        cli, config, "default", access_key="DEFAULTPROFILEAK", secret_key="default-profile-sk", project_id="x"
    )
    assert cli.run("job", "get-flavor", env={"MODELARTS_CONFIG_FILE": str(config)}).code == 0
    cli.credentials_in_env = False
    rejected = cli.run("job", "get-flavor", "--endpoint", cli.emulator.url, env={"MODELARTS_CONFIG_FILE": str(config)})
    assert rejected.code == 1 and "HTTP 401" in rejected.err


def test_a_profile_readable_by_others_is_flagged(cli: Cli, tmp_path: Path) -> None:
    config = tmp_path / "config"
    write_profile(cli, config, "default", secret_key=cli.emulator.secret_key)
    config.chmod(0o644)
    warned = cli.run("job", "get-flavor", env={"MODELARTS_CONFIG_FILE": str(config)})
    assert warned.code == 0 and "chmod 600" in warned.err


def test_a_secret_key_file_and_a_bad_credential(cli: Cli, tmp_path: Path) -> None:
    cli.credentials_in_env = False
    secret = tmp_path / "sk"
    secret.write_text(cli.emulator.secret_key + "\n")
    flags = ["--endpoint", cli.emulator.url, "--project-id", cli.project_id, "--access-key", cli.emulator.access_key]
    assert cli.run("job", "get-flavor", *flags, "--secret-key-file", str(secret)).code == 0
    assert cli.run("job", "get-flavor", *flags, "--secret-key-file", "-", stdin=cli.emulator.secret_key).code == 0
    secret.write_text("not-the-secret-key")
    bad = cli.run("job", "get-flavor", *flags, "--secret-key-file", str(secret))
    assert bad.code == 1 and "HTTP 401" in bad.err and "not-the-secret-key" not in bad.err
    half = cli.run("job", "get-flavor", *flags)  # an access key without its secret key
    assert half.code == 2 and "secret_key" in half.err


def test_configure_writes_a_private_profile(cli: Cli, tmp_path: Path) -> None:
    config = tmp_path / "profiles" / "config"
    answers = "\n".join(
        [cli.emulator.access_key, cli.emulator.secret_key, cli.project_id, "cn-north-4", cli.emulator.url]
    )
    done = cli.run("--profile", "emu", "configure", "--config-file", str(config), stdin=answers + "\n")
    assert done.code == 0, done.err
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    cli.credentials_in_env = False
    assert cli.run("job", "get-flavor", "--profile", "emu", "--config-file", str(config)).code == 0


# -- exit codes ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["job", "get-job", "--bogus"],
        ["job", "get-log"],  # --job-id is required
        ["training-jobs-v2", "create-training-job-v2"],  # the body is required
        ["training-jobs-v2", "create-training-job-v2", "--body", "{not json"],
        ["training-jobs-v2", "create-training-job-v2", "--body", '{"kind": NaN}'],
        ["training-jobs-v2", "create-training-job-v2", "--body", '{"kind": 1e999}'],
        ["training-jobs-v2", "create-training-job-v2", "--body", "[1, 2]"],
        ["training-jobs-v2", "create-training-job-v2", "--body", "[" * 5000 + "]" * 5000],
        ["training-jobs-v2", "create-training-job-v2", "--body", '{"kind": "job"}'],  # metadata missing
        ["training-jobs-v2", "create-training-job-v2", "--body-file", "/nonexistent/body.json"],
        ["training-jobs-v2", "list-training-job-events-v2", "--training-job-id", "x", "--limit", "500"],
        ["training-jobs", "list-training-jobs", "--sort-by", "nonsense"],
        ["no-such-chapter"],
    ],
)
def test_usage_errors_exit_2_without_a_traceback(cli: Cli, args: list[str]) -> None:
    failed = cli.run(*args)
    assert failed.code == 2, failed.err
    assert "Traceback" not in failed.err and "Error" in failed.err


def test_api_errors_exit_1_with_the_code_and_its_meaning_on_one_line(cli: Cli) -> None:
    failed = cli.run("training-jobs", "get-training-job-version", "--job-id", "987654", "--version-id", "1")
    assert failed.code == 1 and failed.out == ""
    (line,) = failed.err.splitlines()
    assert "HTTP 404" in line and "ModelArts.0102" in line and "Requested resource not found" in line
    bad_body = cli.run(
        "training-jobs-v2", "stop-training-job-v2", "--training-job-id", "x", "--body", '{"action_type": "x"}'
    )
    assert bad_body.code == 1 and "HTTP 400" in bad_body.err


def test_network_errors_exit_3(cli: Cli) -> None:
    failed = cli.run("job", "get-flavor", "--endpoint", "http://127.0.0.1:9")
    assert failed.code == 3 and "network error" in failed.err and "Traceback" not in failed.err


def test_a_closed_pipe_ends_quietly(cli: Cli) -> None:
    piped = subprocess.run(
        f"'{SCRIPT}' training-flavors-and-engines-v2 list-training-engines-v2 -o json | head -c 1",
        shell=True,
        capture_output=True,
        text=True,
        env=cli.env(),
        timeout=60,
    )
    assert piped.stdout == "{" and "Traceback" not in piped.stderr and "Error" not in piped.stderr


def test_shell_completion_knows_the_generated_commands(cli: Cli) -> None:
    script = cli.ok("completion", "bash").out
    assert "_MODELARTS_COMPLETE" in script
    words = {
        "COMP_WORDS": "modelarts training-jobs-v2 get-tr",
        "COMP_CWORD": "2",
        "_MODELARTS_COMPLETE": "bash_complete",
    }
    completed = cli.ok(env=words)
    assert "get-training-job-v2" in completed.out and "get-training-task-metrics-v2" in completed.out
    options = cli.ok(env={**words, "COMP_WORDS": "modelarts job get-log --", "COMP_CWORD": "3"})
    assert "--job-id" in options.out and "--follow" in options.out


# -- the README's terminal session -----------------------------------------------------------------

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
TIMES = re.compile(r"\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\]|\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [A-Z+\-0-9]+")


def readme_session() -> list[tuple[str, list[str]]]:
    """(command, the lines the README shows it printing) for the console block of "The command line"."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## The command line") : text.index("## The emulator")]
    block = section.split("```console\n", 1)[1].split("```", 1)[0]
    session: list[tuple[str, list[str]]] = []
    continued = False
    for line in block.splitlines():
        if line.startswith("$ ") or continued:
            command = line[2:] if line.startswith("$ ") else line
            if continued:
                session[-1] = (session[-1][0] + "\n" + command, [])
            else:
                session.append((command, []))
            continued = line.endswith("\\")
        else:
            session[-1][1].append(line)
    return session


def normal(text: str) -> list[str]:
    return [TIMES.sub("<time>", UUID.sub("<id>", line)).rstrip() for line in text.splitlines()]


def test_the_readme_terminal_session_runs_as_shown(cli: Cli) -> None:
    cli.credentials_in_env = False
    env = {"PATH": f"{SCRIPT.parent}{os.pathsep}{os.environ['PATH']}"}
    session = readme_session()
    assert [c.split()[:3] for c, _ in session][:3] == [
        ["modelarts", "configure", "--profile"],
        ["export", "MODELARTS_PROFILE=emulator"],
        ["modelarts", "job", "get-flavor"],
    ]
    for command, shown in session:
        if command.startswith("modelarts configure"):
            prompts = [line.split(": ", 1)[1] if ": " in line else "" for line in shown[:-1]]
            prompts[1] = cli.emulator.secret_key  # typed at the prompt, not shown
            prompts[2] = cli.project_id
            prompts[4] = cli.emulator.url
            done = cli.run(*shlex.split(command)[1:], stdin="\n".join(prompts) + "\n")
            assert done.code == 0 and normal(done.err)[-1] == shown[-1]
            continue
        if command.startswith("export "):
            name, value = command.split()[1].split("=", 1)
            env[name] = value
            continue
        if command.startswith("JOB_ID="):
            continue
        process = subprocess.Popen(
            ["sh", "-c", command], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=cli.env(env)
        )
        done = cli.finish(process)
        assert done.code == 0, done.out
        printed = normal(done.out)
        if command.startswith("modelarts job submit"):
            env["JOB_ID"] = UUID.findall(done.out)[0]
        missing = [line for line in normal("\n".join(shown)) if line != "..." and line not in printed]
        assert not missing, f"{command}\nprinted:\n{done.out}"
