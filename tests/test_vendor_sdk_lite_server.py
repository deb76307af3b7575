"""The vendor's own SDK, pointed at the emulator, runs a Lite Server's life.

``huaweicloudsdkmodelarts`` is machine-made from the vendor's spec and signs with its own AK/SK signer;
nobody here wrote it.  If the emulator refuses one of its requests, or answers something it cannot read,
the emulator (or the spec it validates against) is wrong.  The scenario is the SDK reference's (chapter
11): look up a flavor and an image, create a server, show it, list it, stop it, start it, delete it; a
disk attached through an operation, and a supernode's tags.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from modelarts_emulator.pytest_plugin import EmulatorHandle

sdk = pytest.importorskip("huaweicloudsdkmodelarts.v1")
core_exceptions = pytest.importorskip("huaweicloudsdkcore.exceptions.exceptions")

NETWORK = {
    "vpc_id": "05982b48-a70f-43a1-a2b0-1fe36a236172",
    "subnet_id": "38cf274a-98f9-4f6f-b622-5ed0e4a3db54",
    "security_group_id": "150a2c76-1334-45f6-b28f-419f9b1d1742",
}


def _create(vendor: Any, name: str, flavor: str, image_id: str) -> Any:
    body = sdk.ServerCreateRequest(
        name=name,
        flavor=flavor,
        image_id=image_id,
        key_pair_name="KeyPair-3d6a",
        arch="X86" if flavor.startswith("s7") else None,
        network=sdk.ServerNetwork(**NETWORK),
        root_volume=sdk.EvsVolume(size=200, type="SSD"),
        charging_info=sdk.ChargingInfo(charging_mode="POST_PAID", period_num=1, period_type="MONTH"),
    )
    return vendor.create_dev_server(sdk.CreateDevServerRequest(body=body))


def test_the_vendor_sdk_reads_the_flavor_and_image_catalogue(vendor: Any) -> None:
    flavors = vendor.list_dev_server_flavors(sdk.ListDevServerFlavorsRequest(server_type="ECS")).data
    assert flavors and {f.server_type for f in flavors} == {"ECS"}
    images = vendor.list_dev_server_images(sdk.ListDevServerImagesRequest(flavor_name=flavors[0].flavor)).data
    assert images and all(i.arch == flavors[0].arch for i in images)
    image = vendor.get_dev_server_image(sdk.GetDevServerImageRequest(id=images[0].image_id))
    assert image.name == images[0].name


def test_the_vendor_sdk_creates_shows_lists_stops_starts_and_deletes_a_server(
    vendor: Any, modelarts_emulator: EmulatorHandle
) -> None:
    created = _create(vendor, "server_test", "s7.small.1", "e16eff65-1899-446e-baf2-0d2b6b5dd8c0")
    server_id = created.id
    assert created.status == "CREATING" and created.flavor == "s7.small.1" and created.key_pair_name == "KeyPair-3d6a"

    modelarts_emulator.advance(10)
    shown = vendor.show_dev_server(sdk.ShowDevServerRequest(id=server_id))
    assert shown.status == "RUNNING" and shown.image.image_id == "e16eff65-1899-446e-baf2-0d2b6b5dd8c0"
    assert [v.type for v in shown.volumes] == ["ROOT"] and shown.volumes[0].size == 200

    listed = vendor.list_dev_servers(sdk.ListDevServersRequest(limit=10, offset=0))
    assert [s.id for s in listed.data] == [server_id] and listed.total == 1

    stopped = vendor.stop_dev_server(sdk.StopDevServerRequest(id=server_id))
    assert stopped.status == "STOPPING"
    modelarts_emulator.advance(5)
    assert vendor.show_dev_server(sdk.ShowDevServerRequest(id=server_id)).status == "STOPPED"
    with pytest.raises(core_exceptions.ClientRequestException) as again:
        vendor.stop_dev_server(sdk.StopDevServerRequest(id=server_id))
    assert again.value.status_code == 409

    started = vendor.start_dev_server(sdk.StartDevServerRequest(id=server_id))
    assert started.status == "STARTING"
    modelarts_emulator.advance(5)
    assert vendor.show_dev_server(sdk.ShowDevServerRequest(id=server_id)).status == "RUNNING"

    deleted = vendor.delete_dev_server(sdk.DeleteDevServerRequest(id=server_id))
    assert deleted.status == "DELETING"
    modelarts_emulator.advance(5)
    with pytest.raises(core_exceptions.ClientRequestException) as gone:
        vendor.show_dev_server(sdk.ShowDevServerRequest(id=server_id))
    assert gone.value.status_code == 404
    assert vendor.list_dev_servers(sdk.ListDevServersRequest()).total == 0


def test_the_vendor_sdk_attaches_a_disk_and_follows_the_operation(
    vendor: Any, modelarts_emulator: EmulatorHandle
) -> None:
    server_id = _create(vendor, "disk-test", "s7.small.1", "e16eff65-1899-446e-baf2-0d2b6b5dd8c0").id
    modelarts_emulator.advance(10)
    disk = str(uuid.uuid4())
    attach = vendor.attach_dev_server_volume(
        sdk.AttachDevServerVolumeRequest(id=server_id, body=sdk.AttachServerVolumeRequest(volume_id=disk))
    )
    assert attach.operation_type == "node_attach_volume" and attach.operation_status == "pending"
    modelarts_emulator.advance(5)
    done = vendor.get_dev_server_operation(
        sdk.GetDevServerOperationRequest(id=server_id, operation_id=attach.operation_id)
    )
    assert done.operation_status == "success"
    volumes = vendor.show_dev_server(sdk.ShowDevServerRequest(id=server_id)).volumes
    assert [(v.type, v.evs_id) for v in volumes][1:] == [("DATA", disk)]


def test_the_vendor_sdk_tags_a_supernode(vendor: Any, modelarts_emulator: EmulatorHandle) -> None:
    node = _create(vendor, "hps-test", "hps.kat2e.384xlarge.8.a910", "5c8e1f47-2a6b-4d9c-8e3f-7b0a4c6d2e1f")
    supernode_id = node.server_hps.id
    modelarts_emulator.advance(10)
    listed = vendor.list_hyperinstances(sdk.ListHyperinstancesRequest()).data
    assert [s.id for s in listed] == [supernode_id] and listed[0].status == "ACTIVE"
    tags = [sdk.TmsTag(key="team", value="vision"), sdk.TmsTag(key="env", value="test")]
    vendor.create_hyperinstance_tags(
        sdk.CreateHyperinstanceTagsRequest(id=supernode_id, body=sdk.TagRequest(tags=tags))
    )
    vendor.delete_hyperinstance_tags(
        sdk.DeleteHyperinstanceTagsRequest(id=supernode_id, body=sdk.TagRequest(tags=[sdk.TmsTag(key="env")]))
    )
    left = vendor.query_hyperinstance_tags(sdk.QueryHyperinstanceTagsRequest(id=supernode_id)).tags
    assert [(t.key, t.value) for t in left] == [("team", "vision")]
