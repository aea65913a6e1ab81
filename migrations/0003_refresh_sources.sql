CREATE TABLE `official_listings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` integer NOT NULL,
	`target_id` text NOT NULL,
	`authority_id` text NOT NULL,
	`type` text NOT NULL,
	`list_name` text NOT NULL,
	`entry_id` text NOT NULL,
	`entry_name` text NOT NULL,
	`program` text,
	`first_seen_on` text NOT NULL,
	`last_seen_at` text NOT NULL,
	`removed_on` text,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`target_id`) REFERENCES `targets`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `official_listings_entry_uq` ON `official_listings` (`source_id`,`entry_id`,`target_id`);--> statement-breakpoint
CREATE INDEX `official_listings_target_idx` ON `official_listings` (`target_id`);--> statement-breakpoint
CREATE TABLE `refresh_run_sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`run_id` integer NOT NULL,
	`source_id` integer NOT NULL,
	`outcome` text NOT NULL,
	`requests` integer DEFAULT 0 NOT NULL,
	`items_seen` integer DEFAULT 0 NOT NULL,
	`new_articles` integer DEFAULT 0 NOT NULL,
	`findings` integer DEFAULT 0 NOT NULL,
	`confirmations` integer DEFAULT 0 NOT NULL,
	`lifts` integer DEFAULT 0 NOT NULL,
	`errors` text DEFAULT '[]' NOT NULL,
	`duration_ms` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`run_id`) REFERENCES `refresh_runs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `refresh_run_sources_run_idx` ON `refresh_run_sources` (`run_id`);--> statement-breakpoint
CREATE TABLE `refresh_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`trigger` text NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text
);
--> statement-breakpoint
CREATE TABLE `source_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` integer NOT NULL,
	`item_key` text NOT NULL,
	`url` text NOT NULL,
	`title` text,
	`published_at` text,
	`state` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`article_id` integer,
	`error` text,
	`first_seen_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `source_items_key_uq` ON `source_items` (`source_id`,`item_key`);--> statement-breakpoint
CREATE INDEX `source_items_state_idx` ON `source_items` (`state`,`source_id`,`id`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`url` text NOT NULL,
	`aliases_url` text,
	`name` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`deleted_at` text,
	`etag` text,
	`last_modified` text,
	`aliases_etag` text,
	`aliases_last_modified` text,
	`last_entry_count` integer,
	`checked_target_count` integer,
	`last_run_at` text
);
--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_evidence` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`measure_id` integer NOT NULL,
	`article_id` integer,
	`listing_id` integer,
	`finding_index` integer NOT NULL,
	`status` text NOT NULL,
	`reported_on` text NOT NULL,
	`quote` text NOT NULL,
	`span_start` integer NOT NULL,
	`span_end` integer NOT NULL,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`listing_id`) REFERENCES `official_listings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_evidence`("id", "measure_id", "article_id", "listing_id", "finding_index", "status", "reported_on", "quote", "span_start", "span_end") SELECT "id", "measure_id", "article_id", NULL, "finding_index", "status", "reported_on", "quote", "span_start", "span_end" FROM `evidence`;--> statement-breakpoint
DROP TABLE `evidence`;--> statement-breakpoint
ALTER TABLE `__new_evidence` RENAME TO `evidence`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `evidence_finding_uq` ON `evidence` (`article_id`,`finding_index`,`measure_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `evidence_listing_uq` ON `evidence` (`listing_id`,`measure_id`,`status`);--> statement-breakpoint
CREATE INDEX `evidence_measure_idx` ON `evidence` (`measure_id`,`reported_on`,`id`);