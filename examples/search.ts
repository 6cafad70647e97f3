import { paginate } from '@claimline/sdk';
import { all, type Example, UsageError } from './lib/example.ts';

export const search: Example = {
  name: 'search',
  args: '<words>',
  summary: 'full-text search over sources, claims and events, with [highlighted] snippets',
  async run(client, args) {
    const query = args.join(' ').trim();
    if (!query) throw new UsageError('give words to search for');
    const results = await all(paginate((page) => client.search({ ...page, query }), { limit: 20 }));
    console.log(`${results.length} matches for "${query}", those with every word in the title first\n`);
    for (const { kind, node, snippet } of results) {
      const title = node.__typename === 'Claim' ? `${node.claimantName}: ${node.proposition}` : node.title;
      console.log(`${kind.padEnd(6)}  ${title}\n        ${snippet.replaceAll(/\s+/g, ' ')}\n`);
    }
  },
};
