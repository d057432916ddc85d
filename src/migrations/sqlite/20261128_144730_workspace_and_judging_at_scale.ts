import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`assignments\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`submission_id\` text(36) NOT NULL,
  	\`judge_id\` text(36) NOT NULL,
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
  await db.run(sql`CREATE INDEX \`assignments_submission_idx\` ON \`assignments\` (\`submission_id\`);`)
  await db.run(sql`CREATE INDEX \`assignments_judge_idx\` ON \`assignments\` (\`judge_id\`);`)
  await db.run(sql`CREATE INDEX \`assignments_competition_idx\` ON \`assignments\` (\`competition_id\`);`)
  await db.run(sql`CREATE INDEX \`assignments_registration_idx\` ON \`assignments\` (\`registration_id\`);`)
  await db.run(sql`CREATE INDEX \`assignments_stage_idx\` ON \`assignments\` (\`stage\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`assignments_key_idx\` ON \`assignments\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`assignments_updated_at_idx\` ON \`assignments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`assignments_created_at_idx\` ON \`assignments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`announcements\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`competition_id\` text(36) NOT NULL,
  	\`title\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`audience\` text DEFAULT 'registered' NOT NULL,
  	\`stage\` text,
  	\`publish_at\` text NOT NULL,
  	\`dispatched_at\` text,
  	\`queued\` numeric DEFAULT 0,
  	\`sent\` numeric DEFAULT 0,
  	\`failed\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`competition_id\`) REFERENCES \`competitions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`announcements_competition_idx\` ON \`announcements\` (\`competition_id\`);`)
  await db.run(sql`CREATE INDEX \`announcements_audience_idx\` ON \`announcements\` (\`audience\`);`)
  await db.run(sql`CREATE INDEX \`announcements_publish_at_idx\` ON \`announcements\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`announcements_dispatched_at_idx\` ON \`announcements\` (\`dispatched_at\`);`)
  await db.run(sql`CREATE INDEX \`announcements_updated_at_idx\` ON \`announcements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`announcements_created_at_idx\` ON \`announcements\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`announcement_deliveries\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`announcement_id\` text(36) NOT NULL,
  	\`user_id\` text(36),
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`announcement_id\`) REFERENCES \`announcements\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`announcement_deliveries_announcement_idx\` ON \`announcement_deliveries\` (\`announcement_id\`);`)
  await db.run(sql`CREATE INDEX \`announcement_deliveries_user_idx\` ON \`announcement_deliveries\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`announcement_deliveries_updated_at_idx\` ON \`announcement_deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`announcement_deliveries_created_at_idx\` ON \`announcement_deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`announcement_user_idx\` ON \`announcement_deliveries\` (\`announcement_id\`,\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`reminder_deliveries\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`competition_id\` text(36),
  	\`stage\` text,
  	\`user_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`competition_id\`) REFERENCES \`competitions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`reminder_deliveries_key_idx\` ON \`reminder_deliveries\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`reminder_deliveries_kind_idx\` ON \`reminder_deliveries\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`reminder_deliveries_competition_idx\` ON \`reminder_deliveries\` (\`competition_id\`);`)
  await db.run(sql`CREATE INDEX \`reminder_deliveries_user_idx\` ON \`reminder_deliveries\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`reminder_deliveries_updated_at_idx\` ON \`reminder_deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reminder_deliveries_created_at_idx\` ON \`reminder_deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`competitions_id\` text(36),
  	\`media_id\` text(36),
  	\`invitations_id\` text(36),
  	\`scores_id\` text(36),
  	\`assignments_id\` text(36),
  	\`conflicts_id\` text(36),
  	\`rate_limits_id\` text(36),
  	\`announcements_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`competitions_id\`) REFERENCES \`competitions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`invitations_id\`) REFERENCES \`invitations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`scores_id\`) REFERENCES \`scores\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`assignments_id\`) REFERENCES \`assignments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conflicts_id\`) REFERENCES \`conflicts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rate_limits_id\`) REFERENCES \`rate_limits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`announcements_id\`) REFERENCES \`announcements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "competitions_id", "media_id", "invitations_id", "scores_id", "conflicts_id", "rate_limits_id", "users_id") SELECT "id", "order", "parent_id", "path", "competitions_id", "media_id", "invitations_id", "scores_id", "conflicts_id", "rate_limits_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_competitions_id_idx\` ON \`payload_locked_documents_rels\` (\`competitions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_invitations_id_idx\` ON \`payload_locked_documents_rels\` (\`invitations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_scores_id_idx\` ON \`payload_locked_documents_rels\` (\`scores_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_assignments_id_idx\` ON \`payload_locked_documents_rels\` (\`assignments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_conflicts_id_idx\` ON \`payload_locked_documents_rels\` (\`conflicts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rate_limits_id_idx\` ON \`payload_locked_documents_rels\` (\`rate_limits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_announcements_id_idx\` ON \`payload_locked_documents_rels\` (\`announcements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`competitions_stages\` ADD \`judging_closes_at\` text;`)
  await db.run(sql`ALTER TABLE \`competitions_stages\` ADD \`judges_per_submission\` numeric;`)
  await db.run(sql`ALTER TABLE \`competitions_stages\` ADD \`ranking_method\` text DEFAULT 'zscore';`)
  await db.run(sql`ALTER TABLE \`_competitions_v_version_stages\` ADD \`judging_closes_at\` text;`)
  await db.run(sql`ALTER TABLE \`_competitions_v_version_stages\` ADD \`judges_per_submission\` numeric;`)
  await db.run(sql`ALTER TABLE \`_competitions_v_version_stages\` ADD \`ranking_method\` text DEFAULT 'zscore';`)
  await db.run(sql`ALTER TABLE \`registrations\` ADD \`review_claimed_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`registrations\` ADD \`review_claimed_until\` text;`)
  await db.run(sql`ALTER TABLE \`registrations\` ADD \`has_submitted\` integer DEFAULT false;`)
  // Teams that submitted before this field existed (the "verified without submission" filter reads it).
  await db.run(
    sql`UPDATE \`registrations\` SET \`has_submitted\` = 1 WHERE EXISTS (SELECT 1 FROM \`submissions\` WHERE \`submissions\`.\`registration_id\` = \`registrations\`.\`id\`);`,
  )
  await db.run(sql`CREATE INDEX \`registrations_review_claimed_by_idx\` ON \`registrations\` (\`review_claimed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_review_claimed_until_idx\` ON \`registrations\` (\`review_claimed_until\`);`)
  await db.run(sql`CREATE INDEX \`registrations_has_submitted_idx\` ON \`registrations\` (\`has_submitted\`);`)
  await db.run(sql`CREATE INDEX \`competition_institutionKey_idx\` ON \`registrations\` (\`competition_id\`,\`institution_key\`);`)
  await db.run(sql`ALTER TABLE \`audit_events\` ADD \`actor_name\` text;`)
  await db.run(sql`ALTER TABLE \`audit_events\` ADD \`actor_email\` text;`)
  await db.run(sql`ALTER TABLE \`audit_events\` ADD \`actor_role\` text;`)
  await db.run(sql`CREATE INDEX \`audit_events_actor_email_idx\` ON \`audit_events\` (\`actor_email\`);`)
  await db.run(sql`CREATE INDEX \`collectionSlug_documentId_createdAt_idx\` ON \`audit_events\` (\`collection_slug\`,\`document_id\`,\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`CREATE INDEX \`competition_stage_registration_idx\` ON \`submissions\` (\`competition_id\`,\`stage\`,\`registration_id\`);`)
  await db.run(sql`CREATE INDEX \`version_competition_version_stage_version_registration_idx\` ON \`_submissions_v\` (\`version_competition_id\`,\`version_stage\`,\`version_registration_id\`);`)
  await db.run(sql`CREATE INDEX \`competition_judge_stage_idx\` ON \`scores\` (\`competition_id\`,\`judge_id\`,\`stage\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`assignments\`;`)
  await db.run(sql`DROP TABLE \`announcements\`;`)
  await db.run(sql`DROP TABLE \`announcement_deliveries\`;`)
  await db.run(sql`DROP TABLE \`reminder_deliveries\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_registrations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`competition_id\` text(36) NOT NULL,
  	\`code\` text,
  	\`team_name\` text NOT NULL,
  	\`institution\` text NOT NULL,
  	\`leader_id\` text(36),
  	\`payment_proof_id\` text(36),
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`review_note\` text,
  	\`reviewed_by_id\` text(36),
  	\`reviewed_at\` text,
  	\`fee_due\` numeric,
  	\`placing\` text,
  	\`code_number\` numeric,
  	\`place_key\` text,
  	\`team_key\` text,
  	\`institution_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`competition_id\`) REFERENCES \`competitions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`leader_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`payment_proof_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_registrations\`("id", "competition_id", "code", "team_name", "institution", "leader_id", "payment_proof_id", "status", "review_note", "reviewed_by_id", "reviewed_at", "fee_due", "placing", "code_number", "place_key", "team_key", "institution_key", "updated_at", "created_at") SELECT "id", "competition_id", "code", "team_name", "institution", "leader_id", "payment_proof_id", "status", "review_note", "reviewed_by_id", "reviewed_at", "fee_due", "placing", "code_number", "place_key", "team_key", "institution_key", "updated_at", "created_at" FROM \`registrations\`;`)
  await db.run(sql`DROP TABLE \`registrations\`;`)
  await db.run(sql`ALTER TABLE \`__new_registrations\` RENAME TO \`registrations\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`registrations_competition_idx\` ON \`registrations\` (\`competition_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_code_idx\` ON \`registrations\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`registrations_leader_idx\` ON \`registrations\` (\`leader_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_payment_proof_idx\` ON \`registrations\` (\`payment_proof_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_status_idx\` ON \`registrations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`registrations_reviewed_by_idx\` ON \`registrations\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_code_number_idx\` ON \`registrations\` (\`code_number\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`registrations_place_key_idx\` ON \`registrations\` (\`place_key\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`registrations_team_key_idx\` ON \`registrations\` (\`team_key\`);`)
  await db.run(sql`CREATE INDEX \`registrations_institution_key_idx\` ON \`registrations\` (\`institution_key\`);`)
  await db.run(sql`CREATE INDEX \`registrations_updated_at_idx\` ON \`registrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`registrations_created_at_idx\` ON \`registrations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`competition_status_feeDue_idx\` ON \`registrations\` (\`competition_id\`,\`status\`,\`fee_due\`);`)
  await db.run(sql`CREATE INDEX \`competition_createdAt_idx\` ON \`registrations\` (\`competition_id\`,\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`competition_code_idx\` ON \`registrations\` (\`competition_id\`,\`code\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`competitions_id\` text(36),
  	\`media_id\` text(36),
  	\`invitations_id\` text(36),
  	\`scores_id\` text(36),
  	\`conflicts_id\` text(36),
  	\`audit_events_id\` text(36),
  	\`rate_limits_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`competitions_id\`) REFERENCES \`competitions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`invitations_id\`) REFERENCES \`invitations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`scores_id\`) REFERENCES \`scores\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conflicts_id\`) REFERENCES \`conflicts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_events_id\`) REFERENCES \`audit_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rate_limits_id\`) REFERENCES \`rate_limits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "competitions_id", "media_id", "invitations_id", "scores_id", "conflicts_id", "rate_limits_id", "users_id") SELECT "id", "order", "parent_id", "path", "competitions_id", "media_id", "invitations_id", "scores_id", "conflicts_id", "rate_limits_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_competitions_id_idx\` ON \`payload_locked_documents_rels\` (\`competitions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_invitations_id_idx\` ON \`payload_locked_documents_rels\` (\`invitations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_scores_id_idx\` ON \`payload_locked_documents_rels\` (\`scores_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_conflicts_id_idx\` ON \`payload_locked_documents_rels\` (\`conflicts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_events_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rate_limits_id_idx\` ON \`payload_locked_documents_rels\` (\`rate_limits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`DROP INDEX \`competition_stage_registration_idx\`;`)
  await db.run(sql`DROP INDEX \`version_competition_version_stage_version_registration_idx\`;`)
  await db.run(sql`DROP INDEX \`competition_judge_stage_idx\`;`)
  await db.run(sql`DROP INDEX \`audit_events_actor_email_idx\`;`)
  await db.run(sql`DROP INDEX \`collectionSlug_documentId_createdAt_idx\`;`)
  await db.run(sql`ALTER TABLE \`audit_events\` DROP COLUMN \`actor_name\`;`)
  await db.run(sql`ALTER TABLE \`audit_events\` DROP COLUMN \`actor_email\`;`)
  await db.run(sql`ALTER TABLE \`audit_events\` DROP COLUMN \`actor_role\`;`)
  await db.run(sql`ALTER TABLE \`competitions_stages\` DROP COLUMN \`judging_closes_at\`;`)
  await db.run(sql`ALTER TABLE \`competitions_stages\` DROP COLUMN \`judges_per_submission\`;`)
  await db.run(sql`ALTER TABLE \`competitions_stages\` DROP COLUMN \`ranking_method\`;`)
  await db.run(sql`ALTER TABLE \`_competitions_v_version_stages\` DROP COLUMN \`judging_closes_at\`;`)
  await db.run(sql`ALTER TABLE \`_competitions_v_version_stages\` DROP COLUMN \`judges_per_submission\`;`)
  await db.run(sql`ALTER TABLE \`_competitions_v_version_stages\` DROP COLUMN \`ranking_method\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
