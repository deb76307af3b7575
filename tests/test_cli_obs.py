"""``modelarts obs cp``, run as a user runs it (the installed console script), against the local OBS.

A folder up and back byte for byte, ``--no-keep-last-dir``, ``--output json``, the OBS endpoint from
a flag and from a profile (which ``configure`` keeps), each failure's exit code and one-line message
(a wrong path, a missing object, a refused key, the ``obs`` extra missing), a password session with a
temporary key from the emulator's IAM, and,
in a real pseudo-terminal, the progress bar and the summary line.

The environment holds a key pair and project of no one (the local OBS checks no signature), the
local OBS's endpoint, and a profile file that does not exist, so no profile of the machine is read.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pexpect
import pytest

from modelarts_emulator.local_obs import LocalObs
from modelarts_emulator.pytest_plugin import EmulatorHandle

from .cli_support import SCRIPT, Run

TREE = {
    "a.txt": b"first file\n",
    "sub/b.bin": bytes(range(256)) * 40,
    "sub/deeper/c.json": b'{"weights": [1, 2, 3]}',
}
SECRET_KEY = "cli-obs-secret-key"


@dataclass
class ObsCli:
    """The console script with the local OBS as its OBS endpoint, in a home of its own."""

    local_obs: LocalObs
    home: Path

    def env(self, extra: Mapping[str, str] | None = None) -> dict[str, str]:
        env = {
            key: value for key, value in os.environ.items() if not key.startswith(("HUAWEICLOUD_SDK_", "MODELARTS_"))
        }
        env.update(
            {
                "HOME": str(self.home),
                "XDG_CACHE_HOME": str(self.home / "cache"),  # the transfers' checkpoints
                "COLUMNS": "160",
                "NO_COLOR": "1",
                "HUAWEICLOUD_SDK_AK": "cli-obs-access-key",
                "HUAWEICLOUD_SDK_SK": SECRET_KEY,
                "HUAWEICLOUD_SDK_PROJECT_ID": "cli-obs-project",
                "MODELARTS_OBS_ENDPOINT": self.local_obs.url,
                "MODELARTS_CONFIG_FILE": str(self.home / "no-such-config"),
            }
        )
        env.update(extra or {})
        return {key: value for key, value in env.items() if value}  # "" removes a variable

    def run(self, *args: str, env: Mapping[str, str] | None = None) -> Run:
        done = subprocess.run(
            [str(SCRIPT), *args], capture_output=True, text=True, env=self.env(env), cwd=self.home, timeout=60
        )
        assert SECRET_KEY not in done.stdout + done.stderr, "a secret reached the terminal"
        assert "Traceback" not in done.stderr, done.stderr
        return Run(done.returncode, done.stdout, done.stderr)

    def ok(self, *args: str, **extra: Mapping[str, str]) -> Run:
        result = self.run(*args, **extra)
        assert result.code == 0, f"exit {result.code}\n{result.err}"
        return result


@pytest.fixture
def cli(local_obs: LocalObs, tmp_path: Path) -> ObsCli:
    return ObsCli(local_obs, tmp_path)


@pytest.fixture
def bucket(local_obs: LocalObs) -> str:
    return local_obs.new_bucket("cli-obs")


def make_tree(root: Path) -> Path:
    for relative, data in TREE.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root


def read_tree(root: Path) -> dict[str, bytes]:
    return {path.relative_to(root).as_posix(): path.read_bytes() for path in root.rglob("*") if path.is_file()}


def test_a_folder_goes_up_and_comes_back_byte_for_byte(cli: ObsCli, local_obs: LocalObs, bucket: str) -> None:
    make_tree(cli.home / "data")
    up = cli.ok("obs", "cp", "data", f"obs://{bucket}/datasets/")
    assert up.out == "" and up.err == f"3 files, 10.3 kB uploaded to obs://{bucket}/datasets/\n"
    assert local_obs.object_keys(bucket) == sorted(f"datasets/data/{relative}" for relative in TREE)

    down = cli.ok("obs", "cp", f"obs://{bucket}/datasets/data/", "./back/")
    assert down.err == "3 files, 10.3 kB downloaded to ./back/\n"
    assert read_tree(cli.home / "back" / "data") == TREE


def test_no_keep_last_dir_copies_the_folders_contents_only(cli: ObsCli, local_obs: LocalObs, bucket: str) -> None:
    make_tree(cli.home / "data")
    cli.ok("obs", "cp", "--no-keep-last-dir", "data", f"obs://{bucket}/v2/")
    assert local_obs.object_keys(bucket) == sorted(f"v2/{relative}" for relative in TREE)
    cli.ok("obs", "cp", f"obs://{bucket}/v2", "flat", "--no-keep-last-dir")
    assert read_tree(cli.home / "flat") == TREE


def test_json_output_lists_every_file_moved(cli: ObsCli, bucket: str) -> None:
    make_tree(cli.home / "data")
    done = cli.ok("obs", "cp", "data", f"obs://{bucket}/", "-o", "json")
    assert done.err == ""  # no summary line, and no progress bar in a pipe
    moved = json.loads(done.out)
    assert moved == [
        {"source": f"data/{relative}", "destination": f"obs://{bucket}/data/{relative}", "size": len(data)}
        for relative, data in sorted(TREE.items())
    ]
    one = json.loads(cli.ok("-o", "json", "obs", "cp", f"obs://{bucket}/data/a.txt", "back/copy.txt").out)
    assert one == [{"source": f"obs://{bucket}/data/a.txt", "destination": "back/copy.txt", "size": len(TREE["a.txt"])}]
    assert (cli.home / "back" / "copy.txt").read_bytes() == TREE["a.txt"]


def test_a_file_downloads_into_the_current_folder(cli: ObsCli, local_obs: LocalObs, bucket: str) -> None:
    local_obs.put_object(bucket, "models/a.txt", TREE["a.txt"])
    done = cli.run("obs", "cp", f"obs://{bucket}/models/a.txt", ".")
    assert done.code == 0, done.err
    assert (cli.home / "a.txt").read_bytes() == TREE["a.txt"]
    assert sorted(p.name for p in cli.home.iterdir() if p.name.endswith("obs-download")) == []


def test_an_unreachable_obs_exits_with_the_network_code(cli: ObsCli) -> None:
    (cli.home / "f.txt").write_bytes(b"x")
    done = cli.run("obs", "cp", "f.txt", "obs://some-bucket/d/", "--obs-endpoint", "http://127.0.0.1:1")
    assert done.code == 3, done.err
    assert "cannot reach OBS" in done.err and "Traceback" not in done.err


def test_the_obs_endpoint_comes_from_the_flag_or_a_profile(cli: ObsCli, local_obs: LocalObs, bucket: str) -> None:
    (cli.home / "f.txt").write_bytes(b"x")
    no_env = {"MODELARTS_OBS_ENDPOINT": ""}
    cli.ok("obs", "cp", "f.txt", f"obs://{bucket}/flag/", "--obs-endpoint", local_obs.url, env=no_env)
    config = cli.home / "config"
    config.write_text(f"[obs]\nobs_endpoint = {local_obs.url}\n", encoding="utf-8")
    profile = ["--profile", "obs", "--config-file", str(config)]
    cli.ok(*profile, "obs", "cp", "f.txt", f"obs://{bucket}/profile/", env=no_env)
    assert local_obs.object_keys(bucket) == ["flag/f.txt", "profile/f.txt"]


def test_configure_keeps_a_profiles_obs_endpoint(cli: ObsCli, local_obs: LocalObs) -> None:
    config = cli.home / "config"
    config.write_text(f"[default]\naccess_key = old\nobs_endpoint = {local_obs.url}\n", encoding="utf-8")
    answers = "\n".join(["new-ak", "new-sk", "project", "", ""]) + "\n"
    done = subprocess.run(
        [str(SCRIPT), "configure", "--config-file", str(config)],
        input=answers,
        capture_output=True,
        text=True,
        env=cli.env(),
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    written = config.read_text(encoding="utf-8")
    assert "access_key = new-ak" in written and f"obs_endpoint = {local_obs.url}" in written


def test_two_local_paths_are_a_usage_error(cli: ObsCli) -> None:
    make_tree(cli.home / "data")
    done = cli.run("obs", "cp", "data", "elsewhere")
    assert done.code == 2
    assert "exactly one path must start with obs://" in done.err
    assert not (cli.home / "elsewhere").exists()


def test_a_missing_object_exits_1_with_the_404_on_one_line(cli: ObsCli, bucket: str) -> None:
    done = cli.run("obs", "cp", f"obs://{bucket}/no/such/model.bin", "./out/")
    assert done.code == 1 and done.out == ""
    assert done.err.count("\n") == 1 and done.err.startswith("modelarts: error: ")
    assert "404" in done.err and f"obs://{bucket}/no/such/model.bin" in done.err


def test_a_key_that_would_land_outside_the_folder_fails_the_transfer(
    cli: ObsCli, local_obs: LocalObs, bucket: str
) -> None:
    local_obs.put_object(bucket, "out/../../escape.txt", b"nope")
    done = cli.run("obs", "cp", f"obs://{bucket}/out/", "./down/")
    assert done.code == 1 and done.err.count("\n") == 1
    assert done.err.startswith("modelarts: transfer failed: refusing to download")
    assert not (cli.home / "down").exists()


def test_a_password_session_moves_files_with_a_temporary_key(
    cli: ObsCli, bucket: str, local_obs: LocalObs, modelarts_emulator: EmulatorHandle
) -> None:
    (cli.home / "f.txt").write_bytes(b"x")
    password_only = {
        "HUAWEICLOUD_SDK_AK": "",
        "HUAWEICLOUD_SDK_SK": "",
        "HUAWEICLOUD_SDK_USERNAME": modelarts_emulator.user,
        "HUAWEICLOUD_SDK_PASSWORD": modelarts_emulator.password,
        "HUAWEICLOUD_SDK_IAM_ENDPOINT": modelarts_emulator.url,
    }
    local_obs.clear_requests()
    cli.ok("obs", "cp", "f.txt", f"obs://{bucket}/pw/", env=password_only)
    assert local_obs.get_object(bucket, "pw/f.txt") == b"x"
    sent = [r for r in local_obs.requests if r.method == "PUT"]
    assert sent and sent[0].headers.get("x-amz-security-token") == "***"

    wrong = {**password_only, "HUAWEICLOUD_SDK_PASSWORD": "not-the-password"}
    done = cli.run("obs", "cp", "f.txt", f"obs://{bucket}/pw2/", env=wrong)
    assert done.code == 1 and "not-the-password" not in done.err and done.err.count("\n") == 1


def test_without_the_obs_extra_it_says_what_to_install_in_one_line(cli: ObsCli, bucket: str) -> None:
    shadow = cli.home / "no-obs-sdk" / "obs"  # an `obs` package that is not there, ahead of the real one
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text("raise ModuleNotFoundError(\"No module named 'obs'\", name='obs')\n")
    (cli.home / "f.txt").write_bytes(b"x")
    done = cli.run("obs", "cp", "f.txt", f"obs://{bucket}/", env={"PYTHONPATH": str(shadow.parent)})
    assert done.code == 2
    assert done.err.count("\n") == 1 and "pip install 'modelarts-client[obs]'" in done.err


# -- at a terminal ---------------------------------------------------------------------------------


def test_a_progress_bar_at_a_terminal_then_the_summary(cli: ObsCli, local_obs: LocalObs, bucket: str) -> None:
    data = os.urandom(12 * 1024 * 1024)  # above the 8 MiB part size: a multipart upload, parts in threads
    (cli.home / "model.bin").write_bytes(data)
    env = cli.env({"TERM": "xterm-256color"})
    env.pop("NO_COLOR")
    child = pexpect.spawn(
        str(SCRIPT),
        ["obs", "cp", "model.bin", f"obs://{bucket}/models/"],
        env=env,
        cwd=str(cli.home),
        encoding="utf-8",
        timeout=30,
        dimensions=(40, 140),
    )
    child.logfile_read = io.StringIO()
    child.expect("uploading")
    child.expect("100%")
    child.expect(f"1 file, 12.6 MB uploaded to obs://{bucket}/models/model.bin")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    seen = child.logfile_read.getvalue()
    assert "12.6/12.6 MB" in seen and "━" in seen and "MB/s" in seen
    assert SECRET_KEY not in seen and "Traceback" not in seen
    assert local_obs.get_object(bucket, "models/model.bin") == data
