/**
 * What Gist costs the page it reads, in real Chromium: from a trace of the page's
 * main thread, Gist's longest task and the blocking time it adds (each task's time over 50 ms),
 * on a click and with Auto-summarize, against the same page without Gist.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { cachedDigest, documentCount, extractInTab, tabIdOf, type ExtensionSession } from '../../tests/support/browser';
import { SETTINGS_KEY } from '../../lib/extension/storage';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/extension/settings';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; scriptName?: string; functionName?: string } };
}

async function traced(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] },
    transferMode: 'ReportEvents',
  });
  await run();
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

/**
 * Tasks of the main thread of the renderer whose events mention `needle` (the extension's origin,
 * or the page's), from the first such event on. Not every task of Gist's names its script (the
 * steps after a yield resume without one), so on a page left idle every task from Gist's first
 * script to the end of the trace is counted as Gist's: an upper bound.
 */
function tasksFrom(events: TraceEvent[], needle: string): { ms: number }[] {
  const mainThreads = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const marks = events.filter((e) => mainThreads.has(`${e.pid}:${e.tid}`) && JSON.stringify(e.args ?? {}).includes(needle));
  const first = marks.sort((a, b) => a.ts - b.ts)[0];
  if (!first) return [];
  return events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === first.pid && e.tid === first.tid && e.ts + (e.dur ?? 0) >= first.ts)
    .map((e) => ({ ms: (e.dur ?? 0) / 1000 }));
}

const blocking = (tasks: { ms: number }[]) => tasks.reduce((sum, t) => sum + Math.max(0, t.ms - 50), 0);

export interface PageCost {
  page: string;
  clickLongestMs: number;
  clickBlockingMs: number;
  autoLongestMs: number;
  autoBlockingMs: number;
  withoutGistLongestMs: number;
  withoutGistBlockingMs: number;
  /** Documents the page holds after three more extractions, against before them (0: nothing kept). */
  documentsKept: number;
}

async function setAuto(session: ExtensionSession, on: boolean): Promise<void> {
  await session.worker.evaluate((stored) => chrome.storage.local.set(stored), {
    [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, autoSummarize: on } satisfies Settings,
  });
}

const CLICK = { force: true, whenIdle: false };
const settle = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** One page: loaded without Gist, then a click's extraction, then a load with Auto-summarize on. */
export async function measurePageCost(session: ExtensionSession, context: BrowserContext, url: string): Promise<PageCost> {
  const origin = `chrome-extension://${session.extensionId}`;
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await setAuto(session, false);
    const without = tasksFrom(await traced(cdp, async () => void (await page.goto(url, { waitUntil: 'load' }), await settle(1500))), new URL(url).origin);
    const tabId = await tabIdOf(session, url);
    const click = tasksFrom(await traced(cdp, async () => void (await extractInTab(session, tabId, CLICK), await settle(300))), origin);
    // Nothing of an extraction may stay in the page's memory: documents after three more clicks.
    const documentsBefore = await documentCount(cdp);
    for (let run = 0; run < 3; run++) await extractInTab(session, tabId, CLICK);
    const documentsKept = (await documentCount(cdp)) - documentsBefore;
    await setAuto(session, true);
    const autoUrl = `${url}#auto`;
    const auto = tasksFrom(
      await traced(cdp, async () => {
        await page.goto(autoUrl, { waitUntil: 'load' });
        const autoTab = await tabIdOf(session, autoUrl);
        for (let waited = 0; waited < 10_000 && (await cachedDigest(session, autoTab))?.url !== autoUrl; waited += 50) await settle(50);
        await settle(300);
      }),
      origin,
    );
    return {
      page: url,
      clickLongestMs: Math.max(0, ...click.map((t) => t.ms)),
      clickBlockingMs: blocking(click),
      autoLongestMs: Math.max(0, ...auto.map((t) => t.ms)),
      autoBlockingMs: blocking(auto),
      withoutGistLongestMs: Math.max(0, ...without.map((t) => t.ms)),
      withoutGistBlockingMs: blocking(without),
      documentsKept,
    };
  } finally {
    await setAuto(session, false);
    await page.close();
  }
}
