// What TimelineJS needs of a timeline in its JSON format: slides
// with a start_date of integer year/month/day parts (month only with a year, day only with a
// month), an end_date no earlier than the start, a headline, and unique ids.
import type { TimelineJS, TimelineJSDate } from '../lib/formats.ts';

function dateProblems(where: string, date: TimelineJSDate | undefined): string[] {
  if (date === undefined) return [];
  const { year, month, day } = date;
  const problems: string[] = [];
  if (!Number.isInteger(year)) problems.push(`${where}.year is not an integer`);
  if (month !== undefined && !(Number.isInteger(month) && month >= 1 && month <= 12))
    problems.push(`${where}.month ${month} is not 1-12`);
  if (day !== undefined) {
    if (month === undefined) problems.push(`${where} has a day without a month`);
    else if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day)
      problems.push(`${where}.day ${day} is not a day of ${year}-${month}`);
  }
  return problems;
}

const sortable = (d: TimelineJSDate) =>
  [d.year, d.month ?? 1, d.day ?? 1].map((n) => String(n).padStart(4, '0')).join('-');

/** Why TimelineJS would not load this timeline; empty when it would. */
export function timelineJSProblems(timeline: TimelineJS): string[] {
  const problems: string[] = [];
  if (!Array.isArray(timeline.events) || timeline.events.length === 0) return ['no events'];
  const ids = new Set<string>();
  timeline.events.forEach((slide, i) => {
    const where = `events[${i}]`;
    if (slide.start_date === undefined) problems.push(`${where} has no start_date`);
    problems.push(...dateProblems(`${where}.start_date`, slide.start_date));
    problems.push(...dateProblems(`${where}.end_date`, slide.end_date));
    if (slide.end_date && sortable(slide.end_date) < sortable(slide.start_date))
      problems.push(`${where} ends before it starts`);
    if (!slide.text?.headline) problems.push(`${where} has no headline`);
    if (ids.has(slide.unique_id)) problems.push(`${where}.unique_id ${slide.unique_id} is not unique`);
    ids.add(slide.unique_id);
  });
  return problems;
}
