"""The generated package exposes every operation of the spec, sync and async, and imports cheaply."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import subprocess
import sys
import textwrap
from enum import Enum
from types import ModuleType
from typing import Any

import attrs
import pytest

import modelarts_client.api
import modelarts_client.models

from .conftest import operations

OP_IDS = sorted(op["operationId"] for _, _, op in operations())


def operation_modules() -> dict[str, ModuleType]:
    """Map each generated operation module's name (the operationId) to the module."""
    found: dict[str, ModuleType] = {}
    for info in pkgutil.walk_packages(modelarts_client.api.__path__, "modelarts_client.api."):
        if not info.ispkg:
            module = importlib.import_module(info.name)
            found[info.name.rsplit(".", 1)[1]] = module
    return found


MODULES = operation_modules()


def test_generated_operations_are_exactly_the_specs() -> None:
    assert sorted(MODULES) == OP_IDS


@pytest.mark.parametrize("op_id", OP_IDS)
def test_operation_has_sync_and_asyncio_functions(op_id: str) -> None:
    module = MODULES[op_id]
    for name in ("sync_detailed", "asyncio_detailed"):
        assert callable(getattr(module, name)), name
    assert inspect.iscoroutinefunction(module.asyncio_detailed)
    assert not inspect.iscoroutinefunction(module.sync_detailed)
    if hasattr(module, "sync"):  # only operations with a parsed body have the short forms
        assert inspect.iscoroutinefunction(module.asyncio)


def _loaded_models(statement: str) -> int:
    code = f"{statement}\nimport sys\nprint(sum(1 for m in sys.modules if m.startswith('modelarts_client.models.')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(out.stdout.strip())


def test_importing_the_models_package_imports_no_model() -> None:
    assert _loaded_models("import modelarts_client.models") == 0
    assert _loaded_models("from modelarts_client.models import IsSuccessError") == 1


def test_importing_one_operation_does_not_import_every_model() -> None:
    total = len(modelarts_client.models.__all__)
    smallest = min(_loaded_models(f"import {module.__name__}") for module in list(MODULES.values())[:10])
    assert smallest < total / 2, (smallest, total)


def _generated_enums() -> list[type[Enum]]:
    found = []
    for info in pkgutil.iter_modules(modelarts_client.models.__path__, "modelarts_client.models."):
        module = importlib.import_module(info.name)
        found += [
            v
            for v in vars(module).values()
            if isinstance(v, type) and issubclass(v, Enum) and v.__module__ == module.__name__
        ]
    return found


GENERATED_ENUMS = _generated_enums()


@pytest.mark.parametrize("enum", GENERATED_ENUMS, ids=lambda e: e.__name__)
def test_from_json_gives_what_calling_the_enum_gives(enum: type[Enum]) -> None:
    """Parsing uses ``from_json``, a shortcut; it must agree with ``enum(value)`` on every input."""
    values: list[Any] = [m.value for m in enum] + [True, False, 0, -1, 10**30, 1.0, "", "x", None, [], {}, [1]]
    for value in values:
        try:
            expected: Any = enum(value)
        except (ValueError, TypeError) as exc:
            expected = type(exc)
        try:
            got: Any = enum.from_json(value)  # type: ignore[attr-defined]
        except (ValueError, TypeError) as exc:
            got = type(exc)
        # the same member (an unlisted value makes a new pseudo-member each time: equal, same type)
        assert got is expected or (got == expected and type(got) is type(expected)), value


def test_there_are_enums_to_check() -> None:
    assert len(GENERATED_ENUMS) > 20


def _model_classes() -> list[type]:
    found = []
    for info in pkgutil.iter_modules(modelarts_client.models.__path__, "modelarts_client.models."):
        module = importlib.import_module(info.name)
        found += [v for v in vars(module).values() if attrs.has(v) and v.__module__ == module.__name__]
    return found


@pytest.mark.parametrize("model", _model_classes(), ids=lambda m: m.__name__)
def test_from_dict_passes_each_field_in_its_own_place(model: type) -> None:
    """``from_dict`` builds the model by position (it is faster); each value must land in its own field.

    The arguments are the local variables named after the fields, so their order must be the order of
    the class's ``__init__`` parameters.
    """
    tree = ast.parse(textwrap.dedent(inspect.getsource(model.from_dict)))  # type: ignore[attr-defined]
    calls = [
        n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "cls"
    ]
    assert len(calls) == 1
    passed = [arg.id for arg in calls[0].args if isinstance(arg, ast.Name)]
    assert not calls[0].keywords and len(passed) == len(calls[0].args)
    assert passed == [field.name for field in attrs.fields(model) if field.init]
