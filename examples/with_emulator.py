"""Run a program against a freshly started local emulator and local OBS, then stop them.

usage: python examples/with_emulator.py PROGRAM.py [ARGS...]

The emulator is started as `python -m modelarts_emulator` on a free 127.0.0.1 port, with a local
OBS (an S3-compatible store, `--obs-port`) on another free port holding the bucket modelarts-demo;
the program gets the environment an application would read (HUAWEICLOUD_SDK_AK/SK/PROJECT_ID/REGION,
HUAWEICLOUD_SDK_USERNAME/PASSWORD, MODELARTS_ENDPOINT, HUAWEICLOUD_SDK_IAM_ENDPOINT,
MODELARTS_OBS_ENDPOINT and MODELARTS_DEMO_BUCKET). Both are stopped with SIGTERM however the
program ends.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request

from modelarts_emulator import DEFAULT_ACCESS_KEY, DEFAULT_PASSWORD, DEFAULT_SECRET_KEY, DEFAULT_USER

DEMO_BUCKET = "modelarts-demo"
"""The bucket the local OBS holds from the start (MODELARTS_DEMO_BUCKET)."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_healthy(url: str, server: subprocess.Popen[bytes], timeout: float = 30.0) -> None:
    """Wait until *url* answers 200 (the emulator's health route, the local OBS's bucket list)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the emulator exited early with status {server.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.1)
    raise SystemExit(f"the emulator did not answer on {url} in time")


def main(argv: list[str]) -> int:
    if not argv:
        raise SystemExit(__doc__)
    port = free_port()
    obs_port = free_port()
    while obs_port == port:
        obs_port = free_port()
    url = f"http://127.0.0.1:{port}"
    obs_url = f"http://127.0.0.1:{obs_port}"
    command = [
        *(sys.executable, "-m", "modelarts_emulator", "--port", str(port), "--log-level", "warning"),
        *("--obs-port", str(obs_port), "--obs-bucket", DEMO_BUCKET),
    ]
    server = subprocess.Popen(command)
    try:
        wait_healthy(f"{url}/_emulator/health", server)
        wait_healthy(f"{obs_url}/", server)
        print(f"emulator running at {url}, local OBS at {obs_url} (bucket {DEMO_BUCKET})", flush=True)
        env = dict(os.environ)
        env.update(
            HUAWEICLOUD_SDK_AK=os.environ.get("MODELARTS_EMULATOR_AK", DEFAULT_ACCESS_KEY),
            HUAWEICLOUD_SDK_SK=os.environ.get("MODELARTS_EMULATOR_SK", DEFAULT_SECRET_KEY),
            HUAWEICLOUD_SDK_PROJECT_ID="0123456789abcdef0123456789abcdef",
            HUAWEICLOUD_SDK_REGION="cn-north-4",
            MODELARTS_ENDPOINT=url,
            HUAWEICLOUD_SDK_IAM_ENDPOINT=url,
            HUAWEICLOUD_SDK_USERNAME=os.environ.get("MODELARTS_EMULATOR_USER", DEFAULT_USER),
            HUAWEICLOUD_SDK_PASSWORD=os.environ.get("MODELARTS_EMULATOR_PASSWORD", DEFAULT_PASSWORD),
            MODELARTS_OBS_ENDPOINT=obs_url,
            MODELARTS_DEMO_BUCKET=DEMO_BUCKET,
        )
        return subprocess.run([sys.executable, *argv], env=env, check=False).returncode
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        print("emulator stopped", flush=True)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
