"""ModelArts manifest files: one JSON object per line (JSON Lines, UTF-8), one sample per object.

A line names the labeled object (``source``: an OBS or HTTPS URI, or ``content://<text>`` for text),
what it is used for (``usage``) and its labels (``annotation``, a list). The file keys are hyphenated
(``inference-loc``, ``annotated-by``, ``creation-time``, ``annotation-loc``); the attributes here use
the SDK reference's names (chapter 7.6: ``inference_loc``, ``annotated_by``, ``annotation_property``),
so its examples carry over. Keys this module does not know are kept in ``extra`` and written back, so
parsing and saving a file made by another tool loses nothing.

Choices where the reference is silent (the spec's errata, "Manifest and Pascal VOC files"):

* ``hard`` is a boolean here; the file form in ModelArts' own manifests is the string ``"true"`` or
  ``"false"``, which is what :meth:`Manifest.save` writes; either form is read.
* Blank lines are skipped; any other line must be a JSON object with a non-empty string ``source``.
  ``NaN``/``Infinity`` and objects nested deeper than :data:`MAX_DEPTH` are refused.
* ``usage`` must be one of :data:`USAGES`; ``confidence`` and the hard-example coefficients must lie in
  [0, 1]; an object detection label (``modelarts/object_detection``) must say where its Pascal VOC
  file is (``annotation-loc``), as the reference makes it mandatory for those labels only.
* Lines are read one at a time, so a file of any length is parsed without holding its text.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .files import DatasetFormatError, Source, Target, iter_lines, source_name, write_atomic

__all__ = ["ANNOTATION_TYPES", "MAX_DEPTH", "USAGES", "Annotation", "Manifest", "ManifestError", "Sample"]

USAGES = ("TRAIN", "EVAL", "TEST", "INFERENCE")
"""What a sample is used for: training, evaluation, test or inference."""

ANNOTATION_TYPES = (
    "modelarts/image_classification",
    "modelarts/object_detection",
    "modelarts/image_segmentation",
    "modelarts/text_classification",
    "modelarts/named_entity_recognition",
    "modelarts/text_triplet",
    "modelarts/audio_classification",
    "modelarts/audio_content",
    "modelarts/audio_segmentation",
)
"""The label types ModelArts writes; others are read and written unchanged."""

OBJECT_DETECTION = "modelarts/object_detection"

MAX_DEPTH = 32
"""Deepest nesting of JSON containers accepted in one line (a label property is usually flat)."""


class ManifestError(DatasetFormatError):
    """A manifest line that breaks the format; ``line`` is its 1-based number."""


def _check_depth(value: Any, depth: int = 0) -> bool:
    if depth > MAX_DEPTH:
        return False
    if isinstance(value, dict):
        return all(_check_depth(v, depth + 1) for v in value.values())
    if isinstance(value, list):
        return all(_check_depth(v, depth + 1) for v in value)
    return True


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


class _Fields:
    """Reads one object's fields with checks; a failure names the field (the caller adds the line)."""

    def __init__(self, obj: dict[str, Any], where: str) -> None:
        self.obj = obj
        self.where = where
        self.used: set[str] = set()

    def fail(self, key: str, message: str) -> ValueError:
        return ValueError(f"{self.where}{key!r} {message}")

    def string(self, key: str) -> str | None:
        self.used.add(key)
        value = self.obj.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(key, f"must be a string, not {type(value).__name__}")
        return value

    def unit(self, key: str) -> float | None:
        self.used.add(key)
        value = self.obj.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.fail(key, f"must be a number, not {type(value).__name__}")
        if not 0 <= value <= 1:
            raise self.fail(key, f"must be between 0 and 1, not {value}")
        return float(value)

    def flag(self, key: str) -> bool | None:
        self.used.add(key)
        value: Any = self.obj.get(key)
        if value is None:
            return None
        if isinstance(value, bool):
            return bool(value)
        if value in ("true", "false"):
            return bool(value == "true")
        raise self.fail(key, f'must be true or false (or "true"/"false"), not {value!r}')

    def mapping(self, key: str) -> dict[str, Any]:
        self.used.add(key)
        value = self.obj.get(key)
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise self.fail(key, f"must be an object, not {type(value).__name__}")
        return value

    def rest(self) -> dict[str, Any]:
        return {k: v for k, v in self.obj.items() if k not in self.used}


def _put(out: dict[str, Any], key: str, value: Any) -> None:
    if value is not None and value != {}:
        out[key] = value


def _hard(value: bool | None) -> str | None:
    return None if value is None else ("true" if value else "false")


@dataclass(kw_only=True)
class Annotation:
    """One label of a sample (SDK reference, Table 7-27)."""

    name: str | None = None
    """Label name (``"cat"``); for object detection the names are in the Pascal VOC file."""
    type: str | None = None
    """Label type, one of :data:`ANNOTATION_TYPES` for labels ModelArts writes."""
    id: str | None = None
    """Label ID."""
    annotation_loc: str | None = None
    """Where the label file is (a Pascal VOC file for object detection, where it is mandatory)."""
    annotation_property: dict[str, Any] = field(default_factory=dict)
    """Label properties (``{"color": "black"}``); ``property`` in the file."""
    confidence: float | None = None
    """Confidence of a machine label, 0 to 1."""
    creation_time: str | None = None
    """When the label was written (not when the file was), as the file has it."""
    annotated_by: str | None = None
    """Who labeled it (``"human"``, or a machine labeling job)."""
    annotation_format: str | None = None
    """Format of the label file (``"PASCAL VOC"`` by default for object detection)."""
    hard: bool | None = None
    """Whether this label makes the sample a hard example."""
    hard_coefficient: float | None = None
    """How hard, 0 to 1."""
    annotation_loc_map: str | None = None
    """Mapping of the label file's path."""
    extra: dict[str, Any] = field(default_factory=dict)
    """File keys this module does not know, kept as read and written back."""

    FILE_KEYS: ClassVar[dict[str, str]] = {
        "name": "name",
        "type": "type",
        "id": "id",
        "annotation_loc": "annotation-loc",
        "annotation_property": "property",
        "confidence": "confidence",
        "creation_time": "creation-time",
        "annotated_by": "annotated-by",
        "annotation_format": "annotation-format",
        "hard": "hard",
        "hard_coefficient": "hard-coefficient",
        "annotation_loc_map": "annotation-loc-map",
    }

    @classmethod
    def from_json(cls, obj: Any, where: str = "") -> Annotation:
        """The label from its file form; ``ValueError`` naming the field if it breaks the format."""
        if not isinstance(obj, dict):
            raise ValueError(f"{where}must be an object, not {type(obj).__name__}")
        f = _Fields(obj, where)
        keys = cls.FILE_KEYS
        annotation = cls(
            name=f.string(keys["name"]),
            type=f.string(keys["type"]),
            id=f.string(keys["id"]),
            annotation_loc=f.string(keys["annotation_loc"]),
            annotation_property=f.mapping(keys["annotation_property"]),
            confidence=f.unit(keys["confidence"]),
            creation_time=f.string(keys["creation_time"]),
            annotated_by=f.string(keys["annotated_by"]),
            annotation_format=f.string(keys["annotation_format"]),
            hard=f.flag(keys["hard"]),
            hard_coefficient=f.unit(keys["hard_coefficient"]),
            annotation_loc_map=f.string(keys["annotation_loc_map"]),
        )
        annotation.extra = f.rest()
        if annotation.type == OBJECT_DETECTION and not annotation.annotation_loc:
            raise ValueError(f"{where}an object detection label needs 'annotation-loc' (where its Pascal VOC file is)")
        return annotation

    def to_json(self) -> dict[str, Any]:
        """The file form: hyphenated keys, absent values left out, unknown keys written back."""
        out: dict[str, Any] = {}
        keys = self.FILE_KEYS
        _put(out, keys["name"], self.name)
        _put(out, keys["type"], self.type)
        _put(out, keys["id"], self.id)
        _put(out, keys["annotation_loc"], self.annotation_loc)
        _put(out, keys["annotation_property"], self.annotation_property)
        _put(out, keys["confidence"], self.confidence)
        _put(out, keys["creation_time"], self.creation_time)
        _put(out, keys["annotated_by"], self.annotated_by)
        _put(out, keys["annotation_format"], self.annotation_format)
        _put(out, keys["hard"], _hard(self.hard))
        _put(out, keys["hard_coefficient"], self.hard_coefficient)
        _put(out, keys["annotation_loc_map"], self.annotation_loc_map)
        for key, value in self.extra.items():
            out.setdefault(key, value)
        return out


@dataclass(kw_only=True)
class Sample:
    """One line of a manifest: a labeled (or not yet labeled) object (SDK reference, Table 7-26)."""

    source: str
    """URI of the object: ``obs://``/``s3://``/``https://`` for a file, ``content://<text>`` for text."""
    usage: str | None = None
    """One of :data:`USAGES`, or ``None`` (the user decides)."""
    annotations: list[Annotation] = field(default_factory=list)
    """Its labels (``annotation`` in the file); empty for an unlabeled object."""
    inference_loc: str | None = None
    """Where an inference result file is (manifests written by an inference service)."""
    id: str | None = None
    """Sample ID."""
    source_type: str | None = None
    """Source type (``"csv"``)."""
    source_property: dict[str, Any] = field(default_factory=dict)
    """Properties of the source; ``property`` in the file."""
    hard: bool | None = None
    """Whether the sample is a hard example."""
    hard_coefficient: float | None = None
    """How hard, 0 to 1."""
    hard_reasons: str | None = None
    """Hard-example reason IDs joined by ``-``."""
    source_map: str | None = None
    """Source mapping."""
    extra: dict[str, Any] = field(default_factory=dict)
    """File keys this module does not know, kept as read and written back."""

    FILE_KEYS: ClassVar[dict[str, str]] = {
        "source": "source",
        "usage": "usage",
        "id": "id",
        "source_type": "source-type",
        "source_property": "property",
        "hard": "hard",
        "hard_coefficient": "hard-coefficient",
        "hard_reasons": "hard-reasons",
        "source_map": "source-map",
        "annotations": "annotation",
        "inference_loc": "inference-loc",
    }

    @classmethod
    def from_json(cls, obj: Any) -> Sample:
        """The sample from its file form; ``ValueError`` naming the field if it breaks the format."""
        if not isinstance(obj, dict):
            raise ValueError(f"a line must hold a JSON object, not {type(obj).__name__}")
        if not _check_depth(obj):
            raise ValueError(f"nested deeper than {MAX_DEPTH} levels")
        f = _Fields(obj, "")
        keys = cls.FILE_KEYS
        source = f.string(keys["source"])
        if not source:
            raise ValueError("'source' is missing or empty")
        usage = f.string(keys["usage"])
        if usage is not None and usage not in USAGES:
            raise ValueError(f"'usage' must be one of {', '.join(USAGES)}, not {usage!r}")
        f.used.add(keys["annotations"])
        raw = obj.get(keys["annotations"])
        if raw is None:
            raw = []
        if not isinstance(raw, list):
            raise ValueError(f"'annotation' must be a list, not {type(raw).__name__}")
        annotations = [Annotation.from_json(item, f"annotation {n}: ") for n, item in enumerate(raw, start=1)]
        sample = cls(
            source=source,
            usage=usage,
            annotations=annotations,
            inference_loc=f.string(keys["inference_loc"]),
            id=f.string(keys["id"]),
            source_type=f.string(keys["source_type"]),
            source_property=f.mapping(keys["source_property"]),
            hard=f.flag(keys["hard"]),
            hard_coefficient=f.unit(keys["hard_coefficient"]),
            hard_reasons=f.string(keys["hard_reasons"]),
            source_map=f.string(keys["source_map"]),
        )
        sample.extra = f.rest()
        return sample

    def to_json(self) -> dict[str, Any]:
        """The file form: hyphenated keys, absent values left out, unknown keys written back."""
        out: dict[str, Any] = {}
        keys = self.FILE_KEYS
        out[keys["source"]] = self.source
        _put(out, keys["usage"], self.usage)
        _put(out, keys["id"], self.id)
        _put(out, keys["source_type"], self.source_type)
        _put(out, keys["source_property"], self.source_property)
        _put(out, keys["hard"], _hard(self.hard))
        _put(out, keys["hard_coefficient"], self.hard_coefficient)
        _put(out, keys["hard_reasons"], self.hard_reasons)
        _put(out, keys["source_map"], self.source_map)
        if self.annotations:
            out[keys["annotations"]] = [a.to_json() for a in self.annotations]
        _put(out, keys["inference_loc"], self.inference_loc)
        for key, value in self.extra.items():
            out.setdefault(key, value)
        return out

    def to_line(self) -> str:
        """One manifest line (with its newline); ``ValueError`` for a value JSON cannot hold
        (``NaN``), a sample without ``source``, or values that would not read back."""
        Sample.from_json(json.loads(json.dumps(self.to_json(), allow_nan=False)))  # what is written reads back
        return json.dumps(self.to_json(), ensure_ascii=False, allow_nan=False, separators=(",", ":")) + "\n"


def parse_line(text: str) -> Sample:
    """One manifest line as a :class:`Sample`; ``ValueError`` saying what is wrong."""
    try:
        obj = json.loads(text, parse_constant=_refuse_constant)
    except RecursionError:
        raise ValueError(f"nested deeper than {MAX_DEPTH} levels") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    return Sample.from_json(obj)


@dataclass
class Manifest:
    """A manifest: its samples in file order (SDK reference, Table 7-25)."""

    samples: list[Sample] = field(default_factory=list)

    @property
    def size(self) -> int:
        """The number of samples."""
        return len(self.samples)

    @classmethod
    def parse_manifest(cls, manifest_path: Source, encoding: str = "utf-8") -> Manifest:
        """Read a manifest from a local path or a file-like object (text, or bytes in ``encoding``).

        Raises :class:`ManifestError` naming the first line that breaks the format.
        """
        return cls(list(cls.iter_samples(manifest_path, encoding)))

    @classmethod
    def iter_samples(cls, manifest_path: Source, encoding: str = "utf-8") -> Iterator[Sample]:
        """The samples one at a time, for manifests too large to hold (same checks as
        :meth:`parse_manifest`, raised when the bad line is reached)."""
        name = source_name(manifest_path)
        for number, text in iter_lines(manifest_path, encoding, ManifestError):
            if number == 1 and text.startswith("\ufeff"):
                text = text[1:]  # a byte order mark some editors write
            if not text.strip():
                continue
            try:
                yield parse_line(text)
            except ValueError as exc:
                raise ManifestError(str(exc), source=name, line=number) from None

    def dumps(self) -> str:
        """The manifest's text: one line per sample."""
        return "".join(sample.to_line() for sample in self.samples)

    def save(self, path: Target, save_mode: str = "w") -> None:
        """Write the manifest to a local path or a file-like object.

        ``save_mode`` ``"w"`` replaces the file, ``"a"`` appends to it. Every sample is checked
        before anything is written, and a path is written through a temporary file renamed into
        place, so a failure leaves the old file as it was.
        """
        if save_mode not in ("w", "a"):
            raise ValueError(f"save_mode must be 'w' (replace) or 'a' (append), not {save_mode!r}")
        write_atomic(path, self.dumps().encode("utf-8"), append=save_mode == "a")

    def __iter__(self) -> Iterator[Sample]:
        return iter(self.samples)

    def __len__(self) -> int:
        return len(self.samples)
