import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.venv/',
      'dist/',
      'data/',
      '.bin/',
      'coverage/',
      'infra/ferretdb/',
      'services/web/dist/',
      'services/web/public/',
      '*.js',
      '*.mjs',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Only the config module reads the environment; entry points pass process.env to it.
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through shared/config (loadConfig).' },
      ],
    },
  },
  {
    // Entry points hand process.env to loadConfig; the local launcher and test set-up start services.
    files: ['services/*/main.ts', 'workers/main.ts', 'infra/local/**/*.ts', 'infra/bench/**/*.ts', 'tests/**/*.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // Tests read HTTP responses, which are untyped JSON by nature: asserting their shape is the
    // test's job. TypeScript's own strictness stays on for tests, as everywhere.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
);
