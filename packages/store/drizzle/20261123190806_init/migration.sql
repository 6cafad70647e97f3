CREATE TABLE `actor_aliases` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`actor_id` integer NOT NULL,
	`name` text NOT NULL,
	`normalized` text NOT NULL,
	`kind` text NOT NULL,
	CONSTRAINT `fk_actor_aliases_actor_id_actors_id_fk` FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`)
);
--> statement-breakpoint
CREATE TABLE `actor_roles` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`actor_id` integer NOT NULL,
	`title` text NOT NULL,
	`organization_id` integer,
	`time_edtf` text,
	`time_earliest` text,
	`time_latest` text,
	`time_precision` text DEFAULT 'UNKNOWN' NOT NULL,
	`time_approximate` integer DEFAULT false NOT NULL,
	`time_uncertain` integer DEFAULT false NOT NULL,
	`time_phrase` text,
	CONSTRAINT `fk_actor_roles_actor_id_actors_id_fk` FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`),
	CONSTRAINT `fk_actor_roles_organization_id_actors_id_fk` FOREIGN KEY (`organization_id`) REFERENCES `actors`(`id`)
);
--> statement-breakpoint
CREATE TABLE `actors` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`key` text NOT NULL UNIQUE,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`description` text,
	`merged_into_id` integer,
	`recorded_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `claim_relations` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`kind` text NOT NULL,
	`from_claim_id` integer NOT NULL,
	`to_claim_id` integer NOT NULL,
	`explanation` text NOT NULL,
	`origin` text NOT NULL,
	`recorded_at` text NOT NULL,
	`retracted_at` text,
	CONSTRAINT `fk_claim_relations_from_claim_id_claims_id_fk` FOREIGN KEY (`from_claim_id`) REFERENCES `claims`(`id`),
	CONSTRAINT `fk_claim_relations_to_claim_id_claims_id_fk` FOREIGN KEY (`to_claim_id`) REFERENCES `claims`(`id`)
);
--> statement-breakpoint
CREATE TABLE `attribution_intermediaries` (
	`attribution_id` integer NOT NULL,
	`position` integer NOT NULL,
	`actor_id` integer NOT NULL,
	CONSTRAINT `attribution_intermediaries_pk` PRIMARY KEY(`attribution_id`, `position`),
	CONSTRAINT `fk_attribution_intermediaries_attribution_id_attributions_id_fk` FOREIGN KEY (`attribution_id`) REFERENCES `attributions`(`id`),
	CONSTRAINT `fk_attribution_intermediaries_actor_id_actors_id_fk` FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`)
);
--> statement-breakpoint
CREATE TABLE `attributions` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`claim_id` integer NOT NULL,
	`source_id` integer NOT NULL,
	`excerpt` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`reporting_verb` text,
	`recorded_at` text NOT NULL,
	`retracted_at` text,
	CONSTRAINT `fk_attributions_claim_id_claims_id_fk` FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`),
	CONSTRAINT `fk_attributions_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`)
);
--> statement-breakpoint
CREATE TABLE `claim_actors` (
	`claim_id` integer NOT NULL,
	`actor_id` integer NOT NULL,
	CONSTRAINT `claim_actors_pk` PRIMARY KEY(`claim_id`, `actor_id`),
	CONSTRAINT `fk_claim_actors_claim_id_claims_id_fk` FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`),
	CONSTRAINT `fk_claim_actors_actor_id_actors_id_fk` FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`)
);
--> statement-breakpoint
CREATE TABLE `claim_events` (
	`claim_id` integer NOT NULL,
	`event_id` integer NOT NULL,
	CONSTRAINT `claim_events_pk` PRIMARY KEY(`claim_id`, `event_id`),
	CONSTRAINT `fk_claim_events_claim_id_claims_id_fk` FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`),
	CONSTRAINT `fk_claim_events_event_id_events_id_fk` FOREIGN KEY (`event_id`) REFERENCES `events`(`id`)
);
--> statement-breakpoint
CREATE TABLE `claims` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`key` text NOT NULL UNIQUE,
	`claimant_id` integer,
	`claimant_description` text,
	`stance` text NOT NULL,
	`hedge` text,
	`stated_edtf` text,
	`stated_earliest` text,
	`stated_latest` text,
	`stated_precision` text DEFAULT 'UNKNOWN' NOT NULL,
	`stated_approximate` integer DEFAULT false NOT NULL,
	`stated_uncertain` integer DEFAULT false NOT NULL,
	`stated_phrase` text,
	`proposition` text NOT NULL,
	`recorded_at` text NOT NULL,
	`retracted_at` text,
	CONSTRAINT `fk_claims_claimant_id_actors_id_fk` FOREIGN KEY (`claimant_id`) REFERENCES `actors`(`id`)
);
--> statement-breakpoint
CREATE TABLE `event_participants` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`event_id` integer NOT NULL,
	`actor_id` integer NOT NULL,
	`role` text NOT NULL,
	CONSTRAINT `fk_event_participants_event_id_events_id_fk` FOREIGN KEY (`event_id`) REFERENCES `events`(`id`),
	CONSTRAINT `fk_event_participants_actor_id_actors_id_fk` FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`)
);
--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`key` text NOT NULL UNIQUE,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`summary` text,
	`time_edtf` text,
	`time_earliest` text,
	`time_latest` text,
	`time_precision` text DEFAULT 'UNKNOWN' NOT NULL,
	`time_approximate` integer DEFAULT false NOT NULL,
	`time_uncertain` integer DEFAULT false NOT NULL,
	`time_phrase` text,
	`time_sort_start` text GENERATED ALWAYS AS (CASE WHEN time_precision = 'UNKNOWN' THEN '9999-12-31' ELSE coalesce(time_earliest, '0000-01-01') END) STORED NOT NULL,
	`time_sort_end` text GENERATED ALWAYS AS (coalesce(time_latest, '9999-12-31')) STORED NOT NULL,
	`place_id` integer,
	`recorded_at` text NOT NULL,
	`retracted_at` text,
	CONSTRAINT `fk_events_place_id_places_id_fk` FOREIGN KEY (`place_id`) REFERENCES `places`(`id`)
);
--> statement-breakpoint
CREATE TABLE `place_aliases` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`place_id` integer NOT NULL,
	`name` text NOT NULL,
	`normalized` text NOT NULL,
	`kind` text NOT NULL,
	CONSTRAINT `fk_place_aliases_place_id_places_id_fk` FOREIGN KEY (`place_id`) REFERENCES `places`(`id`)
);
--> statement-breakpoint
CREATE TABLE `places` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`key` text NOT NULL UNIQUE,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`latitude` real,
	`longitude` real,
	`country_id` integer,
	`recorded_at` text NOT NULL,
	CONSTRAINT `fk_places_country_id_actors_id_fk` FOREIGN KEY (`country_id`) REFERENCES `actors`(`id`)
);
--> statement-breakpoint
CREATE TABLE `measures` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`key` text NOT NULL UNIQUE,
	`name` text NOT NULL,
	`unit` text NOT NULL,
	`item` text,
	`cumulative` integer DEFAULT false NOT NULL,
	`description` text
);
--> statement-breakpoint
CREATE TABLE `quantities` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`claim_id` integer NOT NULL UNIQUE,
	`measure_id` integer,
	`value` real,
	`low` real,
	`high` real,
	`approximate` integer DEFAULT false NOT NULL,
	`unit` text NOT NULL,
	`item` text,
	`modality` text DEFAULT 'ACTUAL' NOT NULL,
	`phrase` text NOT NULL,
	CONSTRAINT `fk_quantities_claim_id_claims_id_fk` FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`),
	CONSTRAINT `fk_quantities_measure_id_measures_id_fk` FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`)
);
--> statement-breakpoint
CREATE TABLE `revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`entity_type` text NOT NULL,
	`entity_id` integer NOT NULL,
	`action` text NOT NULL,
	`author` text NOT NULL,
	`at` text NOT NULL,
	`before` text,
	`after` text
);
--> statement-breakpoint
CREATE TABLE `source_furniture` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`source_id` integer NOT NULL,
	`kind` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	CONSTRAINT `fk_source_furniture_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`)
);
--> statement-breakpoint
CREATE TABLE `sources` (
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
	`known_from` text GENERATED ALWAYS AS (coalesce(published_latest, substr(recorded_at, 1, 10))) STORED NOT NULL,
	`retracted_at` text,
	CONSTRAINT `fk_sources_syndication_group_id_syndication_groups_id_fk` FOREIGN KEY (`syndication_group_id`) REFERENCES `syndication_groups`(`id`)
);
--> statement-breakpoint
CREATE TABLE `syndication_groups` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`key` text NOT NULL UNIQUE,
	`name` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `actor_aliases_normalized_idx` ON `actor_aliases` (`normalized`);--> statement-breakpoint
CREATE UNIQUE INDEX `actor_aliases_actor_name_idx` ON `actor_aliases` (`actor_id`,`name`);--> statement-breakpoint
CREATE INDEX `actor_roles_actor_idx` ON `actor_roles` (`actor_id`);--> statement-breakpoint
CREATE INDEX `actors_merged_into_idx` ON `actors` (`merged_into_id`);--> statement-breakpoint
CREATE INDEX `claim_relations_from_idx` ON `claim_relations` (`from_claim_id`);--> statement-breakpoint
CREATE INDEX `claim_relations_to_idx` ON `claim_relations` (`to_claim_id`);--> statement-breakpoint
CREATE INDEX `attributions_claim_idx` ON `attributions` (`claim_id`);--> statement-breakpoint
CREATE INDEX `attributions_source_idx` ON `attributions` (`source_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `attributions_claim_span_idx` ON `attributions` (`claim_id`,`source_id`,`start`,`end`);--> statement-breakpoint
CREATE INDEX `claim_actors_actor_idx` ON `claim_actors` (`actor_id`);--> statement-breakpoint
CREATE INDEX `claim_events_event_idx` ON `claim_events` (`event_id`);--> statement-breakpoint
CREATE INDEX `claims_claimant_idx` ON `claims` (`claimant_id`);--> statement-breakpoint
CREATE INDEX `claims_stance_idx` ON `claims` (`stance`);--> statement-breakpoint
CREATE INDEX `event_participants_event_idx` ON `event_participants` (`event_id`);--> statement-breakpoint
CREATE INDEX `event_participants_actor_idx` ON `event_participants` (`actor_id`);--> statement-breakpoint
CREATE INDEX `events_timeline_idx` ON `events` (`time_sort_start`,`time_sort_end`,`id`);--> statement-breakpoint
CREATE INDEX `events_place_idx` ON `events` (`place_id`);--> statement-breakpoint
CREATE INDEX `events_kind_idx` ON `events` (`kind`);--> statement-breakpoint
CREATE INDEX `place_aliases_normalized_idx` ON `place_aliases` (`normalized`);--> statement-breakpoint
CREATE UNIQUE INDEX `place_aliases_place_name_idx` ON `place_aliases` (`place_id`,`name`);--> statement-breakpoint
CREATE INDEX `quantities_measure_idx` ON `quantities` (`measure_id`);--> statement-breakpoint
CREATE INDEX `revisions_entity_idx` ON `revisions` (`entity_type`,`entity_id`,`id`);--> statement-breakpoint
CREATE INDEX `source_furniture_source_idx` ON `source_furniture` (`source_id`);--> statement-breakpoint
CREATE INDEX `sources_known_from_idx` ON `sources` (`known_from`);--> statement-breakpoint
CREATE INDEX `sources_syndication_group_idx` ON `sources` (`syndication_group_id`);