"""Regenerate the low-level client from spec/modelarts.yaml.

usage: python generator/regenerate.py [--output DIR] [--spec FILE]

DIR defaults to generated_client/. The package goes to DIR/modelarts_client and a record of the
inputs (generator and ruff versions, the spec's SHA-256) to DIR/GENERATION.json, so a diff of the
output can always be traced to a change of input. `make check-generated` runs this into a temporary
directory and compares byte for byte with what is committed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "modelarts.yaml"
CONFIG = ROOT / "generator" / "config.yaml"
TEMPLATES = ROOT / "generator" / "templates"
PACKAGE = "modelarts_client"


def generate(output: Path, spec: Path = SPEC) -> None:
    """Generate into a scratch directory, then replace output's package and record atomically."""
    env = dict(os.environ)
    # post_hooks call `ruff`: take it from the environment running this script.
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    with tempfile.TemporaryDirectory() as scratch:
        target = Path(scratch) / PACKAGE
        cmd = [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            str(spec),
            "--config",
            str(CONFIG),
            "--custom-template-path",
            str(TEMPLATES),
            "--meta",
            "none",
            "--output-path",
            str(target),
            "--fail-on-warning",
        ]
        result = subprocess.run(cmd, cwd=scratch, env=env, capture_output=True, text=True)
        if result.returncode != 0 or not target.is_dir():
            sys.stderr.write(result.stdout + result.stderr)
            raise SystemExit(f"generation failed (exit {result.returncode})")
        output.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(output / PACKAGE, ignore_errors=True)
        shutil.copytree(target, output / PACKAGE)
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
