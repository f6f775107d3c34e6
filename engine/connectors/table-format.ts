/**
 * The format of a table: the `format` option (or `value.format` / `key.format` for topics)
 * picks a FormatFactory, and the options written `<format>.<key>` (or `value.<format>.<key>`)
 * are handed to it with the prefix removed.
 */
import type { TableContext } from './api';
import { Options } from './options';
import { getFormat, allFormats } from '../formats/registry';
import type { FormatFactory } from '../formats/format';

export interface ResolvedFormat {
  readonly factory: FormatFactory;
  readonly options: Options;
}

/** Resolves `<prefix>format` (prefix '' or 'value.' / 'key.'); `fallback` when the option is absent. */
export function resolveFormat(ctx: TableContext, prefix = '', fallback?: string): ResolvedFormat {
  const o = Options.of(ctx);
  const key = `${prefix}format`;
  const name = o.string(key) ?? fallback;
  if (name === undefined) throw o.bad(key, undefined, `a format: ${allFormats().map((f) => `'${f.identifier}'`).join(', ')}`);
  const factory = getFormat(name);
  if (factory === undefined) throw o.bad(key, name, `one of ${allFormats().map((f) => `'${f.identifier}'`).join(', ')}`);
  return { factory, options: o.withPrefix(`${prefix}${factory.identifier}.`) };
}
