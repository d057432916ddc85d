import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "competitions_prizes" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"reward" varchar
  );
  
  CREATE TABLE "_competitions_v_version_prizes" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"reward" varchar,
  	"_uuid" varchar
  );
  
  ALTER TABLE "competitions_prizes" ADD CONSTRAINT "competitions_prizes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."competitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_competitions_v_version_prizes" ADD CONSTRAINT "_competitions_v_version_prizes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_competitions_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "competitions_prizes_order_idx" ON "competitions_prizes" USING btree ("_order");
  CREATE INDEX "competitions_prizes_parent_id_idx" ON "competitions_prizes" USING btree ("_parent_id");
  CREATE INDEX "_competitions_v_version_prizes_order_idx" ON "_competitions_v_version_prizes" USING btree ("_order");
  CREATE INDEX "_competitions_v_version_prizes_parent_id_idx" ON "_competitions_v_version_prizes" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "competitions_prizes" CASCADE;
  DROP TABLE "_competitions_v_version_prizes" CASCADE;`)
}
