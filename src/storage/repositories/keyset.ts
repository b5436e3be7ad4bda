/**
 * Keyset paging: "the rows after this one" in a list's own order, as one WHERE condition
 * (c1 > v1) OR (c1 = v1 AND c2 > v2) … with each column's direction. Portable SQL: the same
 * condition runs on SQLite and PostgreSQL, and a page costs the same wherever it starts.
 */
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';

export interface KeysetColumn {
  /** A column reference, e.g. `users.email`. */
  ref: string;
  direction: 'asc' | 'desc';
}

/** One page's request: at most `limit` rows after the row whose keys are `after` (in column order). */
export interface KeysetPage {
  limit: number;
  after?: readonly string[] | undefined;
}

export function afterKeyset<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  columns: readonly KeysetColumn[],
  after: readonly string[],
): Expression<SqlBool> {
  const alternatives = columns.map((column, index) => {
    const equal = columns.slice(0, index).map((earlier, i) => sql<SqlBool>`${sql.ref(earlier.ref)} = ${after[i]}`);
    const beyond =
      column.direction === 'asc'
        ? sql<SqlBool>`${sql.ref(column.ref)} > ${after[index]}`
        : sql<SqlBool>`${sql.ref(column.ref)} < ${after[index]}`;
    return eb.and([...equal, beyond]);
  });
  return eb.or(alternatives);
}
