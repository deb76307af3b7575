"""Algorithm management of the current edition (``/v2/{project_id}/algorithms``): create, list, get,
modify, delete.

Why it looks the way it does:

* State: kind ``algorithm_v2``, keyed by ``metadata.id`` (a uuid4).  The stored object is the
  algorithm exactly as get answers it, so the training module can read it with
  ``ctx.store.get(KIND, algorithm_id)`` to check a job's ``algorithm.id``.
* The request and response shapes differ in two places (spec errata, "Algorithms V2", 5 and 6): a
  resource requirement's ``values`` is answered as ``value``, and a search parameter's
  ``discrete_values`` list is answered as one comma-separated string.  The service fills the rest:
  metadata (owner, domain, times, size), ``command: ''``, parameter descriptions, the engine's id
  (from the v2 engine catalogue, ``specs_v2``, when name and version match one) and the code
  tree (the code directory and its boot file).
* Names: ``metadata.name`` is unique in a project.  The spec lets a create body leave ``metadata``
  out (only its ``name`` is required inside it); such a body is schema-valid, so it is accepted under
  a generated name (``algorithm-<8 hex>``) rather than refused.  The algorithm has no version of its own in this
  edition (``version_num`` is 0), so "same name and version" means same name: a second one is 400
  ``ModelArts.2752`` (DuplicateAiAlgorithmNameAndVersion, HTTP 400 in the error code appendix),
  on create and on a rename by update.
* Unknown ``algorithm_id``: 404 with the framework's ``ModelArts.0102``.  The appendix's
  ``ModelArts.2755`` (AiAlgorithmNotFound) is listed under HTTP 400; no documented 404 code names a
  missing algorithm, and a path naming nothing is a 404 everywhere else in the emulator.
* Workspaces: ``metadata.workspace_id`` must name a usable workspace (the workspace module's
  404/409); the list reads one workspace (``workspace_id``, default ``"0"``).
* The list (errata 15-18): ``offset`` skips records, ``limit`` 1-50 (50 when absent); ``searches``
  holds ``field:text`` terms separated by ``;`` (``name:abc`` matches names containing abc, any
  case; another field name matches that metadata field; a term without ``:`` matches names).
  ``sort_by`` names a metadata field (``create_time`` by default); ``group_by`` is echoed only.
  ``total`` counts every algorithm of the project, ``count`` those matching the filters.
  Filters the service cannot know answer an empty page, never a 400: a schema-valid request is
  accepted.
* Delete answers 202 with no body; the algorithm is gone at once.
"""

from __future__ import annotations

import copy
import hashlib
from typing import Any

from ..framework import (
    NOT_FOUND_CODE,
    BadRequest,
    Context,
    IndexKey,
    JsonObj,
    NotFound,
    index,
    operation,
    paginate,
    sort_items,
)
from .models import tenant_id
from .specs_v2 import known_engine
from .workspaces import DEFAULT_WORKSPACE_ID, OWNER_NAME, int_param, require_usable_workspace

__all__ = [
    "DUPLICATE_ALGORITHM_CODE",
    "KIND",
    "create_algorithm_v2",
    "delete_algorithm_v2",
    "get_algorithm_v2",
    "list_algorithms_v2",
    "load_algorithm",
    "update_algorithm_v2",
]

KIND = "algorithm_v2"
DUPLICATE_ALGORITHM_CODE = "ModelArts.2752"
"""DuplicateAiAlgorithmNameAndVersion (error code appendix, HTTP 400)."""
DEFAULT_LIMIT = 50
MAX_LIMIT = 50
AI_PROJECT = "default-ai-project"


def _by_name(obj: JsonObj) -> IndexKey:
    return (str(obj["metadata"]["name"]),)


def _by_workspace_created(obj: JsonObj) -> IndexKey:
    meta = obj["metadata"]
    return (str(meta.get("workspace_id", DEFAULT_WORKSPACE_ID)), int(meta.get("create_time", 0)))


BY_NAME = index(KIND, "by_name", _by_name)
"""Algorithms by name: a name is unique in a project (and counting the prefix ``()`` counts them all)."""
BY_WORKSPACE_CREATED = index(KIND, "by_workspace_created", _by_workspace_created)
"""The default list order (creation time within a workspace), read a page at a time."""


def _engine(sent: JsonObj) -> JsonObj:
    """The engine as answered: the catalogue (``specs_v2``) completes an id from name + version, or the
    reverse; an engine it does not know is kept as sent."""
    engine = dict(sent)
    known = known_engine(engine)
    if known is None and engine.get("engine_id") and (engine.get("engine_name") or engine.get("engine_version")):
        known = known_engine({k: v for k, v in engine.items() if k != "engine_id"})
    if known is not None:
        for key in ("engine_id", "engine_name", "engine_version"):
            if not engine.get(key):
                engine[key] = known[key]
    return engine


def _code_tree(code_dir: str, boot_file: str | None) -> JsonObj:
    """The code directory as a one-level tree (the emulator cannot list OBS): the boot file in it."""
    root = code_dir.rstrip("/").rsplit("/", 1)[-1] or code_dir
    tree: JsonObj = {"name": f"{root}/"}
    if boot_file:
        prefix = code_dir if code_dir.endswith("/") else f"{code_dir}/"
        rel = boot_file[len(prefix) :] if boot_file.startswith(prefix) else boot_file.rsplit("/", 1)[-1]
        tree["children"] = [{"name": rel or boot_file}]
    return tree


def _size(job_config: JsonObj) -> int:
    """A stable size in bytes for the code directory (0 for an algorithm on a custom image only)."""
    code_dir = job_config.get("code_dir")
    if not code_dir:
        return 0
    digest = hashlib.sha256(str(code_dir).encode("utf-8")).digest()
    return 1024 + int.from_bytes(digest[:2], "big") % 9000


def _job_config(sent: JsonObj) -> JsonObj:
    config: JsonObj = copy.deepcopy(sent)
    config.setdefault("command", "")
    for param in config.get("parameters", []):
        param.setdefault("description", "")
    if isinstance(config.get("engine"), dict):
        config["engine"] = _engine(config["engine"])
    if config.get("code_dir"):
        config["code_tree"] = _code_tree(str(config["code_dir"]), config.get("boot_file"))
    return config


def _resource_requirements(sent: Any) -> list[JsonObj] | None:
    """The constraints as answered: ``values`` becomes ``value``. A field ``value`` sent beside them
    (undocumented in a request, so the schema lets it through with any type) is dropped: the answer's
    ``value`` is the list of strings the request called ``values``."""
    if not sent:
        return None
    answered: list[JsonObj] = []
    for item in sent:
        item = {key: value for key, value in item.items() if key != "value"}
        if "values" in item:
            item["value"] = item.pop("values")
        answered.append(item)
    return answered


def _advanced_config(sent: Any) -> JsonObj:
    if not isinstance(sent, dict) or not isinstance(sent.get("auto_search"), dict):
        return {}
    auto_search = copy.deepcopy(sent["auto_search"])
    for param in auto_search.get("search_params", []):
        if isinstance(param.get("discrete_values"), list):
            param["discrete_values"] = ",".join(str(v) for v in param["discrete_values"])
    return {"auto_search": auto_search}


def _definition(body: JsonObj) -> JsonObj:
    """The parts of an algorithm that create and update take from the request."""
    job_config = _job_config(body.get("job_config") or {})
    return {
        "job_config": job_config,
        "resource_requirements": _resource_requirements(body.get("resource_requirements")),
        "advanced_config": _advanced_config(body.get("advanced_config")),
    }


def _require_free_name(ctx: Context, name: str, own_id: str | None = None) -> None:
    for other in ctx.store.select(BY_NAME, (name,), fields=["metadata"]):
        if other["metadata"].get("id") != own_id:
            raise BadRequest(DUPLICATE_ALGORITHM_CODE, f"An algorithm with the same name ({name}) already exists.")


def load_algorithm(ctx: Context, algorithm_id: str) -> JsonObj:
    """The stored algorithm; 404 ``ModelArts.0102`` if this project has none with that id."""
    found = ctx.store.get(KIND, algorithm_id)
    if found is None:
        raise NotFound(NOT_FOUND_CODE, f"algorithm {algorithm_id} not found.")
    return found


@operation("create_algorithm_v2")
def create_algorithm_v2(ctx: Context) -> JsonObj:
    """Store the algorithm and answer it (201) with its new ``metadata.id``."""
    body: JsonObj = ctx.body or {}
    sent_meta: JsonObj = body.get("metadata") or {}
    algorithm_id = ctx.new_uuid()
    # The spec lets metadata out (its name is required only inside it): such a body is schema-valid,
    # so it is accepted, under a generated name.
    name = str(sent_meta.get("name") or f"algorithm-{algorithm_id[:8]}")
    workspace_id = require_usable_workspace(ctx, sent_meta.get("workspace_id"))
    _require_free_name(ctx, name)
    definition = _definition(body)
    algorithm: JsonObj = {
        "metadata": {
            "id": algorithm_id,
            "name": name,
            "description": str(sent_meta.get("description") or ""),
            "create_time": ctx.clock.now_ms(),
            "workspace_id": workspace_id,
            "ai_project": str(sent_meta.get("ai_project") or AI_PROJECT),
            "user_name": OWNER_NAME,
            "domain_id": tenant_id(ctx.project_id),
            "source": "custom",
            "api_version": "",
            "is_valid": True,
            "state": "",
            "size": _size(definition["job_config"]),
            "tags": None,
            "attr_list": None,
            "version_num": 0,
            "update_time": 0,
        },
        **definition,
    }
    ctx.store.insert(KIND, algorithm_id, algorithm)
    return algorithm


def _matches(algorithm: JsonObj, searches: str) -> bool:
    meta: JsonObj = algorithm["metadata"]
    for term in (t.strip() for t in searches.split(";")):
        if not term:
            continue
        key, sep, text = term.partition(":")
        if not sep:
            key, text = "name", term
        key = key.strip() or "name"
        value = meta.get(key, algorithm.get("job_config", {}).get(key))
        if value is None or text.strip().lower() not in str(value).lower():
            return False
    return True


@operation("list_algorithms_v2")
def list_algorithms_v2(ctx: Context) -> JsonObj:
    """One slice of the workspace's algorithms (``offset`` in records), filtered and sorted."""
    query = ctx.query
    workspace_id = str(query.get("workspace_id") or DEFAULT_WORKSPACE_ID)
    offset = max(int_param(query.get("offset"), 0), 0)
    limit = min(max(int_param(query.get("limit"), DEFAULT_LIMIT), 1), MAX_LIMIT)
    sort_by = str(query.get("sort_by") or "create_time")
    order = "asc" if str(query.get("order") or "desc") == "asc" else "desc"
    searches = str(query.get("searches") or "")
    if sort_by == "create_time" and not searches.strip(" ;"):
        items = ctx.store.select(
            BY_WORKSPACE_CREATED, (workspace_id,), offset=offset, limit=limit, descending=order == "desc"
        )
        count = ctx.store.count(BY_WORKSPACE_CREATED, (workspace_id,))
    else:
        found = [
            a for a in ctx.store.select(BY_WORKSPACE_CREATED, (workspace_id,)) if not searches or _matches(a, searches)
        ]
        keyed = [{"key": a["metadata"].get(sort_by, a.get("job_config", {}).get(sort_by)), "obj": a} for a in found]
        if any(isinstance(k["key"], (dict, list)) for k in keyed):  # not a sortable field: keep the order
            keyed = [{"key": None, "obj": k["obj"]} for k in keyed]
        ordered = [k["obj"] for k in sort_items(keyed, "key", order)]
        items = paginate(ordered, start=offset, size=limit)
        count = len(found)
    return {
        "total": ctx.store.count(BY_NAME),
        "count": count,
        "limit": limit,
        "offset": offset,
        "sort_by": sort_by,
        "order": order,
        "group_by": str(query.get("group_by") or ""),
        "items": items,
    }


@operation("get_algorithm_v2")
def get_algorithm_v2(ctx: Context) -> JsonObj:
    """The stored algorithm."""
    return load_algorithm(ctx, ctx.path["algorithm_id"])


@operation("update_algorithm_v2")
def update_algorithm_v2(ctx: Context) -> JsonObj:
    """Replace the definition (name, description, job config, requirements, policies); answer 201.

    The id, creation time, workspace and owner stay (``metadata.workspace_id`` cannot move an
    algorithm); ``update_time`` becomes now.
    """
    algorithm_id = ctx.path["algorithm_id"]
    old = load_algorithm(ctx, algorithm_id)
    body: JsonObj = ctx.body or {}
    sent_meta: JsonObj = body.get("metadata") or {}
    meta: JsonObj = dict(old["metadata"])
    if sent_meta:  # a PUT replaces: a description left out is cleared; no metadata keeps both
        name = str(sent_meta.get("name") or meta["name"])
        if name != meta["name"]:
            _require_free_name(ctx, name, algorithm_id)
        meta["name"] = name
        meta["description"] = str(sent_meta.get("description") or "")
    definition = _definition(body)
    meta["size"] = _size(definition["job_config"])
    meta["update_time"] = ctx.clock.now_ms()
    algorithm: JsonObj = {"metadata": meta, **definition}
    ctx.store.update(KIND, algorithm_id, algorithm)
    return algorithm


@operation("delete_algorithm_v2")
def delete_algorithm_v2(ctx: Context) -> None:
    """Remove the algorithm (202, no body)."""
    algorithm_id = ctx.path["algorithm_id"]
    load_algorithm(ctx, algorithm_id)
    ctx.store.delete(KIND, algorithm_id)
