from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.train_job_data_source_info import TrainJobDataSourceInfo
    from ..models.train_job_parameter_info import TrainJobParameterInfo
    from ..models.train_job_system_metrics import TrainJobSystemMetrics
    from ..models.train_job_volume_info import TrainJobVolumeInfo


T = TypeVar("T", bound="TrainJobVersionDetail")


@_attrs_define
class TrainJobVersionDetail:
    """Body answered by `get_training_job_version`.

    Attributes:
        is_success (bool): Whether the request succeeded.
        error_message (str | Unset): Error message of a failed call; absent on success.
        error_code (str | Unset): Error code of a failed call (chapter 10.2); absent on success.
        job_id (int | Unset): Training job ID.
        job_name (str | Unset): Training job name.
        job_desc (str | Unset): Job description.
        version_id (int | Unset): Version ID.
        version_name (str | Unset): Version name, e.g. `V0001`.
        pre_version_id (int | Unset): ID of the previous version.
        engine_type (int | Unset): Engine type: 1 TensorFlow, 2 MXNet, 3 Ray, 4 Caffe, 5 Spark_MLlib, 9 XGBoost-Sklearn,
            10 PyTorch, 12 Horovod (the list may grow).
        engine_name (str | Unset): Engine name, e.g. Caffe, Horovod, MXNet, PyTorch, Ray, Spark_MLlib, TensorFlow,
            XGBoost-Sklearn.
        engine_id (int | Unset): Engine ID.
        engine_version (str | Unset): Engine version, e.g. `TF-1.4.0-python2.7`.
        status (JobStatus | Unset): Status code of a ModelArts job (reference section 5.5), shared by training,
            visualization
            and other jobs.
        app_url (str | Unset): Code directory.
        boot_file_url (str | Unset): Boot file.
        create_time (int | Unset): Creation time, epoch milliseconds.
        parameter (list[TrainJobParameterInfo] | Unset): Running parameters (container environment variables for custom
            images).
        duration (int | Unset): Running time in milliseconds.
        spec_id (int | Unset): Resource specification ID.
        core (str | Unset): Number of cores of the resource specification (a numeric string).
        cpu (str | Unset): CPU memory of the resource specification (a numeric string).
        gpu_num (int | Unset): Number of GPUs of the resource specification.
        gpu_type (str | Unset): GPU type of the resource specification.
        worker_server_num (int | Unset): Number of workers.
        data_url (str | Unset): OBS path of the dataset.
        train_url (str | Unset): OBS path of the job output.
        log_url (str | Unset): OBS path of the job logs; empty by default.
        dataset_version_id (str | Unset): Dataset version ID.
        dataset_id (str | Unset): Dataset ID.
        data_source (list[TrainJobDataSourceInfo] | Unset): Input datasets.
        model_id (int | Unset): Built-in algorithm (model) ID.
        model_metric_list (str | Unset): Model evaluation metrics as a JSON document in a string: `metric` (array of
            per-class `metric_values` {recall, precision, accuracy}, `reserved_data`, `metric_meta` {class_id, class_name})
            and `total_metric` (`total_metric_meta`, `total_reserved_data`, `total_metric_values` {f1_score, recall,
            precision, accuracy}). Decode with the schema in `x-json-schema`.
        system_metric_list (TrainJobSystemMetrics | Unset): System monitoring metrics of a job version; each series is
            an array of numeric strings.
        user_image_url (str | Unset): SWR URL of the custom image.
        user_command (str | Unset): Container boot command of the custom image.
        resource_id (str | Unset): Charged resource ID.
        dataset_name (str | Unset): Dataset name.
        spec_code (str | Unset): Resource specification code, e.g. `modelarts.vm.gpu.p100`.
        start_time (int | Unset): Training start time, epoch milliseconds.
        volumes (list[TrainJobVolumeInfo] | Unset): Storage volumes of the job.
        dataset_version_name (str | Unset): Dataset version name.
        pool_name (str | Unset): Resource pool name.
        pool_id (str | Unset): Resource pool ID.
        nas_mount_path (str | Unset): Local mount path of SFS Turbo (NAS), e.g. `/home/work/nas`.
        nas_share_addr (str | Unset): Shared path of SFS Turbo (NAS), e.g. `192.168.8.150:/`.
        nas_type (str | Unset): NAS type; only `nfs` is supported.
    """

    is_success: bool
    error_message: str | Unset = UNSET
    error_code: str | Unset = UNSET
    job_id: int | Unset = UNSET
    job_name: str | Unset = UNSET
    job_desc: str | Unset = UNSET
    version_id: int | Unset = UNSET
    version_name: str | Unset = UNSET
    pre_version_id: int | Unset = UNSET
    engine_type: int | Unset = UNSET
    engine_name: str | Unset = UNSET
    engine_id: int | Unset = UNSET
    engine_version: str | Unset = UNSET
    status: JobStatus | Unset = UNSET
    app_url: str | Unset = UNSET
    boot_file_url: str | Unset = UNSET
    create_time: int | Unset = UNSET
    parameter: list[TrainJobParameterInfo] | Unset = UNSET
    duration: int | Unset = UNSET
    spec_id: int | Unset = UNSET
    core: str | Unset = UNSET
    cpu: str | Unset = UNSET
    gpu_num: int | Unset = UNSET
    gpu_type: str | Unset = UNSET
    worker_server_num: int | Unset = UNSET
    data_url: str | Unset = UNSET
    train_url: str | Unset = UNSET
    log_url: str | Unset = UNSET
    dataset_version_id: str | Unset = UNSET
    dataset_id: str | Unset = UNSET
    data_source: list[TrainJobDataSourceInfo] | Unset = UNSET
    model_id: int | Unset = UNSET
    model_metric_list: str | Unset = UNSET
    system_metric_list: TrainJobSystemMetrics | Unset = UNSET
    user_image_url: str | Unset = UNSET
    user_command: str | Unset = UNSET
    resource_id: str | Unset = UNSET
    dataset_name: str | Unset = UNSET
    spec_code: str | Unset = UNSET
    start_time: int | Unset = UNSET
    volumes: list[TrainJobVolumeInfo] | Unset = UNSET
    dataset_version_name: str | Unset = UNSET
    pool_name: str | Unset = UNSET
    pool_id: str | Unset = UNSET
    nas_mount_path: str | Unset = UNSET
    nas_share_addr: str | Unset = UNSET
    nas_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_success = self.is_success

        error_message = self.error_message

        error_code = self.error_code

        job_id = self.job_id

        job_name = self.job_name

        job_desc = self.job_desc

        version_id = self.version_id

        version_name = self.version_name

        pre_version_id = self.pre_version_id

        engine_type = self.engine_type

        engine_name = self.engine_name

        engine_id = self.engine_id

        engine_version = self.engine_version

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        app_url = self.app_url

        boot_file_url = self.boot_file_url

        create_time = self.create_time

        parameter: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameter, Unset):
            parameter = []
            for parameter_item_data in self.parameter:
                parameter_item = parameter_item_data.to_dict()
                parameter.append(parameter_item)

        duration = self.duration

        spec_id = self.spec_id

        core = self.core

        cpu = self.cpu

        gpu_num = self.gpu_num

        gpu_type = self.gpu_type

        worker_server_num = self.worker_server_num

        data_url = self.data_url

        train_url = self.train_url

        log_url = self.log_url

        dataset_version_id = self.dataset_version_id

        dataset_id = self.dataset_id

        data_source: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_source, Unset):
            data_source = []
            for data_source_item_data in self.data_source:
                data_source_item = data_source_item_data.to_dict()
                data_source.append(data_source_item)

        model_id = self.model_id

        model_metric_list = self.model_metric_list

        system_metric_list: dict[str, Any] | Unset = UNSET
        if not isinstance(self.system_metric_list, Unset):
            system_metric_list = self.system_metric_list.to_dict()

        user_image_url = self.user_image_url

        user_command = self.user_command

        resource_id = self.resource_id

        dataset_name = self.dataset_name

        spec_code = self.spec_code

        start_time = self.start_time

        volumes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.volumes, Unset):
            volumes = []
            for volumes_item_data in self.volumes:
                volumes_item = volumes_item_data.to_dict()
                volumes.append(volumes_item)

        dataset_version_name = self.dataset_version_name

        pool_name = self.pool_name

        pool_id = self.pool_id

        nas_mount_path = self.nas_mount_path

        nas_share_addr = self.nas_share_addr

        nas_type = self.nas_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_success": is_success,
            }
        )
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if job_name is not UNSET:
            field_dict["job_name"] = job_name
        if job_desc is not UNSET:
            field_dict["job_desc"] = job_desc
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if version_name is not UNSET:
            field_dict["version_name"] = version_name
        if pre_version_id is not UNSET:
            field_dict["pre_version_id"] = pre_version_id
        if engine_type is not UNSET:
            field_dict["engine_type"] = engine_type
        if engine_name is not UNSET:
            field_dict["engine_name"] = engine_name
        if engine_id is not UNSET:
            field_dict["engine_id"] = engine_id
        if engine_version is not UNSET:
            field_dict["engine_version"] = engine_version
        if status is not UNSET:
            field_dict["status"] = status
        if app_url is not UNSET:
            field_dict["app_url"] = app_url
        if boot_file_url is not UNSET:
            field_dict["boot_file_url"] = boot_file_url
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if parameter is not UNSET:
            field_dict["parameter"] = parameter
        if duration is not UNSET:
            field_dict["duration"] = duration
        if spec_id is not UNSET:
            field_dict["spec_id"] = spec_id
        if core is not UNSET:
            field_dict["core"] = core
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if gpu_num is not UNSET:
            field_dict["gpu_num"] = gpu_num
        if gpu_type is not UNSET:
            field_dict["gpu_type"] = gpu_type
        if worker_server_num is not UNSET:
            field_dict["worker_server_num"] = worker_server_num
        if data_url is not UNSET:
            field_dict["data_url"] = data_url
        if train_url is not UNSET:
            field_dict["train_url"] = train_url
        if log_url is not UNSET:
            field_dict["log_url"] = log_url
        if dataset_version_id is not UNSET:
            field_dict["dataset_version_id"] = dataset_version_id
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if data_source is not UNSET:
            field_dict["data_source"] = data_source
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if model_metric_list is not UNSET:
            field_dict["model_metric_list"] = model_metric_list
        if system_metric_list is not UNSET:
            field_dict["system_metric_list"] = system_metric_list
        if user_image_url is not UNSET:
            field_dict["user_image_url"] = user_image_url
        if user_command is not UNSET:
            field_dict["user_command"] = user_command
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if dataset_name is not UNSET:
            field_dict["dataset_name"] = dataset_name
        if spec_code is not UNSET:
            field_dict["spec_code"] = spec_code
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if volumes is not UNSET:
            field_dict["volumes"] = volumes
        if dataset_version_name is not UNSET:
            field_dict["dataset_version_name"] = dataset_version_name
        if pool_name is not UNSET:
            field_dict["pool_name"] = pool_name
        if pool_id is not UNSET:
            field_dict["pool_id"] = pool_id
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
        from ..models.train_job_data_source_info import TrainJobDataSourceInfo  # noqa: PLC0415
        from ..models.train_job_parameter_info import TrainJobParameterInfo  # noqa: PLC0415
        from ..models.train_job_system_metrics import TrainJobSystemMetrics  # noqa: PLC0415
        from ..models.train_job_volume_info import TrainJobVolumeInfo  # noqa: PLC0415

        d = dict(src_dict)
        is_success = d.pop("is_success")

        error_message = d.pop("error_message", UNSET)

        error_code = d.pop("error_code", UNSET)

        job_id = d.pop("job_id", UNSET)

        job_name = d.pop("job_name", UNSET)

        job_desc = d.pop("job_desc", UNSET)

        version_id = d.pop("version_id", UNSET)

        version_name = d.pop("version_name", UNSET)

        pre_version_id = d.pop("pre_version_id", UNSET)

        engine_type = d.pop("engine_type", UNSET)

        engine_name = d.pop("engine_name", UNSET)

        engine_id = d.pop("engine_id", UNSET)

        engine_version = d.pop("engine_version", UNSET)

        _status = d.pop("status", UNSET)
        status: JobStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = JobStatus.from_json(_status)

        app_url = d.pop("app_url", UNSET)

        boot_file_url = d.pop("boot_file_url", UNSET)

        create_time = d.pop("create_time", UNSET)

        _parameter = d.pop("parameter", UNSET)
        parameter: list[TrainJobParameterInfo] | Unset = UNSET
        if _parameter is not UNSET and _parameter is not None:
            parameter = []
            for parameter_item_data in _parameter:
                parameter_item = TrainJobParameterInfo.from_dict(parameter_item_data)

                parameter.append(parameter_item)

        duration = d.pop("duration", UNSET)

        spec_id = d.pop("spec_id", UNSET)

        core = d.pop("core", UNSET)

        cpu = d.pop("cpu", UNSET)

        gpu_num = d.pop("gpu_num", UNSET)

        gpu_type = d.pop("gpu_type", UNSET)

        worker_server_num = d.pop("worker_server_num", UNSET)

        data_url = d.pop("data_url", UNSET)

        train_url = d.pop("train_url", UNSET)

        log_url = d.pop("log_url", UNSET)

        dataset_version_id = d.pop("dataset_version_id", UNSET)

        dataset_id = d.pop("dataset_id", UNSET)

        _data_source = d.pop("data_source", UNSET)
        data_source: list[TrainJobDataSourceInfo] | Unset = UNSET
        if _data_source is not UNSET and _data_source is not None:
            data_source = []
            for data_source_item_data in _data_source:
                data_source_item = TrainJobDataSourceInfo.from_dict(data_source_item_data)

                data_source.append(data_source_item)

        model_id = d.pop("model_id", UNSET)

        model_metric_list = d.pop("model_metric_list", UNSET)

        _system_metric_list = d.pop("system_metric_list", UNSET)
        system_metric_list: TrainJobSystemMetrics | Unset
        if isinstance(_system_metric_list, Unset) or _system_metric_list is None:
            system_metric_list = UNSET
        else:
            system_metric_list = TrainJobSystemMetrics.from_dict(_system_metric_list)

        user_image_url = d.pop("user_image_url", UNSET)

        user_command = d.pop("user_command", UNSET)

        resource_id = d.pop("resource_id", UNSET)

        dataset_name = d.pop("dataset_name", UNSET)

        spec_code = d.pop("spec_code", UNSET)

        start_time = d.pop("start_time", UNSET)

        _volumes = d.pop("volumes", UNSET)
        volumes: list[TrainJobVolumeInfo] | Unset = UNSET
        if _volumes is not UNSET and _volumes is not None:
            volumes = []
            for volumes_item_data in _volumes:
                volumes_item = TrainJobVolumeInfo.from_dict(volumes_item_data)

                volumes.append(volumes_item)

        dataset_version_name = d.pop("dataset_version_name", UNSET)

        pool_name = d.pop("pool_name", UNSET)

        pool_id = d.pop("pool_id", UNSET)

        nas_mount_path = d.pop("nas_mount_path", UNSET)

        nas_share_addr = d.pop("nas_share_addr", UNSET)

        nas_type = d.pop("nas_type", UNSET)

        train_job_version_detail = cls(
            is_success,
            error_message,
            error_code,
            job_id,
            job_name,
            job_desc,
            version_id,
            version_name,
            pre_version_id,
            engine_type,
            engine_name,
            engine_id,
            engine_version,
            status,
            app_url,
            boot_file_url,
            create_time,
            parameter,
            duration,
            spec_id,
            core,
            cpu,
            gpu_num,
            gpu_type,
            worker_server_num,
            data_url,
            train_url,
            log_url,
            dataset_version_id,
            dataset_id,
            data_source,
            model_id,
            model_metric_list,
            system_metric_list,
            user_image_url,
            user_command,
            resource_id,
            dataset_name,
            spec_code,
            start_time,
            volumes,
            dataset_version_name,
            pool_name,
            pool_id,
            nas_mount_path,
            nas_share_addr,
            nas_type,
        )

        train_job_version_detail.additional_properties = d
        return train_job_version_detail

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
