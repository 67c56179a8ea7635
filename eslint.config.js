// @ts-check
/**
 * Lint: the rules that guard against defects we have had, not a style guide (formatting is left to the editor).
 * - No spreading an array into a call's arguments: `a.push(...b)` or `Math.max(...b)` puts every element on the stack
 *   and throws "Maximum call stack size exceeded" past ~100,000 elements (a hostile upload, the bulk corpus). Use
 *   pushAll / maxOf from server/large-arrays.ts. Spreading a literal tuple (`f(...[a, b])`) is still allowed.
 * - typescript-eslint's recommended rules, and React's rules of hooks in the client.
 */
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default [
  { ignores: ['node_modules/', 'client/dist/', 'dist/', 'build/', '.scratch/', 'coverage/', 'tests/fixtures/binary/*.docx', 'tests/fixtures/binary/*.pdf'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression > SpreadElement:not([argument.type="ArrayExpression"])',
          message: 'Spreading an array into a call overflows the stack on large arrays: use pushAll / maxOf (server/large-arrays.ts).',
        },
        {
          selector: 'NewExpression > SpreadElement:not([argument.type="ArrayExpression"])',
          message: 'Spreading an array into a call overflows the stack on large arrays.',
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
];
