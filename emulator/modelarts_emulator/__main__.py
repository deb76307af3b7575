"""``python -m modelarts_emulator`` and the ``modelarts-emulator`` command: serve the emulator.

With ``--obs-port`` it also serves a local OBS (``local_obs.LocalObs``, moto's S3) in the same
process, so a demo has both services ModelArts jobs read and write, and ``--obs-bucket`` creates the
buckets the demo expects. One process for both: one command to start, one signal stops both.

The server's dependencies come with the ``[emulator]`` extra, the local OBS's with ``[local-obs]``;
without them the command says so in one line instead of ending in a traceback.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from types import FrameType

from . import EXTRA_HINT
from .local_obs import LocalObs

DESCRIPTION = """\
Serve a local ModelArts API for tests and demos. Point a client at http://HOST:PORT with the
emulator's key pair (MODELARTS_EMULATOR_AK / MODELARTS_EMULATOR_SK, default EMULATORAK000000000000 /
emulator-secret-key) or log in on POST /v3/auth/tokens (MODELARTS_EMULATOR_USER /
MODELARTS_EMULATOR_PASSWORD, default emulator / emulator-password). Any project id works.

With --obs-port, a local S3-compatible object store standing in for OBS listens on that port as well
(path-style http://HOST:OBS_PORT/BUCKET/KEY; any key pair, signatures are not checked).
"""

EPILOG = """\
admin routes: POST /_emulator/reset forgets every resource; POST /_emulator/clock/advance with
{"seconds": N} moves the clock (use --clock manual to move it only this way); GET /_emulator/health.
local OBS (with --obs-port): POST /moto-api/reset forgets every bucket and object.
Ctrl-C (or SIGTERM) stops the server and the local OBS."""


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and serve until interrupted."""
    parser = argparse.ArgumentParser(
        prog="modelarts-emulator",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    parser.add_argument(
        "--state", default=None, metavar="FILE", help="keep resources in this SQLite file across restarts"
    )
    parser.add_argument(
        "--clock",
        choices=("real", "manual"),
        default="real",
        help="real: jobs and services move on by themselves; manual: only when the clock is advanced",
    )
    parser.add_argument(
        "--log-level",
        default="info",
        choices=("critical", "error", "warning", "info", "debug"),
        help="how much the server logs (default: info)",
    )
    parser.add_argument(
        "--obs-port",
        type=int,
        default=None,
        metavar="PORT",
        help="also serve a local OBS on this port, same host (0: a free port; default: none)",
    )
    parser.add_argument(
        "--obs-bucket",
        action="append",
        default=[],
        metavar="NAME",
        help="create this bucket in the local OBS at start (repeatable; needs --obs-port)",
    )
    args = parser.parse_args(argv)
    if args.obs_bucket and args.obs_port is None:
        parser.error("--obs-bucket needs --obs-port")
    obs: LocalObs | None = None
    if args.obs_port is not None:  # first: it binds its port, and says at once what it lacks
        try:
            obs = LocalObs(args.host, args.obs_port)
        except ModuleNotFoundError as exc:
            print(f"modelarts-emulator: {exc}", file=sys.stderr)
            return 1
        except OSError as exc:  # the port is taken, ...
            print(f"modelarts-emulator: cannot serve the local OBS on port {args.obs_port}: {exc}", file=sys.stderr)
            return 1
    try:
        import uvicorn

        from .app import create_app
    except ModuleNotFoundError as exc:
        if obs is not None:
            obs.stop()
        print(f"modelarts-emulator: {EXTRA_HINT} (missing: {exc.name})", file=sys.stderr)
        return 1
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    on_sigterm = signal.getsignal(signal.SIGTERM)
    try:
        if obs is not None:
            try:
                _serve_local_obs(obs, args.obs_bucket)
            except (OSError, RuntimeError) as exc:  # a bucket name is refused, ...
                print(f"modelarts-emulator: the local OBS on {obs.url}: {exc}", file=sys.stderr)
                return 1
        app = create_app(state_file=args.state, clock=args.clock, local_obs=obs)
        uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, lifespan="on")
    finally:
        if obs is not None:
            obs.stop()
            if on_sigterm is not None and threading.current_thread() is threading.main_thread():
                signal.signal(signal.SIGTERM, on_sigterm)
    return 0


def _serve_local_obs(obs: LocalObs, buckets: list[str]) -> None:
    """Start the local OBS, create *buckets*, say where it listens; SIGTERM then stops it too."""
    obs.start()
    for bucket in buckets:
        obs.create_bucket(bucket)
    logging.getLogger("modelarts_emulator").info(
        "local OBS listening on %s, buckets: %s", obs.url, ", ".join(buckets) or "(none)"
    )
    if threading.current_thread() is threading.main_thread():
        # uvicorn shuts down on SIGTERM, then raises it again under the handler it found: make that an
        # exit (status 143, as the signal's) that unwinds through the `finally` stopping the local OBS.
        signal.signal(signal.SIGTERM, _exit_on_sigterm)


def _exit_on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)


if __name__ == "__main__":
    raise SystemExit(main())
