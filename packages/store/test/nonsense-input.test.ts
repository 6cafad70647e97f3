import { describe, expect, it } from 'vitest';
import { openStore } from '../src/db/sqlite/open.ts';
import { commonEraProblem, futurePublicationProblem, parseFuzzyTime } from '../src/domain/fuzzy-time.ts';
import { quantityProblem } from '../src/domain/quantity.ts';
import { shortTextProblem } from '../src/domain/stored-text.ts';
import { createActor } from '../src/records/actors.ts';
import { createEvent } from '../src/records/events.ts';
import { createSource } from '../src/records/sources.ts';
import { runWrite, ValidationError } from '../src/records/write.ts';

describe('the checks behind nonsense input', () => {
  it('refuse a year before the Common Era, suggesting the modern one', () => {
    expect(commonEraProblem(parseFuzzyTime('-2023'))).toMatch(/before the Common Era.*"2023"/);
    expect(commonEraProblem(parseFuzzyTime('0000'))).toMatch(/before the Common Era/);
    expect(commonEraProblem(parseFuzzyTime('1953-07-27'))).toBeNull();
    expect(commonEraProblem(parseFuzzyTime('../2024'))).toBeNull();
  });

  it('refuse a publication date after tomorrow', () => {
    const today = new Date('2024-03-01T12:00:00Z');
    expect(futurePublicationProblem(parseFuzzyTime('2024-03-02'), today)).toBeNull();
    expect(futurePublicationProblem(parseFuzzyTime('2024-03-05'), today)).toMatch(/in the future/);
    expect(futurePublicationProblem(parseFuzzyTime(null), today)).toBeNull();
  });

  it('refuse a negative figure unless the unit is one of change or temperature', () => {
    const q = (value: number) => ({ value, low: null, high: null, approximate: false });
    expect(quantityProblem(q(-5), 'rounds')).toMatch(/rounds cannot be negative/);
    expect(quantityProblem(q(-3), 'percent')).toBeNull();
    expect(quantityProblem(q(-12), '°C')).toBeNull();
    expect(quantityProblem(q(-5))).toBeNull();
  });

  it('refuse a short text with nothing visible, or with a control character', () => {
    expect(shortTextProblem('\u200b\u2060\ufeff')).toMatch(/no visible character/);
    expect(shortTextProblem('\u00ad\u0301')).toMatch(/no visible character/);
    expect(shortTextProblem('Kim\u001b[31m')).toMatch(/control character U\+001B/);
    expect(shortTextProblem('Kim\0')).toMatch(/NUL/);
    expect(shortTextProblem('Line one\nline two')).toBeNull();
    expect(shortTextProblem('Łódź')).toBeNull();
  });
});

describe('writes of nonsense', () => {
  const refusal = (write: Parameters<typeof runWrite>[2]) => {
    const store = openStore(':memory:');
    try {
      runWrite(store.db, 'test', write);
    } catch (error) {
      if (error instanceof ValidationError) return `${error.field}: ${error.message}`;
      throw error;
    } finally {
      store.close();
    }
    return 'stored';
  };

  it('are refused with a ValidationError naming the field', () => {
    expect(refusal((w) => createActor(w, { name: '\u200b\u200b', kind: 'PERSON' }))).toMatch(
      /^input\.name: .*visible/,
    );
    expect(
      refusal((w) => createEvent(w, { title: 'A summit', kind: 'MEETING', time: { edtf: '-2023' } })),
    ).toMatch(/^input\.time\.edtf: .*Common Era/);
    expect(
      refusal((w) => {
        const a = createActor(w, { name: 'Ona Field', kind: 'PERSON' });
        return createEvent(w, {
          title: 'A summit',
          kind: 'MEETING',
          time: { edtf: '2023-09' },
          participants: [
            { actorId: a.id, role: 'PARTICIPANT' },
            { actorId: a.id, role: 'PARTICIPANT' },
          ],
        });
      }),
    ).toMatch(/^input\.participants\[1\]\.actorId: repeats item 0/);
    expect(
      refusal((w) =>
        createSource(w, {
          title: 'Tomorrow',
          kind: 'REPORT',
          text: 'Text.',
          published: { edtf: '2999-01-01' },
        }),
      ),
    ).toMatch(/^input\.published\.edtf: .*future/);
  });
});
