from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolV2MetaAnnotations")


@_attrs_define
class PoolV2MetaAnnotations:
    """Annotations of a resource pool. The documented keys are named; any other annotation is kept as a string.

    Attributes:
        os_modelartsexternal_access (str | Unset): How the pool is reached from outside (the samples show elb); not in
            the reference's table.
        os_modelartsdescription (str | Unset): Description of the pool.
        os_modelartsbilling_mode (str | Unset): Billing mode (the vendor SDK gives 0 pay-per-use, 1 yearly/monthly).
        os_modelartsflavor_resource_ids (str | Unset): Resource ID of each flavor in the pool.
        os_modelartstms_tags (str | Unset): Resource tags given when the pool was created.
        os_modelartsscheduler_extension (str | Unset): Priority settable for jobs that other users submit to this shared
            pool.
        os_modelartsvolcano_scheduler_cabinet_exclusive_enabled (str | Unset): Present when a pool not provisioned by
            whole cabinets may still run whole-cabinet jobs (rack-provisioned pools can by default).
        os_modelarts_poolscope_external_dependency_train (str | Unset): External dependency of the training scope (a
            JSON document as a string).
        os_modelarts_poolscope_external_dependency_infer (str | Unset): External dependency of the inference scope.
        os_modelarts_poolscope_external_dependency_notebook (str | Unset): External dependency of the notebook
            (development environment) scope.
        os_modelartsperiod_num (str | Unset): Subscription period count of a yearly/monthly pool, read with period.type
            (vendor SDK, not in the reference tables).
        os_modelartsperiod_type (str | Unset): Subscription period unit of a yearly/monthly pool, 2 month or 3 year
            (vendor SDK, not in the reference tables).
        os_modelartsauto_renew (str | Unset): Whether a yearly/monthly pool renews automatically, 0 no or 1 yes (vendor
            SDK, not in the reference tables).
        os_modelartspromotion_info (str | Unset): Discount chosen when a yearly/monthly pool was bought (vendor SDK, not
            in the reference tables).
        os_modelartsservice_console_url (str | Unset): Page shown after the order of a yearly/monthly pool is paid
            (vendor SDK, not in the reference tables).
        os_modelartsorder_id (str | Unset): Order ID given when a yearly/monthly pool was bought (vendor SDK, not in the
            reference tables).
        os_modelarts_poolscheduler_queue_strategy (str | Unset): Scheduling queue strategy of the pool (vendor SDK, not
            in the reference tables).
        os_modelarts_poolsubpools_count (str | Unset): Number of logical sub-pools in the pool (vendor SDK, not in the
            reference tables).
        os_modelartstenant_domain_name (str | Unset): Account name of the tenant owning the pool (vendor SDK, not in the
            reference tables).
    """

    os_modelartsexternal_access: str | Unset = UNSET
    os_modelartsdescription: str | Unset = UNSET
    os_modelartsbilling_mode: str | Unset = UNSET
    os_modelartsflavor_resource_ids: str | Unset = UNSET
    os_modelartstms_tags: str | Unset = UNSET
    os_modelartsscheduler_extension: str | Unset = UNSET
    os_modelartsvolcano_scheduler_cabinet_exclusive_enabled: str | Unset = UNSET
    os_modelarts_poolscope_external_dependency_train: str | Unset = UNSET
    os_modelarts_poolscope_external_dependency_infer: str | Unset = UNSET
    os_modelarts_poolscope_external_dependency_notebook: str | Unset = UNSET
    os_modelartsperiod_num: str | Unset = UNSET
    os_modelartsperiod_type: str | Unset = UNSET
    os_modelartsauto_renew: str | Unset = UNSET
    os_modelartspromotion_info: str | Unset = UNSET
    os_modelartsservice_console_url: str | Unset = UNSET
    os_modelartsorder_id: str | Unset = UNSET
    os_modelarts_poolscheduler_queue_strategy: str | Unset = UNSET
    os_modelarts_poolsubpools_count: str | Unset = UNSET
    os_modelartstenant_domain_name: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        os_modelartsexternal_access = self.os_modelartsexternal_access

        os_modelartsdescription = self.os_modelartsdescription

        os_modelartsbilling_mode = self.os_modelartsbilling_mode

        os_modelartsflavor_resource_ids = self.os_modelartsflavor_resource_ids

        os_modelartstms_tags = self.os_modelartstms_tags

        os_modelartsscheduler_extension = self.os_modelartsscheduler_extension

        os_modelartsvolcano_scheduler_cabinet_exclusive_enabled = (
            self.os_modelartsvolcano_scheduler_cabinet_exclusive_enabled
        )

        os_modelarts_poolscope_external_dependency_train = self.os_modelarts_poolscope_external_dependency_train

        os_modelarts_poolscope_external_dependency_infer = self.os_modelarts_poolscope_external_dependency_infer

        os_modelarts_poolscope_external_dependency_notebook = self.os_modelarts_poolscope_external_dependency_notebook

        os_modelartsperiod_num = self.os_modelartsperiod_num

        os_modelartsperiod_type = self.os_modelartsperiod_type

        os_modelartsauto_renew = self.os_modelartsauto_renew

        os_modelartspromotion_info = self.os_modelartspromotion_info

        os_modelartsservice_console_url = self.os_modelartsservice_console_url

        os_modelartsorder_id = self.os_modelartsorder_id

        os_modelarts_poolscheduler_queue_strategy = self.os_modelarts_poolscheduler_queue_strategy

        os_modelarts_poolsubpools_count = self.os_modelarts_poolsubpools_count

        os_modelartstenant_domain_name = self.os_modelartstenant_domain_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if os_modelartsexternal_access is not UNSET:
            field_dict["os.modelarts/external-access"] = os_modelartsexternal_access
        if os_modelartsdescription is not UNSET:
            field_dict["os.modelarts/description"] = os_modelartsdescription
        if os_modelartsbilling_mode is not UNSET:
            field_dict["os.modelarts/billing.mode"] = os_modelartsbilling_mode
        if os_modelartsflavor_resource_ids is not UNSET:
            field_dict["os.modelarts/flavor.resource.ids"] = os_modelartsflavor_resource_ids
        if os_modelartstms_tags is not UNSET:
            field_dict["os.modelarts/tms.tags"] = os_modelartstms_tags
        if os_modelartsscheduler_extension is not UNSET:
            field_dict["os.modelarts/scheduler.extension"] = os_modelartsscheduler_extension
        if os_modelartsvolcano_scheduler_cabinet_exclusive_enabled is not UNSET:
            field_dict["os.modelarts/volcano.scheduler.cabinet-exclusive.enabled"] = (
                os_modelartsvolcano_scheduler_cabinet_exclusive_enabled
            )
        if os_modelarts_poolscope_external_dependency_train is not UNSET:
            field_dict["os.modelarts.pool/scope.external.dependency.Train"] = (
                os_modelarts_poolscope_external_dependency_train
            )
        if os_modelarts_poolscope_external_dependency_infer is not UNSET:
            field_dict["os.modelarts.pool/scope.external.dependency.Infer"] = (
                os_modelarts_poolscope_external_dependency_infer
            )
        if os_modelarts_poolscope_external_dependency_notebook is not UNSET:
            field_dict["os.modelarts.pool/scope.external.dependency.Notebook"] = (
                os_modelarts_poolscope_external_dependency_notebook
            )
        if os_modelartsperiod_num is not UNSET:
            field_dict["os.modelarts/period.num"] = os_modelartsperiod_num
        if os_modelartsperiod_type is not UNSET:
            field_dict["os.modelarts/period.type"] = os_modelartsperiod_type
        if os_modelartsauto_renew is not UNSET:
            field_dict["os.modelarts/auto.renew"] = os_modelartsauto_renew
        if os_modelartspromotion_info is not UNSET:
            field_dict["os.modelarts/promotion.info"] = os_modelartspromotion_info
        if os_modelartsservice_console_url is not UNSET:
            field_dict["os.modelarts/service.console.url"] = os_modelartsservice_console_url
        if os_modelartsorder_id is not UNSET:
            field_dict["os.modelarts/order.id"] = os_modelartsorder_id
        if os_modelarts_poolscheduler_queue_strategy is not UNSET:
            field_dict["os.modelarts.pool/scheduler.queue.strategy"] = os_modelarts_poolscheduler_queue_strategy
        if os_modelarts_poolsubpools_count is not UNSET:
            field_dict["os.modelarts.pool/subpools.count"] = os_modelarts_poolsubpools_count
        if os_modelartstenant_domain_name is not UNSET:
            field_dict["os.modelarts/tenant.domain.name"] = os_modelartstenant_domain_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        os_modelartsexternal_access = d.pop("os.modelarts/external-access", UNSET)

        os_modelartsdescription = d.pop("os.modelarts/description", UNSET)

        os_modelartsbilling_mode = d.pop("os.modelarts/billing.mode", UNSET)

        os_modelartsflavor_resource_ids = d.pop("os.modelarts/flavor.resource.ids", UNSET)

        os_modelartstms_tags = d.pop("os.modelarts/tms.tags", UNSET)

        os_modelartsscheduler_extension = d.pop("os.modelarts/scheduler.extension", UNSET)

        os_modelartsvolcano_scheduler_cabinet_exclusive_enabled = d.pop(
            "os.modelarts/volcano.scheduler.cabinet-exclusive.enabled", UNSET
        )

        os_modelarts_poolscope_external_dependency_train = d.pop(
            "os.modelarts.pool/scope.external.dependency.Train", UNSET
        )

        os_modelarts_poolscope_external_dependency_infer = d.pop(
            "os.modelarts.pool/scope.external.dependency.Infer", UNSET
        )

        os_modelarts_poolscope_external_dependency_notebook = d.pop(
            "os.modelarts.pool/scope.external.dependency.Notebook", UNSET
        )

        os_modelartsperiod_num = d.pop("os.modelarts/period.num", UNSET)

        os_modelartsperiod_type = d.pop("os.modelarts/period.type", UNSET)

        os_modelartsauto_renew = d.pop("os.modelarts/auto.renew", UNSET)

        os_modelartspromotion_info = d.pop("os.modelarts/promotion.info", UNSET)

        os_modelartsservice_console_url = d.pop("os.modelarts/service.console.url", UNSET)

        os_modelartsorder_id = d.pop("os.modelarts/order.id", UNSET)

        os_modelarts_poolscheduler_queue_strategy = d.pop("os.modelarts.pool/scheduler.queue.strategy", UNSET)

        os_modelarts_poolsubpools_count = d.pop("os.modelarts.pool/subpools.count", UNSET)

        os_modelartstenant_domain_name = d.pop("os.modelarts/tenant.domain.name", UNSET)

        pool_v2_meta_annotations = cls(
            os_modelartsexternal_access,
            os_modelartsdescription,
            os_modelartsbilling_mode,
            os_modelartsflavor_resource_ids,
            os_modelartstms_tags,
            os_modelartsscheduler_extension,
            os_modelartsvolcano_scheduler_cabinet_exclusive_enabled,
            os_modelarts_poolscope_external_dependency_train,
            os_modelarts_poolscope_external_dependency_infer,
            os_modelarts_poolscope_external_dependency_notebook,
            os_modelartsperiod_num,
            os_modelartsperiod_type,
            os_modelartsauto_renew,
            os_modelartspromotion_info,
            os_modelartsservice_console_url,
            os_modelartsorder_id,
            os_modelarts_poolscheduler_queue_strategy,
            os_modelarts_poolsubpools_count,
            os_modelartstenant_domain_name,
        )

        pool_v2_meta_annotations.additional_properties = d
        return pool_v2_meta_annotations

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
