/**
 * How values of each logical type are held at run time, in rows, state, results and on the
 * JSON-RPC wire. Every layer that touches row values (connectors, compiled expressions,
 * state, result materialization) follows this table; nothing else is allowed.
 *
 * | logical type                  | JS value                                              |
 * |-------------------------------|-------------------------------------------------------|
 * | any, when NULL                | `null`                                                |
 * | BOOLEAN                       | `boolean`                                             |
 * | TINYINT, SMALLINT, INTEGER    | `number` (integral, wrapped to the type's width)      |
 * | BIGINT                        | `number` (exact up to ±2^53; see note)                |
 * | FLOAT, DOUBLE                 | `number`                                              |
 * | DECIMAL(p, s)                 | `number`, rounded HALF_UP to scale s (see note)       |
 * | CHAR, VARCHAR / STRING        | `string`                                              |
 * | BINARY, VARBINARY / BYTES     | `Uint8Array`                                          |
 * | DATE                          | `number`: days since 1970-01-01                       |
 * | TIME(p)                       | `number`: milliseconds of the day                     |
 * | TIMESTAMP(p), TIMESTAMP_LTZ(p)| `number`: epoch milliseconds (UTC for TIMESTAMP)      |
 * | INTERVAL DAY TO SECOND family | `number`: milliseconds                                |
 * | INTERVAL YEAR TO MONTH family | `number`: months                                      |
 * | ARRAY<T>                      | `Array` of T values                                   |
 * | MULTISET<T>                   | `Map<T value, count>`                                 |
 * | MAP<K, V>                     | `Map<K value, V value>`                               |
 * | ROW<...>                      | `Array` of field values, positional                   |
 * | VARIANT                       | the JSON value: objects as `Map<string, Value>`, arrays as `Array` |
 *
 * Notes. BIGINT and DECIMAL use doubles for speed (the engine's per-row budget is a few
 * nanoseconds); values beyond 2^53 or beyond 15 significant digits are approximate, and the
 * differential tests against Flink stay inside that range. Timestamps keep millisecond
 * precision at run time whatever p is declared; p still drives typing and printing.
 */

export type Value =
  | null
  | boolean
  | number
  | string
  | Uint8Array
  | Value[]
  | Map<Value, Value>;

export const MS_PER_DAY = 86_400_000;

/** The bounds of Flink's integer types, as the numbers that hold them (BIGINT's as doubles, see above). */
export const INTEGER_RANGE: Readonly<Record<'TINYINT' | 'SMALLINT' | 'INTEGER' | 'BIGINT', readonly [number, number]>> = {
  TINYINT: [-128, 127],
  SMALLINT: [-32768, 32767],
  INTEGER: [-2147483648, 2147483647],
  BIGINT: [-9223372036854775808, 9223372036854775807],
};
