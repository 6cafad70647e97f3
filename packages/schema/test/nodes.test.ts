import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, gid } from './client.ts';
import { type SchemaService, schemaService } from './service.ts';

let service: SchemaService;
beforeAll(() => {
  service = schemaService();
});
afterAll(() => service.close());

describe('node(id:) and nodes(ids:) of nothing', () => {
  it('answer null, without an error, for a row that does not exist', async () => {
    const result = await service.query(`{ node(id: "${gid('Event', 99_999)}") { id } }`);
    expect(result).toEqual({ data: { node: null } });
  });

  it('answer null for an ID whose type is no node, and keep the other IDs of the list', async () => {
    const ids = [gid('Event', 99_999), gid('Bogus', 1), gid('Event', 1), gid('Query', 1)];
    const data = dataOf(
      await service.query<{ nodes: ({ id: string } | null)[] }>(
        `{ nodes(ids: ${JSON.stringify(ids)}) { id } }`,
      ),
    );
    expect(data.nodes).toEqual([null, null, { id: gid('Event', 1) }, null]);
  });

  it('still refuse what is no ID at all, naming the argument', async () => {
    const result = await service.query('{ node(id: "not an id!") { id } }');
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
  });
});

describe('the revisions of an API key', () => {
  const keyRevision = () => {
    const row = service.database.sqlite
      .prepare("SELECT id FROM revisions WHERE entity_type = 'api_keys' ORDER BY id LIMIT 1")
      .get() as { id: number };
    return `{ node(id: "${gid('Revision', row.id)}") { ... on Revision { action after } } }`;
  };

  it('are not readable anonymously or with a read or edit key', async () => {
    for (const key of [undefined, service.keys.read, service.keys.edit]) {
      const result = await service.query(keyRevision(), undefined, key);
      expect(result.data).toEqual({ node: null });
      expect(result.errors?.[0]?.extensions?.scope).toBe('admin');
      expect(JSON.stringify(result)).not.toMatch(/revoked tester|clk_/);
    }
  });

  it('are readable with an admin key', async () => {
    const data = dataOf(
      await service.query<{ node: { action: string; after: { name: string } } }>(
        keyRevision(),
        undefined,
        service.keys.admin,
      ),
    );
    expect(data.node.action).toBe('CREATE');
    expect(data.node.after.name).toMatch(/tester/);
  });

  it('leave the revisions of nodes open to readers', async () => {
    const data = dataOf(
      await service.query<{ revisions: { nodes: { action: string }[] } }>(
        `{ revisions(nodeId: "${gid('Event', 1)}") { nodes { action } } }`,
      ),
    );
    expect(data.revisions.nodes.length).toBeGreaterThan(0);
  });
});
