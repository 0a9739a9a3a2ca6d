// Hot-path queries, built with Kysely once and compiled once per engine, then executed with new values
// each time: building a query costs more than running it (docs/performance.md). A query is built with
// placeholders standing for its named values; compiling records where each one lands.
import type { CompiledQuery, Compilable, Kysely, QueryResult } from "kysely";
import { execute, type Dialect, type Engine } from "./engine.js";
import type { DB } from "./schema.js";

const PLACEHOLDER = "\u0000persistly-param:";

type Binder<P> = (params: P) => unknown[];

/** The named values a prepared query takes: annotate the builder's `p` with it, and both the values and the rows are typed. */
export type Param<P> = <K extends keyof P & string>(name: K) => P[K];

/** `prepared((db, p: Param<{ id: string }>) => db.selectFrom(…)…)`: the rows' type is the query's own. */
export function prepared<P extends Record<string, unknown>, R>(build: (db: Kysely<DB>, param: Param<P>) => Compilable<R>) {
  const compiled = new Map<Dialect, { query: CompiledQuery<R>; bind: Binder<P> }>();
  const compile = (engine: Engine) => {
    const query = build(engine.writer, (name) => `${PLACEHOLDER}${name}` as never).compile();
    const sources = query.parameters.map((value) => (typeof value === "string" && value.startsWith(PLACEHOLDER) ? value.slice(PLACEHOLDER.length) : { value }));
    const bind: Binder<P> = (params) => sources.map((source) => (typeof source === "string" ? params[source] : source.value));
    const entry = { query, bind };
    compiled.set(engine.dialect, entry);
    return entry;
  };
  /** Runs the query on `db` (the reader, the writer, or a transaction's connection) with these values. */
  return (engine: Engine, db: Kysely<DB>, params: P): Promise<QueryResult<R>> => {
    const { query, bind } = compiled.get(engine.dialect) ?? compile(engine);
    return execute(db, { ...query, parameters: bind(params) });
  };
}
