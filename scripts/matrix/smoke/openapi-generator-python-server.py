# The matrix's smoke scenario for openapi-generator's python client of the studio-backend spec
# (scripts/matrix/run.ts runs it with PERSISTLY_URL, the keys, and the generated package on PYTHONPATH):
# an account made by a game client, read back by the backend, and a typed 404 for one that does not exist.
import json, os, urllib.request
import persistly_server as p
from persistly_server.exceptions import ApiException

url = os.environ["PERSISTLY_URL"]
made = urllib.request.urlopen(urllib.request.Request(f"{url}/sdk/v1/accounts", data=json.dumps({"playerRef": "smoke-" + os.environ["PERSISTLY_SMOKE_RUN"]}).encode(),
    headers={"Authorization": "Bearer " + os.environ["PERSISTLY_RUNTIME_KEY"], "Content-Type": "application/json"}, method="POST"))
account_id = json.load(made)["accountId"]

cfg = p.Configuration(host=url)
cfg.access_token = os.environ["PERSISTLY_SERVER_KEY"]
accounts = p.AccountsApi(p.ApiClient(cfg))
detail = accounts.get_account_detail(account_id)
assert detail.account_id == account_id, detail
found = accounts.find_accounts(player_ref="smoke-" + os.environ["PERSISTLY_SMOKE_RUN"])
assert [a.account_id for a in found.accounts] == [account_id], found
try:
    accounts.get_account_detail("acc_" + "a" * 26)
    raise SystemExit("an unknown account was found")
except ApiException as e:
    assert e.status == 404, e.status
    print("error", e.status, json.loads(e.body)["error"]["code"])
print("smoke passed")
