// The matrix's smoke scenario for openapi-generator's Java client (library `native`: java.net.http and
// Jackson). scripts/matrix/run.ts generates the client, compiles it with this file, and runs it with
// PERSISTLY_URL and PERSISTLY_RUNTIME_KEY.
import com.persistly.client.ApiClient;
import com.persistly.client.ApiException;
import com.persistly.client.api.AccountsApi;
import com.persistly.client.api.LobbiesApi;
import com.persistly.client.api.SlotsApi;
import com.persistly.client.model.*;
import java.net.URI;

public class Smoke {
  static void check(boolean ok, String what) {
    if (!ok) {
      System.err.println("failed: " + what);
      System.exit(1);
    }
  }

  static ApiClient client = new ApiClient();

  static <T> T read(String json, Class<T> type) throws Exception {
    return client.getObjectMapper().readValue(json, type);
  }

  public static void main(String[] args) throws Exception {
    URI url = URI.create(System.getenv("PERSISTLY_URL"));
    String key = System.getenv("PERSISTLY_RUNTIME_KEY");
    String[] session = {null};
    client.updateBaseUri(url.toString());
    client.setRequestInterceptor((request) -> {
      request.header("Authorization", "Bearer " + key);
      if (session[0] != null) request.header("X-Persistly-Account-Session", session[0]);
    });
    AccountsApi accounts = new AccountsApi(client);
    SlotsApi slots = new SlotsApi(client);
    LobbiesApi lobbies = new LobbiesApi(client);

    CreatedAccount created = accounts.createAccount(null, read("{\"slot\":{\"slotId\":\"main\",\"data\":{\"hp\":100}}}", CreateAccountRequest.class));
    String accountId = created.getAccountId();
    session[0] = created.getAccountSessionToken();

    Slot synced = slots.syncSlot(accountId, "main", read("{\"baseVersion\":1,\"data\":{\"hp\":90}}", SyncSlotRequest.class), null);
    check(synced.getVersion() == 2, "syncSlot wrote version 2");
    try {
      slots.syncSlot(accountId, "main", read("{\"baseVersion\":1,\"data\":{\"hp\":80}}", SyncSlotRequest.class), null);
      check(false, "a stale sync is refused");
    } catch (ApiException e) {
      check(e.getCode() == 409, "a stale sync is 409");
      ConflictError conflict = read(e.getResponseBody(), SyncSlotConflictError.class).getConflictError();
      check(conflict.getError().getDetails().getCloud().getVersion() == 2, "the conflict carries the cloud branch");
    }

    String mode = "smoke-" + System.getenv("PERSISTLY_SMOKE_RUN");
    var joined = lobbies.quickJoinLobbyWithHttpInfo(accountId, read("{\"mode\":\"" + mode + "\",\"maxPlayers\":2}", QuickJoinRequest.class), null);
    check(joined.getStatusCode() == 202, "quick-join waits with 202");
    // The client types one success per operation (the 200's QuickJoined): the 202's lobby_forming body is not kept.
    System.out.println("202: status only");

    try {
      accounts.getAccount("acc_missing");
      check(false, "another account is refused");
    } catch (ApiException e) {
      check(e.getCode() == 403 && "forbidden".equals(read(e.getResponseBody(), ForbiddenError.class).getError().getCode().getValue()), "the refusal's code is forbidden");
    }
    System.out.println("smoke passed");
  }
}
