"""``python -m modelarts_emulator`` and the ``modelarts-emulator`` command: serve the emulator.

The server's dependencies come with the ``[emulator]`` extra; without them the command says so in
one line instead of ending in a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys

from . import EXTRA_HINT

DESCRIPTION = """\
Serve a local ModelArts API for tests and demos. Point a client at http://HOST:PORT with the
emulator's key pair (MODELARTS_EMULATOR_AK / MODELARTS_EMULATOR_SK, default EMULATORAK000000000000 /
emulator-secret-key) or log in on POST /v3/auth/tokens (MODELARTS_EMULATOR_USER /
MODELARTS_EMULATOR_PASSWORD, default emulator / emulator-password). Any project id works.
"""

EPILOG = """\
admin routes: POST /_emulator/reset forgets every resource; POST /_emulator/clock/advance with
{"seconds": N} moves the clock (use --clock manual to move it only this way); GET /_emulator/health.
Ctrl-C stops the server."""


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
    args = parser.parse_args(argv)
    try:
        import uvicorn

        from .app import create_app
    except ModuleNotFoundError as exc:
        print(f"modelarts-emulator: {EXTRA_HINT} (missing: {exc.name})", file=sys.stderr)
        return 1
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = create_app(state_file=args.state, clock=args.clock)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, lifespan="on")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
