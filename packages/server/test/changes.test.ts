import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededService, type TestService } from './helpers.ts';

let service: TestService;
beforeAll(() => {
  service = seededService();
});
afterAll(() => service.close());

const edit = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) =>
  service.query<T>(query, variables, service.keys.edit);

describe('the changes subscription (server-sent events)', () => {
  /** Subscribes over SSE and collects each event's data until `count` have come. */
  async function subscribe(query: string, count: number) {
    const response = await service.yoga.fetch('http://claimline.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query }),
    });
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const events: { data: { changes: Record<string, unknown> } }[] = [];
    const received = (async () => {
      let buffered = '';
      while (events.length < count) {
        const { value, done } = await reader.read();
        if (done) break;
        buffered += new TextDecoder().decode(value);
        for (const line of buffered.split('\n')) {
          if (line.startsWith('data: ')) events.push(JSON.parse(line.slice(6)));
        }
        buffered = buffered.slice(buffered.lastIndexOf('\n') + 1);
      }
      await reader.cancel();
      return events;
    })();
    await new Promise((resolve) => setTimeout(resolve, 50));
    return received;
  }

  it('emits each committed revision, filtered by node type, and nothing for a refused write', async () => {
    const all = subscribe('subscription { changes { action nodeType nodeId author after } }', 3);
    const placesOnly = subscribe(
      'subscription { changes(filter: { nodeTypes: [Place] }) { action nodeId } }',
      1,
    );
    await edit('mutation { createActor(input: { name: "", kind: PERSON }) { __typename } }');
    await edit('mutation { createPlace(input: { name: "Sub Port", kind: PORT }) { __typename } }');
    await edit('mutation { createActor(input: { name: "Sub Person", kind: PERSON }) { __typename } }');
    const events = (await all).map((e) => e.data.changes);
    // The place's own aliases have no node of their own: their revisions are not in the feed.
    expect(events.map((e) => [e.action, e.nodeType])).toEqual([
      ['CREATE', 'Place'],
      ['CREATE', 'Actor'],
      ['CREATE', 'Alias'],
    ]);
    const [first] = events;
    expect(first?.author).toBe('edit tester (key 3)');
    expect(first?.after).toMatchObject({ name: 'Sub Port', key: 'sub-port' });
    const [place] = (await placesOnly).map((e) => e.data.changes);
    expect(place).toEqual({ action: 'CREATE', nodeId: first?.nodeId });
  });
});
