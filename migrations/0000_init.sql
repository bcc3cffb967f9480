CREATE TABLE `aliases` (
	`entity_id` text NOT NULL,
	`alias` text NOT NULL,
	`normalized` text NOT NULL,
	`form` text NOT NULL,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `aliases_entity_alias_idx` ON `aliases` (`entity_id`,`normalized`);--> statement-breakpoint
CREATE INDEX `aliases_normalized_idx` ON `aliases` (`normalized`);--> statement-breakpoint
CREATE TABLE `claim_about` (
	`claim_id` text NOT NULL,
	`entity_id` text NOT NULL,
	`ordinal` integer NOT NULL,
	PRIMARY KEY(`claim_id`, `entity_id`),
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `claim_about_entity_idx` ON `claim_about` (`entity_id`);--> statement-breakpoint
CREATE TABLE `claims` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`direct` integer NOT NULL,
	`speaker_id` text NOT NULL,
	`summary` text NOT NULL,
	`date_text` text,
	`date_start` text,
	`date_end` text,
	`document_id` text NOT NULL,
	`quote` text NOT NULL,
	`sentence_id` text,
	`in_endnote` integer,
	`in_byline` integer DEFAULT false NOT NULL,
	`quote_start` integer NOT NULL,
	`quote_end` integer NOT NULL,
	`endnote_n` integer,
	`citation_rule` text NOT NULL,
	`citation_reason` text,
	`citation_scope` text,
	`note` text,
	`file` text NOT NULL,
	`ordinal` integer NOT NULL,
	FOREIGN KEY (`speaker_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`,`sentence_id`) REFERENCES `sentences`(`document_id`,`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`,`in_endnote`) REFERENCES `endnotes`(`document_id`,`n`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`,`endnote_n`) REFERENCES `endnotes`(`document_id`,`n`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `claims_speaker_idx` ON `claims` (`speaker_id`);--> statement-breakpoint
CREATE INDEX `claims_endnote_idx` ON `claims` (`document_id`,`endnote_n`);--> statement-breakpoint
CREATE INDEX `claims_date_idx` ON `claims` (`date_start`);--> statement-breakpoint
CREATE INDEX `claims_sentence_idx` ON `claims` (`document_id`,`sentence_id`);--> statement-breakpoint
CREATE TABLE `documents` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`author` text NOT NULL,
	`affiliation` text NOT NULL,
	`disclaimer` text,
	`byline` text,
	`text` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `endnote_sources` (
	`document_id` text NOT NULL,
	`endnote_n` integer NOT NULL,
	`source_id` text NOT NULL,
	`ordinal` integer NOT NULL,
	`form` text NOT NULL,
	`refers_to` integer,
	`pages` text,
	PRIMARY KEY(`document_id`, `endnote_n`, `ordinal`),
	FOREIGN KEY (`document_id`,`endnote_n`) REFERENCES `endnotes`(`document_id`,`n`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`,`source_id`) REFERENCES `sources`(`document_id`,`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `endnote_sources_source_idx` ON `endnote_sources` (`document_id`,`source_id`);--> statement-breakpoint
CREATE TABLE `endnotes` (
	`document_id` text NOT NULL,
	`n` integer NOT NULL,
	`text` text NOT NULL,
	`kind` text NOT NULL,
	`refers_to` integer,
	`pages` text,
	`note` text,
	`accessed` text,
	`marker_sentence_id` text,
	`marker_offset` integer,
	`problems` text NOT NULL,
	PRIMARY KEY(`document_id`, `n`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`,`marker_sentence_id`) REFERENCES `sentences`(`document_id`,`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `entities` (
	`id` text PRIMARY KEY NOT NULL,
	`type` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`note` text,
	`details` text NOT NULL,
	`date_start` text,
	`date_end` text,
	`file` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `entities_type_idx` ON `entities` (`type`,`id`);--> statement-breakpoint
CREATE INDEX `entities_date_idx` ON `entities` (`date_start`);--> statement-breakpoint
CREATE TABLE `mentions` (
	`entity_id` text NOT NULL,
	`document_id` text NOT NULL,
	`sentence_id` text,
	`endnote_n` integer,
	`in_byline` integer DEFAULT false NOT NULL,
	`surface` text NOT NULL,
	`via` text NOT NULL,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`,`sentence_id`) REFERENCES `sentences`(`document_id`,`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`,`endnote_n`) REFERENCES `endnotes`(`document_id`,`n`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `mentions_entity_idx` ON `mentions` (`entity_id`);--> statement-breakpoint
CREATE INDEX `mentions_sentence_idx` ON `mentions` (`document_id`,`sentence_id`);--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `paragraphs` (
	`document_id` text NOT NULL,
	`id` text NOT NULL,
	`section_id` text NOT NULL,
	`ordinal` integer NOT NULL,
	`text` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	PRIMARY KEY(`document_id`, `id`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`,`section_id`) REFERENCES `sections`(`document_id`,`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `relations` (
	`id` text PRIMARY KEY NOT NULL,
	`from_id` text NOT NULL,
	`type` text NOT NULL,
	`to_id` text NOT NULL,
	`claim_id` text,
	`document_id` text NOT NULL,
	`quote` text NOT NULL,
	`sentence_id` text,
	`in_endnote` integer,
	`in_byline` integer DEFAULT false NOT NULL,
	`quote_start` integer NOT NULL,
	`quote_end` integer NOT NULL,
	`endnote_n` integer,
	`citation_rule` text NOT NULL,
	`citation_reason` text,
	`citation_scope` text,
	`file` text NOT NULL,
	FOREIGN KEY (`from_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`,`sentence_id`) REFERENCES `sentences`(`document_id`,`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`,`in_endnote`) REFERENCES `endnotes`(`document_id`,`n`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`,`endnote_n`) REFERENCES `endnotes`(`document_id`,`n`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `relations_from_idx` ON `relations` (`from_id`);--> statement-breakpoint
CREATE INDEX `relations_to_idx` ON `relations` (`to_id`);--> statement-breakpoint
CREATE TABLE `sections` (
	`document_id` text NOT NULL,
	`id` text NOT NULL,
	`ordinal` integer NOT NULL,
	`heading` text NOT NULL,
	`level` integer NOT NULL,
	`parent_id` text,
	PRIMARY KEY(`document_id`, `id`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `sentences` (
	`document_id` text NOT NULL,
	`id` text NOT NULL,
	`paragraph_id` text NOT NULL,
	`section_id` text NOT NULL,
	`ordinal` integer NOT NULL,
	`text` text NOT NULL,
	`plain_text` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`markers` text NOT NULL,
	`covering_endnote` integer,
	`coverage` text NOT NULL,
	`citation_scope` text,
	PRIMARY KEY(`document_id`, `id`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`,`paragraph_id`) REFERENCES `paragraphs`(`document_id`,`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`,`section_id`) REFERENCES `sections`(`document_id`,`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sentences_paragraph_idx` ON `sentences` (`document_id`,`paragraph_id`);--> statement-breakpoint
CREATE INDEX `sentences_ordinal_idx` ON `sentences` (`document_id`,`ordinal`);--> statement-breakpoint
CREATE TABLE `sources` (
	`document_id` text NOT NULL,
	`id` text NOT NULL,
	`authors` text NOT NULL,
	`title` text,
	`publication` text,
	`date` text,
	`date_text` text,
	`url` text,
	`details` text,
	`partial` integer NOT NULL,
	`first_cited_in` integer,
	`problems` text NOT NULL,
	PRIMARY KEY(`document_id`, `id`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action
);
