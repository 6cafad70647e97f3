import { type Found, found } from '../text.ts';

/** A comma, semicolon or dash chunk of a sentence. */
export interface Chunk extends Found {
  /** The text is in the writer's own voice whoever the rest of the block is attributed to (an appositive). */
  appositive: boolean;
}

/** Headlines and standfirsts end without a stop, and a few words are no statement either. */
export function isStatement(sentence: Found): boolean {
  return /[.!?"”’)]$/.test(sentence.text) && sentence.text.split(/\s+/).length >= 4;
}

/** Whether a sentence opens or closes a quotation: an odd number of quotation marks. */
export function togglesQuotation(sentence: Found): boolean {
  return (sentence.text.match(/["“”]/g) ?? []).length % 2 === 1;
}

/** A sentence that is all quotation: `“…”`. */
export function isWholeQuotation(sentence: Found): boolean {
  return /^["“]/.test(sentence.text) && /["”]$/.test(sentence.text);
}

/** Comma chunks of a sentence; commas inside figures ("4,250") do not split. */
export function chunksOf(text: string, sentence: Found): Chunk[] {
  const chunks: Chunk[] = [];
  let start = sentence.start;
  const boundary = /,(?!\d)["”’]?\s*|;\s+|:\s+|\s+[—–]\s+/g;
  for (const m of sentence.text.matchAll(boundary)) {
    const end = sentence.start + m.index;
    if (end > start) chunks.push({ ...found(text, start, end), appositive: false });
    start = end + m[0].length;
  }
  if (sentence.end > start) chunks.push({ ...found(text, start, sentence.end), appositive: false });
  return chunks.map((c) => trimChunk(text, c)).filter((c) => c.text.length > 0);
}

/** A chunk without the spaces and marks around it, but keeping an opening quotation mark. */
export function trimChunk(text: string, chunk: Chunk): Chunk {
  let { start, end } = chunk;
  while (
    start < end &&
    /[\s"“”’‘(]/.test(text[start] as string) &&
    !(text[start] === '“' || text[start] === '"')
  )
    start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { ...chunk, ...found(text, start, end) };
}
