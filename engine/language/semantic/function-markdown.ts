/** The hover text of a built-in function: every signature, the description and the example. */
import { lookupFunction, signatureLabels, type FunctionDef } from '../../types/functions';

export function functionMarkdown(fn: FunctionDef): string {
  const out = ['```sql', ...signatureLabels(fn), '```', '', fn.description];
  if (fn.example) out.push('', `Example: \`${fn.example}\``);
  if (fn.deprecated) out.push('', '*Deprecated in Flink.*');
  return out.join('\n');
}

/** The function named `name` (any case, aliases included), when it is a named function (not an operator). */
export function namedFunction(name: string): FunctionDef | undefined {
  const fn = lookupFunction(name);
  return fn && fn.kind !== 'operator' ? fn : undefined;
}
