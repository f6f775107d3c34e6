/**
 * Offset <-> line/character conversion over a text. Delegates to vscode-languageserver-textdocument
 * (its lazily built line-start table and binary search are exactly what is needed), so there is
 * one implementation of the idea, shared with the language server's documents.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from '../../diagnostic';

export interface LineIndex {
  /** 0-based line/character (UTF-16) of an offset; offsets are clamped to the text. */
  positionAt(offset: number): Position;
  /** Offset of a position; positions past a line's end clamp to that line's end. */
  offsetAt(position: Position): number;
  readonly lineCount: number;
}

export function lineIndex(text: string): LineIndex {
  return TextDocument.create('tideline:text', 'flinksql', 0, text);
}

/** One-shot conversions; build a `lineIndex` when converting more than once over the same text. */
export function positionAt(text: string, offset: number): Position {
  return lineIndex(text).positionAt(offset);
}

export function offsetAt(text: string, position: Position): number {
  return lineIndex(text).offsetAt(position);
}
