import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_competitions_stages_ranking_method" AS ENUM('zscore', 'additive');
  CREATE TYPE "public"."enum__competitions_v_version_stages_ranking_method" AS ENUM('zscore', 'additive');
  CREATE TYPE "public"."enum_announcements_audience" AS ENUM('registered', 'verified', 'advanced', 'judges', 'public');
  CREATE TYPE "public"."enum_announcement_deliveries_status" AS ENUM('queued', 'sent', 'failed');
  CREATE TYPE "public"."enum_reminder_deliveries_kind" AS ENUM('registration-closing', 'submission-closing', 'judging-closing');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendAnnouncement';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'publishDueAnnouncements';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendReminders';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendAnnouncement';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'publishDueAnnouncements';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendReminders';
  CREATE TABLE "assignments" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"submission_id" uuid NOT NULL,
  	"judge_id" uuid NOT NULL,
  	"competition_id" uuid,
  	"registration_id" uuid,
  	"stage" varchar,
  	"key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "announcements" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"competition_id" uuid NOT NULL,
  	"title" varchar NOT NULL,
  	"body" jsonb NOT NULL,
  	"audience" "enum_announcements_audience" DEFAULT 'registered' NOT NULL,
  	"stage" varchar,
  	"publish_at" timestamp(3) with time zone NOT NULL,
  	"dispatched_at" timestamp(3) with time zone,
  	"queued" numeric DEFAULT 0,
  	"sent" numeric DEFAULT 0,
  	"failed" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "announcement_deliveries" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"announcement_id" uuid NOT NULL,
  	"user_id" uuid,
  	"status" "enum_announcement_deliveries_status" DEFAULT 'queued' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reminder_deliveries" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar NOT NULL,
  	"kind" "enum_reminder_deliveries_kind" NOT NULL,
  	"competition_id" uuid,
  	"stage" varchar,
  	"user_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_events_fk";
  
  DROP INDEX "payload_locked_documents_rels_audit_events_id_idx";
  ALTER TABLE "competitions_stages" ADD COLUMN "judging_closes_at" timestamp(3) with time zone;
  ALTER TABLE "competitions_stages" ADD COLUMN "judges_per_submission" numeric;
  ALTER TABLE "competitions_stages" ADD COLUMN "ranking_method" "enum_competitions_stages_ranking_method" DEFAULT 'zscore';
  ALTER TABLE "_competitions_v_version_stages" ADD COLUMN "judging_closes_at" timestamp(3) with time zone;
  ALTER TABLE "_competitions_v_version_stages" ADD COLUMN "judges_per_submission" numeric;
  ALTER TABLE "_competitions_v_version_stages" ADD COLUMN "ranking_method" "enum__competitions_v_version_stages_ranking_method" DEFAULT 'zscore';
  ALTER TABLE "registrations" ADD COLUMN "review_claimed_by_id" uuid;
  ALTER TABLE "registrations" ADD COLUMN "review_claimed_until" timestamp(3) with time zone;
  ALTER TABLE "registrations" ADD COLUMN "has_submitted" boolean DEFAULT false;
  -- Teams that submitted before this field existed (the "verified without submission" filter reads it).
  UPDATE "registrations" SET "has_submitted" = true WHERE EXISTS (SELECT 1 FROM "submissions" WHERE "submissions"."registration_id" = "registrations"."id");
  ALTER TABLE "audit_events" ADD COLUMN "actor_name" varchar;
  ALTER TABLE "audit_events" ADD COLUMN "actor_email" varchar;
  ALTER TABLE "audit_events" ADD COLUMN "actor_role" varchar;
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "assignments_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "announcements_id" uuid;
  ALTER TABLE "assignments" ADD CONSTRAINT "assignments_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assignments" ADD CONSTRAINT "assignments_judge_id_users_id_fk" FOREIGN KEY ("judge_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assignments" ADD CONSTRAINT "assignments_competition_id_competitions_id_fk" FOREIGN KEY ("competition_id") REFERENCES "public"."competitions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assignments" ADD CONSTRAINT "assignments_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "announcements" ADD CONSTRAINT "announcements_competition_id_competitions_id_fk" FOREIGN KEY ("competition_id") REFERENCES "public"."competitions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "announcement_deliveries" ADD CONSTRAINT "announcement_deliveries_announcement_id_announcements_id_fk" FOREIGN KEY ("announcement_id") REFERENCES "public"."announcements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "announcement_deliveries" ADD CONSTRAINT "announcement_deliveries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reminder_deliveries" ADD CONSTRAINT "reminder_deliveries_competition_id_competitions_id_fk" FOREIGN KEY ("competition_id") REFERENCES "public"."competitions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reminder_deliveries" ADD CONSTRAINT "reminder_deliveries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "assignments_submission_idx" ON "assignments" USING btree ("submission_id");
  CREATE INDEX "assignments_judge_idx" ON "assignments" USING btree ("judge_id");
  CREATE INDEX "assignments_competition_idx" ON "assignments" USING btree ("competition_id");
  CREATE INDEX "assignments_registration_idx" ON "assignments" USING btree ("registration_id");
  CREATE INDEX "assignments_stage_idx" ON "assignments" USING btree ("stage");
  CREATE UNIQUE INDEX "assignments_key_idx" ON "assignments" USING btree ("key");
  CREATE INDEX "assignments_updated_at_idx" ON "assignments" USING btree ("updated_at");
  CREATE INDEX "assignments_created_at_idx" ON "assignments" USING btree ("created_at");
  CREATE INDEX "announcements_competition_idx" ON "announcements" USING btree ("competition_id");
  CREATE INDEX "announcements_audience_idx" ON "announcements" USING btree ("audience");
  CREATE INDEX "announcements_publish_at_idx" ON "announcements" USING btree ("publish_at");
  CREATE INDEX "announcements_dispatched_at_idx" ON "announcements" USING btree ("dispatched_at");
  CREATE INDEX "announcements_updated_at_idx" ON "announcements" USING btree ("updated_at");
  CREATE INDEX "announcements_created_at_idx" ON "announcements" USING btree ("created_at");
  CREATE INDEX "announcement_deliveries_announcement_idx" ON "announcement_deliveries" USING btree ("announcement_id");
  CREATE INDEX "announcement_deliveries_user_idx" ON "announcement_deliveries" USING btree ("user_id");
  CREATE INDEX "announcement_deliveries_updated_at_idx" ON "announcement_deliveries" USING btree ("updated_at");
  CREATE INDEX "announcement_deliveries_created_at_idx" ON "announcement_deliveries" USING btree ("created_at");
  CREATE UNIQUE INDEX "announcement_user_idx" ON "announcement_deliveries" USING btree ("announcement_id","user_id");
  CREATE UNIQUE INDEX "reminder_deliveries_key_idx" ON "reminder_deliveries" USING btree ("key");
  CREATE INDEX "reminder_deliveries_kind_idx" ON "reminder_deliveries" USING btree ("kind");
  CREATE INDEX "reminder_deliveries_competition_idx" ON "reminder_deliveries" USING btree ("competition_id");
  CREATE INDEX "reminder_deliveries_user_idx" ON "reminder_deliveries" USING btree ("user_id");
  CREATE INDEX "reminder_deliveries_updated_at_idx" ON "reminder_deliveries" USING btree ("updated_at");
  CREATE INDEX "reminder_deliveries_created_at_idx" ON "reminder_deliveries" USING btree ("created_at");
  ALTER TABLE "registrations" ADD CONSTRAINT "registrations_review_claimed_by_id_users_id_fk" FOREIGN KEY ("review_claimed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_assignments_fk" FOREIGN KEY ("assignments_id") REFERENCES "public"."assignments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_announcements_fk" FOREIGN KEY ("announcements_id") REFERENCES "public"."announcements"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "registrations_review_claimed_by_idx" ON "registrations" USING btree ("review_claimed_by_id");
  CREATE INDEX "registrations_review_claimed_until_idx" ON "registrations" USING btree ("review_claimed_until");
  CREATE INDEX "registrations_has_submitted_idx" ON "registrations" USING btree ("has_submitted");
  CREATE INDEX "competition_institutionKey_idx" ON "registrations" USING btree ("competition_id","institution_key");
  CREATE INDEX "competition_stage_registration_idx" ON "submissions" USING btree ("competition_id","stage","registration_id");
  CREATE INDEX "version_competition_version_stage_version_registration_idx" ON "_submissions_v" USING btree ("version_competition_id","version_stage","version_registration_id");
  CREATE INDEX "competition_judge_stage_idx" ON "scores" USING btree ("competition_id","judge_id","stage");
  CREATE INDEX "audit_events_actor_email_idx" ON "audit_events" USING btree ("actor_email");
  CREATE INDEX "collectionSlug_documentId_createdAt_idx" ON "audit_events" USING btree ("collection_slug","document_id","created_at");
  CREATE INDEX "payload_locked_documents_rels_assignments_id_idx" ON "payload_locked_documents_rels" USING btree ("assignments_id");
  CREATE INDEX "payload_locked_documents_rels_announcements_id_idx" ON "payload_locked_documents_rels" USING btree ("announcements_id");
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_events_id";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "assignments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "announcements" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "announcement_deliveries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reminder_deliveries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "assignments" CASCADE;
  DROP TABLE "announcements" CASCADE;
  DROP TABLE "announcement_deliveries" CASCADE;
  DROP TABLE "reminder_deliveries" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "registrations" DROP CONSTRAINT "registrations_review_claimed_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_assignments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_announcements_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "registrations_review_claimed_by_idx";
  DROP INDEX "registrations_review_claimed_until_idx";
  DROP INDEX "registrations_has_submitted_idx";
  DROP INDEX "competition_institutionKey_idx";
  DROP INDEX "competition_stage_registration_idx";
  DROP INDEX "version_competition_version_stage_version_registration_idx";
  DROP INDEX "competition_judge_stage_idx";
  DROP INDEX "audit_events_actor_email_idx";
  DROP INDEX "collectionSlug_documentId_createdAt_idx";
  DROP INDEX "payload_locked_documents_rels_assignments_id_idx";
  DROP INDEX "payload_locked_documents_rels_announcements_id_idx";
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_events_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_events_fk" FOREIGN KEY ("audit_events_id") REFERENCES "public"."audit_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_audit_events_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_events_id");
  ALTER TABLE "competitions_stages" DROP COLUMN "judging_closes_at";
  ALTER TABLE "competitions_stages" DROP COLUMN "judges_per_submission";
  ALTER TABLE "competitions_stages" DROP COLUMN "ranking_method";
  ALTER TABLE "_competitions_v_version_stages" DROP COLUMN "judging_closes_at";
  ALTER TABLE "_competitions_v_version_stages" DROP COLUMN "judges_per_submission";
  ALTER TABLE "_competitions_v_version_stages" DROP COLUMN "ranking_method";
  ALTER TABLE "registrations" DROP COLUMN "review_claimed_by_id";
  ALTER TABLE "registrations" DROP COLUMN "review_claimed_until";
  ALTER TABLE "registrations" DROP COLUMN "has_submitted";
  ALTER TABLE "audit_events" DROP COLUMN "actor_name";
  ALTER TABLE "audit_events" DROP COLUMN "actor_email";
  ALTER TABLE "audit_events" DROP COLUMN "actor_role";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "assignments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "announcements_id";
  DROP TYPE "public"."enum_competitions_stages_ranking_method";
  DROP TYPE "public"."enum__competitions_v_version_stages_ranking_method";
  DROP TYPE "public"."enum_announcements_audience";
  DROP TYPE "public"."enum_announcement_deliveries_status";
  DROP TYPE "public"."enum_reminder_deliveries_kind";`)
}
