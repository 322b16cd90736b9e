// What one change costs the web page in this browser's storage, and how
// long it takes to show: per tick of a checklist box and per keystroke in
// a note, the localStorage reads and writes and the JSON parses the page
// makes, counted by wrapping the browser's own methods before the page
// loads; and the time from the click to the next paint. Run on dist/:
//   node tests/e2e/bench/tick-cost.mjs   (prints one JSON object)
// Not a test: numbers for the benchmark's notes (NOTES.md), before and
// after a change.
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
  await page.goto(`${server.url}index.html`);
  await page.locator('html.vge-live').waitFor({ state: 'attached' });
  await page.waitForTimeout(1500); // arrival's own writes settle
  const results = {};

  // Ticks: ten boxes, one after another; then what they cost each.
  let before = await snapshot(page);
  const times = [];
  for (const id of ['absorption', 'operation', 'coordination', 'values', 'institutions']) {
    for (const check of [true, false]) {
      const box = page.locator(`#vge-item-${id}`);
      const ms = await box.evaluate((input) => new Promise((resolve) => {
        const start = performance.now();
        input.click();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
      }));
      times.push(ms);
      if ((await box.isChecked()) !== check) throw new Error(`box ${id} did not follow the click`);
    }
  }
  await page.waitForTimeout(1000);
  const ticks = minus(await snapshot(page), before);
  results.perTick = { reads: ticks.reads / 10, writes: ticks.writes / 10, parses: ticks.parses / 10, keys: ticks.keys };
  times.sort((a, b) => a - b);
  results.clickToPaintMs = { median: times[5], max: times[9] };

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
