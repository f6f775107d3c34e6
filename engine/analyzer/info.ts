/**
 * Look-ups over the semantic info of an analyzed statement, for IDE features: the name use at
 * a position (hover, definition) and the innermost SELECT scope around it (column completion).
 */
import type { Position } from '../diagnostic';
import { containsPosition, comparePositions } from '../diagnostic';
import type { NameUse, ScopeInfo, SemanticInfo } from './model';

/** The innermost name use whose range contains `at`. */
export function nameAt(info: SemanticInfo, at: Position): NameUse | undefined {
  let best: NameUse | undefined;
  for (const n of info.names) {
    if (!containsPosition(n.range, at)) continue;
    const later = best ? comparePositions(n.range.start, best.range.start) : 1;
    if (!best || later > 0 || (later === 0 && comparePositions(n.range.end, best.range.end) < 0)) best = n;
  }
  return best;
}

/** The innermost SELECT whose range contains `at`: its relations and the CTEs in scope. */
export function scopeAt(info: SemanticInfo, at: Position): ScopeInfo | undefined {
  let best: ScopeInfo | undefined;
  for (const s of info.scopes) {
    if (!containsPosition(s.range, at)) continue;
    if (!best || comparePositions(s.range.start, best.range.start) >= 0) best = s;
  }
  return best;
}
