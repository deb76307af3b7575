from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pool_v2_meta_labels_os_modelarts_poolbiz import PoolV2MetaLabelsOsModelartsPoolbiz
from ..models.pool_v2_meta_labels_os_modelartssharing import PoolV2MetaLabelsOsModelartssharing
from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolV2MetaLabels")


@_attrs_define
class PoolV2MetaLabels:
    """Labels of a resource pool. The documented keys are named; any other label is kept as a string.

    Attributes:
        os_modelartsworkspace_id (str | Unset): Workspace of the pool.
        os_modelartsname (str | Unset): Display name the user gave the pool.
        os_modelartsresource_id (str | Unset): Resource ID of the pool (used for billing).
        os_modelartstenant_domain_id (str | Unset): Account (domain) ID of the tenant that created the pool.
        os_modelartscreate_from (str | Unset): Where the pool was created from, e.g. admin-console.
        os_modelarts_poolbiz (PoolV2MetaLabelsOsModelartsPoolbiz | Unset): Business type of the pool.
        os_modelartssharing (PoolV2MetaLabelsOsModelartssharing | Unset): Whether the pool may be shared.
        os_modelartsnode_prefix (str | Unset): Custom prefix of the node names (vendor SDK, not in the reference
            tables).
        os_modelartstenant_project_id (str | Unset): Project ID of the tenant that owns the pool (vendor SDK, not in the
            reference tables).
        os_modelartsenterprise_project_id (str | Unset): Enterprise project of the pool (vendor SDK, not in the
            reference tables).
        os_modelartsnobilling (str | Unset): Whether the pool is exempt from billing (vendor SDK, not in the reference
            tables).
        os_modelartsorder_name (str | Unset): Last order job recorded for the pool (vendor SDK, not in the reference
            tables).
        os_modelartsregion (str | Unset): Region of the pool (vendor SDK, not in the reference tables).
    """

    os_modelartsworkspace_id: str | Unset = UNSET
    os_modelartsname: str | Unset = UNSET
    os_modelartsresource_id: str | Unset = UNSET
    os_modelartstenant_domain_id: str | Unset = UNSET
    os_modelartscreate_from: str | Unset = UNSET
    os_modelarts_poolbiz: PoolV2MetaLabelsOsModelartsPoolbiz | Unset = UNSET
    os_modelartssharing: PoolV2MetaLabelsOsModelartssharing | Unset = UNSET
    os_modelartsnode_prefix: str | Unset = UNSET
    os_modelartstenant_project_id: str | Unset = UNSET
    os_modelartsenterprise_project_id: str | Unset = UNSET
    os_modelartsnobilling: str | Unset = UNSET
    os_modelartsorder_name: str | Unset = UNSET
    os_modelartsregion: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        os_modelartsworkspace_id = self.os_modelartsworkspace_id

        os_modelartsname = self.os_modelartsname

        os_modelartsresource_id = self.os_modelartsresource_id

        os_modelartstenant_domain_id = self.os_modelartstenant_domain_id

        os_modelartscreate_from = self.os_modelartscreate_from

        os_modelarts_poolbiz: str | Unset = UNSET
        if not isinstance(self.os_modelarts_poolbiz, Unset):
            os_modelarts_poolbiz = self.os_modelarts_poolbiz.value

        os_modelartssharing: str | Unset = UNSET
        if not isinstance(self.os_modelartssharing, Unset):
            os_modelartssharing = self.os_modelartssharing.value

        os_modelartsnode_prefix = self.os_modelartsnode_prefix

        os_modelartstenant_project_id = self.os_modelartstenant_project_id

        os_modelartsenterprise_project_id = self.os_modelartsenterprise_project_id

        os_modelartsnobilling = self.os_modelartsnobilling

        os_modelartsorder_name = self.os_modelartsorder_name

        os_modelartsregion = self.os_modelartsregion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if os_modelartsworkspace_id is not UNSET:
            field_dict["os.modelarts/workspace.id"] = os_modelartsworkspace_id
        if os_modelartsname is not UNSET:
            field_dict["os.modelarts/name"] = os_modelartsname
        if os_modelartsresource_id is not UNSET:
            field_dict["os.modelarts/resource.id"] = os_modelartsresource_id
        if os_modelartstenant_domain_id is not UNSET:
            field_dict["os.modelarts/tenant.domain.id"] = os_modelartstenant_domain_id
        if os_modelartscreate_from is not UNSET:
            field_dict["os.modelarts/create-from"] = os_modelartscreate_from
        if os_modelarts_poolbiz is not UNSET:
            field_dict["os.modelarts.pool/biz"] = os_modelarts_poolbiz
        if os_modelartssharing is not UNSET:
            field_dict["os.modelarts/sharing"] = os_modelartssharing
        if os_modelartsnode_prefix is not UNSET:
            field_dict["os.modelarts/node.prefix"] = os_modelartsnode_prefix
        if os_modelartstenant_project_id is not UNSET:
            field_dict["os.modelarts/tenant.project.id"] = os_modelartstenant_project_id
        if os_modelartsenterprise_project_id is not UNSET:
            field_dict["os.modelarts/enterprise.project.id"] = os_modelartsenterprise_project_id
        if os_modelartsnobilling is not UNSET:
            field_dict["os.modelarts/nobilling"] = os_modelartsnobilling
        if os_modelartsorder_name is not UNSET:
            field_dict["os.modelarts/order.name"] = os_modelartsorder_name
        if os_modelartsregion is not UNSET:
            field_dict["os.modelarts/region"] = os_modelartsregion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        os_modelartsworkspace_id = d.pop("os.modelarts/workspace.id", UNSET)

        os_modelartsname = d.pop("os.modelarts/name", UNSET)

        os_modelartsresource_id = d.pop("os.modelarts/resource.id", UNSET)

        os_modelartstenant_domain_id = d.pop("os.modelarts/tenant.domain.id", UNSET)

        os_modelartscreate_from = d.pop("os.modelarts/create-from", UNSET)

        _os_modelarts_poolbiz = d.pop("os.modelarts.pool/biz", UNSET)
        os_modelarts_poolbiz: PoolV2MetaLabelsOsModelartsPoolbiz | Unset
        if isinstance(_os_modelarts_poolbiz, Unset):
            os_modelarts_poolbiz = UNSET
        else:
            os_modelarts_poolbiz = PoolV2MetaLabelsOsModelartsPoolbiz.from_json(_os_modelarts_poolbiz)

        _os_modelartssharing = d.pop("os.modelarts/sharing", UNSET)
        os_modelartssharing: PoolV2MetaLabelsOsModelartssharing | Unset
        if isinstance(_os_modelartssharing, Unset):
            os_modelartssharing = UNSET
        else:
            os_modelartssharing = PoolV2MetaLabelsOsModelartssharing.from_json(_os_modelartssharing)

        os_modelartsnode_prefix = d.pop("os.modelarts/node.prefix", UNSET)

        os_modelartstenant_project_id = d.pop("os.modelarts/tenant.project.id", UNSET)

        os_modelartsenterprise_project_id = d.pop("os.modelarts/enterprise.project.id", UNSET)

        os_modelartsnobilling = d.pop("os.modelarts/nobilling", UNSET)

        os_modelartsorder_name = d.pop("os.modelarts/order.name", UNSET)

        os_modelartsregion = d.pop("os.modelarts/region", UNSET)

        pool_v2_meta_labels = cls(
            os_modelartsworkspace_id,
            os_modelartsname,
            os_modelartsresource_id,
            os_modelartstenant_domain_id,
            os_modelartscreate_from,
            os_modelarts_poolbiz,
            os_modelartssharing,
            os_modelartsnode_prefix,
            os_modelartstenant_project_id,
            os_modelartsenterprise_project_id,
            os_modelartsnobilling,
            os_modelartsorder_name,
            os_modelartsregion,
        )

        pool_v2_meta_labels.additional_properties = d
        return pool_v2_meta_labels

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
