import type { CollectionConfig, Where } from 'payload'

import { isCommittee, isJudge } from '../access'
import { serverOnly } from '../access/fields'
import { handOverAssignments } from '../hooks/conflicts/handOverAssignments'
import { recordDeclaringJudge } from '../hooks/conflicts/recordDeclaringJudge'
import {
  anyCompetition,
  forgetCompetitionStatsAfterChange,
  forgetCompetitionStatsAfterDelete,
} from '../hooks/shared/forgetCompetitionStats'

const ownOrCommittee = ({ req: { user } }: { req: { user: unknown } }): boolean | Where => {
  const u = user as { id: string; role?: string } | null
  if (isCommittee(u)) return true
  if (!u || !isJudge(u)) return false
  return { judge: { equals: u.id } }
}

/**
 * A judge's declared conflict of interest with a team: they then neither see nor score that
 * team's work. (Same-institution conflicts apply automatically, without a declaration.)
 */
export const Conflicts: CollectionConfig<'conflicts'> = {
  slug: 'conflicts',
  access: {
    create: ({ req: { user } }) => isJudge(user),
    delete: ownOrCommittee,
    read: ownOrCommittee,
    update: () => false,
  },
  admin: { defaultColumns: ['judge', 'registration', 'reason', 'createdAt'], group: 'Judging' },
  fields: [
    { name: 'judge', type: 'relationship', access: { create: serverOnly, update: serverOnly }, index: true, relationTo: 'users' },
    { name: 'registration', type: 'relationship', index: true, relationTo: 'registrations', required: true },
    { name: 'reason', type: 'textarea', maxLength: 1000 },
  ],
  hooks: {
    afterChange: [handOverAssignments, forgetCompetitionStatsAfterChange(anyCompetition)],
    afterDelete: [forgetCompetitionStatsAfterDelete(anyCompetition)],
    beforeChange: [recordDeclaringJudge],
  },
  timestamps: true,
}
