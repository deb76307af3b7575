"""Samples of a dataset (``.../data-annotations/samples``, ``.../search-condition``), and the
conversions between samples and manifest lines that imports, exports and versions share.

Why it looks the way it does:

* State: kind ``dataset_sample_v2`` keyed by ``<dataset_id>/<sample_id>``. A sample's id is the MD5
  of its source (the service's ids are 32 hex digits, and one source is one sample: importing it again
  replaces its labels). Indexes read one dataset's samples in time order, labeled or not, a page at a
  time.
* Samples added by the API with ``data`` (base64) are written to the emulator's OBS stand-in under the
  dataset's ``work_path`` (``data/<name>``), so a later export or sync sees the same files.
* ``sample_status`` is ``MANUAL_ANNOTATION`` for a sample with labels and ``UN_ANNOTATION`` without.
  The list's ``sample_state`` filter knows ``__ALL__`` (labeled) and ``__NONE__`` (unlabeled); the team
  and auto labeling states name samples this emulator never has, so they answer an empty page.
* Manifest lines: a sample becomes ``{"source", "usage", "id", "annotation": [...]}`` with one
  annotation per label (object detection labels keep their shape in ``property``, as the service's
  answer does); a line read from a manifest becomes a sample the same way back
  (:func:`sample_from_line`). Object detection lines name a Pascal VOC file (``annotation-loc``): its
  objects become the sample's labels, their shapes ``@modelarts:shape`` and ``@modelarts:feature``.
"""

from __future__ import annotations

import base64
import contextlib
import copy
import hashlib
from typing import Any

from modelarts_overlays.formats import Annotation, BndBox, Circle, Line, PascalVoc, Point, Polygon, Sample

from ..framework import Context, IndexKey, JsonObj, NotFound, index, operation
from ..obs import ObsPathError, normalise, objects_of
from .datasets_v2 import (
    DERIVERS,
    FORGETTERS,
    LABEL_REMOVERS,
    LABEL_RENAMERS,
    OTHER_MISSING_CODE,
    STATS_BUILDERS,
    VERSION_BUILDERS,
    batch_answer,
    dataset_labels,
    item_failed,
    merge_labels,
    open_dataset,
    put_manifest,
    save_dataset,
)
from .workspaces import int_param, page_of, select_page_of

__all__ = ["KIND", "add_sample", "sample_from_line", "samples_manifest"]

KIND = "dataset_sample_v2"
ANNOTATION_TYPE = {
    0: "modelarts/image_classification",
    1: "modelarts/object_detection",
    3: "modelarts/image_segmentation",
    100: "modelarts/text_classification",
    101: "modelarts/named_entity_recognition",
    102: "modelarts/text_triplet",
    200: "modelarts/audio_classification",
    201: "modelarts/audio_content",
    202: "modelarts/audio_segmentation",
}
LABEL_TYPE = {name: code for code, name in ANNOTATION_TYPE.items()}
SAMPLE_TYPE = {0: 0, 1: 0, 3: 0, 100: 1, 101: 1, 102: 1, 200: 2, 201: 2, 202: 2, 400: 4, 600: 6}
"""Dataset type -> sample type (0 image, 1 text, 2 audio, 4 table, 6 video, 9 free format)."""


def _key(dataset_id: str, sample_id: str) -> str:
    return f"{dataset_id}/{sample_id}"


def _by_dataset(obj: JsonObj) -> IndexKey:
    return (str(obj.get("dataset_id", "")), int(obj.get("sample_time", 0)))


def _by_state(obj: JsonObj) -> IndexKey:
    return (str(obj.get("dataset_id", "")), 1 if obj.get("labels") else 0, int(obj.get("sample_time", 0)))


BY_DATASET = index(KIND, "by_dataset", _by_dataset)
BY_STATE = index(KIND, "by_state", _by_state)


def sample_id_of(source: str) -> str:
    """A sample's id: the MD5 of its source."""
    return hashlib.md5(source.encode("utf-8", "surrogatepass"), usedforsecurity=False).hexdigest()


def _answer(sample: JsonObj) -> JsonObj:
    out = {k: copy.deepcopy(v) for k, v in sample.items() if not k.startswith("_") and k != "dataset_id"}
    out["sample_status"] = "MANUAL_ANNOTATION" if sample.get("labels") else "UN_ANNOTATION"
    return out


def add_sample(ctx: Context, dataset: JsonObj, sample: JsonObj) -> bool:
    """Store a sample (``source`` and ``labels`` at least), replacing the one with the same source
    (an OBS path is kept as ``obs://bucket/key``); the dataset learns its labels. Returns ``True``
    if it was new."""
    dataset_id = str(dataset["dataset_id"])
    source = str(sample["source"])
    with contextlib.suppress(ObsPathError):  # one object, one sample, however its path is written
        source = normalise(source)
    sample_id = sample_id_of(source)
    stored: JsonObj = {
        "dataset_id": dataset_id,
        "sample_id": sample_id,
        "sample_name": sample.get("sample_name") or source.rstrip("/").rsplit("/", 1)[-1] or sample_id,
        "sample_type": int(sample.get("sample_type", SAMPLE_TYPE.get(int(dataset.get("dataset_type", 0)), 9))),
        "source": source,
        "sample_time": ctx.clock.now_ms(),
        "sample_size": int(sample.get("sample_size", 0)),
        "labels": copy.deepcopy(sample.get("labels") or []),
        "metadata": copy.deepcopy(sample.get("metadata") or {"@modelarts:import_origin": 0}),
        "_usage": sample.get("_usage"),
    }
    merge_labels(dataset, stored["labels"])
    key = _key(dataset_id, sample_id)
    old = ctx.store.get(KIND, key)
    if old is None:
        ctx.store.insert(KIND, key, stored)
        return True
    stored["sample_time"] = old["sample_time"]
    ctx.store.update(KIND, key, stored)
    return False


def _load(ctx: Context, dataset_id: str, sample_id: str) -> JsonObj:
    found = ctx.store.get(KIND, _key(dataset_id, sample_id))
    if found is None:
        raise NotFound(OTHER_MISSING_CODE, f"Sample {sample_id} does not exist.")
    return found


# --- conversions to and from manifest lines ---------------------------------------------------------

_SHAPES = {BndBox: "bndbox", Point: "point", Line: "line", Polygon: "polygon", Circle: "circle"}


def _feature(position: Any) -> list[list[float]]:
    if isinstance(position, BndBox):
        return [[position.xmin, position.ymin], [position.xmax, position.ymax]]
    if isinstance(position, Point):
        return [[position.x, position.y]]
    if isinstance(position, Circle):
        return [[position.cx, position.cy], [position.r, position.r]]
    return [[x, y] for x, y in position.points]


def voc_labels(voc: PascalVoc) -> list[JsonObj]:
    """The labels of a sample from its Pascal VOC file: one per object, with its shape."""
    labels: list[JsonObj] = []
    for obj in voc.voc_objects:
        prop: JsonObj = {}
        if obj.position is not None:
            prop["@modelarts:shape"] = _SHAPES[type(obj.position)]
            prop["@modelarts:feature"] = _feature(obj.position)
        labels.append({"name": obj.name, "type": 1, "property": prop, "annotated_by": "human"})
    return labels


INTEGER_PROPERTIES = frozenset({"@modelarts:start_index", "@modelarts:end_index"})
"""Label properties the answer types as integers; ``@modelarts:feature`` is a list of points and
every other property a string (``DatasetSampleV2LabelProperty``)."""


def label_property(sent: dict[str, Any]) -> JsonObj:
    """A manifest label's properties as the API answers them: integers and the feature list kept
    where the schema has them, other numbers and booleans written as strings, anything else dropped
    (a nested object has no place in a label property)."""
    kept: JsonObj = {}
    for key, value in sent.items():
        if key in INTEGER_PROPERTIES:
            if isinstance(value, int) and not isinstance(value, bool):
                kept[key] = value
        elif key == "@modelarts:feature":
            if isinstance(value, list):
                kept[key] = value
        elif isinstance(value, bool):
            kept[key] = "true" if value else "false"
        elif isinstance(value, (str, int, float)):
            kept[key] = str(value)
    return kept


def sample_from_line(line: Sample, *, dataset_type: int, with_labels: bool, voc: dict[str, PascalVoc]) -> JsonObj:
    """A sample (as :func:`add_sample` takes it) from a manifest line; ``voc`` holds the Pascal VOC
    files its object detection annotations name, already read."""
    labels: list[JsonObj] = []
    if with_labels:
        for annotation in line.annotations:
            if annotation.annotation_loc and annotation.annotation_loc in voc:
                labels.extend(voc_labels(voc[annotation.annotation_loc]))
                continue
            if not annotation.name:
                continue
            label: JsonObj = {
                "name": annotation.name,
                "type": LABEL_TYPE.get(str(annotation.type), dataset_type),
                "property": label_property(annotation.annotation_property),
                "annotated_by": "auto" if annotation.annotated_by not in (None, "human") else "human",
            }
            if annotation.confidence is not None:
                label["score"] = annotation.confidence
            labels.append(label)
    return {"source": line.source, "labels": labels, "_usage": line.usage}


def _annotation(sample: JsonObj, label: JsonObj) -> Annotation:
    prop = {k: v for k, v in (label.get("property") or {}).items()}
    return Annotation(
        name=str(label.get("name") or "") or None,
        type=ANNOTATION_TYPE.get(int(label.get("type", 0))),
        annotation_property=prop,
        annotated_by=str(label.get("annotated_by") or "human"),
        confidence=label.get("score") if isinstance(label.get("score"), (int, float)) else None,
        annotation_format="manifest" if int(label.get("type", 0)) != 1 else None,
        annotation_loc=str(sample["source"]) + ".xml" if int(label.get("type", 0)) == 1 else None,
        creation_time=None,
    )


def sample_line(sample: JsonObj, *, keep_usage: bool = True) -> Sample:
    """A stored sample as a manifest line."""
    return Sample(
        source=str(sample["source"]),
        id=str(sample["sample_id"]),
        usage=sample.get("_usage") if keep_usage else None,
        annotations=[_annotation(sample, label) for label in sample.get("labels") or []],
    )


def samples_manifest(ctx: Context, dataset_id: str, *, labeled: bool | None = None, keep_usage: bool = True) -> str:
    """The dataset's samples as manifest text (``labeled``: only labeled / only unlabeled ones)."""
    if labeled is None:
        found = ctx.store.select(BY_DATASET, (dataset_id,))
    else:
        found = ctx.store.select(BY_STATE, (dataset_id, 1 if labeled else 0))
    return "".join(sample_line(s, keep_usage=keep_usage).to_line() for s in found)


# --- what the dataset module asks of samples --------------------------------------------------------


def _counts(ctx: Context, dataset: JsonObj) -> JsonObj:
    dataset_id = str(dataset["dataset_id"])
    total = ctx.store.count(BY_DATASET, (dataset_id,))
    labeled = ctx.store.count(BY_STATE, (dataset_id, 1))
    return {
        "total_sample_count": total,
        "annotated_sample_count": labeled,
        "unconfirmed_sample_count": 0,
        "deleted_sample_count": 0,
    }


def _label_stats(ctx: Context, dataset: JsonObj) -> list[JsonObj]:
    counts: dict[str, list[int]] = {str(label["name"]): [0, 0] for label in dataset_labels(dataset)}
    for sample in ctx.store.select(BY_STATE, (str(dataset["dataset_id"]), 1), fields=["labels"]):
        seen: set[str] = set()
        for label in sample.get("labels") or []:
            name = str(label.get("name"))
            if name in counts:
                counts[name][0] += 1
                if name not in seen:
                    counts[name][1] += 1
                    seen.add(name)
    return [
        {**copy.deepcopy(label), "count": counts[str(label["name"])][0], "sample_count": counts[str(label["name"])][1]}
        for label in dataset_labels(dataset)
    ]


def _stats(ctx: Context, dataset: JsonObj) -> JsonObj:
    counts = _counts(ctx, dataset)
    total, labeled = counts["total_sample_count"], counts["annotated_sample_count"]
    return {
        "label_stats": _label_stats(ctx, dataset),
        "sample_stats": {
            "total": total,
            "all": total,
            "lefted": total,
            "deleted": 0,
            "manual_annotation": labeled,
            "auto_annotation": 0,
            "un_annotation": total - labeled,
        },
        "key_sample_stats": {"total": total, "key_sample": 0, "non_key_sample": total},
        "metadata_stats": {},
    }


def _forget(ctx: Context, dataset_id: str) -> None:
    for sample in ctx.store.select(BY_DATASET, (dataset_id,), fields=["sample_id"]):
        ctx.store.delete(KIND, _key(dataset_id, str(sample["sample_id"])))


def _remove_labels(ctx: Context, dataset: JsonObj, gone: set[str], policy: int) -> None:
    dataset_id = str(dataset["dataset_id"])
    for sample in ctx.store.select(BY_STATE, (dataset_id, 1)):
        labels = sample.get("labels") or []
        kept = [label for label in labels if label.get("name") not in gone]
        if len(kept) == len(labels):
            continue
        key = _key(dataset_id, str(sample["sample_id"]))
        if policy == 2 or (policy == 1 and not kept):
            ctx.store.delete(KIND, key)
            continue
        sample["labels"] = kept
        ctx.store.update(KIND, key, sample)


def _rename_labels(ctx: Context, dataset: JsonObj, renames: dict[str, str]) -> None:
    dataset_id = str(dataset["dataset_id"])
    for sample in ctx.store.select(BY_STATE, (dataset_id, 1)):
        labels = sample.get("labels") or []
        if not any(label.get("name") in renames for label in labels):
            continue
        for label in labels:
            label["name"] = renames.get(str(label.get("name")), label.get("name"))
        ctx.store.update(KIND, _key(dataset_id, str(sample["sample_id"])), sample)


def _build_version(ctx: Context, dataset: JsonObj, version: JsonObj) -> JsonObj:
    dataset_id = str(dataset["dataset_id"])
    keep_usage = not version.get("remove_sample_usage", True)
    put_manifest(ctx, str(version["manifest_path"]), samples_manifest(ctx, dataset_id, keep_usage=keep_usage))
    counts = _counts(ctx, dataset)
    return {
        "total_sample_count": counts["total_sample_count"],
        "annotated_sample_count": counts["annotated_sample_count"],
        "add_sample_count": counts["total_sample_count"],
        "deleted_sample_count": 0,
        "modified_sample_count": 0,
        "label_stats": _label_stats(ctx, dataset),
    }


DERIVERS.append(_counts)
STATS_BUILDERS.append(_stats)
FORGETTERS.append(_forget)
LABEL_REMOVERS.append(_remove_labels)
LABEL_RENAMERS.append(_rename_labels)
VERSION_BUILDERS.append(_build_version)


# --- the samples API ----------------------------------------------------------------------------------


@operation("list_dataset_samples_v2")
def list_dataset_samples_v2(ctx: Context) -> JsonObj:
    """One page of samples, newest first by default (``offset`` counts pages)."""
    dataset = open_dataset(ctx, ctx.path["dataset_id"])
    dataset_id = str(dataset["dataset_id"])
    offset, limit = int_param(ctx.query.get("offset"), 0), int_param(ctx.query.get("limit"), 10)
    descending = str(ctx.query.get("order") or "desc") == "desc"
    state = ctx.query.get("sample_state")
    label_name = ctx.query.get("label_name")
    if state not in (None, "__ALL__", "__NONE__"):
        return {"sample_count": 0, "samples": []}
    prefix: IndexKey = (dataset_id,) if state is None else (dataset_id, 1 if state == "__ALL__" else 0)
    by = BY_DATASET if state is None else BY_STATE
    if label_name:
        found = [
            s
            for s in ctx.store.select(BY_STATE, (dataset_id, 1), descending=descending)
            if any(label.get("name") == label_name for label in s.get("labels") or [])
        ]
        return {"sample_count": len(found), "samples": [_answer(s) for s in page_of(found, offset, limit)]}
    page = select_page_of(ctx, by, prefix, offset, limit, descending=descending)
    return {"sample_count": ctx.store.count(by, prefix), "samples": [_answer(s) for s in page]}


@operation("get_dataset_sample_v2")
def get_dataset_sample_v2(ctx: Context) -> JsonObj:
    """One sample."""
    dataset = open_dataset(ctx, ctx.path["dataset_id"])
    return _answer(_load(ctx, str(dataset["dataset_id"]), ctx.path["sample_id"]))


@operation("create_dataset_samples_v2")
def create_dataset_samples_v2(ctx: Context) -> JsonObj:
    """Add samples: ``data`` (base64) is written under the dataset's work path, a ``data_source``
    names an existing object; one result per sample (its id in ``info``)."""
    dataset = open_dataset(ctx, ctx.path["dataset_id"])
    body: JsonObj = ctx.body or {}
    results: list[JsonObj] = []
    for item in body.get("samples") or []:
        name = str(item.get("name") or "")
        try:
            if item.get("data") is not None:
                if not name or "/" in name or name in (".", ".."):
                    raise ValueError("a sample with data needs a file name without '/'")
                data = base64.b64decode(str(item["data"]), validate=True)
                source = f"{dataset['work_path']}data/{name}"
                normalise(source)
                objects_of(ctx).put(source, data)
                size = len(data)
            elif isinstance(item.get("data_source"), dict) and item["data_source"].get("data_path"):
                source = str(item["data_source"]["data_path"])
                normalise(source)
                size = 0
            else:
                raise ValueError("a sample needs data or a data_source with a data_path")
        except (ValueError, ObsPathError) as exc:  # binascii.Error is a ValueError
            results.append({**item_failed("ModelArts.4396", str(exc)), "name": name})
            continue
        sample: JsonObj = {
            "source": source,
            "sample_name": name or None,
            "labels": [label for label in item.get("labels") or [] if isinstance(label, dict) and label.get("name")],
            "metadata": item.get("metadata") or {"@modelarts:import_origin": 0},
            "sample_size": size,
        }
        if item.get("sample_type") is not None:
            sample["sample_type"] = item["sample_type"]
        add_sample(ctx, dataset, sample)
        results.append({"success": True, "name": name, "info": sample_id_of(normalise(source))})
    save_dataset(ctx, dataset)
    return batch_answer(results, "samples")


@operation("update_dataset_samples_v2")
def update_dataset_samples_v2(ctx: Context) -> JsonObj:
    """Replace the labels (and metadata, usage) of samples by id; one result per sample."""
    dataset = open_dataset(ctx, ctx.path["dataset_id"])
    dataset_id = str(dataset["dataset_id"])
    results: list[JsonObj] = []
    for item in (ctx.body or {}).get("samples") or []:
        sample_id = str(item.get("sample_id") or "")
        found = ctx.store.get(KIND, _key(dataset_id, sample_id))
        if found is None:
            results.append(item_failed(OTHER_MISSING_CODE, f"Sample {sample_id} does not exist."))
            continue
        if item.get("labels") is not None:
            found["labels"] = [
                copy.deepcopy(label) for label in item["labels"] if isinstance(label, dict) and label.get("name")
            ]
            merge_labels(dataset, found["labels"])
        if item.get("metadata") is not None:
            found["metadata"] = copy.deepcopy(item["metadata"])
        if item.get("sample_usage") is not None:
            found["_usage"] = item["sample_usage"]
        ctx.store.update(KIND, _key(dataset_id, sample_id), found)
        results.append({"success": True})
    save_dataset(ctx, dataset)
    return batch_answer(results, "samples")


@operation("delete_dataset_samples_v2")
def delete_dataset_samples_v2(ctx: Context) -> JsonObj:
    """Delete samples by id (``delete_source``: their files in OBS too); one result per id."""
    dataset = open_dataset(ctx, ctx.path["dataset_id"])
    dataset_id = str(dataset["dataset_id"])
    body: JsonObj = ctx.body or {}
    results: list[JsonObj] = []
    for sample_id in body.get("samples") or []:
        key = _key(dataset_id, str(sample_id))
        found = ctx.store.get(KIND, key)
        if found is None:
            results.append(item_failed(OTHER_MISSING_CODE, f"Sample {sample_id} does not exist."))
            continue
        ctx.store.delete(KIND, key)
        if body.get("delete_source"):
            with contextlib.suppress(ObsPathError):  # an https source has nothing to delete here
                objects_of(ctx).delete(str(found["source"]))
        results.append({"success": True})
    return batch_answer(results, "samples")


@operation("list_dataset_search_conditions_v2")
def list_dataset_search_conditions_v2(ctx: Context) -> JsonObj:
    """What samples can be searched by: the labels in use and the metadata keys present."""
    dataset = open_dataset(ctx, ctx.path["dataset_id"])
    in_use: set[str] = set()
    metadata: dict[str, list[str]] = {}
    for sample in ctx.store.select(BY_DATASET, (str(dataset["dataset_id"]),), fields=["labels", "metadata"]):
        in_use.update(str(label.get("name")) for label in sample.get("labels") or [])
        for key, value in (sample.get("metadata") or {}).items():
            values = metadata.setdefault(str(key), [])
            if isinstance(value, (str, int, float)) and str(value) not in values and len(values) < 100:
                values.append(str(value))  # the answer lists each key's values as strings
    labels = [copy.deepcopy(label) for label in dataset_labels(dataset) if label["name"] in in_use]
    return {"labelers": [], "labels": labels, "metadata": metadata}
