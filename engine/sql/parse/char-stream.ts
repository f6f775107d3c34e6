/**
 * The lexer's input. antlr4ng's CharStream.fromString copies the text into an array of code
 * points (one step per character, for every statement) and builds each token's text back from
 * it one code point at a time. Text without surrogate pairs (nearly all SQL) has one code point
 * per UTF-16 unit, so this stream reads the string itself: same indices, same symbols, same
 * token texts. Text with an astral character goes through antlr4ng's own stream.
 */
import { CharStream, IntStream, type Interval } from 'antlr4ng';

class StringCharStream implements CharStream {
  name = '';
  index = 0;
  readonly size: number;

  constructor(private readonly text: string) {
    this.size = text.length;
  }

  reset(): void {
    this.index = 0;
  }

  consume(): void {
    if (this.index >= this.size) throw new Error('cannot consume EOF');
    this.index += 1;
  }

  LA(offset: number): number {
    if (offset === 0) return 0;
    const pos = this.index + (offset < 0 ? offset : offset - 1);
    return pos < 0 || pos >= this.size ? IntStream.EOF : this.text.charCodeAt(pos);
  }

  mark(): number {
    return -1;
  }

  release(_marker: number): void {
    // the whole text is in memory
  }

  seek(index: number): void {
    this.index = index <= this.index ? index : Math.min(index, this.size);
  }

  getTextFromRange(start: number, stop?: number): string {
    if (start >= this.size) return '';
    const end = stop === undefined || stop >= this.size ? this.size : stop + 1;
    return this.text.slice(start, end);
  }

  getTextFromInterval(interval: Interval): string {
    return this.getTextFromRange(interval.start, interval.stop);
  }

  toString(): string {
    return this.text;
  }

  getSourceName(): string {
    return this.name || IntStream.UNKNOWN_SOURCE_NAME;
  }
}

function hasSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

/** A char stream over `text` for the generated lexer. */
export function charStream(text: string): CharStream {
  return hasSurrogate(text) ? CharStream.fromString(text) : new StringCharStream(text);
}
