/**
 * The real-Chromium part of `npm run bench`: time from the popup opening to the first key point
 * painted (Element Timing, relative to the popup's own time origin), cached and computed on the
 * click, and the service worker's heap after 50 pages digested with Auto-summarize on; what Gist
 * costs each news page's main thread, on a click and with Auto-summarize (scripts/page-cost.ts).
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { cachedDigest, launchWithExtension, openPopup, servePages, tabIdOf, type ExtensionSession } from '../../tests/support/browser';
import { digestCacheKey, SETTINGS_KEY } from '../../lib/extension/storage';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/extension/settings';
import { readabilityNewsPages } from '../eval/corpus';
import { measurePageCost, type PageCost } from './page-cost';

const RUNS = 10;
/** When the first key point was painted; NaN if the browser reports no element timing in 5 s. */
async function firstPointPaint(popup: Page): Promise<number> {
  return popup.evaluate(
    () =>
      new Promise<number>((done) => {
        setTimeout(() => done(Number.NaN), 5000);
        new PerformanceObserver((list) => {
          const entry = list.getEntries().find((e) => (e as PerformanceEntry & { identifier?: string }).identifier === 'key-point') as
            (PerformanceEntry & { renderTime: number; loadTime: number }) | undefined;
          if (entry) done(entry.renderTime || entry.loadTime || entry.startTime);
        }).observe({ type: 'element', buffered: true });
      }),
  );
}

/** When the popup first painted anything (its skeleton, at least). */
async function firstPaint(popup: Page): Promise<number> {
  return popup.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN);
}

async function popupTiming(session: ExtensionSession, page: Page, tabId: number, cached: boolean): Promise<{ point: number; paint: number }> {
  if (cached) {
    const warm = await openPopup(session, page);
    await warm.popup.getByTestId('key-point').first().waitFor();
    await warm.close();
  } else {
    await session.worker.evaluate((key) => chrome.storage.session.remove(key), digestCacheKey(tabId));
  }
  const opened = await openPopup(session, page);
  await opened.popup.getByTestId('key-point').first().waitFor();
  const point = await firstPointPaint(opened.popup);
  const paint = await firstPaint(opened.popup);
  await opened.close();
  return { point, paint };
}

/** The service worker's JS heap through CDP (performance.memory does not exist in workers). */
async function workerHeap(session: ExtensionSession): Promise<{ usedMB: number; afterGcMB: number }> {
  const client = await chromium.connectOverCDP(session.cdpEndpoint);
  try {
    const cdp = await client.newBrowserCDPSession();
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(session.extensionId));
    if (!worker) throw new Error('no service worker target');
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
    const pending = new Map<number, (result: unknown) => void>();
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      const message = JSON.parse(event.message) as { id?: number; result?: unknown };
      if (message.id !== undefined) pending.get(message.id)?.(message.result);
    });
    let nextId = 1;
    const call = (method: string) =>
      new Promise<unknown>((done) => {
        const id = nextId++;
        pending.set(id, done);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      });
    const used = (await call('Runtime.getHeapUsage')) as { usedSize: number };
    await call('HeapProfiler.collectGarbage');
    const afterGc = (await call('Runtime.getHeapUsage')) as { usedSize: number };
    return { usedMB: used.usedSize / 1e6, afterGcMB: afterGc.usedSize / 1e6 };
  } finally {
    await client.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const PAGE_COST_RUNS = 3;

/** The timings page-cost.ts measures on each page. */
const TIMINGS = ['clickLongestMs', 'clickBlockingMs', 'autoLongestMs', 'autoBlockingMs', 'withoutGistLongestMs', 'withoutGistBlockingMs'] as const;
type Timing = (typeof TIMINGS)[number];

/** Each timing mapped by `of`. */
function byTiming<T>(of: (timing: Timing) => T): Record<Timing, T> {
  return Object.fromEntries(TIMINGS.map((timing) => [timing, of(timing)])) as Record<Timing, T>;
}

/** Timing by timing, the median of one page's runs; documents kept, the most any run kept. */
function medianCost(runs: PageCost[]): PageCost {
  return {
    page: runs[0]!.page,
    ...byTiming((timing) => median(runs.map((cost) => cost[timing]))),
    documentsKept: Math.max(...runs.map((cost) => cost.documentsKept)),
  };
}

export async function benchInBrowser(corpus: string) {
  if (!existsSync('/usr/bin/chromium') && !process.env.CHROMIUM_PATH) {
    console.log('\nChromium: skipped (no /usr/bin/chromium)');
    return null;
  }
  // Always built anew: a build left from another checkout or commit would be measured instead.
  execSync('npx wxt build', { cwd: resolve(import.meta.dirname, '../..'), env: { ...process.env, GIST_E2E: '1' }, stdio: 'ignore' });
  const pages: Record<string, string> = { '/seed.html': readFileSync(join(corpus, 'seed/blinken-wang.html'), 'utf8') };
  const newsPages = readabilityNewsPages(corpus);
  const news = newsPages.map((page) => page.folder);
  for (const page of newsPages) pages[`/news/${page.folder}.html`] = readFileSync(page.sourceHtml, 'utf8');
  const server = await servePages(pages);
  const session = await launchWithExtension();
  // Real pages link to fonts, ads and trackers elsewhere: only loopback traffic is allowed here.
  await session.context.route(
    (url) => url.origin !== server.origin,
    (route) => route.abort(),
  );
  try {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/seed.html`);
    const tabId = await tabIdOf(session, `${server.origin}/seed.html`);
    const computedRuns: { point: number; paint: number }[] = [];
    const cachedRuns: { point: number; paint: number }[] = [];
    for (let run = 0; run < RUNS; run++) computedRuns.push(await popupTiming(session, page, tabId, false));
    for (let run = 0; run < RUNS; run++) cachedRuns.push(await popupTiming(session, page, tabId, true));
    const computed = computedRuns.map((r) => r.point);
    const cached = cachedRuns.map((r) => r.point);
    const firstPaints = [...computedRuns, ...cachedRuns].map((r) => r.paint);
    console.log(
      `\nChromium ${RUNS} runs each, clock from the popup document's time origin (its navigation start): popup open → first key point painted, median ${median(cached).toFixed(0)} ms cached, ` +
        `${median(computed).toFixed(0)} ms computed on the click (popup's first paint of anything: median ${median(firstPaints).toFixed(0)} ms)`,
    );

    // 50 pages digested as they load, one after another in one tab.
    const heapBefore = await workerHeap(session);
    await session.worker.evaluate((stored) => chrome.storage.local.set(stored), {
      [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, autoSummarize: true } satisfies Settings,
    });
    const paths = ['/seed.html', ...news.map((folder) => `/news/${folder}.html`)].slice(0, 50);
    const reader = await session.context.newPage();
    let digested = 0;
    for (const path of paths) {
      const url = `${server.origin}${path}`;
      await reader.goto(url, { waitUntil: 'load' });
      const readerTab = await tabIdOf(session, url);
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        const stored = await cachedDigest(session, readerTab);
        if (stored?.url === url) {
          digested++;
          break;
        }
        await new Promise((done) => setTimeout(done, 50));
      }
    }
    const heapAfter = await workerHeap(session);
    console.log(
      `Service worker heap: ${heapBefore.afterGcMB.toFixed(1)} MB at start; after ${paths.length} pages (${digested} digested, others not articles) ` +
        `${heapAfter.usedMB.toFixed(1)} MB, ${heapAfter.afterGcMB.toFixed(1)} MB after GC`,
    );
    // What extraction costs the page itself, page by page.
    // Each page's median of PAGE_COST_RUNS runs (a shared machine's noise moves one run by 10 ms).
    const costs: PageCost[] = [];
    for (const folder of news) {
      const runs: PageCost[] = [];
      for (let run = 0; run < PAGE_COST_RUNS; run++) runs.push(await measurePageCost(session, session.context, `${server.origin}/news/${folder}.html`));
      costs.push(medianCost(runs));
    }
    const summary = (pick: (cost: PageCost) => number) => ({ median: median(costs.map(pick)), worst: Math.max(...costs.map(pick)) });
    const pageCost = {
      pages: costs.length,
      ...byTiming((timing) => summary((c) => c[timing])),
      documentsKept: summary((c) => c.documentsKept),
      perPage: costs,
    };
    const line = (label: string, value: { median: number; worst: number }) =>
      `${label} median ${value.median.toFixed(1)} ms, worst ${value.worst.toFixed(1)} ms`;
    console.log(
      `\nPage cost over ${costs.length} news pages (every main-thread task from Gist's first script on; each page's median of ${PAGE_COST_RUNS} runs):`,
    );
    console.log(`  on a click: ${line("Gist's longest task", pageCost.clickLongestMs)}; ${line('added blocking', pageCost.clickBlockingMs)}`);
    console.log(`  Auto-summarize: ${line("Gist's longest task", pageCost.autoLongestMs)}; ${line('added blocking', pageCost.autoBlockingMs)}`);
    console.log(
      `  the same pages loading without Gist: ${line('longest task', pageCost.withoutGistLongestMs)}; ${line('blocking', pageCost.withoutGistBlockingMs)}`,
    );
    console.log(`  documents the page still holds after three more clicks: median ${pageCost.documentsKept.median}, worst ${pageCost.documentsKept.worst}`);
    return {
      pageCost,
      popupToFirstPointMs: { cached: median(cached), computed: median(computed), firstPaint: median(firstPaints), runs: RUNS, cachedRuns, computedRuns },
      serviceWorkerHeapMB: {
        start: heapBefore.afterGcMB,
        after50Pages: heapAfter.usedMB,
        after50PagesAfterGc: heapAfter.afterGcMB,
        pages: paths.length,
        digested,
      },
    };
  } finally {
    await session.close();
    await server.close();
  }
}
