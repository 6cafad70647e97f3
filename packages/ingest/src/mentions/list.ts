import { type KnownName, normalizeName } from '@claimline/store';
import type { Mention } from '../mentions.ts';

/** What a proposed new name is: its entity, name and kind. */
export type NewName = Pick<Mention, 'entity' | 'name' | 'kind'>;

const targetKey = (name: Pick<KnownName, 'entity' | 'id'>) => `${name.entity}:${name.id}`;

/**
 * The mentions found so far, in the order found, and which stored actors and places they name:
 * what later heuristics ask about the names already read.
 */
export class MentionList {
  readonly all: Mention[] = [];
  private readonly named = new Set<string>();

  add(mention: Mention): void {
    this.all.push(mention);
    if (mention.id !== null) this.named.add(targetKey({ entity: mention.entity, id: mention.id }));
  }

  /** Whether the text already named this stored actor or place. */
  names(target: KnownName): boolean {
    return this.named.has(targetKey(target));
  }

  replace(old: Mention, mention: Mention): void {
    this.all.splice(this.all.indexOf(old), 1, mention);
  }

  remove(old: Mention): void {
    this.all.splice(this.all.indexOf(old), 1);
  }

  /** The first mention starting at `offset`. */
  startingAt(offset: number | undefined): Mention | undefined {
    return this.all.find((m) => m.start === offset);
  }

  /** The first mention ending at `offset` that `test` accepts. */
  endingAt(offset: number | undefined, test: (m: Mention) => boolean): Mention | undefined {
    return this.all.find((m) => m.end === offset && test(m));
  }

  /** How a name that normalises like `name` was first proposed, if it was. */
  proposedAs(name: string): NewName | undefined {
    const wanted = normalizeName(name);
    const earlier = this.all.find((m) => m.id === null && normalizeName(m.name) === wanted);
    return earlier && { entity: earlier.entity, name: earlier.name, kind: earlier.kind };
  }

  inTextOrder(): Mention[] {
    return this.all.sort((a, b) => a.start - b.start);
  }
}
