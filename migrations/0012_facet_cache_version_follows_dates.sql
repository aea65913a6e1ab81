-- Stored facet answers (facet_cache) may count under a date range (`since`/`until` filter on the
-- last reported day), so the data version must also move when a measure's reported days or its
-- evidence change, not only its authority, type, status or target: a later article that repeats
-- a measure's status moves its last reported day into (or a retraction out of) a range.
DROP TRIGGER IF EXISTS `measures_version_update`;
--> statement-breakpoint
CREATE TRIGGER `measures_version_update`
	AFTER UPDATE OF `authority_id`, `type`, `status`, `target_id`, `first_reported_on`, `last_reported_on`, `evidence_count` ON `measures`
	WHEN old.`authority_id` IS NOT new.`authority_id` OR old.`type` IS NOT new.`type`
		OR old.`status` IS NOT new.`status` OR old.`target_id` IS NOT new.`target_id`
		OR old.`first_reported_on` IS NOT new.`first_reported_on` OR old.`last_reported_on` IS NOT new.`last_reported_on`
		OR old.`evidence_count` IS NOT new.`evidence_count`
BEGIN
	UPDATE `data_versions` SET `version` = `version` + 1 WHERE `name` = 'measures';
END;
