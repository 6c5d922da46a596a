/**
 * ESLint: correctness and the architecture's boundaries, nothing that Prettier already decides.
 *
 * - No import cycles (import-x/no-cycle).
 * - The contract (src-main/contract/) imports zod, @noble/hashes and itself only: no other module of ours, no
 *   node:*, Electron or TensorFlow.js, so every side (renderer, hosts, trainer) can share it.
 * - The renderer (src-renderer/) imports from src-main/contract/ only, never host code.
 * - The engine, store, data and export layers never import the hosts or the CLI above them.
 * - The wire format lives in the contract (src-main/contract/wire.ts), not in a host.
 */
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const WIRE = {
  group: ['**/hosts/wire', '**/hosts/wire.ts'],
  message: 'The wire format lives in src-main/contract/wire.ts.',
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'release/**',
      'test-results/**',
      'playwright-report/**',
      '.layerlab-data/**',
      '.venv-keras/**',
      'src-renderer/public/**',
      // Paraglide's generated message functions (npm run i18n).
      'src-main/contract/messages/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.mjs'] })],
      // Only these are parsed when following imports, with the TypeScript parser (not the parser of
      // the importing file, which for a component is Svelte's); .svelte components are leaves.
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.js', '.mjs'] },
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-restricted-imports': ['error', { patterns: [WIRE] }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
    rules: {
      // State classes derive Maps and Sets that are replaced, never mutated, or keep private
      // bookkeeping that nothing renders: SvelteMap/SvelteSet would add tracking for nothing.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  {
    // Nothing of the app imports a test, so no import cycle can pass through one: following every
    // test's imports again was a third of lint's time.
    files: ['test/**', '*.config.ts'],
    rules: { 'import-x/no-cycle': 'off' },
  },
  {
    // CommonJS that both the launcher's ES module and a forked trainer's CommonJS entry load.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // A sandboxed preload is CommonJS whose only import is require('electron').
    files: ['src-main/hosts/electron/preload.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src-renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)src-main/(?!contract/)',
              message: 'The renderer imports from src-main/contract/ only, never host code.',
            },
            {
              regex: '^(node:|electron$|@tensorflow/|better-sqlite3$)',
              message: 'The renderer runs in a browser: it reaches the host through the contract.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/contract/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod$|@noble/hashes/|\\./)',
              message:
                'The contract imports zod, @noble/hashes (the fingerprint) and itself only (no node:*, Electron, TensorFlow.js or other modules of ours).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/{engine,store,data,export}/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            WIRE,
            {
              group: ['**/hosts/**', '**/cli/**'],
              message:
                'The engine, store, data and export layers never import the hosts or the CLI.',
            },
          ],
        },
      ],
    },
  },
);
