CREATE TABLE "product_cards" (
	"product_id" text PRIMARY KEY NOT NULL,
	"handle" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"thumbnail" text,
	"images" jsonb NOT NULL,
	"category" text,
	"price_ranges" jsonb NOT NULL,
	"variants" jsonb NOT NULL,
	"in_stock" boolean NOT NULL,
	"commerce_created_at" timestamp with time zone NOT NULL,
	"commerce_updated_at" timestamp with time zone NOT NULL,
	"synced_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "product_cards_handle_unique" UNIQUE("handle")
);
--> statement-breakpoint
CREATE TABLE "sync_watermarks" (
	"name" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "product_cards_newest_idx" ON "product_cards" USING btree ("commerce_created_at" DESC NULLS LAST,"product_id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "product_cards_category_newest_idx" ON "product_cards" USING btree ("category","commerce_created_at" DESC NULLS LAST,"product_id" DESC NULLS LAST);