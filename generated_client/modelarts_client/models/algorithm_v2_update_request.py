from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.algorithm_v2_advanced_config_spec import AlgorithmV2AdvancedConfigSpec
    from ..models.algorithm_v2_job_config_spec import AlgorithmV2JobConfigSpec
    from ..models.algorithm_v2_metadata_spec import AlgorithmV2MetadataSpec
    from ..models.algorithm_v2_resource_requirement_spec import AlgorithmV2ResourceRequirementSpec


T = TypeVar("T", bound="AlgorithmV2UpdateRequest")


@_attrs_define
class AlgorithmV2UpdateRequest:
    """Body of `update_algorithm_v2`: the algorithm's new definition (same fields as on creation).

    Attributes:
        metadata (AlgorithmV2MetadataSpec | Unset): Basic information of an algorithm, as sent on create and update.
        job_config (AlgorithmV2JobConfigSpec | Unset): How the algorithm runs (code, boot file or command, parameters,
            data channels, engine), as sent.
        resource_requirements (list[AlgorithmV2ResourceRequirementSpec] | Unset): Resource constraints; when set, the
            console offers only the public pools that satisfy them.
        advanced_config (AlgorithmV2AdvancedConfigSpec | Unset): Advanced policies of the algorithm, as sent (so far
            only hyperparameter search).
    """

    metadata: AlgorithmV2MetadataSpec | Unset = UNSET
    job_config: AlgorithmV2JobConfigSpec | Unset = UNSET
    resource_requirements: list[AlgorithmV2ResourceRequirementSpec] | Unset = UNSET
    advanced_config: AlgorithmV2AdvancedConfigSpec | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        job_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job_config, Unset):
            job_config = self.job_config.to_dict()

        resource_requirements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resource_requirements, Unset):
            resource_requirements = []
            for resource_requirements_item_data in self.resource_requirements:
                resource_requirements_item = resource_requirements_item_data.to_dict()
                resource_requirements.append(resource_requirements_item)

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
        from ..models.algorithm_v2_advanced_config_spec import AlgorithmV2AdvancedConfigSpec  # noqa: PLC0415
        from ..models.algorithm_v2_job_config_spec import AlgorithmV2JobConfigSpec  # noqa: PLC0415
        from ..models.algorithm_v2_metadata_spec import AlgorithmV2MetadataSpec  # noqa: PLC0415
        from ..models.algorithm_v2_resource_requirement_spec import AlgorithmV2ResourceRequirementSpec  # noqa: PLC0415

        d = dict(src_dict)
        _metadata = d.pop("metadata", UNSET)
        metadata: AlgorithmV2MetadataSpec | Unset
        if isinstance(_metadata, Unset) or _metadata is None:
            metadata = UNSET
        else:
            metadata = AlgorithmV2MetadataSpec.from_dict(_metadata)

        _job_config = d.pop("job_config", UNSET)
        job_config: AlgorithmV2JobConfigSpec | Unset
        if isinstance(_job_config, Unset) or _job_config is None:
            job_config = UNSET
        else:
            job_config = AlgorithmV2JobConfigSpec.from_dict(_job_config)

        _resource_requirements = d.pop("resource_requirements", UNSET)
        resource_requirements: list[AlgorithmV2ResourceRequirementSpec] | Unset = UNSET
        if _resource_requirements is not UNSET and _resource_requirements is not None:
            resource_requirements = []
            for resource_requirements_item_data in _resource_requirements:
                resource_requirements_item = AlgorithmV2ResourceRequirementSpec.from_dict(
                    resource_requirements_item_data
                )

                resource_requirements.append(resource_requirements_item)

        _advanced_config = d.pop("advanced_config", UNSET)
        advanced_config: AlgorithmV2AdvancedConfigSpec | Unset
        if isinstance(_advanced_config, Unset) or _advanced_config is None:
            advanced_config = UNSET
        else:
            advanced_config = AlgorithmV2AdvancedConfigSpec.from_dict(_advanced_config)

        algorithm_v2_update_request = cls(
            metadata,
            job_config,
            resource_requirements,
            advanced_config,
        )

        algorithm_v2_update_request.additional_properties = d
        return algorithm_v2_update_request

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
