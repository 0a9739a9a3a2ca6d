// Compile-time checks of the client's types, run by `tsc --noEmit` (npm run check): each line marked
// with an expect-error directive below must fail to compile, or the check fails.
import { createSdkClient, createServerClient } from "../../client/index.js";

export async function typeChecks() {
  const anonymous = createSdkClient({ baseUrl: "http://localhost:8080", runtimeKey: "pst_rt_x" });
  const player = anonymous.withSession("pst_as_x");
  const backend = createServerClient({ baseUrl: "http://localhost:8080", serverKey: "pst_sk_x" });

  // A wrong path does not compile.
  // @ts-expect-error: no such operation
  await anonymous.GET("/sdk/v1/tournaments");

  // A missing required field does not compile.
  // @ts-expect-error: syncSlot needs baseVersion
  await player.POST("/sdk/v1/accounts/{accountId}/slots/{slotId}/sync", { params: { path: { accountId: "acc_x", slotId: "main" } }, body: { data: 1 } });

  // Account routes need a session.
  // @ts-expect-error: no session on this client
  await anonymous.GET("/sdk/v1/accounts/{accountId}", { params: { path: { accountId: "acc_x" } } });

  // Errors are discriminated on their documented codes.
  const sync = await player.POST("/sdk/v1/accounts/{accountId}/slots/{slotId}/sync", {
    params: { path: { accountId: "acc_x", slotId: "main" } },
    body: { baseVersion: 1, data: { hp: 1 } },
  });
  if (sync.error?.code === "conflict") {
    const { local, cloud, base } = sync.error.details;
    const version: number = cloud.version;
    const baseVersion: number | undefined = base?.version;
    void [local.data, version, baseVersion];
  }
  // @ts-expect-error: syncSlot does not document transfer_code_invalid
  if (sync.error?.code === "transfer_code_invalid") return;

  const consume = await anonymous.POST("/sdk/v1/account-transfer-codes/consume", { body: { code: "K7QF-9XM2-P4TD" } });
  if (consume.error?.code === "transfer_code_rate_limited" || consume.error?.code === "transfer_code_expired") return;
  // @ts-expect-error: consumeTransferCode has no conflict
  if (consume.error?.code === "conflict") return;

  // Typed data and headers.
  if (consume.data) {
    const token: string = consume.data.accountSessionToken;
    const remaining: number | undefined = consume.meta.rateLimit?.remaining;
    void [token, remaining];
  }

  // The server key's client reaches the server surface only.
  await backend.GET("/server/v1/usage");
  // @ts-expect-error: the SDK surface is not on the server client
  await backend.GET("/sdk/v1/runtime-config");
}
