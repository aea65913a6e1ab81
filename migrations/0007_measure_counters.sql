CREATE TABLE `facet_counts` (
	`facet` text NOT NULL,
	`value` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`facet`, `value`)
);
--> statement-breakpoint
CREATE INDEX `facet_counts_top_idx` ON `facet_counts` (`facet`,`count`,`value`);--> statement-breakpoint
CREATE TABLE `measure_counts` (
	`authority_id` text NOT NULL,
	`type` text NOT NULL,
	`status` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`authority_id`, `type`, `status`)
);
