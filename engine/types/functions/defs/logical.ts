/** Boolean logic (Flink docs: "Logical Functions"). */

import { T } from '../../logical-type';
import { define } from '../define';
import type { FunctionDef } from '../model';

const truth = (name: string, description: string, example: string): FunctionDef =>
  define({
    name,
    kind: 'operator',
    category: 'logical',
    sig: 'value BOOLEAN',
    syntax: `boolean ${name}`,
    returns: T.boolean(false),
    nullability: 'never',
    description,
    example,
  });

export const LOGICAL_FUNCTIONS: readonly FunctionDef[] = [
  define({
    name: 'OR',
    kind: 'operator',
    category: 'logical',
    sig: 'left BOOLEAN, right BOOLEAN',
    syntax: 'boolean1 OR boolean2',
    returns: T.boolean(),
    description: 'TRUE when either side is TRUE; NULL when neither is TRUE and one is NULL.',
    example: "is_vip OR total > 1000",
  }),
  define({
    name: 'AND',
    kind: 'operator',
    category: 'logical',
    sig: 'left BOOLEAN, right BOOLEAN',
    syntax: 'boolean1 AND boolean2',
    returns: T.boolean(),
    description: 'TRUE when both sides are TRUE; FALSE when either is FALSE; otherwise NULL.',
    example: "country = 'DE' AND qty > 0",
  }),
  define({
    name: 'NOT',
    kind: 'operator',
    category: 'logical',
    sig: 'value BOOLEAN',
    syntax: 'NOT boolean',
    returns: T.boolean(),
    description: 'Negates a boolean; NOT NULL is NULL.',
    example: 'NOT is_deleted',
  }),
  truth('IS FALSE', 'TRUE only when the value is FALSE (NULL gives FALSE).', 'is_active IS FALSE'),
  truth('IS NOT FALSE', 'TRUE when the value is TRUE or NULL.', 'opted_out IS NOT FALSE'),
  truth('IS TRUE', 'TRUE only when the value is TRUE (NULL gives FALSE).', 'verified IS TRUE'),
  truth('IS NOT TRUE', 'TRUE when the value is FALSE or NULL.', 'verified IS NOT TRUE'),
  truth('IS UNKNOWN', 'TRUE when the boolean is NULL.', '(a > b) IS UNKNOWN'),
  truth('IS NOT UNKNOWN', 'TRUE when the boolean is TRUE or FALSE.', '(a > b) IS NOT UNKNOWN'),
];
