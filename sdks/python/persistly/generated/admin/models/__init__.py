""" Contains all the data models used in inputs/outputs """

from .accept_invitation_request import AcceptInvitationRequest
from .accepted_invitation import AcceptedInvitation
from .account import Account
from .add_member_request import AddMemberRequest
from .added_member import AddedMember
from .admin_health import AdminHealth
from .admin_health_status import AdminHealthStatus
from .admin_session import AdminSession
from .api_key_info import ApiKeyInfo
from .api_key_list import ApiKeyList
from .audit_actor import AuditActor
from .audit_actor_kind import AuditActorKind
from .audit_entry import AuditEntry
from .audit_page import AuditPage
from .cancel_event_request import CancelEventRequest
from .cancelled_event import CancelledEvent
from .catalog import Catalog
from .catalog_version import CatalogVersion
from .catalog_version_list import CatalogVersionList
from .create_api_key_request import CreateApiKeyRequest
from .create_event_request import CreateEventRequest
from .create_event_request_sort_order import CreateEventRequestSortOrder
from .create_game_request import CreateGameRequest
from .create_leaderboard_request import CreateLeaderboardRequest
from .create_leaderboard_request_operator import CreateLeaderboardRequestOperator
from .create_leaderboard_request_sort_order import CreateLeaderboardRequestSortOrder
from .create_manual_grant_request import CreateManualGrantRequest
from .create_manual_grant_request_rewards import CreateManualGrantRequestRewards
from .csrf_failed_error import CsrfFailedError
from .csrf_failed_error_body import CsrfFailedErrorBody
from .csrf_failed_error_body_code import CsrfFailedErrorBodyCode
from .currency import Currency
from .currency_amounts import CurrencyAmounts
from .delete_leaderboard_request import DeleteLeaderboardRequest
from .deleted_leaderboard import DeletedLeaderboard
from .error_details import ErrorDetails
from .event import Event
from .event_attempt_summary import EventAttemptSummary
from .event_attempt_summary_charged import EventAttemptSummaryCharged
from .event_exists_error import EventExistsError
from .event_exists_error_body import EventExistsErrorBody
from .event_exists_error_body_code import EventExistsErrorBodyCode
from .event_exists_error_details import EventExistsErrorDetails
from .event_list import EventList
from .event_locked_error import EventLockedError
from .event_locked_error_body import EventLockedErrorBody
from .event_locked_error_body_code import EventLockedErrorBodyCode
from .event_locked_error_details import EventLockedErrorDetails
from .event_locked_error_details_status import EventLockedErrorDetailsStatus
from .event_sort_order import EventSortOrder
from .event_status import EventStatus
from .external_ref_conflict_error import ExternalRefConflictError
from .external_ref_conflict_error_body import ExternalRefConflictErrorBody
from .external_ref_conflict_error_body_code import ExternalRefConflictErrorBodyCode
from .external_ref_conflict_error_details import ExternalRefConflictErrorDetails
from .final_standing import FinalStanding
from .force_claim_request import ForceClaimRequest
from .forced_claim import ForcedClaim
from .game import Game
from .game_config_version import GameConfigVersion
from .game_config_version_config import GameConfigVersionConfig
from .game_config_version_list import GameConfigVersionList
from .game_exists_error import GameExistsError
from .game_exists_error_body import GameExistsErrorBody
from .game_exists_error_body_code import GameExistsErrorBodyCode
from .game_list import GameList
from .game_overview import GameOverview
from .game_overview_plan import GameOverviewPlan
from .game_overview_runtime_requests import GameOverviewRuntimeRequests
from .game_overview_storage import GameOverviewStorage
from .gone_error import GoneError
from .gone_error_body import GoneErrorBody
from .gone_error_body_code import GoneErrorBodyCode
from .grant import Grant
from .grant_last_error_type_1 import GrantLastErrorType1
from .grant_not_claimable_error import GrantNotClaimableError
from .grant_not_claimable_error_body import GrantNotClaimableErrorBody
from .grant_not_claimable_error_body_code import GrantNotClaimableErrorBodyCode
from .grant_not_claimable_error_details import GrantNotClaimableErrorDetails
from .grant_not_claimable_error_details_status import GrantNotClaimableErrorDetailsStatus
from .grant_source import GrantSource
from .grant_status import GrantStatus
from .headers_too_large_error import HeadersTooLargeError
from .headers_too_large_error_body import HeadersTooLargeErrorBody
from .headers_too_large_error_body_code import HeadersTooLargeErrorBodyCode
from .hidden_record import HiddenRecord
from .hide_leaderboard_record_request import HideLeaderboardRecordRequest
from .iap_purchase import IapPurchase
from .iap_purchase_environment import IapPurchaseEnvironment
from .iap_purchase_status import IapPurchaseStatus
from .iap_purchase_store import IapPurchaseStore
from .idempotency_conflict_error import IdempotencyConflictError
from .idempotency_conflict_error_body import IdempotencyConflictErrorBody
from .idempotency_conflict_error_body_code import IdempotencyConflictErrorBodyCode
from .idempotency_in_progress_error import IdempotencyInProgressError
from .idempotency_in_progress_error_body import IdempotencyInProgressErrorBody
from .idempotency_in_progress_error_body_code import IdempotencyInProgressErrorBodyCode
from .idempotent_request import IdempotentRequest
from .invalid_request_details import InvalidRequestDetails
from .invalid_request_error import InvalidRequestError
from .invalid_request_error_body import InvalidRequestErrorBody
from .invalid_request_error_body_code import InvalidRequestErrorBodyCode
from .inventory import Inventory
from .inventory_item import InventoryItem
from .issued_api_key import IssuedApiKey
from .issued_grant import IssuedGrant
from .item import Item
from .item_counts import ItemCounts
from .item_properties import ItemProperties
from .key_kind import KeyKind
from .last_owner_error import LastOwnerError
from .last_owner_error_body import LastOwnerErrorBody
from .last_owner_error_body_code import LastOwnerErrorBodyCode
from .leaderboard import Leaderboard
from .leaderboard_closed_event import LeaderboardClosedEvent
from .leaderboard_closed_event_reason import LeaderboardClosedEventReason
from .leaderboard_exists_error import LeaderboardExistsError
from .leaderboard_exists_error_body import LeaderboardExistsErrorBody
from .leaderboard_exists_error_body_code import LeaderboardExistsErrorBodyCode
from .leaderboard_exists_error_details import LeaderboardExistsErrorDetails
from .leaderboard_list import LeaderboardList
from .leaderboard_operator import LeaderboardOperator
from .leaderboard_period import LeaderboardPeriod
from .leaderboard_ready_event import LeaderboardReadyEvent
from .leaderboard_record import LeaderboardRecord
from .leaderboard_record_metadata_type_0 import LeaderboardRecordMetadataType0
from .leaderboard_record_page import LeaderboardRecordPage
from .leaderboard_sort_order import LeaderboardSortOrder
from .ledger_entry import LedgerEntry
from .ledger_entry_balances_after import LedgerEntryBalancesAfter
from .ledger_entry_changes import LedgerEntryChanges
from .ledger_entry_item_changes import LedgerEntryItemChanges
from .ledger_entry_items_after import LedgerEntryItemsAfter
from .ledger_entry_source import LedgerEntrySource
from .lobby_presence_type_0 import LobbyPresenceType0
from .lobby_presence_type_0_state import LobbyPresenceType0State
from .member import Member
from .member_exists_error import MemberExistsError
from .member_exists_error_body import MemberExistsErrorBody
from .member_exists_error_body_code import MemberExistsErrorBodyCode
from .member_info import MemberInfo
from .member_list import MemberList
from .member_status import MemberStatus
from .not_found_error import NotFoundError
from .not_found_error_body import NotFoundErrorBody
from .not_found_error_body_code import NotFoundErrorBodyCode
from .offer import Offer
from .offer_contents import OfferContents
from .offer_purchasable import OfferPurchasable
from .payload_too_large_details import PayloadTooLargeDetails
from .payload_too_large_error import PayloadTooLargeError
from .payload_too_large_error_body import PayloadTooLargeErrorBody
from .payload_too_large_error_body_code import PayloadTooLargeErrorBodyCode
from .plan import Plan
from .player_account import PlayerAccount
from .player_lookup import PlayerLookup
from .publish_catalog_request import PublishCatalogRequest
from .publish_game_config_request import PublishGameConfigRequest
from .publish_game_config_request_config import PublishGameConfigRequestConfig
from .rate_limited_error import RateLimitedError
from .rate_limited_error_body import RateLimitedErrorBody
from .rate_limited_error_body_code import RateLimitedErrorBodyCode
from .reward_tier import RewardTier
from .reward_tier_rewards import RewardTierRewards
from .rewards import Rewards
from .role import Role
from .role_forbidden_error import RoleForbiddenError
from .role_forbidden_error_body import RoleForbiddenErrorBody
from .role_forbidden_error_body_code import RoleForbiddenErrorBodyCode
from .score_update_event import ScoreUpdateEvent
from .sdk_usage import SdkUsage
from .sdk_usage_surface import SdkUsageSurface
from .server_error import ServerError
from .server_error_body import ServerErrorBody
from .server_error_body_code import ServerErrorBodyCode
from .service_unavailable_error import ServiceUnavailableError
from .service_unavailable_error_body import ServiceUnavailableErrorBody
from .service_unavailable_error_body_code import ServiceUnavailableErrorBodyCode
from .session_info import SessionInfo
from .set_plan_request import SetPlanRequest
from .set_role_request import SetRoleRequest
from .sign_in_request import SignInRequest
from .signed_out import SignedOut
from .slot import Slot
from .slot_history import SlotHistory
from .slot_info import SlotInfo
from .slot_summary import SlotSummary
from .slot_version_info import SlotVersionInfo
from .storage_limit_exceeded_error import StorageLimitExceededError
from .storage_limit_exceeded_error_body import StorageLimitExceededErrorBody
from .storage_limit_exceeded_error_body_code import StorageLimitExceededErrorBodyCode
from .stream_leaderboard_for_game_response_200 import StreamLeaderboardForGameResponse200
from .stream_leaderboard_for_game_response_200_event import StreamLeaderboardForGameResponse200Event
from .stuck_grant_list import StuckGrantList
from .stuck_grant_list_grants_item import StuckGrantListGrantsItem
from .studio import Studio
from .studio_list import StudioList
from .studio_summary import StudioSummary
from .support_action_request import SupportActionRequest
from .too_many_streams_error import TooManyStreamsError
from .too_many_streams_error_body import TooManyStreamsErrorBody
from .too_many_streams_error_body_code import TooManyStreamsErrorBodyCode
from .transfer_code_state import TransferCodeState
from .transfer_code_state_state import TransferCodeStateState
from .unauthorized_error import UnauthorizedError
from .unauthorized_error_body import UnauthorizedErrorBody
from .unauthorized_error_body_code import UnauthorizedErrorBodyCode
from .unsupported_media_type_error import UnsupportedMediaTypeError
from .unsupported_media_type_error_body import UnsupportedMediaTypeErrorBody
from .unsupported_media_type_error_body_code import UnsupportedMediaTypeErrorBodyCode
from .update_event_request import UpdateEventRequest
from .update_game_request import UpdateGameRequest
from .update_leaderboard_request import UpdateLeaderboardRequest
from .validation_issue import ValidationIssue
from .wallet import Wallet
from .wallet_balance import WalletBalance

__all__ = (
    "AcceptedInvitation",
    "AcceptInvitationRequest",
    "Account",
    "AddedMember",
    "AddMemberRequest",
    "AdminHealth",
    "AdminHealthStatus",
    "AdminSession",
    "ApiKeyInfo",
    "ApiKeyList",
    "AuditActor",
    "AuditActorKind",
    "AuditEntry",
    "AuditPage",
    "CancelEventRequest",
    "CancelledEvent",
    "Catalog",
    "CatalogVersion",
    "CatalogVersionList",
    "CreateApiKeyRequest",
    "CreateEventRequest",
    "CreateEventRequestSortOrder",
    "CreateGameRequest",
    "CreateLeaderboardRequest",
    "CreateLeaderboardRequestOperator",
    "CreateLeaderboardRequestSortOrder",
    "CreateManualGrantRequest",
    "CreateManualGrantRequestRewards",
    "CsrfFailedError",
    "CsrfFailedErrorBody",
    "CsrfFailedErrorBodyCode",
    "Currency",
    "CurrencyAmounts",
    "DeletedLeaderboard",
    "DeleteLeaderboardRequest",
    "ErrorDetails",
    "Event",
    "EventAttemptSummary",
    "EventAttemptSummaryCharged",
    "EventExistsError",
    "EventExistsErrorBody",
    "EventExistsErrorBodyCode",
    "EventExistsErrorDetails",
    "EventList",
    "EventLockedError",
    "EventLockedErrorBody",
    "EventLockedErrorBodyCode",
    "EventLockedErrorDetails",
    "EventLockedErrorDetailsStatus",
    "EventSortOrder",
    "EventStatus",
    "ExternalRefConflictError",
    "ExternalRefConflictErrorBody",
    "ExternalRefConflictErrorBodyCode",
    "ExternalRefConflictErrorDetails",
    "FinalStanding",
    "ForceClaimRequest",
    "ForcedClaim",
    "Game",
    "GameConfigVersion",
    "GameConfigVersionConfig",
    "GameConfigVersionList",
    "GameExistsError",
    "GameExistsErrorBody",
    "GameExistsErrorBodyCode",
    "GameList",
    "GameOverview",
    "GameOverviewPlan",
    "GameOverviewRuntimeRequests",
    "GameOverviewStorage",
    "GoneError",
    "GoneErrorBody",
    "GoneErrorBodyCode",
    "Grant",
    "GrantLastErrorType1",
    "GrantNotClaimableError",
    "GrantNotClaimableErrorBody",
    "GrantNotClaimableErrorBodyCode",
    "GrantNotClaimableErrorDetails",
    "GrantNotClaimableErrorDetailsStatus",
    "GrantSource",
    "GrantStatus",
    "HeadersTooLargeError",
    "HeadersTooLargeErrorBody",
    "HeadersTooLargeErrorBodyCode",
    "HiddenRecord",
    "HideLeaderboardRecordRequest",
    "IapPurchase",
    "IapPurchaseEnvironment",
    "IapPurchaseStatus",
    "IapPurchaseStore",
    "IdempotencyConflictError",
    "IdempotencyConflictErrorBody",
    "IdempotencyConflictErrorBodyCode",
    "IdempotencyInProgressError",
    "IdempotencyInProgressErrorBody",
    "IdempotencyInProgressErrorBodyCode",
    "IdempotentRequest",
    "InvalidRequestDetails",
    "InvalidRequestError",
    "InvalidRequestErrorBody",
    "InvalidRequestErrorBodyCode",
    "Inventory",
    "InventoryItem",
    "IssuedApiKey",
    "IssuedGrant",
    "Item",
    "ItemCounts",
    "ItemProperties",
    "KeyKind",
    "LastOwnerError",
    "LastOwnerErrorBody",
    "LastOwnerErrorBodyCode",
    "Leaderboard",
    "LeaderboardClosedEvent",
    "LeaderboardClosedEventReason",
    "LeaderboardExistsError",
    "LeaderboardExistsErrorBody",
    "LeaderboardExistsErrorBodyCode",
    "LeaderboardExistsErrorDetails",
    "LeaderboardList",
    "LeaderboardOperator",
    "LeaderboardPeriod",
    "LeaderboardReadyEvent",
    "LeaderboardRecord",
    "LeaderboardRecordMetadataType0",
    "LeaderboardRecordPage",
    "LeaderboardSortOrder",
    "LedgerEntry",
    "LedgerEntryBalancesAfter",
    "LedgerEntryChanges",
    "LedgerEntryItemChanges",
    "LedgerEntryItemsAfter",
    "LedgerEntrySource",
    "LobbyPresenceType0",
    "LobbyPresenceType0State",
    "Member",
    "MemberExistsError",
    "MemberExistsErrorBody",
    "MemberExistsErrorBodyCode",
    "MemberInfo",
    "MemberList",
    "MemberStatus",
    "NotFoundError",
    "NotFoundErrorBody",
    "NotFoundErrorBodyCode",
    "Offer",
    "OfferContents",
    "OfferPurchasable",
    "PayloadTooLargeDetails",
    "PayloadTooLargeError",
    "PayloadTooLargeErrorBody",
    "PayloadTooLargeErrorBodyCode",
    "Plan",
    "PlayerAccount",
    "PlayerLookup",
    "PublishCatalogRequest",
    "PublishGameConfigRequest",
    "PublishGameConfigRequestConfig",
    "RateLimitedError",
    "RateLimitedErrorBody",
    "RateLimitedErrorBodyCode",
    "Rewards",
    "RewardTier",
    "RewardTierRewards",
    "Role",
    "RoleForbiddenError",
    "RoleForbiddenErrorBody",
    "RoleForbiddenErrorBodyCode",
    "ScoreUpdateEvent",
    "SdkUsage",
    "SdkUsageSurface",
    "ServerError",
    "ServerErrorBody",
    "ServerErrorBodyCode",
    "ServiceUnavailableError",
    "ServiceUnavailableErrorBody",
    "ServiceUnavailableErrorBodyCode",
    "SessionInfo",
    "SetPlanRequest",
    "SetRoleRequest",
    "SignedOut",
    "SignInRequest",
    "Slot",
    "SlotHistory",
    "SlotInfo",
    "SlotSummary",
    "SlotVersionInfo",
    "StorageLimitExceededError",
    "StorageLimitExceededErrorBody",
    "StorageLimitExceededErrorBodyCode",
    "StreamLeaderboardForGameResponse200",
    "StreamLeaderboardForGameResponse200Event",
    "StuckGrantList",
    "StuckGrantListGrantsItem",
    "Studio",
    "StudioList",
    "StudioSummary",
    "SupportActionRequest",
    "TooManyStreamsError",
    "TooManyStreamsErrorBody",
    "TooManyStreamsErrorBodyCode",
    "TransferCodeState",
    "TransferCodeStateState",
    "UnauthorizedError",
    "UnauthorizedErrorBody",
    "UnauthorizedErrorBodyCode",
    "UnsupportedMediaTypeError",
    "UnsupportedMediaTypeErrorBody",
    "UnsupportedMediaTypeErrorBodyCode",
    "UpdateEventRequest",
    "UpdateGameRequest",
    "UpdateLeaderboardRequest",
    "ValidationIssue",
    "Wallet",
    "WalletBalance",
)
