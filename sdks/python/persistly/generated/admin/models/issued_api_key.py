from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.api_key_info import ApiKeyInfo





T = TypeVar("T", bound="IssuedApiKey")



@_attrs_define
class IssuedApiKey:
    """ The new key: `key` is shown **once** (only its hash is stored).

        Attributes:
            key (str): The key itself. Store it now: it is never shown again.
            api_key (ApiKeyInfo): An API key as listed: never the key itself, only its display prefix.
     """

    key: str
    api_key: ApiKeyInfo





    def to_dict(self) -> dict[str, Any]:
        from ..models.api_key_info import ApiKeyInfo # noqa: PLC0415
        key = self.key

        api_key = self.api_key.to_dict()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "key": key,
            "apiKey": api_key,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_key_info import ApiKeyInfo # noqa: PLC0415
        d = dict(src_dict)
        key = d.pop("key")

        api_key = ApiKeyInfo.from_dict(d.pop("apiKey"))




        issued_api_key = cls(
            key=key,
            api_key=api_key,
        )

        return issued_api_key

