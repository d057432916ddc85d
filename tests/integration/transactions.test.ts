import type { CollectionAfterChangeHook } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startApp, type TestApp, type TestUser } from '../helpers/app'
import { competitionData } from '../helpers/fixtures'

let app: TestApp
let committee: TestUser

beforeAll(async () => {
  app = await startApp()
  committee = await app.createUser('committee')
})

afterAll(async () => {
  await app?.close()
})

/**
 * Anything that fails after the insert (a hook, an email, a nested write) must leave no row
 * behind. A failing afterChange hook is added for the length of one request to prove the
 * adapter really rolls back, on every database the suite runs on.
 */
const failingAfterInsert: CollectionAfterChangeHook = ({ doc }) => {
  if (doc.title === 'Doomed Cup') throw new Error('simulated failure after the insert')
  return doc
}

describe('a failed write leaves nothing behind', () => {
  it('rolls back the competition and its version when a later step fails', async () => {
    const hooks = app.payload.collections.competitions.config.hooks
    hooks.afterChange.push(failingAfterInsert)
    try {
      const response = await app.rest.post('/competitions', {
        body: { ...competitionData({ title: 'Doomed Cup' }), _status: 'published' },
        token: committee.token,
      })
      expect(response.status).toBe(500)
      // The message of an unexpected failure is not shown to the client.
      expect(JSON.stringify(response.body)).not.toContain('simulated failure')
    } finally {
      hooks.afterChange.splice(hooks.afterChange.indexOf(failingAfterInsert), 1)
    }
    expect((await app.payload.count({ collection: 'competitions', where: { title: { equals: 'Doomed Cup' } } })).totalDocs).toBe(0)
    const versions = await app.payload.countVersions({ collection: 'competitions', where: { 'version.title': { equals: 'Doomed Cup' } } })
    expect(versions.totalDocs).toBe(0)
  })

  it('keeps the previous values when an update fails half-way', async () => {
    const created = await app.rest.post('/competitions', {
      body: { ...competitionData({ title: 'Stable Cup' }), _status: 'published' },
      token: committee.token,
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id as string
    const hooks = app.payload.collections.competitions.config.hooks
    hooks.afterChange.push(failingAfterInsert)
    try {
      const response = await app.rest.patch(`/competitions/${id}`, { body: { title: 'Doomed Cup' }, token: committee.token })
      expect(response.status).toBe(500)
    } finally {
      hooks.afterChange.splice(hooks.afterChange.indexOf(failingAfterInsert), 1)
    }
    expect((await app.payload.findByID({ collection: 'competitions', id })).title).toBe('Stable Cup')
  })
})
