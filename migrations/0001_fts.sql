-- Full-text index over sentences, claims, entities (names and aliases) and endnotes.
-- One FTS5 table so that a single bm25() ranks every kind of hit together: `name` carries the
-- names and aliases (weighted up), `body` the text. `document` says which document a sentence,
-- claim or endnote comes from (null for entities, which all documents share); it is last so
-- that the text columns keep their numbers for highlight() and snippet(). Triggers keep the
-- index in step with the tables, so the seed only inserts rows.
CREATE VIRTUAL TABLE `search_index` USING fts5(
  `kind` UNINDEXED,
  `ref` UNINDEXED,
  `section` UNINDEXED,
  `name`,
  `body`,
  `document` UNINDEXED,
  tokenize = 'porter unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `sentences_search_insert` AFTER INSERT ON `sentences` BEGIN
  INSERT INTO `search_index` (`kind`, `ref`, `section`, `name`, `body`, `document`)
  VALUES ('sentence', new.`id`, new.`section_id`, '', new.`plain_text`, new.`document_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `claims_search_insert` AFTER INSERT ON `claims` BEGIN
  INSERT INTO `search_index` (`kind`, `ref`, `section`, `name`, `body`, `document`)
  VALUES (
    'claim', new.`id`,
    coalesce(
      (SELECT `section_id` FROM `sentences`
        WHERE `document_id` = new.`document_id` AND `id` = new.`sentence_id`),
      CASE WHEN new.`in_byline` THEN 'byline' ELSE 'endnotes' END
    ),
    '', new.`summary` || ' ' || new.`quote`, new.`document_id`
  );
END;
--> statement-breakpoint
CREATE TRIGGER `entities_search_insert` AFTER INSERT ON `entities` BEGIN
  INSERT INTO `search_index` (`kind`, `ref`, `section`, `name`, `body`, `document`)
  VALUES ('entity', new.`id`, NULL, new.`name`, coalesce(new.`description`, ''), NULL);
END;
--> statement-breakpoint
CREATE TRIGGER `aliases_search_insert` AFTER INSERT ON `aliases` WHEN new.`form` <> 'name' BEGIN
  UPDATE `search_index` SET `name` = `name` || ' | ' || new.`alias`
  WHERE `kind` = 'entity' AND `ref` = new.`entity_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `endnotes_search_insert` AFTER INSERT ON `endnotes` BEGIN
  INSERT INTO `search_index` (`kind`, `ref`, `section`, `name`, `body`, `document`)
  VALUES ('endnote', CAST(new.`n` AS TEXT), 'endnotes', '', new.`text`, new.`document_id`);
END;
