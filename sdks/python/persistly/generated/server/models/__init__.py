""" Contains all the data models used in inputs/outputs """

from .account import Account
from .account_detail import AccountDetail
from .account_export import AccountExport
from .account_overview import AccountOverview
from .account_page import AccountPage
from .balance_limit_exceeded_error import BalanceLimitExceededError
from .balance_limit_exceeded_error_body import BalanceLimitExceededErrorBody
from .balance_limit_exceeded_error_body_code import BalanceLimitExceededErrorBodyCode
from .balance_limit_exceeded_error_details import BalanceLimitExceededErrorDetails
from .create_grant_request import CreateGrantRequest
from .create_grant_request_rewards import CreateGrantRequestRewards
from .currency_amounts import CurrencyAmounts
from .erased_account import ErasedAccount
from .error_details import ErrorDetails
from .event_attempt_summary import EventAttemptSummary
from .event_attempt_summary_charged import EventAttemptSummaryCharged
from .external_ref_conflict_error import ExternalRefConflictError
from .external_ref_conflict_error_body import ExternalRefConflictErrorBody
from .external_ref_conflict_error_body_code import ExternalRefConflictErrorBodyCode
from .external_ref_conflict_error_details import ExternalRefConflictErrorDetails
from .fulfil_iap_request import FulfilIapRequest
from .fulfil_iap_request_environment import FulfilIapRequestEnvironment
from .fulfil_iap_request_store import FulfilIapRequestStore
from .game_config_version import GameConfigVersion
from .game_config_version_config import GameConfigVersionConfig
from .game_config_version_list import GameConfigVersionList
from .get_iap_purchase_environment import GetIapPurchaseEnvironment
from .get_iap_purchase_store import GetIapPurchaseStore
from .gone_error import GoneError
from .gone_error_body import GoneErrorBody
from .gone_error_body_code import GoneErrorBodyCode
from .grant import Grant
from .grant_already_claimed_error import GrantAlreadyClaimedError
from .grant_already_claimed_error_body import GrantAlreadyClaimedErrorBody
from .grant_already_claimed_error_body_code import GrantAlreadyClaimedErrorBodyCode
from .grant_already_claimed_error_details import GrantAlreadyClaimedErrorDetails
from .grant_last_error_type_1 import GrantLastErrorType1
from .grant_source import GrantSource
from .grant_status import GrantStatus
from .iap_purchase import IapPurchase
from .iap_purchase_environment import IapPurchaseEnvironment
from .iap_purchase_status import IapPurchaseStatus
from .iap_purchase_store import IapPurchaseStore
from .iap_result import IapResult
from .idempotency_conflict_error import IdempotencyConflictError
from .idempotency_conflict_error_body import IdempotencyConflictErrorBody
from .idempotency_conflict_error_body_code import IdempotencyConflictErrorBodyCode
from .idempotency_in_progress_error import IdempotencyInProgressError
from .idempotency_in_progress_error_body import IdempotencyInProgressErrorBody
from .idempotency_in_progress_error_body_code import IdempotencyInProgressErrorBodyCode
from .idempotent_request import IdempotentRequest
from .import_account import ImportAccount
from .import_accounts_request import ImportAccountsRequest
from .import_item_result import ImportItemResult
from .import_item_result_error import ImportItemResultError
from .import_item_result_error_details import ImportItemResultErrorDetails
from .import_item_result_status import ImportItemResultStatus
from .import_report import ImportReport
from .insufficient_funds_error import InsufficientFundsError
from .insufficient_funds_error_body import InsufficientFundsErrorBody
from .insufficient_funds_error_body_code import InsufficientFundsErrorBodyCode
from .insufficient_funds_error_details import InsufficientFundsErrorDetails
from .insufficient_quantity_error import InsufficientQuantityError
from .insufficient_quantity_error_body import InsufficientQuantityErrorBody
from .insufficient_quantity_error_body_code import InsufficientQuantityErrorBodyCode
from .insufficient_quantity_error_details import InsufficientQuantityErrorDetails
from .invalid_request_details import InvalidRequestDetails
from .invalid_request_error import InvalidRequestError
from .invalid_request_error_body import InvalidRequestErrorBody
from .invalid_request_error_body_code import InvalidRequestErrorBodyCode
from .inventory import Inventory
from .inventory_change import InventoryChange
from .inventory_item import InventoryItem
from .inventory_operations_request import InventoryOperationsRequest
from .inventory_operations_request_operations_item import InventoryOperationsRequestOperationsItem
from .inventory_operations_request_operations_item_op import InventoryOperationsRequestOperationsItemOp
from .issued_grant import IssuedGrant
from .item_counts import ItemCounts
from .item_max_count_exceeded_error import ItemMaxCountExceededError
from .item_max_count_exceeded_error_body import ItemMaxCountExceededErrorBody
from .item_max_count_exceeded_error_body_code import ItemMaxCountExceededErrorBodyCode
from .item_max_count_exceeded_error_details import ItemMaxCountExceededErrorDetails
from .leaderboard_record import LeaderboardRecord
from .leaderboard_record_metadata_type_0 import LeaderboardRecordMetadataType0
from .ledger_entry import LedgerEntry
from .ledger_entry_balances_after import LedgerEntryBalancesAfter
from .ledger_entry_changes import LedgerEntryChanges
from .ledger_entry_item_changes import LedgerEntryItemChanges
from .ledger_entry_items_after import LedgerEntryItemsAfter
from .ledger_entry_source import LedgerEntrySource
from .lobby_presence_type_0 import LobbyPresenceType0
from .lobby_presence_type_0_state import LobbyPresenceType0State
from .match import Match
from .match_conflict_error import MatchConflictError
from .match_conflict_error_body import MatchConflictErrorBody
from .match_conflict_error_body_code import MatchConflictErrorBodyCode
from .match_conflict_error_details import MatchConflictErrorDetails
from .match_connection import MatchConnection
from .minted_session import MintedSession
from .not_found_error import NotFoundError
from .not_found_error_body import NotFoundErrorBody
from .not_found_error_body_code import NotFoundErrorBodyCode
from .payload_too_large_details import PayloadTooLargeDetails
from .payload_too_large_error import PayloadTooLargeError
from .payload_too_large_error_body import PayloadTooLargeErrorBody
from .payload_too_large_error_body_code import PayloadTooLargeErrorBodyCode
from .publish_game_config_request import PublishGameConfigRequest
from .publish_game_config_request_config import PublishGameConfigRequestConfig
from .push_match_request import PushMatchRequest
from .pushed_match import PushedMatch
from .pushed_match_failures_item import PushedMatchFailuresItem
from .pushed_match_failures_item_cause import PushedMatchFailuresItemCause
from .rate_limited_error import RateLimitedError
from .rate_limited_error_body import RateLimitedErrorBody
from .rate_limited_error_body_code import RateLimitedErrorBodyCode
from .receipt_already_redeemed_error import ReceiptAlreadyRedeemedError
from .receipt_already_redeemed_error_body import ReceiptAlreadyRedeemedErrorBody
from .receipt_already_redeemed_error_body_code import ReceiptAlreadyRedeemedErrorBodyCode
from .receipt_already_redeemed_error_details import ReceiptAlreadyRedeemedErrorDetails
from .refund_iap_purchase_store import RefundIapPurchaseStore
from .refund_iap_request import RefundIapRequest
from .refund_iap_request_environment import RefundIapRequestEnvironment
from .release_match_request import ReleaseMatchRequest
from .revoke_grant_request import RevokeGrantRequest
from .revoked_sessions import RevokedSessions
from .rewards import Rewards
from .score_submission import ScoreSubmission
from .sdk_usage import SdkUsage
from .sdk_usage_surface import SdkUsageSurface
from .server_error import ServerError
from .server_error_body import ServerErrorBody
from .server_error_body_code import ServerErrorBodyCode
from .service_unavailable_error import ServiceUnavailableError
from .service_unavailable_error_body import ServiceUnavailableErrorBody
from .service_unavailable_error_body_code import ServiceUnavailableErrorBodyCode
from .session_info import SessionInfo
from .session_list import SessionList
from .signed_amounts import SignedAmounts
from .slot import Slot
from .slot_history import SlotHistory
from .slot_info import SlotInfo
from .slot_summary import SlotSummary
from .slot_to_create import SlotToCreate
from .slot_version_info import SlotVersionInfo
from .storage_limit_exceeded_error import StorageLimitExceededError
from .storage_limit_exceeded_error_body import StorageLimitExceededErrorBody
from .storage_limit_exceeded_error_body_code import StorageLimitExceededErrorBodyCode
from .submit_score_for_account_request import SubmitScoreForAccountRequest
from .submit_score_for_account_request_metadata import SubmitScoreForAccountRequestMetadata
from .unauthorized_error import UnauthorizedError
from .unauthorized_error_body import UnauthorizedErrorBody
from .unauthorized_error_body_code import UnauthorizedErrorBodyCode
from .unsupported_media_type_error import UnsupportedMediaTypeError
from .unsupported_media_type_error_body import UnsupportedMediaTypeErrorBody
from .unsupported_media_type_error_body_code import UnsupportedMediaTypeErrorBodyCode
from .usage import Usage
from .usage_plan import UsagePlan
from .usage_runtime_requests import UsageRuntimeRequests
from .usage_storage import UsageStorage
from .validation_issue import ValidationIssue
from .wallet import Wallet
from .wallet_balance import WalletBalance
from .wallet_transaction import WalletTransaction
from .wallet_transaction_request import WalletTransactionRequest

__all__ = (
    "Account",
    "AccountDetail",
    "AccountExport",
    "AccountOverview",
    "AccountPage",
    "BalanceLimitExceededError",
    "BalanceLimitExceededErrorBody",
    "BalanceLimitExceededErrorBodyCode",
    "BalanceLimitExceededErrorDetails",
    "CreateGrantRequest",
    "CreateGrantRequestRewards",
    "CurrencyAmounts",
    "ErasedAccount",
    "ErrorDetails",
    "EventAttemptSummary",
    "EventAttemptSummaryCharged",
    "ExternalRefConflictError",
    "ExternalRefConflictErrorBody",
    "ExternalRefConflictErrorBodyCode",
    "ExternalRefConflictErrorDetails",
    "FulfilIapRequest",
    "FulfilIapRequestEnvironment",
    "FulfilIapRequestStore",
    "GameConfigVersion",
    "GameConfigVersionConfig",
    "GameConfigVersionList",
    "GetIapPurchaseEnvironment",
    "GetIapPurchaseStore",
    "GoneError",
    "GoneErrorBody",
    "GoneErrorBodyCode",
    "Grant",
    "GrantAlreadyClaimedError",
    "GrantAlreadyClaimedErrorBody",
    "GrantAlreadyClaimedErrorBodyCode",
    "GrantAlreadyClaimedErrorDetails",
    "GrantLastErrorType1",
    "GrantSource",
    "GrantStatus",
    "IapPurchase",
    "IapPurchaseEnvironment",
    "IapPurchaseStatus",
    "IapPurchaseStore",
    "IapResult",
    "IdempotencyConflictError",
    "IdempotencyConflictErrorBody",
    "IdempotencyConflictErrorBodyCode",
    "IdempotencyInProgressError",
    "IdempotencyInProgressErrorBody",
    "IdempotencyInProgressErrorBodyCode",
    "IdempotentRequest",
    "ImportAccount",
    "ImportAccountsRequest",
    "ImportItemResult",
    "ImportItemResultError",
    "ImportItemResultErrorDetails",
    "ImportItemResultStatus",
    "ImportReport",
    "InsufficientFundsError",
    "InsufficientFundsErrorBody",
    "InsufficientFundsErrorBodyCode",
    "InsufficientFundsErrorDetails",
    "InsufficientQuantityError",
    "InsufficientQuantityErrorBody",
    "InsufficientQuantityErrorBodyCode",
    "InsufficientQuantityErrorDetails",
    "InvalidRequestDetails",
    "InvalidRequestError",
    "InvalidRequestErrorBody",
    "InvalidRequestErrorBodyCode",
    "Inventory",
    "InventoryChange",
    "InventoryItem",
    "InventoryOperationsRequest",
    "InventoryOperationsRequestOperationsItem",
    "InventoryOperationsRequestOperationsItemOp",
    "IssuedGrant",
    "ItemCounts",
    "ItemMaxCountExceededError",
    "ItemMaxCountExceededErrorBody",
    "ItemMaxCountExceededErrorBodyCode",
    "ItemMaxCountExceededErrorDetails",
    "LeaderboardRecord",
    "LeaderboardRecordMetadataType0",
    "LedgerEntry",
    "LedgerEntryBalancesAfter",
    "LedgerEntryChanges",
    "LedgerEntryItemChanges",
    "LedgerEntryItemsAfter",
    "LedgerEntrySource",
    "LobbyPresenceType0",
    "LobbyPresenceType0State",
    "Match",
    "MatchConflictError",
    "MatchConflictErrorBody",
    "MatchConflictErrorBodyCode",
    "MatchConflictErrorDetails",
    "MatchConnection",
    "MintedSession",
    "NotFoundError",
    "NotFoundErrorBody",
    "NotFoundErrorBodyCode",
    "PayloadTooLargeDetails",
    "PayloadTooLargeError",
    "PayloadTooLargeErrorBody",
    "PayloadTooLargeErrorBodyCode",
    "PublishGameConfigRequest",
    "PublishGameConfigRequestConfig",
    "PushedMatch",
    "PushedMatchFailuresItem",
    "PushedMatchFailuresItemCause",
    "PushMatchRequest",
    "RateLimitedError",
    "RateLimitedErrorBody",
    "RateLimitedErrorBodyCode",
    "ReceiptAlreadyRedeemedError",
    "ReceiptAlreadyRedeemedErrorBody",
    "ReceiptAlreadyRedeemedErrorBodyCode",
    "ReceiptAlreadyRedeemedErrorDetails",
    "RefundIapPurchaseStore",
    "RefundIapRequest",
    "RefundIapRequestEnvironment",
    "ReleaseMatchRequest",
    "RevokedSessions",
    "RevokeGrantRequest",
    "Rewards",
    "ScoreSubmission",
    "SdkUsage",
    "SdkUsageSurface",
    "ServerError",
    "ServerErrorBody",
    "ServerErrorBodyCode",
    "ServiceUnavailableError",
    "ServiceUnavailableErrorBody",
    "ServiceUnavailableErrorBodyCode",
    "SessionInfo",
    "SessionList",
    "SignedAmounts",
    "Slot",
    "SlotHistory",
    "SlotInfo",
    "SlotSummary",
    "SlotToCreate",
    "SlotVersionInfo",
    "StorageLimitExceededError",
    "StorageLimitExceededErrorBody",
    "StorageLimitExceededErrorBodyCode",
    "SubmitScoreForAccountRequest",
    "SubmitScoreForAccountRequestMetadata",
    "UnauthorizedError",
    "UnauthorizedErrorBody",
    "UnauthorizedErrorBodyCode",
    "UnsupportedMediaTypeError",
    "UnsupportedMediaTypeErrorBody",
    "UnsupportedMediaTypeErrorBodyCode",
    "Usage",
    "UsagePlan",
    "UsageRuntimeRequests",
    "UsageStorage",
    "ValidationIssue",
    "Wallet",
    "WalletBalance",
    "WalletTransaction",
    "WalletTransactionRequest",
)
