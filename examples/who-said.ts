import { paginate } from '@claimline/sdk';
import { all, type Example, UsageError } from './lib/example.ts';

export const whoSaid: Example = {
  name: 'who-said',
  args: '<actor name, any spelling>',
  summary: 'the claims of one actor, with stance, excerpt and the sources that report it',
  async run(client, args) {
    const name = args.join(' ').trim();
    if (!name) throw new UsageError('give the name of an actor');
    const [actor] = (await client.actors({ search: name, first: 1 })).nodes;
    if (!actor) {
      console.log(`No actor goes by "${name}".`);
      return;
    }
    const claims = await all(
      paginate((page) => client.claims({ ...page, filter: { claimantId: actor.id } })),
    );
    const aliases = actor.aliases.filter((a) => a.name !== actor.name).map((a) => a.name);
    console.log(`"${name}" is ${actor.name} (${actor.kind.toLowerCase()})`);
    if (aliases.length) console.log(`also written: ${aliases.join(', ')}`);
    console.log(`${claims.length} claims\n`);
    for (const claim of claims) {
      const hedge = claim.hedge ? ` (${claim.hedge})` : '';
      console.log(`${claim.stated.label}  ${claim.stance}${hedge}  ${claim.proposition}`);
      for (const a of claim.attributions) {
        // The chain of reported speech, nearest the claimant first, ends with the source itself.
        const chain = [...a.reportedVia.map((link) => link.actor.name), a.source.publisher ?? a.source.title];
        console.log(
          `    “${a.excerpt}”\n      — ${chain.join(' → ')}, published ${a.source.published.label}`,
        );
      }
      console.log('');
    }
  },
};
