import type { KnownName } from '@claimline/store';
import { describe, expect, it } from 'vitest';
import { type Block, blockSpan, blocksOf, continuationOf, describesSpeaker } from '../src/claims/blocks.ts';
import {
  type Chunk,
  chunksOf,
  isStatement,
  isWholeQuotation,
  togglesQuotation,
  trimChunk,
} from '../src/claims/chunks.ts';
import {
  type Claimant,
  claimantsOf,
  impersonalAttribution,
  pronounClaimant,
  resolveUnnamedOfficials,
  subjectOf,
} from '../src/claims/claimants.ts';
import { hasFiniteVerb, isFiniteVerb, readingOf, wordsIn } from '../src/claims/reading.ts';
import {
  accordingToSpeaker,
  evidenceSpeaker,
  invertedSpeaker,
  leadingSpeaker,
  nounReportSpeaker,
  npStart,
  providesEvidence,
  subjectWords,
  trailingSpeaker,
  verbSpeaker,
} from '../src/claims/speakers.ts';
import { blockStance, hedgeOf, insistsNot, quantityStance, statedDate } from '../src/claims/stance.ts';
import { verbStance } from '../src/claims/vocabulary.ts';
import { claimsPerFigure } from '../src/claims.ts';
import { findDates } from '../src/dates.ts';
import { findMentions } from '../src/mentions.ts';
import { findQuantities } from '../src/quantities.ts';
import { type Found, found } from '../src/text.ts';

// An invented story: two island states quarrelling over a ferry quay.
const actor = (id: number, canonical: string, kind: KnownName['kind'], names: string[] = []): KnownName[] =>
  [canonical, ...names].map((name) => ({ entity: 'actor', id, name, canonical, kind }));
const KNOWN: KnownName[] = [
  ...actor(1, 'Norland', 'STATE', ['Kessen']),
  ...actor(2, 'Valdoria', 'STATE'),
  ...actor(3, 'Ines Marlow', 'PERSON'),
  ...actor(4, 'Harbour Wire', 'ORGANIZATION'),
];

const reading = (text: string) => readingOf(text, findMentions(text, [], KNOWN));
const whole = (text: string): Found => found(text, 0, text.length);
/** The span of the first `words` in `text`. */
const spanOf = (text: string, words: string): Found => {
  const at = text.indexOf(words);
  return found(text, at, at + words.length);
};
const chunk = (text: string, words: string): Chunk => ({ ...spanOf(text, words), appositive: false });
type Claim = { claimant: Claimant };
const speakerWords = (s: { np: Found; verb: Found; stance: string } | null) =>
  s && { np: s.np.text, verb: s.verb.text, stance: s.stance };

describe('chunks', () => {
  it('takes as statements only stopped sentences of four words or more', () => {
    expect(isStatement(whole('The quay reopened on Monday.'))).toBe(true);
    expect(isStatement(whole('Quay reopens after storm'))).toBe(false);
    expect(isStatement(whole('It did.'))).toBe(false);
  });

  it('tells a sentence that opens or closes a quotation, and one that is all quotation', () => {
    expect(togglesQuotation(whole('“The quay is safe, she said.'))).toBe(true);
    expect(togglesQuotation(whole('“The quay is safe,” she said.'))).toBe(false);
    expect(isWholeQuotation(whole('“The quay is safe.”'))).toBe(true);
    expect(isWholeQuotation(whole('“The quay is safe,” she said.'))).toBe(false);
  });

  it('splits a sentence at commas, semicolons, colons and dashes, not inside a figure', () => {
    const text = 'About 4,250 tonnes arrived; the port — long idle — was busy, officials said.';
    expect(chunksOf(text, whole(text)).map((c) => c.text)).toEqual([
      'About 4,250 tonnes arrived',
      'the port',
      'long idle',
      'was busy',
      'officials said.',
    ]);
  });

  it('trims spaces and closing marks from a chunk but keeps an opening quotation mark', () => {
    const text = '  “We will stay ';
    expect(trimChunk(text, { ...whole(text), appositive: false }).text).toBe('“We will stay');
    const closing = ' ”and later ';
    expect(trimChunk(closing, { ...whole(closing), appositive: false }).text).toBe('and later');
  });
});

describe('reading', () => {
  const text = 'Ines Marlow said Norland and Kessen had closed the quay.';
  const read = reading(text);

  it('indexes the actors named inside a span, in text order', () => {
    expect(read.actorsIn(whole(text)).map((m) => m.text)).toEqual(['Ines Marlow', 'Norland', 'Kessen']);
    expect(read.actorsIn(spanOf(text, 'Norland and'))).toMatchObject([{ name: 'Norland' }]);
  });

  it('finds an actor opening at an offset, but not a person', () => {
    expect(read.actorOpeningAt(text.indexOf('Kessen'))).toMatchObject({ name: 'Norland' });
    expect(read.actorOpeningAt(0)).toBeUndefined();
  });

  it('lists the words of a span with their offsets', () => {
    expect(wordsIn(text, spanOf(text, 'had closed the'))).toEqual([
      spanOf(text, 'had'),
      spanOf(text, 'closed'),
      spanOf(text, 'the'),
    ]);
  });

  it('tells a finite verb, and a clause from a phrase', () => {
    expect(isFiniteVerb(read, spanOf(text, 'said'))).toBe(true);
    expect(isFiniteVerb(read, spanOf(text, 'quay'))).toBe(false);
    expect(hasFiniteVerb(read, whole(text))).toBe(true);
    expect(hasFiniteVerb(read, spanOf(text, 'the quay'))).toBe(false);
  });
});

describe('speakers', () => {
  it('drops a leading conjunction from a subject', () => {
    const text = 'But recent reports said so.';
    expect(npStart(spanOf(text, 'But recent reports'))).toBe(text.indexOf('recent'));
  });

  it('reads a reporting verb before a short name', () => {
    const text = '” said Ines Marlow';
    expect(speakerWords(invertedSpeaker(reading(text), spanOf(text, 'said Ines Marlow')))).toEqual({
      np: 'Ines Marlow',
      verb: 'said',
      stance: 'ASSERTS',
    });
    const long = 'said the people who had waited all week on the quay';
    expect(invertedSpeaker(reading(long), whole(long))).toBeNull();
  });

  it('reads a speaker named after what they said, with a short time after the verb', () => {
    const text = 'The ferry will sail in May, Ms Marlow said on Friday.';
    expect(speakerWords(trailingSpeaker(reading(text), chunk(text, 'Ms Marlow said on Friday.')))).toEqual({
      np: 'Ms Marlow',
      verb: 'said',
      stance: 'ASSERTS',
    });
    const told = 'The quay is shut, the harbour master told reporters.';
    expect(trailingSpeaker(reading(told), chunk(told, 'the harbour master told reporters.'))?.verb.text).toBe(
      'told reporters',
    );
  });

  it('takes a denial after a comma for a claim of its own, not a speaker', () => {
    const text = 'The quay is safe, Valdoria denied it.';
    expect(trailingSpeaker(reading(text), chunk(text, 'Valdoria denied it.'))).toBeNull();
  });

  it('reads "according to" as the speaker, estimating when it names an estimate', () => {
    const text = 'According to estimates from the port, 300 ferries sailed.';
    expect(
      speakerWords(accordingToSpeaker(text, chunk(text, 'According to estimates from the port'))),
    ).toEqual({
      np: 'estimates from the port',
      verb: 'According to',
      stance: 'ESTIMATES',
    });
    expect(accordingToSpeaker(text, chunk(text, '300 ferries sailed.'))).toBeNull();
  });

  it('reads a reporting noun before a named actor', () => {
    const text = 'Kessen dismissed the insistence from Norland that the quay was safe.';
    expect(speakerWords(nounReportSpeaker(reading(text), whole(text)))).toEqual({
      np: 'Norland',
      verb: 'insistence',
      stance: 'ASSERTS',
    });
    const unnamed = 'Kessen dismissed the insistence from sailors that the quay was safe.';
    expect(nounReportSpeaker(reading(unnamed), whole(unnamed))).toBeNull();
  });

  it('reads an unnamed thing that provides evidence as the speaker', () => {
    const text = 'Satellite photographs appear to provide new evidence of the works.';
    const read = reading(text);
    const words = wordsIn(text, whole(text));
    const verb = words.findIndex((w) => w.text === 'provide');
    expect(providesEvidence(text, words, verb)).toBe(true);
    expect(providesEvidence(text, words, 0)).toBe(false);
    expect(evidenceSpeaker(read, words, verb)?.np.text).toBe('Satellite photographs');
  });

  it('finds the subject of a verb back to a clause boundary, joining "X and Y" when X is named', () => {
    const text = 'Norland and Valdoria have also denied that the talks failed.';
    const read = reading(text);
    const words = wordsIn(text, whole(text));
    const bounds = subjectWords(
      read,
      words,
      words.findIndex((w) => w.text === 'denied'),
    );
    expect(bounds && words.slice(bounds.first, bounds.last + 1).map((w) => w.text)).toEqual([
      'Norland',
      'and',
      'Valdoria',
    ]);
  });

  it('reads the speaker of a reporting verb, but not of a negated one', () => {
    const text = 'Analysts warn that the quay could flood.';
    const words = wordsIn(text, whole(text));
    expect(speakerWords(verbSpeaker(reading(text), words, 1))).toEqual({
      np: 'Analysts',
      verb: 'warn',
      stance: 'WARNS',
    });
    const negated = 'Norland did not say the quay was closed.';
    const negatedWords = wordsIn(negated, whole(negated));
    expect(verbSpeaker(reading(negated), negatedWords, 3)).toBeNull();
  });

  it('finds the first speaker inside a span: a reporting noun, evidence or a reporting verb', () => {
    const text = 'Ines Marlow told reporters that the quay was closed.';
    expect(speakerWords(leadingSpeaker(reading(text), whole(text)))).toEqual({
      np: 'Ines Marlow',
      verb: 'told reporters',
      stance: 'ASSERTS',
    });
    const plain = 'The quay was closed for a week.';
    expect(leadingSpeaker(reading(plain), whole(plain))).toBeNull();
  });
});

describe('claimants', () => {
  it('takes the last actor opening a chunk as what a sentence was about', () => {
    const text = 'After the storm, Norland closed the quay.';
    expect(subjectOf(reading(text), whole(text))).toMatchObject({ name: 'Norland' });
    const none = 'After the storm, the quay closed.';
    expect(subjectOf(reading(none), whole(none))).toBeNull();
  });

  it('reads "he"/"she" as the last person who spoke and "it" as the previous subject', () => {
    const text = 'Norland closed the quay. It said the storm had damaged it.';
    const read = reading(text);
    const previous = spanOf(text, 'Norland closed the quay.');
    const it_ = spanOf(text, 'It');
    expect(pronounClaimant(read, it_, previous, null)).toMatchObject({
      kind: 'MENTION',
      mention: { name: 'Norland' },
    });
    expect(pronounClaimant(read, it_, null, null)).toEqual({ kind: 'UNNAMED', description: 'It' });
    const she = 'She said so.';
    const marlow = findMentions('Ines Marlow', [], KNOWN)[0];
    expect(pronounClaimant(reading(she), spanOf(she, 'She'), null, marlow ?? null)).toMatchObject({
      kind: 'MENTION',
      mention: { name: 'Ines Marlow' },
    });
  });

  it('reads each actor of a coordinated subject, the person of a phrase, or an unnamed description', () => {
    const text = 'Norland and Valdoria deny it. Ines Marlow of Norland agreed. Estimates from Norland vary.';
    const read = reading(text);
    const names = (np: string) =>
      claimantsOf(read, spanOf(text, np), null, null).map((c) =>
        c.kind === 'MENTION' ? c.mention.name : c.kind === 'UNNAMED' ? `(${c.description})` : c.kind,
      );
    expect(names('Norland and Valdoria')).toEqual(['Norland', 'Valdoria']);
    expect(names('Ines Marlow of Norland')).toEqual(['Ines Marlow']);
    expect(names('Estimates from Norland')).toEqual(['(Estimates from Norland)']);
  });

  it('reads an attribution without a speaker', () => {
    expect(impersonalAttribution('The quay is believed to be unsafe.')).toEqual({
      claimant: { kind: 'UNNAMED', description: 'is believed' },
      stance: 'BELIEVES',
      verb: 'believed',
    });
    expect(impersonalAttribution('There are still doubts that the quay will open.')).toEqual({
      claimant: { kind: 'UNNAMED', description: 'There are still doubts' },
      stance: 'EXPECTS',
      verb: null,
    });
    expect(impersonalAttribution('The quay opened.')).toBeNull();
  });

  it('names an unnamed official after a later person described with a shared capitalised word', () => {
    const marlow = findMentions('Ines Marlow', [], KNOWN)[0];
    if (!marlow) throw new Error('no mention');
    const lead: Claim = { claimant: { kind: 'UNNAMED', description: 'a senior Norland official' } };
    const later: Claim = { claimant: { kind: 'MENTION', mention: marlow } };
    const unrelated: Claim = { claimant: { kind: 'UNNAMED', description: 'a Valdoria diplomat' } };
    const claims = [lead, unrelated, later];
    resolveUnnamedOfficials(
      claims,
      new Map<Claim, string>([
        [later, 'Norland Harbour Minister Ines Marlow'],
        [unrelated, 'a Valdoria diplomat'],
      ]),
    );
    expect(lead.claimant).toBe(later.claimant);
    expect(unrelated.claimant).toEqual({ kind: 'UNNAMED', description: 'a Valdoria diplomat' });
  });
});

describe('stance', () => {
  const speaker = (text: string, np: string, verb: string) => ({
    np: spanOf(text, np),
    verb: spanOf(text, verb),
    stance: 'ASSERTS' as const,
  });

  it('lets the words decide the stance after a verb that only reports', () => {
    const text = 'Ines Marlow said the quay would reopen.';
    expect(blockStance(text, whole(text), speaker(text, 'Ines Marlow', 'said'), 'ASSERTS')).toBe('EXPECTS');
    const estimate = 'Officials said the quay is estimated to cost more.';
    expect(blockStance(estimate, whole(estimate), speaker(estimate, 'Officials', 'said'), 'ASSERTS')).toBe(
      'ESTIMATES',
    );
    expect(blockStance(text, whole(text), null, 'WARNS')).toBe('WARNS');
  });

  it('reads an insistence on a negative as a denial', () => {
    const text = 'Norland insisted the quay was not damaged.';
    expect(insistsNot(text, whole(text), speaker(text, 'Norland', 'insisted'))).toBe(true);
    const plain = 'Norland insisted the quay was damaged.';
    expect(insistsNot(plain, whole(plain), speaker(plain, 'Norland', 'insisted'))).toBe(false);
  });

  it('finds the hedging words as printed', () => {
    expect(hedgeOf('The quay could hold three ferries.')).toBe('could hold');
    expect(hedgeOf('The ferry is believed to be late.')).toBe('is believed to');
    expect(hedgeOf('The ferry is late.')).toBeNull();
  });

  it('dates a statement by a date close after the verb', () => {
    const text = 'Ines Marlow said on Friday that the quay would open in June.';
    const dates = findDates(text, '2025-03-10');
    expect(statedDate(dates, speaker(text, 'Ines Marlow', 'said'))?.text).toBe('on Friday');
    expect(statedDate(dates, null)).toBeNull();
  });

  it('reads a figure’s stance: estimated, a capacity, or the nearest verb before it', () => {
    const text = 'Valdoria accused Norland of sending 300 ferries.';
    const [quantity] = findQuantities(text);
    if (!quantity) throw new Error('no quantity');
    expect(quantityStance(text, whole(text), quantity, 'ASSERTS')).toBe('ACCUSES');
    expect(quantityStance(text, whole(text), quantity, 'DENIES')).toBe('DENIES');
    const capacity = 'The quay could hold about 40 ferries.';
    const [held] = findQuantities(capacity);
    if (!held) throw new Error('no quantity');
    expect(quantityStance(capacity, whole(capacity), held, 'ASSERTS')).toBe('ESTIMATES');
  });
});

describe('vocabulary', () => {
  it('gives each reporting verb its stance, and none to other verbs', () => {
    expect(verbStance('denied')).toBe('DENIES');
    expect(verbStance('told reporters')).toBe('ASSERTS');
    expect(verbStance('pledged')).toBe('PLEDGES');
    expect(verbStance('sailed')).toBeNull();
  });
});

describe('blocks', () => {
  it('spans a block from its first chunk to its last', () => {
    const text = 'The quay, long idle, reopened.';
    const block: Block = {
      chunks: chunksOf(text, whole(text)),
      trailing: null,
      inherited: false,
      via: null,
      quoted: false,
    };
    expect(blockSpan(text, block).text).toBe('The quay, long idle, reopened.');
  });

  it('tells a description of a speaker from a clause', () => {
    const text = 'a former sailor, a ferry was late';
    const read = reading(text);
    expect(describesSpeaker(read, chunk(text, 'a former sailor'))).toBe(true);
    expect(describesSpeaker(read, chunk(text, 'a ferry was late'))).toBe(false);
  });

  it('opens a new block for a participle or a contrast after a speaker, else goes on', () => {
    const text = 'Ines Marlow said the quay was safe, adding that repairs were done, while the storm passed.';
    const read = reading(text);
    const [first, adding, whileChunk] = chunksOf(text, whole(text)) as [Chunk, Chunk, Chunk];
    const block: Block = { chunks: [first], trailing: null, inherited: false, via: null, quoted: false };
    expect(continuationOf(read, block, adding, false)).toMatchObject({
      opens: true,
      inherited: true,
      trailing: { np: { text: 'Ines Marlow' } },
    });
    expect(continuationOf(read, block, whileChunk, true)).toMatchObject({ opens: true, trailing: null });
    const plain = 'The quay, long idle, reopened.';
    const [quay, idle] = chunksOf(plain, whole(plain)) as [Chunk, Chunk];
    expect(
      continuationOf(
        reading(plain),
        { chunks: [quay], trailing: null, inherited: false, via: null, quoted: false },
        idle,
        false,
      ),
    ).toEqual({ opens: false, appositive: false });
  });

  it('splits a sentence into blocks of one claimant each', () => {
    const text = 'The ferry was late, the harbour master said, adding that the tide was low.';
    const blocks = blocksOf(reading(text), whole(text), false);
    expect(blocks.map((b) => [blockSpan(text, b).text, b.trailing?.np.text, b.inherited])).toEqual([
      ['The ferry was late', 'the harbour master', false],
      ['adding that the tide was low.', 'the harbour master', true],
    ]);
  });

  it('names who passed on an inherited speaker’s words', () => {
    const text = 'Ines Marlow said the quay was safe, adding that repairs were done, Harbour Wire reported.';
    const blocks = blocksOf(reading(text), whole(text), false);
    expect(blocks.map((b) => b.via?.np.text ?? null)).toEqual([null, 'Harbour Wire']);
  });
});

describe('claimsPerFigure', () => {
  it('makes one claim per figure, the author’s when the figure is in a closing appositive', () => {
    const text = 'Ines Marlow said 300 ferries used the quay, a pier worth $4 million.';
    const read = reading(text);
    const block: Block = {
      chunks: [
        chunk(text, 'Ines Marlow said 300 ferries used the quay'),
        { ...chunk(text, 'a pier worth $4 million.'), appositive: true },
      ],
      trailing: null,
      inherited: false,
      via: null,
      quoted: false,
    };
    const span = blockSpan(text, block);
    const marlow = read.actorsIn(span)[0];
    if (!marlow) throw new Error('no mention');
    const base = {
      claimant: { kind: 'MENTION' as const, mention: marlow },
      hedge: null,
      verb: 'said',
      via: [],
      stated: null,
      about: [],
    };
    const claims = claimsPerFigure(text, block, span, base, 'ASSERTS', findQuantities(text));
    expect(claims.map((c) => [c.claimant.kind, c.quantity?.text, c.text])).toEqual([
      ['MENTION', '300 ferries', span.text],
      ['AUTHOR', '$4 million', 'a pier worth $4 million.'],
    ]);
    expect(claimsPerFigure(text, block, span, base, 'ASSERTS', [])).toMatchObject([
      { quantity: null, stance: 'ASSERTS', text: span.text },
    ]);
  });
});
