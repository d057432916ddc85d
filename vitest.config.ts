import fs from 'node:fs'
import path from 'node:path'
import { configDefaults, defineConfig } from 'vitest/config'

/**
 * `npm test` runs the unit tests, then the integration tests once per database:
 * always on SQLite, on PostgreSQL when TEST_POSTGRES_URL is set, on MongoDB when MONGODB_URL is set.
 * Each integration test file starts its own Payload on its own fresh database.
 */
const databases = ['sqlite', ...(process.env.TEST_POSTGRES_URL ? ['postgres'] : []), ...(process.env.MONGODB_URL ? ['mongodb'] : [])]

// Browser tests need Debian's chromium (`apt-get install chromium`; .ci/run installs it).
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const browserTests = fs.existsSync(chromium)
if (!browserTests) console.warn(`Browser tests skipped: no chromium at ${chromium} (apt-get install chromium).`)

// Scored alone, after everything else (below): its performance score is a timing.
const LIGHTHOUSE = 'tests/browser/lighthouse.test.ts'

const alias = {
  '@': path.resolve(import.meta.dirname, 'src'),
  '@payload-config': path.resolve(import.meta.dirname, 'payload.config.ts'),
}

export default defineConfig({
  resolve: { alias },
  test: {
    // Every integration file boots Payload; two at a time suits a 2-core machine.
    maxWorkers: 2,
    projects: [
      {
        resolve: { alias },
        test: { environment: 'node', include: ['tests/unit/**/*.test.ts'], name: 'unit' },
      },
      ...databases.map((database) => ({
        resolve: { alias },
        test: {
          env: { TEST_DATABASE: database },
          environment: 'node',
          hookTimeout: 180_000,
          include: ['tests/integration/**/*.test.ts', 'tests/security/**/*.test.ts'],
          name: database,
          testTimeout: 60_000,
        },
      })),
      {
        resolve: { alias },
        test: {
          environment: 'node',
          hookTimeout: 900_000,
          include: ['tests/production/**/*.test.ts'],
          // The production server (`npm start`, built by the first file when stale), driven over
          // HTTP and signals: graceful stop, backup and restore on SQLite; two servers on one
          // PostgreSQL and Redis (needs TEST_POSTGRES_URL). One file at a time, like the browser
          // tests (one build, one set of servers at a time).
          name: 'production',
          fileParallelism: false,
          testTimeout: 600_000,
        },
      },
      ...(browserTests
        ? [
            {
              resolve: { alias },
              test: {
                environment: 'node',
                hookTimeout: 600_000,
                exclude: [...configDefaults.exclude, LIGHTHOUSE],
                include: ['tests/browser/**/*.test.ts'],
                name: 'browser',
                // One file at a time: the first builds the production server when it is stale
                // (two builds at once refuse each other), and each file runs its own server.
                fileParallelism: false,
                testTimeout: 180_000,
              },
            },
            {
              resolve: { alias },
              test: {
                environment: 'node',
                hookTimeout: 600_000,
                include: [LIGHTHOUSE],
                name: 'lighthouse',
                // Last, alone: every other project has finished (groups run in order), so
                // Lighthouse times the pages on a machine that is not also running the suite.
                sequence: { groupOrder: 1 },
                testTimeout: 600_000,
              },
            },
          ]
        : []),
    ],
  },
})
