import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { PAGE_REACHABLE_FILES, trustedInput } from './eslint-rules/trusted-input.js';

/** HTML-string and code-string sinks: a hostile page must never reach one, so none may exist. */
const UNSAFE_SINKS = [
  {
    selector:
      'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
    message: 'Render with Preact; never assign HTML strings.',
  },
  {
    selector:
      'CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment)$/]',
    message: 'Render with Preact; never parse HTML strings.',
  },
  {
    selector:
      'CallExpression[callee.object.name="document"][callee.property.name=/^(write|writeln)$/]',
    message: 'document.write parses HTML strings.',
  },
  {
    selector: 'JSXAttribute[name.name="dangerouslySetInnerHTML"]',
    message: 'Render with Preact children, not HTML strings.',
  },
];

export default tseslint.config(
  {
    ignores: [
      '.output/',
      '.wxt/',
      '.reports/',
      '.cache/',
      'out/',
      'node_modules/',
      '.stryker-tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': ['error', ...UNSAFE_SINKS],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Only trusted input drives our UI: a page can dispatch any event (see the rule's file).
    files: PAGE_REACHABLE_FILES,
    plugins: { kc: { rules: { 'trusted-input': trustedInput } } },
    rules: { 'kc/trusted-input': 'error' },
  },
);
