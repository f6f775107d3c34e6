/**
 * What completion produces and the hook semantic providers plug into. The syntax layer finds the
 * *slots* open at the cursor (a table name, a column, a function) from the grammar; a provider
 * (the analyzer with the catalog, later) turns slots into items. Positions are document positions.
 */
import type { Range } from '../../diagnostic';
import type { LanguageDocument } from '../language-document';

export type CompletionItemKind = 'keyword' | 'snippet' | 'function' | 'property' | 'value' | 'table' | 'column' | 'catalog' | 'database';

export interface LanguageCompletionItem {
  readonly label: string;
  readonly kind: CompletionItemKind;
  /** One line shown next to the label (a signature, an option's type). */
  readonly detail?: string;
  /** Plain-text or markdown documentation. */
  readonly documentation?: string;
  /** Text to insert; the label when absent. */
  readonly insertText?: string;
  /** `insertText` uses snippet syntax ($1, ${1:name}). */
  readonly snippet?: boolean;
  /** The document range the item replaces (the word being typed). */
  readonly range: Range;
  readonly sortText?: string;
  /** Text the editor filters against (the label when absent). */
  readonly filterText?: string;
}

/**
 * A place in the statement where a name goes, by its grammar role:
 * - `table`: a table path (FROM, INSERT INTO, CREATE TABLE ..., LIKE ...);
 * - `column`: an expression position (a column, or `qualifier.` + column);
 * - `function`: a function call (`tableFunction` true in FROM: table functions only).
 */
export type CompletionSlot =
  | { readonly kind: 'table'; readonly rules: readonly string[] }
  | { readonly kind: 'column'; readonly qualifier?: string; readonly rules: readonly string[] }
  | { readonly kind: 'function'; readonly tableFunction: boolean; readonly rules: readonly string[] };

export interface CompletionContext {
  /** The statement text from its start to the cursor. */
  readonly statementPrefix: string;
  /** The whole statement under the cursor (what follows the cursor too: a FROM after a SELECT list). */
  readonly statementText: string;
  /** Document offset where `statementText` begins (the cursor is at this + statementPrefix.length). */
  readonly statementOffset: number;
  /** The word being typed before the cursor ('' when none). */
  readonly word: string;
  /** What the item replaces. */
  readonly replaceRange: Range;
  readonly slots: readonly CompletionSlot[];
  /** The document (semantic providers read earlier USE and CREATE statements from it). */
  readonly document?: LanguageDocument;
}

/** Adds items for a context; semantic layers register one (tables, columns from the catalog). */
export type CompletionProvider = (context: CompletionContext) => readonly LanguageCompletionItem[];
