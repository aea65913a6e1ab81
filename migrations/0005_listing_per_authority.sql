DROP INDEX `official_listings_entry_uq`;--> statement-breakpoint
CREATE UNIQUE INDEX `official_listings_entry_uq` ON `official_listings` (`source_id`,`entry_id`,`target_id`,`authority_id`,`type`);