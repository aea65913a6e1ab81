-- Full-text indexes for `q` (words in target names and quotes). FTS5 virtual tables are written
-- by hand because drizzle-kit cannot describe them. The app keeps them in step with the base
-- tables in the same D1 batch as every write (src/db/queries/search.ts).
-- `wrangler d1 export` refuses databases that hold virtual tables: drop these two tables,
-- export, then recreate them with this file's SQL and refill them with the INSERT … SELECT
-- statements of src/db/queries/search.ts.
CREATE VIRTUAL TABLE `measure_search` USING fts5(
	`body`,
	tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE VIRTUAL TABLE `target_search` USING fts5(
	`target_id` UNINDEXED,
	`names`,
	tokenize = 'unicode61 remove_diacritics 2'
);
