# The matrix's smoke scenario for openapi-python-client's client (scripts/matrix/run.ts runs it with
# PERSISTLY_URL, PERSISTLY_RUNTIME_KEY and the generated package on PYTHONPATH).
import os, sys
from persistly_opc import AuthenticatedClient
from persistly_opc.api.accounts import create_account, get_account
from persistly_opc.api.slots import sync_slot
from persistly_opc.api.lobbies import quick_join_lobby
from persistly_opc.models import CreateAccountRequest, SyncSlotRequest, QuickJoinRequest, ConflictError, LobbyForming, ForbiddenError, CreatedAccount, Slot

client = AuthenticatedClient(base_url=os.environ["PERSISTLY_URL"], token=os.environ["PERSISTLY_RUNTIME_KEY"])
created = create_account.sync_detailed(client=client, body=CreateAccountRequest.from_dict({"slot": {"slotId": "main", "data": {"hp": 100}}}))
assert created.status_code == 201 and isinstance(created.parsed, CreatedAccount), created
account_id = created.parsed.account_id
player = client.with_headers({"X-Persistly-Account-Session": created.parsed.account_session_token})
synced = sync_slot.sync_detailed(account_id, "main", client=player, body=SyncSlotRequest.from_dict({"baseVersion": 1, "data": {"hp": 90}}))
assert synced.status_code == 200 and isinstance(synced.parsed, Slot) and synced.parsed.version == 2, synced
stale = sync_slot.sync_detailed(account_id, "main", client=player, body=SyncSlotRequest.from_dict({"baseVersion": 1, "data": {"hp": 80}}))
assert stale.status_code == 409 and isinstance(stale.parsed, ConflictError), stale
print("conflict at cloud version", stale.parsed.error.details.cloud.version)
joined = quick_join_lobby.sync_detailed(account_id, client=player, body=QuickJoinRequest.from_dict({"mode": "smoke-" + os.environ["PERSISTLY_SMOKE_RUN"], "maxPlayers": 2}))
assert joined.status_code == 202 and isinstance(joined.parsed, LobbyForming) and joined.parsed.error.code == "lobby_forming", joined
print("202: typed")
refused = get_account.sync_detailed("acc_missing", client=player)
assert refused.status_code == 403 and isinstance(refused.parsed, ForbiddenError) and refused.parsed.error.code == "forbidden", refused
print("smoke passed")
