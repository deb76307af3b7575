from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.iam_catalog_service import IamCatalogService
    from ..models.iam_role import IamRole
    from ..models.iam_token_project import IamTokenProject
    from ..models.iam_token_user import IamTokenUser


T = TypeVar("T", bound="IamToken")


@_attrs_define
class IamToken:
    """Details of the issued token.

    Attributes:
        expires_at (datetime.datetime | Unset): When the token expires (UTC, RFC 3339 with fractional seconds).
        issued_at (datetime.datetime | Unset): When the token was issued (UTC, RFC 3339 with fractional seconds).
        methods (list[str] | Unset): Authentication methods used to obtain the token.
        catalog (list[IamCatalogService] | Unset): Service catalog; the services and endpoints the token can reach.
        project (IamTokenProject | Unset): Project the token is scoped to.
        user (IamTokenUser | Unset): User the token was issued to.
        roles (list[IamRole] | Unset): Roles granted to the user in the scope.
    """

    expires_at: datetime.datetime | Unset = UNSET
    issued_at: datetime.datetime | Unset = UNSET
    methods: list[str] | Unset = UNSET
    catalog: list[IamCatalogService] | Unset = UNSET
    project: IamTokenProject | Unset = UNSET
    user: IamTokenUser | Unset = UNSET
    roles: list[IamRole] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        issued_at: str | Unset = UNSET
        if not isinstance(self.issued_at, Unset):
            issued_at = self.issued_at.isoformat()

        methods: list[str] | Unset = UNSET
        if not isinstance(self.methods, Unset):
            methods = self.methods

        catalog: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.catalog, Unset):
            catalog = []
            for catalog_item_data in self.catalog:
                catalog_item = catalog_item_data.to_dict()
                catalog.append(catalog_item)

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.to_dict()
                roles.append(roles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if issued_at is not UNSET:
            field_dict["issued_at"] = issued_at
        if methods is not UNSET:
            field_dict["methods"] = methods
        if catalog is not UNSET:
            field_dict["catalog"] = catalog
        if project is not UNSET:
            field_dict["project"] = project
        if user is not UNSET:
            field_dict["user"] = user
        if roles is not UNSET:
            field_dict["roles"] = roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.iam_catalog_service import IamCatalogService  # noqa: PLC0415
        from ..models.iam_role import IamRole  # noqa: PLC0415
        from ..models.iam_token_project import IamTokenProject  # noqa: PLC0415
        from ..models.iam_token_user import IamTokenUser  # noqa: PLC0415

        d = dict(src_dict)
        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = isoparse(_expires_at)

        _issued_at = d.pop("issued_at", UNSET)
        issued_at: datetime.datetime | Unset
        if isinstance(_issued_at, Unset):
            issued_at = UNSET
        else:
            issued_at = isoparse(_issued_at)

        methods = cast(list[str], d.pop("methods", UNSET))

        _catalog = d.pop("catalog", UNSET)
        catalog: list[IamCatalogService] | Unset = UNSET
        if _catalog is not UNSET and _catalog is not None:
            catalog = []
            for catalog_item_data in _catalog:
                catalog_item = IamCatalogService.from_dict(catalog_item_data)

                catalog.append(catalog_item)

        _project = d.pop("project", UNSET)
        project: IamTokenProject | Unset
        if isinstance(_project, Unset) or _project is None:
            project = UNSET
        else:
            project = IamTokenProject.from_dict(_project)

        _user = d.pop("user", UNSET)
        user: IamTokenUser | Unset
        if isinstance(_user, Unset) or _user is None:
            user = UNSET
        else:
            user = IamTokenUser.from_dict(_user)

        _roles = d.pop("roles", UNSET)
        roles: list[IamRole] | Unset = UNSET
        if _roles is not UNSET and _roles is not None:
            roles = []
            for roles_item_data in _roles:
                roles_item = IamRole.from_dict(roles_item_data)

                roles.append(roles_item)

        iam_token = cls(
            expires_at,
            issued_at,
            methods,
            catalog,
            project,
            user,
            roles,
        )

        iam_token.additional_properties = d
        return iam_token

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
