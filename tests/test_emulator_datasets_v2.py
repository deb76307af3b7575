"""The emulator's datasets: imports that read manifests and Pascal VOC files, their failures, the
paging rule, statuses on the clock, and the OBS stand-in's admin routes.

The happy path of every operation runs in tests/test_every_operation.py; here are the classes of bad
input a user's files and paths bring, each of which must end as the documented task failure (or a
4xx with an error body), never a 500 and never a half-done import.
"""

from __future__ import annotations

import io
import uuid
from typing import Any

import httpx
import pytest

from modelarts_emulator.pytest_plugin import EmulatorHandle
from modelarts_overlays.errors import ConflictError, NotFoundError
from modelarts_overlays.formats import Annotation, BndBox, Manifest, PascalVoc, Polygon, Sample, VocObject
from modelarts_overlays.session import Session


def obs(emu: EmulatorHandle, method: str, url: str, data: bytes | None = None) -> httpx.Response:
    bucket, _, key = url.split("://", 1)[1].partition("/")
    return httpx.request(method, f"{emu.url}/_emulator/obs/{bucket}/{key}", content=data, timeout=10)


def new_dataset(session: Session, dataset_type: int = 0) -> str:
    body = {
        "dataset_name": f"ds-{uuid.uuid4().hex[:8]}",
        "dataset_type": dataset_type,
        "data_sources": [{"data_path": "obs://bucket/in/"}],
        "work_path": "obs://bucket/work/",
        "work_path_type": 0,
    }
    return str(session.call_json("create_dataset_v2", body=body)["dataset_id"])


def run_import(emu: EmulatorHandle, session: Session, dataset_id: str, **body: Any) -> dict[str, Any]:
    task_id = session.call_json("create_dataset_import_task_v2", dataset_id=dataset_id, body=body)["task_id"]
    emu.advance(5)
    task: dict[str, Any] = session.call_json("get_dataset_import_task_v2", dataset_id=dataset_id, task_id=task_id)
    return task


def samples_of(session: Session, dataset_id: str) -> list[dict[str, Any]]:
    return [s.to_dict() for s in session.paginate("list_dataset_samples_v2", dataset_id=dataset_id, page_size=100)]


GOOD = (
    b'{"source": "obs://bucket/in/1.jpg", "annotation": [{"name": "cat", "type": "modelarts/image_classification"}]}\n'
)
BAD_MANIFESTS = [
    (GOOD + b"{oops\n", "line 2"),
    (GOOD + b'{"usage": "TRAIN"}\n', "line 2"),
    (GOOD + b'{"source": "obs://bucket/in/2.jpg", "hard-coefficient": NaN}\n', "line 2"),
    (GOOD + b'{"source": "obs://bucket/in/\xff.jpg"}\n', "line 2"),
    (GOOD + b'{"source": "s", "x": ' + b"[" * 5000 + b"]" * 5000 + b"}\n", "line 2"),
    (GOOD + b'{"source": "s", "annotation": [{"type": "modelarts/object_detection"}]}\n', "line 2"),
    (b"[1]\n", "line 1"),
]


@pytest.mark.parametrize(("data", "where"), BAD_MANIFESTS, ids=[f"bad-{n}" for n in range(len(BAD_MANIFESTS))])
def test_a_bad_manifest_fails_the_task_naming_the_line_and_imports_nothing(
    env: tuple[EmulatorHandle, Session], data: bytes, where: str
) -> None:
    emu, session = env
    dataset_id = new_dataset(session)
    url = f"obs://bucket/bad/{uuid.uuid4().hex}.manifest"
    emu.put_object(url, data)
    task = run_import(emu, session, dataset_id, import_path=url, import_type="manifest")
    assert task["status"] == "FAILED" and task["error_code"] == "ModelArts.4362"
    assert url in task["error_msg"] and where in task["error_msg"]
    assert samples_of(session, dataset_id) == []


@pytest.mark.parametrize(
    ("path", "kind", "code"),
    [
        ("obs://bucket/nothing-here.manifest", "manifest", "ModelArts.4312"),
        ("obs://bucket/empty-folder/", "dir", "ModelArts.4340"),
        ("not a path at all", "manifest", "ModelArts.4313"),
        ("obs://bucket/../etc/passwd", "manifest", "ModelArts.4313"),
        ("obs://BAD_BUCKET/x.manifest", "manifest", "ModelArts.4313"),
    ],
)
def test_an_import_from_a_path_that_does_not_serve_fails_the_task(
    env: tuple[EmulatorHandle, Session], path: str, kind: str, code: str
) -> None:
    emu, session = env
    dataset_id = new_dataset(session)
    task = run_import(emu, session, dataset_id, import_path=path, import_type=kind)
    assert (task["status"], task["error_code"]) == ("FAILED", code)
    assert samples_of(session, dataset_id) == []


def test_object_detection_labels_come_from_the_pascal_voc_files(env: tuple[EmulatorHandle, Session]) -> None:
    emu, session = env
    dataset_id = new_dataset(session, dataset_type=1)
    folder = f"obs://bucket/{uuid.uuid4().hex}"
    voc = PascalVoc(
        file_name="1.jpg",
        width=640,
        height=480,
        depth=3,
        voc_objects=[
            VocObject(name="bee", position=BndBox(xmin=10, ymin=20, xmax=110, ymax=220)),
            VocObject(name="flower", position=Polygon(points=[(1, 1), (5, 1), (3, 4)])),
        ],
    )
    buffer = io.BytesIO()
    voc.save_xml(buffer)
    emu.put_object(f"{folder}/1.xml", buffer.getvalue())
    line = Sample(
        source=f"{folder}/1.jpg",
        annotations=[Annotation(type="modelarts/object_detection", annotation_loc=f"{folder}/1.xml")],
    )
    emu.put_object(f"{folder}/in.manifest", Manifest([line]).dumps().encode())
    task = run_import(emu, session, dataset_id, import_path=f"{folder}/in.manifest", import_type="manifest")
    assert task["status"] == "COMPLETED", task
    (sample,) = samples_of(session, dataset_id)
    shapes = {label["name"]: label["property"] for label in sample["labels"]}
    assert shapes["bee"] == {"@modelarts:shape": "bndbox", "@modelarts:feature": [[10, 20], [110, 220]]}
    assert shapes["flower"]["@modelarts:shape"] == "polygon"
    labels = session.call_json("list_dataset_labels_v2", dataset_id=dataset_id)["labels"]
    assert sorted(label["name"] for label in labels) == ["bee", "flower"]


@pytest.mark.parametrize(
    "xml",
    [
        b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "xx"><!ENTITY y "&x;&x;&x;">]>'
        b"<annotation><filename>&y;</filename></annotation>",
        b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY s SYSTEM "file:///etc/passwd">]>'
        b"<annotation><filename>&s;</filename></annotation>",
        b"<annotation><filename>a.jpg</filename><object><name>x</name><bndbox><xmin>nan</xmin></bndbox></object>",
        b"\x00\x01\x02",
    ],
)
def test_a_hostile_or_broken_pascal_voc_file_fails_the_import(env: tuple[EmulatorHandle, Session], xml: bytes) -> None:
    emu, session = env
    dataset_id = new_dataset(session, dataset_type=1)
    folder = f"obs://bucket/{uuid.uuid4().hex}"
    emu.put_object(f"{folder}/1.xml", xml)
    line = Sample(
        source=f"{folder}/1.jpg",
        annotations=[Annotation(type="modelarts/object_detection", annotation_loc=f"{folder}/1.xml")],
    )
    emu.put_object(f"{folder}/in.manifest", Manifest([line]).dumps().encode())
    task = run_import(emu, session, dataset_id, import_path=f"{folder}/in.manifest", import_type="manifest")
    assert task["status"] == "FAILED" and f"{folder}/1.xml" in task["error_msg"]
    assert "root:" not in task["error_msg"]  # no entity was expanded
    assert samples_of(session, dataset_id) == []


def test_an_import_shows_on_the_clock_and_the_dataset_says_it_is_importing(env: tuple[EmulatorHandle, Session]) -> None:
    emu, session = env
    dataset_id = new_dataset(session)
    url = f"obs://bucket/{uuid.uuid4().hex}.manifest"
    emu.put_object(url, Manifest([Sample(source=f"obs://bucket/in/{n}.jpg") for n in range(3)]).dumps().encode())
    task_id = session.call_json(
        "create_dataset_import_task_v2", dataset_id=dataset_id, body={"import_path": url, "import_type": "manifest"}
    )["task_id"]
    assert session.call_json("get_dataset_v2", dataset_id=dataset_id)["status"] == 8  # importing
    assert (
        session.call_json("get_dataset_import_task_v2", dataset_id=dataset_id, task_id=task_id)["status"] == "QUEUING"
    )
    with pytest.raises(ConflictError) as second:
        session.call_json(
            "create_dataset_import_task_v2", dataset_id=dataset_id, body={"import_path": url, "import_type": "manifest"}
        )
    assert second.value.error_code == "ModelArts.4356"
    assert samples_of(session, dataset_id) == []  # nothing shows before the task ends
    emu.advance(1)
    assert (
        session.call_json("get_dataset_import_task_v2", dataset_id=dataset_id, task_id=task_id)["status"] == "RUNNING"
    )
    emu.advance(2)
    assert len(samples_of(session, dataset_id)) == 3
    dataset = session.call_json("get_dataset_v2", dataset_id=dataset_id)
    assert (dataset["status"], dataset["total_sample_count"], dataset["annotated_sample_count"]) == (1, 3, 0)


def test_the_same_source_imported_twice_is_one_sample_with_the_newer_labels(
    env: tuple[EmulatorHandle, Session],
) -> None:
    emu, session = env
    dataset_id = new_dataset(session)
    for name in ("cat", "dog"):
        url = f"obs://bucket/{uuid.uuid4().hex}.manifest"
        line = Sample(
            source="s3://bucket/in/same.jpg", annotations=[Annotation(name=name, type="modelarts/image_classification")]
        )
        emu.put_object(url, Manifest([line]).dumps().encode())
        assert run_import(emu, session, dataset_id, import_path=url, import_type="manifest")["status"] == "COMPLETED"
    (sample,) = samples_of(session, dataset_id)
    assert [label["name"] for label in sample["labels"]] == ["dog"]
    assert sample["source"] == "obs://bucket/in/same.jpg"


def test_offset_counts_pages_in_every_dataset_list(env: tuple[EmulatorHandle, Session]) -> None:
    emu, session = env
    names = []
    for _ in range(5):
        emu.advance(1)
        names.append(session.call_json("get_dataset_v2", dataset_id=new_dataset(session))["dataset_name"])
    second_page = session.call_json("list_datasets_v2", limit=2, offset=1, order="asc")
    assert [d["dataset_name"] for d in second_page["datasets"]] == names[2:4]
    assert second_page["total_number"] == 5
    paged = session.paginate("list_datasets_v2", page_size=2, order="asc")
    assert [d.dataset_name for d in paged] == names


def test_label_changes_reach_the_samples_and_the_statistics(env: tuple[EmulatorHandle, Session]) -> None:
    emu, session = env
    dataset_id = new_dataset(session)
    url = f"obs://bucket/{uuid.uuid4().hex}.manifest"
    lines = [
        Sample(
            source=f"obs://bucket/in/{n}.jpg",
            annotations=[Annotation(name=name, type="modelarts/image_classification") for name in names],
        )
        for n, names in enumerate([["cat"], ["cat", "dog"], ["dog"]])
    ]
    emu.put_object(url, Manifest(lines).dumps().encode())
    run_import(emu, session, dataset_id, import_path=url, import_type="manifest")
    renamed = session.call_json(
        "update_dataset_labels_v2",
        dataset_id=dataset_id,
        body={"labels": [{"name": "cat", "property": {"@modelarts:rename_to": "kitten"}}]},
    )
    assert renamed["success"] is True
    stats = {
        s["name"]: s["sample_count"]
        for s in session.call_json("get_dataset_stats_v2", dataset_id=dataset_id)["label_stats"]
    }
    assert stats == {"kitten": 2, "dog": 2}
    missing = session.call_json("delete_dataset_labels_v2", dataset_id=dataset_id, body={"labels": [{"name": "nope"}]})
    assert missing["success"] is False and missing["results"][0]["error_code"] == "ModelArts.4338"
    session.call_json(
        "delete_dataset_labels_v2", dataset_id=dataset_id, body={"labels": [{"name": "dog"}]}, delete_policy=0
    )
    stats_after = session.call_json("get_dataset_stats_v2", dataset_id=dataset_id)
    assert [s["name"] for s in stats_after["label_stats"]] == ["kitten"]
    assert stats_after["sample_stats"] == {
        **stats_after["sample_stats"],
        "total": 3,
        "manual_annotation": 2,
        "un_annotation": 1,
    }
    with pytest.raises(NotFoundError) as gone:
        session.call_json(
            "update_dataset_label_v2", dataset_id=dataset_id, label_name="dog", body={"@modelarts:color": "#000000"}
        )
    assert gone.value.error_code == "ModelArts.4338"


def test_exports_write_labeled_or_unlabeled_samples_and_fail_what_cannot_be_written(
    env: tuple[EmulatorHandle, Session],
) -> None:
    emu, session = env
    dataset_id = new_dataset(session)
    name = session.call_json("get_dataset_v2", dataset_id=dataset_id)["dataset_name"]
    url = f"obs://bucket/{uuid.uuid4().hex}.manifest"
    lines = [
        Sample(
            source="obs://bucket/in/a.jpg", annotations=[Annotation(name="cat", type="modelarts/image_classification")]
        ),
        Sample(source="obs://bucket/in/b.jpg"),
    ]
    emu.put_object(url, Manifest(lines).dumps().encode())
    run_import(emu, session, dataset_id, import_path=url, import_type="manifest")
    folder = f"obs://bucket/{uuid.uuid4().hex}/"
    for export_type, expected in ((0, ["obs://bucket/in/a.jpg"]), (1, ["obs://bucket/in/b.jpg"])):
        task_id = session.call_json(
            "create_dataset_export_task_v2", dataset_id=dataset_id, body={"path": folder, "export_type": export_type}
        )["task_id"]
        emu.advance(4)
        assert (
            session.call_json("get_dataset_export_task_v2", dataset_id=dataset_id, task_id=task_id)["status"]
            == "SUCCESSED"
        )
        written = Manifest.parse_manifest(io.BytesIO(emu.get_object(f"{folder}{name}-current.manifest")))
        assert [s.source for s in written] == expected
    for body in (
        {"path": "no-obs-here", "export_type": 2},
        {"path": folder, "export_params": {"export_dest": "NEW_DATASET"}},
    ):
        task_id = session.call_json("create_dataset_export_task_v2", dataset_id=dataset_id, body=body)["task_id"]
        emu.advance(4)
        task = session.call_json("get_dataset_export_task_v2", dataset_id=dataset_id, task_id=task_id)
        assert task["status"] == "FAILED" and task["error_code"] in ("ModelArts.4358", "ModelArts.4384")


def test_sync_adds_new_files_and_drops_vanished_ones(env: tuple[EmulatorHandle, Session]) -> None:
    emu, session = env
    folder = f"obs://bucket/{uuid.uuid4().hex}/"
    body = {
        "dataset_name": f"ds-{uuid.uuid4().hex[:8]}",
        "data_sources": [{"data_path": folder}],
        "work_path": "/bucket/work/",
        "work_path_type": 0,
    }
    dataset_id = session.call_json("create_dataset_v2", body=body)["dataset_id"]
    assert session.call_json("get_dataset_sync_status_v2", dataset_id=dataset_id)["status"] == "NOT_EXIST"
    for n in range(3):
        emu.put_object(f"{folder}{n}.jpg", b"jpeg")
    session.call_json("sync_dataset_v2", dataset_id=dataset_id)
    with pytest.raises(ConflictError):
        session.call_json("sync_dataset_v2", dataset_id=dataset_id)
    emu.advance(4)
    status = session.call_json("get_dataset_sync_status_v2", dataset_id=dataset_id)
    assert (status["status"], status["add_sample_count"]) == ("COMPLETED", 3)
    obs(emu, "DELETE", f"{folder}0.jpg")
    session.call_json("sync_dataset_v2", dataset_id=dataset_id)
    emu.advance(4)
    status = session.call_json("get_dataset_sync_status_v2", dataset_id=dataset_id)
    assert (status["deleted_sample_count"], status["total_sample_count"]) == (1, 2)


@pytest.mark.parametrize(
    ("method", "path", "data", "status"),
    [
        ("PUT", "/_emulator/obs/Bad_Bucket/x", b"1", 400),
        ("PUT", "/_emulator/obs/bucket/a/%2E%2E/b", b"1", 400),
        ("PUT", "/_emulator/obs/bucket/a//b", b"1", 400),
        ("PUT", "/_emulator/obs/bucket/folder/", b"1", 400),
        ("GET", "/_emulator/obs/bucket/never/put", None, 404),
        ("PUT", "/_emulator/obs/bucket/huge", b"x" * (12 * 1024 * 1024 + 1), 413),
    ],
)
def test_the_obs_stand_in_refuses_bad_paths_with_an_error_body(
    modelarts_emulator: EmulatorHandle, method: str, path: str, data: bytes | None, status: int
) -> None:
    response = httpx.request(method, f"{modelarts_emulator.url}{path}", content=data, timeout=30)
    assert response.status_code == status
    assert response.json()["error_code"].startswith("ModelArts.")


def test_the_obs_stand_in_lists_and_round_trips_bytes(modelarts_emulator: EmulatorHandle) -> None:
    prefix = uuid.uuid4().hex
    payload = bytes(range(256)) * 4
    assert obs(modelarts_emulator, "PUT", f"obs://bucket/{prefix}/a.bin", payload).json()["size"] == 1024
    obs(modelarts_emulator, "PUT", f"obs://bucket/{prefix}/b.bin", b"")
    assert modelarts_emulator.get_object(f"obs://bucket/{prefix}/a.bin") == payload
    listed = httpx.get(
        f"{modelarts_emulator.url}/_emulator/obs/bucket", params={"prefix": f"{prefix}/"}, timeout=10
    ).json()
    assert [o["url"] for o in listed["objects"]] == [f"obs://bucket/{prefix}/a.bin", f"obs://bucket/{prefix}/b.bin"]


def test_manifest_label_properties_are_answered_with_the_types_the_spec_gives(
    env: tuple[EmulatorHandle, Session],
) -> None:
    emu, session = env
    dataset_id = new_dataset(session, dataset_type=101)
    prop: dict[str, Any] = {
        "@modelarts:start_index": 0,
        "@modelarts:end_index": "4",  # not an integer: dropped rather than answered against the schema
        "@modelarts:hard": True,
        "@modelarts:hard_coefficient": 0.5,
        "color": {"nested": 1},
    }
    line = Sample(
        source="content://Hope is a thing",
        annotations=[Annotation(name="word", type="modelarts/named_entity_recognition", annotation_property=prop)],
    )
    url = f"obs://bucket/{uuid.uuid4().hex}.manifest"
    emu.put_object(url, Manifest([line]).dumps().encode())
    assert run_import(emu, session, dataset_id, import_path=url, import_type="manifest")["status"] == "COMPLETED"
    (sample,) = samples_of(session, dataset_id)
    assert sample["labels"][0]["property"] == {
        "@modelarts:start_index": 0,
        "@modelarts:hard": "true",
        "@modelarts:hard_coefficient": "0.5",
    }


def test_a_label_of_a_custom_format_dataset_has_no_type(env: tuple[EmulatorHandle, Session]) -> None:
    """Found by the contract: a custom-format (900) dataset's labels were given the dataset's type, which
    no label has; a label sent without a type now takes the dataset's only when that is a label type."""
    _, session = env
    custom = {
        "dataset_name": f"custom-{uuid.uuid4().hex[:6]}",
        "dataset_type": 900,
        "data_sources": [{"data_path": "obs://bucket/in/"}],
        "work_path": "obs://bucket/work/",
        "work_path_type": 0,
        "labels": [{"name": "a"}],
    }
    dataset_id = session.call_json("create_dataset_v2", body=custom)["dataset_id"]
    assert session.call_json("list_dataset_labels_v2", dataset_id=dataset_id)["labels"] == [
        {"name": "a", "property": {}}
    ]
    image = new_dataset(session)
    session.call_json("create_dataset_labels_v2", dataset_id=image, body={"labels": [{"name": "b"}]})
    assert [label["type"] for label in session.call_json("list_dataset_labels_v2", dataset_id=image)["labels"]] == [0]


def test_a_trailing_slash_addresses_an_empty_label_name_not_the_batch(env: tuple[EmulatorHandle, Session]) -> None:
    """Found by the contract: ``PUT .../labels/`` (an empty ``label_name``) reached the batch update of
    ``.../labels`` and answered 200; it is the single-label operation, refused with the spec's 400."""
    _, session = env
    dataset_id = new_dataset(session)
    client = session.client.get_httpx_client()
    labels = f"/v2/{session.project_id}/datasets/{dataset_id}/data-annotations/labels"
    empty = client.put(labels + "/", params={"label_type": "1"}, json={"@modelarts:color": "#93c47d"})
    assert empty.status_code == 400 and "label_name" in empty.json()["error_msg"]
    assert client.delete(labels + "/").status_code == 400
    assert client.put(labels, json={"labels": []}).status_code == 200  # the batch, addressed as such
