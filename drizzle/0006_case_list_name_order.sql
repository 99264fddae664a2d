DROP INDEX `cases_country_status_idx`;--> statement-breakpoint
CREATE INDEX `cases_country_status_name_idx` ON `cases` (lower("country"),`status`,"person_name" collate nocase);