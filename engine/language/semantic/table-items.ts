/**
 * Completion items for a table slot: CTEs in scope, then the tables and views of the current
 * database (or of the typed `database.` / `catalog.database.`), then databases, then catalogs.
 * Read from the catalog view synchronously (the file's earlier CREATE TABLE/VIEW included).
 */
import type { Range } from '../../diagnostic';
import type { ProviderSnapshot } from '../../catalog/snapshot';
import type { CurrentContext } from '../../catalog/resolve';
import { tableNameCandidates, type CandidateKind } from '../../catalog/listing';
import { quoteIdentifierIfNeeded } from '../../catalog/model';
import type { LanguageCompletionItem } from '../completion/completion-item';

const RANK: Record<CandidateKind, string> = { table: '0b', view: '0b', database: '0c', catalog: '0d' };

export function tableItems(
  view: ProviderSnapshot,
  qualifier: readonly string[],
  current: CurrentContext,
  ctes: readonly string[],
  range: Range,
): LanguageCompletionItem[] {
  const out: LanguageCompletionItem[] = [];
  if (qualifier.length === 0) {
    for (const name of ctes) {
      out.push({ label: name, kind: 'table', detail: 'WITH query', insertText: quoteIdentifierIfNeeded(name), range, sortText: `0a${name}` });
    }
  }
  tableNameCandidates(view, qualifier, current).forEach((c, i) => {
    const status = c.status ? ` (${c.status.state})` : '';
    out.push({
      label: c.label,
      kind: c.kind === 'view' ? 'table' : c.kind,
      detail: `${c.kind} ${c.path.join('.')}${status}`,
      ...(c.object?.comment ? { documentation: c.object.comment } : {}),
      insertText: c.insertText,
      range,
      sortText: `${RANK[c.kind]}${String(i).padStart(5, '0')}`,
    });
  });
  return out;
}
