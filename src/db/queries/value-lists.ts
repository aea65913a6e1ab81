/**
 * A column matched against a list of values the user gave (`authority=us,eu,...`).
 * D1 binds at most 100 parameters to one statement, so a long list is bound as one JSON array
 * and read back with `json_each`; short lists stay a plain `IN (?, ?)`, which SQLite plans as
 * index lookups directly.
 */
import { inArray, sql, type Column, type SQL } from 'drizzle-orm'

// Short enough that every list filter of a view together stays far below D1's 100 parameters.
const BOUND_ONE_BY_ONE = 8

export function inValues(column: Column, values: string[]): SQL {
  if (values.length <= BOUND_ONE_BY_ONE) return inArray(column, values)
  return sql`${column} in (select value from json_each(${JSON.stringify(values)}))`
}
