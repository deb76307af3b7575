from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_sample_v2_sample_type import DatasetSampleV2SampleType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_sample_v2_hard_details import DatasetSampleV2HardDetails
    from ..models.dataset_sample_v2_label import DatasetSampleV2Label
    from ..models.dataset_sample_v2_metadata import DatasetSampleV2Metadata
    from ..models.dataset_v2_worker import DatasetV2Worker


T = TypeVar("T", bound="DatasetSampleV2")


@_attrs_define
class DatasetSampleV2:
    """A sample of a dataset, as listed and as answered by get.

    Attributes:
        sample_id (str | Unset): Sample ID.
        sample_name (str | Unset): Sample name.
        sample_type (DatasetSampleV2SampleType | Unset): File type of the sample: 0 image, 1 text, 2 audio (speech), 4
            table, 6 video, 9 free (custom) format.
        sample_dir (str | Unset): Directory the sample is stored in.
        sample_data (list[str] | Unset): Data of the sample.
        sample_size (int | Unset): Size of the sample file, or length of the text, in bytes.
        sample_time (int | Unset): Last modification time of the sample's object in OBS, Unix epoch milliseconds.
        sample_status (str | Unset): Labeling state of the sample. The reference lists the states that `sample_state`
            filters by (`__ALL__` labeled, `__NONE__` unlabeled, `__UNCHECK__` awaiting acceptance, `__ACCEPTED__` accepted,
            `__REJECTED__` rejected, `__UNREVIEWED__` awaiting review, `__REVIEWED__` reviewed, `__WORKFORCE_SAMPLED__`
            picked for sampling, `__WORKFORCE_SAMPLED_UNCHECK__` sampled and awaiting check, `__WORKFORCE_SAMPLED_CHECKED__`
            sampled and checked, `__WORKFORCE_SAMPLED_ACCEPTED__` sampled and accepted, `__WORKFORCE_SAMPLED_REJECTED__`
            sampled and rejected, `__AUTO_ANNOTATION__` auto-labeled, awaiting confirmation), but its own samples answer
            other values such as `MANUAL_ANNOTATION`, so the field is not limited to that list.
        source (str | Unset): URL of the sample data (a signed OBS URL for files).
        sub_sample_url (str | Unset): URL of the sub-sample (healthcare datasets).
        labels (list[DatasetSampleV2Label] | Unset): Labels of the sample.
        metadata (DatasetSampleV2Metadata | Unset): Metadata of a sample, as key-value pairs; besides the built-in
            `@modelarts:` keys below it may hold other keys.
        labelers (list[DatasetV2Worker] | Unset): Labeling team members the sample is assigned to (team labeling).
        worker_id (str | Unset): ID of the labeling team member (team labeling).
        check_accept (bool | Unset): Whether the sample passed acceptance (team labeling).
        check_comment (str | Unset): Acceptance comment (team labeling).
        check_score (str | Unset): Acceptance score (team labeling).
        review_accept (bool | Unset): Whether the review accepted the sample (true) or rejected it (false) (team
            labeling).
        review_comment (str | Unset): Review comment (team labeling).
        review_score (str | Unset): Review score (team labeling).
        score (str | Unset): Overall score (team labeling).
        deletion_reasons (list[str] | Unset): Why the sample was deleted (healthcare datasets).
        hard_details (DatasetSampleV2HardDetails | Unset): Hard example details, keyed by reason: description, cause and
            suggestion.
    """

    sample_id: str | Unset = UNSET
    sample_name: str | Unset = UNSET
    sample_type: DatasetSampleV2SampleType | Unset = UNSET
    sample_dir: str | Unset = UNSET
    sample_data: list[str] | Unset = UNSET
    sample_size: int | Unset = UNSET
    sample_time: int | Unset = UNSET
    sample_status: str | Unset = UNSET
    source: str | Unset = UNSET
    sub_sample_url: str | Unset = UNSET
    labels: list[DatasetSampleV2Label] | Unset = UNSET
    metadata: DatasetSampleV2Metadata | Unset = UNSET
    labelers: list[DatasetV2Worker] | Unset = UNSET
    worker_id: str | Unset = UNSET
    check_accept: bool | Unset = UNSET
    check_comment: str | Unset = UNSET
    check_score: str | Unset = UNSET
    review_accept: bool | Unset = UNSET
    review_comment: str | Unset = UNSET
    review_score: str | Unset = UNSET
    score: str | Unset = UNSET
    deletion_reasons: list[str] | Unset = UNSET
    hard_details: DatasetSampleV2HardDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sample_id = self.sample_id

        sample_name = self.sample_name

        sample_type: int | Unset = UNSET
        if not isinstance(self.sample_type, Unset):
            sample_type = self.sample_type.value

        sample_dir = self.sample_dir

        sample_data: list[str] | Unset = UNSET
        if not isinstance(self.sample_data, Unset):
            sample_data = self.sample_data

        sample_size = self.sample_size

        sample_time = self.sample_time

        sample_status = self.sample_status

        source = self.source

        sub_sample_url = self.sub_sample_url

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        labelers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labelers, Unset):
            labelers = []
            for labelers_item_data in self.labelers:
                labelers_item = labelers_item_data.to_dict()
                labelers.append(labelers_item)

        worker_id = self.worker_id

        check_accept = self.check_accept

        check_comment = self.check_comment

        check_score = self.check_score

        review_accept = self.review_accept

        review_comment = self.review_comment

        review_score = self.review_score

        score = self.score

        deletion_reasons: list[str] | Unset = UNSET
        if not isinstance(self.deletion_reasons, Unset):
            deletion_reasons = self.deletion_reasons

        hard_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hard_details, Unset):
            hard_details = self.hard_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sample_id is not UNSET:
            field_dict["sample_id"] = sample_id
        if sample_name is not UNSET:
            field_dict["sample_name"] = sample_name
        if sample_type is not UNSET:
            field_dict["sample_type"] = sample_type
        if sample_dir is not UNSET:
            field_dict["sample_dir"] = sample_dir
        if sample_data is not UNSET:
            field_dict["sample_data"] = sample_data
        if sample_size is not UNSET:
            field_dict["sample_size"] = sample_size
        if sample_time is not UNSET:
            field_dict["sample_time"] = sample_time
        if sample_status is not UNSET:
            field_dict["sample_status"] = sample_status
        if source is not UNSET:
            field_dict["source"] = source
        if sub_sample_url is not UNSET:
            field_dict["sub_sample_url"] = sub_sample_url
        if labels is not UNSET:
            field_dict["labels"] = labels
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if labelers is not UNSET:
            field_dict["labelers"] = labelers
        if worker_id is not UNSET:
            field_dict["worker_id"] = worker_id
        if check_accept is not UNSET:
            field_dict["check_accept"] = check_accept
        if check_comment is not UNSET:
            field_dict["check_comment"] = check_comment
        if check_score is not UNSET:
            field_dict["check_score"] = check_score
        if review_accept is not UNSET:
            field_dict["review_accept"] = review_accept
        if review_comment is not UNSET:
            field_dict["review_comment"] = review_comment
        if review_score is not UNSET:
            field_dict["review_score"] = review_score
        if score is not UNSET:
            field_dict["score"] = score
        if deletion_reasons is not UNSET:
            field_dict["deletion_reasons"] = deletion_reasons
        if hard_details is not UNSET:
            field_dict["hard_details"] = hard_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dataset_sample_v2_hard_details import DatasetSampleV2HardDetails  # noqa: PLC0415
        from ..models.dataset_sample_v2_label import DatasetSampleV2Label  # noqa: PLC0415
        from ..models.dataset_sample_v2_metadata import DatasetSampleV2Metadata  # noqa: PLC0415
        from ..models.dataset_v2_worker import DatasetV2Worker  # noqa: PLC0415

        d = dict(src_dict)
        sample_id = d.pop("sample_id", UNSET)

        sample_name = d.pop("sample_name", UNSET)

        _sample_type = d.pop("sample_type", UNSET)
        sample_type: DatasetSampleV2SampleType | Unset
        if isinstance(_sample_type, Unset):
            sample_type = UNSET
        else:
            sample_type = DatasetSampleV2SampleType.from_json(_sample_type)

        sample_dir = d.pop("sample_dir", UNSET)

        sample_data = cast(list[str], d.pop("sample_data", UNSET))

        sample_size = d.pop("sample_size", UNSET)

        sample_time = d.pop("sample_time", UNSET)

        sample_status = d.pop("sample_status", UNSET)

        source = d.pop("source", UNSET)

        sub_sample_url = d.pop("sub_sample_url", UNSET)

        _labels = d.pop("labels", UNSET)
        labels: list[DatasetSampleV2Label] | Unset = UNSET
        if _labels is not UNSET and _labels is not None:
            labels = []
            for labels_item_data in _labels:
                labels_item = DatasetSampleV2Label.from_dict(labels_item_data)

                labels.append(labels_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: DatasetSampleV2Metadata | Unset
        if isinstance(_metadata, Unset) or _metadata is None:
            metadata = UNSET
        else:
            metadata = DatasetSampleV2Metadata.from_dict(_metadata)

        _labelers = d.pop("labelers", UNSET)
        labelers: list[DatasetV2Worker] | Unset = UNSET
        if _labelers is not UNSET and _labelers is not None:
            labelers = []
            for labelers_item_data in _labelers:
                labelers_item = DatasetV2Worker.from_dict(labelers_item_data)

                labelers.append(labelers_item)

        worker_id = d.pop("worker_id", UNSET)

        check_accept = d.pop("check_accept", UNSET)

        check_comment = d.pop("check_comment", UNSET)

        check_score = d.pop("check_score", UNSET)

        review_accept = d.pop("review_accept", UNSET)

        review_comment = d.pop("review_comment", UNSET)

        review_score = d.pop("review_score", UNSET)

        score = d.pop("score", UNSET)

        deletion_reasons = cast(list[str], d.pop("deletion_reasons", UNSET))

        _hard_details = d.pop("hard_details", UNSET)
        hard_details: DatasetSampleV2HardDetails | Unset
        if isinstance(_hard_details, Unset) or _hard_details is None:
            hard_details = UNSET
        else:
            hard_details = DatasetSampleV2HardDetails.from_dict(_hard_details)

        dataset_sample_v2 = cls(
            sample_id,
            sample_name,
            sample_type,
            sample_dir,
            sample_data,
            sample_size,
            sample_time,
            sample_status,
            source,
            sub_sample_url,
            labels,
            metadata,
            labelers,
            worker_id,
            check_accept,
            check_comment,
            check_score,
            review_accept,
            review_comment,
            review_score,
            score,
            deletion_reasons,
            hard_details,
        )

        dataset_sample_v2.additional_properties = d
        return dataset_sample_v2

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
