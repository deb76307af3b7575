from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.train_config_detail_nas_type import TrainConfigDetailNasType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.train_config_data_source_info import TrainConfigDataSourceInfo
    from ..models.train_config_parameter import TrainConfigParameter
    from ..models.train_config_volume import TrainConfigVolume


T = TypeVar("T", bound="TrainConfigDetail")


@_attrs_define
class TrainConfigDetail:
    """Response of get_training_job_config.

    Attributes:
        is_success (bool | Unset): Whether the request succeeded.
        error_code (str | Unset): Error code of a failed call; absent on success.
        error_message (str | Unset): Error message of a failed call; absent on success.
        config_name (str | Unset): Configuration name.
        config_desc (str | Unset): Configuration description.
        worker_server_num (int | Unset): Number of worker nodes.
        app_url (str | Unset): Code directory.
        boot_file_url (str | Unset): Boot script.
        model_id (int | Unset): Built-in algorithm ID.
        parameter (list[TrainConfigParameter] | Unset): Running parameters; environment variables of the container for a
            custom image.
        spec_id (int | Unset): Resource flavor ID.
        data_url (str | Unset): OBS path of the training data.
        dataset_id (str | Unset): Dataset ID.
        dataset_version_id (str | Unset): Dataset version ID.
        data_source (list[TrainConfigDataSourceInfo] | Unset): Data sources.
        engine_type (int | Unset): Engine type code (1 TensorFlow, 2 MXNet, 3 Ray, 4 Caffe, 5 Spark_MLlib, 9 XGBoost-
            Sklearn, 10 PyTorch, 12 Horovod).
        engine_name (str | Unset): Engine name.
        engine_id (int | Unset): Engine ID.
        engine_version (str | Unset): Engine version.
        train_url (str | Unset): OBS path for the training output; empty if not set.
        log_url (str | Unset): OBS path for the training logs; empty if not set.
        user_image_url (str | Unset): SWR address of the custom image.
        user_command (str | Unset): Start command of the custom image container.
        spec_code (str | Unset): Resource flavor code, e.g. `modelarts.vm.gpu.p100`.
        gpu_type (str | Unset): GPU model of the flavor.
        create_time (int | Unset): Creation time of the configuration, epoch milliseconds.
        cpu (str | Unset): Memory of the flavor (a number, as text).
        gpu_num (int | Unset): Number of GPUs of the flavor.
        core (str | Unset): Number of CPU cores of the flavor (as text).
        dataset_name (str | Unset): Dataset name.
        dataset_version_name (str | Unset): Dataset version name.
        pool_id (str | Unset): Resource pool ID.
        pool_name (str | Unset): Resource pool name.
        volumes (list[TrainConfigVolume] | Unset): Storage volumes available to the job.
        nas_mount_path (str | Unset): Local mount path of SFS Turbo (NAS), e.g. `/home/work/nas`.
        nas_share_addr (str | Unset): Shared path of SFS Turbo (NAS), e.g. `192.168.8.150:/`.
        nas_type (TrainConfigDetailNasType | Unset): NAS type; only `nfs` exists.
    """

    is_success: bool | Unset = UNSET
    error_code: str | Unset = UNSET
    error_message: str | Unset = UNSET
    config_name: str | Unset = UNSET
    config_desc: str | Unset = UNSET
    worker_server_num: int | Unset = UNSET
    app_url: str | Unset = UNSET
    boot_file_url: str | Unset = UNSET
    model_id: int | Unset = UNSET
    parameter: list[TrainConfigParameter] | Unset = UNSET
    spec_id: int | Unset = UNSET
    data_url: str | Unset = UNSET
    dataset_id: str | Unset = UNSET
    dataset_version_id: str | Unset = UNSET
    data_source: list[TrainConfigDataSourceInfo] | Unset = UNSET
    engine_type: int | Unset = UNSET
    engine_name: str | Unset = UNSET
    engine_id: int | Unset = UNSET
    engine_version: str | Unset = UNSET
    train_url: str | Unset = UNSET
    log_url: str | Unset = UNSET
    user_image_url: str | Unset = UNSET
    user_command: str | Unset = UNSET
    spec_code: str | Unset = UNSET
    gpu_type: str | Unset = UNSET
    create_time: int | Unset = UNSET
    cpu: str | Unset = UNSET
    gpu_num: int | Unset = UNSET
    core: str | Unset = UNSET
    dataset_name: str | Unset = UNSET
    dataset_version_name: str | Unset = UNSET
    pool_id: str | Unset = UNSET
    pool_name: str | Unset = UNSET
    volumes: list[TrainConfigVolume] | Unset = UNSET
    nas_mount_path: str | Unset = UNSET
    nas_share_addr: str | Unset = UNSET
    nas_type: TrainConfigDetailNasType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_success = self.is_success

        error_code = self.error_code

        error_message = self.error_message

        config_name = self.config_name

        config_desc = self.config_desc

        worker_server_num = self.worker_server_num

        app_url = self.app_url

        boot_file_url = self.boot_file_url

        model_id = self.model_id

        parameter: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameter, Unset):
            parameter = []
            for parameter_item_data in self.parameter:
                parameter_item = parameter_item_data.to_dict()
                parameter.append(parameter_item)

        spec_id = self.spec_id

        data_url = self.data_url

        dataset_id = self.dataset_id

        dataset_version_id = self.dataset_version_id

        data_source: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_source, Unset):
            data_source = []
            for data_source_item_data in self.data_source:
                data_source_item = data_source_item_data.to_dict()
                data_source.append(data_source_item)

        engine_type = self.engine_type

        engine_name = self.engine_name

        engine_id = self.engine_id

        engine_version = self.engine_version

        train_url = self.train_url

        log_url = self.log_url

        user_image_url = self.user_image_url

        user_command = self.user_command

        spec_code = self.spec_code

        gpu_type = self.gpu_type

        create_time = self.create_time

        cpu = self.cpu

        gpu_num = self.gpu_num

        core = self.core

        dataset_name = self.dataset_name

        dataset_version_name = self.dataset_version_name

        pool_id = self.pool_id

        pool_name = self.pool_name

        volumes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.volumes, Unset):
            volumes = []
            for volumes_item_data in self.volumes:
                volumes_item = volumes_item_data.to_dict()
                volumes.append(volumes_item)

        nas_mount_path = self.nas_mount_path

        nas_share_addr = self.nas_share_addr

        nas_type: str | Unset = UNSET
        if not isinstance(self.nas_type, Unset):
            nas_type = self.nas_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_success is not UNSET:
            field_dict["is_success"] = is_success
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if config_name is not UNSET:
            field_dict["config_name"] = config_name
        if config_desc is not UNSET:
            field_dict["config_desc"] = config_desc
        if worker_server_num is not UNSET:
            field_dict["worker_server_num"] = worker_server_num
        if app_url is not UNSET:
            field_dict["app_url"] = app_url
        if boot_file_url is not UNSET:
            field_dict["boot_file_url"] = boot_file_url
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if parameter is not UNSET:
            field_dict["parameter"] = parameter
        if spec_id is not UNSET:
            field_dict["spec_id"] = spec_id
        if data_url is not UNSET:
            field_dict["data_url"] = data_url
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if dataset_version_id is not UNSET:
            field_dict["dataset_version_id"] = dataset_version_id
        if data_source is not UNSET:
            field_dict["data_source"] = data_source
        if engine_type is not UNSET:
            field_dict["engine_type"] = engine_type
        if engine_name is not UNSET:
            field_dict["engine_name"] = engine_name
        if engine_id is not UNSET:
            field_dict["engine_id"] = engine_id
        if engine_version is not UNSET:
            field_dict["engine_version"] = engine_version
        if train_url is not UNSET:
            field_dict["train_url"] = train_url
        if log_url is not UNSET:
            field_dict["log_url"] = log_url
        if user_image_url is not UNSET:
            field_dict["user_image_url"] = user_image_url
        if user_command is not UNSET:
            field_dict["user_command"] = user_command
        if spec_code is not UNSET:
            field_dict["spec_code"] = spec_code
        if gpu_type is not UNSET:
            field_dict["gpu_type"] = gpu_type
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if gpu_num is not UNSET:
            field_dict["gpu_num"] = gpu_num
        if core is not UNSET:
            field_dict["core"] = core
        if dataset_name is not UNSET:
            field_dict["dataset_name"] = dataset_name
        if dataset_version_name is not UNSET:
            field_dict["dataset_version_name"] = dataset_version_name
        if pool_id is not UNSET:
            field_dict["pool_id"] = pool_id
        if pool_name is not UNSET:
            field_dict["pool_name"] = pool_name
        if volumes is not UNSET:
            field_dict["volumes"] = volumes
        if nas_mount_path is not UNSET:
            field_dict["nas_mount_path"] = nas_mount_path
        if nas_share_addr is not UNSET:
            field_dict["nas_share_addr"] = nas_share_addr
        if nas_type is not UNSET:
            field_dict["nas_type"] = nas_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.train_config_data_source_info import TrainConfigDataSourceInfo  # noqa: PLC0415
        from ..models.train_config_parameter import TrainConfigParameter  # noqa: PLC0415
        from ..models.train_config_volume import TrainConfigVolume  # noqa: PLC0415

        d = dict(src_dict)
        is_success = d.pop("is_success", UNSET)

        error_code = d.pop("error_code", UNSET)

        error_message = d.pop("error_message", UNSET)

        config_name = d.pop("config_name", UNSET)

        config_desc = d.pop("config_desc", UNSET)

        worker_server_num = d.pop("worker_server_num", UNSET)

        app_url = d.pop("app_url", UNSET)

        boot_file_url = d.pop("boot_file_url", UNSET)

        model_id = d.pop("model_id", UNSET)

        _parameter = d.pop("parameter", UNSET)
        parameter: list[TrainConfigParameter] | Unset = UNSET
        if _parameter is not UNSET and _parameter is not None:
            parameter = []
            for parameter_item_data in _parameter:
                parameter_item = TrainConfigParameter.from_dict(parameter_item_data)

                parameter.append(parameter_item)

        spec_id = d.pop("spec_id", UNSET)

        data_url = d.pop("data_url", UNSET)

        dataset_id = d.pop("dataset_id", UNSET)

        dataset_version_id = d.pop("dataset_version_id", UNSET)

        _data_source = d.pop("data_source", UNSET)
        data_source: list[TrainConfigDataSourceInfo] | Unset = UNSET
        if _data_source is not UNSET and _data_source is not None:
            data_source = []
            for data_source_item_data in _data_source:
                data_source_item = TrainConfigDataSourceInfo.from_dict(data_source_item_data)

                data_source.append(data_source_item)

        engine_type = d.pop("engine_type", UNSET)

        engine_name = d.pop("engine_name", UNSET)

        engine_id = d.pop("engine_id", UNSET)

        engine_version = d.pop("engine_version", UNSET)

        train_url = d.pop("train_url", UNSET)

        log_url = d.pop("log_url", UNSET)

        user_image_url = d.pop("user_image_url", UNSET)

        user_command = d.pop("user_command", UNSET)

        spec_code = d.pop("spec_code", UNSET)

        gpu_type = d.pop("gpu_type", UNSET)

        create_time = d.pop("create_time", UNSET)

        cpu = d.pop("cpu", UNSET)

        gpu_num = d.pop("gpu_num", UNSET)

        core = d.pop("core", UNSET)

        dataset_name = d.pop("dataset_name", UNSET)

        dataset_version_name = d.pop("dataset_version_name", UNSET)

        pool_id = d.pop("pool_id", UNSET)

        pool_name = d.pop("pool_name", UNSET)

        _volumes = d.pop("volumes", UNSET)
        volumes: list[TrainConfigVolume] | Unset = UNSET
        if _volumes is not UNSET and _volumes is not None:
            volumes = []
            for volumes_item_data in _volumes:
                volumes_item = TrainConfigVolume.from_dict(volumes_item_data)

                volumes.append(volumes_item)

        nas_mount_path = d.pop("nas_mount_path", UNSET)

        nas_share_addr = d.pop("nas_share_addr", UNSET)

        _nas_type = d.pop("nas_type", UNSET)
        nas_type: TrainConfigDetailNasType | Unset
        if isinstance(_nas_type, Unset):
            nas_type = UNSET
        else:
            nas_type = TrainConfigDetailNasType.from_json(_nas_type)

        train_config_detail = cls(
            is_success,
            error_code,
            error_message,
            config_name,
            config_desc,
            worker_server_num,
            app_url,
            boot_file_url,
            model_id,
            parameter,
            spec_id,
            data_url,
            dataset_id,
            dataset_version_id,
            data_source,
            engine_type,
            engine_name,
            engine_id,
            engine_version,
            train_url,
            log_url,
            user_image_url,
            user_command,
            spec_code,
            gpu_type,
            create_time,
            cpu,
            gpu_num,
            core,
            dataset_name,
            dataset_version_name,
            pool_id,
            pool_name,
            volumes,
            nas_mount_path,
            nas_share_addr,
            nas_type,
        )

        train_config_detail.additional_properties = d
        return train_config_detail

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
