CREATE TABLE `articles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`content_hash` text NOT NULL,
	`url` text,
	`title` text,
	`published_on` text NOT NULL,
	`published_at` text,
	`text` text NOT NULL,
	`finding_count` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `articles_content_hash_uq` ON `articles` (`content_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `articles_url_uq` ON `articles` (`url`);--> statement-breakpoint
CREATE INDEX `articles_published_idx` ON `articles` (`published_on`,`id`);--> statement-breakpoint
CREATE TABLE `authorities` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `evidence` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`measure_id` integer NOT NULL,
	`article_id` integer NOT NULL,
	`finding_index` integer NOT NULL,
	`status` text NOT NULL,
	`reported_on` text NOT NULL,
	`quote` text NOT NULL,
	`span_start` integer NOT NULL,
	`span_end` integer NOT NULL,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evidence_finding_uq` ON `evidence` (`article_id`,`finding_index`,`measure_id`);--> statement-breakpoint
CREATE INDEX `evidence_measure_idx` ON `evidence` (`measure_id`,`reported_on`,`id`);--> statement-breakpoint
CREATE TABLE `measures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`authority_id` text NOT NULL,
	`type` text NOT NULL,
	`target_id` text NOT NULL,
	`status` text NOT NULL,
	`first_reported_on` text NOT NULL,
	`last_reported_on` text NOT NULL,
	`evidence_count` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`authority_id`) REFERENCES `authorities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`target_id`) REFERENCES `targets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `measures_identity_uq` ON `measures` (`authority_id`,`type`,`target_id`);--> statement-breakpoint
CREATE INDEX `measures_last_reported_idx` ON `measures` (`last_reported_on`,`id`);--> statement-breakpoint
CREATE INDEX `measures_first_reported_idx` ON `measures` (`first_reported_on`,`id`);--> statement-breakpoint
CREATE INDEX `measures_authority_idx` ON `measures` (`authority_id`,`last_reported_on`,`id`);--> statement-breakpoint
CREATE INDEX `measures_type_idx` ON `measures` (`type`,`last_reported_on`,`id`);--> statement-breakpoint
CREATE INDEX `measures_status_idx` ON `measures` (`status`,`last_reported_on`,`id`);--> statement-breakpoint
CREATE INDEX `measures_target_idx` ON `measures` (`target_id`,`last_reported_on`,`id`);--> statement-breakpoint
CREATE TABLE `target_aliases` (
	`key` text NOT NULL,
	`target_id` text NOT NULL,
	`name` text NOT NULL,
	PRIMARY KEY(`key`, `target_id`, `name`),
	FOREIGN KEY (`target_id`) REFERENCES `targets`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `target_aliases_target_idx` ON `target_aliases` (`target_id`);--> statement-breakpoint
CREATE TABLE `targets` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `targets_kind_idx` ON `targets` (`kind`,`id`);