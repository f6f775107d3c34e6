/**
 * Maps offsets inside one statement's text to document offsets and LSP positions. ANTLR counts
 * code points; LSP counts UTF-16 units: the two differ only after an astral character, so the
 * conversion table is built only when the text has one.
 */
import type { Position, Range } from '../../diagnostic';

export class SourceMap {
  private readonly lineStarts: number[] = [0];
  /** UTF-16 offset of each code point index, when the text has surrogate pairs. */
  private readonly unitOfCodePoint: Uint32Array | undefined;

  constructor(
    readonly text: string,
    private readonly baseOffset = 0,
    private readonly basePosition: Position = { line: 0, character: 0 },
  ) {
    let astral = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.lineStarts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.lineStarts.push(i + 1);
      else if (c >= 0xd800 && c <= 0xdbff) astral = true;
    }
    if (astral) {
      const map: number[] = [];
      let unit = 0;
      for (const ch of text) {
        map.push(unit);
        unit += ch.length;
      }
      map.push(unit);
      this.unitOfCodePoint = Uint32Array.from(map);
    }
  }

  /** UTF-16 offset (within the statement text) of an ANTLR code-point index. */
  unit(codePointIndex: number): number {
    const m = this.unitOfCodePoint;
    if (!m) return codePointIndex;
    return m[Math.min(Math.max(codePointIndex, 0), m.length - 1)];
  }

  /** Document offset of a statement-relative UTF-16 offset. */
  offset(unit: number): number {
    return this.baseOffset + unit;
  }

  /** Document position of a statement-relative UTF-16 offset. */
  position(unit: number): Position {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= unit) lo = mid;
      else hi = mid - 1;
    }
    const character = unit - starts[lo];
    return lo === 0
      ? { line: this.basePosition.line, character: this.basePosition.character + character }
      : { line: this.basePosition.line + lo, character };
  }

  range(startUnit: number, endUnit: number): Range {
    return { start: this.position(startUnit), end: this.position(endUnit) };
  }
}
