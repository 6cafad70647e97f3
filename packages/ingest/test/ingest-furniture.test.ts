import { describe, expect, it } from 'vitest';
import { detectFurniture } from '../src/furniture.ts';

const PAGE = `• Africa
  • Water

Share this article

4 min read

Nile talks stall as dam reservoir fills

Negotiators ended a third round without agreement on Tuesday, officials said.

Read more: How the river feeds a hundred million people

Advertisement

The next round is due in July.

Related stories

Floods hit coastal towns
Central bank holds rates

© 2021 Example News. All rights reserved.
The filling will continue through August. REUTERS`;

describe('detectFurniture', () => {
  const spans = detectFurniture(PAGE);
  const kinds = spans.map((s) => [s.kind, s.text]);

  it('marks navigation, promotions, headers, read-more lines, related headlines, footers and a wire credit', () => {
    expect(kinds).toEqual([
      ['NAVIGATION', '• Africa\n  • Water'],
      ['NAVIGATION', 'Share this article'],
      ['HEADER', '4 min read'],
      ['READ_MORE', 'Read more: How the river feeds a hundred million people'],
      ['PROMO', 'Advertisement'],
      ['RELATED_LINKS', 'Floods hit coastal towns'],
      ['RELATED_LINKS', 'Central bank holds rates'],
      ['FOOTER', '© 2021 Example News. All rights reserved.'],
      ['CREDIT', 'REUTERS'],
    ]);
  });

  it('gives exact offsets into the verbatim text', () => {
    for (const span of spans) expect(PAGE.slice(span.start, span.end)).toBe(span.text);
  });

  it('leaves the article itself alone', () => {
    const body = ['Nile talks stall', 'Negotiators ended', 'The next round', 'The filling will continue'];
    for (const words of body) {
      const at = PAGE.indexOf(words);
      expect(spans.some((s) => s.start <= at && at < s.end)).toBe(false);
    }
  });

  it('marks an opening note, a byline credit and a source line', () => {
    const text =
      '(OPINION from Daily Nation on June 3)\n\nThe dam is a test of diplomacy.\n\nBy: JANE DOE\nSource: Example Wire Service\n\nscroll to top';
    expect(detectFurniture(text).map((s) => s.kind)).toEqual(['HEADER', 'CREDIT', 'CREDIT', 'NAVIGATION']);
  });
});
