/**
 * What the view commands accept as their target: the tree element they were invoked on (from a
 * context menu or inline action), or plain values so tests and other commands can call them
 * without quick inputs (a statement or pool name, a catalog path); and how they fail: an error
 * message naming the action, never an unhandled rejection.
 */
import * as vscode from 'vscode';
import { errorText } from './engine-types';

/** A name from a string or from an element `{ name }`. */
export function nameArg(arg: unknown): string | undefined {
  if (typeof arg === 'string' && arg) return arg;
  if (typeof arg === 'object' && arg !== null && typeof (arg as { name?: unknown }).name === 'string') return (arg as { name: string }).name;
  return undefined;
}

/** A catalog path from a string array, a dotted string, or an element `{ path }`. */
export function pathArg(arg: unknown): string[] | undefined {
  const isPath = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string');
  if (isPath(arg)) return arg;
  if (typeof arg === 'object' && arg !== null && isPath((arg as { path?: unknown }).path)) return (arg as { path: string[] }).path;
  return undefined;
}

/** Options as the last argument, e.g. `{ confirmed: true }` to skip a modal confirmation. */
export function confirmedArg(arg: unknown): boolean {
  return typeof arg === 'object' && arg !== null && (arg as { confirmed?: unknown }).confirmed === true;
}

/** Wraps a command so a failure becomes an error message ("Tideline: Stop failed: ..."), and the command returns undefined. */
export function guarded(what: string, run: (...args: unknown[]) => Promise<unknown>): (...args: unknown[]) => Promise<unknown> {
  return async (...args) => {
    try {
      return await run(...args);
    } catch (err) {
      void vscode.window.showErrorMessage(`Tideline: ${what} failed: ${errorText(err)}`);
      return undefined;
    }
  };
}
