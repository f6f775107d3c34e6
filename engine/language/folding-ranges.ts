/**
 * Folding ranges: statements spanning lines, parenthesized blocks spanning lines (column lists,
 * WITH options, subqueries), block comments, and `-- region` / `-- endregion` markers. Lines are
 * 0-based; a fold hides startLine+1..endLine.
 */
import { lexTokens, T } from './lex';
import type { LanguageDocument } from './language-document';

export type FoldingKind = 'region' | 'comment' | 'block';

export interface LanguageFoldingRange {
  readonly startLine: number;
  readonly endLine: number;
  readonly kind: FoldingKind;
}

const REGION = /^--\s*#?region\b/i;
const END_REGION = /^--\s*#?endregion\b/i;

export function foldingRanges(doc: LanguageDocument): LanguageFoldingRange[] {
  const text = doc.text;
  const out: LanguageFoldingRange[] = [];
  const line = (offset: number): number => doc.positionAt(offset).line;
  const add = (startLine: number, endLine: number, kind: FoldingKind): void => {
    if (endLine > startLine) out.push({ startLine, endLine, kind });
  };

  for (const stmt of doc.statements) add(stmt.range.start.line, stmt.range.end.line, 'block');

  const opens: number[] = [];
  const regions: number[] = [];
  for (const t of lexTokens(text)) {
    switch (t.type) {
      case T.LPAREN:
        opens.push(t.start);
        break;
      case T.RPAREN: {
        const open = opens.pop();
        // the closing line stays visible: `(` ... `)` folds to the line before `)`
        if (open !== undefined) add(line(open), line(t.start) - 1, 'block');
        break;
      }
      case T.BLOCK_COMMENT:
      case T.UNTERMINATED_BLOCK_COMMENT:
        add(line(t.start), line(t.end), 'comment');
        break;
      case T.LINE_COMMENT: {
        const body = text.slice(t.start, t.end);
        if (REGION.test(body)) regions.push(line(t.start));
        else if (END_REGION.test(body)) {
          const start = regions.pop();
          if (start !== undefined) add(start, line(t.start), 'region');
        }
        break;
      }
    }
  }
  out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  return out.filter((r, i) => i === 0 || r.startLine !== out[i - 1].startLine || r.endLine !== out[i - 1].endLine);
}
