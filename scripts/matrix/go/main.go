// The matrix's smoke scenario for oapi-codegen's Go client (scripts/matrix/run.ts generates the client
// into ./persistly beside it, builds, and runs it with PERSISTLY_URL and PERSISTLY_RUNTIME_KEY).
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"

	"persistly.example/smoke/persistly"
)

func must[T any](value T, err error) T {
	if err != nil {
		fail("%v", err)
	}
	return value
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, format+"\n", args...)
	os.Exit(1)
}

func body[T any](text string) T {
	var value T
	if err := json.Unmarshal([]byte(text), &value); err != nil {
		fail("%v", err)
	}
	return value
}

func main() {
	ctx := context.Background()
	key := os.Getenv("PERSISTLY_RUNTIME_KEY")
	session := ""
	auth := persistly.WithRequestEditorFn(func(_ context.Context, req *http.Request) error {
		req.Header.Set("Authorization", "Bearer "+key)
		if session != "" {
			req.Header.Set("X-Persistly-Account-Session", session)
		}
		return nil
	})
	client := must(persistly.NewClientWithResponses(os.Getenv("PERSISTLY_URL"), auth))

	created := must(client.CreateAccountWithResponse(ctx, nil, body[persistly.CreateAccountJSONRequestBody](`{"slot":{"slotId":"main","data":{"hp":100}}}`)))
	if created.JSON201 == nil {
		fail("createAccount: %d %s", created.StatusCode(), created.Body)
	}
	accountID := created.JSON201.AccountId
	session = created.JSON201.AccountSessionToken

	synced := must(client.SyncSlotWithResponse(ctx, accountID, "main", nil, body[persistly.SyncSlotJSONRequestBody](`{"baseVersion":1,"data":{"hp":90}}`)))
	if synced.JSON200 == nil || synced.JSON200.Version != 2 {
		fail("syncSlot: %d %s", synced.StatusCode(), synced.Body)
	}
	stale := must(client.SyncSlotWithResponse(ctx, accountID, "main", nil, body[persistly.SyncSlotJSONRequestBody](`{"baseVersion":1,"data":{"hp":80}}`)))
	if stale.JSON409 == nil {
		fail("stale syncSlot: %d %s", stale.StatusCode(), stale.Body)
	}
	conflict := must(stale.JSON409.AsConflictError())
	if conflict.Error.Code != "conflict" || conflict.Error.Details.Cloud.Version != 2 {
		fail("conflict: %+v", conflict.Error)
	}

	mode := "smoke-" + os.Getenv("PERSISTLY_SMOKE_RUN")
	joined := must(client.QuickJoinLobbyWithResponse(ctx, accountID, nil, body[persistly.QuickJoinLobbyJSONRequestBody](`{"mode":"`+mode+`","maxPlayers":2}`)))
	if joined.JSON202 == nil || joined.JSON202.Error.Code != "lobby_forming" {
		fail("quickJoinLobby: %d %s", joined.StatusCode(), joined.Body)
	}

	fmt.Println("202: typed")

	refused := must(client.GetAccountWithResponse(ctx, "acc_missing"))
	if refused.JSON403 == nil || refused.JSON403.Error.Code != "forbidden" {
		fail("getAccount of another account: %d %s", refused.StatusCode(), refused.Body)
	}
	fmt.Println("smoke passed")
}
