from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.session_info import SessionInfo





T = TypeVar("T", bound="MintedSession")



@_attrs_define
class MintedSession:
    """ 
        Attributes:
            account_id (str): An account id: `acc_` and 26 lowercase base32 characters (128 random bits).
            account_session_token (str): A secret bearer token for one account: `pst_as_` and 43 base64url characters (256
                random bits). Shown once.
            session (SessionInfo): An account session's metadata; the token itself is never shown again.
     """

    account_id: str
    account_session_token: str
    session: SessionInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.session_info import SessionInfo # noqa: PLC0415
        account_id = self.account_id

        account_session_token = self.account_session_token

        session = self.session.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "accountId": account_id,
            "accountSessionToken": account_session_token,
            "session": session,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_info import SessionInfo # noqa: PLC0415
        d = dict(src_dict)
        account_id = d.pop("accountId")

        account_session_token = d.pop("accountSessionToken")

        session = SessionInfo.from_dict(d.pop("session"))




        minted_session = cls(
            account_id=account_id,
            account_session_token=account_session_token,
            session=session,
        )


        minted_session.additional_properties = d
        return minted_session

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
