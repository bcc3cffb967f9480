ALTER TABLE `claims` ADD `citation_scope` text;--> statement-breakpoint
ALTER TABLE `relations` ADD `citation_scope` text;--> statement-breakpoint
ALTER TABLE `sentences` ADD `citation_scope` text;