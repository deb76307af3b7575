"""Pascal VOC XML annotations, as ModelArts writes them for object detection and segmentation.

One file describes one image: its folder and file name, where it came from (``<source>``), its size,
and the labeled objects (``<object>``), each with a name, the VOC flags (pose, truncated, occluded,
difficult), a machine label's confidence, its shape, key/value properties and nested parts. The
shapes are those of the SDK reference (chapter 7.6.4, Table 7-33): ``bndbox`` (a rectangle),
``point``, ``line``, ``polygon`` and ``circle``.

Why a hardened parser: annotation files come from users, other tools and OBS buckets shared between
accounts. ``defusedxml`` parses with document type declarations forbidden, so no entity can expand
(no "billion laughs") and no external entity or DTD is fetched; such a file is refused with
:class:`PascalVocError`, as is malformed XML (naming its line and column) and a field of the wrong
kind (naming the element).

Choices where the reference is silent (the spec's errata, "Manifest and Pascal VOC files"):

* Properties are written as ``<properties><property><key>..</key><value>..</value></property>``
  pairs: keys such as ``@modelarts:color`` are not valid XML element names.
* Coordinates are numbers: integers stay integers, others are floats; non-finite values are refused.
* Nested parts go at most :data:`MAX_DEPTH` levels deep.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import ClassVar

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException
from typing_extensions import Self

from .files import DatasetFormatError, Source, Target, read_bytes, source_name, write_atomic

__all__ = [
    "MAX_DEPTH",
    "BndBox",
    "Circle",
    "Line",
    "PascalVoc",
    "PascalVocError",
    "Point",
    "Polygon",
    "Position",
    "VocObject",
    "VocSource",
]

MAX_DEPTH = 16
"""Deepest nesting of ``<part>`` objects accepted."""

Number = int | float


class PascalVocError(DatasetFormatError):
    """A Pascal VOC file that breaks the format: where (line, or the element's path) and what."""


def _number(text: str | None, where: str) -> Number:
    raw = (text or "").strip()  # numbers may be padded by hand-written files
    try:
        return int(raw)
    except ValueError:
        pass
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(f"{where}: expected a number, got {raw!r}") from None
    if not math.isfinite(value):
        raise ValueError(f"{where}: expected a finite number, got {raw!r}")
    return value


def _text(value: Number) -> str:
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"coordinates must be finite numbers, not {value}")
    return str(value)


@dataclass(kw_only=True)
class BndBox:
    """A rectangle: the corners (``xmin``, ``ymin``) and (``xmax``, ``ymax``)."""

    TAG: ClassVar[str] = "bndbox"
    xmin: Number
    ymin: Number
    xmax: Number
    ymax: Number

    def children(self) -> list[tuple[str, Number]]:
        return [("xmin", self.xmin), ("ymin", self.ymin), ("xmax", self.xmax), ("ymax", self.ymax)]

    @classmethod
    def from_values(cls, values: dict[str, Number], where: str) -> BndBox:
        missing = [k for k in ("xmin", "ymin", "xmax", "ymax") if k not in values]
        if missing:
            raise ValueError(f"{where}: missing {', '.join(missing)}")
        return cls(xmin=values["xmin"], ymin=values["ymin"], xmax=values["xmax"], ymax=values["ymax"])


@dataclass(kw_only=True)
class Point:
    """A point (``x``, ``y``)."""

    TAG: ClassVar[str] = "point"
    x: Number
    y: Number

    def children(self) -> list[tuple[str, Number]]:
        return [("x", self.x), ("y", self.y)]

    @classmethod
    def from_values(cls, values: dict[str, Number], where: str) -> Point:
        if "x" not in values or "y" not in values:
            raise ValueError(f"{where}: a point needs x and y")
        return cls(x=values["x"], y=values["y"])


def _numbered(values: dict[str, Number], where: str, least: int) -> list[tuple[Number, Number]]:
    points: list[tuple[Number, Number]] = []
    n = 1
    while f"x{n}" in values or f"y{n}" in values:
        if f"x{n}" not in values or f"y{n}" not in values:
            raise ValueError(f"{where}: point {n} needs x{n} and y{n}")
        points.append((values[f"x{n}"], values[f"y{n}"]))
        n += 1
    if len(points) != len(values) // 2 or len(values) % 2:
        raise ValueError(f"{where}: points must be numbered x1, y1, x2, y2, ... without gaps")
    if len(points) < least:
        raise ValueError(f"{where}: needs at least {least} points")
    return points


def _numbered_children(points: list[tuple[Number, Number]]) -> list[tuple[str, Number]]:
    out: list[tuple[str, Number]] = []
    for n, (x, y) in enumerate(points, start=1):
        out += [(f"x{n}", x), (f"y{n}", y)]
    return out


@dataclass(kw_only=True)
class _Path:
    """Points numbered ``x1``, ``y1``, ``x2``, ``y2``, ... (a line or a polygon)."""

    TAG: ClassVar[str]
    LEAST: ClassVar[int]
    points: list[tuple[Number, Number]]

    def children(self) -> list[tuple[str, Number]]:
        return _numbered_children(self.points)

    @classmethod
    def from_values(cls, values: dict[str, Number], where: str) -> Self:
        return cls(points=_numbered(values, where, cls.LEAST))


@dataclass(kw_only=True)
class Line(_Path):
    """A line through two or more points."""

    TAG: ClassVar[str] = "line"
    LEAST: ClassVar[int] = 2


@dataclass(kw_only=True)
class Polygon(_Path):
    """A polygon through three or more points."""

    TAG: ClassVar[str] = "polygon"
    LEAST: ClassVar[int] = 3


@dataclass(kw_only=True)
class Circle:
    """A circle: its centre (``cx``, ``cy``) and radius ``r``."""

    TAG: ClassVar[str] = "circle"
    cx: Number
    cy: Number
    r: Number

    def children(self) -> list[tuple[str, Number]]:
        return [("cx", self.cx), ("cy", self.cy), ("r", self.r)]

    @classmethod
    def from_values(cls, values: dict[str, Number], where: str) -> Circle:
        if not {"cx", "cy", "r"} <= set(values):
            raise ValueError(f"{where}: a circle needs cx, cy and r")
        return cls(cx=values["cx"], cy=values["cy"], r=values["r"])


Position = BndBox | Point | Line | Polygon | Circle
"""Where a labeled object is: one of the five shapes."""

SHAPES: dict[str, type[BndBox] | type[Point] | type[Line] | type[Polygon] | type[Circle]] = {
    shape.TAG: shape for shape in (BndBox, Point, Line, Polygon, Circle)
}


@dataclass(kw_only=True)
class VocSource:
    """Where the image came from (SDK reference, Table 7-31)."""

    database: str | None = None
    annotation: str | None = None
    image: str | None = None


@dataclass(kw_only=True)
class VocObject:
    """One labeled object (SDK reference, Table 7-32)."""

    name: str
    """The label."""
    pose: str | None = None
    truncated: str | None = None
    """``"0"``: not truncated."""
    occluded: str | None = None
    """``"0"``: not occluded."""
    difficult: str | None = None
    """``"0"``: easy to identify."""
    confidence: float | None = None
    """Confidence of a machine label, 0 to 1."""
    position: Position | None = None
    """Its shape."""
    properties: dict[str, str] = field(default_factory=dict)
    """Key/value properties (``{"@modelarts:color": "#FFFFF0"}``)."""
    parts: list[VocObject] = field(default_factory=list)
    """Objects inside this one."""
    mask_color: str | None = None
    """The colour of its mask (image segmentation)."""

    FLAGS: ClassVar[tuple[str, ...]] = ("pose", "truncated", "occluded", "difficult")


@dataclass(kw_only=True)
class PascalVoc:
    """One image's annotations (SDK reference, Table 7-30)."""

    file_name: str
    folder: str | None = None
    source: VocSource | None = None
    width: int | None = None
    height: int | None = None
    depth: int | None = None
    segmented: str | None = None
    mask_source: str | None = None
    """Where the segmentation mask (a PNG) is."""
    voc_objects: list[VocObject] = field(default_factory=list)

    @classmethod
    def parse_xml(cls, xml_file_path: Source, encoding: str = "utf-8") -> PascalVoc:
        """Read a Pascal VOC file from a local path or a file-like object.

        Raises :class:`PascalVocError` for malformed XML, a DTD or entity (refused, never expanded),
        or content that is not a Pascal VOC annotation.
        """
        name = source_name(xml_file_path)
        data = read_bytes(xml_file_path, encoding)
        try:
            root = SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
        except ET.ParseError as exc:
            line, column = exc.position
            raise PascalVocError(f"column {column}: not well-formed XML ({exc.msg})", source=name, line=line) from None
        except DefusedXmlException as exc:
            raise PascalVocError(
                f"refused: {type(exc).__name__} (DTDs and entities are not accepted)", source=name
            ) from None
        try:
            return _read_annotation(root)
        except ValueError as exc:
            raise PascalVocError(str(exc), source=name) from None

    def to_xml(self) -> bytes:
        """The file's bytes (UTF-8, with an XML declaration); ``ValueError`` for a non-finite
        coordinate or a ``file_name`` missing."""
        if not self.file_name:
            raise ValueError("file_name is required")
        root = ET.Element("annotation")
        _sub(root, "folder", self.folder)
        _sub(root, "filename", self.file_name)
        if self.source is not None:
            source = ET.SubElement(root, "source")
            _sub(source, "database", self.source.database)
            _sub(source, "annotation", self.source.annotation)
            _sub(source, "image", self.source.image)
        if (self.width, self.height, self.depth) != (None, None, None):
            size = ET.SubElement(root, "size")
            _sub(size, "width", self.width)
            _sub(size, "height", self.height)
            _sub(size, "depth", self.depth)
        _sub(root, "segmented", self.segmented)
        _sub(root, "mask_source", self.mask_source)
        for obj in self.voc_objects:
            _write_object(root, "object", obj, 1)
        ET.indent(root)
        data: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
        return data + b"\n"

    def save_xml(self, xml_file_path: Target) -> None:
        """Write the file to a local path (through a temporary file renamed into place, so a
        failure leaves the old file as it was) or a file-like object."""
        write_atomic(xml_file_path, self.to_xml())


_NOT_XML = re.compile("[^\t\n\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""Characters XML 1.0 cannot hold (and a carriage return, which a parser turns into a newline)."""


def _sub(parent: ET.Element, tag: str, value: str | int | float | None) -> None:
    if value is None:
        return
    text: str
    if isinstance(value, str):
        bad = _NOT_XML.search(value)
        if bad:
            raise ValueError(f"<{tag}>: {bad.group()!r} cannot be written to an XML file")
        text = value
    else:
        text = _text(value)
    ET.SubElement(parent, tag).text = text


def _write_object(parent: ET.Element, tag: str, obj: VocObject, depth: int) -> None:
    if depth > MAX_DEPTH:
        raise ValueError(f"parts nested deeper than {MAX_DEPTH} levels")
    element = ET.SubElement(parent, tag)
    _sub(element, "name", obj.name)
    for flag in VocObject.FLAGS:
        _sub(element, flag, getattr(obj, flag))
    if obj.confidence is not None:
        _sub(element, "confidence", obj.confidence)
    _sub(element, "mask_color", obj.mask_color)
    if obj.position is not None:
        shape = ET.SubElement(element, obj.position.TAG)
        for coordinate, number in obj.position.children():
            _sub(shape, coordinate, number)
    if obj.properties:
        properties = ET.SubElement(element, "properties")
        for key, value in obj.properties.items():
            item = ET.SubElement(properties, "property")
            _sub(item, "key", key)
            _sub(item, "value", value)
    for part in obj.parts:
        _write_object(element, "part", part, depth + 1)


def _child_text(element: ET.Element, tag: str) -> str | None:
    """A leaf's text exactly as written (``""`` for an empty element, ``None`` for none)."""
    child = element.find(tag)
    if child is None:
        return None
    return child.text or ""


def _integer(element: ET.Element, tag: str, where: str) -> int | None:
    text = _child_text(element, tag)
    if text is None or text == "":
        return None
    try:
        return int(text)
    except ValueError:
        raise ValueError(f"{where}/{tag}: expected an integer, got {text!r}") from None


def _read_annotation(root: ET.Element) -> PascalVoc:
    if root.tag != "annotation":
        raise ValueError(f"the root element must be <annotation>, not <{root.tag}>")
    file_name = _child_text(root, "filename")
    if not file_name:
        raise ValueError("annotation/filename is missing or empty")
    source_el = root.find("source")
    source = None
    if source_el is not None:
        source = VocSource(
            database=_child_text(source_el, "database"),
            annotation=_child_text(source_el, "annotation"),
            image=_child_text(source_el, "image"),
        )
    size = root.find("size")
    width = height = depth = None
    if size is not None:
        width = _integer(size, "width", "annotation/size")
        height = _integer(size, "height", "annotation/size")
        depth = _integer(size, "depth", "annotation/size")
    objects = [_read_object(el, f"annotation/object[{n}]", 1) for n, el in enumerate(root.findall("object"), start=1)]
    return PascalVoc(
        file_name=file_name,
        folder=_child_text(root, "folder"),
        source=source,
        width=width,
        height=height,
        depth=depth,
        segmented=_child_text(root, "segmented"),
        mask_source=_child_text(root, "mask_source"),
        voc_objects=objects,
    )


def _read_object(element: ET.Element, where: str, depth: int) -> VocObject:
    if depth > MAX_DEPTH:
        raise ValueError(f"{where}: parts nested deeper than {MAX_DEPTH} levels")
    name = _child_text(element, "name")
    if not name:
        raise ValueError(f"{where}/name is missing or empty")
    confidence_text = _child_text(element, "confidence")
    confidence = None
    if confidence_text:
        confidence = float(_number(confidence_text, f"{where}/confidence"))
        if not 0 <= confidence <= 1:
            raise ValueError(f"{where}/confidence: must be between 0 and 1, not {confidence_text}")
    position: Position | None = None
    for tag, shape in SHAPES.items():
        shape_el = element.find(tag)
        if shape_el is None:
            continue
        if position is not None:
            raise ValueError(f"{where}: more than one shape ({position.TAG} and {tag})")
        values = {child.tag: _number(child.text, f"{where}/{tag}/{child.tag}") for child in shape_el}
        position = shape.from_values(values, f"{where}/{tag}")
    properties: dict[str, str] = {}
    for n, item in enumerate(element.findall("properties/property"), start=1):
        key = _child_text(item, "key")
        if not key:
            raise ValueError(f"{where}/properties/property[{n}]/key is missing or empty")
        properties[key] = _child_text(item, "value") or ""
    parts = [_read_object(el, f"{where}/part[{n}]", depth + 1) for n, el in enumerate(element.findall("part"), start=1)]
    return VocObject(
        name=name,
        pose=_child_text(element, "pose"),
        truncated=_child_text(element, "truncated"),
        occluded=_child_text(element, "occluded"),
        difficult=_child_text(element, "difficult"),
        confidence=confidence,
        position=position,
        properties=properties,
        parts=parts,
        mask_color=_child_text(element, "mask_color"),
    )
