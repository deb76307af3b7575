from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.algorithm_v2_advanced_config import AlgorithmV2AdvancedConfig
    from ..models.algorithm_v2_job_config import AlgorithmV2JobConfig
    from ..models.algorithm_v2_metadata import AlgorithmV2Metadata
    from ..models.algorithm_v2_resource_requirement import AlgorithmV2ResourceRequirement


T = TypeVar("T", bound="AlgorithmV2")


@_attrs_define
class AlgorithmV2:
    """An algorithm, as answered by create, get, update and list.

    Attributes:
        metadata (AlgorithmV2Metadata | Unset): Basic information of an algorithm, as answered.
        job_config (AlgorithmV2JobConfig | Unset): How the algorithm runs, as answered (with its code directory tree).
        resource_requirements (list[AlgorithmV2ResourceRequirement] | None | Unset): Resource constraints; null when
            none are set.
        advanced_config (AlgorithmV2AdvancedConfig | Unset): Advanced policies of the algorithm, as answered (empty when
            none are set).
    """

    metadata: AlgorithmV2Metadata | Unset = UNSET
    job_config: AlgorithmV2JobConfig | Unset = UNSET
    resource_requirements: list[AlgorithmV2ResourceRequirement] | None | Unset = UNSET
    advanced_config: AlgorithmV2AdvancedConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        job_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job_config, Unset):
            job_config = self.job_config.to_dict()

        resource_requirements: list[dict[str, Any]] | None | Unset
        if isinstance(self.resource_requirements, Unset):
            resource_requirements = UNSET
        elif isinstance(self.resource_requirements, list):
            resource_requirements = []
            for resource_requirements_type_0_item_data in self.resource_requirements:
                resource_requirements_type_0_item = resource_requirements_type_0_item_data.to_dict()
                resource_requirements.append(resource_requirements_type_0_item)

        else:
            resource_requirements = self.resource_requirements

        advanced_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.advanced_config, Unset):
            advanced_config = self.advanced_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if job_config is not UNSET:
            field_dict["job_config"] = job_config
        if resource_requirements is not UNSET:
            field_dict["resource_requirements"] = resource_requirements
        if advanced_config is not UNSET:
            field_dict["advanced_config"] = advanced_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.algorithm_v2_advanced_config import AlgorithmV2AdvancedConfig  # noqa: PLC0415
        from ..models.algorithm_v2_job_config import AlgorithmV2JobConfig  # noqa: PLC0415
        from ..models.algorithm_v2_metadata import AlgorithmV2Metadata  # noqa: PLC0415
        from ..models.algorithm_v2_resource_requirement import AlgorithmV2ResourceRequirement  # noqa: PLC0415

        d = dict(src_dict)
        _metadata = d.pop("metadata", UNSET)
        metadata: AlgorithmV2Metadata | Unset
        if isinstance(_metadata, Unset) or _metadata is None:
            metadata = UNSET
        else:
            metadata = AlgorithmV2Metadata.from_dict(_metadata)

        _job_config = d.pop("job_config", UNSET)
        job_config: AlgorithmV2JobConfig | Unset
        if isinstance(_job_config, Unset) or _job_config is None:
            job_config = UNSET
        else:
            job_config = AlgorithmV2JobConfig.from_dict(_job_config)

        def _parse_resource_requirements(data: object) -> list[AlgorithmV2ResourceRequirement] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                resource_requirements_type_0 = []
                _resource_requirements_type_0 = data
                for resource_requirements_type_0_item_data in _resource_requirements_type_0:
                    resource_requirements_type_0_item = AlgorithmV2ResourceRequirement.from_dict(
                        resource_requirements_type_0_item_data
                    )

                    resource_requirements_type_0.append(resource_requirements_type_0_item)

                return resource_requirements_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlgorithmV2ResourceRequirement] | None | Unset, data)

        resource_requirements = _parse_resource_requirements(d.pop("resource_requirements", UNSET))

        _advanced_config = d.pop("advanced_config", UNSET)
        advanced_config: AlgorithmV2AdvancedConfig | Unset
        if isinstance(_advanced_config, Unset) or _advanced_config is None:
            advanced_config = UNSET
        else:
            advanced_config = AlgorithmV2AdvancedConfig.from_dict(_advanced_config)

        algorithm_v2 = cls(
            metadata,
            job_config,
            resource_requirements,
            advanced_config,
        )

        algorithm_v2.additional_properties = d
        return algorithm_v2

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
