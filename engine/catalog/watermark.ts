/**
 * Reading the bounded out-of-orderness out of a watermark expression: `ts - INTERVAL '5'
 * SECOND` has a delay of 5000 ms, a bare `ts` (strictly ascending) a delay of 0,
 * `SOURCE_WATERMARK()` a fixed small one. Anything
 * else (a function call, arithmetic on other columns) has no known delay.
 */
import { quoteIdentifierIfNeeded } from './model';

const UNIT_MS: Readonly<Record<string, number>> = {
  MILLISECOND: 1,
  SECOND: 1000,
  MINUTE: 60_000,
  HOUR: 3_600_000,
  DAY: 86_400_000,
};

function unquote(identifier: string): string {
  return identifier.startsWith('`') ? identifier.slice(1, -1).replace(/``/g, '`') : identifier;
}

/**
 * The bound `SOURCE_WATERMARK()` stands for: the source's own watermark, which for a Kafka
 * topic is each partition's highest record timestamp less this (Confluent's default watermark
 * never waits less than 50 ms; Tideline keeps that fixed bound instead of learning one from a
 * histogram of observed delays).
 */
export const SOURCE_WATERMARK_DELAY_MS = 50;

/**
 * The delay in milliseconds when `expression` is `column`, `column - INTERVAL 'n' UNIT` or
 * `SOURCE_WATERMARK()` (SOURCE_WATERMARK_DELAY_MS).
 */
export function watermarkDelayMs(column: string, expression: string): number | undefined {
  if (/^\s*SOURCE_WATERMARK\s*\(\s*\)\s*$/i.test(expression)) return SOURCE_WATERMARK_DELAY_MS;
  const m = /^\s*(`(?:[^`]|``)+`|[A-Za-z_][A-Za-z0-9_$]*)\s*(?:-\s*INTERVAL\s+'\s*(\d+(?:\.\d+)?)\s*'\s+([A-Za-z]+)(?:\s*\(\s*\d+\s*\))?)?\s*$/i.exec(
    expression,
  );
  if (!m || unquote(m[1]) !== column) return undefined;
  if (m[2] === undefined) return 0;
  let unit = m[3].toUpperCase();
  if (unit.endsWith('S') && UNIT_MS[unit.slice(0, -1)] !== undefined) unit = unit.slice(0, -1);
  const perUnit = UNIT_MS[unit];
  if (perUnit === undefined) return undefined;
  return Math.round(Number(m[2]) * perUnit);
}

/** `column - INTERVAL 'n' SECOND`, the expression a watermark with this delay is written as. */
export function watermarkExpression(column: string, delayMs: number): string {
  const quoted = quoteIdentifierIfNeeded(column);
  return delayMs === 0 ? quoted : `${quoted} - INTERVAL '${delayMs / 1000}' SECOND`;
}
