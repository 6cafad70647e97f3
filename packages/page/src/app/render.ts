// The page's views: functions from API results to DOM, with no state of their own.
import type { ClaimFieldsFragment, EventQuery, MeasureQuery } from '@claimline/sdk';
import { h, onActivate, svg } from './dom.ts';
import { chartEstimates, contradictionPairs, highlightExcerpt, knownBy } from './model.ts';

type EventDetail = NonNullable<EventQuery['event']>;
type MeasureDetail = NonNullable<MeasureQuery['measure']>;
type Attribution = ClaimFieldsFragment['attributions'][number];

/** What a view needs from the page: the as-of day, source texts, and claims to show on request. */
export interface ViewContext {
  asOf: string | undefined;
  sourceText(id: string): Promise<string>;
  showClaim(id: string): void;
}

export function renderEvent(event: EventDetail, view: ViewContext): HTMLElement {
  const claims = event.claims.nodes;
  return h(
    'article',
    { class: 'event', 'aria-labelledby': 'event-title' },
    h('h3', { id: 'event-title' }, event.title),
    h(
      'p',
      { class: 'meta' },
      h('span', { class: 'kind' }, event.kind),
      ' ',
      h('span', { class: `status status-${event.status}` }, event.status.toLowerCase()),
      ' · ',
      h('time', {}, event.time.label),
      event.time.phrase ? ` (“${event.time.phrase}”)` : '',
      event.place ? ` · ${event.place.name}` : '',
      ` · ${event.independentSourceCount} independent source(s)`,
    ),
    event.summary ? h('p', {}, event.summary) : null,
    h('p', { class: 'explanation' }, event.statusExplanation),
    h('h4', {}, 'Participants'),
    event.participants.length
      ? h(
          'ul',
          { class: 'participants', 'aria-label': 'Participants' },
          event.participants.map((p) =>
            h('li', {}, `${p.actor.name} `, h('span', { class: 'role' }, p.role.toLowerCase())),
          ),
        )
      : h('p', {}, 'None recorded.'),
    h(
      'h4',
      {},
      `Claims (${claims.length}${event.claims.totalCount > claims.length ? ` of ${event.claims.totalCount}` : ''})`,
    ),
    claims.length
      ? claims.map((claim) => renderClaim(claim, view))
      : h('p', {}, 'No claim known on this day.'),
  );
}

/** A claim: who, stance and hedging, how many independent sources, and each excerpt in its source. */
export function renderClaim(claim: ClaimFieldsFragment, view: ViewContext): HTMLElement {
  const attributions = knownBy(claim.attributions, view.asOf, (a) => a.source.knownFrom);
  return h(
    'article',
    { class: 'claim', 'aria-label': `Claim by ${claim.claimantName}` },
    h(
      'p',
      { class: 'claim-head' },
      h('strong', {}, claim.claimantName),
      ' ',
      h('span', { class: `stance stance-${claim.stance}` }, claim.stance.toLowerCase()),
      claim.hedged ? h('span', { class: 'hedge', title: 'hedged' }, ` hedged: “${claim.hedge ?? ''}”`) : '',
      ' · ',
      h('span', { class: 'sources' }, `${claim.independentSourceCount} independent source(s)`),
      ` · stated ${claim.stated.label}`,
    ),
    h('p', { class: 'proposition' }, claim.proposition),
    claim.quantity
      ? h('p', { class: 'quantity' }, `${claim.quantity.label} (${claim.quantity.modality.toLowerCase()})`)
      : null,
    claim.relations.map((r) =>
      h(
        'p',
        { class: `relation relation-${r.kind}` },
        h('strong', {}, r.kind.toLowerCase()),
        ` ${r.explanation}`,
      ),
    ),
    attributions.map((a) => renderAttribution(a, view)),
  );
}

function renderAttribution(attribution: Attribution, view: ViewContext): HTMLElement {
  const { source } = attribution;
  const context = h('blockquote', { class: 'source-text' }, '…');
  const whole = h('div', {
    class: 'source-text whole',
    tabindex: '0',
    'aria-label': `Text of ${source.title}`,
  });
  const details = h('details', {}, h('summary', {}, 'Whole article'), whole);
  view.sourceText(source.id).then(
    (text) => {
      context.replaceChildren(...highlighted(text, attribution, 'paragraph'));
      details.addEventListener('toggle', () => {
        if (!details.open || whole.childElementCount) return;
        whole.replaceChildren(...highlighted(text, attribution, 'whole'));
        whole.querySelector('mark')?.scrollIntoView({ block: 'center' });
      });
    },
    () => context.replaceChildren(h('mark', {}, attribution.excerpt)),
  );
  return h(
    'figure',
    { class: 'attribution' },
    context,
    h(
      'figcaption',
      {},
      attribution.reportingVerb ? `${attribution.reportingVerb} — ` : '',
      h('cite', {}, source.title),
      source.publisher ? `, ${source.publisher}` : '',
      `, ${source.published.label}`,
    ),
    details,
  );
}

function highlighted(text: string, attribution: Attribution, context: 'paragraph' | 'whole') {
  const { before, mark, after } = highlightExcerpt(text, attribution.start, attribution.end, context);
  return [before, h('mark', {}, mark), after];
}

const BOX = { width: 560, height: 280, margin: 48 };

/** The estimates of a measure as a chart and a table; ACTUAL and CAPACITY apart, contradictions marked. */
/** A measure's estimates as a chart over stated time, a table, and its contradictions in words. */
export function renderMeasure(measure: MeasureDetail, view: ViewContext): HTMLElement {
  const chart = chartEstimates(measure.estimates, BOX);
  const pairs = contradictionPairs(measure.relations);
  const contradicted = new Set(pairs.flat());
  const at = new Map(chart.points.map((p) => [p.claimId, p]));
  const format = (n: number) => n.toLocaleString('en');
  return h(
    'div',
    {},
    measure.estimates.length
      ? svg(
          'svg',
          {
            viewBox: `0 0 ${BOX.width} ${BOX.height}`,
            class: 'chart',
            role: 'group',
            'aria-label': `${measure.name}: ${measure.estimates.length} estimates, from 0 to ${format(chart.yTicks.at(-1)?.value ?? 0)} ${measure.unit}`,
          },
          ...chartAxes(chart),
          ...contradictionLines(pairs, at),
          ...chartPoints(chart, contradicted, view),
        )
      : h('p', {}, 'No estimate known on this day.'),
    h(
      'p',
      { class: 'legend' },
      h('span', { class: 'key-actual' }, '● actual'),
      ' ',
      h('span', { class: 'key-capacity' }, '■ capacity (what could be held)'),
      ' ',
      h('span', { class: 'key-contradiction' }, '— contradiction'),
      '; a vertical bar is the interval an estimate allows, dashed when open above.',
    ),
    estimatesTable(measure, contradicted, view),
    measure.relations
      .filter((r) => r.kind === 'CONTRADICTS')
      .map((r) =>
        h(
          'p',
          { class: 'relation relation-CONTRADICTS' },
          h('strong', {}, 'contradicts'),
          ` ${r.explanation}`,
        ),
      ),
  );
}

type Chart = ReturnType<typeof chartEstimates>;
type ChartPoint = Chart['points'][number];

/** The x axis with the first and last day, and a grid line with a label per y tick. */
function chartAxes(chart: Chart): SVGElement[] {
  return [
    svg('line', {
      x1: BOX.margin,
      y1: BOX.height - BOX.margin,
      x2: BOX.width - BOX.margin,
      y2: BOX.height - BOX.margin,
      class: 'axis',
    }),
    ...chart.yTicks.flatMap((t) => [
      svg('line', { x1: BOX.margin, y1: t.y, x2: BOX.width - BOX.margin, y2: t.y, class: 'grid' }),
      svg('text', { x: BOX.margin - 4, y: t.y + 4, 'text-anchor': 'end', class: 'tick' }, compact(t.value)),
    ]),
    ...chart.days.map((day, i) =>
      svg(
        'text',
        {
          x: i === 0 ? BOX.margin : BOX.width - BOX.margin,
          y: BOX.height - BOX.margin + 16,
          'text-anchor': i === 0 ? 'start' : 'end',
          class: 'tick',
        },
        day,
      ),
    ),
  ];
}

/** A line between the two estimates of each contradicting pair. */
function contradictionLines(pairs: [string, string][], at: Map<string, ChartPoint>): SVGElement[] {
  return pairs.flatMap(([from, to]) => {
    const a = at.get(from);
    const b = at.get(to);
    return a && b ? [svg('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: 'contradiction' })] : [];
  });
}

/** Each estimate: a mark (circle actual, square capacity) on the interval it allows, focusable. */
function chartPoints(chart: Chart, contradicted: Set<string>, view: ViewContext): SVGElement[] {
  return chart.points.map((p) => {
    const name = `${p.label}, ${p.modality.toLowerCase()}, by ${p.claimantName}, ${p.day}${contradicted.has(p.claimId) ? ', contradicted' : ''}`;
    const mark =
      p.modality === 'CAPACITY'
        ? svg('rect', { x: p.x - 6, y: p.y - 6, width: 12, height: 12, class: 'capacity' })
        : svg('circle', { cx: p.x, cy: p.y, r: 6, class: 'actual' });
    const group = svg(
      'g',
      {
        class: `point${contradicted.has(p.claimId) ? ' contradicted' : ''}`,
        tabindex: 0,
        role: 'button',
        'aria-label': name,
      },
      svg('title', {}, name),
      svg('line', {
        x1: p.x,
        y1: p.yLow,
        x2: p.x,
        y2: p.yHigh,
        class: p.openAbove ? 'interval open' : 'interval',
      }),
      mark,
    );
    onActivate(group, () => view.showClaim(p.claimId));
    return group;
  });
}

/** The estimates as a table, each with a button to its claim. */
function estimatesTable(measure: MeasureDetail, contradicted: Set<string>, view: ViewContext): HTMLElement {
  return h(
    'table',
    { class: 'estimates' },
    h('caption', {}, `${measure.name} (${measure.unit}${measure.item ? ` of ${measure.item}` : ''})`),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['Stated', 'Estimate', 'Kind', 'Claimant', ''].map((t) => h('th', { scope: 'col' }, t)),
      ),
    ),
    h(
      'tbody',
      {},
      measure.estimates.map((e) => {
        const button = h('button', { type: 'button' }, 'Show claim');
        onActivate(button, () => view.showClaim(e.claim.id));
        return h(
          'tr',
          { class: contradicted.has(e.claim.id) ? 'contradicted' : undefined },
          h('td', {}, e.claim.stated.label),
          h(
            'td',
            {},
            e.label,
            contradicted.has(e.claim.id) ? h('span', { class: 'flag' }, ' contradicted') : '',
          ),
          h('td', {}, e.modality.toLowerCase()),
          h('td', {}, e.claim.claimantName),
          h('td', {}, button),
        );
      }),
    ),
  );
}

/** 3000000 as 3M, 4200 as 4.2k: short labels for the y axis. */
function compact(value: number): string {
  return new Intl.NumberFormat('en', { notation: 'compact' }).format(value);
}
