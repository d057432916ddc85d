/**
 * Runs Payload's CLI (`npm run payload -- <command>`, `npm run migrate`).
 *
 * On Node 20, Payload's CLI loads payload.config.ts through tsx's module hooks, which run in a
 * worker thread. While the main thread only waits on that worker, its event loop can look
 * empty and Node exits with status 0 in the middle of the import: the command silently does
 * nothing (seen here with `payload migrate` on SQLite, about one run in two). A timer keeps the
 * loop alive; the CLI ends the process itself when it is done.
 */
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

setInterval(() => {}, 60_000)

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
await import(pathToFileURL(path.join(root, 'node_modules/payload/bin.js')).href)
