from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.train_job_data_source import TrainJobDataSource
    from ..models.train_job_parameter import TrainJobParameter


T = TypeVar("T", bound="TrainJobVersionConfig")


@_attrs_define
class TrainJobVersionConfig:
    """Configuration of a new job version. Code source alternatives: either `model_id` (built-in algorithm), or `app_url` +
    `boot_file_url` (+ `engine_id`), or a custom image (`user_image_url` + `user_command`). Data alternatives, exactly
    one of: `data_url`; `dataset_id` + `dataset_version_id`; `data_source`. None of the alternatives is marked required;
    the service enforces the rule.

        Attributes:
            worker_server_num (int): Number of workers; the maximum is given by the job resource specifications (5.4).
            spec_id (int): Resource specification ID (see Querying Job Resource Specifications, 5.4).
            train_url (str): OBS path for the job output, e.g. `/usr/train/`.
            pre_version_id (int): ID of the version this one derives from (a `version_id` from
                `list_training_job_versions`).
            app_url (str | Unset): Code directory, e.g. `/usr/app/`. Goes with `boot_file_url`; not needed when `model_id`
                is set.
            boot_file_url (str | Unset): Boot file inside the code directory, e.g. `/usr/app/boot.py`. Goes with `app_url`;
                not needed when `model_id` is set.
            parameter (list[TrainJobParameter] | Unset): Running parameters as label/value pairs (container environment
                variables for custom images).
            data_url (str | Unset): OBS path of the dataset, e.g. `/usr/data/`. Excludes `data_source` and
                `dataset_id`/`dataset_version_id`.
            dataset_id (str | Unset): Dataset ID; goes with `dataset_version_id`; excludes `data_url` and `data_source`.
            dataset_version_id (str | Unset): Dataset version ID; goes with `dataset_id`; excludes `data_url` and
                `data_source`.
            data_source (list[TrainJobDataSource] | Unset): Input datasets; excludes `data_url` and
                `dataset_id`/`dataset_version_id`.
            engine_id (int | Unset): Engine ID (see Querying Job Engine Specifications, 5.4). The service assumes 1 when
                omitted; not needed when `model_id` is set.
            model_id (int | Unset): Built-in algorithm ID (see `list_builtin_algorithms`). When set, `app_url`,
                `boot_file_url` and `engine_id` are not needed.
            log_url (str | Unset): OBS path for the job logs, e.g. `/usr/log/`; empty by default.
            user_image_url (str | Unset): SWR URL of a custom image, e.g. `100.125.5.235:20202/jobmng/custom-cpu-base:1.0`.
            user_command (str | Unset): Container boot command for a custom image, e.g. `bash /home/work/run_train.sh python
                /home/work/user-job-dir/app/train.py {python_file_parameter}`.
    """

    worker_server_num: int
    spec_id: int
    train_url: str
    pre_version_id: int
    app_url: str | Unset = UNSET
    boot_file_url: str | Unset = UNSET
    parameter: list[TrainJobParameter] | Unset = UNSET
    data_url: str | Unset = UNSET
    dataset_id: str | Unset = UNSET
    dataset_version_id: str | Unset = UNSET
    data_source: list[TrainJobDataSource] | Unset = UNSET
    engine_id: int | Unset = UNSET
    model_id: int | Unset = UNSET
    log_url: str | Unset = UNSET
    user_image_url: str | Unset = UNSET
    user_command: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        worker_server_num = self.worker_server_num

        spec_id = self.spec_id

        train_url = self.train_url

        pre_version_id = self.pre_version_id

        app_url = self.app_url

        boot_file_url = self.boot_file_url

        parameter: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameter, Unset):
            parameter = []
            for parameter_item_data in self.parameter:
                parameter_item = parameter_item_data.to_dict()
                parameter.append(parameter_item)

        data_url = self.data_url

        dataset_id = self.dataset_id

        dataset_version_id = self.dataset_version_id

        data_source: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_source, Unset):
            data_source = []
            for data_source_item_data in self.data_source:
                data_source_item = data_source_item_data.to_dict()
                data_source.append(data_source_item)

        engine_id = self.engine_id

        model_id = self.model_id

        log_url = self.log_url

        user_image_url = self.user_image_url

        user_command = self.user_command

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "worker_server_num": worker_server_num,
                "spec_id": spec_id,
                "train_url": train_url,
                "pre_version_id": pre_version_id,
            }
        )
        if app_url is not UNSET:
            field_dict["app_url"] = app_url
        if boot_file_url is not UNSET:
            field_dict["boot_file_url"] = boot_file_url
        if parameter is not UNSET:
            field_dict["parameter"] = parameter
        if data_url is not UNSET:
            field_dict["data_url"] = data_url
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if dataset_version_id is not UNSET:
            field_dict["dataset_version_id"] = dataset_version_id
        if data_source is not UNSET:
            field_dict["data_source"] = data_source
        if engine_id is not UNSET:
            field_dict["engine_id"] = engine_id
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if log_url is not UNSET:
            field_dict["log_url"] = log_url
        if user_image_url is not UNSET:
            field_dict["user_image_url"] = user_image_url
        if user_command is not UNSET:
            field_dict["user_command"] = user_command

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.train_job_data_source import TrainJobDataSource  # noqa: PLC0415
        from ..models.train_job_parameter import TrainJobParameter  # noqa: PLC0415

        d = dict(src_dict)
        worker_server_num = d.pop("worker_server_num")

        spec_id = d.pop("spec_id")

        train_url = d.pop("train_url")

        pre_version_id = d.pop("pre_version_id")

        app_url = d.pop("app_url", UNSET)

        boot_file_url = d.pop("boot_file_url", UNSET)

        _parameter = d.pop("parameter", UNSET)
        parameter: list[TrainJobParameter] | Unset = UNSET
        if _parameter is not UNSET and _parameter is not None:
            parameter = []
            for parameter_item_data in _parameter:
                parameter_item = TrainJobParameter.from_dict(parameter_item_data)

                parameter.append(parameter_item)

        data_url = d.pop("data_url", UNSET)

        dataset_id = d.pop("dataset_id", UNSET)

        dataset_version_id = d.pop("dataset_version_id", UNSET)

        _data_source = d.pop("data_source", UNSET)
        data_source: list[TrainJobDataSource] | Unset = UNSET
        if _data_source is not UNSET and _data_source is not None:
            data_source = []
            for data_source_item_data in _data_source:
                data_source_item = TrainJobDataSource.from_dict(data_source_item_data)

                data_source.append(data_source_item)

        engine_id = d.pop("engine_id", UNSET)

        model_id = d.pop("model_id", UNSET)

        log_url = d.pop("log_url", UNSET)

        user_image_url = d.pop("user_image_url", UNSET)

        user_command = d.pop("user_command", UNSET)

        train_job_version_config = cls(
            worker_server_num,
            spec_id,
            train_url,
            pre_version_id,
            app_url,
            boot_file_url,
            parameter,
            data_url,
            dataset_id,
            dataset_version_id,
            data_source,
            engine_id,
            model_id,
            log_url,
            user_image_url,
            user_command,
        )

        train_job_version_config.additional_properties = d
        return train_job_version_config

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
