/**
 * The floor for the timeline page: a hand-written node http handler running one prepared
 * better-sqlite3 statement that builds the whole page as JSON in SQLite, sent as it comes.
 * The same events, participants, first five claims and their attributions and sources as the
 * GraphQL page in run.ts, without GraphQL, the ORM or the JSON round trip. Bench only.
 *
 * Usage: tsx bench/raw-server.ts DB PORT   (prints "listening" when ready)
 */
import { createServer } from 'node:http';
import Database from 'better-sqlite3';

const [path, port] = process.argv.slice(2);
if (!path || !port) throw new Error('usage: raw-server.ts DB PORT');
const sqlite = new Database(path, { readonly: true });

const page = sqlite.prepare(`
  WITH page AS (
    SELECT id, title, time_edtf FROM events WHERE retracted_at IS NULL
     ORDER BY time_sort_start, time_sort_end, id LIMIT 50)
  SELECT json_object('data', json_object('timeline', json_object('nodes', json_group_array(json_object(
    'id', p.id, 'title', p.title, 'time', json_object('edtf', p.time_edtf),
    'participants', json((SELECT json_group_array(json_object('role', ep.role, 'actor', json_object('name', a.name)))
                          FROM event_participants ep JOIN actors a ON a.id = ep.actor_id
                         WHERE ep.event_id = p.id)),
    'claims', json_object('nodes', json((
      SELECT json_group_array(json_object(
               'proposition', c.proposition, 'stance', c.stance,
               'claimantName', coalesce((SELECT name FROM actors WHERE id = c.claimant_id), c.claimant_description),
               'attributions', json((
                 SELECT json_group_array(json_object('excerpt', at.excerpt, 'start', at.start, 'end', at."end",
                          'source', json_object('title', s.title, 'publisher', s.publisher)))
                   FROM attributions at JOIN sources s ON s.id = at.source_id
                  WHERE at.claim_id = c.id AND at.retracted_at IS NULL))))
        FROM (SELECT c.* FROM claim_events ce JOIN claims c ON c.id = ce.claim_id
               WHERE ce.event_id = p.id AND c.retracted_at IS NULL
               ORDER BY coalesce(c.stated_earliest, '9999-12-31'), c.id LIMIT 5) c))))))))
    AS body
    FROM page p`);

createServer((_request, response) => {
  const { body } = page.get() as { body: string };
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(body);
}).listen(Number(port), '127.0.0.1', () => console.log('listening'));
