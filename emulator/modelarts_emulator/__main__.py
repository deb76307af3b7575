"""``python -m modelarts_emulator``: serve the emulator with uvicorn.

Why a module entry point: a demo or another language's tests can start the emulator without any
Python code.  Ctrl-C / SIGTERM are handled by uvicorn; the app's lifespan closes the SQLite store.
"""

from __future__ import annotations

import argparse
import logging

import uvicorn

from .app import create_app


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and serve until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m modelarts_emulator", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    parser.add_argument("--state", default=None, metavar="FILE", help="SQLite file keeping state across restarts")
    parser.add_argument("--clock", choices=("real", "manual"), default="real", help="lifecycle clock (default real)")
    parser.add_argument("--log-level", default="info", help="uvicorn log level (default info)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = create_app(state_file=args.state, clock=args.clock)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, lifespan="on")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
