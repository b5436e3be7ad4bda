/**
 * A query built and compiled by Kysely once per database, then run again with new values.
 * Kysely builds a query as a tree of frozen nodes and compiles it to SQL on every call:
 * on the check-in path that was about an eighth of the server's CPU (bench/RESULTS.md,
 * issue 18), for queries whose shape never changes, only their values.
 *
 * `prepareQuery(build)` calls `build` with stand-ins for its arguments the first time it
 * runs on a database (the compiled SQL depends on the dialect and the database's plugins),
 * notes where each stand-in landed in the compiled parameters, and from then on runs that
 * SQL with the real values in those places. Constants written in `build` (a literal `1`,
 * `'present'`) stay as compiled. The SQL is the same text each time, so SQLite's statement
 * cache (statement-cache.ts) finds it prepared.
 *
 * What `build` may do with a stand-in: use it as a value (a `where` operand, an inserted or
 * updated column's value). It must not look at it (compare it, branch on it, spread or
 * read it), and every stand-in must reach the parameters exactly as given: a query whose
 * shape depends on the values (an `in` list, optional filters) is not for this helper, and
 * one where a stand-in is missing from the parameters is refused when first compiled.
 */
import { createQueryId, type Compilable, type CompiledQuery, type QueryResult } from 'kysely';
import type { Executor } from './tables.js';

/** Marks where an argument goes; never reaches the database. */
class Slot {
  constructor(readonly index: number) {}
}

interface Plan {
  sql: string;
  query: CompiledQuery['query'];
  /** For each compiled parameter: the argument's index, or -1 for a constant kept in `constants`. */
  sources: number[];
  constants: readonly unknown[];
}

export type PreparedQuery<Args extends readonly unknown[], R> = (executor: Executor, ...args: Args) => Promise<QueryResult<R>>;

/**
 * `build(executor, ...stand-ins)` returns the query; the result runs it with real arguments.
 * `arity` is how many arguments the query takes (the stand-ins handed to `build`).
 */
export function prepareQuery<Args extends readonly unknown[], R>(
  arity: Args['length'],
  build: (executor: Executor, ...args: Args) => Compilable<R>,
): PreparedQuery<Args, R> {
  // Keyed by the database's adapter (one per Kysely instance, shared by its transactions): another dialect, another SQL.
  const plans = new WeakMap<object, Plan>();
  const plan = (executor: Executor): Plan => {
    const key = executor.getExecutor().adapter;
    let found = plans.get(key);
    if (found === undefined) {
      const slots = Array.from({ length: arity }, (_, index) => new Slot(index));
      const compiled = build(executor, ...(slots as unknown as Args)).compile();
      const sources = compiled.parameters.map((parameter) => (parameter instanceof Slot ? parameter.index : -1));
      for (const slot of slots) {
        if (!sources.includes(slot.index))
          throw new Error(`prepareQuery: argument ${slot.index} does not reach the SQL as a value: ${compiled.sql}`);
      }
      found = { sql: compiled.sql, query: compiled.query, sources, constants: compiled.parameters };
      plans.set(key, found);
    }
    return found;
  };
  return async (executor, ...args) => {
    const { sql, query, sources, constants } = plan(executor);
    const parameters = sources.map((source, i) => (source === -1 ? constants[i] : args[source]));
    // A fresh query id each run: plugins keep their per-query state by it.
    const compiled: CompiledQuery<R> = { sql, query, parameters, queryId: createQueryId() };
    return executor.executeQuery<R>(compiled);
  };
}

/**
 * An INSERT (or any query taking a whole row) prepared once: `columns` names every column of
 * `Row` (the type refuses a missing or an extra one, so a column added to the table later
 * cannot be left out silently); `build` gets a row of stand-ins.
 */
export function prepareRowQuery<Row extends object, R>(
  columns: { [K in keyof Row]-?: true },
  build: (executor: Executor, row: Row) => Compilable<R>,
): (executor: Executor, row: Row) => Promise<QueryResult<R>> {
  const names = Object.keys(columns) as (keyof Row & string)[];
  const query = prepareQuery<unknown[], R>(names.length, (executor, ...values) =>
    build(executor, Object.fromEntries(names.map((name, i) => [name, values[i]])) as Row),
  );
  return (executor, row) => query(executor, ...names.map((name) => row[name]));
}
