// What one change costs the web page in this browser's storage, and how
// long it takes to show: per tick of a checklist box and per keystroke in
// a note, the localStorage reads and writes and the JSON parses the page
// makes, counted by wrapping the browser's own methods before the page
// loads; and the time from the click to the next paint. Run on dist/:
//   node tests/e2e/bench/tick-cost.mjs   (prints one JSON object)
// Not a test: numbers for the benchmark's notes (NOTES.md), before and
// after a change. TICK_CPU=4 slows the CPU fourfold (as the benchmark's
// mobile runs do) for the timings.
import { launch, distDir } from '../fixtures/browser.mjs';
import { StaticServer } from '../fixtures/server.mjs';

const COUNT = () => {
  const counts = { reads: 0, writes: 0, parses: 0, keys: {} };
  const storage = Storage.prototype;
  for (const [name, kind] of [['getItem', 'reads'], ['setItem', 'writes'], ['removeItem', 'writes']]) {
    const original = storage[name];
    storage[name] = function (key, ...rest) {
      counts[kind] += 1;
      counts.keys[`${name} ${key}`] = (counts.keys[`${name} ${key}`] ?? 0) + 1;
      return original.call(this, key, ...rest);
    };
  }
  const parse = JSON.parse;
  JSON.parse = function (...args) { counts.parses += 1; return parse.apply(this, args); };
  window.__counts = counts;
};

const snapshot = (page) => page.evaluate(() => JSON.parse(JSON.stringify(window.__counts)));
const minus = (after, before) => ({
  reads: after.reads - before.reads,
  writes: after.writes - before.writes,
  parses: after.parses - before.parses - 1, // the snapshot's own parse
  keys: Object.fromEntries(Object.entries(after.keys)
    .map(([key, n]) => [key, n - (before.keys[key] ?? 0)]).filter(([, n]) => n > 0)),
});

const browser = await launch();
const server = await new StaticServer({ root: distDir }).start();
try {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(COUNT);
  const page = await context.newPage();
  const cpu = Number(process.env.TICK_CPU ?? 1);
  if (cpu > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.goto(`${server.url}index.html`);
  await page.locator('html.vge-live').waitFor({ state: 'attached' });
  await page.waitForTimeout(1500); // arrival's own writes settle
  const results = { cpu };
  /** Clicks `locator`'s element and times the click to just after the next paint. */
  const timed = (locator) => locator.evaluate((element) => new Promise((resolve) => {
    const start = performance.now();
    element.click();
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
  }));
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

  // Ticks: ten boxes, one after another; then what they cost each.
  let before = await snapshot(page);
  const times = [];
  for (const id of ['absorption', 'operation', 'coordination', 'values', 'institutions']) {
    for (const check of [true, false]) {
      const box = page.locator(`#vge-item-${id}`);
      times.push(await timed(box));
      if ((await box.isChecked()) !== check) throw new Error(`box ${id} did not follow the click`);
    }
  }
  await page.waitForTimeout(1000);
  const ticks = minus(await snapshot(page), before);
  results.perTick = { reads: ticks.reads / 10, writes: ticks.writes / 10, parses: ticks.parses / 10, keys: ticks.keys };
  results.tickToPaintMs = { median: median(times), max: Math.max(...times) };
  const phases = [];
  for (let i = 0; i < 21; i += 1) phases.push(await timed(page.getByRole('tab').nth((i + 1) % 3)));
  results.phaseClickToPaintMs = { median: median(phases), max: Math.max(...phases) };

  // A note typed at 20 keystrokes a second, then left.
  await page.locator('[data-explain=absorption]').click();
  const note = page.locator('textarea').first();
  await note.click();
  before = await snapshot(page);
  await note.pressSequentially('a note of forty characters, typed here.', { delay: 50 });
  await page.waitForTimeout(1000);
  const typed = minus(await snapshot(page), before);
  results.note = { keystrokes: 39, reads: typed.reads, writes: typed.writes, parses: typed.parses, keys: typed.keys };
  console.log(JSON.stringify(results, null, 2));
} finally {
  await browser.close();
  await server.stop();
}
