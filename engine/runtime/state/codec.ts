/**
 * Encodes operator state (plain objects, arrays, Maps, Sets, byte arrays, non-finite numbers)
 * into JSON-safe values and back, so checkpoints can be written as JSON and restored exactly.
 * Tagged forms: {$map: [[k, v], ...]}, {$set: [...]}, {$bytes: base64}, {$num: 'Infinity'},
 * {$undef: 1}, {$o: {...}} for plain objects (so user data can never look like a tag).
 */
export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export function encodeState(v: unknown): Json {
  if (v === null) return null;
  if (v === undefined) return { $undef: 1 };
  switch (typeof v) {
    case 'boolean':
    case 'string':
      return v;
    case 'number':
      return Number.isFinite(v) && !Object.is(v, -0) ? v : { $num: String(Object.is(v, -0) ? '-0' : v) };
    case 'object':
      break;
    default:
      throw new Error(`Cannot checkpoint a value of type ${typeof v}`);
  }
  if (Array.isArray(v)) return plainArray(v) ? v.slice() : v.map(encodeState);
  if (v instanceof Map) return { $map: [...v].map(([k, x]) => [encodeState(k), encodeState(x)]) };
  if (v instanceof Set) return { $set: [...v].map(encodeState) };
  if (v instanceof Uint8Array) return { $bytes: Buffer.from(v).toString('base64') };
  const o: { [k: string]: Json } = {};
  for (const [k, x] of Object.entries(v as object)) o[k] = encodeState(x);
  return { $o: o };
}

/** An array of strings, booleans, nulls and finite numbers other than -0: JSON as it is (the common state row). */
function plainArray(a: readonly unknown[]): a is Json[] {
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    if (x === null || typeof x === 'string' || typeof x === 'boolean') continue;
    if (typeof x === 'number' && Number.isFinite(x) && !Object.is(x, -0)) continue;
    return false;
  }
  return true;
}

export function decodeState(j: Json): unknown {
  if (j === null || typeof j !== 'object') return j;
  if (Array.isArray(j)) return j.map(decodeState);
  if ('$o' in j) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(j.$o as { [k: string]: Json })) out[k] = decodeState(x);
    return out;
  }
  if ('$map' in j) return new Map((j.$map as Json[][]).map(([k, x]) => [decodeState(k!), decodeState(x!)]));
  if ('$set' in j) return new Set((j.$set as Json[]).map(decodeState));
  if ('$bytes' in j) return new Uint8Array(Buffer.from(j.$bytes as string, 'base64'));
  if ('$num' in j) return j.$num === '-0' ? -0 : Number(j.$num);
  if ('$undef' in j) return undefined;
  throw new Error('Corrupt checkpoint: unknown state tag');
}
