# The matrix's smoke scenario for openapi-generator's python client (scripts/matrix/run.ts runs it with
# PERSISTLY_URL, PERSISTLY_RUNTIME_KEY and the generated package on PYTHONPATH).
import os, sys
import persistly_sdk as p
from persistly_sdk.exceptions import ApiException

cfg = p.Configuration(host=os.environ["PERSISTLY_URL"])
cfg.access_token = os.environ["PERSISTLY_RUNTIME_KEY"]
client = p.ApiClient(cfg)
accounts, slots, lobbies = p.AccountsApi(client), p.SlotsApi(client), p.LobbiesApi(client)

created = accounts.create_account(create_account_request=p.CreateAccountRequest.from_dict({"slot": {"slotId": "main", "data": {"hp": 100}}}))
account_id, token = created.account_id, created.account_session_token
cfg.api_key["accountSession"] = token
print("created", account_id)
synced = slots.sync_slot(account_id, "main", sync_slot_request=p.SyncSlotRequest.from_dict({"baseVersion": 1, "data": {"hp": 90}}))
assert synced.version == 2, synced
try:
    slots.sync_slot(account_id, "main", sync_slot_request=p.SyncSlotRequest.from_dict({"baseVersion": 1, "data": {"hp": 80}}))
    sys.exit("a stale sync was not refused")
except ApiException as e:
    assert e.status == 409, e.status
    conflict = p.SyncSlotConflictError.from_json(e.body).actual_instance
    assert conflict.error.code == "conflict", conflict.error.code
    print("conflict at cloud version", conflict.error.details.cloud.version)
joined = lobbies.quick_join_lobby_with_http_info(account_id, quick_join_request=p.QuickJoinRequest.from_dict({"mode": "smoke-" + os.environ["PERSISTLY_SMOKE_RUN"], "maxPlayers": 2}))
assert joined.status_code == 202, joined.status_code
print("quick-join", joined.status_code, type(joined.data).__name__, joined.data.error.code)
assert joined.data.error.code == "lobby_forming"
print("202: typed")
try:
    accounts.get_account("acc_missing")
except ApiException as e:
    print("error", e.status, p.ForbiddenError.from_json(e.body).error.code)
print("smoke passed")
