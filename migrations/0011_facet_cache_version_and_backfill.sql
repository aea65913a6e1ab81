-- The data version that cached facet counts (facet_cache) are checked against: every insert,
-- delete, or change of authority / type / status / target of a measure moves it, in the same
-- statement, whichever write path (ingest, official lists, retraction, cascades) it came from.
INSERT INTO `data_versions` (`name`, `version`) VALUES ('measures', 1) ON CONFLICT DO NOTHING;
--> statement-breakpoint
CREATE TRIGGER `measures_version_insert` AFTER INSERT ON `measures` BEGIN
	UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'measures';
END;
--> statement-breakpoint
CREATE TRIGGER `measures_version_delete` AFTER DELETE ON `measures` BEGIN
	UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'measures';
END;
--> statement-breakpoint
CREATE TRIGGER `measures_version_update` AFTER UPDATE OF `authority_id`, `type`, `status`, `target_id` ON `measures`
	WHEN old.`authority_id` IS NOT new.`authority_id` OR old.`type` IS NOT new.`type`
		OR old.`status` IS NOT new.`status` OR old.`target_id` IS NOT new.`target_id`
BEGIN
	UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'measures';
END;
--> statement-breakpoint
-- Fill the columns migration 0010 added for the measures and events already stored, as the
-- recompute (src/db/queries/articles.ts) and the event log now set them.
UPDATE `measures` SET
	`source_evidence_id` = (SELECT e.`id` FROM `evidence` e LEFT JOIN `articles` a ON a.`id` = e.`article_id`
		WHERE e.`measure_id` = `measures`.`id` AND e.`status` = `measures`.`status`
		ORDER BY (a.`url` IS NULL AND e.`listing_id` IS NULL), e.`reported_on` DESC, e.`id` DESC LIMIT 1),
	`latest_evidence_id` = (SELECT e.`id` FROM `evidence` e WHERE e.`measure_id` = `measures`.`id` ORDER BY e.`reported_on` DESC, e.`id` DESC LIMIT 1),
	`in_effect_since` = (SELECT min(e.`reported_on`) FROM `evidence` e WHERE e.`measure_id` = `measures`.`id` AND e.`status` = 'in_effect'),
	`program` = (SELECT ol.`program` FROM `evidence` e JOIN `official_listings` ol ON ol.`id` = e.`listing_id`
		WHERE e.`measure_id` = `measures`.`id` AND ol.`program` IS NOT NULL ORDER BY e.`reported_on` DESC, e.`id` DESC LIMIT 1);
--> statement-breakpoint
-- The evidence behind each event: its article's reporting the new status, else its article's,
-- else any reporting the new status, else the latest (a chain of lookups: SQLite 3.51 refuses
-- outer columns in a subquery's ORDER BY).
UPDATE `measure_events` SET `evidence_id` = coalesce(
	(SELECT x.`id` FROM `evidence` x WHERE x.`measure_id` = `measure_events`.`measure_id` AND x.`article_id` IS `measure_events`.`article_id`
		AND x.`status` = `measure_events`.`to_status` ORDER BY x.`reported_on` DESC, x.`id` DESC LIMIT 1),
	(SELECT x.`id` FROM `evidence` x WHERE x.`measure_id` = `measure_events`.`measure_id` AND x.`article_id` IS `measure_events`.`article_id`
		ORDER BY x.`reported_on` DESC, x.`id` DESC LIMIT 1),
	(SELECT x.`id` FROM `evidence` x WHERE x.`measure_id` = `measure_events`.`measure_id` AND x.`status` = `measure_events`.`to_status`
		ORDER BY x.`reported_on` DESC, x.`id` DESC LIMIT 1),
	(SELECT x.`id` FROM `evidence` x WHERE x.`measure_id` = `measure_events`.`measure_id` ORDER BY x.`reported_on` DESC, x.`id` DESC LIMIT 1));
--> statement-breakpoint
-- Each target's alias spellings as a sorted JSON array (targets.alias_names), kept equal to
-- target_aliases by every insert and delete, whichever path wrote it.
CREATE TRIGGER `target_aliases_names_insert` AFTER INSERT ON `target_aliases` BEGIN
	UPDATE `targets` SET `alias_names` = (SELECT json_group_array(n.`name`) FROM
		(SELECT DISTINCT `name` FROM `target_aliases` WHERE `target_id` = new.`target_id` ORDER BY `name`) n)
		WHERE `id` = new.`target_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `target_aliases_names_delete` AFTER DELETE ON `target_aliases` BEGIN
	UPDATE `targets` SET `alias_names` = (SELECT json_group_array(n.`name`) FROM
		(SELECT DISTINCT `name` FROM `target_aliases` WHERE `target_id` = old.`target_id` ORDER BY `name`) n)
		WHERE `id` = old.`target_id`;
END;
--> statement-breakpoint
UPDATE `targets` SET `alias_names` = (SELECT json_group_array(n.`name`) FROM
	(SELECT DISTINCT `name` FROM `target_aliases` WHERE `target_id` = `targets`.`id` ORDER BY `name`) n);
