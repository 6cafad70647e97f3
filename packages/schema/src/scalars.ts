import { GraphQLError, Kind, type ValueNode } from 'graphql';
import { builder } from './builder.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `value` is a day of the calendar written YYYY-MM-DD (not 2023-02-30). */
function isCalendarDay(value: unknown): value is string {
  if (typeof value !== 'string' || !DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A calendar day, `YYYY-MM-DD`. */
export function parseDay(value: unknown, literal?: ValueNode): string {
  if (isCalendarDay(value)) return value;
  throw new GraphQLError(`Date must be a calendar day written YYYY-MM-DD, got ${JSON.stringify(value)}`, {
    nodes: literal,
  });
}

const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^\d{4}$/;

/**
 * The day the record is read as of: a day itself, a month (`2023-10`) or a year (`2023`) as its
 * last day — what was known by the end of it.
 */
export function parseAsOf(value: unknown, literal?: ValueNode): string {
  if (typeof value === 'string') {
    if (YEAR.test(value)) return `${value}-12-31`;
    const month = MONTH.exec(value);
    if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) {
      // Day 0 of the next month is this month's last.
      const last = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0));
      return last.toISOString().slice(0, 10);
    }
    if (isCalendarDay(value)) return value;
  }
  throw new GraphQLError(
    `AsOfDate must be a day YYYY-MM-DD, a month YYYY-MM or a year YYYY, got ${JSON.stringify(value)}`,
    { nodes: literal },
  );
}

builder.scalarType('AsOfDate', {
  description:
    'The day the record is read as of: a calendar day YYYY-MM-DD, or a month YYYY-MM or a year YYYY standing for its last day.',
  serialize: (value) => value,
  parseValue: parseAsOf,
  parseLiteral: (ast) => parseAsOf(ast.kind === Kind.STRING ? ast.value : undefined, ast),
});

builder.scalarType('Date', {
  description: 'A calendar day, YYYY-MM-DD.',
  serialize: (value) => value,
  parseValue: parseDay,
  parseLiteral: (ast) => parseDay(ast.kind === Kind.STRING ? ast.value : undefined, ast),
});

builder.scalarType('JSON', {
  description: 'A JSON value: a row as it was before or after a change.',
  serialize: (value) => value,
  parseValue: (value) => value,
});
