import path from 'node:path'
import { defineConfig } from 'vitest/config'

/**
 * `npm run bench`: timings of what users wait on, through the real route handlers on a fresh
 * database (SQLite; PostgreSQL with TEST_DATABASE=postgres and TEST_POSTGRES_URL). The files
 * check outcomes but never time limits; results are printed and written to test-results/.
 */
export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname, 'src'),
      '@payload-config': path.resolve(import.meta.dirname, 'payload.config.ts'),
    },
  },
  test: {
    environment: 'node',
    fileParallelism: false,
    hookTimeout: 900_000,
    include: ['bench/**/*.bench.ts'],
    testTimeout: 900_000,
  },
})
