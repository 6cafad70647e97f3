import type { MeasureQuery } from '@claimline/sdk';
import { type Example, UsageError } from './lib/example.ts';
import { bars, table } from './lib/text.ts';

type Estimate = NonNullable<MeasureQuery['measure']>['estimates'][number];

/** Who gave an estimate and where it was reported: "a claimant (one paper, another paper)". */
function byWhom(estimate: Estimate): string {
  const publishers = new Set(estimate.claim.attributions.map((a) => a.source.publisher ?? a.source.title));
  return `${estimate.claim.claimantName} (${[...publishers].join(', ')})`;
}

export const estimates: Example = {
  name: 'estimates',
  args: '[measure key]',
  summary: "a measure's estimates over time as a table and a terminal chart; without a key, the measures",
  async run(client, [key]) {
    if (key === undefined) {
      const measures = await client.measures();
      console.log(
        table(
          ['key', 'measure', 'unit'],
          measures.map((m) => [m.key, m.name, m.unit]),
        ),
      );
      return;
    }
    const measure = await client.measure({ key });
    if (!measure) throw new UsageError(`no measure has the key "${key}"; run without a key to list them`);
    console.log(`${measure.name} (${measure.unit}${measure.cumulative ? ', a running total' : ''})\n`);
    console.log(
      table(
        ['stated', 'estimate', 'modality', 'hedge', 'by'],
        measure.estimates.map((e) => [
          e.claim.stated.label,
          e.label,
          e.modality.toLowerCase(),
          e.claim.hedge ?? '',
          byWhom(e),
        ]),
      ),
    );
    const chart = bars(measure.estimates.map((e) => ({ low: e.value ?? e.low, high: e.value ?? e.high })));
    const rows = measure.estimates.map((e, i) => [e.claim.stated.label, e.label, chart[i] ?? '']);
    console.log(`\n${table(['stated', 'estimate', measure.unit], rows)}`);
    if (measure.relations.length) console.log('\nHow the estimates bear on one another:');
    for (const relation of measure.relations) console.log(`  ${relation.kind}  ${relation.explanation}`);
  },
};
