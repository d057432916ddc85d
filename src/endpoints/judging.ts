import type { Endpoint, PayloadRequest } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import type { Competition } from '../payload-types'

import { requireCommittee } from '../../access/endpoints'
import { findAllAsServer, findByIdAsServer } from '../db/findAllAsServer'
import { asServerWrite } from '../db/serverWrite'
import { queueEmail } from '../email/adapter'
import { advancementEmail } from '../email/judgingEmails'
import { rankingOf } from '../judging/ranking'
import { publicResults } from '../judging/results'
import { idOf } from '../shared/idOf'
import { refuse } from '../shared/refusals'

type Stage = NonNullable<Competition['stages']>[number]

export const stageOf = async (req: PayloadRequest): Promise<{ competition: Competition; index: number; stage: Stage }> => {
  // The id is in the path, not a body field: an unknown one is a 404, not loadCompetition's 400.
  const competition = await req.payload
    .findByID({ collection: 'competitions', depth: 0, disableErrors: true, id: String(req.routeParams?.id), overrideAccess: true, req })
    .catch(() => null)
  if (!competition) throw refuse(404, `No competition has the id "${String(req.routeParams?.id)}".`)
  const index = (competition.stages ?? []).findIndex((stage) => stage.key === req.routeParams?.key)
  if (index < 0) throw refuse(404, `${competition.title} has no stage "${String(req.routeParams?.key)}".`)
  return { competition, index, stage: (competition.stages as Stage[])[index] }
}

const ONLY_COMMITTEE = 'Only the committee ranks teams, advances them and publishes results.'
const committeeOnly = (req: PayloadRequest) => requireCommittee(req, { anonymous: ONLY_COMMITTEE, other: ONLY_COMMITTEE })

export const stageRankingEndpoint: Endpoint = {
  handler: async (req) => {
    committeeOnly(req)
    const { competition, stage } = await stageOf(req)
    return Response.json({ competition: competition.id, ranking: await rankingOf(req, competition, stage), stage: stage.key })
  },
  method: 'get',
  path: '/:id/stages/:key/ranking',
}

/**
 * Advances chosen teams (`registrations: [id…]`) or the top N of the ranking (`top: N`) from
 * this stage into the next one, recording it on each registration and emailing the team.
 */
export const advanceTeamsEndpoint: Endpoint = {
  handler: async (req) => {
    committeeOnly(req)
    await addDataAndFileToRequest(req)
    const { competition, index, stage } = await stageOf(req)
    const next = competition.stages?.[index + 1]
    if (!next) throw refuse(400, `"${stage.name}" is the last stage; set placings on the registrations instead.`)
    const body = (req.data ?? {}) as { registrations?: unknown; top?: unknown }
    let chosen: string[]
    if (Array.isArray(body.registrations)) chosen = body.registrations.map(String)
    else if (Number.isInteger(body.top) && (body.top as number) > 0) {
      chosen = (await rankingOf(req, competition, stage))
        .filter((row) => row.normalisedScore !== null)
        .slice(0, body.top as number)
        .map((row) => row.registration)
    } else throw refuse(400, 'Send either "registrations" (a list of registration ids) or "top" (a whole number above 0).')

    const docs = await findAllAsServer(req, 'registrations', {
      where: { and: [{ id: { in: chosen } }, { competition: { equals: competition.id } }, { status: { equals: 'verified' } }] },
    })
    if (docs.length !== chosen.length) {
      throw refuse(400, 'Every team advanced must be a verified registration of this competition.')
    }
    const advanced: string[] = []
    for (const registration of docs) {
      if ((registration.progress ?? []).some((entry) => entry.stage === next.key)) continue
      await asServerWrite(req, () =>
        req.payload.update({
          collection: 'registrations',
          data: { progress: [...(registration.progress ?? []), { advancedAt: new Date().toISOString(), stage: next.key }] },
          id: registration.id,
          overrideAccess: true,
          req,
        }),
      )
      advanced.push(String(registration.id))
      // A leader account deleted meanwhile leaves the team advanced with no one to tell.
      const leader = await findByIdAsServer(req, 'users', idOf(registration.leader) as string)
      if (!leader) continue
      const message = advancementEmail({
        code: registration.code ?? '',
        competitionTitle: competition.title,
        from: stage.name,
        leaderName: leader.name,
        teamName: registration.teamName,
        to: next.name,
      })
      await queueEmail(req, { ...message, to: leader.email })
    }
    return Response.json({ advanced, nextStage: next.key })
  },
  method: 'post',
  path: '/:id/stages/:key/advance',
}

/**
 * Publishes a stage's results (`{ "published": true }`, the default) or withdraws them
 * (`false`). Publishing makes the advanced teams (and, for the last stage, the winners) public
 * at /api/competitions/:id/results, locks the stage's scores and lets its judges read each
 * other's. It saves the competition as the committee member, so its access and hooks apply.
 */
export const publishResultsEndpoint: Endpoint = {
  handler: async (req) => {
    committeeOnly(req)
    await addDataAndFileToRequest(req)
    const published = (req.data as { published?: unknown } | undefined)?.published ?? true
    if (typeof published !== 'boolean') throw refuse(400, '"published" must be true (publish the results) or false (withdraw them).')
    const { competition, stage } = await stageOf(req)
    // Payload saves onto the latest version: with an unpublished draft pending, publishing the
    // results would publish that draft too. The committee decides about the draft first.
    const { docs: latest } = await req.payload.findVersions({
      collection: 'competitions',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
      sort: '-updatedAt',
      where: { and: [{ parent: { equals: competition.id } }, { latest: { equals: true } }] },
    })
    if (latest[0]?.version._status === 'draft') {
      throw refuse(
        409,
        `${competition.title} has unpublished draft changes. Publish or discard them in the competition's edit view first, then publish the results.`,
      )
    }
    await req.payload.update({
      collection: 'competitions',
      data: {
        stages: (competition.stages ?? []).map((candidate) =>
          candidate.key === stage.key ? { ...candidate, resultsPublished: published } : candidate,
        ),
      },
      id: competition.id,
      overrideAccess: false,
      req,
      user: req.user,
    })
    return Response.json({ competition: competition.id, resultsPublished: published, stage: stage.key })
  },
  method: 'post',
  path: '/:id/stages/:key/publish',
}

export const resultsEndpoint: Endpoint = {
  handler: async (req) => {
    const found = await req.payload.find({
      collection: 'competitions',
      depth: 0,
      limit: 1,
      overrideAccess: false,
      req,
      user: null,
      where: { id: { equals: String(req.routeParams?.id) } },
    })
    const competition = found.docs[0]
    if (!competition) throw refuse(404, 'No published competition has this id.')
    return Response.json(await publicResults(req.payload, competition))
  },
  method: 'get',
  path: '/:id/results',
}
