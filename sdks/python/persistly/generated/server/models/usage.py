from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.usage_plan import UsagePlan
from typing import cast

if TYPE_CHECKING:
  from ..models.sdk_usage import SdkUsage
  from ..models.usage_runtime_requests import UsageRuntimeRequests
  from ..models.usage_storage import UsageStorage





T = TypeVar("T", bound="Usage")



@_attrs_define
class Usage:
    """ The environment's workspace against its plan, this UTC month.

        Attributes:
            month (str):
            plan (UsagePlan):
            runtime_requests (UsageRuntimeRequests): SDK-surface requests this month across the workspace.
            storage (UsageStorage): Bytes of every stored slot version in the workspace, against the plan's limit.
            sdks (list[SdkUsage]): This environment's requests this month by `X-Persistly-SDK` (`(none)`, `(malformed)`
                included), most first.
            accounts (int): Live (not erased) accounts in this environment.
            slots (int):
     """

    month: str
    plan: UsagePlan
    runtime_requests: UsageRuntimeRequests
    storage: UsageStorage
    sdks: list[SdkUsage]
    accounts: int
    slots: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.sdk_usage import SdkUsage # noqa: PLC0415
        from ..models.usage_runtime_requests import UsageRuntimeRequests # noqa: PLC0415
        from ..models.usage_storage import UsageStorage # noqa: PLC0415
        month = self.month

        plan = self.plan.value

        runtime_requests = self.runtime_requests.to_dict()

        storage = self.storage.to_dict()

        sdks = []
        for sdks_item_data in self.sdks:
            sdks_item = sdks_item_data.to_dict()
            sdks.append(sdks_item)



        accounts = self.accounts

        slots = self.slots


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "month": month,
            "plan": plan,
            "runtimeRequests": runtime_requests,
            "storage": storage,
            "sdks": sdks,
            "accounts": accounts,
            "slots": slots,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sdk_usage import SdkUsage # noqa: PLC0415
        from ..models.usage_runtime_requests import UsageRuntimeRequests # noqa: PLC0415
        from ..models.usage_storage import UsageStorage # noqa: PLC0415
        d = dict(src_dict)
        month = d.pop("month")

        plan = UsagePlan(d.pop("plan"))




        runtime_requests = UsageRuntimeRequests.from_dict(d.pop("runtimeRequests"))




        storage = UsageStorage.from_dict(d.pop("storage"))




        sdks = []
        _sdks = d.pop("sdks")
        for sdks_item_data in (_sdks):
            sdks_item = SdkUsage.from_dict(sdks_item_data)



            sdks.append(sdks_item)


        accounts = d.pop("accounts")

        slots = d.pop("slots")

        usage = cls(
            month=month,
            plan=plan,
            runtime_requests=runtime_requests,
            storage=storage,
            sdks=sdks,
            accounts=accounts,
            slots=slots,
        )


        usage.additional_properties = d
        return usage

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
