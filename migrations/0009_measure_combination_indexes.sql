CREATE INDEX `measures_authority_type_idx` ON `measures` (`authority_id`,`type`,`last_reported_on`,`id`);--> statement-breakpoint
CREATE INDEX `measures_authority_status_idx` ON `measures` (`authority_id`,`status`,`last_reported_on`,`id`);--> statement-breakpoint
CREATE INDEX `measures_type_status_idx` ON `measures` (`type`,`status`,`last_reported_on`,`id`);