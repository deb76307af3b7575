"""The ``modelarts_emulator`` pytest fixture: a ready Session bound to a live emulator.

The emulator runs on an ephemeral 127.0.0.1 port for the whole test session; the fixture's value is
a ``modelarts_overlays.Session`` signed with the emulator's key pair, carrying the emulator's
controls (``advance``, ``reset``, ``url``, credentials).

Why a live server (not only ASGI in process): it exercises the real network path -- httpx
transports, Host headers in signatures, uvicorn -- exactly as an application would use the
client.  The server runs in a background thread with a manual clock, so tests move lifecycles
forward with ``advance(seconds)`` instead of sleeping, and ``reset()`` empties the state.

The ``local_obs`` fixture is a started :class:`~modelarts_emulator.local_obs.LocalObs` (moto's S3
on an ephemeral 127.0.0.1 port, standing in for OBS) for the whole test session, with fault injection
and a request log; tests take buckets of their own with ``local_obs.new_bucket()``.

Registered as a ``pytest11`` entry point, so installing the package makes the fixtures available.
uvicorn and Starlette (moto, for ``local_obs``) are imported only when a fixture is used, so an
installation without the extras can still load the plugin (and run pytest) without error.
"""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from modelarts_overlays.session import Session

from . import EXTRA_HINT
from .auth import Credentials
from .framework import Clock
from .local_obs import LocalObs

if TYPE_CHECKING:
    from .app import Emulator

__all__ = ["EmulatorHandle", "LiveEmulator", "local_obs", "modelarts_emulator"]

DEFAULT_PROJECT_ID = "0123456789abcdef0123456789abcdef"


class LiveEmulator:
    """An emulator served by uvicorn in a daemon thread; ``start()``/``stop()``."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        state_file: str | None = None,
        local_obs: LocalObs | None = None,
    ) -> None:
        try:  # lazily: see the module docstring
            import uvicorn

            from .app import create_app
        except ModuleNotFoundError as exc:
            raise ModuleNotFoundError(f"{EXTRA_HINT} (missing: {exc.name})", name=exc.name) from exc

        self.host = host
        self.port = port or _free_port(host)
        self.clock = Clock("manual")
        self.app = create_app(state_file=state_file, clock=self.clock, local_obs=local_obs)
        self.emulator: Emulator = self.app.state.emulator
        config = uvicorn.Config(self.app, host=self.host, port=self.port, log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self.server.run, name="modelarts-emulator", daemon=True)

    @property
    def url(self) -> str:
        """Base URL, e.g. ``http://127.0.0.1:54321``."""
        return f"http://{self.host}:{self.port}"

    def start(self, timeout: float = 10.0) -> None:
        """Start serving and wait until the health route answers."""
        self._thread.start()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.server.started:
                return
            time.sleep(0.02)
        raise RuntimeError("the emulator did not start in time")

    def stop(self) -> None:
        """Ask uvicorn to exit and wait for the thread (the lifespan closes the store)."""
        self.server.should_exit = True
        self._thread.join(timeout=10)


class EmulatorHandle(Session):
    """What the fixture yields: a ready ``Session`` bound to the emulator, plus its controls.

    It is a real :class:`modelarts_overlays.Session` (AK/SK signing, retries, ``call``, ``paginate``,
    ``wait``, ...) pointed at the emulator for both ModelArts and IAM, with the emulator's
    credentials, ``advance(seconds)`` for the manual clock and ``reset()`` for the state.
    """

    def __init__(self, live: LiveEmulator, credentials: Credentials, project_id: str) -> None:
        super().__init__(
            access_key=credentials.access_key,
            secret_key=credentials.secret_key,
            project_id=project_id,
            endpoint=live.url,
            iam_endpoint=live.url,
        )
        self._live = live
        self.url = live.url
        self.access_key = credentials.access_key
        self.secret_key = credentials.secret_key
        self.user = credentials.user
        self.password = credentials.password

    def __repr__(self) -> str:
        return f"EmulatorHandle(url={self.url!r}, project_id={self.project_id!r})"

    @property
    def clock(self) -> Clock:
        """The emulator's manual clock."""
        return self._live.clock

    def advance(self, seconds: float) -> int:
        """Move the emulator's clock forward; returns the new clock time (epoch ms)."""
        return self._live.clock.advance(seconds)

    def use_local_obs(self, obs: LocalObs | None) -> None:
        """Attach a local OBS that finished v2 training jobs write their outputs to (``None``
        detaches it); see :mod:`modelarts_emulator.training_output`."""
        self._live.emulator.local_obs = obs

    def reset(self) -> None:
        """Forget every resource (through the admin route, as an external client would)."""
        req = urllib.request.Request(f"{self.url}/_emulator/reset", data=b"{}", method="POST")
        with urllib.request.urlopen(req, timeout=10) as resp:
            json.load(resp)

    def put_object(self, url: str, data: bytes) -> None:
        """Put a file into the emulator's OBS stand-in (``obs://bucket/key``), as a dataset import reads it."""
        req = urllib.request.Request(self._obs_route(url), data=data, method="PUT")
        with urllib.request.urlopen(req, timeout=10) as resp:
            json.load(resp)

    def get_object(self, url: str) -> bytes:
        """A file of the emulator's OBS stand-in (what an export or a published version wrote)."""
        with urllib.request.urlopen(self._obs_route(url), timeout=10) as resp:
            data: bytes = resp.read()
        return data

    def _obs_route(self, url: str) -> str:
        bucket_and_key = url.split("://", 1)[1] if "://" in url else url.lstrip("/")
        return f"{self.url}/_emulator/obs/{urllib.parse.quote(bucket_and_key)}"

    @property
    def session(self) -> Session:
        """The session itself (kept for code written against the earlier handle)."""
        return self


def _free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def modelarts_emulator() -> Iterator[EmulatorHandle]:
    """A ready Session bound to a live emulator (manual clock, in-memory state) for the test session."""
    credentials = Credentials.from_env()
    try:
        live = LiveEmulator()
    except ModuleNotFoundError as exc:
        pytest.fail(str(exc), pytrace=False)
    live.start()
    handle = EmulatorHandle(live, credentials, DEFAULT_PROJECT_ID)
    try:
        yield handle
    finally:
        handle.close()
        live.stop()


@pytest.fixture(scope="session")
def local_obs() -> Iterator[LocalObs]:
    """A started local OBS (moto's S3 on a free 127.0.0.1 port) for the test session.

    Shared by every test of the session: take buckets with ``new_bucket()``, and clear what you
    add (``clear_requests()``, ``clear_faults()``) rather than ``reset()`` it under other tests.
    """
    try:
        obs = LocalObs()
    except ModuleNotFoundError as exc:
        pytest.fail(str(exc), pytrace=False)
    obs.start()
    try:
        yield obs
    finally:
        obs.stop()
