import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_competitions_stages_submission_kinds" AS ENUM('file', 'link', 'text');
  CREATE TYPE "public"."enum_competitions_stages_accepted_file_types" AS ENUM('pdf', 'zip', 'jpeg', 'png', 'webp', 'mp4');
  CREATE TYPE "public"."enum_competitions_stages_eligibility" AS ENUM('all-verified', 'advanced');
  CREATE TYPE "public"."enum__competitions_v_version_stages_submission_kinds" AS ENUM('file', 'link', 'text');
  CREATE TYPE "public"."enum__competitions_v_version_stages_accepted_file_types" AS ENUM('pdf', 'zip', 'jpeg', 'png', 'webp', 'mp4');
  CREATE TYPE "public"."enum__competitions_v_version_stages_eligibility" AS ENUM('all-verified', 'advanced');
  CREATE TYPE "public"."enum_registrations_placing" AS ENUM('first', 'second', 'third', 'honourable-mention');
  CREATE TYPE "public"."enum_attachments_purpose" AS ENUM('document', 'submission');
  CREATE TABLE "competitions_stages_submission_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_competitions_stages_submission_kinds",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "competitions_stages_accepted_file_types" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_competitions_stages_accepted_file_types",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "competitions_stages_rubric" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"criterion" varchar,
  	"weight" numeric DEFAULT 1,
  	"max_score" numeric DEFAULT 10
  );
  
  CREATE TABLE "_competitions_v_version_stages_submission_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum__competitions_v_version_stages_submission_kinds",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "_competitions_v_version_stages_accepted_file_types" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum__competitions_v_version_stages_accepted_file_types",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "_competitions_v_version_stages_rubric" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"criterion" varchar,
  	"weight" numeric DEFAULT 1,
  	"max_score" numeric DEFAULT 10,
  	"_uuid" varchar
  );
  
  CREATE TABLE "registrations_progress" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"stage" varchar NOT NULL,
  	"advanced_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "submissions" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"registration_id" uuid NOT NULL,
  	"stage" varchar NOT NULL,
  	"file_id" uuid,
  	"link" varchar,
  	"text" varchar,
  	"notes" varchar,
  	"submitted_by_id" uuid,
  	"submitted_at" timestamp(3) with time zone,
  	"late" boolean DEFAULT false,
  	"competition_id" uuid,
  	"key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "submissions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "_submissions_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_registration_id" uuid NOT NULL,
  	"version_stage" varchar NOT NULL,
  	"version_file_id" uuid,
  	"version_link" varchar,
  	"version_text" varchar,
  	"version_notes" varchar,
  	"version_submitted_by_id" uuid,
  	"version_submitted_at" timestamp(3) with time zone,
  	"version_late" boolean DEFAULT false,
  	"version_competition_id" uuid,
  	"version_key" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_submissions_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "scores_criteria" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"criterion" varchar NOT NULL,
  	"score" numeric NOT NULL
  );
  
  CREATE TABLE "scores" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"submission_id" uuid NOT NULL,
  	"judge_id" uuid,
  	"comment" varchar,
  	"total" numeric,
  	"competition_id" uuid,
  	"registration_id" uuid,
  	"stage" varchar,
  	"key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "conflicts" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"judge_id" uuid,
  	"registration_id" uuid NOT NULL,
  	"reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "competitions_stages" ADD COLUMN "grace_minutes" numeric DEFAULT 0;
  ALTER TABLE "competitions_stages" ADD COLUMN "eligibility" "enum_competitions_stages_eligibility" DEFAULT 'all-verified';
  ALTER TABLE "competitions_stages" ADD COLUMN "results_published" boolean DEFAULT false;
  ALTER TABLE "competitions_stages" ADD COLUMN "max_file_size_m_b" numeric DEFAULT 10;
  ALTER TABLE "_competitions_v_version_stages" ADD COLUMN "grace_minutes" numeric DEFAULT 0;
  ALTER TABLE "_competitions_v_version_stages" ADD COLUMN "eligibility" "enum__competitions_v_version_stages_eligibility" DEFAULT 'all-verified';
  ALTER TABLE "_competitions_v_version_stages" ADD COLUMN "results_published" boolean DEFAULT false;
  ALTER TABLE "_competitions_v_version_stages" ADD COLUMN "max_file_size_m_b" numeric DEFAULT 10;
  ALTER TABLE "registrations" ADD COLUMN "placing" "enum_registrations_placing";
  ALTER TABLE "attachments" ADD COLUMN "purpose" "enum_attachments_purpose" DEFAULT 'document' NOT NULL;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "submissions_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "scores_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "conflicts_id" uuid;
  ALTER TABLE "competitions_stages_submission_kinds" ADD CONSTRAINT "competitions_stages_submission_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."competitions_stages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "competitions_stages_accepted_file_types" ADD CONSTRAINT "competitions_stages_accepted_file_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."competitions_stages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "competitions_stages_rubric" ADD CONSTRAINT "competitions_stages_rubric_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."competitions_stages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_competitions_v_version_stages_submission_kinds" ADD CONSTRAINT "_competitions_v_version_stages_submission_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_competitions_v_version_stages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_competitions_v_version_stages_accepted_file_types" ADD CONSTRAINT "_competitions_v_version_stages_accepted_file_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_competitions_v_version_stages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_competitions_v_version_stages_rubric" ADD CONSTRAINT "_competitions_v_version_stages_rubric_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_competitions_v_version_stages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "registrations_progress" ADD CONSTRAINT "registrations_progress_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "submissions" ADD CONSTRAINT "submissions_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submissions" ADD CONSTRAINT "submissions_file_id_attachments_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."attachments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submissions" ADD CONSTRAINT "submissions_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submissions" ADD CONSTRAINT "submissions_competition_id_competitions_id_fk" FOREIGN KEY ("competition_id") REFERENCES "public"."competitions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submissions_rels" ADD CONSTRAINT "submissions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "submissions_rels" ADD CONSTRAINT "submissions_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_submissions_v" ADD CONSTRAINT "_submissions_v_parent_id_submissions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_submissions_v" ADD CONSTRAINT "_submissions_v_version_registration_id_registrations_id_fk" FOREIGN KEY ("version_registration_id") REFERENCES "public"."registrations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_submissions_v" ADD CONSTRAINT "_submissions_v_version_file_id_attachments_id_fk" FOREIGN KEY ("version_file_id") REFERENCES "public"."attachments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_submissions_v" ADD CONSTRAINT "_submissions_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_submissions_v" ADD CONSTRAINT "_submissions_v_version_competition_id_competitions_id_fk" FOREIGN KEY ("version_competition_id") REFERENCES "public"."competitions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_submissions_v_rels" ADD CONSTRAINT "_submissions_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_submissions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_submissions_v_rels" ADD CONSTRAINT "_submissions_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "scores_criteria" ADD CONSTRAINT "scores_criteria_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."scores"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "scores" ADD CONSTRAINT "scores_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "scores" ADD CONSTRAINT "scores_judge_id_users_id_fk" FOREIGN KEY ("judge_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "scores" ADD CONSTRAINT "scores_competition_id_competitions_id_fk" FOREIGN KEY ("competition_id") REFERENCES "public"."competitions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "scores" ADD CONSTRAINT "scores_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conflicts" ADD CONSTRAINT "conflicts_judge_id_users_id_fk" FOREIGN KEY ("judge_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conflicts" ADD CONSTRAINT "conflicts_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "competitions_stages_submission_kinds_order_idx" ON "competitions_stages_submission_kinds" USING btree ("order");
  CREATE INDEX "competitions_stages_submission_kinds_parent_idx" ON "competitions_stages_submission_kinds" USING btree ("parent_id");
  CREATE INDEX "competitions_stages_accepted_file_types_order_idx" ON "competitions_stages_accepted_file_types" USING btree ("order");
  CREATE INDEX "competitions_stages_accepted_file_types_parent_idx" ON "competitions_stages_accepted_file_types" USING btree ("parent_id");
  CREATE INDEX "competitions_stages_rubric_order_idx" ON "competitions_stages_rubric" USING btree ("_order");
  CREATE INDEX "competitions_stages_rubric_parent_id_idx" ON "competitions_stages_rubric" USING btree ("_parent_id");
  CREATE INDEX "_competitions_v_version_stages_submission_kinds_order_idx" ON "_competitions_v_version_stages_submission_kinds" USING btree ("order");
  CREATE INDEX "_competitions_v_version_stages_submission_kinds_parent_idx" ON "_competitions_v_version_stages_submission_kinds" USING btree ("parent_id");
  CREATE INDEX "_competitions_v_version_stages_accepted_file_types_order_idx" ON "_competitions_v_version_stages_accepted_file_types" USING btree ("order");
  CREATE INDEX "_competitions_v_version_stages_accepted_file_types_parent_idx" ON "_competitions_v_version_stages_accepted_file_types" USING btree ("parent_id");
  CREATE INDEX "_competitions_v_version_stages_rubric_order_idx" ON "_competitions_v_version_stages_rubric" USING btree ("_order");
  CREATE INDEX "_competitions_v_version_stages_rubric_parent_id_idx" ON "_competitions_v_version_stages_rubric" USING btree ("_parent_id");
  CREATE INDEX "registrations_progress_order_idx" ON "registrations_progress" USING btree ("_order");
  CREATE INDEX "registrations_progress_parent_id_idx" ON "registrations_progress" USING btree ("_parent_id");
  CREATE INDEX "submissions_registration_idx" ON "submissions" USING btree ("registration_id");
  CREATE INDEX "submissions_stage_idx" ON "submissions" USING btree ("stage");
  CREATE INDEX "submissions_file_idx" ON "submissions" USING btree ("file_id");
  CREATE INDEX "submissions_submitted_by_idx" ON "submissions" USING btree ("submitted_by_id");
  CREATE INDEX "submissions_competition_idx" ON "submissions" USING btree ("competition_id");
  CREATE UNIQUE INDEX "submissions_key_idx" ON "submissions" USING btree ("key");
  CREATE INDEX "submissions_updated_at_idx" ON "submissions" USING btree ("updated_at");
  CREATE INDEX "submissions_created_at_idx" ON "submissions" USING btree ("created_at");
  CREATE INDEX "submissions_rels_order_idx" ON "submissions_rels" USING btree ("order");
  CREATE INDEX "submissions_rels_parent_idx" ON "submissions_rels" USING btree ("parent_id");
  CREATE INDEX "submissions_rels_path_idx" ON "submissions_rels" USING btree ("path");
  CREATE INDEX "submissions_rels_users_id_idx" ON "submissions_rels" USING btree ("users_id");
  CREATE INDEX "_submissions_v_parent_idx" ON "_submissions_v" USING btree ("parent_id");
  CREATE INDEX "_submissions_v_version_version_registration_idx" ON "_submissions_v" USING btree ("version_registration_id");
  CREATE INDEX "_submissions_v_version_version_stage_idx" ON "_submissions_v" USING btree ("version_stage");
  CREATE INDEX "_submissions_v_version_version_file_idx" ON "_submissions_v" USING btree ("version_file_id");
  CREATE INDEX "_submissions_v_version_version_submitted_by_idx" ON "_submissions_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_submissions_v_version_version_competition_idx" ON "_submissions_v" USING btree ("version_competition_id");
  CREATE INDEX "_submissions_v_version_version_key_idx" ON "_submissions_v" USING btree ("version_key");
  CREATE INDEX "_submissions_v_version_version_updated_at_idx" ON "_submissions_v" USING btree ("version_updated_at");
  CREATE INDEX "_submissions_v_version_version_created_at_idx" ON "_submissions_v" USING btree ("version_created_at");
  CREATE INDEX "_submissions_v_created_at_idx" ON "_submissions_v" USING btree ("created_at");
  CREATE INDEX "_submissions_v_updated_at_idx" ON "_submissions_v" USING btree ("updated_at");
  CREATE INDEX "_submissions_v_rels_order_idx" ON "_submissions_v_rels" USING btree ("order");
  CREATE INDEX "_submissions_v_rels_parent_idx" ON "_submissions_v_rels" USING btree ("parent_id");
  CREATE INDEX "_submissions_v_rels_path_idx" ON "_submissions_v_rels" USING btree ("path");
  CREATE INDEX "_submissions_v_rels_users_id_idx" ON "_submissions_v_rels" USING btree ("users_id");
  CREATE INDEX "scores_criteria_order_idx" ON "scores_criteria" USING btree ("_order");
  CREATE INDEX "scores_criteria_parent_id_idx" ON "scores_criteria" USING btree ("_parent_id");
  CREATE INDEX "scores_submission_idx" ON "scores" USING btree ("submission_id");
  CREATE INDEX "scores_judge_idx" ON "scores" USING btree ("judge_id");
  CREATE INDEX "scores_competition_idx" ON "scores" USING btree ("competition_id");
  CREATE INDEX "scores_registration_idx" ON "scores" USING btree ("registration_id");
  CREATE INDEX "scores_stage_idx" ON "scores" USING btree ("stage");
  CREATE UNIQUE INDEX "scores_key_idx" ON "scores" USING btree ("key");
  CREATE INDEX "scores_updated_at_idx" ON "scores" USING btree ("updated_at");
  CREATE INDEX "scores_created_at_idx" ON "scores" USING btree ("created_at");
  CREATE INDEX "conflicts_judge_idx" ON "conflicts" USING btree ("judge_id");
  CREATE INDEX "conflicts_registration_idx" ON "conflicts" USING btree ("registration_id");
  CREATE INDEX "conflicts_updated_at_idx" ON "conflicts" USING btree ("updated_at");
  CREATE INDEX "conflicts_created_at_idx" ON "conflicts" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_submissions_fk" FOREIGN KEY ("submissions_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_scores_fk" FOREIGN KEY ("scores_id") REFERENCES "public"."scores"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_conflicts_fk" FOREIGN KEY ("conflicts_id") REFERENCES "public"."conflicts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_submissions_id_idx" ON "payload_locked_documents_rels" USING btree ("submissions_id");
  CREATE INDEX "payload_locked_documents_rels_scores_id_idx" ON "payload_locked_documents_rels" USING btree ("scores_id");
  CREATE INDEX "payload_locked_documents_rels_conflicts_id_idx" ON "payload_locked_documents_rels" USING btree ("conflicts_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "competitions_stages_submission_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "competitions_stages_accepted_file_types" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "competitions_stages_rubric" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_competitions_v_version_stages_submission_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_competitions_v_version_stages_accepted_file_types" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_competitions_v_version_stages_rubric" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "registrations_progress" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "submissions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "submissions_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_submissions_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_submissions_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "scores_criteria" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "scores" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "conflicts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "competitions_stages_submission_kinds" CASCADE;
  DROP TABLE "competitions_stages_accepted_file_types" CASCADE;
  DROP TABLE "competitions_stages_rubric" CASCADE;
  DROP TABLE "_competitions_v_version_stages_submission_kinds" CASCADE;
  DROP TABLE "_competitions_v_version_stages_accepted_file_types" CASCADE;
  DROP TABLE "_competitions_v_version_stages_rubric" CASCADE;
  DROP TABLE "registrations_progress" CASCADE;
  DROP TABLE "submissions" CASCADE;
  DROP TABLE "submissions_rels" CASCADE;
  DROP TABLE "_submissions_v" CASCADE;
  DROP TABLE "_submissions_v_rels" CASCADE;
  DROP TABLE "scores_criteria" CASCADE;
  DROP TABLE "scores" CASCADE;
  DROP TABLE "conflicts" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_submissions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_scores_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_conflicts_fk";
  
  DROP INDEX "payload_locked_documents_rels_submissions_id_idx";
  DROP INDEX "payload_locked_documents_rels_scores_id_idx";
  DROP INDEX "payload_locked_documents_rels_conflicts_id_idx";
  ALTER TABLE "competitions_stages" DROP COLUMN "grace_minutes";
  ALTER TABLE "competitions_stages" DROP COLUMN "eligibility";
  ALTER TABLE "competitions_stages" DROP COLUMN "results_published";
  ALTER TABLE "competitions_stages" DROP COLUMN "max_file_size_m_b";
  ALTER TABLE "_competitions_v_version_stages" DROP COLUMN "grace_minutes";
  ALTER TABLE "_competitions_v_version_stages" DROP COLUMN "eligibility";
  ALTER TABLE "_competitions_v_version_stages" DROP COLUMN "results_published";
  ALTER TABLE "_competitions_v_version_stages" DROP COLUMN "max_file_size_m_b";
  ALTER TABLE "registrations" DROP COLUMN "placing";
  ALTER TABLE "attachments" DROP COLUMN "purpose";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "submissions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "scores_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "conflicts_id";
  DROP TYPE "public"."enum_competitions_stages_submission_kinds";
  DROP TYPE "public"."enum_competitions_stages_accepted_file_types";
  DROP TYPE "public"."enum_competitions_stages_eligibility";
  DROP TYPE "public"."enum__competitions_v_version_stages_submission_kinds";
  DROP TYPE "public"."enum__competitions_v_version_stages_accepted_file_types";
  DROP TYPE "public"."enum__competitions_v_version_stages_eligibility";
  DROP TYPE "public"."enum_registrations_placing";
  DROP TYPE "public"."enum_attachments_purpose";`)
}
