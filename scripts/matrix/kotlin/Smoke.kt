// The matrix's smoke scenario for openapi-generator's Kotlin client (jvm-okhttp4, Gson).
// scripts/matrix/run.ts generates the client, compiles it with this file, and runs it with
// PERSISTLY_URL and PERSISTLY_RUNTIME_KEY.
import com.persistly.client.apis.AccountsApi
import com.persistly.client.apis.LobbiesApi
import com.persistly.client.apis.SlotsApi
import com.persistly.client.infrastructure.ApiClient
import com.persistly.client.infrastructure.ClientError
import com.persistly.client.infrastructure.ClientException
import com.persistly.client.infrastructure.Serializer
import com.persistly.client.models.ConflictError
import com.persistly.client.models.CreateAccountRequest
import com.persistly.client.models.ForbiddenError
import com.persistly.client.models.QuickJoinRequest
import com.persistly.client.models.SyncSlotRequest
import kotlin.system.exitProcess

fun check(ok: Boolean, what: String) {
    if (!ok) {
        System.err.println("failed: $what")
        exitProcess(1)
    }
}

inline fun <reified T> read(json: String): T = Serializer.gson.fromJson(json, T::class.java)

/** The body of a refused call, read as the named error its status documents. */
inline fun <reified T> refusal(e: ClientException): T = read((e.response as ClientError<*>).body as String)

fun main() {
    val url = System.getenv("PERSISTLY_URL")
    ApiClient.accessToken = System.getenv("PERSISTLY_RUNTIME_KEY")
    val accounts = AccountsApi(url)
    val slots = SlotsApi(url)
    val lobbies = LobbiesApi(url)

    val created = accounts.createAccount(null, read<CreateAccountRequest>("""{"slot":{"slotId":"main","data":{"hp":100}}}"""))
    val accountId = created.accountId
    ApiClient.apiKey["X-Persistly-Account-Session"] = created.accountSessionToken

    val synced = slots.syncSlot(accountId, "main", read<SyncSlotRequest>("""{"baseVersion":1,"data":{"hp":90}}"""), null)
    check(synced.version == 2, "syncSlot wrote version 2")
    try {
        slots.syncSlot(accountId, "main", read<SyncSlotRequest>("""{"baseVersion":1,"data":{"hp":80}}"""), null)
        check(false, "a stale sync is refused")
    } catch (e: ClientException) {
        check(e.statusCode == 409, "a stale sync is 409")
        check(refusal<ConflictError>(e).error.details.cloud.version == 2, "the conflict carries the cloud branch")
    }

    val mode = "smoke-" + System.getenv("PERSISTLY_SMOKE_RUN")
    val joined = lobbies.quickJoinLobbyWithHttpInfo(accountId, read<QuickJoinRequest>("""{"mode":"$mode","maxPlayers":2}"""), null)
    check(joined.statusCode == 202, "quick-join waits with 202")
    // One success type per operation (the 200's QuickJoined): the 202's lobby_forming body is not kept.
    println("202: status only")

    try {
        accounts.getAccount("acc_missing")
        check(false, "another account is refused")
    } catch (e: ClientException) {
        check(e.statusCode == 403 && refusal<ForbiddenError>(e).error.code.value == "forbidden", "the refusal's code is forbidden")
    }
    println("smoke passed")
}
