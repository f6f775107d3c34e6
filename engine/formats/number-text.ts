/**
 * Numbers as Java prints them, so files written by Tideline read like files written by Flink:
 * DOUBLE/FLOAT as Double.toString (`1.0`, `1.0E7`, `1.5E-4`), DECIMAL with exactly its scale.
 */

/** Java's Double.toString for a double value. */
export function javaDouble(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return 'Infinity';
  if (n === -Infinity) return '-Infinity';
  if (n === 0) return Object.is(n, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(n);
  if (abs >= 1e-3 && abs < 1e7) {
    const s = String(n);
    return s.includes('.') ? s : s + '.0';
  }
  const [mant, exp] = n.toExponential().split('e');
  return `${mant.includes('.') ? mant : mant + '.0'}E${Number(exp)}`;
}

/** Java's Float.toString: the shortest decimal that reads back as the same float. */
export function javaFloat(v: number): string {
  if (!Number.isFinite(v) || v === 0) return javaDouble(v);
  for (let p = 1; p <= 9; p++) {
    const s = v.toPrecision(p);
    if (Math.fround(Number(s)) === v) return javaDouble(Number(s));
  }
  return javaDouble(v);
}

/** A DECIMAL value with exactly `scale` fraction digits, plain notation. */
export function decimalText(n: number, scale: number): string {
  if (Math.abs(n) < 1e21) return n.toFixed(scale);
  return BigInt(Math.round(n)).toString() + (scale > 0 ? '.' + '0'.repeat(scale) : '');
}

/** Rounds HALF_UP to `scale` digits (engine/types/values.ts: DECIMAL is a rounded number). */
export function roundDecimal(n: number, scale: number): number {
  const f = 10 ** scale;
  const r = Math.round(Number((Math.abs(n) * f).toPrecision(15))) / f;
  return n < 0 ? -r : r;
}
