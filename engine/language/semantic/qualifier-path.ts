/**
 * The dotted name typed before the word at the cursor: `examples.marketplace.` + `or` gives
 * ['examples', 'marketplace']; backticked parts are unquoted (`` `my db`. `` gives ['my db']).
 */
const PATH_TAIL = /((?:(?:`(?:[^`]|``)*`|[A-Za-z_$][\w$]*)\s*\.\s*)+)$/;
const PART = /`((?:[^`]|``)*)`|([A-Za-z_$][\w$]*)/g;

export function qualifierPath(prefixBeforeWord: string): string[] {
  const m = PATH_TAIL.exec(prefixBeforeWord);
  if (!m) return [];
  const out: string[] = [];
  for (const p of m[1].matchAll(PART)) out.push(p[1] !== undefined ? p[1].replace(/``/g, '`') : p[2]);
  return out;
}
