// Lint rules. The layering rule is the one that matters most: engine/ never imports
// from server/ or client/ (adapters depend on the engine, never the other way).
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', 'engine/sql/generated/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/server/**', '**/client/**', 'vscode'], message: 'engine/ must not depend on server/, client/ or vscode: adapters depend on the engine, never the reverse.' },
        ],
      }],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/client/**', 'vscode'], message: 'server/ is a language server: it must not depend on client/ or the vscode API.' },
        ],
      }],
    },
  },
);
