import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildPage } from '@claimline/page/build';
import { SEED_CORPUS_DIR } from '@claimline/store';
import { pino } from 'pino';
import { type Browser, type ConsoleMessage, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../src/serve.ts';

// A test run leaves the repository alone: the screenshot goes to a temporary file unless
// `pnpm screenshot` asks for the README's (docs/page.png).
const SCREENSHOT = process.env.CLAIMLINE_SCREENSHOT
  ? resolve(process.env.CLAIMLINE_SCREENSHOT)
  : join(tmpdir(), `claimline-page-${process.pid}.png`);
const SUMMIT = 'Putin–Kim summit at Vostochny Cosmodrome';
const seedTexts = readdirSync(SEED_CORPUS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(join(SEED_CORPUS_DIR, name), 'utf8'));

let running: RunningServer;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  await buildPage();
  const dbPath = join(mkdtempSync(join(tmpdir(), 'claimline-page-')), 'claimline.db');
  running = await startServer({ dbPath, port: 0, host: '127.0.0.1', logger: pino({ level: 'silent' }) });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    // launch() gives the browser a fresh, temporary user data dir of its own.
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  collectErrors(page, consoleErrors);
  await page.goto(running.url.replace(/\/graphql$/, '/'));
  await page.waitForSelector('body[data-ready]');
});

/** Console errors (a refusal under the Content-Security-Policy is one) and uncaught exceptions, its workers' too. */
function collectErrors(from: Page, errors: string[]) {
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(message.text());
  };
  from.on('console', onConsole);
  from.on('worker', (worker) => worker.on('console', onConsole));
  from.on('pageerror', (error) => errors.push(error.message));
}

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

/** The event panel's claims and the sources they cite. */
async function shownClaims() {
  const panel = page.locator('#event-details');
  return {
    claims: await panel.locator('article.claim').count(),
    sources: await panel.locator('figcaption cite').allTextContents(),
  };
}

async function setAsOf(day: string) {
  await page.getByLabel('As of', { exact: true }).fill(day);
  await page.getByLabel('As of', { exact: true }).press('Enter');
}

describe('the timeline page', () => {
  it('loads from the server itself, bundled, under its Content-Security-Policy, with no console errors', async () => {
    expect(consoleErrors).toEqual([]);
    const response = await fetch(running.url.replace(/\/graphql$/, '/'));
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'; style-src 'self';");
    const html = await response.text();
    expect(html).toMatch(/<script type="module" src="\/page-[A-Z0-9]{8}\.js"><\/script>/);
    expect(html).not.toMatch(/https?:\/\//);
    await expect(page.title()).resolves.toBe('Claimline — timeline');
  });

  it('draws the summit in September 2023, an exact day as a point and a month as a span', async () => {
    const summit = page.locator('.vis-item', { hasText: SUMMIT });
    await summit.waitFor();
    expect(await summit.getAttribute('class')).toContain('vis-point');
    const drawn = summit.locator('[data-start]');
    expect(await drawn.getAttribute('data-start')).toMatch(/^2023-09-/);
    expect(await summit.locator('.kind').textContent()).toBe('MEETING');
    const spans = page.locator('.vis-item.vis-range');
    expect(await spans.count()).toBeGreaterThan(0);
    const span = spans.first().locator('[data-start]');
    expect(await span.getAttribute('data-start')).not.toBe(await span.getAttribute('data-end'));
  });

  it('shows a selected event with its participants and claims, each excerpt highlighted in its source text', async () => {
    await page.locator('.vis-item', { hasText: SUMMIT }).click();
    await page.locator('#event-title', { hasText: SUMMIT }).waitFor();
    await page.locator('#event-details .source-text mark').first().waitFor();
    expect(await page.locator('.participants li').count()).toBeGreaterThan(1);
    const firstClaim = page.locator('#event-details article.claim').first();
    await expect(firstClaim.locator('.stance').textContent()).resolves.toMatch(/^[a-z_]+$/);
    await expect(firstClaim.locator('.sources').textContent()).resolves.toMatch(/^\d+ independent source/);
    const context = firstClaim.locator('.source-text').first();
    await context.locator('mark').waitFor();
    const mark = (await context.locator('mark').textContent()) ?? '';
    const shown = (await context.textContent()) ?? '';
    expect(mark.length).toBeGreaterThan(10);
    // In place: the paragraph shown, mark included, is the stored text as it stands.
    expect(seedTexts.some((text) => text.includes(shown))).toBe(true);
    expect(shown).toContain(mark);
    await page.mouse.move(0, 0); // no tooltip in the picture
    await page.screenshot({ path: screenshotPath() });
  });

  it('replays what was known on a day: a source not yet published hides its claims', async () => {
    const before = await shownClaims();
    const later = 'Russia and the United States turn to the two Koreas for ammunition'; // published 2023-10-19
    expect(before.sources).toContain(later);

    await setAsOf('2023-10-18');
    await page.locator('#timeline-status', { hasText: 'known on 2023-10-18' }).waitFor();
    await expect.poll(async () => (await shownClaims()).sources, { timeout: 10_000 }).not.toContain(later);
    const then = await shownClaims();
    expect(then.claims).toBeGreaterThan(0);
    expect(then.claims).toBeLessThan(before.claims);
    expect(then.sources).toContain('Secretive Kim-Putin summit'); // published 2023-09-14

    await setAsOf('2023-10-19');
    await expect.poll(async () => (await shownClaims()).sources, { timeout: 10_000 }).toContain(later);

    await page.getByRole('button', { name: 'Everything known' }).click();
    await expect.poll(async () => (await shownClaims()).claims, { timeout: 10_000 }).toBe(before.claims);
  });

  it('filters the timeline to an actor found by a misspelled name', async () => {
    const all = await page.locator('#event-list li').count();
    await page.getByLabel('Actor', { exact: true }).fill('Shin Wonsick');
    await page.getByLabel('Actor', { exact: true }).press('Enter');
    await expect(page.locator('#actor-name').textContent()).resolves.toBe('Shin Won-sik');
    await page.locator('#timeline-status', { hasText: 'involving Shin Won-sik' }).waitFor();
    const filtered = await page.locator('#event-list li').count();
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(all);
    await page.getByRole('button', { name: 'Show all actors' }).click();
    await expect.poll(() => page.locator('#event-list li').count()).toBe(all);
  });

  it('finds words in the full text and opens a found event', async () => {
    await page.getByLabel('Search', { exact: true }).fill('cosmodrome');
    await page.getByLabel('Search', { exact: true }).press('Enter');
    await page.locator('#search-list mark').first().waitFor();
    await page.locator('#search-list').getByRole('button', { name: SUMMIT }).first().click();
    await page.locator('#event-title', { hasText: SUMMIT }).waitFor();
  });

  it('charts a measure: capacity and actual apart, contradictions marked, each point opening its claim', async () => {
    const chart = page.locator('svg.chart');
    await chart.waitFor();
    expect(await chart.locator('.point').count()).toBeGreaterThan(1);
    await page
      .getByLabel('Measure', { exact: true })
      .selectOption({ label: 'Artillery shells sent from North Korea to Russia' });
    await expect.poll(() => page.locator('svg.chart .point.contradicted').count()).toBeGreaterThan(0);
    expect(await page.locator('svg.chart .contradiction').count()).toBeGreaterThan(0);
    expect(await page.locator('svg.chart .capacity').count()).toBeGreaterThan(0);
    expect(await page.locator('svg.chart .actual').count()).toBeGreaterThan(0);
    const point = page.locator('svg.chart .point').first();
    await point.focus();
    await page.keyboard.press('Enter');
    await page.locator('#measure-claim article.claim').waitFor();
  });

  it('labels every control and reaches them from the keyboard', async () => {
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('input, select')]
        .filter((el) => !(el as HTMLInputElement).labels?.length)
        .map((el) => el.id),
    );
    expect(unlabelled).toEqual([]);
    const nameless = await page.evaluate(
      () =>
        [...document.querySelectorAll('button')].filter(
          (b) => !(b.getAttribute('aria-label') || b.textContent?.trim()),
        ).length,
    );
    expect(nameless).toBe(0);
    await page.getByRole('button', { name: 'Everything known' }).focus();
    const reached: string[] = [];
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent || ''),
      );
    }
    expect(reached).toEqual(expect.arrayContaining(['search', 'actor', 'zoom-in', 'fit', 'timeline']));
    expect(consoleErrors).toEqual([]);
  });
});

describe('on a phone (390 × 844)', () => {
  it('fits the screen: nothing wider than it, the event panel and the chart included', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    const errors: string[] = [];
    collectErrors(phone, errors);
    await phone.goto(running.url.replace(/\/graphql$/, '/'));
    await phone.waitForSelector('body[data-ready]');
    const overflow = () =>
      phone.evaluate(() => {
        // What scrolls inside a box (the chart's items, the estimates table) is clipped by it.
        const clipped = (e: Element) => Boolean(e.parentElement?.closest('.vis-timeline, #measure-view'));
        const wide = [...document.querySelectorAll('body *')]
          .filter((e) => !clipped(e))
          .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
          .map(
            (e) =>
              `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className ? `.${String(e.className).split(' ')[0]}` : ''}`,
          );
        return { width: document.documentElement.scrollWidth, wide: wide.slice(0, 5) };
      });
    expect(await overflow()).toEqual({ width: 390, wide: [] });
    await phone.locator('details.event-list summary').click();
    await phone.locator('#event-list').getByRole('button', { name: SUMMIT }).first().click();
    await phone.locator('#event-title', { hasText: SUMMIT }).waitFor();
    await phone.locator('#event-details .source-text mark').first().waitFor();
    expect(await overflow()).toEqual({ width: 390, wide: [] });
    expect(errors).toEqual([]);
    await phone.close();
  });
});

describe('GraphiQL', () => {
  it('runs from its own files under its Content-Security-Policy, with no console errors', async () => {
    const graphiql = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors: string[] = [];
    collectErrors(graphiql, errors);
    const requested: string[] = [];
    graphiql.on('request', (request) => requested.push(request.url()));
    const response = await graphiql.goto(running.url);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self';");
    await graphiql.locator('.graphiql-execute-button').click();
    await graphiql.locator('.result-window', { hasText: '"totalCount"' }).waitFor();
    // Monaco's workers too, from this server's files (blob: URLs would be refused).
    await expect.poll(() => graphiql.workers().length).toBeGreaterThan(0);
    const origin = new URL(running.url).origin;
    expect(requested.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
    expect(errors).toEqual([]);
    await graphiql.close();
  });
});

function screenshotPath() {
  mkdirSync(join(SCREENSHOT, '..'), { recursive: true });
  return SCREENSHOT;
}

it('saved a screenshot of the page', () => {
  expect(statSync(SCREENSHOT).size).toBeGreaterThan(20_000);
});
