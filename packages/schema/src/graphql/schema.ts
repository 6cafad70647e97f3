import { builder } from './builder.ts';
import './scalars.ts';
import './types/source.ts';
import './types/actor.ts';
import './types/place.ts';
import './types/event.ts';
import './types/claim.ts';
import './types/claim-relation.ts';
import './types/attribution.ts';
import './types/measure.ts';
import './types/search.ts';
import './types/lookups.ts';
import './types/ingestion.ts';

export const schema = builder.toSchema();
