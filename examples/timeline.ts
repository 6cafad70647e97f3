import { paginate } from '@claimline/sdk';
import { all, type Example, UsageError } from './lib/example.ts';
import { table } from './lib/text.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const timeline: Example = {
  name: 'timeline',
  args: '[from YYYY-MM-DD] [to YYYY-MM-DD]',
  summary: 'the events of a date range in time order, fuzzy dates shown as such, with their status',
  async run(client, [from, to]) {
    for (const day of [from, to])
      if (day !== undefined && !DAY.test(day)) throw new UsageError(`"${day}" is not YYYY-MM-DD`);
    const events = await all(paginate((page) => client.timeline({ ...page, filter: { from, to } })));
    const window = from || to ? ` from ${from ?? 'the start'} to ${to ?? 'the end'}` : '';
    console.log(`${events.length} events${window}\n`);
    console.log(
      table(
        ['when', 'kind', 'status', 'where', 'event'],
        events.map((e) => [e.time.label, e.kind, e.status, e.place?.name ?? '', e.title]),
      ),
    );
  },
};
