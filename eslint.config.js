import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // User text must never become markup.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text, never HTML.',
        },
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Render text, never HTML.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'webextension-polyfill',
              message: "Import { browser } from 'wxt/browser' (browser adapters only).",
            },
          ],
        },
      ],
    },
  },
  {
    // The UI and the pure logic never reach the extension APIs. Only browser adapters do: a feature's
    // `*.browser.ts` (its storage and services) and `*.background.ts` (what the background registers),
    // the shared services in lib/platform, and the entrypoints.
    files: ['components/**', 'lib/**'],
    ignores: ['lib/platform/**', 'lib/**/*.browser.ts', 'lib/**/*.background.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'wxt/browser',
              message:
                'Only browser adapters (*.browser.ts, *.background.ts, lib/platform) talk to the browser.',
            },
            {
              name: '@wxt-dev/browser',
              message:
                'Only browser adapters (*.browser.ts, *.background.ts, lib/platform) talk to the browser.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        {
          name: 'chrome',
          message: 'Only browser adapters (*.browser.ts, *.background.ts, lib/platform) talk to the browser.',
        },
      ],
    },
  },
  {
    // Views and stores take the browser through the platform they are handed (StoreContext), so a
    // component test runs them on the fake browser: they may name an adapter's types, never load it.
    // (components/app/mount.tsx loads the platform with import(), which is where pages wire it.)
    files: ['components/**', 'lib/**/*-store.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/*.browser', '**/*.background'],
              allowTypeImports: true,
              message:
                'Views and stores get the browser from the platform (StoreContext), not from an adapter.',
            },
          ],
        },
      ],
    },
  },
);
