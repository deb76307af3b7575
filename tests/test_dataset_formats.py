"""Manifest and Pascal VOC files (modelarts_overlays.formats): reading, writing, and refusing.

Round trips are property tests over generated files; the refusals cover classes of bad input (odd
bytes, broken JSON, wrong types, deep nesting, non-finite numbers, XML entities and DTDs) and check
that each error names where it is, and that a failed save leaves the old file untouched.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from modelarts_overlays.formats import (
    ANNOTATION_TYPES,
    USAGES,
    Annotation,
    BndBox,
    Circle,
    DatasetFormatError,
    Line,
    Manifest,
    ManifestError,
    PascalVoc,
    PascalVocError,
    Point,
    Polygon,
    Sample,
    VocObject,
    VocSource,
)

# Text as users write it: any Unicode a JSON string and an XML file can both hold.
TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"),
    min_size=1,
    max_size=20,
)
OPTIONAL_TEXT = st.none() | TEXT
UNIT = st.none() | st.floats(min_value=0, max_value=1, allow_nan=False)
JSON_LEAF = st.none() | st.booleans() | st.integers(-(2**53), 2**53) | TEXT
PROPERTY = st.dictionaries(TEXT, JSON_LEAF | st.lists(JSON_LEAF, max_size=3), max_size=3)


@st.composite
def labels(draw: st.DrawFn) -> Annotation:
    kind = draw(st.none() | st.sampled_from(ANNOTATION_TYPES) | TEXT)
    loc = draw(TEXT if kind == "modelarts/object_detection" else OPTIONAL_TEXT)
    return Annotation(
        name=draw(OPTIONAL_TEXT),
        type=kind,
        id=draw(OPTIONAL_TEXT),
        annotation_loc=loc,
        annotation_property=draw(PROPERTY),
        confidence=draw(UNIT),
        creation_time=draw(OPTIONAL_TEXT),
        annotated_by=draw(OPTIONAL_TEXT),
        annotation_format=draw(OPTIONAL_TEXT),
        hard=draw(st.none() | st.booleans()),
        hard_coefficient=draw(UNIT),
        annotation_loc_map=draw(OPTIONAL_TEXT),
        extra=draw(st.dictionaries(st.sampled_from(["x-tool", "review", "comment"]), JSON_LEAF, max_size=2)),
    )


@st.composite
def manifest_lines(draw: st.DrawFn) -> Sample:
    return Sample(
        source=draw(TEXT),
        usage=draw(st.none() | st.sampled_from(USAGES)),
        annotations=draw(st.lists(labels(), max_size=3)),
        inference_loc=draw(OPTIONAL_TEXT),
        id=draw(OPTIONAL_TEXT),
        source_type=draw(OPTIONAL_TEXT),
        source_property=draw(PROPERTY),
        hard=draw(st.none() | st.booleans()),
        hard_coefficient=draw(UNIT),
        hard_reasons=draw(OPTIONAL_TEXT),
        source_map=draw(OPTIONAL_TEXT),
        extra=draw(st.dictionaries(st.sampled_from(["x-tool", "source-md5"]), JSON_LEAF, max_size=2)),
    )


MANIFESTS = st.builds(Manifest, st.lists(manifest_lines(), max_size=6))


@settings(max_examples=150, deadline=None)
@given(MANIFESTS)
def test_a_manifest_reads_back_as_written(manifest: Manifest) -> None:
    text = manifest.dumps()
    assert len(text.splitlines()) == manifest.size
    for line in text.splitlines():
        json.loads(line)  # every line is one JSON object on its own
    assert Manifest.parse_manifest(io.StringIO(text)) == manifest
    assert Manifest.parse_manifest(io.BytesIO(text.encode("utf-8"))) == manifest


@settings(max_examples=40, deadline=None)
@given(MANIFESTS, MANIFESTS)
def test_saving_to_a_path_replaces_or_appends(
    tmp_path_factory: pytest.TempPathFactory, first: Manifest, second: Manifest
) -> None:
    path = tmp_path_factory.mktemp("m") / "V001.manifest"
    first.save(path)
    assert Manifest.parse_manifest(path) == first
    second.save(path, save_mode="a")
    assert Manifest.parse_manifest(str(path)).samples == first.samples + second.samples
    second.save(path)
    assert Manifest.parse_manifest(path) == second
    assert [p.name for p in path.parent.iterdir()] == ["V001.manifest"]  # no temporary file left


def test_the_reference_example_reads_and_keeps_unknown_keys() -> None:
    line = {
        "source": "s3://path/to/image1.jpg",
        "usage": "TRAIN",
        "hard": "true",
        "hard-coefficient": 0.8,
        "id": "0162005993f8065ef47eefb59d1e4970",
        "annotation": [
            {
                "type": "modelarts/image_classification",
                "name": "cat",
                "property": {"color": "white", "kind": "Persian cat"},
                "hard": "true",
                "hard-coefficient": 0.8,
                "annotated-by": "human",
                "creation-time": "2019-01-23 11:30:30",
                "x-reviewer": {"by": "qa"},
            },
            {
                "type": "modelarts/object_detection",
                "annotation-loc": "s3://path/to/annotation1.xml",
                "annotation-format": "PASCAL VOC",
                "annotated-by": "human",
            },
        ],
        "inference-loc": "/path/to/inference-output",
    }
    manifest = Manifest.parse_manifest(io.StringIO(json.dumps(line, ensure_ascii=False) + "\n\n"))
    (sample,) = manifest.samples
    assert sample.hard is True and sample.hard_coefficient == 0.8 and sample.usage == "TRAIN"
    cat, box = sample.annotations
    assert (cat.name, cat.annotation_property["kind"], cat.annotated_by) == ("cat", "Persian cat", "human")
    assert cat.extra == {"x-reviewer": {"by": "qa"}}
    assert box.annotation_loc == "s3://path/to/annotation1.xml" and box.annotation_format == "PASCAL VOC"
    assert json.loads(manifest.dumps()) == line  # the same keys and values, unknown ones included


def test_text_sources_keep_any_language_and_are_written_as_utf8(tmp_path: Path) -> None:
    manifest = Manifest([Sample(source="content://J'aime l'apprentissage automatique, 机器学习 ✓")])
    manifest.save(tmp_path / "t.manifest")
    raw = (tmp_path / "t.manifest").read_bytes()
    assert "机器学习".encode() in raw
    assert Manifest.parse_manifest(tmp_path / "t.manifest") == manifest
    with_bom = b"\xef\xbb\xbf" + raw
    assert Manifest.parse_manifest(io.BytesIO(with_bom)) == manifest


BAD_LINES = [
    (b"{not json}", "not valid JSON"),
    (b"[1, 2]", "JSON object"),
    (b'"a string"', "JSON object"),
    (b"{}", "'source' is missing"),
    (b'{"source": ""}', "'source' is missing"),
    (b'{"source": 7}', "'source' must be a string"),
    (b'{"source": "s3://a", "usage": "train"}', "'usage' must be one of"),
    (b'{"source": "s3://a", "annotation": {"name": "cat"}}', "'annotation' must be a list"),
    (b'{"source": "s3://a", "annotation": ["cat"]}', "annotation 1: must be an object"),
    (b'{"source": "s3://a", "annotation": [{"confidence": 1.5}]}', "'confidence' must be between 0 and 1"),
    (b'{"source": "s3://a", "annotation": [{"confidence": "high"}]}', "'confidence' must be a number"),
    (b'{"source": "s3://a", "annotation": [{"confidence": true}]}', "'confidence' must be a number"),
    (b'{"source": "s3://a", "hard": "yes"}', "'hard' must be true or false"),
    (b'{"source": "s3://a", "hard-coefficient": NaN}', "not a JSON number"),
    (b'{"source": "s3://a", "hard-coefficient": Infinity}', "not a JSON number"),
    (b'{"source": "s3://a", "property": [1]}', "'property' must be an object"),
    (b'{"source": "s3://a", "annotation": [{"type": "modelarts/object_detection"}]}', "needs 'annotation-loc'"),
    (b'{"source": "s3://a", "x": ' + b"[" * 40 + b"]" * 40 + b"}", "nested deeper"),
    (b'{"source": "s3://a", "x": ' + b"[" * 100000 + b"]" * 100000 + b"}", "nested deeper"),
    (b'{"source": "s3://\xff\xfe"}', "not valid utf-8"),
]


@pytest.mark.parametrize(("line", "said"), BAD_LINES, ids=[said for _, said in BAD_LINES])
def test_a_bad_line_is_named_with_what_is_wrong(tmp_path: Path, line: bytes, said: str) -> None:
    path = tmp_path / "bad.manifest"
    path.write_bytes(b'{"source": "s3://ok/1.jpg"}\n\n' + line + b"\n" + b'{"source": "s3://ok/2.jpg"}\n')
    with pytest.raises(ManifestError) as caught:
        Manifest.parse_manifest(path)
    assert caught.value.line == 3
    assert said in str(caught.value) and f"{path}, line 3" in str(caught.value)
    assert isinstance(caught.value, DatasetFormatError) and isinstance(caught.value, ValueError)


def test_samples_stream_until_the_bad_line() -> None:
    text = '{"source": "a"}\n{"source": "b"}\n{oops\n'
    reader = Manifest.iter_samples(io.StringIO(text))
    assert [next(reader).source, next(reader).source] == ["a", "b"]
    with pytest.raises(ManifestError, match="line 3"):
        next(reader)


@pytest.mark.parametrize(
    "broken",
    [
        Sample(source=""),
        Sample(source="s3://a", usage="SOMETIMES"),
        Sample(source="s3://a", hard_coefficient=float("nan")),
        Sample(source="s3://a", annotations=[Annotation(confidence=float("inf"))]),
        Sample(source="s3://a", annotations=[Annotation(type="modelarts/object_detection")]),
    ],
)
def test_a_failed_save_leaves_the_old_file_as_it_was(tmp_path: Path, broken: Sample) -> None:
    path = tmp_path / "keep.manifest"
    good = Manifest([Sample(source="s3://bucket/1.jpg", usage="TRAIN")])
    good.save(path)
    before = path.read_bytes()
    for mode in ("w", "a"):
        with pytest.raises(ValueError):
            Manifest([Sample(source="s3://bucket/2.jpg"), broken]).save(path, save_mode=mode)
        assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["keep.manifest"]


def test_a_crash_mid_write_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "keep.manifest"
    Manifest([Sample(source="s3://bucket/1.jpg")]).save(path)
    before = path.read_bytes()

    def crash(*_: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(OSError, match="disk full"):
        Manifest([Sample(source=f"s3://bucket/{n}.jpg") for n in range(1000)]).save(path)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["keep.manifest"]


def test_obs_paths_and_bad_modes_are_refused_plainly(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="OBS path"):
        Manifest.parse_manifest("obs://bucket/V001.manifest")
    with pytest.raises(ValueError, match="OBS path"):
        Manifest().save("obs://bucket/V001.manifest")
    with pytest.raises(ValueError, match="save_mode"):
        Manifest().save(tmp_path / "x.manifest", save_mode="x")
    with pytest.raises(ValueError, match="OBS path"):
        PascalVoc.parse_xml("obs://bucket/voc/test.xml")


def test_a_manifest_writes_to_text_and_binary_streams() -> None:
    manifest = Manifest([Sample(source="content://héllo", usage="TEST")])
    text, binary = io.StringIO(), io.BytesIO()
    manifest.save(text)
    manifest.save(binary)
    assert binary.getvalue() == text.getvalue().encode("utf-8")
    assert Manifest.parse_manifest(io.BytesIO(binary.getvalue())) == manifest


# --- Pascal VOC -----------------------------------------------------------------------------------

COORD = st.integers(-10000, 10000) | st.floats(min_value=-1e6, max_value=1e6, allow_nan=False).filter(
    lambda v: not v.is_integer()
)
POINTS = st.tuples(COORD, COORD)
POSITIONS = (
    st.builds(BndBox, xmin=COORD, ymin=COORD, xmax=COORD, ymax=COORD)
    | st.builds(Point, x=COORD, y=COORD)
    | st.builds(Line, points=st.lists(POINTS, min_size=2, max_size=5))
    | st.builds(Polygon, points=st.lists(POINTS, min_size=3, max_size=6))
    | st.builds(Circle, cx=COORD, cy=COORD, r=COORD)
)
FLAG = st.none() | st.sampled_from(["0", "1", "Unspecified", ""])


def voc_objects(depth: int = 0) -> st.SearchStrategy[VocObject]:
    parts = st.lists(voc_objects(depth + 1), max_size=2) if depth < 2 else st.just([])
    return st.builds(
        VocObject,
        name=TEXT,
        pose=FLAG,
        truncated=FLAG,
        occluded=FLAG,
        difficult=FLAG,
        confidence=UNIT,
        position=st.none() | POSITIONS,
        properties=st.dictionaries(
            TEXT, st.text(max_size=10).filter(lambda t: "\r" not in t and t.isprintable()), max_size=3
        ),
        parts=parts,
        mask_color=st.none() | st.sampled_from(["#FF0000", "#00ff00"]),
    )


VOCS = st.builds(
    PascalVoc,
    file_name=TEXT,
    folder=OPTIONAL_TEXT,
    source=st.none() | st.builds(VocSource, database=OPTIONAL_TEXT, annotation=OPTIONAL_TEXT, image=OPTIONAL_TEXT),
    width=st.none() | st.integers(0, 100000),
    height=st.none() | st.integers(0, 100000),
    depth=st.none() | st.integers(0, 4),
    segmented=FLAG,
    mask_source=OPTIONAL_TEXT,
    voc_objects=st.lists(voc_objects(), max_size=4),
)


@settings(max_examples=150, deadline=None)
@given(VOCS)
def test_a_pascal_voc_file_reads_back_as_written(voc: PascalVoc) -> None:
    data = voc.to_xml()
    assert data.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    assert PascalVoc.parse_xml(io.BytesIO(data)) == voc
    assert PascalVoc.parse_xml(io.StringIO(data.decode("utf-8"))) == voc


def test_the_reference_example_saves_and_reads(tmp_path: Path) -> None:
    objects = [
        VocObject(
            name="trafficlight",
            properties={"@modelarts:color": "#FFFFF0", "@modelarts:shortcut": "D"},
            pose="0",
            truncated="0",
            difficult="0",
            position=BndBox(xmin=100, ymin=100, xmax=200, ymax=200),
        ),
        VocObject(name="trafficlight", position=Polygon(points=[(100, 100), (200, 100), (250, 150.5)])),
    ]
    voc = PascalVoc(file_name="000000089955.jpg", width=640, height=321, depth=3, voc_objects=objects)
    path = tmp_path / "test2.xml"
    voc.save_xml(path)
    text = path.read_text(encoding="utf-8")
    assert "<filename>000000089955.jpg</filename>" in text and "<xmin>100</xmin>" in text and "<x3>250</x3>" in text
    assert PascalVoc.parse_xml(path) == voc
    assert PascalVoc.parse_xml(str(path)).voc_objects[1].position == Polygon(
        points=[(100, 100), (200, 100), (250, 150.5)]
    )


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<annotation><filename>&lol3;</filename></annotation>"""
EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE a [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<annotation><filename>&secret;</filename></annotation>"""
EXTERNAL_DTD = b"""<?xml version="1.0"?><!DOCTYPE annotation SYSTEM "http://example.invalid/voc.dtd">
<annotation><filename>a.jpg</filename></annotation>"""

BAD_VOC = [
    (BILLION_LAUGHS, "refused"),
    (EXTERNAL, "refused"),
    (EXTERNAL_DTD, "refused"),
    (b"<annotation><filename>a.jpg</filename>", "line 1"),
    (b"<annotation>\n<filename>a.jpg</file>\n</annotation>", "line 2"),
    (b"\xff\xfe<annotation/>", "not well-formed"),
    (b"", "not well-formed"),
    (b"<voc><filename>a.jpg</filename></voc>", "root element must be <annotation>"),
    (b"<annotation><folder>x</folder></annotation>", "filename is missing"),
    (b"<annotation><filename>a.jpg</filename><size><width>wide</width></size></annotation>", "annotation/size/width"),
    (b"<annotation><filename>a</filename><object><pose>0</pose></object></annotation>", "object[1]/name"),
    (
        b"<annotation><filename>a</filename><object><name>c</name><bndbox><xmin>1</xmin></bndbox></object></annotation>",
        "missing ymin",
    ),
    (
        b"<annotation><filename>a</filename><object><name>c</name><point><x>nan</x><y>1</y></point></object></annotation>",
        "finite number",
    ),
    (
        b"<annotation><filename>a</filename><object><name>c</name><circle><cx>1</cx><cy>1</cy><r>1e999</r></circle></object></annotation>",
        "finite number",
    ),
    (
        b"<annotation><filename>a</filename><object><name>c</name><polygon><x1>1</x1><y1>1</y1><x2>2</x2><y2>2</y2></polygon></object></annotation>",
        "at least 3 points",
    ),
    (
        b"<annotation><filename>a</filename><object><name>c</name><line><x1>1</x1><y1>1</y1><x3>2</x3><y3>2</y3></line></object></annotation>",
        "without gaps",
    ),
    (
        b"<annotation><filename>a</filename><object><name>c</name><confidence>2</confidence></object></annotation>",
        "between 0 and 1",
    ),
    (
        b"<annotation><filename>a</filename>"
        + b"<object><name>c</name>" + b"<part><name>p</name>" * 20 + b"</part>" * 20 + b"</object></annotation>",
        "nested deeper",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("data", "said"), BAD_VOC, ids=[f"{n}-{said}" for n, (_, said) in enumerate(BAD_VOC)])
def test_a_bad_pascal_voc_file_is_refused_with_where(tmp_path: Path, data: bytes, said: str) -> None:
    path = tmp_path / "bad.xml"
    path.write_bytes(data)
    with pytest.raises(PascalVocError) as caught:
        PascalVoc.parse_xml(path)
    assert said in str(caught.value) and str(path) in str(caught.value)
    assert "root:" not in str(caught.value)  # no entity was expanded into the message


@pytest.mark.parametrize(
    "broken",
    [
        PascalVoc(file_name=""),
        PascalVoc(file_name="a\x00b.jpg"),
        PascalVoc(file_name="a.jpg", voc_objects=[VocObject(name="c", position=Point(x=float("inf"), y=0))]),
        PascalVoc(file_name="a.jpg", voc_objects=[VocObject(name="c", properties={"k": "v\x07"})]),
    ],
)
def test_a_pascal_voc_that_cannot_be_written_leaves_the_old_file(tmp_path: Path, broken: PascalVoc) -> None:
    path = tmp_path / "keep.xml"
    PascalVoc(file_name="a.jpg").save_xml(path)
    before = path.read_bytes()
    with pytest.raises(ValueError):
        broken.save_xml(path)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["keep.xml"]
