"""Regenerate the low-level client from spec/modelarts.yaml.

usage: python generator/regenerate.py [--output DIR] [--spec FILE]

DIR defaults to generated_client/. The package goes to DIR/modelarts_client and a record of the
inputs (generator and ruff versions, the spec's SHA-256) to DIR/GENERATION.json, so a diff of the
output can always be traced to a change of input.

Beside the generator's output the package gets three files the generator cannot make:
`openapi.yaml`, the spec itself, so the installed package can validate and emulate without the
repository; and `spec_index.json`, each operation's method, path, module and `x-` extensions, which
drive the overlays' generic engines (pagination, waiters) without reading YAML at run time, with the
tag, summary, parameters and display hints the `modelarts` command line builds its commands from; and
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


def _resolve(doc: dict[str, Any], node: Any) -> Any:
    """Follow local ``$ref``s to the object they name."""
    seen = 0
    while isinstance(node, dict) and "$ref" in node:
        target: Any = doc
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node, seen = target, seen + 1
        if seen > 32:
            raise SystemExit(f"$ref cycle at {node!r}")
    return node


def _parameter(doc: dict[str, Any], raw: dict[str, Any]) -> dict[str, Any]:
    """What a command line needs of one parameter: where it goes, its type and its limits."""
    param = _resolve(doc, raw)
    schema = _resolve(doc, param.get("schema", {}))
    entry: dict[str, Any] = {"name": param["name"], "in": param["in"], "required": bool(param.get("required"))}
    entry["type"] = schema.get("type", "string")
    for key in ("enum", "default", "minimum", "maximum", "minLength", "maxLength"):
        if key in schema:
            entry[key] = schema[key]
    if "items" in schema:
        entry["items"] = _resolve(doc, schema["items"]).get("type", "string")
    if param.get("description"):
        entry["description"] = param["description"]
    return entry


def _display_fields(doc: dict[str, Any], schema: Any, prefix: str, out: dict[str, str], depth: int = 0) -> None:
    """Dotted paths (arrays are transparent) of fields a reader wants shown otherwise than raw.

    Times (``x-timestamp``) and codes with named values (an enum schema with ``x-enum-varnames``).
    """
    if depth > 12 or not isinstance(schema, dict):
        return
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        target = _resolve(doc, schema)
        if prefix and "x-enum-varnames" in target:
            out[prefix] = f"enum:{name}"
            return
        schema = target
    if prefix and "x-timestamp" in schema:
        out[prefix] = schema["x-timestamp"]
    for key in ("allOf", "anyOf", "oneOf"):
        for part in schema.get(key, []):
            _display_fields(doc, part, prefix, out, depth + 1)
    if "items" in schema:
        _display_fields(doc, schema["items"], prefix, out, depth + 1)
    for name, prop in (schema.get("properties") or {}).items():
        _display_fields(doc, prop, f"{prefix}.{name}" if prefix else name, out, depth + 1)


def _success_schema(doc: dict[str, Any], op: dict[str, Any]) -> Any:
    for status, response in sorted(op.get("responses", {}).items()):
        if str(status).startswith("2"):
            content = _resolve(doc, response).get("content") or {}
            for media in content.values():
                return media.get("schema")
    return None


def spec_index(doc: dict[str, Any]) -> dict[str, Any]:
    """Per operation: what the engines and the command line read at run time; per enum: names, meanings.

    For each operation: method, path, module, its ``x-`` extensions (the engines' instructions), and
    for the ``modelarts`` command line its tag, summary, description, parameters (``project_id``
    aside: the session fills it), whether it takes a JSON body, and the answer's fields to show as
    times or named codes.
    """
    operations: dict[str, Any] = {}
    for path, item in doc["paths"].items():
        for method in ("get", "put", "post", "delete", "patch", "head", "options"):
            if method not in item:
                continue
            op = item[method]
            module = f"{PACKAGE}.api.{PythonIdentifier(op['tags'][0], prefix='')}.{op['operationId']}"
            entry: dict[str, Any] = {"method": method.upper(), "path": path, "module": module}
            entry.update({key: value for key, value in op.items() if key.startswith("x-")})
            entry["tag"] = op["tags"][0]
            entry["summary"] = op.get("summary", "")
            if op.get("description"):
                entry["description"] = op["description"]
            raw_params = [*item.get("parameters", []), *op.get("parameters", [])]
            params = [_parameter(doc, raw) for raw in raw_params]
            entry["parameters"] = [p for p in params if p["name"] != "project_id"]
            if "requestBody" in op:
                body = _resolve(doc, op["requestBody"])
                entry["body"] = {"required": bool(body.get("required")), "media": next(iter(body["content"]))}
            fields: dict[str, str] = {}
            _display_fields(doc, _success_schema(doc, op), "", fields)
            if fields:
                entry["display"] = dict(sorted(fields.items()))
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
