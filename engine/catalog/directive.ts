/**
 * The per-file directive comment, which travels with the file in git:
 *
 *   -- tideline: catalog=examples database=marketplace pool=default
 *
 * It may sit anywhere in the file's leading comment block (blank lines, `--` comments and
 * `/* ... *\/` comments before the first statement), on one line or spread over several
 * (later values win). Values may be backticked (`` catalog=`my catalog` ``, a backtick inside
 * doubled) or quoted. Problems (unknown keys, missing values, stray text) become diagnostics
 * with ranges; the parser never throws.
 *
 * `directiveEdits` is the writer: the text edits that set or remove keys while keeping the
 * rest of the line as the user wrote it (the VS Code chips and commands use it).
 */
import type { Diagnostic, Range } from '../diagnostic';
import { range } from '../diagnostic';
import { suggest } from '../text/did-you-mean';

export const DIRECTIVE_KEYS = ['catalog', 'database', 'pool'] as const;
export type DirectiveKey = (typeof DIRECTIVE_KEYS)[number];
export type DirectiveValues = Partial<Record<DirectiveKey, string>>;

export const DIRECTIVE_SOURCE = 'tideline-directive';

export interface DirectiveEntry {
  readonly key: string;
  /** The value, unquoted. */
  readonly value: string;
  readonly keyRange: Range;
  readonly valueRange: Range;
  /** From the key to the end of the value. */
  readonly range: Range;
}

export interface DirectiveLine {
  readonly line: number;
  /** `--` line comment, or a line inside a block comment. */
  readonly style: 'line' | 'block';
  /** Where new entries are appended (after the last non-blank character of the directive). */
  readonly end: number;
  readonly entries: readonly DirectiveEntry[];
}

export interface FileDirective {
  /** Known keys with their (last) values. */
  readonly values: DirectiveValues;
  readonly lines: readonly DirectiveLine[];
  readonly diagnostics: readonly Diagnostic[];
}

export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

interface CommentPiece {
  readonly line: number;
  /** Character offset of `text` in the line. */
  readonly start: number;
  readonly text: string;
  readonly style: 'line' | 'block';
}

function splitLines(text: string): string[] {
  return text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

/** The comment text of the leading comment block, piece by piece (one per line). */
function leadingComments(lines: readonly string[]): CommentPiece[] {
  const out: CommentPiece[] = [];
  let inBlock = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    let pos = 0;
    while (pos <= line.length) {
      if (inBlock) {
        const close = line.indexOf('*/', pos);
        const end = close < 0 ? line.length : close;
        let start = pos;
        // A leading ` * ` of a block comment line is decoration.
        const deco = /^\s*\*(?!\/)\s?/.exec(line.slice(start, end));
        if (deco && start === 0) start += deco[0].length;
        out.push({ line: i, start, text: line.slice(start, end), style: 'block' });
        if (close < 0) break;
        inBlock = false;
        pos = close + 2;
        continue;
      }
      const rest = line.slice(pos);
      const ws = /^\s*/.exec(rest)![0].length;
      pos += ws;
      if (pos >= line.length) break;
      if (line.startsWith('--', pos)) {
        out.push({ line: i, start: pos + 2, text: line.slice(pos + 2), style: 'line' });
        break;
      }
      if (line.startsWith('/*', pos)) {
        inBlock = true;
        pos += 2;
        continue;
      }
      return out; // The first statement starts here.
    }
  }
  return out;
}

const KEY = /^[A-Za-z_][A-Za-z0-9_.-]*/;

/** Parses one directive body (the text after `tideline:`), starting at `offset` in `line`. */
function parseEntries(
  body: string,
  line: number,
  offset: number,
  diagnostics: Diagnostic[],
): DirectiveEntry[] {
  const entries: DirectiveEntry[] = [];
  let i = 0;
  const at = (a: number, b: number) => range(line, offset + a, line, offset + b);
  const problem = (code: string, message: string, r: Range, severity: Diagnostic['severity'] = 'warning') =>
    diagnostics.push({ range: r, severity, code: `directive/${code}`, message, source: DIRECTIVE_SOURCE });
  while (i < body.length) {
    while (i < body.length && /[\s,;]/.test(body[i])) i++;
    if (i >= body.length) break;
    const keyMatch = KEY.exec(body.slice(i));
    if (!keyMatch) {
      const end = body.slice(i).search(/[\s,;]/);
      const stop = end < 0 ? body.length : i + end;
      problem('malformed', `Expected key=value in the tideline directive, found '${body.slice(i, stop)}'`, at(i, stop));
      i = stop;
      continue;
    }
    const keyStart = i;
    const key = keyMatch[0];
    i += key.length;
    let j = i;
    while (j < body.length && body[j] === ' ') j++;
    if (body[j] !== '=') {
      problem('malformed', `Expected '=' and a value after '${key}' in the tideline directive`, at(keyStart, i));
      continue;
    }
    j++;
    let k = j;
    while (k < body.length && body[k] === ' ') k++;
    // `pool= database=x` is a missing value, not the value `database=x`.
    if (k === j || !/^[A-Za-z_][A-Za-z0-9_.-]*\s*=/.test(body.slice(k))) j = k;
    const valueStart = j;
    let value = '';
    const quote = body[j];
    if (quote === '`' || quote === "'" || quote === '"') {
      j++;
      let closed = false;
      while (j < body.length) {
        if (body[j] === quote) {
          if (body[j + 1] === quote) {
            value += quote;
            j += 2;
            continue;
          }
          closed = true;
          j++;
          break;
        }
        value += body[j++];
      }
      if (!closed) {
        problem('unterminated-quote', `The value of '${key}' has no closing ${quote}`, at(valueStart, j), 'error');
        i = j;
        continue;
      }
    } else {
      while (j < body.length && !/[\s,;]/.test(body[j])) value += body[j++];
    }
    i = j;
    if (value.length === 0) {
      problem('missing-value', `The tideline directive key '${key}' has no value`, at(keyStart, j), 'error');
      continue;
    }
    entries.push({ key, value, keyRange: at(keyStart, keyStart + key.length), valueRange: at(valueStart, j), range: at(keyStart, j) });
  }
  return entries;
}

export function parseDirective(text: string): FileDirective {
  const lines = splitLines(text);
  const diagnostics: Diagnostic[] = [];
  const directiveLines: DirectiveLine[] = [];
  const values: DirectiveValues = {};
  const seen = new Map<string, DirectiveEntry>();
  for (const piece of leadingComments(lines)) {
    const m = /^(\s*)tideline\s*:/i.exec(piece.text);
    if (!m) continue;
    const bodyOffset = piece.start + m[0].length;
    const body = piece.text.slice(m[0].length);
    const entries = parseEntries(body, piece.line, bodyOffset, diagnostics);
    const trimmedEnd = piece.start + piece.text.replace(/\s+$/, '').length;
    directiveLines.push({ line: piece.line, style: piece.style, end: trimmedEnd, entries });
    for (const e of entries) {
      if (!(DIRECTIVE_KEYS as readonly string[]).includes(e.key)) {
        const lower = e.key.toLowerCase();
        const sameCase = DIRECTIVE_KEYS.find((k) => k === lower);
        const close = sameCase ? [sameCase] : suggest(e.key, DIRECTIVE_KEYS, 1);
        diagnostics.push({
          range: e.keyRange,
          severity: 'warning',
          code: 'directive/unknown-key',
          message: `Unknown tideline directive key '${e.key}'${close.length ? `, did you mean '${close[0]}'?` : ''} Known keys: ${DIRECTIVE_KEYS.join(', ')}.`,
          source: DIRECTIVE_SOURCE,
          ...(close.length ? { fixes: [{ title: `Change to '${close[0]}'`, range: e.keyRange, newText: close[0] }] } : {}),
        });
        continue;
      }
      const previous = seen.get(e.key);
      if (previous) {
        diagnostics.push({
          range: previous.range,
          severity: 'warning',
          code: 'directive/duplicate-key',
          message: `'${e.key}' is set again later in the tideline directive; the last value wins`,
          source: DIRECTIVE_SOURCE,
        });
      }
      seen.set(e.key, e);
      values[e.key as DirectiveKey] = e.value;
    }
  }
  return { values, lines: directiveLines, diagnostics };
}

/** A value as written in a directive: bare when plain, backticked otherwise. */
export function formatDirectiveValue(value: string): string {
  return /^[A-Za-z0-9_.:/@+-]+$/.test(value) ? value : '`' + value.replace(/`/g, '``') + '`';
}

/**
 * The edits that set (a string) or remove (null) directive keys. An existing entry is
 * updated where it is written (its last occurrence); a new key is appended to the first `--`
 * directive line; without one, a directive line is inserted at the top of the file. A `--`
 * directive line left without entries is deleted. Returns no edits when nothing changes.
 */
export function directiveEdits(text: string, changes: Readonly<Record<string, string | null>>): TextEdit[] {
  const parsed = parseDirective(text);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const edits: TextEdit[] = [];
  const appends: string[] = [];
  const removedPerLine = new Map<number, number>();
  for (const [key, value] of Object.entries(changes)) {
    const occurrences = parsed.lines.flatMap((l) => l.entries.filter((e) => e.key === key).map((e) => ({ l, e })));
    if (value === null) {
      for (const { l, e } of occurrences) {
        removedPerLine.set(l.line, (removedPerLine.get(l.line) ?? 0) + 1);
        edits.push({ range: entryRemovalRange(text, e), newText: '' });
      }
      continue;
    }
    const last = occurrences[occurrences.length - 1];
    if (last) {
      // Earlier duplicates go away so the file says one thing.
      for (const { l, e } of occurrences.slice(0, -1)) {
        removedPerLine.set(l.line, (removedPerLine.get(l.line) ?? 0) + 1);
        edits.push({ range: entryRemovalRange(text, e), newText: '' });
      }
      if (last.e.value !== value) edits.push({ range: last.e.valueRange, newText: formatDirectiveValue(value) });
    } else {
      appends.push(`${key}=${formatDirectiveValue(value)}`);
    }
  }
  // Lines emptied by removals disappear entirely.
  const lines = splitLines(text);
  for (const l of parsed.lines) {
    if (l.style === 'line' && l.entries.length > 0 && removedPerLine.get(l.line) === l.entries.length) {
      const onlyDirective = /^\s*--\s*tideline\s*:/i.test(lines[l.line]);
      if (onlyDirective && appends.length === 0) {
        for (let k = edits.length - 1; k >= 0; k--) if (edits[k].range.start.line === l.line) edits.splice(k, 1);
        const end = l.line + 1 < lines.length ? range(l.line, 0, l.line + 1, 0) : range(l.line, 0, l.line, lines[l.line].length);
        edits.push({ range: end, newText: '' });
      }
    }
  }
  if (appends.length > 0) {
    // Not after an unterminated quote: it would swallow what is appended.
    const broken = new Set(parsed.diagnostics.filter((d) => d.code === 'directive/unterminated-quote').map((d) => d.range.start.line));
    const target = parsed.lines.find((l) => l.style === 'line' && !broken.has(l.line));
    if (target) {
      const pos = range(target.line, target.end, target.line, target.end);
      edits.push({ range: pos, newText: ' ' + appends.join(' ') });
    } else {
      edits.push({ range: range(0, 0, 0, 0), newText: `-- tideline: ${appends.join(' ')}${eol}` });
    }
  }
  return edits.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** The entry plus the blank before it (or after it, when it is the first on its line). */
function entryRemovalRange(text: string, e: DirectiveEntry): Range {
  const line = splitLines(text)[e.range.start.line];
  let start = e.range.start.character;
  let end = e.range.end.character;
  while (start > 0 && /[ \t,;]/.test(line[start - 1])) start--;
  if (start > 0 && line[start - 1] === ':') {
    // First entry after `tideline:` keeps one space before the next entry.
    start = e.range.start.character;
    while (end < line.length && /[ \t,;]/.test(line[end])) end++;
  }
  return range(e.range.start.line, start, e.range.start.line, end);
}

/** Applies non-overlapping edits to a text (tests and the CLI use it). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = (p: { line: number; character: number }) => (lineStarts[p.line] ?? text.length) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}
