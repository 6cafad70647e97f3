import { type KnownName, normalizeName } from '@claimline/store';
import { chooseTarget } from './choose.ts';
import { addKnown, type Scan, tagged } from './scan.ts';
import { capitalised, joins, type Token } from './tokens.ts';
import { HONORIFIC } from './vocabulary.ts';

/** The stored person whose first or last name token `i` is ("Ahmed" of "Abiy Ahmed"). */
export function storedPersonBySurname(scan: Scan, i: number): KnownName | undefined {
  const people = (scan.lookup.bySurname.get(normalizeName((scan.tokens[i] as Token).text)) ?? []).filter(
    (c) => c.entity === 'actor',
  );
  return people.length ? chooseTarget(scan, people, i) : undefined;
}

/**
 * "Mr Ahmed", "Ahmed": a single capitalised word (no name goes on after it, no demonym) that is
 * a stored person's surname, resolved as HONORIFIC after a title, else SURNAME; whether it was.
 */
export function matchSurname(scan: Scan, i: number): boolean {
  const { tokens } = scan;
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  const afterHonorific = previous !== undefined && HONORIFIC.test(previous.text) && joins(tokens, i);
  const nameContinues = next !== undefined && capitalised(next.text) && joins(tokens, i + 1);
  if (nameContinues || tagged(scan, tokens[i] as Token, 'Demonym')) return false;
  const person = storedPersonBySurname(scan, i);
  if (!person) return false;
  addKnown(scan, i, i, person, afterHonorific ? 'HONORIFIC' : 'SURNAME');
  return true;
}
