"""Regenerate the low-level client from spec/modelarts.yaml.

usage: python generator/regenerate.py [--output DIR] [--spec FILE]

DIR defaults to generated_client/. The package goes to DIR/modelarts_client and a record of the
inputs (generator and ruff versions, the spec's SHA-256) to DIR/GENERATION.json, so a diff of the
output can always be traced to a change of input.

Beside the generator's output the package gets three files the generator cannot make:
`openapi.yaml`, the spec itself, so the installed package can validate and emulate without the
repository; and `spec_index.json`, each operation's method, path, module and `x-` extensions, which
drive the overlays' generic engines (pagination, waiters) without reading YAML at run time; and
`py.typed`, so type checkers read the package's hints.

`make check-generated` runs this into a temporary directory and compares byte for byte with what
is committed.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.strings import PythonIdentifier

sys.path.insert(0, str(Path(__file__).resolve().parent))
import session_types  # beside this script

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "modelarts.yaml"
CONFIG = ROOT / "generator" / "config.yaml"
TEMPLATES = ROOT / "generator" / "templates"
PACKAGE = "modelarts_client"


def spec_index(doc: dict[str, Any]) -> dict[str, Any]:
    """Per operation: method, path, module, idempotency and x- extensions; per enum: names, meanings."""
    operations: dict[str, Any] = {}
    for path, item in doc["paths"].items():
        for method in ("get", "put", "post", "delete", "patch", "head", "options"):
            if method not in item:
                continue
            op = item[method]
            module = f"{PACKAGE}.api.{PythonIdentifier(op['tags'][0], prefix='')}.{op['operationId']}"
            entry: dict[str, Any] = {"method": method.upper(), "path": path, "module": module}
            entry.update({key: value for key, value in op.items() if key.startswith("x-")})
            operations[op["operationId"]] = entry
    enums: dict[str, Any] = {}
    for name, schema in doc["components"]["schemas"].items():
        if "x-enum-varnames" in schema:
            meanings = schema.get("x-enum-descriptions") or [""] * len(schema["enum"])
            enums[name] = {
                str(value): {"name": varname, "description": meaning}
                for value, varname, meaning in zip(schema["enum"], schema["x-enum-varnames"], meanings, strict=True)
            }
    return {"operations": dict(sorted(operations.items())), "enums": enums}


def _build(spec: Path, doc: dict[str, Any], target: Path, index: dict[str, Any]) -> None:
    """Run openapi-python-client on *doc* (parsed from *spec*) into *target*, then add ``session_types.py``.

    In process rather than through its command line, so that the one parse of the document feeds
    both the package and ``session_types.py`` (see ``generator/session_types.py``). Any warning of
    the generator fails the run, as ``--fail-on-warning`` would.
    """
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData

    meta: Any = MetaType.NONE  # a StrEnum, which the Python 3.10 stubs mypy checks against do not know
    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG), meta, spec, "utf-8", overwrite=True, output_path=target
    )
    data = GeneratorData.from_dict(doc, config=config)
    if not isinstance(data, GeneratorData):
        raise SystemExit(f"generation failed: {data.header}: {data.detail}")
    with contextlib.redirect_stdout(io.StringIO()):  # it prints "Generating <path>"
        problems = Project(openapi=data, config=config, custom_template_path=TEMPLATES).build()
    if problems or not target.is_dir():
        for problem in problems:
            sys.stderr.write(f"{problem.level.name}: {problem.header}\n{problem.detail or ''}\n")
        raise SystemExit("generation failed")
    typed = session_types.render(data, index["operations"], TEMPLATES)
    (target / "session_types.py").write_text(typed, encoding="utf-8")
    for command in config.post_hooks:  # the same formatting as the generator's own files
        result = subprocess.run(command, shell=True, cwd=target, capture_output=True, text=True)
        if result.returncode:
            raise SystemExit(f"{command!r} failed on session_types.py:\n{result.stdout}{result.stderr}")


def generate(output: Path, spec: Path = SPEC) -> None:
    """Generate into a scratch directory, then replace output's package and record atomically."""
    # post_hooks call `ruff`: take it from the environment running this script.
    os.environ["PATH"] = str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", "")
    with tempfile.TemporaryDirectory() as scratch:
        target = Path(scratch) / PACKAGE
        doc = yaml.safe_load(spec.read_text(encoding="utf-8"))  # about a second: parsed once, used twice
        index = spec_index(doc)
        _build(spec, doc, target, index)
        output.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(output / PACKAGE, ignore_errors=True)
        shutil.copytree(target, output / PACKAGE)
    shutil.copyfile(spec, output / PACKAGE / "openapi.yaml")
    text = json.dumps(index, indent=1, sort_keys=False) + "\n"
    (output / PACKAGE / "spec_index.json").write_text(text, encoding="utf-8")
    (output / PACKAGE / "py.typed").write_text("", encoding="utf-8")
    record = {
        "generator": f"openapi-python-client {version('openapi-python-client')}",
        "formatter": f"ruff {version('ruff')}",
        "spec": "spec/modelarts.yaml",
        "spec_sha256": hashlib.sha256(spec.read_bytes()).hexdigest(),
    }
    (output / "GENERATION.json").write_text(json.dumps(record, indent=2) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ROOT / "generated_client")
    parser.add_argument("--spec", type=Path, default=SPEC, help="another document, e.g. a draft")
    args = parser.parse_args()
    generate(args.output.resolve(), args.spec.resolve())


if __name__ == "__main__":
    main()
