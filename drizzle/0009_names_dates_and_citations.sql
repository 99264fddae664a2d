CREATE TABLE `citations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`claim` text NOT NULL,
	`subject_id` integer NOT NULL,
	`source_id` integer NOT NULL,
	`linked_by` integer NOT NULL,
	`linked_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`linked_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `citations_claim_source_idx` ON `citations` (`claim`,`subject_id`,`source_id`);--> statement-breakpoint
CREATE INDEX `citations_case_idx` ON `citations` (`case_id`);--> statement-breakpoint
CREATE INDEX `citations_source_idx` ON `citations` (`source_id`);--> statement-breakpoint
-- An outcome's sources become its citations.
INSERT INTO `citations` (`case_id`, `claim`, `subject_id`, `source_id`, `linked_by`, `linked_at`)
	SELECT o.`case_id`, 'outcome', o.`id`, os.`source_id`, o.`created_by`, o.`created_at`
	FROM `outcome_sources` os JOIN `outcomes` o ON o.`id` = os.`outcome_id`;
--> statement-breakpoint
DROP TABLE `outcome_sources`;--> statement-breakpoint
-- SQLite adds a NOT NULL column only with a default; every write sets the date, and the
-- rows already there are dated just below.
ALTER TABLE `ask_status_changes` ADD `occurred_on` text DEFAULT '' NOT NULL;--> statement-breakpoint
-- An ask's first status dates from when it was made; later moves from when they were recorded.
UPDATE `ask_status_changes` SET `occurred_on` = coalesce(
	CASE WHEN `from_status` IS NULL THEN (SELECT a.`made_on` FROM `asks` a WHERE a.`id` = `ask_status_changes`.`ask_id`) END,
	substr(`changed_at`, 1, 10));--> statement-breakpoint
CREATE INDEX `ask_status_changes_occurred_idx` ON `ask_status_changes` (`ask_id`,`occurred_on`);--> statement-breakpoint
ALTER TABLE `case_status_changes` ADD `occurred_on` text DEFAULT '' NOT NULL;--> statement-breakpoint
-- A case's opening status describes an event (the arrest, or the sentence), not the day the
-- record was typed in; later moves keep the day they were recorded.
UPDATE `case_status_changes` SET `occurred_on` = coalesce(
	CASE WHEN `from_status` IS NULL THEN (
		SELECT CASE WHEN `case_status_changes`.`to_status` = 'sentenced' THEN coalesce(c.`sentence_date`, c.`arrest_date`)
			WHEN `case_status_changes`.`to_status` = 'at_risk' THEN NULL
			ELSE c.`arrest_date` END
		FROM `cases` c WHERE c.`id` = `case_status_changes`.`case_id`) END,
	substr(`changed_at`, 1, 10));--> statement-breakpoint
CREATE INDEX `case_status_changes_occurred_idx` ON `case_status_changes` (`case_id`,`occurred_on`);--> statement-breakpoint
ALTER TABLE `cases` ADD `native_name` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `cases` ADD `aliases` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `cases` ADD `country_code` text;