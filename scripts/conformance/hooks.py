# Schemathesis hooks for the conformance run (scripts/conformance/run.ts loads them through
# SCHEMATHESIS_HOOKS). Three things the configuration file cannot say:
#
# 1. The specs' example idempotency keys are refused by design (400, `published_example_key`): anyone
#    can send them, so an answer stored under one could be replayed to another caller. Schemathesis
#    sends the examples as published; here each published key is swapped for a fresh one, as the docs
#    tell integrators to do. Any other key, generated or fuzzed, goes out unchanged.
# 2. Rules no schema can state, kept in positive cases: a header key and a body key that agree; an
#    opaque cursor only as a listing gave it (a generated one is left out); a checksum of the data it
#    comes with (left out); a display name without control or formatting characters. And
#    eraseAccount erases spare accounts, not the one the run holds.
# 3. The admin surface's credential is a session cookie plus its CSRF token in a header. The runner
#    signs in beforehand (sign-ins are limited per client address, and a fuzzer's failed sign-ins spend
#    that budget), and hands over a pool of sessions: the run's requests take turns among the first
#    half (each session has its own rate-limit bucket, 600 a minute), and each signOut, which ends the
#    session it is sent with, gets one of the second half.
import itertools
import json
import os
import unicodedata
import uuid

import schemathesis


def _published_keys():
    keys = set()

    def walk(node, parent_key=None):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("idempotencyKey", "Idempotency-Key") and isinstance(value, str):
                    keys.add(value)
                walk(value, key)
        elif isinstance(node, list):
            for value in node:
                walk(value, parent_key)

    for name in ("sdk", "server", "admin"):
        with open(os.path.join(os.environ["PERSISTLY_SPEC_DIR"], f"openapi.{name}.json")) as spec:
            walk(json.load(spec))
    return keys


PUBLISHED = _published_keys()


def _opaque_cursor(operation):
    return any(p.get("in") == "query" and p.get("name") == "cursor" and "pattern" not in p.get("schema", {})
               for p in operation.get("parameters", []))


@schemathesis.hook
def before_call(context, case, kwargs):
    fresh = str(uuid.uuid4())  # one per case: a body key and a header key that agreed still agree
    if isinstance(case.body, dict) and isinstance(case.body.get("idempotencyKey"), str) and case.body["idempotencyKey"] in PUBLISHED:
        case.body = {**case.body, "idempotencyKey": fresh}
    if case.headers and case.headers.get("Idempotency-Key") in PUBLISHED:
        case.headers = {**case.headers, "Idempotency-Key": fresh}
    positive = case.meta is not None and case.meta.generation.mode == "positive"
    # A header key and a body key must agree when both are sent (400 idempotency_key_mismatch): a rule
    # across a header and a body that no schema can state. Positive cases send the body's in both.
    if positive and isinstance(case.body, dict) and isinstance(case.body.get("idempotencyKey"), str) and case.headers and "Idempotency-Key" in case.headers:
        case.headers = {**case.headers, "Idempotency-Key": case.body["idempotencyKey"]}
    # An opaque cursor (a board's, the lobby list's) is one a listing gave: any other string is 400, by
    # contract, though no schema can say which strings a server signed. Positive cases leave it out.
    # A checksum must be the SHA-256 of the canonical data it comes with; positive cases leave it out.
    if positive and isinstance(case.body, dict) and "checksum" in case.body:
        case.body = {k: v for k, v in case.body.items() if k != "checksum"}
    # A display name holds no control or formatting (Unicode Cc, Cf) character and is not only spaces:
    # categories no portable pattern can name. Positive cases send the name without them.
    if positive and isinstance(case.body, dict) and isinstance(case.body.get("displayName"), str):
        name = "".join(c for c in case.body["displayName"] if unicodedata.category(c) not in ("Cc", "Cf")).strip()
        case.body = {**case.body, "displayName": name or "Player"}
    # Positive cases act on the run's own account (the one its session is for), studio and game.
    if positive and case.path_parameters:
        title = case.operation.schema.raw_schema["info"]["title"]
        own = OWN_IDS.get(title, {})
        case.path_parameters = {**case.path_parameters, **{k: v for k, v in own.items() if k in case.path_parameters}}
    # eraseAccount erases an account of its own (one of the runner's spares, then one that never was),
    # so the account every other operation uses lives through the run.
    if case.operation.definition.raw.get("operationId") == "eraseAccount":
        case.path_parameters = {**case.path_parameters, "accountId": ERASABLE.pop() if ERASABLE else "acc_" + "a" * 26}
    if positive and case.query and "cursor" in case.query and _opaque_cursor(case.operation.definition.raw):
        case.query = {k: v for k, v in case.query.items() if k != "cursor"}


OWN_IDS = {
    "Persistly SDK API": {"accountId": os.environ.get("PERSISTLY_ACCOUNT_ID")},
    "Persistly Server API": {"accountId": os.environ.get("PERSISTLY_SERVER_ACCOUNT_ID")},
    "Persistly Admin API": {"studioId": os.environ.get("PERSISTLY_STUDIO_ID"), "gameId": os.environ.get("PERSISTLY_GAME_ID")},
}
ERASABLE = json.loads(os.environ.get("PERSISTLY_ERASABLE_ACCOUNTS", "[]"))
SESSIONS = json.loads(os.environ.get("PERSISTLY_ADMIN_SESSIONS", "[]"))
KEPT, SPARE = SESSIONS[: len(SESSIONS) // 2], SESSIONS[len(SESSIONS) // 2:]
turn = itertools.count()


@schemathesis.auth(refresh_interval=None).apply_to(path_regex="^/admin/v1/")  # no caching: get() takes turns
class MemberSession:
    def get(self, case, context):
        return KEPT[next(turn) % len(KEPT)] if KEPT else None

    def set(self, case, data, context):
        operation = case.operation.definition.raw
        # signIn, acceptInvitation and the health check take no session (a cookie sent to signIn ends it).
        if data is None or operation.get("security") == []:
            return
        if operation.get("operationId") == "signOut" and SPARE:
            data = SPARE.pop()
        case.cookies = {**(case.cookies or {}), "persistly_admin": data["cookie"]}
        case.headers = {**(case.headers or {}), "X-Persistly-CSRF": data["csrfToken"]}
