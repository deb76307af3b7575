from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.train_config_data_source import TrainConfigDataSource
    from ..models.train_config_parameter import TrainConfigParameter


T = TypeVar("T", bound="TrainConfigUpdateRequest")


@_attrs_define
class TrainConfigUpdateRequest:
    """Body of update_training_job_config. The same alternatives as at creation apply: code source
    `app_url` + `boot_file_url` (+ `engine_id`) or `model_id`; data source one of `data_url`,
    `dataset_id` + `dataset_version_id`, or `data_source`.

        Attributes:
            worker_server_num (int): Number of worker nodes; the maximum comes from list_job_resource_specs (`max_num`).
            spec_id (int): Resource flavor ID from list_job_resource_specs.
            config_desc (str | Unset): Free-text description; unchanged when absent.
            app_url (str | Unset): Code directory, e.g. `/usr/app/`. Give together with `boot_file_url`; not needed with
                `model_id`.
            boot_file_url (str | Unset): Boot script inside the code directory, e.g. `/usr/app/boot.py`. Give together with
                `app_url`.
            model_id (int | Unset): Built-in algorithm to train; replaces `app_url`, `boot_file_url` and `engine_id`.
            parameter (list[TrainConfigParameter] | Unset): Running parameters; environment variables of the container for a
                custom image.
            data_url (str | Unset): OBS path of the training data, e.g. `/usr/data/`. Excludes the dataset fields and
                `data_source`.
            dataset_id (str | Unset): Dataset ID; give with `dataset_version_id`. Excludes `data_url` and `data_source`.
            dataset_version_id (str | Unset): Dataset version ID; give with `dataset_id`. Excludes `data_url` and
                `data_source`.
            data_source (list[TrainConfigDataSource] | Unset): Several data sources. Excludes `data_url`, `dataset_id` and
                `dataset_version_id`.
            engine_id (int | Unset): Engine ID from list_job_engine_specs; not needed with `model_id`. The service uses 1
                when neither is given.
            train_url (str | Unset): OBS path for the training output, e.g. `/usr/train/`. Empty by default.
            log_url (str | Unset): OBS path for the training logs, e.g. `/usr/log/`. Empty by default.
            user_image_url (str | Unset): SWR address of a custom image, e.g. `100.125.5.235:20202/jobmng/custom-cpu-
                base:1.0`.
            user_command (str | Unset): Start command of a custom image container, beginning with
                `bash /home/work/run_train.sh python ...` (see create_training_job_config).
    """

    worker_server_num: int
    spec_id: int
    config_desc: str | Unset = UNSET
    app_url: str | Unset = UNSET
    boot_file_url: str | Unset = UNSET
    model_id: int | Unset = UNSET
    parameter: list[TrainConfigParameter] | Unset = UNSET
    data_url: str | Unset = UNSET
    dataset_id: str | Unset = UNSET
    dataset_version_id: str | Unset = UNSET
    data_source: list[TrainConfigDataSource] | Unset = UNSET
    engine_id: int | Unset = UNSET
    train_url: str | Unset = UNSET
    log_url: str | Unset = UNSET
    user_image_url: str | Unset = UNSET
    user_command: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        worker_server_num = self.worker_server_num

        spec_id = self.spec_id

        config_desc = self.config_desc

        app_url = self.app_url

        boot_file_url = self.boot_file_url

        model_id = self.model_id

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

        train_url = self.train_url

        log_url = self.log_url

        user_image_url = self.user_image_url

        user_command = self.user_command

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "worker_server_num": worker_server_num,
                "spec_id": spec_id,
            }
        )
        if config_desc is not UNSET:
            field_dict["config_desc"] = config_desc
        if app_url is not UNSET:
            field_dict["app_url"] = app_url
        if boot_file_url is not UNSET:
            field_dict["boot_file_url"] = boot_file_url
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
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
        if train_url is not UNSET:
            field_dict["train_url"] = train_url
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
        from ..models.train_config_data_source import TrainConfigDataSource  # noqa: PLC0415
        from ..models.train_config_parameter import TrainConfigParameter  # noqa: PLC0415

        d = dict(src_dict)
        worker_server_num = d.pop("worker_server_num")

        spec_id = d.pop("spec_id")

        config_desc = d.pop("config_desc", UNSET)

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

        data_url = d.pop("data_url", UNSET)

        dataset_id = d.pop("dataset_id", UNSET)

        dataset_version_id = d.pop("dataset_version_id", UNSET)

        _data_source = d.pop("data_source", UNSET)
        data_source: list[TrainConfigDataSource] | Unset = UNSET
        if _data_source is not UNSET and _data_source is not None:
            data_source = []
            for data_source_item_data in _data_source:
                data_source_item = TrainConfigDataSource.from_dict(data_source_item_data)

                data_source.append(data_source_item)

        engine_id = d.pop("engine_id", UNSET)

        train_url = d.pop("train_url", UNSET)

        log_url = d.pop("log_url", UNSET)

        user_image_url = d.pop("user_image_url", UNSET)

        user_command = d.pop("user_command", UNSET)

        train_config_update_request = cls(
            worker_server_num,
            spec_id,
            config_desc,
            app_url,
            boot_file_url,
            model_id,
            parameter,
            data_url,
            dataset_id,
            dataset_version_id,
            data_source,
            engine_id,
            train_url,
            log_url,
            user_image_url,
            user_command,
        )

        train_config_update_request.additional_properties = d
        return train_config_update_request

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
