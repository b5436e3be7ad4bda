// @ts-check
/**
 * ESLint with type information (typescript-eslint's recommendedTypeChecked), the two classic
 * React hook rules for web/, and eslint-config-prettier last (layout is Prettier's job). Run
 * beside the typecheck by `npm test` (scripts/npm-test.mjs); `npm run lint` alone.
 *
 * Rules turned off or tuned here, each with its reason:
 * - require-await: Fastify handlers and hooks are async by contract (their return value is the
 *   reply), and so are interface methods that promise a Promise; without an await inside, the
 *   rule would have them made synchronous, which turns a rejection into a synchronous throw.
 * - unbound-method: services, repositories, stores and props are plain objects of closures
 *   (no `this`) whose types use method signatures; all 55 places it flagged were such
 *   closures destructured or passed on (and Kysely's expression-builder callbacks), none a
 *   class method that would lose its `this` (the one class, SfuCore, is called through apply).
 * - no-unused-vars: a leading underscore marks a value left out on purpose (`const { id: _id,
 *   ...rest } = row`), as is the TypeScript habit.
 * - prefer-promise-reject-errors: a rejection passed on as it came (`unknown`) is allowed;
 *   one the code makes itself must be an Error.
 * - no-unsafe-assignment, in tests only: Vitest's asymmetric matchers (`expect.any(String)`,
 *   `expect.stringMatching(…)`) are typed `any`, and placing them in an expected object is
 *   their whole use (23 of the 32 places flagged). Member access and calls on `any` stay errors.
 * - plain .js/.mjs files: the type-aware rules are off (there are no types to check there).
 * - react-hooks: only rules-of-hooks and exhaustive-deps. The plugin's other recommended rules
 *   (set-state-in-effect, refs, …) describe what the React Compiler can optimise; this app is
 *   not compiled with it.
 */
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'bin/*.js', 'scripts/*.mjs', 'web/public/*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  { files: ['web/public/*.js'], languageOptions: { globals: { ...globals.serviceworker } } },
  // Plain JavaScript (the bin stub, the scripts, the service worker) has no types to check.
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  prettier,
);
