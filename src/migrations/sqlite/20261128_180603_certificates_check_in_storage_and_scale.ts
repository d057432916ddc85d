import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`competitions_certificate_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`competitions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`competitions_certificate_kinds_order_idx\` ON \`competitions_certificate_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`competitions_certificate_kinds_parent_idx\` ON \`competitions_certificate_kinds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`competitions_certificate_title_lines\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`competitions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`competitions_certificate_title_lines_order_idx\` ON \`competitions_certificate_title_lines\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`competitions_certificate_title_lines_parent_id_idx\` ON \`competitions_certificate_title_lines\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`competitions_certificate_signers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text,
  	\`signature_id\` text(36),
  	FOREIGN KEY (\`signature_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`competitions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`competitions_certificate_signers_order_idx\` ON \`competitions_certificate_signers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`competitions_certificate_signers_parent_id_idx\` ON \`competitions_certificate_signers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`competitions_certificate_signers_signature_idx\` ON \`competitions_certificate_signers\` (\`signature_id\`);`)
  await db.run(sql`CREATE TABLE \`_competitions_v_version_certificate_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_competitions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_competitions_v_version_certificate_kinds_order_idx\` ON \`_competitions_v_version_certificate_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_competitions_v_version_certificate_kinds_parent_idx\` ON \`_competitions_v_version_certificate_kinds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_competitions_v_version_certificate_title_lines\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_competitions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_competitions_v_version_certificate_title_lines_order_idx\` ON \`_competitions_v_version_certificate_title_lines\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_competitions_v_version_certificate_title_lines_parent_id_idx\` ON \`_competitions_v_version_certificate_title_lines\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_competitions_v_version_certificate_signers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text,
  	\`signature_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`signature_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_competitions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_competitions_v_version_certificate_signers_order_idx\` ON \`_competitions_v_version_certificate_signers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_competitions_v_version_certificate_signers_parent_id_idx\` ON \`_competitions_v_version_certificate_signers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_competitions_v_version_certificate_signers_signature_idx\` ON \`_competitions_v_version_certificate_signers\` (\`signature_id\`);`)
  await db.run(sql`CREATE TABLE \`tickets\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`competition_id\` text(36) NOT NULL,
  	\`stage\` text NOT NULL,
  	\`registration_id\` text(36) NOT NULL,
  	\`user_id\` text(36) NOT NULL,
  	\`name\` text,
  	\`code\` text NOT NULL,
  	\`checked_in_at\` text,
  	\`checked_in_by_id\` text(36),
  	\`key\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`competition_id\`) REFERENCES \`competitions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`registration_id\`) REFERENCES \`registrations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`checked_in_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`tickets_competition_idx\` ON \`tickets\` (\`competition_id\`);`)
  await db.run(sql`CREATE INDEX \`tickets_registration_idx\` ON \`tickets\` (\`registration_id\`);`)
  await db.run(sql`CREATE INDEX \`tickets_user_idx\` ON \`tickets\` (\`user_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tickets_code_idx\` ON \`tickets\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`tickets_checked_in_by_idx\` ON \`tickets\` (\`checked_in_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tickets_key_idx\` ON \`tickets\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`tickets_updated_at_idx\` ON \`tickets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tickets_created_at_idx\` ON \`tickets\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`competition_stage_idx\` ON \`tickets\` (\`competition_id\`,\`stage\`);`)
  await db.run(sql`CREATE TABLE \`certificates\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`competition_id\` text(36),
  	\`kind\` text NOT NULL,
  	\`holder_id\` text(36),
  	\`registration_id\` text(36),
  	\`holder_name\` text NOT NULL,
  	\`team_name\` text,
  	\`competition_title\` text,
  	\`placing\` text,
  	\`code\` text NOT NULL,
  	\`issued_at\` text,
  	\`revoked\` integer DEFAULT false,
  	\`revoked_reason\` text,
  	\`revoked_at\` text,
  	\`key\` text NOT NULL,
  	\`emailed_at\` text,
  	\`prefix\` text DEFAULT 'certificates',
  	\`_objectkey\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`competition_id\`) REFERENCES \`competitions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`holder_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`registration_id\`) REFERENCES \`registrations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`certificates_competition_idx\` ON \`certificates\` (\`competition_id\`);`)
  await db.run(sql`CREATE INDEX \`certificates_holder_idx\` ON \`certificates\` (\`holder_id\`);`)
  await db.run(sql`CREATE INDEX \`certificates_registration_idx\` ON \`certificates\` (\`registration_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`certificates_code_idx\` ON \`certificates\` (\`code\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`certificates_key_idx\` ON \`certificates\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`certificates_updated_at_idx\` ON \`certificates\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`certificates_created_at_idx\` ON \`certificates\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`certificates_filename_idx\` ON \`certificates\` (\`filename\`);`)
  await db.run(sql`ALTER TABLE \`competitions_stages\` ADD \`on_site\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`competitions\` ADD \`accent_color\` text;`)
  await db.run(sql`ALTER TABLE \`competitions\` ADD \`logo_id\` text(36) REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`competitions\` ADD \`certificate_background_id\` text(36) REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`competitions_logo_idx\` ON \`competitions\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`competitions_certificate_certificate_background_idx\` ON \`competitions\` (\`certificate_background_id\`);`)
  await db.run(sql`ALTER TABLE \`_competitions_v_version_stages\` ADD \`on_site\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_competitions_v\` ADD \`version_accent_color\` text;`)
  await db.run(sql`ALTER TABLE \`_competitions_v\` ADD \`version_logo_id\` text(36) REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_competitions_v\` ADD \`version_certificate_background_id\` text(36) REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_competitions_v_version_version_logo_idx\` ON \`_competitions_v\` (\`version_logo_id\`);`)
  await db.run(sql`CREATE INDEX \`_competitions_v_version_certificate_version_certificate__idx\` ON \`_competitions_v\` (\`version_certificate_background_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`prefix\` text DEFAULT 'media';`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_large_url\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_large_width\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_large_height\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_large_mime_type\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_large_filesize\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_large_filename\` text;`)
  await db.run(sql`CREATE INDEX \`media_sizes_large_sizes_large_filename_idx\` ON \`media\` (\`sizes_large_filename\`);`)
  await db.run(sql`ALTER TABLE \`attachments\` ADD \`prefix\` text DEFAULT 'attachments';`)
  await db.run(sql`ALTER TABLE \`attachments\` ADD \`_objectkey\` text;`)
  await db.run(sql`CREATE INDEX \`status_createdAt_idx\` ON \`registrations\` (\`status\`,\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`competitions_certificate_kinds\`;`)
  await db.run(sql`DROP TABLE \`competitions_certificate_title_lines\`;`)
  await db.run(sql`DROP TABLE \`competitions_certificate_signers\`;`)
  await db.run(sql`DROP TABLE \`_competitions_v_version_certificate_kinds\`;`)
  await db.run(sql`DROP TABLE \`_competitions_v_version_certificate_title_lines\`;`)
  await db.run(sql`DROP TABLE \`_competitions_v_version_certificate_signers\`;`)
  await db.run(sql`DROP TABLE \`tickets\`;`)
  await db.run(sql`DROP TABLE \`certificates\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_competitions\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`category\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`poster_id\` text(36),
  	\`guidebook_id\` text(36),
  	\`team_size_min\` numeric DEFAULT 1,
  	\`team_size_max\` numeric DEFAULT 3,
  	\`quota\` numeric,
  	\`fee\` numeric DEFAULT 0,
  	\`max_teams_per_institution\` numeric,
  	\`waitlist\` integer DEFAULT false,
  	\`code_prefix\` text,
  	\`registration_opens_at\` text,
  	\`registration_closes_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`guidebook_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_competitions\`("id", "title", "slug", "category", "summary", "description", "poster_id", "guidebook_id", "team_size_min", "team_size_max", "quota", "fee", "max_teams_per_institution", "waitlist", "code_prefix", "registration_opens_at", "registration_closes_at", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "category", "summary", "description", "poster_id", "guidebook_id", "team_size_min", "team_size_max", "quota", "fee", "max_teams_per_institution", "waitlist", "code_prefix", "registration_opens_at", "registration_closes_at", "updated_at", "created_at", "_status" FROM \`competitions\`;`)
  await db.run(sql`DROP TABLE \`competitions\`;`)
  await db.run(sql`ALTER TABLE \`__new_competitions\` RENAME TO \`competitions\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`competitions_slug_idx\` ON \`competitions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`competitions_category_idx\` ON \`competitions\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`competitions_poster_idx\` ON \`competitions\` (\`poster_id\`);`)
  await db.run(sql`CREATE INDEX \`competitions_guidebook_idx\` ON \`competitions\` (\`guidebook_id\`);`)
  await db.run(sql`CREATE INDEX \`competitions_registration_opens_at_idx\` ON \`competitions\` (\`registration_opens_at\`);`)
  await db.run(sql`CREATE INDEX \`competitions_registration_closes_at_idx\` ON \`competitions\` (\`registration_closes_at\`);`)
  await db.run(sql`CREATE INDEX \`competitions_updated_at_idx\` ON \`competitions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`competitions_created_at_idx\` ON \`competitions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`competitions__status_idx\` ON \`competitions\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_registrationOpensAt_idx\` ON \`competitions\` (\`_status\`,\`registration_opens_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__competitions_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_category\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_poster_id\` text(36),
  	\`version_guidebook_id\` text(36),
  	\`version_team_size_min\` numeric DEFAULT 1,
  	\`version_team_size_max\` numeric DEFAULT 3,
  	\`version_quota\` numeric,
  	\`version_fee\` numeric DEFAULT 0,
  	\`version_max_teams_per_institution\` numeric,
  	\`version_waitlist\` integer DEFAULT false,
  	\`version_code_prefix\` text,
  	\`version_registration_opens_at\` text,
  	\`version_registration_closes_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`competitions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_guidebook_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__competitions_v\`("id", "parent_id", "version_title", "version_slug", "version_category", "version_summary", "version_description", "version_poster_id", "version_guidebook_id", "version_team_size_min", "version_team_size_max", "version_quota", "version_fee", "version_max_teams_per_institution", "version_waitlist", "version_code_prefix", "version_registration_opens_at", "version_registration_closes_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_category", "version_summary", "version_description", "version_poster_id", "version_guidebook_id", "version_team_size_min", "version_team_size_max", "version_quota", "version_fee", "version_max_teams_per_institution", "version_waitlist", "version_code_prefix", "version_registration_opens_at", "version_registration_closes_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_competitions_v\`;`)
  await db.run(sql`DROP TABLE \`_competitions_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__competitions_v\` RENAME TO \`_competitions_v\`;`)
  await db.run(sql`CREATE INDEX \`_competitions_v_parent_idx\` ON \`_competitions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_competitions_v_version_version_slug_idx\` ON \`_competitions_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_competitions_v_version_version_category_idx\` ON \`_competitions_v\` (\`version_category\`);`)
  await db.run(sql`CREATE INDEX \`_competitions_v_version_version_poster_idx\` ON \`_competitions_v\` (\`version_poster_id\`);`)
  await db.run(sql`CREATE INDEX \`_competitions_v_version_version_guidebook_idx\` ON \`_competitions_v\` (\`version_guidebook_id\`);`)
  await db.run(sql`CREATE INDEX \`_competitions_v_version_version_registration_opens_at_idx\` ON \`_competitions_v\` (\`version_registration_opens_at\`);`)
  await db.run(sql`CREATE INDEX \`_competitions_v_version_version_registration_closes_at_idx\` ON \`_competitions_v\` (\`version_registration_closes_at\`);`)
  await db.run(sql`CREATE INDEX \`_competitions_v_version_version_updated_at_idx\` ON \`_competitions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_competitions_v_version_version_created_at_idx\` ON \`_competitions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_competitions_v_version_version__status_idx\` ON \`_competitions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_competitions_v_created_at_idx\` ON \`_competitions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_competitions_v_updated_at_idx\` ON \`_competitions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_competitions_v_latest_idx\` ON \`_competitions_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_registrationOpensAt_idx\` ON \`_competitions_v\` (\`version__status\`,\`version_registration_opens_at\`);`)
  await db.run(sql`DROP INDEX \`media_sizes_large_sizes_large_filename_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`_objectkey\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_large_url\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_large_width\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_large_height\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_large_mime_type\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_large_filesize\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_large_filename\`;`)
  await db.run(sql`DROP INDEX \`status_createdAt_idx\`;`)
  await db.run(sql`ALTER TABLE \`competitions_stages\` DROP COLUMN \`on_site\`;`)
  await db.run(sql`ALTER TABLE \`_competitions_v_version_stages\` DROP COLUMN \`on_site\`;`)
  await db.run(sql`ALTER TABLE \`attachments\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`attachments\` DROP COLUMN \`_objectkey\`;`)
}
