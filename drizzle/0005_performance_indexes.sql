DROP INDEX `asks_status_idx`;--> statement-breakpoint
CREATE INDEX `asks_made_on_idx` ON `asks` (`made_on`);--> statement-breakpoint
CREATE INDEX `asks_awaiting_idx` ON `asks` (`made_on`) WHERE "asks"."status" in ('made', 'acknowledged');--> statement-breakpoint
DROP INDEX `cases_country_idx`;--> statement-breakpoint
DROP INDEX `cases_status_idx`;--> statement-breakpoint
CREATE INDEX `cases_country_status_idx` ON `cases` (lower("country"),`status`);--> statement-breakpoint
CREATE INDEX `cases_status_idx` ON `cases` (`status`,`archived_at`);