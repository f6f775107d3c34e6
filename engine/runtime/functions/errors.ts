/**
 * Errors raised while evaluating expressions at run time (division by zero, a bad CAST, an
 * invalid regular expression). The compiled function attaches the text of the expression that
 * failed, so the user sees what broke, not a JS stack.
 */
export class ExpressionError extends Error {
  constructor(
    message: string,
    /** The failing expression as printed by engine/expr/print.ts, when known. */
    readonly expression?: string,
  ) {
    super(expression === undefined ? message : `${message} in expression: ${expression}`);
    this.name = 'ExpressionError';
  }
}

/** Raised inside function implementations; the compiled caller adds the expression text. */
export function fail(message: string): never {
  throw new ExpressionError(message);
}
