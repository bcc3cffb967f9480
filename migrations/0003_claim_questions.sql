-- Reader questions each claim answers (questions*.yaml): retrieval aids for /v1/ask, never served as facts.
CREATE TABLE `claim_questions` (
	`claim_id` text NOT NULL,
	`ordinal` integer NOT NULL,
	`question` text NOT NULL,
	`file` text NOT NULL,
	PRIMARY KEY(`claim_id`, `ordinal`),
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action
);
