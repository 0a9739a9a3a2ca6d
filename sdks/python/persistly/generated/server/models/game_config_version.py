from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.game_config_version_config import GameConfigVersionConfig





T = TypeVar("T", bound="GameConfigVersion")



@_attrs_define
class GameConfigVersion:
    """ A published game config version; `config` is included where the operation says so.

        Attributes:
            version (int):
            published_at (datetime.datetime): An RFC 3339 UTC timestamp with milliseconds.
            active (bool):
            bytes_ (int):
            config (GameConfigVersionConfig | Unset):
     """

    version: int
    published_at: datetime.datetime
    active: bool
    bytes_: int
    config: GameConfigVersionConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.game_config_version_config import GameConfigVersionConfig # noqa: PLC0415
        version = self.version

        published_at = self.published_at.isoformat()

        active = self.active

        bytes_ = self.bytes_

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "version": version,
            "publishedAt": published_at,
            "active": active,
            "bytes": bytes_,
        })
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.game_config_version_config import GameConfigVersionConfig # noqa: PLC0415
        d = dict(src_dict)
        version = d.pop("version")

        published_at = datetime.datetime.fromisoformat(d.pop("publishedAt"))




        active = d.pop("active")

        bytes_ = d.pop("bytes")

        _config = d.pop("config", UNSET)
        config: GameConfigVersionConfig | Unset
        if isinstance(_config,  Unset):
            config = UNSET
        else:
            config = GameConfigVersionConfig.from_dict(_config)




        game_config_version = cls(
            version=version,
            published_at=published_at,
            active=active,
            bytes_=bytes_,
            config=config,
        )


        game_config_version.additional_properties = d
        return game_config_version

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
