-- Keeps facet_counts and measure_counts (migration 0007) equal to counting `measures`: each
-- insert, change of authority / type / status / target, and delete of a measure moves its
-- counters in the same statement, whichever write path (ingest, official lists, retraction,
-- cascades) it came from. Then fills the counters for the measures already stored.
CREATE TRIGGER `measures_counters_insert` AFTER INSERT ON `measures` BEGIN
	INSERT INTO `measure_counts` (`authority_id`, `type`, `status`, `count`) VALUES (new.`authority_id`, new.`type`, new.`status`, 1)
		ON CONFLICT (`authority_id`, `type`, `status`) DO UPDATE SET `count` = `count` + 1;
	INSERT INTO `facet_counts` (`facet`, `value`, `count`)
		VALUES ('authority', new.`authority_id`, 1), ('type', new.`type`, 1), ('status', new.`status`, 1), ('target', new.`target_id`, 1)
		ON CONFLICT (`facet`, `value`) DO UPDATE SET `count` = `count` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `measures_counters_delete` AFTER DELETE ON `measures` BEGIN
	UPDATE `measure_counts` SET `count` = `count` - 1
		WHERE `authority_id` = old.`authority_id` AND `type` = old.`type` AND `status` = old.`status`;
	UPDATE `facet_counts` SET `count` = `count` - 1
		WHERE (`facet` = 'authority' AND `value` = old.`authority_id`) OR (`facet` = 'type' AND `value` = old.`type`)
			OR (`facet` = 'status' AND `value` = old.`status`) OR (`facet` = 'target' AND `value` = old.`target_id`);
END;
--> statement-breakpoint
-- The recompute of an ingest rewrites `status` on every measure it touches; the WHEN clause
-- keeps an unchanged measure from writing its counters.
CREATE TRIGGER `measures_counters_update` AFTER UPDATE OF `authority_id`, `type`, `status`, `target_id` ON `measures`
	WHEN old.`authority_id` IS NOT new.`authority_id` OR old.`type` IS NOT new.`type`
		OR old.`status` IS NOT new.`status` OR old.`target_id` IS NOT new.`target_id`
BEGIN
	UPDATE `measure_counts` SET `count` = `count` - 1
		WHERE `authority_id` = old.`authority_id` AND `type` = old.`type` AND `status` = old.`status`;
	UPDATE `facet_counts` SET `count` = `count` - 1
		WHERE (`facet` = 'authority' AND `value` = old.`authority_id`) OR (`facet` = 'type' AND `value` = old.`type`)
			OR (`facet` = 'status' AND `value` = old.`status`) OR (`facet` = 'target' AND `value` = old.`target_id`);
	INSERT INTO `measure_counts` (`authority_id`, `type`, `status`, `count`) VALUES (new.`authority_id`, new.`type`, new.`status`, 1)
		ON CONFLICT (`authority_id`, `type`, `status`) DO UPDATE SET `count` = `count` + 1;
	INSERT INTO `facet_counts` (`facet`, `value`, `count`)
		VALUES ('authority', new.`authority_id`, 1), ('type', new.`type`, 1), ('status', new.`status`, 1), ('target', new.`target_id`, 1)
		ON CONFLICT (`facet`, `value`) DO UPDATE SET `count` = `count` + 1;
END;
--> statement-breakpoint
INSERT INTO `measure_counts` (`authority_id`, `type`, `status`, `count`)
	SELECT `authority_id`, `type`, `status`, count(*) FROM `measures` WHERE true GROUP BY `authority_id`, `type`, `status`;
--> statement-breakpoint
INSERT INTO `facet_counts` (`facet`, `value`, `count`)
	SELECT 'authority', `authority_id`, count(*) FROM `measures` GROUP BY `authority_id`
	UNION ALL SELECT 'type', `type`, count(*) FROM `measures` GROUP BY `type`
	UNION ALL SELECT 'status', `status`, count(*) FROM `measures` GROUP BY `status`
	UNION ALL SELECT 'target', `target_id`, count(*) FROM `measures` GROUP BY `target_id`;
