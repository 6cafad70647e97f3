import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import './page.css';
import { type ActorSummaryFragment, createClient, type EventFieldsFragment, paginate } from '@claimline/sdk';
import { Timeline, type TimelineItem } from 'vis-timeline/standalone';
import { byId, h, onActivate } from './dom.ts';
import { focusWindow, snippetParts, type TimelineSpan, timelineSpan } from './model.ts';
import { renderClaim, renderEvent, renderMeasure, type ViewContext } from './render.ts';

const client = createClient({ url: new URL('/graphql', window.location.href).href });

const state: {
  asOf: string | undefined;
  actor: ActorSummaryFragment | undefined;
  eventId: string | undefined;
} = {
  asOf: undefined,
  actor: undefined,
  eventId: undefined,
};

const sourceTexts = new Map<string, Promise<string>>();
const view: ViewContext = {
  get asOf() {
    return state.asOf;
  },
  sourceText(id) {
    let text = sourceTexts.get(id);
    if (!text) {
      text = client.source({ id, attributionsFirst: 1 }).then((source) => source?.text ?? '');
      sourceTexts.set(id, text);
    }
    return text;
  },
  showClaim: (id) => void showClaim(id, byId('measure-claim')),
};

/** Each area shows only the answer to its latest request, whatever order answers come back in. */
function latestOnly() {
  let generation = 0;
  return async <T>(request: Promise<T>, show: (value: T) => void) => {
    const mine = ++generation;
    try {
      const value = await request;
      if (mine === generation) show(value);
    } catch (error) {
      if (mine === generation) report(error);
    }
  };
}

function report(error: unknown) {
  const message = byId('message');
  message.textContent = error instanceof Error ? error.message : String(error);
  message.hidden = false;
}

// The timeline: vis-timeline draws, pans and zooms; the data and the drawing rules are ours.
const drawnIds = new Set<string>();
const timeline = new Timeline(byId('timeline'), [], {
  height: '420px',
  verticalScroll: true,
  orientation: 'top',
  showCurrentTime: false,
  zoomMin: 7 * 86_400_000,
  selectable: true,
});
timeline.on('select', ({ items: selected }: { items: (string | number)[] }) => {
  const [id] = selected;
  if (id !== undefined) selectEvent(String(id));
});

function timelineItem(event: EventFieldsFragment, span: TimelineSpan): TimelineItem {
  const content = h(
    'span',
    { 'data-start': span.start, 'data-end': span.type === 'range' ? span.end : span.start },
    h('span', { class: 'kind' }, event.kind),
    ' ',
    event.title,
  );
  const open = span.type === 'point' && span.open ? ` open-${span.open}` : '';
  return {
    id: event.id,
    content,
    start: span.start,
    ...(span.type === 'range' ? { end: span.end, type: 'range' } : { type: 'point' }),
    className: `status-${event.status}${open}`,
    title: `${event.title} — ${event.time.label}, ${event.kind.toLowerCase()}, ${event.status.toLowerCase()}`,
  };
}

const timelineRequests = latestOnly();
function loadTimeline() {
  const filter = state.actor ? { actorIds: [state.actor.id] } : undefined;
  const events = (async () => {
    const all: EventFieldsFragment[] = [];
    for await (const event of paginate((page) => client.timeline({ filter, asOf: state.asOf, ...page })))
      all.push(event);
    return all;
  })();
  return timelineRequests(events, (events) => {
    const spans = events.flatMap((event) => {
      const span = timelineSpan(event.time);
      return span ? [{ event, span }] : [];
    });
    const drawn = spans.map(({ event, span }) => timelineItem(event, span));
    timeline.setItems(drawn);
    drawnIds.clear();
    for (const item of drawn) drawnIds.add(String(item.id));
    const focus = focusWindow(spans.map(({ span }) => span));
    if (focus) timeline.setWindow(focus.start, focus.end, { animation: false });
    else if (drawn.length) timeline.fit({ animation: false });
    const undated = events.length - drawn.length;
    byId('timeline-status').textContent =
      `${events.length} event(s)${state.asOf ? ` known on ${state.asOf}` : ''}` +
      `${state.actor ? ` involving ${state.actor.name}` : ''}${undated ? `, ${undated} with no known time (in the list)` : ''}`;
    byId('event-list').replaceChildren(
      ...events.map((event) => {
        const button = h(
          'button',
          { type: 'button', class: `status-${event.status}` },
          `${event.time.label} · ${event.kind} · ${event.title} (${event.status.toLowerCase()})`,
        );
        onActivate(button, () => selectEvent(event.id));
        return h('li', {}, button);
      }),
    );
  });
}

/** What the page says of a lookup that found nothing: not known yet on the as-of day, or none. */
const unknownAsOf = (what: string) =>
  state.asOf ? `No ${what} known as of ${state.asOf}.` : `No such ${what}.`;

const eventRequests = latestOnly();
function selectEvent(id: string) {
  state.eventId = id;
  if (drawnIds.has(id)) timeline.setSelection(id);
  return eventRequests(client.event({ id, asOf: state.asOf, claimsFirst: 100 }), (event) => {
    byId('event-details').replaceChildren(
      event ? renderEvent(event, view) : h('p', {}, unknownAsOf('event')),
    );
  });
}

const claimRequests = latestOnly();
function showClaim(id: string, target: HTMLElement) {
  return claimRequests(client.claim({ id, asOf: state.asOf }), (claim) => {
    target.replaceChildren(
      claim ? h('div', {}, h('h3', {}, 'Claim'), renderClaim(claim, view)) : h('p', {}, unknownAsOf('claim')),
    );
  });
}

const measureRequests = latestOnly();
function loadMeasure() {
  const key = byId<HTMLSelectElement>('measure').value;
  if (!key) return;
  return measureRequests(client.measure({ key, asOf: state.asOf }), (measure) => {
    byId('measure-view').replaceChildren(
      measure ? renderMeasure(measure, view) : h('p', {}, 'No such measure.'),
    );
  });
}

async function loadMeasures() {
  const measures = await client.measures();
  const select = byId<HTMLSelectElement>('measure');
  select.replaceChildren(...measures.map((m) => h('option', { value: m.key }, m.name)));
  // Open on the longest series: the most estimates to compare.
  const series = await Promise.all(measures.map((m) => client.measure({ key: m.key })));
  const longest = series.reduce(
    (best, m) => ((m?.estimates.length ?? 0) > (best?.estimates.length ?? 0) ? m : best),
    series[0],
  );
  if (longest) select.value = longest.key;
  await loadMeasure();
}

// Controls
const asOfInput = byId<HTMLInputElement>('as-of');
function setAsOf(value: string) {
  state.asOf = value || undefined;
  asOfInput.value = value;
  byId('measure-claim').replaceChildren();
  void loadTimeline();
  void loadMeasure();
  if (state.eventId) void selectEvent(state.eventId);
}
asOfInput.addEventListener('change', () => setAsOf(asOfInput.value));
byId('as-of-form').addEventListener('submit', (e) => {
  e.preventDefault();
  setAsOf(asOfInput.value);
});
onActivate(byId('as-of-clear'), () => setAsOf(''));

const searchRequests = latestOnly();
byId('search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const query = byId<HTMLInputElement>('search').value.trim();
  const section = byId('search-results');
  if (!query) {
    section.hidden = true;
    return;
  }
  void searchRequests(client.search({ query, first: 20, asOf: state.asOf }), (results) => {
    section.hidden = false;
    byId('search-list').replaceChildren(
      ...(results.nodes.length ? [] : [h('li', {}, `Nothing matches “${query}”.`)]),
      ...results.nodes.map((hit) => {
        const snippet = snippetParts(hit.snippet).map((p) => (p.match ? h('mark', {}, p.text) : p.text));
        const node = hit.node;
        const open =
          node.__typename === 'Event'
            ? () => selectEvent(node.id)
            : node.__typename === 'Claim'
              ? () => showClaim(node.id, byId('event-details'))
              : undefined;
        const label =
          node.__typename === 'Source'
            ? node.title
            : node.__typename === 'Event'
              ? node.title
              : node.claimantName;
        return h(
          'li',
          {},
          h('span', { class: 'kind' }, hit.kind),
          ' ',
          open ? button(label, open) : h('cite', {}, label),
          h('p', { class: 'snippet' }, snippet),
        );
      }),
    );
  });
});

const actorRequests = latestOnly();
byId('actor-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const search = byId<HTMLInputElement>('actor').value.trim();
  if (!search) return filterByActor(undefined, []);
  void actorRequests(client.actors({ search, first: 5 }), (actors) => {
    const [best, ...others] = actors.nodes;
    if (!best) {
      byId('actor-filter').hidden = false;
      byId('actor-filter').replaceChildren(`No actor matches “${search}”.`);
      return;
    }
    filterByActor(best, others, search);
  });
});

function filterByActor(
  actor: ActorSummaryFragment | undefined,
  others: ActorSummaryFragment[],
  search?: string,
) {
  state.actor = actor;
  const box = byId('actor-filter');
  box.hidden = !actor;
  box.replaceChildren(
    ...(actor
      ? [
          'Showing events of ',
          h('strong', { id: 'actor-name' }, actor.name),
          search && search !== actor.name ? ` (matched “${search}”)` : '',
          ' ',
          button('Show all actors', () => filterByActor(undefined, [])),
          ...(others.length
            ? [
                ' Other matches: ',
                ...others.map((other) => button(other.name, () => filterByActor(other, []))),
              ]
            : []),
        ]
      : []),
  );
  void loadTimeline();
}

function button(label: string, action: () => void) {
  const element = h('button', { type: 'button' }, label);
  onActivate(element, action);
  return element;
}

// Zoom and pan from buttons and from the keyboard on the focused timeline.
function pan(fraction: number) {
  const { start, end } = timeline.getWindow();
  const shift = (end.getTime() - start.getTime()) * fraction;
  timeline.setWindow(start.getTime() + shift, end.getTime() + shift, { animation: false });
}
onActivate(byId('zoom-in'), () => timeline.zoomIn(0.5, { animation: false }));
onActivate(byId('zoom-out'), () => timeline.zoomOut(0.5, { animation: false }));
onActivate(byId('pan-left'), () => pan(-0.25));
onActivate(byId('pan-right'), () => pan(0.25));
onActivate(byId('fit'), () => timeline.fit({ animation: false }));
byId('timeline').addEventListener('keydown', (event) => {
  const actions: Record<string, () => void> = {
    ArrowLeft: () => pan(-0.25),
    ArrowRight: () => pan(0.25),
    '+': () => timeline.zoomIn(0.5, { animation: false }),
    '=': () => timeline.zoomIn(0.5, { animation: false }),
    '-': () => timeline.zoomOut(0.5, { animation: false }),
  };
  const action = actions[event.key];
  if (!action) return;
  event.preventDefault();
  action();
});
byId('measure').addEventListener('change', () => {
  byId('measure-claim').replaceChildren();
  void loadMeasure();
});

Promise.all([loadTimeline(), loadMeasures()]).then(
  () => document.body.setAttribute('data-ready', ''),
  report,
);
