// ESLint (flat config) for the dashboard's source, scripts and tests; `npm run lint`, run by the
// Maven build (dashboard/pom.xml). Generated and third-party files are not ours to lint.
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['dist/', 'node_modules/', 'src/generated/', 'test-results/', 'test/generated/'] },
  js.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Playwright fixtures take their dependencies as an object pattern, which may be empty.
      'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-var': 'error',
      'prefer-const': 'error',
      'no-implicit-globals': 'error',
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'Data is never parsed as HTML: build nodes with h() (src/dom.js).' },
        { property: 'outerHTML', message: 'Data is never parsed as HTML: build nodes with h() (src/dom.js).' },
        { property: 'insertAdjacentHTML', message: 'Data is never parsed as HTML: build nodes with h() (src/dom.js).' }],
    },
  },
  {
    files: ['src/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['scripts/**/*.mjs', 'test/**/*.mjs', '*.config.js'],
    languageOptions: { globals: globals.node },
  },
  {
    // Code passed to page.evaluate() runs in the browser.
    files: ['test/browser/**/*.mjs', 'scripts/bench.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
];
