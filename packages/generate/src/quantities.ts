import { formatNumber } from '@claimline/store';
import type { Random } from './random.ts';

/** What the story's measures count: the unit, the item and a typical figure. */
export const ITEMS: readonly (readonly [unit: string, item: string, base: number])[] = [
  ['containers', 'munitions', 1_000],
  ['rounds', 'artillery shells', 1_000_000],
  ['tonnes', 'grain', 50_000],
  ['km', 'missile range', 800],
  ['troops', 'ground forces', 10_000],
  ['vehicles', 'armour', 300],
  ['barrels', 'crude oil', 2_000_000],
  ['drones', 'attack drones', 500],
];

/** A series of figures claims estimate, and its typical figure. */
export interface Measure {
  id: number;
  name: string;
  unit: string;
  item: string;
  base: number;
  cumulative: boolean;
}

/** How a report puts a figure. */
export type EstimateForm = 'exact' | 'about' | 'more than' | 'between' | 'could hold';

const ESTIMATE_FORMS: readonly (readonly [EstimateForm, number])[] = [
  ['exact', 35],
  ['about', 35],
  ['more than', 15],
  ['between', 10],
  ['could hold', 5],
];

/** The columns of a claim's quantity, and the phrase a report prints it as. */
export interface Estimate {
  unit: string;
  item: string;
  value: number | null;
  low: number | null;
  high: number | null;
  approximate: boolean;
  modality: 'ACTUAL' | 'CAPACITY';
  phrase: string;
}

/** A measure of something passing between two states (never a running total of a distance). */
export function drawMeasure(random: Random, id: number, stateNames: readonly string[]): Measure {
  const [unit, item, base] = random.pick(ITEMS);
  const from = random.pick(stateNames);
  const to = random.pick(stateNames);
  const cumulative = unit !== 'km' && random.chance(0.4);
  const name = `${item}, ${from} to ${to} (series ${id})`;
  return { id, name, unit, item, base: base * (0.5 + random.next()), cumulative };
}

/**
 * The measure the claims about event `index` of `events` estimate: measures follow the events in
 * order, so each is estimated over a stretch of the story.
 */
export function measureFor(
  random: Random,
  measures: readonly Measure[],
  index: number,
  events: number,
): Measure {
  const at = Math.floor((index * measures.length) / events) + random.int(2);
  return measures[Math.min(measures.length - 1, at)] as Measure;
}

/** An estimate of `measure` at `progress` (0 to 1) through the story: around its base, growing along a running total. */
export function drawEstimate(random: Random, measure: Measure, progress: number): Estimate {
  const growth = measure.cumulative ? 1 + progress * 4 : 1;
  const figure = roundFigure(measure.base * growth * (0.7 + random.next() * 0.6));
  return estimate(random.weighted(ESTIMATE_FORMS), figure, measure);
}

/** The quantity a report of `figure` in `form` states, with its phrase. */
export function estimate(form: EstimateForm, figure: number, measure: Measure): Estimate {
  const { unit, item } = measure;
  const base = { unit, item, value: null, low: null, high: null, approximate: false };
  switch (form) {
    case 'exact':
      return { ...base, value: figure, modality: 'ACTUAL', phrase: `${formatNumber(figure)} ${unit}` };
    case 'about':
      return {
        ...base,
        value: figure,
        approximate: true,
        modality: 'ACTUAL',
        phrase: `about ${formatNumber(figure)} ${unit}`,
      };
    case 'more than':
      return {
        ...base,
        low: figure,
        modality: 'ACTUAL',
        phrase: `more than ${formatNumber(figure)} ${unit}`,
      };
    case 'between': {
      const high = roundFigure(figure * 1.3);
      return {
        ...base,
        low: figure,
        high,
        modality: 'ACTUAL',
        phrase: `between ${formatNumber(figure)} and ${formatNumber(high)} ${unit}`,
      };
    }
    case 'could hold':
      return {
        ...base,
        high: figure * 2,
        modality: 'CAPACITY',
        phrase: `${unit} that could hold ${formatNumber(figure * 2)}`,
      };
  }
}

/** Round figures, as reports print them: two significant digits. */
export function roundFigure(x: number): number {
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(x)) - 1);
  return Math.max(1, Math.round(x / magnitude) * magnitude);
}
