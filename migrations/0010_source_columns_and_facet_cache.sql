CREATE TABLE `data_versions` (
	`name` text PRIMARY KEY NOT NULL,
	`version` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `facet_cache` (
	`key` text PRIMARY KEY NOT NULL,
	`version` integer NOT NULL,
	`body` text NOT NULL
);
--> statement-breakpoint
DROP INDEX `target_aliases_target_idx`;--> statement-breakpoint
CREATE INDEX `target_aliases_target_name_idx` ON `target_aliases` (`target_id`,`name`);--> statement-breakpoint
ALTER TABLE `measure_events` ADD `evidence_id` integer;--> statement-breakpoint
ALTER TABLE `measures` ADD `source_evidence_id` integer;--> statement-breakpoint
ALTER TABLE `measures` ADD `latest_evidence_id` integer;--> statement-breakpoint
ALTER TABLE `measures` ADD `in_effect_since` text;--> statement-breakpoint
ALTER TABLE `measures` ADD `program` text;--> statement-breakpoint
CREATE INDEX `measures_authority_type_status_idx` ON `measures` (`authority_id`,`type`,`status`,`last_reported_on`,`id`);--> statement-breakpoint
CREATE INDEX `measures_authority_first_idx` ON `measures` (`authority_id`,`first_reported_on`,`id`);--> statement-breakpoint
CREATE INDEX `measures_type_first_idx` ON `measures` (`type`,`first_reported_on`,`id`);--> statement-breakpoint
CREATE INDEX `measures_status_first_idx` ON `measures` (`status`,`first_reported_on`,`id`);--> statement-breakpoint
CREATE INDEX `measures_target_first_idx` ON `measures` (`target_id`,`first_reported_on`,`id`);--> statement-breakpoint
ALTER TABLE `targets` ADD `alias_names` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
CREATE INDEX `measure_counts_type_idx` ON `measure_counts` (`type`,`status`,`authority_id`);--> statement-breakpoint
CREATE INDEX `measure_counts_status_idx` ON `measure_counts` (`status`,`authority_id`,`type`);