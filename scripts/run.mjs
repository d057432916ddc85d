/**
 * `node scripts/run.mjs <file.ts> [args…]`: runs a TypeScript script that loads the Payload
 * config (migrate, seed, migration generation), without a runtime TypeScript loader.
 *
 * On Node 20, importing payload.config.ts through tsx's module hooks (a worker thread) stalls
 * now and then: measured here, `payload migrate` hung before touching the database in about one
 * run in three. So the script is bundled once with esbuild (our code only; packages stay
 * external and load from node_modules) and the bundle runs as plain JavaScript.
 *
 * Even so, Node 20 sometimes ends while loading the packages' module graph, before any of our
 * code runs, with exit code 13 ("unsettled top-level await"): measured here, about one run in
 * fifteen on an idle machine, and three in a row while the test suite loaded the CI machine.
 * Nothing has happened at that point, so the script is started again (up to MAX_STARTS times).
 */
import { build } from 'esbuild'
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const [entry, ...args] = process.argv.slice(2)
if (!entry) {
  console.error('Usage: node scripts/run.mjs <script.ts> [args…]')
  process.exit(2)
}

const outDir = path.join(root, 'node_modules/.cache/contestkit-scripts')
fs.mkdirSync(outDir, { recursive: true })
const outfile = path.join(outDir, `${path.basename(entry, path.extname(entry))}-${crypto.randomBytes(4).toString('hex')}.mjs`)

await build({
  absWorkingDir: root,
  alias: { '@': path.join(root, 'src'), '@payload-config': path.join(root, 'payload.config.ts') },
  bundle: true,
  entryPoints: [path.resolve(root, entry)],
  format: 'esm',
  logLevel: 'warning',
  outfile,
  packages: 'external',
  platform: 'node',
  sourcemap: 'inline',
  target: 'node20',
})

const UNSETTLED_TOP_LEVEL_AWAIT = 13
const MAX_STARTS = 10

// A stop signal (`docker stop`, Ctrl-C, npm forwarding one) is passed on to the script, which
// decides how to end (the job worker finishes its running job first); this process then exits
// with the script's status. Without this, the signal would end this process alone and leave the
// script running, orphaned.
let child
let stopping = false
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true
    child?.kill(signal)
  })
}
const runOnce = () =>
  new Promise((resolve) => {
    child = spawn(process.execPath, [outfile, ...args], { cwd: process.cwd(), stdio: 'inherit' })
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1)))
  })

let status = 1
try {
  for (let attempt = 1; attempt <= MAX_STARTS; attempt++) {
    status = await runOnce()
    if (status !== UNSETTLED_TOP_LEVEL_AWAIT || stopping) break
    console.error(`Node stopped while loading modules (exit ${status}); starting ${path.basename(entry)} again.`)
  }
} finally {
  fs.rmSync(outfile, { force: true })
}
process.exit(status)
