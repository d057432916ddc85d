import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_competitions_certificate_kinds" AS ENUM('participation', 'finalist', 'winner', 'judge');
  CREATE TYPE "public"."enum__competitions_v_version_certificate_kinds" AS ENUM('participation', 'finalist', 'winner', 'judge');
  CREATE TYPE "public"."enum_certificates_kind" AS ENUM('participation', 'finalist', 'winner', 'judge');
  CREATE TYPE "public"."enum_certificates_placing" AS ENUM('first', 'second', 'third', 'honourable-mention');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'generateCertificate';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'generateCertificate';
  CREATE TABLE "competitions_certificate_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_competitions_certificate_kinds",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "competitions_certificate_title_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "competitions_certificate_signers" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" varchar,
  	"signature_id" uuid
  );
  
  CREATE TABLE "_competitions_v_version_certificate_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum__competitions_v_version_certificate_kinds",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "_competitions_v_version_certificate_title_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_competitions_v_version_certificate_signers" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"role" varchar,
  	"signature_id" uuid,
  	"_uuid" varchar
  );
  
  CREATE TABLE "tickets" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"competition_id" uuid NOT NULL,
  	"stage" varchar NOT NULL,
  	"registration_id" uuid NOT NULL,
  	"user_id" uuid NOT NULL,
  	"name" varchar,
  	"code" varchar NOT NULL,
  	"checked_in_at" timestamp(3) with time zone,
  	"checked_in_by_id" uuid,
  	"key" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "certificates" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"competition_id" uuid,
  	"kind" "enum_certificates_kind" NOT NULL,
  	"holder_id" uuid,
  	"registration_id" uuid,
  	"holder_name" varchar NOT NULL,
  	"team_name" varchar,
  	"competition_title" varchar,
  	"placing" "enum_certificates_placing",
  	"code" varchar NOT NULL,
  	"issued_at" timestamp(3) with time zone,
  	"revoked" boolean DEFAULT false,
  	"revoked_reason" varchar,
  	"revoked_at" timestamp(3) with time zone,
  	"key" varchar NOT NULL,
  	"emailed_at" timestamp(3) with time zone,
  	"prefix" varchar DEFAULT 'certificates',
  	"_objectkey" varchar,
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
  	"focal_y" numeric
  );
  
  ALTER TABLE "competitions_stages" ADD COLUMN "on_site" boolean DEFAULT false;
  ALTER TABLE "competitions" ADD COLUMN "accent_color" varchar;
  ALTER TABLE "competitions" ADD COLUMN "logo_id" uuid;
  ALTER TABLE "competitions" ADD COLUMN "certificate_background_id" uuid;
  ALTER TABLE "_competitions_v_version_stages" ADD COLUMN "on_site" boolean DEFAULT false;
  ALTER TABLE "_competitions_v" ADD COLUMN "version_accent_color" varchar;
  ALTER TABLE "_competitions_v" ADD COLUMN "version_logo_id" uuid;
  ALTER TABLE "_competitions_v" ADD COLUMN "version_certificate_background_id" uuid;
  ALTER TABLE "media" ADD COLUMN "prefix" varchar DEFAULT 'media';
  ALTER TABLE "media" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_large_url" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_large_width" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_large_height" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_large_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_large_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_large_filename" varchar;
  ALTER TABLE "attachments" ADD COLUMN "prefix" varchar DEFAULT 'attachments';
  ALTER TABLE "attachments" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "competitions_certificate_kinds" ADD CONSTRAINT "competitions_certificate_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."competitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "competitions_certificate_title_lines" ADD CONSTRAINT "competitions_certificate_title_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."competitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "competitions_certificate_signers" ADD CONSTRAINT "competitions_certificate_signers_signature_id_attachments_id_fk" FOREIGN KEY ("signature_id") REFERENCES "public"."attachments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "competitions_certificate_signers" ADD CONSTRAINT "competitions_certificate_signers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."competitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_competitions_v_version_certificate_kinds" ADD CONSTRAINT "_competitions_v_version_certificate_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_competitions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_competitions_v_version_certificate_title_lines" ADD CONSTRAINT "_competitions_v_version_certificate_title_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_competitions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_competitions_v_version_certificate_signers" ADD CONSTRAINT "_competitions_v_version_certificate_signers_signature_id_attachments_id_fk" FOREIGN KEY ("signature_id") REFERENCES "public"."attachments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_competitions_v_version_certificate_signers" ADD CONSTRAINT "_competitions_v_version_certificate_signers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_competitions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tickets" ADD CONSTRAINT "tickets_competition_id_competitions_id_fk" FOREIGN KEY ("competition_id") REFERENCES "public"."competitions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tickets" ADD CONSTRAINT "tickets_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tickets" ADD CONSTRAINT "tickets_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tickets" ADD CONSTRAINT "tickets_checked_in_by_id_users_id_fk" FOREIGN KEY ("checked_in_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "certificates" ADD CONSTRAINT "certificates_competition_id_competitions_id_fk" FOREIGN KEY ("competition_id") REFERENCES "public"."competitions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "certificates" ADD CONSTRAINT "certificates_holder_id_users_id_fk" FOREIGN KEY ("holder_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "certificates" ADD CONSTRAINT "certificates_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "competitions_certificate_kinds_order_idx" ON "competitions_certificate_kinds" USING btree ("order");
  CREATE INDEX "competitions_certificate_kinds_parent_idx" ON "competitions_certificate_kinds" USING btree ("parent_id");
  CREATE INDEX "competitions_certificate_title_lines_order_idx" ON "competitions_certificate_title_lines" USING btree ("_order");
  CREATE INDEX "competitions_certificate_title_lines_parent_id_idx" ON "competitions_certificate_title_lines" USING btree ("_parent_id");
  CREATE INDEX "competitions_certificate_signers_order_idx" ON "competitions_certificate_signers" USING btree ("_order");
  CREATE INDEX "competitions_certificate_signers_parent_id_idx" ON "competitions_certificate_signers" USING btree ("_parent_id");
  CREATE INDEX "competitions_certificate_signers_signature_idx" ON "competitions_certificate_signers" USING btree ("signature_id");
  CREATE INDEX "_competitions_v_version_certificate_kinds_order_idx" ON "_competitions_v_version_certificate_kinds" USING btree ("order");
  CREATE INDEX "_competitions_v_version_certificate_kinds_parent_idx" ON "_competitions_v_version_certificate_kinds" USING btree ("parent_id");
  CREATE INDEX "_competitions_v_version_certificate_title_lines_order_idx" ON "_competitions_v_version_certificate_title_lines" USING btree ("_order");
  CREATE INDEX "_competitions_v_version_certificate_title_lines_parent_id_idx" ON "_competitions_v_version_certificate_title_lines" USING btree ("_parent_id");
  CREATE INDEX "_competitions_v_version_certificate_signers_order_idx" ON "_competitions_v_version_certificate_signers" USING btree ("_order");
  CREATE INDEX "_competitions_v_version_certificate_signers_parent_id_idx" ON "_competitions_v_version_certificate_signers" USING btree ("_parent_id");
  CREATE INDEX "_competitions_v_version_certificate_signers_signature_idx" ON "_competitions_v_version_certificate_signers" USING btree ("signature_id");
  CREATE INDEX "tickets_competition_idx" ON "tickets" USING btree ("competition_id");
  CREATE INDEX "tickets_registration_idx" ON "tickets" USING btree ("registration_id");
  CREATE INDEX "tickets_user_idx" ON "tickets" USING btree ("user_id");
  CREATE UNIQUE INDEX "tickets_code_idx" ON "tickets" USING btree ("code");
  CREATE INDEX "tickets_checked_in_by_idx" ON "tickets" USING btree ("checked_in_by_id");
  CREATE UNIQUE INDEX "tickets_key_idx" ON "tickets" USING btree ("key");
  CREATE INDEX "tickets_updated_at_idx" ON "tickets" USING btree ("updated_at");
  CREATE INDEX "tickets_created_at_idx" ON "tickets" USING btree ("created_at");
  CREATE INDEX "competition_stage_idx" ON "tickets" USING btree ("competition_id","stage");
  CREATE INDEX "certificates_competition_idx" ON "certificates" USING btree ("competition_id");
  CREATE INDEX "certificates_holder_idx" ON "certificates" USING btree ("holder_id");
  CREATE INDEX "certificates_registration_idx" ON "certificates" USING btree ("registration_id");
  CREATE UNIQUE INDEX "certificates_code_idx" ON "certificates" USING btree ("code");
  CREATE UNIQUE INDEX "certificates_key_idx" ON "certificates" USING btree ("key");
  CREATE INDEX "certificates_updated_at_idx" ON "certificates" USING btree ("updated_at");
  CREATE INDEX "certificates_created_at_idx" ON "certificates" USING btree ("created_at");
  CREATE UNIQUE INDEX "certificates_filename_idx" ON "certificates" USING btree ("filename");
  ALTER TABLE "competitions" ADD CONSTRAINT "competitions_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "competitions" ADD CONSTRAINT "competitions_certificate_background_id_media_id_fk" FOREIGN KEY ("certificate_background_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_competitions_v" ADD CONSTRAINT "_competitions_v_version_logo_id_media_id_fk" FOREIGN KEY ("version_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_competitions_v" ADD CONSTRAINT "_competitions_v_version_certificate_background_id_media_id_fk" FOREIGN KEY ("version_certificate_background_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "competitions_logo_idx" ON "competitions" USING btree ("logo_id");
  CREATE INDEX "competitions_certificate_certificate_background_idx" ON "competitions" USING btree ("certificate_background_id");
  CREATE INDEX "_competitions_v_version_version_logo_idx" ON "_competitions_v" USING btree ("version_logo_id");
  CREATE INDEX "_competitions_v_version_certificate_version_certificate__idx" ON "_competitions_v" USING btree ("version_certificate_background_id");
  CREATE INDEX "media_sizes_large_sizes_large_filename_idx" ON "media" USING btree ("sizes_large_filename");
  CREATE INDEX "status_createdAt_idx" ON "registrations" USING btree ("status","created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "competitions_certificate_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "competitions_certificate_title_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "competitions_certificate_signers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_competitions_v_version_certificate_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_competitions_v_version_certificate_title_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_competitions_v_version_certificate_signers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tickets" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "certificates" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "competitions_certificate_kinds" CASCADE;
  DROP TABLE "competitions_certificate_title_lines" CASCADE;
  DROP TABLE "competitions_certificate_signers" CASCADE;
  DROP TABLE "_competitions_v_version_certificate_kinds" CASCADE;
  DROP TABLE "_competitions_v_version_certificate_title_lines" CASCADE;
  DROP TABLE "_competitions_v_version_certificate_signers" CASCADE;
  DROP TABLE "tickets" CASCADE;
  DROP TABLE "certificates" CASCADE;
  ALTER TABLE "competitions" DROP CONSTRAINT "competitions_logo_id_media_id_fk";
  
  ALTER TABLE "competitions" DROP CONSTRAINT "competitions_certificate_background_id_media_id_fk";
  
  ALTER TABLE "_competitions_v" DROP CONSTRAINT "_competitions_v_version_logo_id_media_id_fk";
  
  ALTER TABLE "_competitions_v" DROP CONSTRAINT "_competitions_v_version_certificate_background_id_media_id_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail', 'sendAnnouncement', 'publishDueAnnouncements', 'sendReminders');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail', 'sendAnnouncement', 'publishDueAnnouncements', 'sendReminders');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "competitions_logo_idx";
  DROP INDEX "competitions_certificate_certificate_background_idx";
  DROP INDEX "_competitions_v_version_version_logo_idx";
  DROP INDEX "_competitions_v_version_certificate_version_certificate__idx";
  DROP INDEX "media_sizes_large_sizes_large_filename_idx";
  DROP INDEX "status_createdAt_idx";
  ALTER TABLE "competitions_stages" DROP COLUMN "on_site";
  ALTER TABLE "competitions" DROP COLUMN "accent_color";
  ALTER TABLE "competitions" DROP COLUMN "logo_id";
  ALTER TABLE "competitions" DROP COLUMN "certificate_background_id";
  ALTER TABLE "_competitions_v_version_stages" DROP COLUMN "on_site";
  ALTER TABLE "_competitions_v" DROP COLUMN "version_accent_color";
  ALTER TABLE "_competitions_v" DROP COLUMN "version_logo_id";
  ALTER TABLE "_competitions_v" DROP COLUMN "version_certificate_background_id";
  ALTER TABLE "media" DROP COLUMN "prefix";
  ALTER TABLE "media" DROP COLUMN "_objectkey";
  ALTER TABLE "media" DROP COLUMN "sizes_large_url";
  ALTER TABLE "media" DROP COLUMN "sizes_large_width";
  ALTER TABLE "media" DROP COLUMN "sizes_large_height";
  ALTER TABLE "media" DROP COLUMN "sizes_large_mime_type";
  ALTER TABLE "media" DROP COLUMN "sizes_large_filesize";
  ALTER TABLE "media" DROP COLUMN "sizes_large_filename";
  ALTER TABLE "attachments" DROP COLUMN "prefix";
  ALTER TABLE "attachments" DROP COLUMN "_objectkey";
  DROP TYPE "public"."enum_competitions_certificate_kinds";
  DROP TYPE "public"."enum__competitions_v_version_certificate_kinds";
  DROP TYPE "public"."enum_certificates_kind";
  DROP TYPE "public"."enum_certificates_placing";`)
}
