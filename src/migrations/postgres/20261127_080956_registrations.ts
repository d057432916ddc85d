import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_registrations_status" AS ENUM('pending', 'needs-revision', 'verified', 'rejected', 'withdrawn', 'waitlisted');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail');
  CREATE TABLE "competitions_fee_schedule" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"until" timestamp(3) with time zone,
  	"fee" numeric
  );
  
  CREATE TABLE "_competitions_v_version_fee_schedule" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"label" varchar,
  	"until" timestamp(3) with time zone,
  	"fee" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "registrations_members" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"student_id" varchar NOT NULL,
  	"student_card_id" uuid NOT NULL
  );
  
  CREATE TABLE "registrations" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"competition_id" uuid NOT NULL,
  	"code" varchar,
  	"team_name" varchar NOT NULL,
  	"institution" varchar NOT NULL,
  	"leader_id" uuid,
  	"payment_proof_id" uuid,
  	"status" "enum_registrations_status" DEFAULT 'pending' NOT NULL,
  	"review_note" varchar,
  	"reviewed_by_id" uuid,
  	"reviewed_at" timestamp(3) with time zone,
  	"fee_due" numeric,
  	"code_number" numeric,
  	"place_key" varchar,
  	"team_key" varchar,
  	"institution_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "attachments" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"owner_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_preview_url" varchar,
  	"sizes_preview_width" numeric,
  	"sizes_preview_height" numeric,
  	"sizes_preview_mime_type" varchar,
  	"sizes_preview_filesize" numeric,
  	"sizes_preview_filename" varchar
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "competitions" ADD COLUMN "max_teams_per_institution" numeric;
  ALTER TABLE "competitions" ADD COLUMN "waitlist" boolean DEFAULT false;
  ALTER TABLE "competitions" ADD COLUMN "code_prefix" varchar;
  ALTER TABLE "_competitions_v" ADD COLUMN "version_max_teams_per_institution" numeric;
  ALTER TABLE "_competitions_v" ADD COLUMN "version_waitlist" boolean DEFAULT false;
  ALTER TABLE "_competitions_v" ADD COLUMN "version_code_prefix" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "registrations_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "attachments_id" uuid;
  ALTER TABLE "competitions_fee_schedule" ADD CONSTRAINT "competitions_fee_schedule_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."competitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_competitions_v_version_fee_schedule" ADD CONSTRAINT "_competitions_v_version_fee_schedule_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_competitions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "registrations_members" ADD CONSTRAINT "registrations_members_student_card_id_attachments_id_fk" FOREIGN KEY ("student_card_id") REFERENCES "public"."attachments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "registrations_members" ADD CONSTRAINT "registrations_members_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "registrations" ADD CONSTRAINT "registrations_competition_id_competitions_id_fk" FOREIGN KEY ("competition_id") REFERENCES "public"."competitions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "registrations" ADD CONSTRAINT "registrations_leader_id_users_id_fk" FOREIGN KEY ("leader_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "registrations" ADD CONSTRAINT "registrations_payment_proof_id_attachments_id_fk" FOREIGN KEY ("payment_proof_id") REFERENCES "public"."attachments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "registrations" ADD CONSTRAINT "registrations_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "attachments" ADD CONSTRAINT "attachments_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "competitions_fee_schedule_order_idx" ON "competitions_fee_schedule" USING btree ("_order");
  CREATE INDEX "competitions_fee_schedule_parent_id_idx" ON "competitions_fee_schedule" USING btree ("_parent_id");
  CREATE INDEX "_competitions_v_version_fee_schedule_order_idx" ON "_competitions_v_version_fee_schedule" USING btree ("_order");
  CREATE INDEX "_competitions_v_version_fee_schedule_parent_id_idx" ON "_competitions_v_version_fee_schedule" USING btree ("_parent_id");
  CREATE INDEX "registrations_members_order_idx" ON "registrations_members" USING btree ("_order");
  CREATE INDEX "registrations_members_parent_id_idx" ON "registrations_members" USING btree ("_parent_id");
  CREATE INDEX "registrations_members_student_card_idx" ON "registrations_members" USING btree ("student_card_id");
  CREATE INDEX "registrations_competition_idx" ON "registrations" USING btree ("competition_id");
  CREATE INDEX "registrations_code_idx" ON "registrations" USING btree ("code");
  CREATE INDEX "registrations_leader_idx" ON "registrations" USING btree ("leader_id");
  CREATE INDEX "registrations_payment_proof_idx" ON "registrations" USING btree ("payment_proof_id");
  CREATE INDEX "registrations_status_idx" ON "registrations" USING btree ("status");
  CREATE INDEX "registrations_reviewed_by_idx" ON "registrations" USING btree ("reviewed_by_id");
  CREATE INDEX "registrations_code_number_idx" ON "registrations" USING btree ("code_number");
  CREATE UNIQUE INDEX "registrations_place_key_idx" ON "registrations" USING btree ("place_key");
  CREATE UNIQUE INDEX "registrations_team_key_idx" ON "registrations" USING btree ("team_key");
  CREATE INDEX "registrations_institution_key_idx" ON "registrations" USING btree ("institution_key");
  CREATE INDEX "registrations_updated_at_idx" ON "registrations" USING btree ("updated_at");
  CREATE INDEX "registrations_created_at_idx" ON "registrations" USING btree ("created_at");
  CREATE INDEX "competition_status_idx" ON "registrations" USING btree ("competition_id","status");
  CREATE UNIQUE INDEX "competition_code_idx" ON "registrations" USING btree ("competition_id","code");
  CREATE INDEX "attachments_owner_idx" ON "attachments" USING btree ("owner_id");
  CREATE INDEX "attachments_updated_at_idx" ON "attachments" USING btree ("updated_at");
  CREATE INDEX "attachments_created_at_idx" ON "attachments" USING btree ("created_at");
  CREATE UNIQUE INDEX "attachments_filename_idx" ON "attachments" USING btree ("filename");
  CREATE INDEX "attachments_sizes_preview_sizes_preview_filename_idx" ON "attachments" USING btree ("sizes_preview_filename");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_registrations_fk" FOREIGN KEY ("registrations_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_attachments_fk" FOREIGN KEY ("attachments_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_registrations_id_idx" ON "payload_locked_documents_rels" USING btree ("registrations_id");
  CREATE INDEX "payload_locked_documents_rels_attachments_id_idx" ON "payload_locked_documents_rels" USING btree ("attachments_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "competitions_fee_schedule" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_competitions_v_version_fee_schedule" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "registrations_members" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "registrations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "attachments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "competitions_fee_schedule" CASCADE;
  DROP TABLE "_competitions_v_version_fee_schedule" CASCADE;
  DROP TABLE "registrations_members" CASCADE;
  DROP TABLE "registrations" CASCADE;
  DROP TABLE "attachments" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_registrations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_attachments_fk";
  
  DROP INDEX "payload_locked_documents_rels_registrations_id_idx";
  DROP INDEX "payload_locked_documents_rels_attachments_id_idx";
  ALTER TABLE "competitions" DROP COLUMN "max_teams_per_institution";
  ALTER TABLE "competitions" DROP COLUMN "waitlist";
  ALTER TABLE "competitions" DROP COLUMN "code_prefix";
  ALTER TABLE "_competitions_v" DROP COLUMN "version_max_teams_per_institution";
  ALTER TABLE "_competitions_v" DROP COLUMN "version_waitlist";
  ALTER TABLE "_competitions_v" DROP COLUMN "version_code_prefix";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "registrations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "attachments_id";
  DROP TYPE "public"."enum_registrations_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
