import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { paginate } from '@claimline/sdk';
import { all, type Example } from './lib/example.ts';
import { eventsCsv, toClaimReviews, toTimelineJS } from './lib/formats.ts';

export const exportFiles: Example = {
  name: 'export',
  args: '[directory, default ./data/export]',
  summary: 'the timeline as TimelineJS JSON and CSV, and the claims as ClaimReview JSON-LD',
  async run(client, [directory = 'data/export']) {
    const events = await all(paginate((page) => client.timeline(page)));
    const claims = await all(paginate((page) => client.claims(page)));
    const { timeline, unplaced } = toTimelineJS('Claimline timeline', events);
    const dir = resolve(directory);
    mkdirSync(dir, { recursive: true });
    const files: [string, string, string][] = [
      [
        'timeline.json',
        `${JSON.stringify(timeline, null, 2)}\n`,
        `${timeline.events.length} TimelineJS slides`,
      ],
      ['timeline.csv', eventsCsv(events), `${events.length} events`],
      [
        'claims.jsonld',
        `${JSON.stringify(toClaimReviews(claims), null, 2)}\n`,
        `${claims.length} ClaimReviews`,
      ],
    ];
    for (const [name, content, what] of files) {
      writeFileSync(join(dir, name), content);
      console.log(`wrote ${join(dir, name)}: ${what}`);
    }
    if (unplaced)
      console.log(`(${unplaced} events of unknown time are in the CSV only: TimelineJS needs a date)`);
  },
};
