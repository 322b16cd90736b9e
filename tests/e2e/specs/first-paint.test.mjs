// The learner's page from the first paint (issue 19): with the wasm late
// (its request held until the page is complete and has painted for a
// while) or never arriving (refused), every frame from the first one with
// content shows the phase the address names (else the one an embedding
// page keeps) and the learner's saved ticks, with the tabs, the Tab order,
// the panel shown and the boxes agreeing; and the wasm takes over from
// exactly that, so no frame flips back to the build's defaults. The boot
// script paints from the paint hint the wasm writes into the record (its
// `paint` member, src/formats/paint_hint.rs); of the rest of the record it
// reads only the language chosen last time, and only on index.html. Any
// other data in the hint paints the defaults and throws nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSession } from '../fixtures/session.mjs';
import { eventually } from '../fixtures/eventually.mjs';
import { sampleFrames, framesOf, wrongFrames, describeFrames, holdWasm, nextFrames } from '../fixtures/frames.mjs';

const session = useSession();
const { withWidget } = session;
const KEY = 'value-governance-explorer:progress';
/** A stored record whose paint hint is `hint` (JSON text, or any text). */
const recordWith = (hint) => `{"version":3,"checked":[],"paint":${hint}}`;
/** The paint hint the record in `page`'s storage carries. */
const storedHint = async (page) => JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY))?.paint;
const held = {};
// The wasm is refused; the console error that follows is expected.
const blocked = { ...held, ignoreConsole: [/Failed to load resource|wasm|WebAssembly|fetch/i], ignorePageErrors: [/fetch|wasm|WebAssembly/i] };

// Frames the page paints, complete and without the wasm, before a held
// wasm is let through: the boot script's page as a learner on a slow
// connection would see it for a while.
const FRAMES_BEFORE_WASM = 30;

/**
 * Goes to `address` with the wasm held or refused (`wasm`), and returns the
 * frames sampled from navigation until the page settled, and a few after.
 * Held: once the page has loaded and asked for its wasm (the loader asks
 * after the first contentful paint), it paints FRAMES_BEFORE_WASM frames,
 * then the wasm is let through and the page waited for until it is live.
 * Refused: until the failed load has taken the page back to its plain
 * version (the boot script drops `vge-js`). Each step waits for an event or
 * a state, never a fixed time.
 */
async function framesUntilSettled(page, address, { wasm }) {
  const gate = await holdWasm(page, { abort: wasm === 'blocked' });
  await page.goto(address);
  await gate.requested();
  if (wasm === 'held') {
    await nextFrames(page, FRAMES_BEFORE_WASM);
    gate.release();
    await page.locator('html.vge-live').waitFor({ state: 'attached', timeout: 20000 });
  } else {
    await page.waitForFunction(() => !document.documentElement.classList.contains('vge-js'), null, { timeout: 20000 });
  }
  await nextFrames(page, 10);
  return framesOf(page);
}

function assertEveryFrame(frames, expected, label) {
  const wrong = wrongFrames(frames, expected);
  assert.deepEqual(wrong.map((frame) => frame.index), [], `${label}: frames showing something else:\n${describeFrames(frames)}`);
  if (expected.wasm === 'held') assert.ok(frames.some((frame) => frame.live), `${label}: the wasm took over within the frames`);
}

/** Sums the page's layout shifts from its start (buffered). */
const layoutShift = (page) => page.evaluate(() => new Promise((resolve) => {
  let total = 0;
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) total += entry.value; })
    .observe({ type: 'layout-shift', buffered: true });
  requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
}));

const DEEP_LINKS = [
  ['the English page', 'index.html#phase=comprehensive', 'comprehensive'],
  ['an embedding page', 'embed.html#phase=interest', 'interest'],
  ['the Chinese page', 'zh.html?phase=unity#phase=comprehensive', 'comprehensive'],
];

for (const wasm of ['held', 'blocked']) {
  for (const [name, address, phase] of DEEP_LINKS) {
    test(`a deep link to a phase on ${name} shows it from the first paint, the wasm ${wasm}`, () =>
      withWidget(wasm === 'held' ? held : blocked, async (widget, page) => {
        await sampleFrames(page);
        const frames = await framesUntilSettled(page, `${session.url}${address}`, { wasm });
        assertEveryFrame(frames, { phase, ticked: [], wasm }, address);
        if (wasm === 'held') assert.equal(await layoutShift(page), 0, 'CLS 0');
      }));
  }
}

/** A first visit with the wasm: the learner ticks `ticks` (and on an embedding page chooses `phase`). */
async function firstVisit(widget, page, file, { ticks, phase }) {
  await widget.open(`${session.url}${file}`);
  if (phase) await widget.tab(new RegExp(phase, 'i')).click();
  for (const id of ticks) await page.locator(`#vge-item-${id}`).check();
  await eventually(async () => {
    assert.deepEqual((await storedHint(page))?.ticked, [...ticks].sort());
  });
  // The service worker would answer the next visit's wasm request itself,
  // past the route that holds it back.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
  });
}

for (const wasm of ['held', 'blocked']) {
  test(`a returning learner's ticks are ticked from the first paint, the wasm ${wasm}`, () =>
    withWidget(wasm === 'held' ? held : blocked, async (widget, page) => {
      await firstVisit(widget, page, 'index.html', { ticks: ['values', 'absorption'] });
      await sampleFrames(page);
      const frames = await framesUntilSettled(page, `${session.url}index.html`, { wasm });
      assertEveryFrame(frames, { phase: 'unity', ticked: ['absorption', 'values'], wasm }, 'returning');
      if (wasm === 'held') {
        assert.match(await widget.progress.innerText(), /1 of 3/);
        assert.equal(await layoutShift(page), 0, 'CLS 0');
      }
    }));

  test(`an embedding page opens at the learner's last phase with their ticks from the first paint, the wasm ${wasm}`, () =>
    withWidget(wasm === 'held' ? held : blocked, async (widget, page) => {
      await firstVisit(widget, page, 'zh-embed.html', { ticks: ['cohesion'], phase: '利益目标' });
      await sampleFrames(page);
      const frames = await framesUntilSettled(page, `${session.url}zh-embed.html`, { wasm });
      assertEveryFrame(frames, { phase: 'interest', ticked: ['cohesion'], wasm }, 'embedding, returning');
    }));
}

test('the address\'s phase wins over the one an embedding page kept', () =>
  withWidget(held, async (widget, page) => {
    await firstVisit(widget, page, 'embed.html', { ticks: [], phase: 'Interest goals' });
    await sampleFrames(page);
    // A new document, not a move within this one's fragment.
    await page.goto('about:blank');
    const frames = await framesUntilSettled(page, `${session.url}embed.html#phase=comprehensive`, { wasm: 'held' });
    assertEveryFrame(frames, { phase: 'comprehensive', ticked: [], wasm: 'held' }, 'address over kept');
  }));

test('a painted tick the learner takes back before the wasm arrives stays taken back, and is saved so', () =>
  withWidget(held, async (widget, page) => {
    await firstVisit(widget, page, 'index.html', { ticks: ['values', 'cohesion'] });
    const gate = await holdWasm(page);
    await page.goto(`${session.url}index.html`);
    assert.equal(await page.locator('#vge-item-values').isChecked(), true, 'painted');
    await page.locator('#vge-item-values').uncheck();
    await page.locator('#vge-item-absorption').check();
    // The wasm was really held back (not answered by a service worker).
    await gate.requested();
    gate.release();
    await widget.ready();
    assert.equal(await page.locator('#vge-item-values').isChecked(), false);
    assert.equal(await page.locator('#vge-item-absorption').isChecked(), true);
    assert.equal(await page.locator('#vge-item-cohesion').isChecked(), true);
    await eventually(async () => {
      const record = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY));
      assert.deepEqual([...record.checked].sort(), ['absorption', 'cohesion']);
    });
  }));

const BAD_HINTS = [
  ['not JSON', '{"v":1,"ticked":["values"'],
  ['another version', '{"v":2,"phase":"interest","ticked":["values"]}'],
  ['ticks that are not a list', '{"v":1,"phase":"interest","ticked":"values"}'],
  ['a tick that is not an id', '{"v":1,"phase":"interest","ticked":["values",{"id":"cohesion"}]}'],
  ['a phase that is not text', '{"v":1,"phase":2,"ticked":["values"]}'],
  ['null', 'null'],
  ['a list', '["values"]'],
  ['a string', '"values"'],
];

for (const [name, text] of BAD_HINTS) {
  test(`a paint hint that is ${name} paints the defaults and throws nothing`, () =>
    withWidget({ ...blocked, viewport: { width: 600, height: 700 } }, async (widget, page) => {
      await page.addInitScript(([key, value]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key, value);
          sessionStorage.setItem('seeded', '1');
        }
      }, [KEY, recordWith(text)]);
      await sampleFrames(page);
      const frames = await framesUntilSettled(page, `${session.url}embed.html`, { wasm: 'blocked' });
      assertEveryFrame(frames, { phase: 'unity', ticked: [], wasm: 'blocked' }, name);
    }));
}

test('a hint naming what the content lacks paints the rest', () =>
  withWidget(blocked, async (widget, page) => {
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value),
      [KEY, recordWith('{"v":1,"phase":"no-such-phase","ticked":["no-such-item","values"],"more":true}')]);
    await sampleFrames(page);
    const frames = await framesUntilSettled(page, `${session.url}embed.html`, { wasm: 'blocked' });
    assertEveryFrame(frames, { phase: 'unity', ticked: ['values'], wasm: 'blocked' }, 'unknown ids');
  }));

test('a package page paints the address\'s phase but never this browser\'s web work', () =>
  withWidget(blocked, async (widget, page) => {
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value),
      [KEY, recordWith('{"v":1,"phase":"interest","ticked":["values"]}')]);
    await sampleFrames(page);
    const frames = await framesUntilSettled(page, `${session.url}scorm.html#phase=comprehensive`, { wasm: 'blocked' });
    assertEveryFrame(frames, { phase: 'comprehensive', ticked: [], wasm: 'blocked' }, 'package');
  }));
