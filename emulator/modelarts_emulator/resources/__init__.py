"""Resource handler modules, one per resource family.

Why a fixed list imported with importlib: the modules are written by different people and some may
not exist yet in a given checkout; importing the list (skipping absent modules) registers every
available handler in :data:`modelarts_emulator.framework.HANDLERS` without edits here.
"""

from __future__ import annotations

import importlib
import importlib.util

__all__ = ["MODULES", "load_all"]

MODULES: tuple[str, ...] = (
    "iam",
    "devenv",
    "training",
    "training_configs",
    "visualization",
    "specs",
    "models",
    "services",
    "service_tasks",
    "model_runtimes",
    "workspaces",
    "specs_v2",
    "training_v2",
    "algorithms_v2",
    "pools_v2",
    "autosearch_v2",
    "datasets_v2",
    "dataset_samples_v2",
    "dataset_tasks_v2",
    "lite_server_catalogue",
    "lite_servers",
    "lite_supernodes",
)
"""Resource modules, relative to this package."""


def load_all() -> list[str]:
    """Import every resource module that exists; returns the names imported."""
    loaded: list[str] = []
    for name in MODULES:
        full = f"{__name__}.{name}"
        if importlib.util.find_spec(full) is None:
            continue
        importlib.import_module(full)
        loaded.append(name)
    return loaded
