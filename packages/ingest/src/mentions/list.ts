import { type KnownName, normalizeName } from '@claimline/store';
import type { Mention } from '../mentions.ts';

/** What a proposed new name is: its entity, name and kind. */
export type NewName = Pick<Mention, 'entity' | 'name' | 'kind'>;

const targetKey = (name: Pick<KnownName, 'entity' | 'id'>) => `${name.entity}:${name.id}`;

/** Mentions under a key, in the order they were found. */
class Shelves<K> {
  private readonly shelves = new Map<K, Mention[]>();

  constructor(private readonly order: ReadonlyMap<Mention, number>) {}

  put(key: K, mention: Mention): void {
    const shelf = this.shelves.get(key) ?? [];
    this.shelves.set(key, shelf);
    // A mention keeps its place when replaced, so it may go before others found later.
    const place = this.order.get(mention) as number;
    let at = shelf.length;
    while (at > 0 && (this.order.get(shelf[at - 1] as Mention) as number) > place) at--;
    shelf.splice(at, 0, mention);
  }

  take(key: K, mention: Mention): void {
    const shelf = this.shelves.get(key);
    shelf?.splice(shelf.indexOf(mention), 1);
  }

  find(key: K, test: (m: Mention) => boolean = () => true): Mention | undefined {
    return this.shelves.get(key)?.find(test);
  }
}

/**
 * The mentions found so far, in the order found, and which stored actors and places they name:
 * what later heuristics ask about the names already read, each answer a lookup by offset or name.
 */
export class MentionList {
  /** Each mention's place in the order found. */
  private readonly order = new Map<Mention, number>();
  private found = 0;
  private readonly byStart = new Shelves<number>(this.order);
  private readonly byEnd = new Shelves<number>(this.order);
  /** Proposed new names by their normalised name. */
  private readonly byNewName = new Shelves<string>(this.order);
  private readonly named = new Set<string>();

  /** The mentions in the order found. */
  get all(): Mention[] {
    return [...this.order].sort((a, b) => a[1] - b[1]).map(([mention]) => mention);
  }

  add(mention: Mention): void {
    this.shelve(mention, this.found++);
    if (mention.id !== null) this.named.add(targetKey({ entity: mention.entity, id: mention.id }));
  }

  /** Whether the text already named this stored actor or place. */
  names(target: KnownName): boolean {
    return this.named.has(targetKey(target));
  }

  replace(old: Mention, mention: Mention): void {
    const place = this.order.get(old) as number;
    this.remove(old);
    this.shelve(mention, place);
  }

  remove(old: Mention): void {
    this.byStart.take(old.start, old);
    this.byEnd.take(old.end, old);
    if (old.id === null) this.byNewName.take(normalizeName(old.name), old);
    this.order.delete(old);
  }

  /** The first mention starting at `offset`. */
  startingAt(offset: number | undefined): Mention | undefined {
    return offset === undefined ? undefined : this.byStart.find(offset);
  }

  /** The first mention ending at `offset` that `test` accepts. */
  endingAt(offset: number | undefined, test: (m: Mention) => boolean): Mention | undefined {
    return offset === undefined ? undefined : this.byEnd.find(offset, test);
  }

  /** How a name that normalises like `name` was first proposed, if it was. */
  proposedAs(name: string): NewName | undefined {
    const earlier = this.byNewName.find(normalizeName(name));
    return earlier && { entity: earlier.entity, name: earlier.name, kind: earlier.kind };
  }

  /** The mentions by start; of two with one start, the one found first. */
  inTextOrder(): Mention[] {
    return this.all.sort((a, b) => a.start - b.start);
  }

  private shelve(mention: Mention, place: number): void {
    this.order.set(mention, place);
    this.byStart.put(mention.start, mention);
    this.byEnd.put(mention.end, mention);
    if (mention.id === null) this.byNewName.put(normalizeName(mention.name), mention);
  }
}
