// The matrix's smoke scenario for openapi-generator's Go client (scripts/matrix/run.ts generates the
// client into ./client, builds this beside it, and runs it with PERSISTLY_URL and PERSISTLY_RUNTIME_KEY).
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	persistly "persistly.example/go/client"
)

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
	cfg := persistly.NewConfiguration()
	cfg.Servers = persistly.ServerConfigurations{{URL: os.Getenv("PERSISTLY_URL")}}
	cfg.AddDefaultHeader("Authorization", "Bearer "+os.Getenv("PERSISTLY_RUNTIME_KEY"))
	client := persistly.NewAPIClient(cfg)
	ctx := context.Background()

	created, _, err := client.AccountsAPI.CreateAccount(ctx).CreateAccountRequest(body[persistly.CreateAccountRequest](`{"slot":{"slotId":"main","data":{"hp":100}}}`)).Execute()
	if err != nil {
		fail("createAccount: %v", err)
	}
	cfg.AddDefaultHeader("X-Persistly-Account-Session", created.AccountSessionToken)
	accountID := created.AccountId

	synced, _, err := client.SlotsAPI.SyncSlot(ctx, accountID, "main").SyncSlotRequest(body[persistly.SyncSlotRequest](`{"baseVersion":1,"data":{"hp":90}}`)).Execute()
	if err != nil || synced.Version != 2 {
		fail("syncSlot: %v", err)
	}
	_, answer, err := client.SlotsAPI.SyncSlot(ctx, accountID, "main").SyncSlotRequest(body[persistly.SyncSlotRequest](`{"baseVersion":1,"data":{"hp":80}}`)).Execute()
	refusal, ok := err.(*persistly.GenericOpenAPIError)
	if !ok || answer.StatusCode != 409 {
		fail("stale syncSlot: %v", err)
	}
	conflict, ok := refusal.Model().(persistly.SyncSlotConflictError)
	if !ok || conflict.ConflictError == nil || conflict.ConflictError.Error.Details.Cloud.Version != 2 {
		fail("conflict: %s", refusal.Body())
	}

	mode := "smoke-" + os.Getenv("PERSISTLY_SMOKE_RUN")
	_, answer, err = client.LobbiesAPI.QuickJoinLobby(ctx, accountID).QuickJoinRequest(body[persistly.QuickJoinRequest](`{"mode":"`+mode+`","maxPlayers":2}`)).Execute()
	if answer == nil || answer.StatusCode != 202 {
		fail("quickJoinLobby: %v", err)
	}
	// One success type per operation (the 200's QuickJoined): the 202's lobby_forming body is not kept.
	fmt.Println("202: status only")

	_, answer, err = client.AccountsAPI.GetAccount(ctx, "acc_missing").Execute()
	refusal, ok = err.(*persistly.GenericOpenAPIError)
	if !ok || answer.StatusCode != 403 {
		fail("getAccount of another account: %v", err)
	}
	if forbidden, ok := refusal.Model().(persistly.ForbiddenError); !ok || forbidden.Error.Code != "forbidden" {
		fail("refusal: %s", refusal.Body())
	}
	fmt.Println("smoke passed")
}
