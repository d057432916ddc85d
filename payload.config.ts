import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { id } from '@payloadcms/translations/languages/id'
import path from 'node:path'
import { buildConfig, defaultLoggerOptions } from 'payload'
import sharp from 'sharp'

import { isAdmin } from './access'
import { graphqlValidationRules } from './access/graphqlBudget'
import { AnnouncementDeliveries } from './collections/AnnouncementDeliveries'
import { Announcements } from './collections/Announcements'
import { Assignments } from './collections/Assignments'
import { Attachments } from './collections/Attachments'
import { AuditEvents } from './collections/AuditEvents'
import { Certificates } from './collections/Certificates'
import { Competitions } from './collections/Competitions'
import { Conflicts } from './collections/Conflicts'
import { Invitations } from './collections/Invitations'
import { Media } from './collections/Media'
import { RateLimits } from './collections/RateLimits'
import { Registrations } from './collections/Registrations'
import { ReminderDeliveries } from './collections/ReminderDeliveries'
import { Scores } from './collections/Scores'
import { Submissions } from './collections/Submissions'
import { restrictSystemCollections } from './collections/SystemCollections'
import { Tickets } from './collections/Tickets'
import { Users } from './collections/Users'
import { withRequestGuards } from './collections/withRequestGuards'
import { answerBadInput } from './hooks/root/answerBadInput'
import { answerDatabaseUnavailable } from './hooks/root/answerDatabaseUnavailable'
import { keepValidationDetails } from './hooks/root/keepValidationDetails'
import { logRequestId } from './hooks/root/logRequestId'
import { bootstrap } from './src/bootstrap'
import { databaseAdapter } from './src/config/database'
import { readEnv, trustedOrigins } from './src/config/env'
import { MEGABYTE } from './src/config/uploads'
import { survivePoolErrors } from './src/db/survivePoolErrors'
import { emailAdapter } from './src/email/adapter'
import { checkInEndpoint } from './src/endpoints/checkIn'
import { healthEndpoint, readinessEndpoint } from './src/endpoints/health'
import { forgetEndedRateLimitsTask } from './src/jobs/forgetEndedRateLimits'
import { generateCertificateTask } from './src/jobs/generateCertificate'
import { publishDueAnnouncementsTask } from './src/jobs/publishDueAnnouncements'
import { sendAnnouncementTask } from './src/jobs/sendAnnouncement'
import { sendEmailTask } from './src/jobs/sendEmail'
import { sendRemindersTask } from './src/jobs/sendReminders'
import { objectStoragePlugin } from './src/uploads/objectStoragePlugin'

// Generators (types, import map) run from the project root; paths are not taken from this
// file's URL, which differs once the config is bundled.
const root = process.cwd()
const env = readEnv()

const config = buildConfig({
  admin: {
    // Payload's default loads every admin's picture from gravatar.com, telling it who uses the
    // panel (a hash of their email); the CSP allows images from this site only.
    avatar: 'default',
    components: {
      afterNavLinks: [
        '/components/admin/JudgingNavLink#JudgingNavLink',
        '/components/admin/ReviewNavLink#ReviewNavLink',
        '/components/admin/CheckInNavLink#CheckInNavLink',
      ],
      graphics: { Icon: '/components/admin/Brand#Icon', Logo: '/components/admin/Brand#Logo' },
      views: {
        checkIn: { Component: '/components/admin/CheckInView#CheckInView', path: '/check-in' },
        dashboard: { Component: '/components/admin/OverviewDashboard#OverviewDashboard' },
        judging: { Component: '/components/admin/JudgingView#JudgingView', path: '/judging' },
        review: { Component: '/components/admin/ReviewView#ReviewView', path: '/review' },
      },
    },
    importMap: { baseDir: path.resolve(root, 'src') },
    meta: {
      // No Open Graph image: Payload's would carry its own brand, and links to /admin need no preview.
      defaultOGImageType: 'off',
      description: 'ContestKit: registrations, reviews, submissions and judging for student competitions.',
      // The favicon of the whole site (src/app/icon.svg, served at /icon.svg), instead of Payload's.
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/icon.svg' }],
      openGraph: { description: 'Competition management for student competitions.', siteName: 'ContestKit', title: 'ContestKit' },
      titleSuffix: ' · ContestKit',
    },
    user: Users.slug,
  },
  // Every collection checks a request's size, shape and query before its own hooks run.
  collections: [
    Users,
    Competitions,
    Media,
    Registrations,
    Invitations,
    Attachments,
    Submissions,
    Scores,
    Assignments,
    Conflicts,
    AuditEvents,
    RateLimits,
    Announcements,
    AnnouncementDeliveries,
    ReminderDeliveries,
    Tickets,
    Certificates,
  ].map(withRequestGuards),
  // Browsers may send cookies-authenticated requests only from these origins.
  cors: env.corsOrigins,
  csrf: trustedOrigins(env),
  // Read by access/rateLimit.ts and hooks/attachments/enforceUploadQuota.ts.
  custom: { attachmentQuota: env.attachmentQuota, rateLimits: env.rateLimits },
  db: databaseAdapter(env.databaseUrl),
  editor: lexicalEditor(),
  email: emailAdapter(env),
  // Health: public on purpose (load balancers call them without credentials), see src/endpoints/health.ts.
  // Check-in: the committee's, POST /api/check-in (src/endpoints/checkIn.ts).
  endpoints: [healthEndpoint, readinessEndpoint, checkInEndpoint],
  // Queries are priced by what they can load (list limits, aliases, depth) against the requester's budget.
  graphQL: { disablePlaygroundInProduction: true, validationRules: graphqlValidationRules },
  hooks: { afterError: [answerBadInput, answerDatabaseUnavailable, keepValidationDetails, logRequestId] },
  i18n: { fallbackLanguage: 'en', supportedLanguages: { en, id } },
  jobs: {
    // Payload's default lets any logged-in user queue, run and cancel jobs.
    access: {
      cancel: ({ req }) => isAdmin(req.user),
      queue: ({ req }) => isAdmin(req.user),
      run: ({ req }) => isAdmin(req.user),
    },
    // The server runs its own queue (no second command to remember); JOBS_AUTORUN=false
    // leaves it to a separate worker (`npm run jobs:worker`). Tasks with a `schedule` (the
    // announcements and reminders sweeps) are queued by the same cron: Payload turns
    // `jobs.scheduling` on when a task has a schedule, and autoRun then calls handleSchedules
    // (unless JOBS_SCHEDULES=false: the tests run the sweeps themselves).
    autoRun: env.jobs.autoRun ? [{ cron: env.jobs.cron, disableScheduling: !env.jobs.schedules, limit: 20, queue: 'default' }] : undefined,
    // Admins may look at queued and failed emails; job inputs carry verification links, so nobody else.
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...defaultJobsCollection,
      access: { create: () => false, delete: () => false, read: ({ req }) => isAdmin(req.user), update: () => false },
      admin: { ...defaultJobsCollection.admin, group: 'System', hidden: ({ user }) => !isAdmin(user) },
    }),
    tasks: [
      sendEmailTask(env),
      sendAnnouncementTask(env),
      publishDueAnnouncementsTask(),
      sendRemindersTask(env),
      forgetEndedRateLimitsTask(env),
      generateCertificateTask(env),
    ],
  },
  // Pino either way: LOG_FORMAT=json prints one JSON object per line (for log collectors); otherwise
  // Payload's own human-readable pino-pretty stream, at LOG_LEVEL.
  logger:
    env.logFormat === 'json'
      ? { options: { level: env.logLevel, name: 'contestkit' } }
      : { destination: defaultLoggerOptions, options: { level: env.logLevel } },
  // Refusals (4xx) are part of normal use: log them as info so real failures stand out.
  loggingLevels: {
    APIError: 'info',
    AuthenticationError: 'info',
    LockedAuth: 'warn',
    UnverifiedEmail: 'info',
    // Our own APIError subclass (access/rateLimit.ts); Payload's type lists only its own names.
    ...({ TooManyRequests: 'info' } as Record<string, 'info'>),
  },
  onInit: async (payload) => {
    survivePoolErrors(payload)
    await bootstrap(payload, env)
  },
  // Media and attachments in an S3-compatible bucket when S3_BUCKET is set, on disk otherwise;
  // served through the access-checked file route either way.
  plugins: [objectStoragePlugin(env.objectStorage)],
  secret: env.secret,
  serverURL: env.serverUrl,
  sharp,
  typescript: { outputFile: path.resolve(root, 'src/payload-types.ts') },
  // The parser's hard ceiling; each upload collection enforces its own, smaller cap.
  upload: { limits: { fileSize: 100 * MEGABYTE } },
})

// Payload adds its own collections (locks, preferences, migrations) while building the config.
export default restrictSystemCollections(config)
