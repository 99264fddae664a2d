ALTER TABLE `ask_status_changes` ADD `note_confidential` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `asks` ADD `confidential` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `audit_events` ADD `confidential` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `audit_events` ADD `redacted_at` text;--> statement-breakpoint
ALTER TABLE `case_status_changes` ADD `note_confidential` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `outcomes` ADD `confidential` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `sign_in_failures` ADD `client_address` text;--> statement-breakpoint
CREATE INDEX `sign_in_failures_client_idx` ON `sign_in_failures` (`client_address`,`at`);