from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_task_output_dis import ServiceTaskOutputDis
    from ..models.service_task_output_obs import ServiceTaskOutputObs
    from ..models.service_task_output_webhook import ServiceTaskOutputWebhook


T = TypeVar("T", bound="ServiceTaskOutput")


@_attrs_define
class ServiceTaskOutput:
    """Where the task sends its results.

    Attributes:
        obs (ServiceTaskOutputObs | Unset): Results written to OBS.
        dis (ServiceTaskOutputDis | Unset): Results sent to a DIS stream.
        webhook (ServiceTaskOutputWebhook | Unset): Results posted to a callback URL.
    """

    obs: ServiceTaskOutputObs | Unset = UNSET
    dis: ServiceTaskOutputDis | Unset = UNSET
    webhook: ServiceTaskOutputWebhook | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        obs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.obs, Unset):
            obs = self.obs.to_dict()

        dis: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dis, Unset):
            dis = self.dis.to_dict()

        webhook: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook, Unset):
            webhook = self.webhook.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if obs is not UNSET:
            field_dict["obs"] = obs
        if dis is not UNSET:
            field_dict["dis"] = dis
        if webhook is not UNSET:
            field_dict["webhook"] = webhook

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.service_task_output_dis import ServiceTaskOutputDis  # noqa: PLC0415
        from ..models.service_task_output_obs import ServiceTaskOutputObs  # noqa: PLC0415
        from ..models.service_task_output_webhook import ServiceTaskOutputWebhook  # noqa: PLC0415

        d = dict(src_dict)
        _obs = d.pop("obs", UNSET)
        obs: ServiceTaskOutputObs | Unset
        if isinstance(_obs, Unset) or _obs is None:
            obs = UNSET
        else:
            obs = ServiceTaskOutputObs.from_dict(_obs)

        _dis = d.pop("dis", UNSET)
        dis: ServiceTaskOutputDis | Unset
        if isinstance(_dis, Unset) or _dis is None:
            dis = UNSET
        else:
            dis = ServiceTaskOutputDis.from_dict(_dis)

        _webhook = d.pop("webhook", UNSET)
        webhook: ServiceTaskOutputWebhook | Unset
        if isinstance(_webhook, Unset) or _webhook is None:
            webhook = UNSET
        else:
            webhook = ServiceTaskOutputWebhook.from_dict(_webhook)

        service_task_output = cls(
            obs,
            dis,
            webhook,
        )

        service_task_output.additional_properties = d
        return service_task_output

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
