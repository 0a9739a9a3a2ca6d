// Handler types derived from the generated `operations` of a spec, so a spec change that breaks a
// handler's inputs or outputs fails the type check.
import type { AppDeps, Caller, Deps, SessionCaller, TxDeps } from "../domain/context.js";
import type { Refusal } from "../domain/errors.js";
import type { EventSink } from "../domain/events.js";
import type { MemberCaller } from "../domain/members.js";
import type { EnvironmentRecord, MemberRole, WorkspaceRecord } from "../store/types.js";
import type { AuditNote } from "./audit.js";

/** The body of a `text/event-stream` response: it is handed the open stream. */
export type EventStreamBody = (sink: EventSink) => void;

type Parameters<O> = O extends { parameters: infer P } ? P : never;
type Responses<O> = O extends { responses: infer R } ? R : never;
type BodyOf<T> = T extends { content: { "application/json": infer B } }
  ? B
  : T extends { content: { "text/event-stream": unknown } }
    ? EventStreamBody
    : never;
type SuccessStatus<O> = Extract<keyof Responses<O>, 200 | 201 | 202 | 204>;

/** What the pipeline established before a handler runs (generated per operation: OperationAccess). */
export interface Access { caller: boolean; session: boolean; member: boolean; studio: boolean; game: boolean; transaction: boolean }

/**
 * What a handler is handed: for an operation that changes state, the dependencies with the store bound to
 * the request's transaction (the only store that writes and locks); for a read, the process's, on which
 * a read that must also write (finalising an event that ended) opens a transaction of its own, visibly.
 */
export type DepsFor<A extends Access> = A["transaction"] extends true ? TxDeps : AppDeps;

/** The studio an operator's operation acts on, resolved and role-checked by the pipeline (http/authorize.ts). */
export interface StudioAccess { workspace: WorkspaceRecord; role: MemberRole; game: EnvironmentRecord | null }

export interface HandlerInput<O, A extends Access = Access> {
  path: NonNullable<Parameters<O> extends { path?: infer X } ? X : never>;
  query: NonNullable<Parameters<O> extends { query?: infer X } ? X : never>;
  /** The operation's declared header parameters, by their spec names. */
  header: NonNullable<Parameters<O> extends { header?: infer X } ? X : never>;
  body: O extends { requestBody: { content: { "application/json": infer B } } } ? B
    : O extends { requestBody?: { content: { "application/json": infer B } } } ? B | undefined : undefined;
  /** The client's address, and the operator session cookie it sent, if any. */
  client: { address: string; memberCookie?: string };
  /** The key's principal: present on operations secured by a key. */
  caller: A["caller"] extends true ? Caller : Caller | null;
  /** Present on operations secured by `accountSession`. */
  session: A["session"] extends true ? SessionCaller : SessionCaller | null;
  /** Present on operations secured by `memberSession` (the operator surface). */
  member: A["member"] extends true ? MemberCaller : MemberCaller | null;
  /** Present on operations that declare `x-persistly-role`: the studio, the member's role in it, and the path's game. */
  studio: A["studio"] extends true ? StudioAccess & (A["game"] extends true ? { game: EnvironmentRecord } : unknown) : StudioAccess | null;
  /** The request's id (audit entries name it). */
  requestId: string;
}

export type HandlerResult<O> = {
  [S in SuccessStatus<O>]: { status: S; body: BodyOf<Responses<O>[S]>; headers?: Record<string, string>; audit?: AuditNote };
}[SuccessStatus<O>];

/**
 * A handler is given the request's dependencies (DepsFor: on a change, their store is bound to the
 * request's transaction, http/transaction.ts). It returns its answer, or a Refusal whose writes must commit.
 */
export type Handler<O, A extends Access = Access> = (input: HandlerInput<O, A>, deps: DepsFor<A>) => Promise<HandlerResult<O> | Refusal>;

/**
 * Slow work done before the transaction opens (a password hash: nothing slow may hold the write lock),
 * on the plain store; its result reaches the handler as `input.prepared`. Made by `preparedFirst`.
 */
export type Preparation = (input: HandlerInput<any>, deps: Deps) => Promise<unknown>;
export const preparationOf = (handler: Handler<any>) => (handler as { prepare?: Preparation }).prepare;

/** A handler whose slow part runs first, outside the transaction (see `Preparation`). */
export function preparedFirst<O, A extends Access, P>(
  prepare: (input: HandlerInput<O, A>, deps: Deps) => Promise<P>,
  handler: (input: HandlerInput<O, A> & { prepared: P }, deps: DepsFor<A>) => Promise<HandlerResult<O> | Refusal>,
): Handler<O, A> {
  return Object.assign((input: HandlerInput<O, A>, deps: DepsFor<A>) => handler(input as HandlerInput<O, A> & { prepared: P }, deps), { prepare });
}

/**
 * How the pipeline runs a handler where its default is wrong: said next to the handler, since it is
 * how this server works, not part of the published contract. Made by `runAs`.
 */
export interface RunOptions {
  /** "own": the handler makes its own atomic writes, so no request transaction (sign-in's slow hash must not hold the write lock). */
  transaction?: "own";
  /** false: its changes touch no studio, so they are not audited (sign-in, sign-out, a score the studio's backend submits). */
  audited?: false;
  /** "slot": the session check reads the addressed slot too, in the same statement (getSlot: one round trip less). */
  sessionReads?: "slot";
}
export const runOptionsOf = (handler: Handler<any>): RunOptions => (handler as { runOptions?: RunOptions }).runOptions ?? {};

/** A handler that opens its own transactions is handed the process's store (AppDeps), which can. */
export function runAs<O, A extends Access>(options: RunOptions & { transaction: "own" }, handler: (input: HandlerInput<O, A>, deps: AppDeps) => Promise<HandlerResult<O> | Refusal>): Handler<O, A>;
export function runAs<O, A extends Access>(options: RunOptions, handler: Handler<O, A>): Handler<O, A>;
export function runAs(options: RunOptions, handler: (input: any, deps: any) => Promise<any>) {
  return Object.assign(handler, { runOptions: options });
}

/** One handler for every operation of a spec: a missing or extra one fails `tsc`. */
export type HandlerTable<Ops, Acc extends { [K in keyof Ops]: Access }> = { [K in keyof Ops]: Handler<Ops[K], Acc[K]> };
