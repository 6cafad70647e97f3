-- An undated source keeps the day it was recorded, or a dated copy's day when that is earlier.
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`key` text NOT NULL UNIQUE,
	`title` text NOT NULL,
	`publisher` text,
	`byline` text,
	`dateline` text,
	`published_edtf` text,
	`published_earliest` text,
	`published_latest` text,
	`published_precision` text DEFAULT 'UNKNOWN' NOT NULL,
	`published_approximate` integer DEFAULT false NOT NULL,
	`published_uncertain` integer DEFAULT false NOT NULL,
	`published_phrase` text,
	`url` text,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`content_hash` text NOT NULL UNIQUE,
	`syndication_group_id` integer,
	`recorded_at` text NOT NULL,
	`known_on` text,
	`known_from` text GENERATED ALWAYS AS (coalesce(published_latest, known_on)) STORED NOT NULL,
	`retracted_at` text,
	CONSTRAINT `fk_sources_syndication_group_id_syndication_groups_id_fk` FOREIGN KEY (`syndication_group_id`) REFERENCES `syndication_groups`(`id`)
);
--> statement-breakpoint
INSERT INTO `__new_sources`(`id`, `key`, `title`, `publisher`, `byline`, `dateline`, `published_edtf`, `published_earliest`, `published_latest`, `published_precision`, `published_approximate`, `published_uncertain`, `published_phrase`, `url`, `kind`, `text`, `content_hash`, `syndication_group_id`, `recorded_at`, `known_on`, `retracted_at`) SELECT `id`, `key`, `title`, `publisher`, `byline`, `dateline`, `published_edtf`, `published_earliest`, `published_latest`, `published_precision`, `published_approximate`, `published_uncertain`, `published_phrase`, `url`, `kind`, `text`, `content_hash`, `syndication_group_id`, `recorded_at`, CASE WHEN s.`published_latest` IS NULL THEN min(substr(s.`recorded_at`, 1, 10), coalesce((SELECT min(c.`published_latest`) FROM `sources` c WHERE c.`syndication_group_id` = s.`syndication_group_id`), '9999-12-31')) END, `retracted_at` FROM `sources` s;--> statement-breakpoint
DROP TABLE `sources`;--> statement-breakpoint
ALTER TABLE `__new_sources` RENAME TO `sources`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `sources_known_from_idx` ON `sources` (`known_from`);--> statement-breakpoint
CREATE INDEX `sources_syndication_group_idx` ON `sources` (`syndication_group_id`);