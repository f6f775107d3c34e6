/**
 * "Did you mean …?" suggestions for every layer (keywords, tables, columns, functions,
 * connector options). Damerau-Levenshtein distance (a swap of two neighbours counts as one
 * edit, so FORM -> FROM is one edit), case-insensitive.
 */

export function editDistance(a: string, b: string, max = Infinity): number {
  a = a.toLowerCase();
  b = b.toLowerCase();
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = a.length;
  const m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        v = Math.min(v, prev2[j - 2] + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m];
}

/**
 * The candidates close enough to `word` to be worth suggesting, best first. "Close enough"
 * scales with length: one edit for short words, up to a third of the word for long ones.
 */
export function suggest(word: string, candidates: Iterable<string>, limit = 3): string[] {
  const budget = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  const scored: { c: string; d: number }[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    const key = c.toLowerCase();
    if (seen.has(key) || key === word.toLowerCase()) continue;
    seen.add(key);
    const d = editDistance(word, c, budget);
    if (d <= budget) scored.push({ c, d });
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
