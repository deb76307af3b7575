"""``modelarts``: the command line on top of the overlays.

Two kinds of commands, one set of options and one way to report errors:

- ``modelarts job ...``: the commands users of the vendor's ``ma-cli ma-job`` know (``submit``,
  ``get-job``, ``get-log``, ``get-engine``, ``get-event``, ``get-flavor``, ``get-pool``, ``stop``,
  ``delete``), on the current (v2) training API (:mod:`.jobs`);
- ``modelarts <chapter> <operation>``: every operation of the spec, built at run time from the index
  the generator writes beside the client (:mod:`.spec_commands`), as ``aws <service> <operation>``.

Configuration (:mod:`.settings`), output (:mod:`.render`), long-running displays (:mod:`.live`) and
exit codes (:mod:`.app`) are shared by both. Installed with the ``cli`` extra.
"""

from __future__ import annotations

import sys
from importlib.util import find_spec

__all__ = ["CLI_PACKAGES", "main"]

CLI_PACKAGES = ("click", "rich", "yaml")
"""What the ``cli`` extra brings; the console script is installed without it, and then says so."""


def main() -> None:
    """The console script: run the command line, or say in one line which extra it needs."""
    missing = [name for name in CLI_PACKAGES if find_spec(name) is None]
    if missing:
        sys.stderr.write(
            "modelarts: the command line needs the cli extra: pip install 'modelarts-client[cli]' "
            f"(missing: {', '.join(missing)})\n"
        )
        raise SystemExit(2)
    try:
        from .app import main as run
    except KeyboardInterrupt:  # Ctrl-C while starting up: the same quiet exit as later
        sys.stderr.write("modelarts: interrupted\n")
        raise SystemExit(130) from None
    run()
