CREATE TABLE `ingestions` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`source_id` integer NOT NULL UNIQUE,
	`author` text NOT NULL,
	`copy_of_source_id` integer,
	`similarity` real,
	`recorded_at` text NOT NULL,
	CONSTRAINT `fk_ingestions_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`),
	CONSTRAINT `fk_ingestions_copy_of_source_id_sources_id_fk` FOREIGN KEY (`copy_of_source_id`) REFERENCES `sources`(`id`)
);
--> statement-breakpoint
CREATE TABLE `proposals` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`ingestion_id` integer NOT NULL,
	`kind` text NOT NULL,
	`status` text DEFAULT 'DRAFT' NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`excerpt` text NOT NULL,
	`payload` text NOT NULL,
	`recorded_at` text NOT NULL,
	CONSTRAINT `fk_proposals_ingestion_id_ingestions_id_fk` FOREIGN KEY (`ingestion_id`) REFERENCES `ingestions`(`id`)
);
--> statement-breakpoint
CREATE INDEX `ingestions_copy_of_idx` ON `ingestions` (`copy_of_source_id`);--> statement-breakpoint
CREATE INDEX `proposals_ingestion_idx` ON `proposals` (`ingestion_id`,`kind`);--> statement-breakpoint
CREATE INDEX `proposals_status_idx` ON `proposals` (`status`);