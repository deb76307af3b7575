from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.iam_scope_project import IamScopeProject


T = TypeVar("T", bound="IamScope")


@_attrs_define
class IamScope:
    """Where the token takes effect; ModelArts needs a project scope.

    Attributes:
        project (IamScopeProject): The project the token is scoped to, identified by `name` (the region name, such as
            cn-north-4) or by `id`; give one of the two.
    """

    project: IamScopeProject
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project = self.project.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project": project,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.iam_scope_project import IamScopeProject  # noqa: PLC0415

        d = dict(src_dict)
        project = IamScopeProject.from_dict(d.pop("project"))

        iam_scope = cls(
            project,
        )

        iam_scope.additional_properties = d
        return iam_scope

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
