/**
 * `npm run generate:types` / `npm run generate:importmap` (or both with no argument): the
 * generated files that are committed, written from the config. Run through scripts/run.mjs
 * like the other CLI scripts (see there for why not Payload's own CLI).
 */
import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'

import configPromise from '../payload.config'

const what = process.argv[2] ?? 'all'
const config = await configPromise
if (what === 'types' || what === 'all') await generateTypes(config, { log: true })
if (what === 'importmap' || what === 'all') await generateImportMap(config, { force: true, log: true })
process.exit(0)
