from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_v2_source_info_cluster_mode import DatasetV2SourceInfoClusterMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetV2SourceInfo")


@_attrs_define
class DatasetV2SourceInfo:
    """Connection details for importing a table data source (DWS, DLI or MRS).

    Attributes:
        cluster_id (str | Unset): MRS cluster ID (shown on the MRS console).
        cluster_name (str | Unset): MRS cluster name (shown on the MRS console).
        cluster_mode (DatasetV2SourceInfoClusterMode | Unset): Running mode of the MRS cluster. "0": normal cluster,
            "1": security cluster.
        subnet_id (str | Unset): Subnet of the MRS cluster.
        vpc_id (str | Unset): VPC of the MRS cluster.
        input_ (str | Unset): HDFS path of the table data, e.g. /datasets/demo.
        ip (str | Unset): IP address of the GaussDB(DWS) cluster.
        port (str | Unset): Port of the GaussDB(DWS) cluster.
        database_name (str | Unset): Database the table data is imported to.
        table_name (str | Unset): Table the table data is imported to.
        queue_name (str | Unset): DLI queue of the table data.
        user_name (str | Unset): User name; needed for GaussDB(DWS) data.
        user_password (str | Unset): Password of `user_name`; needed for GaussDB(DWS) data.
    """

    cluster_id: str | Unset = UNSET
    cluster_name: str | Unset = UNSET
    cluster_mode: DatasetV2SourceInfoClusterMode | Unset = UNSET
    subnet_id: str | Unset = UNSET
    vpc_id: str | Unset = UNSET
    input_: str | Unset = UNSET
    ip: str | Unset = UNSET
    port: str | Unset = UNSET
    database_name: str | Unset = UNSET
    table_name: str | Unset = UNSET
    queue_name: str | Unset = UNSET
    user_name: str | Unset = UNSET
    user_password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = self.cluster_id

        cluster_name = self.cluster_name

        cluster_mode: str | Unset = UNSET
        if not isinstance(self.cluster_mode, Unset):
            cluster_mode = self.cluster_mode.value

        subnet_id = self.subnet_id

        vpc_id = self.vpc_id

        input_ = self.input_

        ip = self.ip

        port = self.port

        database_name = self.database_name

        table_name = self.table_name

        queue_name = self.queue_name

        user_name = self.user_name

        user_password = self.user_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
        if cluster_name is not UNSET:
            field_dict["cluster_name"] = cluster_name
        if cluster_mode is not UNSET:
            field_dict["cluster_mode"] = cluster_mode
        if subnet_id is not UNSET:
            field_dict["subnet_id"] = subnet_id
        if vpc_id is not UNSET:
            field_dict["vpc_id"] = vpc_id
        if input_ is not UNSET:
            field_dict["input"] = input_
        if ip is not UNSET:
            field_dict["ip"] = ip
        if port is not UNSET:
            field_dict["port"] = port
        if database_name is not UNSET:
            field_dict["database_name"] = database_name
        if table_name is not UNSET:
            field_dict["table_name"] = table_name
        if queue_name is not UNSET:
            field_dict["queue_name"] = queue_name
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if user_password is not UNSET:
            field_dict["user_password"] = user_password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        cluster_id = d.pop("cluster_id", UNSET)

        cluster_name = d.pop("cluster_name", UNSET)

        _cluster_mode = d.pop("cluster_mode", UNSET)
        cluster_mode: DatasetV2SourceInfoClusterMode | Unset
        if isinstance(_cluster_mode, Unset):
            cluster_mode = UNSET
        else:
            cluster_mode = DatasetV2SourceInfoClusterMode.from_json(_cluster_mode)

        subnet_id = d.pop("subnet_id", UNSET)

        vpc_id = d.pop("vpc_id", UNSET)

        input_ = d.pop("input", UNSET)

        ip = d.pop("ip", UNSET)

        port = d.pop("port", UNSET)

        database_name = d.pop("database_name", UNSET)

        table_name = d.pop("table_name", UNSET)

        queue_name = d.pop("queue_name", UNSET)

        user_name = d.pop("user_name", UNSET)

        user_password = d.pop("user_password", UNSET)

        dataset_v2_source_info = cls(
            cluster_id,
            cluster_name,
            cluster_mode,
            subnet_id,
            vpc_id,
            input_,
            ip,
            port,
            database_name,
            table_name,
            queue_name,
            user_name,
            user_password,
        )

        dataset_v2_source_info.additional_properties = d
        return dataset_v2_source_info

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
