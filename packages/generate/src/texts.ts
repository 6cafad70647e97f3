/** Where a piece of a source's text starts and ends, as offsets into the text. */
export interface Span {
  start: number;
  end: number;
}

/** A source's text, with the offsets of each sentence reporting a claim and of its page furniture. */
export interface SourceText {
  text: string;
  spans: Span[];
  furniture: Span;
}

/** The sentences a paragraph of a source holds. */
const SENTENCES_PER_PARAGRAPH = 4;

/** The headline of a source: its first sentence, without the full stop. */
export function headlineOf(sentences: readonly string[]): string {
  return sentences[0]?.slice(0, -1) ?? '';
}

/** The lines a source's text opens with: the headline, then its publisher and date. */
export function sourceHeader(headline: string, publisher: string, published: string): string {
  return `${headline}\n${publisher} · ${published}\n\n`;
}

/** The page furniture closing a source: a link to another outlet's story, which is no claim. */
export function readMoreLine(outlet: string, topic: string): string {
  return `Read More: ${outlet} on ${topic}`;
}

/**
 * A source's text: its header, the sentences in paragraphs, then the read-more line in a
 * paragraph of its own; each sentence's span holds exactly that sentence.
 */
export function sourceText(header: string, sentences: readonly string[], readMore: string): SourceText {
  let text = header;
  const spans = sentences.map((sentence, i) => {
    text += separatorBefore(i);
    const span = { start: text.length, end: text.length + sentence.length };
    text += sentence;
    return span;
  });
  text += '\n\n';
  const furniture = { start: text.length, end: text.length + readMore.length };
  return { text: `${text}${readMore}\n`, spans, furniture };
}

/** What separates sentence `i` from the one before: a space, or a blank line between paragraphs. */
function separatorBefore(i: number): string {
  if (i === 0) return '';
  return i % SENTENCES_PER_PARAGRAPH === 0 ? '\n\n' : ' ';
}
