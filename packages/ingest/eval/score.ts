/**
 * Leave-one-out evaluation of the ingestion pipeline against the curated seed annotations.
 *
 * For each seed article, a store holding the curated data of the OTHER articles ingests it:
 * its sources, claims and attributions, the actors, places, events and measures they refer to,
 * and of each actor's and place's names only those printed in one of those other texts (so a
 * misprint or spelling seen only in the held-out article must be found, not looked up). The
 * proposals are then compared with the held-out article's annotations:
 *
 * - mentions: the actors its annotations refer to (claimants, `about.actors`, `via`, and the
 *   participants of the events its claims are about) that the article names outside page
 *   furniture by one of their curated names. A proposal is right when it resolves to that
 *   actor (a stored one, or a new one proposed under one of its names). Precision counts a
 *   proposal right when its words are one of the curated names of the actor it resolves to.
 * - dates: the stated and event times of its claims whose words (each `;`-separated part of
 *   the phrase, parenthesised notes removed) are printed in it and are a time expression (a
 *   month, weekday, year, date, or day/week/month/year/ago); times that only say "before the
 *   published date" (`../published`) are the annotators' default, not a reading of words, and
 *   relative words in an article whose date nobody knows cannot be placed. A proposal is right
 *   when it covers the words and one time range contains the other. Precision is measured
 *   over the proposals that cover annotated words (the annotations do not list every date).
 * - quantities: those of the claims it reports; right when inside the attribution's excerpt
 *   with the same unit and the same value and bounds (within 1%).
 * - claims: its attributions; right when the proposal's excerpt overlaps, the stance is the
 *   same, and so is the claimant (the same actor, or both unnamed). Matching is one to one.
 */

import { ingestText, type StoredProposal } from '@claimline/ingest';
import {
  type Corpus,
  type CorpusClaim,
  type CorpusSource,
  type FuzzyTime,
  loadCorpus,
  normalizeName,
  openStore,
  parseFuzzyTime,
} from '@claimline/store';

export interface Score {
  gold: number;
  proposed: number;
  /** Gold items found. */
  found: number;
  /** Proposals judged right, of those judged. */
  right: number;
  judged: number;
}

export const CATEGORIES = ['mentions', 'dates', 'quantities', 'claims'] as const;
export type Category = (typeof CATEGORIES)[number];

export const TARGETS: Record<Category, { recall: number; precision: number }> = {
  mentions: { recall: 0.9, precision: 0.8 },
  dates: { recall: 0.9, precision: 0.8 },
  quantities: { recall: 0.9, precision: 0.8 },
  claims: { recall: 0.75, precision: 0.8 },
};

export interface ArticleResult {
  file: string;
  scores: Record<Category, Score>;
  misses: Record<Category, string[]>;
}

export const recall = (s: Score) => (s.gold ? s.found / s.gold : 1);
export const precision = (s: Score) => (s.judged ? s.right / s.judged : 1);

const empty = (): Score => ({ gold: 0, proposed: 0, found: 0, right: 0, judged: 0 });

/** The corpus without one source: what a store knew before that article arrived. */
export function leaveOneOut(corpus: Corpus, heldOut: CorpusSource): Corpus {
  const definitions = new Map<string, CorpusClaim>();
  for (const { data } of corpus.sources)
    for (const c of data.claims) if ('key' in c) definitions.set(c.key, c);
  const kept = corpus.sources.filter((s) => s !== heldOut);
  const defined = new Set<string>();
  for (const { data } of kept) for (const c of data.claims) if ('key' in c) defined.add(c.key);
  // A claim defined in the held-out article and reported by another becomes that one's own.
  const sources = kept.map((s) => ({
    ...s,
    data: {
      ...s.data,
      claims: s.data.claims.map((c) => {
        if ('key' in c || defined.has(c.ref)) return c;
        defined.add(c.ref);
        return { ...(definitions.get(c.ref) as CorpusClaim), attributions: c.attributions };
      }),
    },
  }));
  const claims = sources.flatMap((s) => s.data.claims.filter((c): c is CorpusClaim => 'key' in c));
  const events = corpus.story.events.filter((e) =>
    claims.some((c) => c.about.events.some((a) => a.event === e.key)),
  );
  const actorKeys = new Set<string>();
  for (const c of claims) {
    if (c.claimant) actorKeys.add(c.claimant);
    for (const a of c.about.actors) actorKeys.add(a);
  }
  for (const { data } of sources)
    for (const c of data.claims) for (const a of c.attributions) for (const v of a.via) actorKeys.add(v);
  for (const e of events) for (const p of e.participants) actorKeys.add(p.actor);
  const texts = sources.map((s) => s.text.toLowerCase());
  const isPrinted = (name: string) => texts.some((t) => t.includes(name.toLowerCase()));
  const printed = <T extends { name: string }>(aliases: T[]) => aliases.filter((a) => isPrinted(a.name));
  // Actors and places the other articles name are known too, whether or not a claim refers to them.
  const namedIn = (item: { name: string; aliases: { name: string }[] }) =>
    [item.name, ...item.aliases.map((a) => a.name)].some(isPrinted);
  for (const a of corpus.story.actors) if (namedIn(a)) actorKeys.add(a.key);
  const places = corpus.story.places.filter((p) => events.some((e) => e.place === p.key) || namedIn(p));
  for (const p of places) if (p.country) actorKeys.add(p.country);
  const actors = corpus.story.actors
    .filter((a) => actorKeys.has(a.key))
    .map((a) => ({
      ...a,
      aliases: printed(a.aliases),
      roles: a.roles.filter((r) => !r.organization || actorKeys.has(r.organization)),
    }));
  const measures = corpus.story.measures.filter((m) => claims.some((c) => c.quantity?.measure === m.key));
  const groups = corpus.story.syndicationGroups.filter(
    (g) => sources.filter((s) => s.data.source.syndicationGroup === g.key).length >= 2,
  );
  return {
    dir: corpus.dir,
    story: {
      actors,
      places: places.map((p) => ({ ...p, aliases: printed(p.aliases) })),
      measures,
      events,
      syndicationGroups: groups,
    },
    sources: sources.map((s) =>
      groups.some((g) => g.key === s.data.source.syndicationGroup)
        ? s
        : { ...s, data: { ...s.data, source: { ...s.data.source, syndicationGroup: null } } },
    ),
  };
}

const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec';
const TEMPORAL = new RegExp(
  `\\b(?:(?:${MONTHS})[a-z]*\\.?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\d{4}|days?|weeks?|months?|years?|ago|today|yesterday|tomorrow|decades?)\\b`,
  'i',
);
const hasYear = (phrase: string) => /\b\d{4}\b/.test(phrase);

/** Where `phrase` is printed in `text` outside furniture. */
function occurrences(text: string, phrase: string, furniture: { start: number; end: number }[]) {
  const result: { start: number; end: number }[] = [];
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    const span = { start: at, end: at + phrase.length };
    if (!furniture.some((f) => f.start < span.end && span.start < f.end)) result.push(span);
  }
  return result;
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** One time range contains the other (open ends reach everything). */
function compatible(a: FuzzyTime, b: FuzzyTime): boolean {
  const lo = (t: FuzzyTime) => t.earliest ?? '0000-01-01';
  const hi = (t: FuzzyTime) => t.latest ?? '9999-12-31';
  if (a.precision === 'UNKNOWN' || b.precision === 'UNKNOWN') return false;
  return (lo(a) <= lo(b) && hi(b) <= hi(a)) || (lo(b) <= lo(a) && hi(a) <= hi(b));
}

const near = (a: number | null | undefined, b: number | null | undefined) =>
  (a ?? null) === null || (b ?? null) === null
    ? (a ?? null) === (b ?? null)
    : Math.abs((a as number) - (b as number)) <= 0.01 * Math.abs(b as number);

/** Ingests every seed article into a store holding the others, and scores the proposals. */
export function evaluateIngestion(corpus: Corpus): ArticleResult[] {
  const definitions = new Map<string, CorpusClaim>();
  for (const { data } of corpus.sources)
    for (const c of data.claims) if ('key' in c) definitions.set(c.key, c);
  const actorNames = new Map(
    corpus.story.actors.map((a) => [
      a.key,
      new Set([a.name, ...a.aliases.map((x) => x.name)].map((n) => normalizeName(n.replace(/^the\s+/i, '')))),
    ]),
  );
  const events = new Map(corpus.story.events.map((e) => [e.key, e]));
  const groupDates = new Map<string, string>();
  for (const { data } of corpus.sources) {
    const g = data.source.syndicationGroup;
    if (g && data.source.published.edtf) groupDates.set(g, data.source.published.edtf);
  }

  return corpus.sources.map((article) => {
    const { text, data } = article;
    const furniture = data.furniture;
    const outside = (span: { start: number; end: number }) =>
      !furniture.some((f) => f.start < span.end && span.start < f.end);
    const database = openStore(':memory:');
    try {
      loadCorpus(database.db, leaveOneOut(corpus, article), 'eval');
      const result = ingestText(
        database,
        {
          text,
          title: data.source.title,
          publisher: data.source.publisher ?? null,
          url: data.source.url ?? null,
          publishedAt: data.source.published.edtf,
        },
        'eval',
      );
      const keyOf = new Map(
        (database.sqlite.prepare('SELECT id, key FROM actors').all() as { id: number; key: string }[]).map(
          (r) => [r.id, r.key],
        ),
      );
      const byKind = (kind: StoredProposal['kind']) => result.proposals.filter((p) => p.kind === kind);
      const claims = data.claims.map((entry) => ({
        claim: 'key' in entry ? entry : (definitions.get(entry.ref) as CorpusClaim),
        attributions: entry.attributions,
      }));
      const scores = { mentions: empty(), dates: empty(), quantities: empty(), claims: empty() };
      const misses: Record<Category, string[]> = { mentions: [], dates: [], quantities: [], claims: [] };

      // Which actor a proposal resolves to, as the curated key when it can be told.
      const actorRef = (ref: { actorId: number | null; name: string } | null): string | null => {
        if (!ref) return null;
        if (ref.actorId !== null) return keyOf.get(ref.actorId) ?? null;
        const wanted = normalizeName(ref.name.replace(/^the\s+/i, ''));
        for (const [key, names] of actorNames) if (names.has(wanted)) return key;
        return `new:${ref.name}`;
      };

      // Mentions.
      const referenced = new Set<string>();
      for (const { claim, attributions } of claims) {
        if (claim.claimant) referenced.add(claim.claimant);
        for (const a of claim.about.actors) referenced.add(a);
        for (const a of attributions) for (const v of a.via) referenced.add(v);
        for (const { event } of claim.about.events)
          for (const p of events.get(event)?.participants ?? []) referenced.add(p.actor);
      }
      const named = (key: string) =>
        corpus.story.actors
          .filter((a) => a.key === key)
          .flatMap((a) => [a.name, ...a.aliases.map((x) => x.name)])
          .some((name) =>
            occurrences(text, name, furniture).some(
              (o) => /\W|^$/.test(text[o.end] ?? '') && /\W|^$/.test(text[o.start - 1] ?? ''),
            ),
          );
      const goldActors = [...referenced].filter(named);
      const actorProposals = byKind('ACTOR').filter(
        (p) => p.payload.kind === 'ACTOR' && p.payload.spans.length > 0,
      );
      const proposedActors = new Map<string, StoredProposal>();
      for (const p of actorProposals)
        if (p.payload.kind === 'ACTOR') proposedActors.set(actorRef(p.payload) as string, p);
      scores.mentions.gold = goldActors.length;
      scores.mentions.proposed = proposedActors.size;
      for (const key of goldActors) {
        if (proposedActors.has(key)) scores.mentions.found++;
        else misses.mentions.push(`missed ${key}`);
      }
      for (const [key, p] of proposedActors) {
        if (p.payload.kind !== 'ACTOR') continue;
        scores.mentions.judged++;
        const names = actorNames.get(key);
        const printedAs = p.payload.spans.map(([s, e]) =>
          normalizeName(text.slice(s, e).replace(/^the\s+/i, '')),
        );
        if (goldActors.includes(key) || (names && printedAs.some((n) => names.has(n))))
          scores.mentions.right++;
        else misses.mentions.push(`wrong ${key} ← "${p.excerpt}"`);
      }

      // Dates.
      const published =
        data.source.published.edtf ??
        (data.source.syndicationGroup ? groupDates.get(data.source.syndicationGroup) : undefined);
      const goldDates: { phrase: string; time: FuzzyTime; at: { start: number; end: number }[] }[] = [];
      const addDate = (edtf: string | null | undefined, phrase: string | null | undefined) => {
        if (!edtf || !phrase || (published && edtf === `../${published}`)) return;
        for (const part of phrase.split(';')) {
          const words = part.replace(/\([^)]*\)/g, '').trim();
          const at = occurrences(text, words, furniture);
          if (!words || !at.length || !TEMPORAL.test(words) || (!published && !hasYear(words))) continue;
          if (goldDates.some((g) => g.phrase === words && g.time.edtf === parseFuzzyTime(edtf).edtf))
            continue;
          goldDates.push({ phrase: words, time: parseFuzzyTime(edtf, words), at });
        }
      };
      for (const { claim } of claims) {
        addDate(claim.stated.edtf, claim.stated.phrase);
        for (const { event } of claim.about.events)
          addDate(events.get(event)?.time.edtf, events.get(event)?.time.phrase);
      }
      const dateProposals = byKind('DATE');
      scores.dates.gold = goldDates.length;
      scores.dates.proposed = dateProposals.length;
      for (const g of goldDates) {
        const hit = dateProposals.some(
          (p) =>
            p.payload.kind === 'DATE' &&
            g.at.some((o) => overlap(o, p) > 0) &&
            compatible(p.payload.time, g.time),
        );
        if (hit) scores.dates.found++;
        else misses.dates.push(`missed "${g.phrase}" ${g.time.edtf}`);
      }
      for (const p of dateProposals) {
        if (p.payload.kind !== 'DATE') continue;
        const covering = goldDates.filter((g) => g.at.some((o) => overlap(o, p) > 0));
        if (!covering.length) continue;
        scores.dates.judged++;
        const time = p.payload.time;
        if (covering.some((g) => compatible(time, g.time))) scores.dates.right++;
        else misses.dates.push(`wrong "${p.excerpt}" ${time.edtf}`);
      }

      // Quantities.
      const goldQuantities: {
        excerpt: { start: number; end: number };
        q: NonNullable<CorpusClaim['quantity']>;
        key: string;
      }[] = [];
      for (const { claim, attributions } of claims) {
        if (!claim.quantity) continue;
        for (const a of attributions) {
          const key = `${a.start}:${claim.quantity.value}:${claim.quantity.low}:${claim.quantity.high}:${claim.quantity.unit}`;
          if (!goldQuantities.some((g) => g.key === key))
            goldQuantities.push({ excerpt: a, q: claim.quantity, key });
        }
      }
      const quantityProposals = byKind('QUANTITY');
      scores.quantities.gold = goldQuantities.length;
      scores.quantities.proposed = quantityProposals.length;
      const quantityMatches = (p: StoredProposal, g: (typeof goldQuantities)[number]) =>
        p.payload.kind === 'QUANTITY' &&
        overlap(p, g.excerpt) > 0 &&
        p.payload.unit.toLowerCase() === g.q.unit.toLowerCase() &&
        near(p.payload.value, g.q.value) &&
        near(p.payload.low, g.q.low) &&
        near(p.payload.high, g.q.high);
      for (const g of goldQuantities) {
        if (quantityProposals.some((p) => quantityMatches(p, g))) scores.quantities.found++;
        else misses.quantities.push(`missed "${g.q.phrase}"`);
      }
      for (const p of quantityProposals) {
        scores.quantities.judged++;
        if (goldQuantities.some((g) => quantityMatches(p, g))) scores.quantities.right++;
        else misses.quantities.push(`wrong "${p.excerpt}"`);
      }

      // Claims.
      const goldClaims = claims.flatMap(({ claim, attributions }) =>
        attributions.filter(outside).map((a) => ({ claim, a })),
      );
      const claimProposals = byKind('CLAIM');
      scores.claims.gold = goldClaims.length;
      scores.claims.proposed = claimProposals.length;
      scores.claims.judged = claimProposals.length;
      const pairs: { g: number; p: number; overlap: number }[] = [];
      goldClaims.forEach(({ claim, a }, gi) => {
        claimProposals.forEach((p, pi) => {
          if (p.payload.kind !== 'CLAIM' || p.payload.stance !== claim.stance) return;
          const claimant = actorRef(p.payload.claimant);
          if ((claim.claimant ?? null) !== claimant) return;
          const o = overlap(p, a);
          if (o > 0) pairs.push({ g: gi, p: pi, overlap: o });
        });
      });
      pairs.sort((x, y) => y.overlap - x.overlap);
      const usedG = new Set<number>();
      const usedP = new Set<number>();
      for (const pair of pairs) {
        if (usedG.has(pair.g) || usedP.has(pair.p)) continue;
        usedG.add(pair.g);
        usedP.add(pair.p);
      }
      scores.claims.found = usedG.size;
      scores.claims.right = usedP.size;
      goldClaims.forEach(({ claim, a }, gi) => {
        if (!usedG.has(gi))
          misses.claims.push(
            `missed ${claim.claimant ?? '(unnamed)'} ${claim.stance} [${a.start}] "${a.excerpt.slice(0, 70)}"`,
          );
      });
      claimProposals.forEach((p, pi) => {
        if (usedP.has(pi) || p.payload.kind !== 'CLAIM') return;
        misses.claims.push(
          `wrong ${actorRef(p.payload.claimant) ?? `(${p.payload.claimantDescription})`} ${p.payload.stance} [${p.start}] "${p.excerpt.slice(0, 70)}"`,
        );
      });
      return { file: article.file, scores, misses };
    } finally {
      database.close();
    }
  });
}

/** Sums the scores of every article. */
export function totals(results: ArticleResult[]): Record<Category, Score> {
  const sum = { mentions: empty(), dates: empty(), quantities: empty(), claims: empty() };
  for (const r of results) {
    for (const c of CATEGORIES) {
      for (const field of Object.keys(sum[c]) as (keyof Score)[]) sum[c][field] += r.scores[c][field];
    }
  }
  return sum;
}

/** The Markdown table of the README: recall and precision per category against the targets. */
export function formatTable(results: ArticleResult[]): string {
  const total = totals(results);
  const pct = (x: number) => x.toFixed(2);
  const rows = CATEGORIES.map((c) => {
    const s = total[c];
    const t = TARGETS[c];
    const ok = recall(s) >= t.recall && precision(s) >= t.precision ? 'yes' : 'NO';
    return `| ${c} | ${s.gold} | ${s.proposed} | ${s.found} | ${pct(recall(s))} (≥ ${t.recall}) | ${s.right}/${s.judged} | ${pct(precision(s))} (≥ ${t.precision}) | ${ok} |`;
  });
  return [
    '| category | gold | proposed | found | recall (target) | right/judged | precision (target) | meets |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** One line per article: recall and precision of each category. */
export function formatArticles(results: ArticleResult[]): string {
  const cell = (s: Score) => `${s.found}/${s.gold} · ${s.right}/${s.judged}`;
  return [
    `| article | ${CATEGORIES.join(' | ')} |`,
    `| --- | ${CATEGORIES.map(() => '---').join(' | ')} |`,
    ...results.map(
      (r) => `| ${r.file.replace(/\.yaml$/, '')} | ${CATEGORIES.map((c) => cell(r.scores[c])).join(' | ')} |`,
    ),
  ].join('\n');
}

/** Categories below their target, named with the figure that misses. */
export function shortfalls(results: ArticleResult[]): string[] {
  const total = totals(results);
  return CATEGORIES.flatMap((c) => {
    const problems: string[] = [];
    if (recall(total[c]) < TARGETS[c].recall)
      problems.push(`${c} recall ${recall(total[c]).toFixed(2)} < ${TARGETS[c].recall}`);
    if (precision(total[c]) < TARGETS[c].precision)
      problems.push(`${c} precision ${precision(total[c]).toFixed(2)} < ${TARGETS[c].precision}`);
    return problems;
  });
}
