import type { CollectionConfig } from 'payload'

import { adminsOnly, committeeOnly, publishedOrCommittee } from '../access'
import { checkSignatureOwners } from '../hooks/competitions/checkSignatureOwners'
import { deriveSlugFromTitle } from '../hooks/competitions/deriveSlugFromTitle'
import {
  recordCompetitionChanges,
  recordCompetitionDeletion,
  rememberLiveCompetition,
} from '../hooks/competitions/recordCompetitionChanges'
import { refreshPublicPagesAfterChange, refreshPublicPagesAfterDelete } from '../hooks/competitions/refreshPublicPages'
import {
  validateRegistrationClose,
  validateStageClose,
  validateStageKey,
  validateStageOpen,
  validateTeamSizeMax,
  validateWholeNumber,
} from '../hooks/competitions/scheduleValidators'
import { syncOnSiteTickets } from '../hooks/competitions/syncOnSiteTickets'
import { forgetCompetitionStatsAfterChange, forgetCompetitionStatsAfterDelete, ownId } from '../hooks/shared/forgetCompetitionStats'
import { validateAccentColour } from '../src/domain/branding'
import { CATEGORY_LABELS, COMPETITION_CATEGORIES } from '../src/domain/categories'
import { MAX_TEAM_MEMBERS } from '../src/domain/registration'
import { SLUG_PATTERN } from '../src/domain/slug'
import { assignJudgesEndpoint, judgingProgressEndpoint } from '../src/endpoints/assignments'
import { issueCertificatesEndpoint } from '../src/endpoints/certificates'
import { stageAttendanceEndpoint } from '../src/endpoints/checkIn'
import { exportEndpointsOfCompetitions } from '../src/endpoints/exports'
import { advanceTeamsEndpoint, publishResultsEndpoint, resultsEndpoint, stageRankingEndpoint } from '../src/endpoints/judging'
import { bulkResendInvitationsEndpoint, bulkReviewEndpoint, reviewNextEndpoint } from '../src/endpoints/review'
import { competitionStatsEndpoint } from '../src/endpoints/stats'
import { FILE_KINDS, SUBMISSION_FILE_KINDS } from '../src/uploads/fileTypes'
import { certificateSettingsField } from './certificateSettingsField'

export const Competitions: CollectionConfig<'competitions'> = {
  slug: 'competitions',
  access: {
    create: committeeOnly,
    delete: adminsOnly,
    read: publishedOrCommittee,
    readVersions: committeeOnly,
    update: committeeOnly,
  },
  admin: {
    defaultColumns: ['title', 'category', 'registrationOpensAt', 'registrationClosesAt', '_status'],
    group: 'Competitions',
    useAsTitle: 'title',
  },
  // What a competition inside another document carries (a registration, submission, ticket,
  // announcement… read at depth 1 or more): its name card. Each of 50 registrations in the
  // committee's list carried the whole competition — stages, rubrics, fee waves, prizes, the rich
  // text description — and its poster and judges (bench/registrations-list.bench.ts). The whole
  // competition is at /api/competitions/:id, or ask with `populate[competitions][stages]=true`.
  defaultPopulate: {
    _status: true,
    category: true,
    registrationClosesAt: true,
    registrationOpensAt: true,
    slug: true,
    title: true,
  },
  defaultSort: '-registrationOpensAt',
  endpoints: [
    stageRankingEndpoint,
    advanceTeamsEndpoint,
    publishResultsEndpoint,
    resultsEndpoint,
    competitionStatsEndpoint,
    assignJudgesEndpoint,
    judgingProgressEndpoint,
    stageAttendanceEndpoint,
    reviewNextEndpoint,
    bulkReviewEndpoint,
    bulkResendInvitationsEndpoint,
    ...exportEndpointsOfCompetitions,
    issueCertificatesEndpoint,
  ],
  fields: [
    { name: 'title', type: 'text', maxLength: 160, required: true },
    {
      name: 'slug',
      type: 'text',
      admin: { description: 'Used in the public address. Left empty, it is made from the title.', position: 'sidebar' },
      hooks: { beforeValidate: [deriveSlugFromTitle] },
      index: true,
      maxLength: 80,
      required: true,
      unique: true,
      validate: (value: null | string | undefined) =>
        !value || SLUG_PATTERN.test(value) ? true : 'A slug uses lowercase letters, digits and dashes only.',
    },
    {
      name: 'category',
      type: 'select',
      index: true,
      options: COMPETITION_CATEGORIES.map((value) => ({ label: CATEGORY_LABELS[value], value })),
      required: true,
    },
    { name: 'summary', type: 'textarea', maxLength: 500 },
    { name: 'description', type: 'richText' },
    {
      type: 'row',
      fields: [
        {
          name: 'poster',
          type: 'upload',
          filterOptions: { mimeType: { like: 'image/' } },
          relationTo: 'media',
        },
        {
          name: 'guidebook',
          type: 'upload',
          filterOptions: { mimeType: { equals: 'application/pdf' } },
          relationTo: 'media',
        },
      ],
    },
    {
      type: 'collapsible',
      admin: { initCollapsed: true },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'accentColor',
              type: 'text',
              admin: { description: "The committee's colour on the competition's page, e.g. #1d4ed8. Empty: ContestKit's blue." },
              maxLength: 7,
              validate: validateAccentColour,
            },
            {
              name: 'logo',
              type: 'upload',
              admin: { description: "The committee's or the event's logo, shown beside the title." },
              filterOptions: { mimeType: { like: 'image/' } },
              relationTo: 'media',
            },
          ],
        },
      ],
      label: 'Branding',
    },
    {
      name: 'teamSize',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'min', type: 'number', defaultValue: 1, min: 1, required: true, validate: validateWholeNumber },
            { name: 'max', type: 'number', defaultValue: 3, max: MAX_TEAM_MEMBERS, min: 1, required: true, validate: validateTeamSizeMax },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'quota',
          type: 'number',
          admin: { description: 'Maximum number of teams. Empty means no limit.' },
          min: 1,
          validate: validateWholeNumber,
        },
        {
          name: 'fee',
          type: 'number',
          admin: { description: 'Registration fee in rupiah; 0 means free.' },
          defaultValue: 0,
          min: 0,
          required: true,
          validate: validateWholeNumber,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'maxTeamsPerInstitution',
          type: 'number',
          admin: { description: 'Teams one institution may enter. Empty means no limit.' },
          min: 1,
          validate: validateWholeNumber,
        },
        {
          name: 'waitlist',
          type: 'checkbox',
          admin: { description: 'When full, new teams join a waitlist instead of being turned away.' },
          defaultValue: false,
        },
        {
          name: 'codePrefix',
          type: 'text',
          admin: { description: 'Registration codes start with this, e.g. CTF → CTF-0042. Empty: made from the slug.' },
          maxLength: 8,
          validate: (value: null | string | undefined) =>
            !value || /^[A-Z0-9]{2,8}$/.test(value) ? true : 'Use 2 to 8 capital letters or digits.',
        },
      ],
    },
    {
      name: 'feeSchedule',
      type: 'array',
      admin: {
        description: 'Early-bird waves: the fee due is that of the first wave whose end is still ahead; after the last, the regular fee.',
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', type: 'text', maxLength: 60, required: true },
            { name: 'until', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, required: true },
            { name: 'fee', type: 'number', min: 0, required: true, validate: validateWholeNumber },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'registrationOpensAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, index: true, required: true },
        {
          name: 'registrationClosesAt',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          index: true,
          required: true,
          validate: validateRegistrationClose,
        },
      ],
    },
    {
      name: 'stages',
      type: 'array',
      admin: { initCollapsed: true },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'key', type: 'text', maxLength: 40, required: true, validate: validateStageKey },
            { name: 'name', type: 'text', maxLength: 120, required: true },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'opensAt',
              type: 'date',
              admin: { date: { pickerAppearance: 'dayAndTime' } },
              required: true,
              validate: validateStageOpen,
            },
            {
              name: 'closesAt',
              type: 'date',
              admin: { date: { pickerAppearance: 'dayAndTime' } },
              required: true,
              validate: validateStageClose,
            },
            {
              name: 'judgingClosesAt',
              type: 'date',
              admin: {
                date: { pickerAppearance: 'dayAndTime' },
                description:
                  'When scores are due: later scores are refused (move it later, or clear it, to reopen judging). Judges with unscored work are reminded 24 hours before.',
              },
            },
          ],
        },
        { name: 'description', type: 'textarea', maxLength: 2000 },
        {
          type: 'row',
          fields: [
            {
              name: 'graceMinutes',
              type: 'number',
              admin: { description: 'Late submissions within this many minutes are accepted and flagged late.' },
              defaultValue: 0,
              min: 0,
              validate: validateWholeNumber,
            },
            {
              name: 'eligibility',
              type: 'select',
              defaultValue: 'all-verified',
              options: [
                { label: 'All verified teams', value: 'all-verified' },
                { label: 'Teams advanced into this stage', value: 'advanced' },
              ],
            },
            { name: 'resultsPublished', type: 'checkbox', defaultValue: false },
            {
              name: 'onSite',
              type: 'checkbox',
              admin: {
                description:
                  'Held on site: every member of a team advanced into this stage gets a personal QR ticket (dashboard and email), checked in at Check-in.',
              },
              defaultValue: false,
            },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'submissionKinds',
              type: 'select',
              defaultValue: ['file'],
              hasMany: true,
              options: [
                { label: 'File', value: 'file' },
                { label: 'Link', value: 'link' },
                { label: 'Text', value: 'text' },
              ],
            },
            {
              name: 'acceptedFileTypes',
              type: 'select',
              defaultValue: ['pdf'],
              hasMany: true,
              options: SUBMISSION_FILE_KINDS.map((kind) => ({ label: FILE_KINDS[kind].label, value: kind })),
            },
            { name: 'maxFileSizeMB', type: 'number', defaultValue: 10, max: 500, min: 1, validate: validateWholeNumber },
          ],
        },
        {
          name: 'rubric',
          type: 'array',
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'criterion', type: 'text', maxLength: 120, required: true },
                { name: 'weight', type: 'number', defaultValue: 1, min: 0.01, required: true },
                { name: 'maxScore', type: 'number', defaultValue: 10, min: 1, required: true },
              ],
            },
          ],
        },
        {
          // Judging at scale (src/domain/assignment.ts, src/domain/additiveModel.ts).
          type: 'row',
          fields: [
            {
              name: 'judgesPerSubmission',
              type: 'number',
              admin: {
                description:
                  'Empty: every judge of the competition scores every submission. A number: each submission goes to that many judges (Judging → Assign judges).',
              },
              max: 20,
              min: 1,
              validate: validateWholeNumber,
            },
            {
              name: 'rankingMethod',
              type: 'select',
              admin: { description: 'How judges with different standards are evened out when ranking.' },
              defaultValue: 'zscore',
              options: [
                { label: "Each judge's z-scores (every judge sees a comparable sample)", value: 'zscore' },
                { label: 'Team quality + judge bias (judges see different teams)', value: 'additive' },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'prizes',
      type: 'array',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'title', type: 'text', maxLength: 80, required: true },
            { name: 'reward', type: 'text', admin: { description: 'e.g. "Rp10.000.000 + internship"' }, maxLength: 200, required: true },
          ],
        },
      ],
    },
    {
      name: 'judges',
      type: 'relationship',
      filterOptions: { role: { equals: 'judge' } },
      hasMany: true,
      relationTo: 'users',
    },
    certificateSettingsField,
    {
      name: 'contacts',
      type: 'array',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', maxLength: 120, required: true },
            { name: 'phone', type: 'text', maxLength: 32 },
            { name: 'email', type: 'email' },
          ],
        },
      ],
    },
  ],
  hooks: {
    afterChange: [recordCompetitionChanges, refreshPublicPagesAfterChange, forgetCompetitionStatsAfterChange(ownId), syncOnSiteTickets],
    afterDelete: [recordCompetitionDeletion, refreshPublicPagesAfterDelete, forgetCompetitionStatsAfterDelete(ownId)],
    beforeChange: [checkSignatureOwners, rememberLiveCompetition],
  },
  indexes: [
    // The public list: published competitions ordered by when registration opens.
    { fields: ['_status', 'registrationOpensAt'] },
  ],
  versions: {
    drafts: true,
    maxPerDoc: 50,
  },
}
