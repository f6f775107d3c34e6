/** Functions about the session (Flink docs: "Catalog Functions"); Flink 2.2 has CURRENT_DATABASE() but no CURRENT_CATALOG. */

import { T } from '../../logical-type';
import { define } from '../define';
import type { FunctionDef } from '../model';

export const SESSION_FUNCTIONS: readonly FunctionDef[] = [
  define({
    name: 'CURRENT_DATABASE',
    category: 'misc',
    sig: '',
    returns: T.string(false),
    nullability: 'never',
    description: 'The name of the current database (set by USE or the file directive).',
    example: 'SELECT CURRENT_DATABASE()',
  }),
];
