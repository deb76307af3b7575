"""The emulator's Lite Servers and supernodes: the lifecycle on the clock, the error paths a user can
reach on purpose, the refusals (catalogue, login, state), disks, tags and hostile input.

The happy path of every operation runs in tests/test_every_operation.py and the vendor SDK's in
tests/test_vendor_sdk_lite_server.py; here each class of bad request must end as a 4xx with the error
body (or the documented failed status), never a 500 and never a half-made server.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

import httpx
import pytest

from modelarts_emulator.pytest_plugin import EmulatorHandle
from modelarts_emulator.resources.lite_servers import password_problem
from modelarts_overlays.errors import BadRequestError, ConflictError, ModelArtsError, NotFoundError
from modelarts_overlays.session import Session

ECS_IMAGE = "e16eff65-1899-446e-baf2-0d2b6b5dd8c0"
BMS_X86_IMAGE = "3a9d6e21-8b4c-4f7a-a2e5-6c1d9b8f0e7a"
HPS_IMAGE = "5c8e1f47-2a6b-4d9c-8e3f-7b0a4c6d2e1f"
INACTIVE_IMAGE = "0b3e7c44-9d2a-4e6f-b1c8-5a7d3e9f2b6c"
NETWORK = {
    "vpc_id": "05982b48-a70f-43a1-a2b0-1fe36a236172",
    "subnet_id": "38cf274a-98f9-4f6f-b622-5ed0e4a3db54",
    "security_group_id": "150a2c76-1334-45f6-b28f-419f9b1d1742",
}


def order(session: Session, **fields: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "name": "srv",
        "flavor": "s7.small.1",
        "image_id": ECS_IMAGE,
        "key_pair_name": "kp-1",
        "network": NETWORK,
    }
    body.update(fields)
    for key in [k for k, v in body.items() if v is None]:
        del body[key]
    answer: dict[str, Any] = session.call_json("create_dev_server", body=body)
    return answer


def status(session: Session, server_id: str) -> str:
    return str(session.call_json("get_dev_server", server_id=server_id)["status"])


def running(emu: EmulatorHandle, session: Session, **fields: Any) -> str:
    server_id = str(order(session, **fields)["id"])
    emu.advance(6)
    assert status(session, server_id) == "RUNNING"
    return server_id


def stopped(emu: EmulatorHandle, session: Session, **fields: Any) -> str:
    server_id = running(emu, session, **fields)
    session.call_json("stop_dev_server", server_id=server_id)
    emu.advance(3)
    assert status(session, server_id) == "STOPPED"
    return server_id


def test_each_action_passes_through_its_own_status(env: tuple[EmulatorHandle, Session]) -> None:
    emu, session = env
    server_id = str(order(session)["id"])
    seen = [status(session, server_id)]
    emu.advance(4.9)
    seen.append(status(session, server_id))
    emu.advance(0.2)
    seen.append(status(session, server_id))
    for action, wait in (("reboot_dev_server", 2.1), ("stop_dev_server", 2.1), ("start_dev_server", 2.1)):
        seen.append(str(session.call_json(action, server_id=server_id)["status"]))
        emu.advance(wait)
        seen.append(status(session, server_id))
    assert seen == [
        "CREATING", "CREATING", "RUNNING",
        "REBOOTING", "RUNNING", "STOPPING", "STOPPED", "STARTING", "RUNNING",
    ]  # fmt: skip


def test_a_sold_out_flavor_is_ordered_and_fails(env: tuple[EmulatorHandle, Session]) -> None:
    emu, session = env
    server_id = str(order(session, flavor="physical.gn10x.64xlarge.sold", image_id=BMS_X86_IMAGE)["id"])
    waited = session.call_json("list_dev_server_flavors", server_type="BMS")["data"]
    assert any(f["is_sold_out"] for f in waited)
    emu.advance(6)
    assert status(session, server_id) == "CREATE_FAILED"
    with pytest.raises(ConflictError):
        session.call_json("stop_dev_server", server_id=server_id)
    assert session.call_json("delete_dev_server", server_id=server_id)["status"] == "DELETING"


def test_the_waiter_ends_on_a_failed_create(env: tuple[EmulatorHandle, Session]) -> None:
    from modelarts_overlays.waiters import WaitFailed

    emu, session = env
    server_id = str(order(session, flavor="physical.gn10x.64xlarge.sold", image_id=BMS_X86_IMAGE)["id"])
    with pytest.raises(WaitFailed) as failed:
        session.wait("get_dev_server", server_id=server_id, sleep=emu.advance)
    assert failed.value.status == "CREATE_FAILED"


def test_an_os_change_to_a_withdrawn_image_fails_and_keeps_the_old_image(env: tuple[EmulatorHandle, Session]) -> None:
    emu, session = env
    server_id = stopped(
        emu, session, flavor="physical.gn8.32xlarge.8.ant1", image_id=BMS_X86_IMAGE, name="gpu", key_pair_name="kp"
    )
    changing = session.call_json(
        "change_dev_server_os", server_id=server_id, body={"image_id": INACTIVE_IMAGE, "key_pair_name": "kp"}
    )
    assert changing["status"] == "CHANGINGOS"
    emu.advance(5)
    shown = session.call_json("get_dev_server", server_id=server_id)
    assert shown["status"] == "CHANGINGOS_FAILED" and shown["image"]["image_id"] == BMS_X86_IMAGE
    # A failed change may be tried again (here with the server's own image), and then the server runs.
    session.call_json(
        "change_dev_server_os", server_id=server_id, body={"image_id": BMS_X86_IMAGE, "key_pair_name": "k"}
    )
    emu.advance(5)
    shown = session.call_json("get_dev_server", server_id=server_id)
    assert shown["status"] == "RUNNING" and shown["key_pair_name"] == "k"


def test_an_os_change_shows_the_new_image_once_done(env: tuple[EmulatorHandle, Session]) -> None:
    emu, session = env
    server_id = stopped(emu, session, flavor="physical.gn8.32xlarge.8.ant1", image_id=BMS_X86_IMAGE)
    session.call_json("reinstall_dev_server_os", server_id=server_id, body={"key_pair_name": "kp-2"})
    emu.advance(1)
    assert session.call_json("get_dev_server", server_id=server_id)["status"] == "REINSTALLINGOS"
    emu.advance(4)
    assert status(session, server_id) == "RUNNING"
    with pytest.raises(ConflictError) as running_server:
        session.call_json(
            "change_dev_server_os", server_id=server_id, body={"image_id": ECS_IMAGE, "key_pair_name": "k"}
        )
    assert "stop it first" in str(running_server.value)


CREATE_REFUSALS: list[tuple[dict[str, Any], str]] = [
    ({"flavor": "no-such-flavor"}, "flavor catalogue"),
    ({"flavor": None, "resource_flavor": None}, "give flavor"),
    ({"image_id": "11111111-1111-4111-8111-111111111111"}, "image catalogue"),
    ({"image_id": BMS_X86_IMAGE}, "needs a X86 ECS image"),
    ({"image_id": INACTIVE_IMAGE, "flavor": "physical.gn8.32xlarge.8.ant1"}, "INACTIVE"),
    ({"arch": "ARM"}, "arch X86, not ARM"),
    ({"server_type": "BMS"}, "server_type ECS, not BMS"),
    ({"key_pair_name": None}, "exactly one of admin_pass and key_pair_name"),
    ({"admin_pass": "Secret#2024x"}, "exactly one of admin_pass and key_pair_name"),
    ({"key_pair_name": None, "admin_pass": "alllowercase"}, "three of"),
    ({"key_pair_name": None, "admin_pass": "Toor-1234abcd"}, "root or administrator"),
    ({"key_pair_name": None, "admin_pass": "Pass word 12"}, "only letters"),
    ({"key_pair_name": None, "admin_pass": "Päss-wörd-12"}, "only letters"),
    (
        {
            "flavor": "hps.kat2e.384xlarge.8.a910",
            "image_id": HPS_IMAGE,
            "key_pair_name": None,
            "admin_pass": "Ab1-cdefgh",
        },
        "key pair only",
    ),
    ({"flavor": "hps.kat2e.384xlarge.8.a910", "image_id": HPS_IMAGE, "count": 2}, "count is not supported"),
]


@pytest.mark.parametrize(("fields", "says"), CREATE_REFUSALS, ids=[s for _, s in CREATE_REFUSALS])
def test_an_order_the_service_refuses_is_a_400_and_creates_nothing(
    env: tuple[EmulatorHandle, Session], fields: dict[str, Any], says: str
) -> None:
    _, session = env
    with pytest.raises(BadRequestError) as refused:
        order(session, **fields)
    assert refused.value.error_code == "ModelArts.0107" and says in str(refused.value)
    assert session.call_json("list_dev_servers")["total"] == 0


def test_a_refused_password_is_never_repeated(env: tuple[EmulatorHandle, Session]) -> None:
    _, session = env
    secret = "Toor-hunter2-xyz"
    with pytest.raises(BadRequestError) as refused:
        order(session, key_pair_name=None, admin_pass=secret)
    assert secret not in str(refused.value) and secret not in repr(refused.value)


@pytest.mark.parametrize(
    ("password", "ok"),
    [
        ("Abcdef1!", True),
        ("abcdef1!", True),  # three kinds are enough
        ("ABCDEFGH", False),
        ("Abc1!", False),  # too short
        ("A" * 20 + "b1!" + "c" * 4, False),  # 27 characters
        ("Xadministrator1", False),
        ("Rotartsinimda1x", False),  # reversed
        ("tooR-Pass1", False),  # reversed, any case
        ("Abc1\x00defg", False),
    ],
)
def test_password_rules(password: str, ok: bool) -> None:
    assert (password_problem(password) is None) is ok


def test_count_orders_several_numbered_servers(env: tuple[EmulatorHandle, Session]) -> None:
    _, session = env
    first = order(session, name="batch", count=3)
    listed = session.call_json("list_dev_servers", limit=0)["data"]
    assert first["name"] == "batch-0001"
    assert sorted(s["name"] for s in listed) == ["batch-0001", "batch-0002", "batch-0003"]
    assert len({s["endpoints"][0]["uri"] for s in listed}) == 3  # each its own private address


def test_lists_sort_and_page_by_records(env: tuple[EmulatorHandle, Session]) -> None:
    emu, session = env
    ids = []
    for n in range(5):
        ids.append(order(session, name=f"s{n}")["id"])
        emu.advance(1)
    page = session.call_json("list_dev_servers", limit=2, offset=2)
    assert [s["id"] for s in page["data"]] == ids[2:4]
    assert (page["current"], page["pages"], page["size"], page["total"]) == (2, 3, 2, 5)
    newest = session.call_json("list_dev_servers", sort_dir="DESC", limit=1)["data"]
    assert [s["id"] for s in newest] == [ids[-1]]
    emu.advance(10)
    session.call_json("reboot_dev_server", server_id=ids[0])
    by_update = session.call_json("list_dev_servers", sort_key="updateTime", sort_dir="DESC", limit=1)["data"]
    assert [s["id"] for s in by_update] == [ids[0]]
    assert [s.id for s in session.paginate("list_dev_servers", page_size=2)] == ids
    beyond = session.call_json("list_dev_servers", limit=10, offset=2147483647)
    assert beyond["data"] == [] and beyond["current"] == 214748365


def test_disks_attach_once_and_the_system_disk_stays(env: tuple[EmulatorHandle, Session]) -> None:
    emu, session = env
    server_id = running(emu, session)
    other = running(emu, session, name="other")
    disk = str(uuid.uuid4())
    attach = session.call_json("attach_dev_server_volume", server_id=server_id, body={"volume_id": disk})
    seen = [session.call_json("get_dev_server_operation", server_id=server_id, operation_id=attach["operation_id"])]
    emu.advance(1)
    seen.append(session.call_json("get_dev_server_operation", server_id=server_id, operation_id=attach["operation_id"]))
    assert [op["operation_status"] for op in seen] == ["pending", "running"]
    assert len(session.call_json("get_dev_server", server_id=server_id)["volumes"]) == 1  # not yet
    for target in (server_id, other):
        with pytest.raises(ConflictError):
            session.call_json("attach_dev_server_volume", server_id=target, body={"volume_id": disk})
    emu.advance(2)
    volumes = session.call_json("get_dev_server", server_id=server_id)["volumes"]
    root = next(v["evs_id"] for v in volumes if v["type"] == "ROOT")
    assert [v["evs_id"] for v in volumes if v["type"] == "DATA"] == [disk]
    with pytest.raises(ConflictError):
        session.call_json("detach_dev_server_volume", server_id=server_id, volume_id=root)
    with pytest.raises(NotFoundError):
        session.call_json("detach_dev_server_volume", server_id=other, volume_id=disk)
    with pytest.raises(NotFoundError):  # an operation of another server
        session.call_json("get_dev_server_operation", server_id=other, operation_id=attach["operation_id"])
    detach = session.call_json("detach_dev_server_volume", server_id=server_id, volume_id=disk)
    assert detach["operation_type"] == "node_detach_volume"
    emu.advance(3)
    assert [v["evs_id"] for v in session.call_json("get_dev_server", server_id=server_id)["volumes"]] == [root]
    again = session.call_json("attach_dev_server_volume", server_id=other, body={"volume_id": disk})
    assert again["operation_status"] == "pending"  # free once detached


def test_a_supernode_is_ordered_powered_and_tagged(env: tuple[EmulatorHandle, Session]) -> None:
    emu, session = env
    node = order(session, name="hps", flavor="hps.kat2e.384xlarge.8.a910", image_id=HPS_IMAGE)
    supernode_id = node["server_hps"]["id"]
    assert node["category"] == "HPS" and node["cloud_server"]["type"] == "HPS"
    assert session.call_json("get_supernode", supernode_id=supernode_id)["status"] == "PROVISIONING"
    emu.advance(6)
    supernode = session.call_json("get_supernode", supernode_id=supernode_id)
    assert supernode["status"] == "ACTIVE" and {s["status"] for s in supernode["servers"]} == {"RUNNING"}
    with pytest.raises(ConflictError):
        session.call_json("start_supernode", supernode_id=supernode_id)  # already running
    with pytest.raises(ConflictError):
        session.call_json(
            "change_supernode_os", supernode_id=supernode_id, body={"image_id": HPS_IMAGE, "key_pair_name": "k"}
        )  # power it off first
    off = session.call_json("stop_supernode", supernode_id=supernode_id)
    assert off["status"] == "ACTIVE" and {s["status"] for s in off["servers"]} == {"STOPPING"}
    emu.advance(3)
    with pytest.raises(BadRequestError):
        session.call_json(
            "change_supernode_os", supernode_id=supernode_id, body={"image_id": ECS_IMAGE, "key_pair_name": "k"}
        )
    with pytest.raises(BadRequestError):
        session.call_json(
            "change_supernode_os", supernode_id=supernode_id, body={"image_id": HPS_IMAGE, "admin_pass": "Abcdef1!"}
        )
    tags = [{"key": f"k{n}", "value": str(n)} for n in range(20)]
    session.call_json("create_supernode_tags", supernode_id=supernode_id, body={"tags": tags})
    replaced = session.call_json(
        "create_supernode_tags", supernode_id=supernode_id, body={"tags": [{"key": "k0", "value": "new"}]}
    )
    assert len(replaced["tags"]) == 20 and replaced["tags"][0] == {"key": "k0", "value": "new"}
    with pytest.raises(ConflictError):
        session.call_json("create_supernode_tags", supernode_id=supernode_id, body={"tags": [{"key": "one-too-many"}]})
    with pytest.raises(BadRequestError):
        session.call_json("create_supernode_tags", supernode_id=supernode_id, body={"tags": [{"key": "_sys_x"}]})
    left = session.call_json(
        "delete_supernode_tags",
        supernode_id=supernode_id,
        body={"tags": [{"key": "k1", "value": "wrong"}, {"key": "k2"}, {"key": "absent"}]},
    )
    assert [t["key"] for t in left["tags"]][:3] == ["k0", "k1", "k3"]
    deleted = session.call_json("delete_supernode", supernode_id=supernode_id)
    assert deleted["status"] == "TERMINATING" and {s["status"] for s in deleted["servers"]} == {"DELETING"}
    with pytest.raises(NotFoundError):
        session.call_json("get_dev_server", server_id=node["id"])  # the nodes went with it
    with pytest.raises(NotFoundError):
        session.call_json("list_supernode_tags", supernode_id=supernode_id)


def test_a_sold_out_supernode_ends_in_error(
    env: tuple[EmulatorHandle, Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    from modelarts_emulator.resources import lite_server_catalogue as catalogue

    emu, session = env
    sold_out = [dict(f, is_sold_out=True) if f["server_type"] == "HPS" else f for f in catalogue.FLAVORS]
    monkeypatch.setattr(catalogue, "FLAVORS", tuple(sold_out))
    node = order(session, name="hps", flavor="hps.kat2e.384xlarge.8.a910", image_id=HPS_IMAGE)
    emu.advance(6)
    supernode = session.call_json("get_supernode", supernode_id=node["server_hps"]["id"])
    assert supernode["status"] == "ERROR" and {s["status"] for s in supernode["servers"]} == {"CREATE_FAILED"}


def test_unknown_ids_are_404_with_the_error_body(env: tuple[EmulatorHandle, Session]) -> None:
    _, session = env
    missing = str(uuid.uuid4())
    calls: list[tuple[str, dict[str, Any]]] = [
        ("get_dev_server", {"server_id": missing}),
        ("stop_dev_server", {"server_id": missing}),
        ("delete_dev_server", {"server_id": missing}),
        ("get_dev_server_operation", {"server_id": missing, "operation_id": missing}),
        ("get_dev_server_image", {"image_id": missing}),
        ("get_supernode", {"supernode_id": missing}),
        ("list_supernode_servers", {"supernode_id": missing}),
        ("get_supernode_operation", {"supernode_id": missing, "operation_id": missing}),
    ]
    for operation_id, params in calls:
        with pytest.raises(NotFoundError) as gone:
            session.call_json(operation_id, **params)
        assert gone.value.error_code == "ModelArts.0102", operation_id


HOSTILE_BODIES: list[bytes] = [
    b"",
    b"null",
    b"[]",
    b'{"name": "x"}',
    b"\xff\xfe{",
    b'{"name": "' + b"a" * 100_000 + b'"}',
    b'{"name": "x", "count": 1e999}',
    b'{"name": "x", "count": NaN}',
    b'{"name": "x", "network": ' + b"[" * 10_000 + b"]" * 10_000 + b"}",
    json.dumps({"name": "x\u0000y", "flavor": "s7.small.1", "image_id": ECS_IMAGE, "network": NETWORK}).encode(),
    json.dumps({"name": "x", "flavor": "s7.small.1", "image_id": ECS_IMAGE, "network": NETWORK, "count": 11}).encode(),
]


@pytest.mark.parametrize("raw", HOSTILE_BODIES, ids=[f"hostile-{n}" for n in range(len(HOSTILE_BODIES))])
def test_a_hostile_order_is_refused_with_an_error_body(env: tuple[EmulatorHandle, Session], raw: bytes) -> None:
    _, session = env
    client = session.client.get_httpx_client()
    response = client.post(
        f"/v1/{session.project_id}/dev-servers", content=raw, headers={"Content-Type": "application/json"}
    )
    assert 400 <= response.status_code < 500, response.text[:200]
    assert response.json()["error_code"].startswith("ModelArts.")
    assert session.call_json("list_dev_servers")["total"] == 0


def test_errors_reach_a_caller_as_typed_errors(env: tuple[EmulatorHandle, Session]) -> None:
    _, session = env
    with pytest.raises(ModelArtsError) as refused:
        order(session, flavor="no-such-flavor")
    assert refused.value.status_code == 400 and refused.value.request_id


def test_the_catalogue_filters(env: tuple[EmulatorHandle, Session]) -> None:
    emu, session = env
    arm = session.call_json("list_dev_server_flavors", arch="ARM")["data"]
    assert {f["flavor"] for f in arm} == {"physical.kat2e.48xlarge.8.313t", "hps.kat2e.384xlarge.8.a910"}
    assert session.call_json("list_dev_server_flavors", charging_mode="PRE_PAID")["data"] == []
    images = session.call_json("list_dev_server_images", flavor_name="hps.kat2e.384xlarge.8.a910")["data"]
    assert [i["image_id"] for i in images] == [HPS_IMAGE]
    assert session.call_json("list_dev_server_images", flavor_name="nope")["data"] == []
    raw = httpx.get(f"{emu.url}/v1/{session.project_id}/dev-servers/images", timeout=10)
    assert raw.status_code == 401  # unsigned
