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

from .app import main

__all__ = ["main"]
