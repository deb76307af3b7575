"""The Lite Server flavors and images the emulator offers (``/v1/{project_id}/dev-servers/flavors``,
``/dev-servers/images``), and the checks a create or an OS change makes against them.

Why a fixed catalogue: the real one is a region's stock, which no API here changes; a small table that
covers every kind of server (ECS, bare metal x86 and Arm, supernode) and every error path a user should
be able to meet on purpose is enough to test calling code:

* ``s7.small.1`` and its image ``e16eff65-…`` are the SDK reference's own example (11.1), so its
  create request works as written;
* ``physical.gn10x.64xlarge.sold`` is sold out (``is_sold_out: true``): a server ordered on it is
  accepted and ends ``CREATE_FAILED``, as an order the stock cannot serve does;
* image ``0b3e7c44-…`` is ``INACTIVE``: a server cannot be created on it (400), and changing a
  server's OS to it is accepted and ends ``CHANGINGOS_FAILED`` (the image is withdrawn while the
  change runs);
* ``hps.kat2e.384xlarge.8.a910`` is a supernode flavor: a create on it makes one supernode of
  :data:`SUPERNODE_NODES` servers.

Every project sees the same catalogue.  Lookups return copies.
"""

from __future__ import annotations

import copy
from typing import Any

from ..framework import INVALID_PARAMETER_CODE, NOT_FOUND_CODE, BadRequest, Context, JsonObj, NotFound, operation
from .lite_server_lists import whole_page

__all__ = [
    "FLAVORS",
    "IMAGES",
    "SUPERNODE_NODES",
    "checked_image",
    "flavor_named",
    "get_dev_server_image",
    "image_with_id",
    "list_dev_server_flavors",
    "list_dev_server_images",
]

SUPERNODE_NODES = 2
"""Servers (nodes) in one supernode of the catalogue's supernode flavor."""


def _flavor(
    flavor: str, server_type: str, arch: str, specification: str, *, sold_out: bool = False, roce: int = 0
) -> JsonObj:
    return {
        "flavor": flavor,
        "server_type": server_type,
        "arch": arch,
        "flavor_type": {"ECS": "CPU", "HPS": "ASCEND"}.get(server_type, "ASCEND" if arch == "ARM" else "GPU"),
        "specification": specification,
        "charging_mode": "POST_PAID",
        "availability_zone": "cn-north-4a",
        "count": 0 if sold_out else (SUPERNODE_NODES if server_type == "HPS" else 1),
        "roce_num": roce,
        "sku_code": f"modelarts.litesrv.{flavor}",
        "status": "normal",
        "is_sold_out": sold_out,
    }


FLAVORS: tuple[JsonObj, ...] = (
    _flavor("s7.small.1", "ECS", "X86", "1 vCPU | 4 GiB"),
    _flavor("physical.kat2e.48xlarge.8.313t", "BMS", "ARM", "192 vCPUs | 1536 GiB | 8 x Ascend 313T", roce=8),
    _flavor("physical.gn8.32xlarge.8.ant1", "BMS", "X86", "128 vCPUs | 1024 GiB | 8 x GPU 80 GiB", roce=8),
    _flavor("physical.gn10x.64xlarge.sold", "BMS", "X86", "256 vCPUs | 2048 GiB | 8 x GPU 96 GiB", sold_out=True),
    _flavor("hps.kat2e.384xlarge.8.a910", "HPS", "ARM", f"{SUPERNODE_NODES} nodes | 8 x Ascend 910 each", roce=16),
)
"""The flavors, as ``list_dev_server_flavors`` answers them."""


def _image(image_id: str, name: str, arch: str, server_type: str, status: str = "ACTIVE") -> JsonObj:
    return {"image_id": image_id, "name": name, "arch": arch, "server_type": server_type, "status": status}


IMAGES: tuple[JsonObj, ...] = (
    _image("e16eff65-1899-446e-baf2-0d2b6b5dd8c0", "Ubuntu-22.04-x86-server", "X86", "ECS"),
    _image("7f3c2a90-5d1e-4b8a-9c6f-2e4d8a1b3c5d", "EulerOS-2.10-Arm-Ascend-BMS", "ARM", "BMS"),
    _image("3a9d6e21-8b4c-4f7a-a2e5-6c1d9b8f0e7a", "Ubuntu-22.04-x86-GPU-BMS", "X86", "BMS"),
    _image("5c8e1f47-2a6b-4d9c-8e3f-7b0a4c6d2e1f", "EulerOS-2.10-Arm-Ascend-HPS", "ARM", "HPS"),
    _image("0b3e7c44-9d2a-4e6f-b1c8-5a7d3e9f2b6c", "CentOS-7.9-x86-withdrawn", "X86", "BMS", status="INACTIVE"),
)
"""The images, as ``list_dev_server_images`` answers them."""


def flavor_named(name: str) -> JsonObj | None:
    """A copy of the catalogue flavor called ``name``, or ``None``."""
    return next((copy.deepcopy(f) for f in FLAVORS if f["flavor"] == name), None)


def image_with_id(image_id: str) -> JsonObj | None:
    """A copy of the catalogue image ``image_id``, or ``None``."""
    return next((copy.deepcopy(i) for i in IMAGES if i["image_id"] == image_id), None)


def checked_image(image_id: str, flavor: JsonObj, *, purpose: str) -> JsonObj:
    """The image a server of ``flavor`` is to run, refused (400) when it cannot run there.

    An unknown image, or one built for another architecture or server type, is a request the service
    refuses at once; an ``INACTIVE`` image is refused for a create (``purpose == "create"``) and
    accepted for an OS change, whose failure then shows on the server.
    """
    image = image_with_id(image_id)
    if image is None:
        raise BadRequest(INVALID_PARAMETER_CODE, f"image {image_id} is not in the Lite Server image catalogue")
    if image["arch"] != flavor["arch"] or image["server_type"] != flavor["server_type"]:
        raise BadRequest(
            INVALID_PARAMETER_CODE,
            f"image {image_id} is a {image['arch']} {image['server_type']} image; flavor {flavor['flavor']} "
            f"needs a {flavor['arch']} {flavor['server_type']} image",
        )
    if purpose == "create" and image["status"] != "ACTIVE":
        raise BadRequest(INVALID_PARAMETER_CODE, f"image {image_id} is {image['status']}")
    return image


def _matches(item: JsonObj, query: dict[str, Any], keys: tuple[str, ...]) -> bool:
    return all(query.get(key) in (None, "", item[key]) for key in keys)


@operation("list_dev_server_flavors")
def list_dev_server_flavors(ctx: Context) -> JsonObj:
    """The flavors, filtered by ``server_type``, ``arch`` and ``charging_mode`` when given.

    Every flavor is sold pay-per-use; a ``PRE_PAID`` filter therefore answers an empty list.
    """
    keys = ("server_type", "arch", "charging_mode")
    return whole_page([copy.deepcopy(f) for f in FLAVORS if _matches(f, ctx.query, keys)])


@operation("list_dev_server_images")
def list_dev_server_images(ctx: Context) -> JsonObj:
    """The images, filtered by ``server_type`` and by the flavor they can run on (``flavor_name``).

    An unknown ``flavor_name`` runs no image: an empty list, not an error.
    """
    images = [copy.deepcopy(i) for i in IMAGES if _matches(i, ctx.query, ("server_type",))]
    flavor_name = ctx.query.get("flavor_name")
    if flavor_name:
        flavor = flavor_named(str(flavor_name))
        images = [
            i for i in images if flavor and (i["arch"], i["server_type"]) == (flavor["arch"], flavor["server_type"])
        ]
    return whole_page(images)


@operation("get_dev_server_image")
def get_dev_server_image(ctx: Context) -> JsonObj:
    """One image; 404 when the catalogue has none of that id."""
    image = image_with_id(ctx.path["image_id"])
    if image is None:
        raise NotFound(NOT_FOUND_CODE, f"image {ctx.path['image_id']} does not exist")
    return image
