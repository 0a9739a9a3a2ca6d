from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.game_overview_plan import GameOverviewPlan
from typing import cast

if TYPE_CHECKING:
  from ..models.game_overview_runtime_requests import GameOverviewRuntimeRequests
  from ..models.game_overview_storage import GameOverviewStorage
  from ..models.sdk_usage import SdkUsage





T = TypeVar("T", bound="GameOverview")



@_attrs_define
class GameOverview:
    """ A game at a glance: the studio's runtime requests this UTC month against the plan's quota, its storage against the
    limit, this game's requests per SDK version, its accounts and slots, and the event streams open on the server
    process that answered.

        Attributes:
            month (str):
            plan (GameOverviewPlan):
            runtime_requests (GameOverviewRuntimeRequests): SDK-surface requests this month across the workspace.
            storage (GameOverviewStorage): Bytes of every stored slot version in the workspace, against the plan's limit.
            sdks (list[SdkUsage]): This environment's requests this month by `X-Persistly-SDK` (`(none)`, `(malformed)`
                included), most first.
            accounts (int): Live (not erased) accounts in this environment.
            slots (int):
            open_streams (int): Event streams (account and leaderboard) open on the server process that answered; with
                several processes, each holds its own.
     """

    month: str
    plan: GameOverviewPlan
    runtime_requests: GameOverviewRuntimeRequests
    storage: GameOverviewStorage
    sdks: list[SdkUsage]
    accounts: int
    slots: int
    open_streams: int





    def to_dict(self) -> dict[str, Any]:
        from ..models.game_overview_runtime_requests import GameOverviewRuntimeRequests # noqa: PLC0415
        from ..models.game_overview_storage import GameOverviewStorage # noqa: PLC0415
        from ..models.sdk_usage import SdkUsage # noqa: PLC0415
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

        open_streams = self.open_streams


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "month": month,
            "plan": plan,
            "runtimeRequests": runtime_requests,
            "storage": storage,
            "sdks": sdks,
            "accounts": accounts,
            "slots": slots,
            "openStreams": open_streams,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.game_overview_runtime_requests import GameOverviewRuntimeRequests # noqa: PLC0415
        from ..models.game_overview_storage import GameOverviewStorage # noqa: PLC0415
        from ..models.sdk_usage import SdkUsage # noqa: PLC0415
        d = dict(src_dict)
        month = d.pop("month")

        plan = GameOverviewPlan(d.pop("plan"))




        runtime_requests = GameOverviewRuntimeRequests.from_dict(d.pop("runtimeRequests"))




        storage = GameOverviewStorage.from_dict(d.pop("storage"))




        sdks = []
        _sdks = d.pop("sdks")
        for sdks_item_data in (_sdks):
            sdks_item = SdkUsage.from_dict(sdks_item_data)



            sdks.append(sdks_item)


        accounts = d.pop("accounts")

        slots = d.pop("slots")

        open_streams = d.pop("openStreams")

        game_overview = cls(
            month=month,
            plan=plan,
            runtime_requests=runtime_requests,
            storage=storage,
            sdks=sdks,
            accounts=accounts,
            slots=slots,
            open_streams=open_streams,
        )

        return game_overview

