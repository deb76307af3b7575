from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pool_v2_status_phase import PoolV2StatusPhase
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_v2_driver_list_status import PoolV2DriverListStatus
    from ..models.pool_v2_resource_status import PoolV2ResourceStatus
    from ..models.pool_v2_scope_status import PoolV2ScopeStatus


T = TypeVar("T", bound="PoolV2Status")


@_attrs_define
class PoolV2Status:
    """Observed state of a resource pool.

    Attributes:
        phase (PoolV2StatusPhase | Unset): Pool state: Creating, Running, Abnormal (malfunctioning), Deleting, Error,
            CreationFailed, ScalingFailed (a scale-out failed), Waiting (awaiting creation, e.g. unpaid order or unapproved
            request).
        message (str | Unset): Message about the current state.
        resources (PoolV2ResourceStatus | Unset): Node counts of the pool by state.
        scope (list[PoolV2ScopeStatus] | Unset): State of each job type on the pool.
        driver (PoolV2DriverListStatus | Unset): Driver state of the pool by accelerator.
        parent (str | Unset): Name of the parent pool; empty for physical pools.
        root (str | Unset): Name of the root pool; a physical pool's own name.
    """

    phase: PoolV2StatusPhase | Unset = UNSET
    message: str | Unset = UNSET
    resources: PoolV2ResourceStatus | Unset = UNSET
    scope: list[PoolV2ScopeStatus] | Unset = UNSET
    driver: PoolV2DriverListStatus | Unset = UNSET
    parent: str | Unset = UNSET
    root: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phase: str | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase.value

        message = self.message

        resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources.to_dict()

        scope: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = []
            for scope_item_data in self.scope:
                scope_item = scope_item_data.to_dict()
                scope.append(scope_item)

        driver: dict[str, Any] | Unset = UNSET
        if not isinstance(self.driver, Unset):
            driver = self.driver.to_dict()

        parent = self.parent

        root = self.root

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phase is not UNSET:
            field_dict["phase"] = phase
        if message is not UNSET:
            field_dict["message"] = message
        if resources is not UNSET:
            field_dict["resources"] = resources
        if scope is not UNSET:
            field_dict["scope"] = scope
        if driver is not UNSET:
            field_dict["driver"] = driver
        if parent is not UNSET:
            field_dict["parent"] = parent
        if root is not UNSET:
            field_dict["root"] = root

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.pool_v2_driver_list_status import PoolV2DriverListStatus  # noqa: PLC0415
        from ..models.pool_v2_resource_status import PoolV2ResourceStatus  # noqa: PLC0415
        from ..models.pool_v2_scope_status import PoolV2ScopeStatus  # noqa: PLC0415

        d = dict(src_dict)
        _phase = d.pop("phase", UNSET)
        phase: PoolV2StatusPhase | Unset
        if isinstance(_phase, Unset):
            phase = UNSET
        else:
            phase = PoolV2StatusPhase.from_json(_phase)

        message = d.pop("message", UNSET)

        _resources = d.pop("resources", UNSET)
        resources: PoolV2ResourceStatus | Unset
        if isinstance(_resources, Unset) or _resources is None:
            resources = UNSET
        else:
            resources = PoolV2ResourceStatus.from_dict(_resources)

        _scope = d.pop("scope", UNSET)
        scope: list[PoolV2ScopeStatus] | Unset = UNSET
        if _scope is not UNSET and _scope is not None:
            scope = []
            for scope_item_data in _scope:
                scope_item = PoolV2ScopeStatus.from_dict(scope_item_data)

                scope.append(scope_item)

        _driver = d.pop("driver", UNSET)
        driver: PoolV2DriverListStatus | Unset
        if isinstance(_driver, Unset) or _driver is None:
            driver = UNSET
        else:
            driver = PoolV2DriverListStatus.from_dict(_driver)

        parent = d.pop("parent", UNSET)

        root = d.pop("root", UNSET)

        pool_v2_status = cls(
            phase,
            message,
            resources,
            scope,
            driver,
            parent,
            root,
        )

        pool_v2_status.additional_properties = d
        return pool_v2_status

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
