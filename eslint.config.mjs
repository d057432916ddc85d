// ESLint (flat config): typescript-eslint, Next's rules, React hooks, sorted imports, and the
// house's layering written as import rules so that it cannot drift (see ../shared/STYLE.md):
//   src/app → collections → hooks/access → src/domain and the leaves; nothing imports upward.
import js from '@eslint/js'
import nextPlugin from '@next/eslint-plugin-next'
import prettier from 'eslint-config-prettier'
import perfectionist from 'eslint-plugin-perfectionist'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

const app = ['**/src/app', '**/src/app/**', '@/app', '@/app/**']
const frontend = ['**/src/frontend', '**/src/frontend/**', '@/frontend', '@/frontend/**']
const hooks = ['**/hooks', '**/hooks/**']

/** One `no-restricted-imports` rule from groups of patterns, each with the reason a reader sees. */
const restrict = (...rules) => ['error', { patterns: rules.map(([group, message]) => ({ group, message })) }]

export default tseslint.config(
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'test-results/**',
      'data/**',
      'uploads/**',
      'src/payload-types.ts',
      'src/migrations/**',
      'src/app/(payload)/**',
      'next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        clearInterval: 'readonly',
        clearTimeout: 'readonly',
        console: 'readonly',
        process: 'readonly',
        setInterval: 'readonly',
        setTimeout: 'readonly',
      },
    },
    plugins: { '@next/next': nextPlugin, perfectionist, 'react-hooks': reactHooks },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      'react-hooks/exhaustive-deps': 'warn',
      'react-hooks/rules-of-hooks': 'error',
      '@next/next/no-html-link-for-pages': 'off',
      // Images are served as sharp already sized them (next.config: images.unoptimized); upload
      // previews are blob: URLs that next/image cannot take.
      '@next/next/no-img-element': 'off',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'perfectionist/sort-imports': ['error', { newlinesBetween: 1, order: 'asc', type: 'natural' }],
      'perfectionist/sort-named-imports': ['error', { order: 'asc', type: 'natural' }],
    },
  },
  // The layering. Each block names who it binds and why the import is refused.
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': restrict(
        [['payload', 'payload/**', '@payloadcms/**'], 'src/domain holds plain rules: no Payload; pass plain values in.'],
        [['next', 'next/**', 'react', 'react/**', ...app, ...frontend, ...hooks], 'src/domain imports neither the app nor hooks.'],
      ),
    },
  },
  {
    files: ['collections/**', 'access/**', 'hooks/**'],
    rules: {
      'no-restricted-imports': restrict([
        [...app, ...frontend],
        'The data layer never imports the app or the public site; move what both need below them.',
      ]),
    },
  },
  {
    files: ['access/**'],
    rules: {
      'no-restricted-imports': restrict(
        [[...app, ...frontend], 'The data layer never imports the app or the public site; move what both need below them.'],
        [hooks, 'Only collections import hooks; put what access and hooks share in src/ or access/.'],
      ),
    },
  },
  {
    files: ['src/**', 'scripts/**', 'bench/**'],
    ignores: ['src/domain/**'],
    rules: {
      'no-restricted-imports': restrict([
        hooks,
        'Only collections (and payload.config.ts for root hooks) import hooks; put shared helpers in src/.',
      ]),
    },
  },
  prettier,
)
