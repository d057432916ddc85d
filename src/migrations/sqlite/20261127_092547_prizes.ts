import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`competitions_prizes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`reward\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`competitions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`competitions_prizes_order_idx\` ON \`competitions_prizes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`competitions_prizes_parent_id_idx\` ON \`competitions_prizes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_competitions_v_version_prizes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`reward\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_competitions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_competitions_v_version_prizes_order_idx\` ON \`_competitions_v_version_prizes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_competitions_v_version_prizes_parent_id_idx\` ON \`_competitions_v_version_prizes\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`competitions_prizes\`;`)
  await db.run(sql`DROP TABLE \`_competitions_v_version_prizes\`;`)
}
