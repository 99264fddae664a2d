CREATE TABLE `user_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`started_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`last_seen_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`user_agent` text,
	`client_address` text,
	`browser_hash` text,
	`new_browser` integer DEFAULT false NOT NULL,
	`notice_dismissed_at` text,
	`ended_at` text,
	`ended_by` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ended_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `user_sessions_user_idx` ON `user_sessions` (`user_id`,`started_at`);--> statement-breakpoint
CREATE INDEX `user_sessions_new_browser_idx` ON `user_sessions` (`new_browser`,`started_at`);--> statement-breakpoint
DROP TABLE `ended_sessions`;