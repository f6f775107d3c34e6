/**
 * "Did you mean …?" suggestions for every layer (keywords, tables, columns, functions,
 * connector options). Damerau-Levenshtein distance (a swap of two neighbours counts as one
 * edit, so FORM -> FROM is one edit), case-insensitive.
 */

export function editDistance(a: string, b: string, max = Infinity): number {
  return lowerDistance(a.toLowerCase(), b.toLowerCase(), max);
}

// Rows of the distance table, reused across calls (suggest runs over thousands of names).
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

const counts = new Int32Array(65536);

/**
 * A lower bound of the distance in O(n + m): each edit (insert, delete, substitute, swap)
 * changes the two strings' character counts by at most two, so the distance is at least half
 * the sum of the count differences. Rules out most names of a large catalog without the table.
 */
function histogramBound(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i)]!++;
  for (let i = 0; i < b.length; i++) counts[b.charCodeAt(i)]!--;
  let diff = 0;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    diff += Math.abs(counts[c]!);
    counts[c] = 0;
  }
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    diff += Math.abs(counts[c]!);
    counts[c] = 0;
  }
  return Math.ceil(diff / 2);
}

/** editDistance of strings already lower-cased. */
function lowerDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = a.length;
  const m = b.length;
  if (max < Infinity && histogramBound(a, b) > max) return max + 1;
  if (rows[0]!.length <= m) rows = [new Int32Array(m + 1), new Int32Array(m + 1), new Int32Array(m + 1)];
  let [prev2, prev, cur] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = prev[j]! + 1;
      const left = cur[j - 1]! + 1;
      if (left < v) v = left;
      const diag = prev[j - 1]! + (ai === bj ? 0 : 1);
      if (diag < v) v = diag;
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        const swap = prev2[j - 2]! + 1;
        if (swap < v) v = swap;
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[m]!;
}

/** A bit per character class (code unit mod 31): an edit changes at most two bits of it. */
function charMask(s: string): number {
  let m = 0;
  for (let i = 0; i < s.length; i++) m |= 1 << (s.charCodeAt(i) % 31);
  return m;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** A candidate list prepared once: lower-cased, masked, repeats (case-insensitive) dropped. */
interface Prepared {
  readonly names: readonly string[];
  readonly lower: readonly string[];
  readonly masks: Int32Array;
}

function prepare(candidates: Iterable<string>): Prepared {
  const names: string[] = [];
  const lower: string[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    const key = c.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(c);
    lower.push(key);
  }
  return { names, lower, masks: Int32Array.from(lower, charMask) };
}

/**
 * Frozen candidate lists (the catalog's cached listings) asked about a second time are prepared
 * and kept: a file with thousands of unknown names asks for suggestions among the same hundreds
 * of tables again and again. A list asked about once (a view that changes with every CREATE of a
 * file) is scanned directly: preparing it would cost more than the one scan.
 */
const preparedLists = new WeakMap<readonly string[], Prepared | 'seen'>();

function preparedIfReused(candidates: Iterable<string>): Prepared | undefined {
  if (!Array.isArray(candidates) || !Object.isFrozen(candidates)) return undefined;
  const list = candidates as readonly string[];
  const p = preparedLists.get(list);
  if (p === undefined) {
    preparedLists.set(list, 'seen');
    return undefined;
  }
  if (p !== 'seen') return p;
  const fresh = prepare(list);
  preparedLists.set(list, fresh);
  return fresh;
}

/**
 * The candidates close enough to `word` to be worth suggesting, best first. "Close enough"
 * scales with length: one edit for short words, up to a third of the word for long ones.
 */
export function suggest(word: string, candidates: Iterable<string>, limit = 3): string[] {
  const budget = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  const lower = word.toLowerCase();
  const scored: { c: string; d: number }[] = [];
  const p = preparedIfReused(candidates);
  if (p) {
    const mask = charMask(lower);
    const { names, lower: keys, masks } = p;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      // Most names of a large catalog differ in length by more than the budget, or in the
      // characters they use by more edits than it: rule them out before the distance table.
      if (Math.abs(key.length - lower.length) > budget || popcount(masks[i]! ^ mask) > 2 * budget || key === lower) continue;
      const d = lowerDistance(lower, key, budget);
      if (d <= budget) scored.push({ c: names[i]!, d });
    }
  } else {
    const seen = new Set<string>();
    for (const c of candidates) {
      if (Math.abs(c.length - lower.length) > budget) continue;
      const key = c.toLowerCase();
      if (seen.has(key) || key === lower) continue;
      seen.add(key);
      const d = lowerDistance(lower, key, budget);
      if (d <= budget) scored.push({ c, d });
    }
  }
  scored.sort((x, y) => x.d - y.d || x.c.length - y.c.length || x.c.localeCompare(y.c));
  return scored.slice(0, limit).map((s) => s.c);
}

/** ", did you mean X?" / ", did you mean X or Y?", or "" when nothing is close. */
export function didYouMeanSuffix(word: string, candidates: Iterable<string>): string {
  const s = suggest(word, candidates, 2);
  if (s.length === 0) return '';
  return `, did you mean ${s.map((x) => `'${x}'`).join(' or ')}?`;
}
