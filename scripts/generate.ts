/**
 * `npm run generate:types` / `generate:importmap` / `generate:datamodel` (all with no argument):
 * the generated files that are committed, written from the config. Run through scripts/run.mjs
 * like the other CLI scripts (see there for why not Payload's own CLI).
 */
import fs from 'node:fs'
import path from 'node:path'
import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'

import configPromise from '../payload.config'
import { dataModelMarkdown } from './lib/dataModel'

const what = process.argv[2] ?? 'all'
const config = await configPromise
if (what === 'types' || what === 'all') await generateTypes(config, { log: true })
if (what === 'importmap' || what === 'all') await generateImportMap(config, { force: true, log: true })
if (what === 'datamodel' || what === 'all') {
  const file = path.resolve(process.cwd(), 'docs/data-model.md')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, dataModelMarkdown(config.collections))
  console.log(`Wrote ${path.relative(process.cwd(), file)}`)
}
process.exit(0)
