CREATE TABLE `measure_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`measure_id` integer NOT NULL,
	`authority_id` text NOT NULL,
	`type` text NOT NULL,
	`target_id` text NOT NULL,
	`kind` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`article_id` integer,
	`reported_on` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `measure_events_measure_idx` ON `measure_events` (`measure_id`,`id`);--> statement-breakpoint
CREATE INDEX `measure_events_authority_idx` ON `measure_events` (`authority_id`,`id`);--> statement-breakpoint
CREATE INDEX `measure_events_target_idx` ON `measure_events` (`target_id`,`id`);--> statement-breakpoint
CREATE INDEX `measure_events_type_idx` ON `measure_events` (`type`,`id`);--> statement-breakpoint
ALTER TABLE `measures` ADD `previous_status` text;--> statement-breakpoint
ALTER TABLE `measures` ADD `previous_evidence_count` integer DEFAULT 0 NOT NULL;