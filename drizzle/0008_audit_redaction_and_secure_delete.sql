-- The audit trail stays append-only, with one exception: deleting a case for good may
-- redact an event once, replacing the values of a confidential record's fields while
-- keeping who, when, which record and which fields (the same keys in `details`).
DROP TRIGGER `audit_events_no_update`;
--> statement-breakpoint
CREATE TRIGGER `audit_events_no_update` BEFORE UPDATE ON `audit_events`
WHEN NOT (
	OLD.`redacted_at` IS NULL AND NEW.`redacted_at` IS NOT NULL
	AND NEW.`id` = OLD.`id` AND NEW.`at` = OLD.`at` AND NEW.`actor_id` IS OLD.`actor_id`
	AND NEW.`action` = OLD.`action` AND NEW.`entity_type` = OLD.`entity_type`
	AND NEW.`entity_id` IS OLD.`entity_id` AND NEW.`case_id` IS OLD.`case_id`
	AND NEW.`confidential` = OLD.`confidential`
	AND json_valid(NEW.`details`)
	AND (SELECT group_concat(key, ',') FROM (SELECT key FROM json_each(NEW.`details`) ORDER BY key))
		IS (SELECT group_concat(key, ',') FROM (SELECT key FROM json_each(OLD.`details`) ORDER BY key))
)
BEGIN
	SELECT RAISE(ABORT, 'audit_events is append-only: events cannot be changed, only redacted once');
END;
--> statement-breakpoint
-- FTS5 otherwise leaves a deleted record's words in the index's old segments until they
-- are merged; with secure-delete they are removed at once (with the secure_delete pragma
-- that the connection sets, the freed pages are zeroed too).
INSERT INTO `search_cases`(`search_cases`, `rank`) VALUES ('secure-delete', 1);
--> statement-breakpoint
INSERT INTO `search_people`(`search_people`, `rank`) VALUES ('secure-delete', 1);
--> statement-breakpoint
INSERT INTO `search_sources`(`search_sources`, `rank`) VALUES ('secure-delete', 1);
--> statement-breakpoint
INSERT INTO `search_asks`(`search_asks`, `rank`) VALUES ('secure-delete', 1);
--> statement-breakpoint
INSERT INTO `search_outcomes`(`search_outcomes`, `rank`) VALUES ('secure-delete', 1);
--> statement-breakpoint
INSERT INTO `search_notes`(`search_notes`, `rank`) VALUES ('secure-delete', 1);
