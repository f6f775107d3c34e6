/** A statement that failed: where (file:line) and why, in plain words. */
export class StatementError extends Error {
  override readonly name = 'StatementError';

  constructor(
    readonly location: string,
    readonly reason: string,
  ) {
    super(`${location}: ${reason}`);
  }
}

/** 1-based line of an offset in text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
