"""Dataset file formats: ModelArts manifest files (JSON Lines) and Pascal VOC XML annotations.

Why in the overlays: a dataset import reads a manifest, an export writes one, and object detection
labels point at Pascal VOC files; users build, check and read these files around the dataset API
(SDK reference, chapter 7.6). The classes mirror that chapter's names (``Manifest.parse_manifest``,
``manifest.save``, ``PascalVoc.parse_xml``, ``pascal_voc.save_xml``) so its examples carry over.

Both formats read from a local path or any file-like object (text or binary) and write to either;
a save to a path never leaves a half-written file (:mod:`.files`). A file that breaks the format
raises :class:`DatasetFormatError` (:class:`ManifestError` naming the line, or
:class:`PascalVocError` naming the line and column or the element), never an exception from deep
inside a parser.
"""

from __future__ import annotations

from .files import DatasetFormatError
from .manifest import (
    ANNOTATION_TYPES,
    USAGES,
    Annotation,
    Manifest,
    ManifestError,
    Sample,
)
from .pascal_voc import (
    BndBox,
    Circle,
    Line,
    PascalVoc,
    PascalVocError,
    Point,
    Polygon,
    Position,
    VocObject,
    VocSource,
)

__all__ = [
    "ANNOTATION_TYPES",
    "USAGES",
    "Annotation",
    "BndBox",
    "Circle",
    "DatasetFormatError",
    "Line",
    "Manifest",
    "ManifestError",
    "PascalVoc",
    "PascalVocError",
    "Point",
    "Polygon",
    "Position",
    "Sample",
    "VocObject",
    "VocSource",
]
