/**
 * Prepared statements kept by SQL text for Kysely's SQLite driver, which otherwise prepares
 * every statement anew (about 25 µs each, several per request: the largest share of a
 * check-in's CPU after Kysely's own compiling; bench/RESULTS.md, issue 18).
 *
 * - Bounded: the least recently used statement is dropped past `capacity` (better-sqlite3
 *   finalizes it when it is garbage-collected, or when the connection closes).
 * - A better-sqlite3 statement can be run again and again, but not while it is `busy`: a
 *   statement read with `.iterate()` (Kysely's `stream()`) stays busy until its iterator
 *   ends, and running it again then throws "This statement is busy executing a query". A
 *   busy statement is therefore never handed out again: the caller gets a fresh one, not kept.
 * - A schema change (a migration's ALTER or DROP) does not stale a cached statement: SQLite
 *   prepares it again by itself on its next step (sqlite3_prepare_v3), and a statement whose
 *   table is gone fails as a fresh prepare would.
 * - Only Kysely's calls go through the cache: code holding the better-sqlite3 connection
 *   itself (backup, tests) prepares as before, so `.pluck()`, `.raw()` and the like set on
 *   its statements never leak into Kysely's.
 */
import type { SqliteDatabase, SqliteStatement } from 'kysely';

export const DEFAULT_STATEMENT_CACHE_SIZE = 500;

export interface StatementCacheStats {
  hits: number;
  misses: number;
  /** Cached statements found busy (iterating) and replaced by a fresh one for that call. */
  busy: number;
}

/** better-sqlite3's statement, as far as the cache looks at it. */
interface PreparedStatement extends SqliteStatement {
  readonly busy: boolean;
}

export interface StatementSource {
  prepare(sql: string): PreparedStatement;
  close(): void;
}

export interface CachedDatabase extends SqliteDatabase {
  readonly stats: StatementCacheStats;
  /** Number of statements held. */
  readonly size: number;
}

/** Wraps `connection` for Kysely's SqliteDialect: `prepare` answers from a bounded LRU cache by SQL text. */
export function cachePreparedStatements(connection: StatementSource, capacity = DEFAULT_STATEMENT_CACHE_SIZE): CachedDatabase {
  if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`Statement cache capacity must be a positive integer: ${capacity}`);
  // A Map iterates in insertion order: deleting and setting again on each hit keeps the least recently used first.
  const statements = new Map<string, PreparedStatement>();
  const stats: StatementCacheStats = { hits: 0, misses: 0, busy: 0 };
  return {
    stats,
    get size() {
      return statements.size;
    },
    prepare(sql: string): SqliteStatement {
      const cached = statements.get(sql);
      if (cached !== undefined) {
        if (cached.busy) {
          stats.busy += 1;
          return connection.prepare(sql);
        }
        stats.hits += 1;
        statements.delete(sql);
        statements.set(sql, cached);
        return cached;
      }
      stats.misses += 1;
      // A statement that does not prepare (a syntax error) throws here and is not kept.
      const statement = connection.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > capacity) statements.delete(statements.keys().next().value!);
      return statement;
    },
    close() {
      statements.clear();
      connection.close();
    },
  };
}
