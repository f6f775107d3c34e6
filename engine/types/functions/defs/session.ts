/** Functions about the session: the current catalog and database (Flink docs: "Catalog Functions"). */

import { T } from '../../logical-type';
import { define } from '../define';
import type { FunctionDef } from '../model';

export const SESSION_FUNCTIONS: readonly FunctionDef[] = [
  define({
    name: 'CURRENT_CATALOG',
    category: 'misc',
    sig: '',
    returns: T.string(false),
    nullability: 'never',
    description: 'The name of the current catalog (set by USE CATALOG or the file directive).',
    example: 'SELECT CURRENT_CATALOG()',
  }),
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
