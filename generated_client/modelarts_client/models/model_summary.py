from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_install_type import ModelInstallType
from ..models.model_source import ModelSource
from ..models.model_status import ModelStatus
from ..models.model_summary_source_copy import ModelSummarySourceCopy
from ..models.model_type import ModelType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_specification import ModelSpecification


T = TypeVar("T", bound="ModelSummary")


@_attrs_define
class ModelSummary:
    """A model as listed.

    Attributes:
        model_id (str | Unset): Model ID.
        model_name (str | Unset): Model name.
        model_version (str | Unset): Model version.
        model_status (ModelStatus | Unset): Model status (values listed with the `model_status` filter of the list
            operation).
        model_type (ModelType | Unset): AI framework or kind of a model. Union of the lists in the import, list and
            details
            sections (MindSpore appears only in the list and details sections) and of the current
            edition, which adds Custom and Template.
        model_size (int | Unset): Model size in bytes.
        tenant (str | Unset): Tenant owning the model.
        project (str | Unset): Project owning the model.
        owner (str | Unset): User owning the model.
        create_at (int | Unset): Creation time, epoch milliseconds (UTC).
        description (str | Unset): Model description.
        source_type (str | Unset): auto for a model from an ExeML project; empty or absent for one from a training job.
        workspace_id (str | Unset): Workspace ID.
        model_source (ModelSource | Unset): Where a model comes from. auto is ExeML, algos a built-in algorithm, custom
            a custom model.
        tunable (bool | Unset): Whether the model can be tuned.
        market_flag (bool | Unset): Whether the model was subscribed from the marketplace.
        publishable_flag (bool | Unset): Whether the model can be published to the marketplace.
        install_type (list[ModelInstallType] | Unset): Kinds of service the model can be deployed as.
        subscription_id (str | Unset): Subscription ID of the model.
        extra (str | Unset): Extension field.
        specification (ModelSpecification | Unset): Smallest resources a deployment of the model needs.
        source_copy (ModelSummarySourceCopy | Unset): Image models only (model_type Image): `true` copies the SWR image,
            so later changes to
            the source image do not affect deployments but the model takes longer to create;
            `false` uses the source image directly. Copying is on when not set.
    """

    model_id: str | Unset = UNSET
    model_name: str | Unset = UNSET
    model_version: str | Unset = UNSET
    model_status: ModelStatus | Unset = UNSET
    model_type: ModelType | Unset = UNSET
    model_size: int | Unset = UNSET
    tenant: str | Unset = UNSET
    project: str | Unset = UNSET
    owner: str | Unset = UNSET
    create_at: int | Unset = UNSET
    description: str | Unset = UNSET
    source_type: str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    model_source: ModelSource | Unset = UNSET
    tunable: bool | Unset = UNSET
    market_flag: bool | Unset = UNSET
    publishable_flag: bool | Unset = UNSET
    install_type: list[ModelInstallType] | Unset = UNSET
    subscription_id: str | Unset = UNSET
    extra: str | Unset = UNSET
    specification: ModelSpecification | Unset = UNSET
    source_copy: ModelSummarySourceCopy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        model_name = self.model_name

        model_version = self.model_version

        model_status: str | Unset = UNSET
        if not isinstance(self.model_status, Unset):
            model_status = self.model_status.value

        model_type: str | Unset = UNSET
        if not isinstance(self.model_type, Unset):
            model_type = self.model_type.value

        model_size = self.model_size

        tenant = self.tenant

        project = self.project

        owner = self.owner

        create_at = self.create_at

        description = self.description

        source_type = self.source_type

        workspace_id = self.workspace_id

        model_source: str | Unset = UNSET
        if not isinstance(self.model_source, Unset):
            model_source = self.model_source.value

        tunable = self.tunable

        market_flag = self.market_flag

        publishable_flag = self.publishable_flag

        install_type: list[str] | Unset = UNSET
        if not isinstance(self.install_type, Unset):
            install_type = []
            for install_type_item_data in self.install_type:
                install_type_item = install_type_item_data.value
                install_type.append(install_type_item)

        subscription_id = self.subscription_id

        extra = self.extra

        specification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.specification, Unset):
            specification = self.specification.to_dict()

        source_copy: str | Unset = UNSET
        if not isinstance(self.source_copy, Unset):
            source_copy = self.source_copy.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if model_status is not UNSET:
            field_dict["model_status"] = model_status
        if model_type is not UNSET:
            field_dict["model_type"] = model_type
        if model_size is not UNSET:
            field_dict["model_size"] = model_size
        if tenant is not UNSET:
            field_dict["tenant"] = tenant
        if project is not UNSET:
            field_dict["project"] = project
        if owner is not UNSET:
            field_dict["owner"] = owner
        if create_at is not UNSET:
            field_dict["create_at"] = create_at
        if description is not UNSET:
            field_dict["description"] = description
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if model_source is not UNSET:
            field_dict["model_source"] = model_source
        if tunable is not UNSET:
            field_dict["tunable"] = tunable
        if market_flag is not UNSET:
            field_dict["market_flag"] = market_flag
        if publishable_flag is not UNSET:
            field_dict["publishable_flag"] = publishable_flag
        if install_type is not UNSET:
            field_dict["install_type"] = install_type
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id
        if extra is not UNSET:
            field_dict["extra"] = extra
        if specification is not UNSET:
            field_dict["specification"] = specification
        if source_copy is not UNSET:
            field_dict["source_copy"] = source_copy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.model_specification import ModelSpecification  # noqa: PLC0415

        d = dict(src_dict)
        model_id = d.pop("model_id", UNSET)

        model_name = d.pop("model_name", UNSET)

        model_version = d.pop("model_version", UNSET)

        _model_status = d.pop("model_status", UNSET)
        model_status: ModelStatus | Unset
        if isinstance(_model_status, Unset):
            model_status = UNSET
        else:
            model_status = ModelStatus.from_json(_model_status)

        _model_type = d.pop("model_type", UNSET)
        model_type: ModelType | Unset
        if isinstance(_model_type, Unset):
            model_type = UNSET
        else:
            model_type = ModelType.from_json(_model_type)

        model_size = d.pop("model_size", UNSET)

        tenant = d.pop("tenant", UNSET)

        project = d.pop("project", UNSET)

        owner = d.pop("owner", UNSET)

        create_at = d.pop("create_at", UNSET)

        description = d.pop("description", UNSET)

        source_type = d.pop("source_type", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        _model_source = d.pop("model_source", UNSET)
        model_source: ModelSource | Unset
        if isinstance(_model_source, Unset):
            model_source = UNSET
        else:
            model_source = ModelSource.from_json(_model_source)

        tunable = d.pop("tunable", UNSET)

        market_flag = d.pop("market_flag", UNSET)

        publishable_flag = d.pop("publishable_flag", UNSET)

        _install_type = d.pop("install_type", UNSET)
        install_type: list[ModelInstallType] | Unset = UNSET
        if _install_type is not UNSET and _install_type is not None:
            install_type = []
            for install_type_item_data in _install_type:
                install_type_item = ModelInstallType.from_json(install_type_item_data)

                install_type.append(install_type_item)

        subscription_id = d.pop("subscription_id", UNSET)

        extra = d.pop("extra", UNSET)

        _specification = d.pop("specification", UNSET)
        specification: ModelSpecification | Unset
        if isinstance(_specification, Unset) or _specification is None:
            specification = UNSET
        else:
            specification = ModelSpecification.from_dict(_specification)

        _source_copy = d.pop("source_copy", UNSET)
        source_copy: ModelSummarySourceCopy | Unset
        if isinstance(_source_copy, Unset):
            source_copy = UNSET
        else:
            source_copy = ModelSummarySourceCopy.from_json(_source_copy)

        model_summary = cls(
            model_id,
            model_name,
            model_version,
            model_status,
            model_type,
            model_size,
            tenant,
            project,
            owner,
            create_at,
            description,
            source_type,
            workspace_id,
            model_source,
            tunable,
            market_flag,
            publishable_flag,
            install_type,
            subscription_id,
            extra,
            specification,
            source_copy,
        )

        model_summary.additional_properties = d
        return model_summary

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
