-- The lines outside the body (title, byline, disclaimer) as anchoring units of their own.
ALTER TABLE `claims` ADD `metadata` text;--> statement-breakpoint
ALTER TABLE `documents` ADD `disclaimer_line` text;--> statement-breakpoint
ALTER TABLE `mentions` ADD `metadata` text;--> statement-breakpoint
ALTER TABLE `relations` ADD `metadata` text;--> statement-breakpoint
-- A claim quoting the title, the byline or the disclaimer is indexed in that line's section.
DROP TRIGGER `claims_search_insert`;
--> statement-breakpoint
CREATE TRIGGER `claims_search_insert` AFTER INSERT ON `claims` BEGIN
  INSERT INTO `search_index` (`kind`, `ref`, `section`, `name`, `body`, `document`)
  VALUES (
    'claim', new.`id`,
    coalesce(
      (SELECT `section_id` FROM `sentences`
        WHERE `document_id` = new.`document_id` AND `id` = new.`sentence_id`),
      new.`metadata`,
      CASE WHEN new.`in_byline` THEN 'byline' ELSE 'endnotes' END
    ),
    '', new.`summary` || ' ' || new.`quote`, new.`document_id`
  );
END;
