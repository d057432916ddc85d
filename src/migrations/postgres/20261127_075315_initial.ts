import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'committee', 'judge', 'participant');
  CREATE TYPE "public"."enum_competitions_category" AS ENUM('hackathon', 'ctf', 'ui-ux', 'business-plan', 'competitive-programming', 'data-science', 'other');
  CREATE TYPE "public"."enum_competitions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__competitions_v_version_category" AS ENUM('hackathon', 'ctf', 'ui-ux', 'business-plan', 'competitive-programming', 'data-science', 'other');
  CREATE TYPE "public"."enum__competitions_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'participant' NOT NULL,
  	"institution" varchar,
  	"phone" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"_verified" boolean,
  	"_verificationtoken" varchar,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "competitions_stages" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"name" varchar,
  	"opens_at" timestamp(3) with time zone,
  	"closes_at" timestamp(3) with time zone,
  	"description" varchar
  );
  
  CREATE TABLE "competitions_contacts" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"phone" varchar,
  	"email" varchar
  );
  
  CREATE TABLE "competitions" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"category" "enum_competitions_category",
  	"summary" varchar,
  	"description" jsonb,
  	"poster_id" uuid,
  	"guidebook_id" uuid,
  	"team_size_min" numeric DEFAULT 1,
  	"team_size_max" numeric DEFAULT 3,
  	"quota" numeric,
  	"fee" numeric DEFAULT 0,
  	"registration_opens_at" timestamp(3) with time zone,
  	"registration_closes_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_competitions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "competitions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "_competitions_v_version_stages" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar,
  	"name" varchar,
  	"opens_at" timestamp(3) with time zone,
  	"closes_at" timestamp(3) with time zone,
  	"description" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_competitions_v_version_contacts" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"phone" varchar,
  	"email" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_competitions_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_category" "enum__competitions_v_version_category",
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"version_poster_id" uuid,
  	"version_guidebook_id" uuid,
  	"version_team_size_min" numeric DEFAULT 1,
  	"version_team_size_max" numeric DEFAULT 3,
  	"version_quota" numeric,
  	"version_fee" numeric DEFAULT 0,
  	"version_registration_opens_at" timestamp(3) with time zone,
  	"version_registration_closes_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__competitions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_competitions_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "media" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"alt" varchar,
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
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar
  );
  
  CREATE TABLE "payload_kv" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid,
  	"competitions_id" uuid,
  	"media_id" uuid
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "competitions_stages" ADD CONSTRAINT "competitions_stages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."competitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "competitions_contacts" ADD CONSTRAINT "competitions_contacts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."competitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "competitions" ADD CONSTRAINT "competitions_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "competitions" ADD CONSTRAINT "competitions_guidebook_id_media_id_fk" FOREIGN KEY ("guidebook_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "competitions_rels" ADD CONSTRAINT "competitions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."competitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "competitions_rels" ADD CONSTRAINT "competitions_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_competitions_v_version_stages" ADD CONSTRAINT "_competitions_v_version_stages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_competitions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_competitions_v_version_contacts" ADD CONSTRAINT "_competitions_v_version_contacts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_competitions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_competitions_v" ADD CONSTRAINT "_competitions_v_parent_id_competitions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."competitions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_competitions_v" ADD CONSTRAINT "_competitions_v_version_poster_id_media_id_fk" FOREIGN KEY ("version_poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_competitions_v" ADD CONSTRAINT "_competitions_v_version_guidebook_id_media_id_fk" FOREIGN KEY ("version_guidebook_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_competitions_v_rels" ADD CONSTRAINT "_competitions_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_competitions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_competitions_v_rels" ADD CONSTRAINT "_competitions_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_competitions_fk" FOREIGN KEY ("competitions_id") REFERENCES "public"."competitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_role_idx" ON "users" USING btree ("role");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "competitions_stages_order_idx" ON "competitions_stages" USING btree ("_order");
  CREATE INDEX "competitions_stages_parent_id_idx" ON "competitions_stages" USING btree ("_parent_id");
  CREATE INDEX "competitions_contacts_order_idx" ON "competitions_contacts" USING btree ("_order");
  CREATE INDEX "competitions_contacts_parent_id_idx" ON "competitions_contacts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "competitions_slug_idx" ON "competitions" USING btree ("slug");
  CREATE INDEX "competitions_category_idx" ON "competitions" USING btree ("category");
  CREATE INDEX "competitions_poster_idx" ON "competitions" USING btree ("poster_id");
  CREATE INDEX "competitions_guidebook_idx" ON "competitions" USING btree ("guidebook_id");
  CREATE INDEX "competitions_registration_opens_at_idx" ON "competitions" USING btree ("registration_opens_at");
  CREATE INDEX "competitions_registration_closes_at_idx" ON "competitions" USING btree ("registration_closes_at");
  CREATE INDEX "competitions_updated_at_idx" ON "competitions" USING btree ("updated_at");
  CREATE INDEX "competitions_created_at_idx" ON "competitions" USING btree ("created_at");
  CREATE INDEX "competitions__status_idx" ON "competitions" USING btree ("_status");
  CREATE INDEX "_status_registrationOpensAt_idx" ON "competitions" USING btree ("_status","registration_opens_at");
  CREATE INDEX "competitions_rels_order_idx" ON "competitions_rels" USING btree ("order");
  CREATE INDEX "competitions_rels_parent_idx" ON "competitions_rels" USING btree ("parent_id");
  CREATE INDEX "competitions_rels_path_idx" ON "competitions_rels" USING btree ("path");
  CREATE INDEX "competitions_rels_users_id_idx" ON "competitions_rels" USING btree ("users_id");
  CREATE INDEX "_competitions_v_version_stages_order_idx" ON "_competitions_v_version_stages" USING btree ("_order");
  CREATE INDEX "_competitions_v_version_stages_parent_id_idx" ON "_competitions_v_version_stages" USING btree ("_parent_id");
  CREATE INDEX "_competitions_v_version_contacts_order_idx" ON "_competitions_v_version_contacts" USING btree ("_order");
  CREATE INDEX "_competitions_v_version_contacts_parent_id_idx" ON "_competitions_v_version_contacts" USING btree ("_parent_id");
  CREATE INDEX "_competitions_v_parent_idx" ON "_competitions_v" USING btree ("parent_id");
  CREATE INDEX "_competitions_v_version_version_slug_idx" ON "_competitions_v" USING btree ("version_slug");
  CREATE INDEX "_competitions_v_version_version_category_idx" ON "_competitions_v" USING btree ("version_category");
  CREATE INDEX "_competitions_v_version_version_poster_idx" ON "_competitions_v" USING btree ("version_poster_id");
  CREATE INDEX "_competitions_v_version_version_guidebook_idx" ON "_competitions_v" USING btree ("version_guidebook_id");
  CREATE INDEX "_competitions_v_version_version_registration_opens_at_idx" ON "_competitions_v" USING btree ("version_registration_opens_at");
  CREATE INDEX "_competitions_v_version_version_registration_closes_at_idx" ON "_competitions_v" USING btree ("version_registration_closes_at");
  CREATE INDEX "_competitions_v_version_version_updated_at_idx" ON "_competitions_v" USING btree ("version_updated_at");
  CREATE INDEX "_competitions_v_version_version_created_at_idx" ON "_competitions_v" USING btree ("version_created_at");
  CREATE INDEX "_competitions_v_version_version__status_idx" ON "_competitions_v" USING btree ("version__status");
  CREATE INDEX "_competitions_v_created_at_idx" ON "_competitions_v" USING btree ("created_at");
  CREATE INDEX "_competitions_v_updated_at_idx" ON "_competitions_v" USING btree ("updated_at");
  CREATE INDEX "_competitions_v_latest_idx" ON "_competitions_v" USING btree ("latest");
  CREATE INDEX "version__status_version_registrationOpensAt_idx" ON "_competitions_v" USING btree ("version__status","version_registration_opens_at");
  CREATE INDEX "_competitions_v_rels_order_idx" ON "_competitions_v_rels" USING btree ("order");
  CREATE INDEX "_competitions_v_rels_parent_idx" ON "_competitions_v_rels" USING btree ("parent_id");
  CREATE INDEX "_competitions_v_rels_path_idx" ON "_competitions_v_rels" USING btree ("path");
  CREATE INDEX "_competitions_v_rels_users_id_idx" ON "_competitions_v_rels" USING btree ("users_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_competitions_id_idx" ON "payload_locked_documents_rels" USING btree ("competitions_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "competitions_stages" CASCADE;
  DROP TABLE "competitions_contacts" CASCADE;
  DROP TABLE "competitions" CASCADE;
  DROP TABLE "competitions_rels" CASCADE;
  DROP TABLE "_competitions_v_version_stages" CASCADE;
  DROP TABLE "_competitions_v_version_contacts" CASCADE;
  DROP TABLE "_competitions_v" CASCADE;
  DROP TABLE "_competitions_v_rels" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_competitions_category";
  DROP TYPE "public"."enum_competitions_status";
  DROP TYPE "public"."enum__competitions_v_version_category";
  DROP TYPE "public"."enum__competitions_v_version_status";`)
}
