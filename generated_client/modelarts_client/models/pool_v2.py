from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pool_v2_api_version import PoolV2ApiVersion
from ..models.pool_v2_kind import PoolV2Kind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_v2_metadata import PoolV2Metadata
    from ..models.pool_v2_spec import PoolV2Spec
    from ..models.pool_v2_status import PoolV2Status


T = TypeVar("T", bound="PoolV2")


@_attrs_define
class PoolV2:
    """A dedicated resource pool (Kubernetes-style object).

    Attributes:
        api_version (PoolV2ApiVersion | Unset): API version of the object.
        kind (PoolV2Kind | Unset): Object type, always a pool.
        metadata (PoolV2Metadata | Unset): Identity, labels and annotations of a resource pool.
        spec (PoolV2Spec | Unset): Desired configuration of a resource pool.
        status (PoolV2Status | Unset): Observed state of a resource pool.
    """

    api_version: PoolV2ApiVersion | Unset = UNSET
    kind: PoolV2Kind | Unset = UNSET
    metadata: PoolV2Metadata | Unset = UNSET
    spec: PoolV2Spec | Unset = UNSET
    status: PoolV2Status | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_version: str | Unset = UNSET
        if not isinstance(self.api_version, Unset):
            api_version = self.api_version.value

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_version is not UNSET:
            field_dict["apiVersion"] = api_version
        if kind is not UNSET:
            field_dict["kind"] = kind
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if spec is not UNSET:
            field_dict["spec"] = spec
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.pool_v2_metadata import PoolV2Metadata  # noqa: PLC0415
        from ..models.pool_v2_spec import PoolV2Spec  # noqa: PLC0415
        from ..models.pool_v2_status import PoolV2Status  # noqa: PLC0415

        d = dict(src_dict)
        _api_version = d.pop("apiVersion", UNSET)
        api_version: PoolV2ApiVersion | Unset
        if isinstance(_api_version, Unset):
            api_version = UNSET
        else:
            api_version = PoolV2ApiVersion.from_json(_api_version)

        _kind = d.pop("kind", UNSET)
        kind: PoolV2Kind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = PoolV2Kind.from_json(_kind)

        _metadata = d.pop("metadata", UNSET)
        metadata: PoolV2Metadata | Unset
        if isinstance(_metadata, Unset) or _metadata is None:
            metadata = UNSET
        else:
            metadata = PoolV2Metadata.from_dict(_metadata)

        _spec = d.pop("spec", UNSET)
        spec: PoolV2Spec | Unset
        if isinstance(_spec, Unset) or _spec is None:
            spec = UNSET
        else:
            spec = PoolV2Spec.from_dict(_spec)

        _status = d.pop("status", UNSET)
        status: PoolV2Status | Unset
        if isinstance(_status, Unset) or _status is None:
            status = UNSET
        else:
            status = PoolV2Status.from_dict(_status)

        pool_v2 = cls(
            api_version,
            kind,
            metadata,
            spec,
            status,
        )

        pool_v2.additional_properties = d
        return pool_v2

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
