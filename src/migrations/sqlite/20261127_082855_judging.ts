import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`competitions_stages_submission_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`competitions_stages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`competitions_stages_submission_kinds_order_idx\` ON \`competitions_stages_submission_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`competitions_stages_submission_kinds_parent_idx\` ON \`competitions_stages_submission_kinds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`competitions_stages_accepted_file_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`competitions_stages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`competitions_stages_accepted_file_types_order_idx\` ON \`competitions_stages_accepted_file_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`competitions_stages_accepted_file_types_parent_idx\` ON \`competitions_stages_accepted_file_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`competitions_stages_rubric\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`criterion\` text,
  	\`weight\` numeric DEFAULT 1,
  	\`max_score\` numeric DEFAULT 10,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`competitions_stages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`competitions_stages_rubric_order_idx\` ON \`competitions_stages_rubric\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`competitions_stages_rubric_parent_id_idx\` ON \`competitions_stages_rubric\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_competitions_v_version_stages_submission_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_competitions_v_version_stages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_competitions_v_version_stages_submission_kinds_order_idx\` ON \`_competitions_v_version_stages_submission_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_competitions_v_version_stages_submission_kinds_parent_idx\` ON \`_competitions_v_version_stages_submission_kinds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_competitions_v_version_stages_accepted_file_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_competitions_v_version_stages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_competitions_v_version_stages_accepted_file_types_order_idx\` ON \`_competitions_v_version_stages_accepted_file_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_competitions_v_version_stages_accepted_file_types_parent_idx\` ON \`_competitions_v_version_stages_accepted_file_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_competitions_v_version_stages_rubric\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`criterion\` text,
  	\`weight\` numeric DEFAULT 1,
  	\`max_score\` numeric DEFAULT 10,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_competitions_v_version_stages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_competitions_v_version_stages_rubric_order_idx\` ON \`_competitions_v_version_stages_rubric\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_competitions_v_version_stages_rubric_parent_id_idx\` ON \`_competitions_v_version_stages_rubric\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`registrations_progress\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`stage\` text NOT NULL,
  	\`advanced_at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`registrations_progress_order_idx\` ON \`registrations_progress\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`registrations_progress_parent_id_idx\` ON \`registrations_progress\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`submissions\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`registration_id\` text(36) NOT NULL,
  	\`stage\` text NOT NULL,
  	\`file_id\` text(36),
  	\`link\` text,
  	\`text\` text,
  	\`notes\` text,
  	\`submitted_by_id\` text(36),
  	\`submitted_at\` text,
  	\`late\` integer DEFAULT false,
  	\`competition_id\` text(36),
  	\`key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`registration_id\`) REFERENCES \`registrations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`competition_id\`) REFERENCES \`competitions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`submissions_registration_idx\` ON \`submissions\` (\`registration_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_stage_idx\` ON \`submissions\` (\`stage\`);`)
  await db.run(sql`CREATE INDEX \`submissions_file_idx\` ON \`submissions\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_submitted_by_idx\` ON \`submissions\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_competition_idx\` ON \`submissions\` (\`competition_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`submissions_key_idx\` ON \`submissions\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`submissions_updated_at_idx\` ON \`submissions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`submissions_created_at_idx\` ON \`submissions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`submissions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`submissions_rels_order_idx\` ON \`submissions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`submissions_rels_parent_idx\` ON \`submissions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_rels_path_idx\` ON \`submissions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`submissions_rels_users_id_idx\` ON \`submissions_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_submissions_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_registration_id\` text(36) NOT NULL,
  	\`version_stage\` text NOT NULL,
  	\`version_file_id\` text(36),
  	\`version_link\` text,
  	\`version_text\` text,
  	\`version_notes\` text,
  	\`version_submitted_by_id\` text(36),
  	\`version_submitted_at\` text,
  	\`version_late\` integer DEFAULT false,
  	\`version_competition_id\` text(36),
  	\`version_key\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_registration_id\`) REFERENCES \`registrations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_file_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_competition_id\`) REFERENCES \`competitions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_submissions_v_parent_idx\` ON \`_submissions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_submissions_v_version_version_registration_idx\` ON \`_submissions_v\` (\`version_registration_id\`);`)
  await db.run(sql`CREATE INDEX \`_submissions_v_version_version_stage_idx\` ON \`_submissions_v\` (\`version_stage\`);`)
  await db.run(sql`CREATE INDEX \`_submissions_v_version_version_file_idx\` ON \`_submissions_v\` (\`version_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_submissions_v_version_version_submitted_by_idx\` ON \`_submissions_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_submissions_v_version_version_competition_idx\` ON \`_submissions_v\` (\`version_competition_id\`);`)
  await db.run(sql`CREATE INDEX \`_submissions_v_version_version_key_idx\` ON \`_submissions_v\` (\`version_key\`);`)
  await db.run(sql`CREATE INDEX \`_submissions_v_version_version_updated_at_idx\` ON \`_submissions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_submissions_v_version_version_created_at_idx\` ON \`_submissions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_submissions_v_created_at_idx\` ON \`_submissions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_submissions_v_updated_at_idx\` ON \`_submissions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_submissions_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_submissions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_submissions_v_rels_order_idx\` ON \`_submissions_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_submissions_v_rels_parent_idx\` ON \`_submissions_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_submissions_v_rels_path_idx\` ON \`_submissions_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_submissions_v_rels_users_id_idx\` ON \`_submissions_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`scores_criteria\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`criterion\` text NOT NULL,
  	\`score\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`scores\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`scores_criteria_order_idx\` ON \`scores_criteria\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`scores_criteria_parent_id_idx\` ON \`scores_criteria\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`scores\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`submission_id\` text(36) NOT NULL,
  	\`judge_id\` text(36),
  	\`comment\` text,
  	\`total\` numeric,
  	\`competition_id\` text(36),
  	\`registration_id\` text(36),
  	\`stage\` text,
  	\`key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`submission_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`judge_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`competition_id\`) REFERENCES \`competitions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`registration_id\`) REFERENCES \`registrations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`scores_submission_idx\` ON \`scores\` (\`submission_id\`);`)
  await db.run(sql`CREATE INDEX \`scores_judge_idx\` ON \`scores\` (\`judge_id\`);`)
  await db.run(sql`CREATE INDEX \`scores_competition_idx\` ON \`scores\` (\`competition_id\`);`)
  await db.run(sql`CREATE INDEX \`scores_registration_idx\` ON \`scores\` (\`registration_id\`);`)
  await db.run(sql`CREATE INDEX \`scores_stage_idx\` ON \`scores\` (\`stage\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`scores_key_idx\` ON \`scores\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`scores_updated_at_idx\` ON \`scores\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`scores_created_at_idx\` ON \`scores\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`conflicts\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`judge_id\` text(36),
  	\`registration_id\` text(36) NOT NULL,
  	\`reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`judge_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`registration_id\`) REFERENCES \`registrations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`conflicts_judge_idx\` ON \`conflicts\` (\`judge_id\`);`)
  await db.run(sql`CREATE INDEX \`conflicts_registration_idx\` ON \`conflicts\` (\`registration_id\`);`)
  await db.run(sql`CREATE INDEX \`conflicts_updated_at_idx\` ON \`conflicts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`conflicts_created_at_idx\` ON \`conflicts\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`competitions_stages\` ADD \`grace_minutes\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`competitions_stages\` ADD \`eligibility\` text DEFAULT 'all-verified';`)
  await db.run(sql`ALTER TABLE \`competitions_stages\` ADD \`results_published\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`competitions_stages\` ADD \`max_file_size_m_b\` numeric DEFAULT 10;`)
  await db.run(sql`ALTER TABLE \`_competitions_v_version_stages\` ADD \`grace_minutes\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`_competitions_v_version_stages\` ADD \`eligibility\` text DEFAULT 'all-verified';`)
  await db.run(sql`ALTER TABLE \`_competitions_v_version_stages\` ADD \`results_published\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_competitions_v_version_stages\` ADD \`max_file_size_m_b\` numeric DEFAULT 10;`)
  await db.run(sql`ALTER TABLE \`registrations\` ADD \`placing\` text;`)
  await db.run(sql`ALTER TABLE \`attachments\` ADD \`purpose\` text DEFAULT 'document' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`submissions_id\` text(36) REFERENCES submissions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`scores_id\` text(36) REFERENCES scores(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`conflicts_id\` text(36) REFERENCES conflicts(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_submissions_id_idx\` ON \`payload_locked_documents_rels\` (\`submissions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_scores_id_idx\` ON \`payload_locked_documents_rels\` (\`scores_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_conflicts_id_idx\` ON \`payload_locked_documents_rels\` (\`conflicts_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`competitions_stages_submission_kinds\`;`)
  await db.run(sql`DROP TABLE \`competitions_stages_accepted_file_types\`;`)
  await db.run(sql`DROP TABLE \`competitions_stages_rubric\`;`)
  await db.run(sql`DROP TABLE \`_competitions_v_version_stages_submission_kinds\`;`)
  await db.run(sql`DROP TABLE \`_competitions_v_version_stages_accepted_file_types\`;`)
  await db.run(sql`DROP TABLE \`_competitions_v_version_stages_rubric\`;`)
  await db.run(sql`DROP TABLE \`registrations_progress\`;`)
  await db.run(sql`DROP TABLE \`submissions\`;`)
  await db.run(sql`DROP TABLE \`submissions_rels\`;`)
  await db.run(sql`DROP TABLE \`_submissions_v\`;`)
  await db.run(sql`DROP TABLE \`_submissions_v_rels\`;`)
  await db.run(sql`DROP TABLE \`scores_criteria\`;`)
  await db.run(sql`DROP TABLE \`scores\`;`)
  await db.run(sql`DROP TABLE \`conflicts\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	\`competitions_id\` text(36),
  	\`media_id\` text(36),
  	\`registrations_id\` text(36),
  	\`attachments_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`competitions_id\`) REFERENCES \`competitions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`registrations_id\`) REFERENCES \`registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "competitions_id", "media_id", "registrations_id", "attachments_id") SELECT "id", "order", "parent_id", "path", "users_id", "competitions_id", "media_id", "registrations_id", "attachments_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_competitions_id_idx\` ON \`payload_locked_documents_rels\` (\`competitions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_registrations_id_idx\` ON \`payload_locked_documents_rels\` (\`registrations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`attachments_id\`);`)
  await db.run(sql`ALTER TABLE \`competitions_stages\` DROP COLUMN \`grace_minutes\`;`)
  await db.run(sql`ALTER TABLE \`competitions_stages\` DROP COLUMN \`eligibility\`;`)
  await db.run(sql`ALTER TABLE \`competitions_stages\` DROP COLUMN \`results_published\`;`)
  await db.run(sql`ALTER TABLE \`competitions_stages\` DROP COLUMN \`max_file_size_m_b\`;`)
  await db.run(sql`ALTER TABLE \`_competitions_v_version_stages\` DROP COLUMN \`grace_minutes\`;`)
  await db.run(sql`ALTER TABLE \`_competitions_v_version_stages\` DROP COLUMN \`eligibility\`;`)
  await db.run(sql`ALTER TABLE \`_competitions_v_version_stages\` DROP COLUMN \`results_published\`;`)
  await db.run(sql`ALTER TABLE \`_competitions_v_version_stages\` DROP COLUMN \`max_file_size_m_b\`;`)
  await db.run(sql`ALTER TABLE \`registrations\` DROP COLUMN \`placing\`;`)
  await db.run(sql`ALTER TABLE \`attachments\` DROP COLUMN \`purpose\`;`)
}
