import type { AdminViewServerProps } from 'payload'

import Link from 'next/link'
import React from 'react'

import { isCommittee } from '../../../access/roles'
import { reviewWords } from '../../i18n/review'
import { AdminPage } from './AdminPage'
import { committeeCompetitions } from './committeeCompetitions'
import { ReviewDesk } from './ReviewDesk'

/**
 * /admin/review?competition=<id>: the committee's review queue (src/review/reviewQueue.ts). Without
 * a competition, the list of competitions with how many registrations wait in each. The queue
 * itself is a client component talking to the same REST endpoints integrations use.
 */
export async function ReviewView(view: AdminViewServerProps) {
  const { initPageResult, searchParams } = view
  const { req } = initPageResult
  const { payload, user } = req
  const words = reviewWords(req.i18n.language)
  const adminRoute = payload.config.routes.admin
  const requested = typeof searchParams?.competition === 'string' ? searchParams.competition : undefined

  let body: React.ReactNode
  if (!isCommittee(user)) body = <p>{words.onlyCommittee}</p>
  else {
    const competitions = await committeeCompetitions(req, { title: true })
    const competition = competitions.find((each) => String(each.id) === requested)
    if (competition) {
      body = (
        <>
          <p style={{ marginTop: 0 }}>
            {words.competition}: <strong>{competition.title}</strong> · <Link href={`${adminRoute}/review`}>{words.chooseCompetition}</Link>
          </p>
          <ReviewDesk competitionId={String(competition.id)} key={String(competition.id)} />
        </>
      )
    } else {
      const waiting = await Promise.all(
        competitions.map(
          async (each) =>
            (
              await payload.count({
                collection: 'registrations',
                overrideAccess: true,
                req,
                where: { and: [{ competition: { equals: each.id } }, { status: { equals: 'pending' } }] },
              })
            ).totalDocs,
        ),
      )
      body =
        competitions.length === 0 ? (
          <p>{words.noCompetitions}</p>
        ) : (
          <>
            <p>{words.chooseCompetition}</p>
            <ul>
              {competitions.map((each, index) => (
                <li key={each.id}>
                  {each.title} · {words.waiting(waiting[index])}{' '}
                  <Link aria-label={`${words.reviewNext}: ${each.title}`} href={`${adminRoute}/review?competition=${each.id}`}>
                    {words.reviewNext}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )
    }
  }

  return (
    <AdminPage heading={words.reviewHeading} view={view}>
      {body}
    </AdminPage>
  )
}
