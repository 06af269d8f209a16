// Next's rules (React, hooks, accessibility, Core Web Vitals) and typescript-eslint's
// recommended set; formatting is Prettier's job, so its conflicting rules are off.
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals'
import nextTypeScript from 'eslint-config-next/typescript'
import prettier from 'eslint-config-prettier'

const config = [
  {
    ignores: [
      '.next/**',
      '.data/**',
      '.test-results/**',
      'backups/**',
      'next-env.d.ts',
      'payload-types.ts',
      'app/(payload)/admin/importMap.js',
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypeScript,
  {
    rules: {
      // A leading underscore marks what is left unused on purpose (a slot in a destructuring).
      '@typescript-eslint/no-unused-vars': [
        'warn',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Payload writes each migration with its full signature, `{ db, payload, req }`.
    files: ['migrations/**'],
    rules: { '@typescript-eslint/no-unused-vars': ['warn', { args: 'none' }] },
  },
  prettier,
]

export default config
