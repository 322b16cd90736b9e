// The widget inside a course page served from another origin: auto-height
// with embed.js (one frame, and a Label-like and a Page-like frame on one
// page), scrolling without it, start options and where a reload leaves the
// learner, a sandboxed frame and a frame whose storage throws, progress
// events, foreign messages ignored, keys never taken from the host, any
// sub-path, and a frame pinned to a phase leaving the kept phase alone.
// (The code generator is on the page for teachers: teacher.test.mjs.)
import fs from 'node:fs';
import path from 'node:path';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, watchedContext, distDir, screenshot } from '../fixtures/browser.mjs';
import { StaticServer } from '../fixtures/server.mjs';
import { WidgetPage } from '../fixtures/widget.mjs';
import { eventually } from '../fixtures/eventually.mjs';

let browser;
let app;
let hostServer;
let foreignServer;
const hosts = ['127.0.0.1', 'localhost', '127.0.0.2'];

before(async () => {
  browser = await launch();
  app = await new StaticServer({ root: distDir, prefix: '/course/unit/' }).start();
  // The course page: same machine, another origin (localhost, not 127.0.0.1).
  hostServer = await new StaticServer({ root: distDir, prefix: '/none/' }).start();
  // A third origin, for a frame that tries to command the widget.
  foreignServer = await new StaticServer({ root: distDir, prefix: '/none/', host: '127.0.0.2' }).start();
});

after(async () => {
  await browser?.close();
  await Promise.all([app, hostServer, foreignServer].map((server) => server?.stop()));
});

const hostOrigin = () => `http://localhost:${hostServer.port}`;

/** Serves a course page at the host origin and returns its URL. */
function coursePage(name, { file = '', query = 'embed=1', fragment = '', script = true, sandbox = null, height = 300, extra = '', sameSite = false } = {}) {
  const src = `${app.url}${file}${query ? `?${query}` : ''}${fragment ? `#${fragment}` : ''}`;
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Course page</title><link rel="icon" href="data:,">
<style>body{font-family:sans-serif;margin:2rem;background:#f3efe6} iframe{display:block}</style></head>
<body><h1>Unit 3: Local governance</h1>
<p><label>Search the course <input id="search" value="value governance"></label></p>
<iframe id="widget" data-value-governance src="${src}" title="Value Governance Explorer" width="100%" height="${height}"
  style="border:0" ${sandbox === null ? '' : `sandbox="${sandbox}"`}></iframe>
<p><a href="#next" id="next">Next lesson</a></p>
${extra}
<script>
  window.received = [];
  window.addEventListener('message', (event) => {
    if (event.data && event.data.type === 'vge:progress') window.received.push({ origin: event.origin, data: event.data });
  });
</script>
${script ? `<script src="${app.url}embed.js"></script>` : ''}
</body></html>`;
  // `sameSite`: the course page on the widget's own origin, where this test
  // browser lets the frame keep storage (it refuses it to another site's
  // frame; real browsers mostly partition it per course site instead).
  const server = sameSite ? app : hostServer;
  server.extraRoutes[`/${name}.html`] = { type: 'text/html; charset=utf-8', body: html };
  return `${sameSite ? app.origin : hostOrigin()}/${name}.html`;
}

/** The widget's frame (the Frame, not a locator), to run code in. */
const widgetFrame = (page) => page.frame({ url: /course\/unit/ });

/**
 * Waits, in the host page, for a sentinel the widget's frame posts to it:
 * messages from one window to another arrive in order, so anything the
 * widget posted before has arrived too.
 */
async function afterTheFrame(page) {
  const frame = widgetFrame(page);
  const arrived = page.evaluate(() => new Promise((resolve) => {
    window.addEventListener('message', (event) => { if (event.data === 'vge-test-sentinel') resolve(); });
  }));
  await page.evaluate(() => 0);
  await frame.evaluate(() => parent.postMessage('vge-test-sentinel', '*'));
  await arrived;
}

/** Starts listening in the widget's frame for a 'done' message. */
async function expectDone(page) {
  await widgetFrame(page).evaluate(() => {
    window.__done = new Promise((resolve) => {
      window.addEventListener('message', (event) => {
        // Messages are dispatched in order: all before 'done' were handled;
        // two frames later anything they changed has rendered.
        if (event.data === 'done') requestAnimationFrame(() => requestAnimationFrame(resolve));
      });
    });
  });
}

/** Waits until the widget's frame has heard 'done' (see expectDone). */
async function heardDone(page) {
  await widgetFrame(page).evaluate(() => window.__done);
}

async function withHost(url, body, { init, ...options } = {}) {
  const watched = await watchedContext(browser, { allowedHosts: hosts, viewport: { width: 900, height: 800 }, ...options });
  try {
    // A script every document of the context runs first, the frame's included.
    if (init) await watched.context.addInitScript(init);
    const page = await watched.context.newPage();
    // Requests sent and not yet answered, for a failure's message.
    page.pending = new Set();
    page.on('request', (request) => page.pending.add(request.url()));
    for (const done of ['requestfinished', 'requestfailed']) page.on(done, (request) => page.pending.delete(request.url()));
    await page.goto(url);
    const frame = page.frameLocator('#widget');
    // The wasm has taken over the pre-rendered page.
    await frame.locator('html.vge-live').waitFor({ state: 'attached' });
    try {
      await body(page, frame, watched);
    } catch (error) {
      // What the pages reported meanwhile (a panic, a console error) says
      // more about a timeout than the timeout does.
      if (watched.problems.length) error.message += `\nthe page also reported:\n${watched.problems.join('\n')}`;
      error.message += `\nthe frame then: ${await frameState(page)}`;
      await screenshot(page, `failed-${path.basename(url)}`).catch(() => {});
      throw error;
    }
    watched.assertClean();
  } finally {
    await watched.context.close();
  }
}

/** Where the widget's frame is and what it shows, for a failure's message. */
async function frameState(page) {
  const frames = page.frames().map((frame) => frame.url()).join(', ');
  const frame = widgetFrame(page);
  if (!frame) return `no widget frame among ${frames}`;
  // A deadline, not a wait for an event: a hung document sends none, and
  // this runs only to describe a failure.
  const shown = await Promise.race([
    frame.evaluate(() => [
      document.documentElement.className,
      `stylesheets ${document.styleSheets.length}, checklists ${document.querySelectorAll('.vge-checklist').length}, checkboxes ${document.querySelectorAll('input[type=checkbox]').length}`,
      document.body?.innerText.slice(0, 200).replace(/\s+/g, ' '),
    ].join(' | ')),
    new Promise((resolve) => setTimeout(() => resolve('(its document did not answer in 2 s)'), 2000)),
  ]).catch((error) => `(could not ask it: ${error.message})`);
  return `${frame.url()}: ${shown}; requests unanswered: ${[...(page.pending ?? [])].join(', ') || 'none'}`;
}

const frameHeight = (page) => page.locator('#widget').evaluate((frame) => frame.getBoundingClientRect().height);
const contentHeight = (page) => widgetFrame(page).evaluate(() => document.querySelector('.vge').getBoundingClientRect().height);

test('with embed.js the frame is as tall as the widget, and follows it', () =>
  withHost(coursePage('sized'), async (page, frame) => {
    await eventually(async () => assert.ok(Math.abs(await frameHeight(page) - await contentHeight(page)) <= 3));
    const before = await frameHeight(page);
    assert.ok(before > 600, `frame grew from 300 to ${before}`);
    // Embedded chrome: no page header, the citation still there, no Embed button.
    assert.equal(await frame.locator('h1').count(), 0);
    assert.match(await frame.locator('.vge-citation').innerText(), /Zhou Shangjun/);
    assert.equal(await frame.getByRole('button', { name: 'Embed in a course page' }).count(), 0);
    await frame.locator('[data-explain=absorption]').click();
    await eventually(async () => assert.ok(await frameHeight(page) > before + 40, 'the frame grew with the panel'));
    await eventually(async () => assert.ok(Math.abs(await frameHeight(page) - await contentHeight(page)) <= 3));
    // Out-of-process frames do not paint into full-page captures: show the viewport.
    await page.setViewportSize({ width: 900, height: 1300 });
    await page.locator('#widget').evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'host-page-embedded', { fullPage: false });
  }));

test('without embed.js the frame keeps its height and scrolls', () =>
  withHost(coursePage('plain', { script: false }), async (page, frame) => {
    assert.equal(await frameHeight(page), 300);
    // Measured in the frame's document once it is laid out (under load the
    // frame can still be settling when the widget has gone live).
    await eventually(async () => {
      const { scrollHeight, clientHeight } = await widgetFrame(page).evaluate(() => ({
        scrollHeight: document.documentElement.scrollHeight, clientHeight: document.documentElement.clientHeight,
      }));
      assert.ok(scrollHeight > clientHeight, `content is reachable by scrolling (${scrollHeight} > ${clientHeight})`);
    });
    await frame.locator('.vge-checklist').getByRole('checkbox', { name: /Methodology/ }).check();
    assert.equal(await frameHeight(page), 300);
  }));

test('embedded at 320 px wide: usable, nothing cut off, no sideways scrolling', () =>
  withHost(coursePage('narrow'), async (page, frame) => {
    const inner = widgetFrame(page);
    assert.equal(await inner.evaluate(() => document.documentElement.clientWidth), 320);
    const overflow = await inner.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0);
    assert.equal(await inner.evaluate(() => getComputedStyle(document.querySelector('[role=tablist]')).flexDirection), 'column');
    await frame.getByRole('tab', { name: /Comprehensive goals/ }).click();
    await frame.locator('.vge-checklist').getByRole('checkbox', { name: /Methodology/ }).check();
    assert.match(await frame.getByTestId('progress').innerText(), /1 of 9/);
  }, { viewport: { width: 384, height: 800 } }));

test('start options choose phase, view and language inside the frame', async () => {
  await withHost(coursePage('timeline-zh', { query: 'embed=1&lang=zh&view=timeline', fragment: 'phase=comprehensive' }), async (page, frame) => {
    assert.equal(await frame.locator('[role=tab][aria-selected=true]').getAttribute('data-phase'), 'comprehensive');
    assert.equal(await frame.locator('[role=tab][aria-selected=true] .vge-step-name').innerText(), '综合目标');
    assert.equal(await frame.locator('.vge-checklist').getByRole('checkbox').count(), 0, 'the timeline only');
  });
  await withHost(coursePage('checklist-en', { query: 'embed=1&lang=en&view=checklist' }), async (page, frame) => {
    assert.equal(await frame.getByRole('tablist').count(), 0, 'the checklist only');
    assert.equal(await frame.locator('.vge-checklist').getByRole('checkbox').count(), 9);
    assert.equal(await frame.locator('html').getAttribute('lang'), 'en');
  });
  // Unknown or malformed values fall back to the defaults, silently.
  await withHost(coursePage('junk', { query: 'embed=1&lang=xx&view=%3Cb%3E', fragment: 'phase=later' }), async (page, frame) => {
    assert.equal(await frame.locator('[role=tab][aria-selected=true]').getAttribute('data-phase'), 'unity');
    assert.equal(await frame.locator('.vge-checklist').getByRole('checkbox').count(), 9);
  });
});

test('in a sandboxed frame (scripts only) it works in memory and says so', () =>
  withHost(coursePage('sandboxed', { sandbox: 'allow-scripts' }), async (page, frame) => {
    assert.match(await frame.getByTestId('storage-notice').innerText(), /not letting the widget save inside this course page/);
    await frame.locator('.vge-checklist').getByRole('checkbox', { name: /Value goal absorption/ }).check();
    await eventually(async () => assert.match(await frame.getByTestId('progress').innerText(), /1 of 3 dimensions/));
    await frame.getByRole('tab', { name: /Interest goals/ }).click();
    assert.equal(await frame.locator('[role=tab][aria-selected=true]').getAttribute('data-phase'), 'interest');
    // Its height still reaches the host (the script checks the window, not the origin).
    await eventually(async () => assert.ok(await frameHeight(page) > 600));
  }));

test('the host receives progress events in the documented shape', () =>
  withHost(coursePage('events', { query: `embed=1&host=${encodeURIComponent(hostOrigin())}` }), async (page, frame) => {
    await frame.locator('.vge-checklist').getByRole('checkbox', { name: /Value goal absorption/ }).check();
    await eventually(async () => assert.equal(await page.evaluate(() => window.received.length), 1));
    const [{ origin, data }] = await page.evaluate(() => window.received);
    assert.equal(origin, new URL(app.url).origin);
    const canonical = app.url;
    assert.deepEqual(data, {
      type: 'vge:progress', version: 1, event: 'progressed', item: 'absorption', checked: ['absorption'],
      core: { done: 1, total: 3 }, all: { done: 1, total: 9 }, complete: false,
      statement: {
        verb: { id: 'http://adlnet.gov/expapi/verbs/progressed', display: { 'en-US': 'progressed' } },
        object: { id: `${canonical}#item=absorption`, objectType: 'Activity', definition: { name: { 'en-US': 'Value goal absorption' } } },
        result: { completion: false, score: { scaled: 1 / 3 } },
      },
    });
    await frame.locator('.vge-checklist').getByRole('checkbox', { name: /Value governance operation/ }).check();
    await frame.locator('.vge-checklist').getByRole('checkbox', { name: /Value coordination and feedback/ }).check();
    await eventually(async () => assert.equal(await page.evaluate(() => window.received.length), 3));
    const last = (await page.evaluate(() => window.received))[2].data;
    assert.equal(last.event, 'completed');
    assert.equal(last.complete, true);
    assert.equal(last.statement.verb.id, 'http://adlnet.gov/expapi/verbs/completed');
    assert.equal(last.statement.object.id, canonical);
    assert.equal('actor' in last.statement, false, 'the actor is left to the host');
    // embed.js also hands each one to the page as a DOM event on the iframe.
    const detail = page.evaluate(() => new Promise((resolve) => {
      document.querySelector('#widget').addEventListener('vge:progress', (event) => resolve(event.detail), { once: true });
    }));
    await frame.locator('.vge-checklist').getByRole('checkbox', { name: /Values/ }).check();
    assert.equal((await detail).item, 'values');
  }));

test('the host hears of a box unticked before the wasm took over, never of the work found saved', async () => {
  const { storageKey } = JSON.parse(fs.readFileSync(path.join(distDir, 'build.json'), 'utf8'));
  // On the widget's own site, where this browser lets the frame keep its work.
  const url = coursePage('early-change', { sameSite: true });
  // No service worker: it would serve the wasm past the route that holds it
  // (Playwright says so in the console; the page must take it in its stride).
  const watched = await watchedContext(browser, {
    allowedHosts: hosts, viewport: { width: 900, height: 800 }, serviceWorkers: 'block',
    ignoreConsole: [/^Service Worker registration blocked by Playwright$/],
  });
  try {
    const page = await watched.context.newPage();
    const frame = page.frameLocator('#widget');
    const live = () => frame.locator('html.vge-live').waitFor({ state: 'attached' });
    await page.goto(url);
    await live();
    await frame.locator('#vge-item-values').check();
    await frame.locator('#vge-item-cohesion').check();
    await eventually(async () => {
      const record = JSON.parse(await widgetFrame(page).evaluate((key) => localStorage.getItem(key), storageKey));
      assert.deepEqual([...record.checked].sort(), ['cohesion', 'values']);
    });
    // Back with nothing changed: what the widget finds saved is no news.
    await page.reload();
    await live();
    await afterTheFrame(page);
    assert.deepEqual(await page.evaluate(() => window.received), []);
    // Back again, the wasm held back: the learner unticks a painted box
    // before it takes the page over. Once it has, the host hears of it.
    let release;
    const waiting = new Promise((resolve) => { release = resolve; });
    await watched.context.route('**/*.wasm', async (route) => { await waiting; await route.continue(); });
    await page.reload();
    const values = frame.locator('#vge-item-values');
    await eventually(async () => assert.equal(await values.isChecked(), true, 'painted from the hint'));
    assert.equal(await frame.locator('html.vge-live').count(), 0, 'the wasm is held back');
    await values.uncheck();
    release();
    await live();
    await eventually(async () => {
      const received = await page.evaluate(() => window.received.map((message) => message.data));
      assert.equal(received.length, 1);
      assert.deepEqual(received[0].checked, ['cohesion']);
    });
    watched.assertClean();
  } finally {
    await watched.context.close();
  }
});

test('with host= naming another origin, this host receives nothing', () =>
  withHost(coursePage('other-host', { query: 'embed=1&host=https://lms.example.edu' }), async (page, frame) => {
    const values = frame.locator('.vge-checklist').getByRole('checkbox', { name: /Values/ });
    // Twice in full runs of .ci/test (never alone, nor in 15 runs of this
    // spec) this frame's stylesheet was still unanswered 30 s on and the
    // box never found. What was pending is printed, and the course page
    // loaded once more: what this test holds is what the host receives.
    if (!(await values.waitFor({ timeout: 10000 }).then(() => true, () => false))) {
      console.log(`# the frame was not ready after 10 s, loaded again: ${await frameState(page)}`);
      await page.reload();
      await frame.locator('html.vge-live').waitFor({ state: 'attached' });
    }
    await values.check();
    await eventually(async () => assert.match(await frame.getByTestId('progress').innerText(), /1 of 9/));
    // Messages from one window to another arrive in order: once a sentinel
    // the frame posts after the tick has arrived, a progress event would have.
    await afterTheFrame(page);
    assert.equal(await page.evaluate(() => window.received.length), 0);
    assert.equal(await frameHeight(page), 300, 'not even the height');
  }));

test('commands are taken from the parent only; a foreign frame changes nothing', () => {
  const foreign = `<iframe id="foreign" title="Another tool" src="http://127.0.0.2:${foreignServer.port}/attack.html" width="200" height="50"></iframe>`;
  foreignServer.extraRoutes['/attack.html'] = {
    type: 'text/html; charset=utf-8',
    body: `<!doctype html><title>attack</title><script>
      window.addEventListener('message', (event) => {
        if (event.data !== 'go') return;
        const widget = parent.frames[0];
        widget.postMessage({ type: 'vge:select-phase', version: 1, phase: 'comprehensive' }, '*');
        widget.postMessage('{"type":"vge:select-phase","version":1,"phase":"comprehensive"}', '*');
        widget.postMessage('done', '*');
        parent.postMessage('sent', '*');
      });
    </script>`,
  };
  return withHost(coursePage('foreign', { extra: foreign }), async (page, frame) => {
    const selected = () => frame.locator('[role=tab][aria-selected=true]').getAttribute('data-phase');
    // The widget hears the foreign frame's messages before its 'done', in order.
    await expectDone(page);
    await page.evaluate(() => new Promise((resolve) => {
      window.addEventListener('message', (event) => { if (event.data === 'sent') resolve(); });
      document.querySelector('#foreign').contentWindow.postMessage('go', '*');
    }));
    await heardDone(page);
    assert.equal(await selected(), 'unity', 'a foreign frame cannot select a phase');
    // Malformed messages from the parent are ignored too.
    await expectDone(page);
    await page.evaluate(() => {
      const widget = document.querySelector('#widget').contentWindow;
      for (const message of [null, 42, 'x', { type: 'vge:select-phase' }, { type: 'vge:select-phase', version: 2, phase: 'interest' },
        { type: 'vge:select-phase', version: 1, phase: '<img src=x>' }, { type: 'vge:select-phase', version: 1, phase: ['interest'] }, 'done']) {
        widget.postMessage(message, '*');
      }
    });
    await heardDone(page);
    assert.equal(await selected(), 'unity');
    // The documented command from the parent works.
    await page.evaluate(() => document.querySelector('#widget').contentWindow
      .postMessage({ type: 'vge:select-phase', version: 1, phase: 'interest' }, '*'));
    await eventually(async () => assert.equal(await selected(), 'interest'));
  });
});

test('arrow keys in a host text field never reach the widget; Tab leaves the frame', () =>
  withHost(coursePage('keys'), async (page, frame) => {
    const selected = () => frame.locator('[role=tab][aria-selected=true]').getAttribute('data-phase');
    await page.locator('#search').click();
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft', 'Home', 'End', 'ArrowDown', 'ArrowUp']) {
      await page.keyboard.press(key);
    }
    assert.equal(await selected(), 'unity');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'search');
    // Keyboard users can go through the widget and out the other side, to
    // the host's next link.
    const focusable = await widgetFrame(page).evaluate(() =>
      document.querySelectorAll('button, input:not([type=file]), [tabindex="0"], textarea, a[href]').length);
    let entered = false;
    let reached = false;
    for (let step = 0; step < focusable + 5 && !reached; step += 1) {
      await page.keyboard.press('Tab');
      const active = await page.evaluate(() => document.activeElement?.id);
      // Focus moves into a cross-origin frame asynchronously: ask the frame too.
      entered ||= active === 'widget' || await widgetFrame(page).evaluate(() => document.hasFocus());
      reached = active === 'next';
    }
    assert.ok(entered, 'Tab went into the widget');
    assert.ok(reached, 'Tab came out of the widget to the host page');
  }));

test('copied under a deep sub-path, it works from there', async () => {
  const deep = await new StaticServer({ root: distDir, prefix: '/courses/2026/spring/pol-310/unit-3/explorer/' }).start();
  const watched = await watchedContext(browser);
  try {
    const page = await watched.context.newPage();
    const widget = new WidgetPage(page);
    await widget.open(`${deep.url}#phase=interest`);
    await widget.expectSelected('interest');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
    const scope = await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.scope));
    assert.equal(scope, deep.url);
    assert.ok(deep.requests.every((path) => path.startsWith('/courses/2026/spring/pol-310/unit-3/explorer/')), deep.requests.join(' '));
    watched.assertClean();
  } finally {
    await watched.context.close();
    await deep.stop();
  }
});

test('start at, as a learner meets it: the default code opens where the learner left off, a pinned phase at that phase', async () => {
  // The frame loads the code's address again on every load of the course
  // page, so the widget keeps the learner's last phase with their work and
  // opens there unless the code pins a phase.
  await withHost(coursePage('default-start', { file: 'embed.html', query: '', height: 720, sameSite: true }), async (page, frame) => {
    assert.equal(await frame.locator('[role=tab][aria-selected=true]').getAttribute('data-phase'), 'unity');
    await frame.getByRole('tab', { name: /Comprehensive goals/ }).click();
    await eventually(async () => assert.match(widgetFrame(page).url(), /#phase=comprehensive$/));
    await page.reload();
    await frame.locator('html.vge-live').waitFor({ state: 'attached' });
    await eventually(async () => assert.equal(await frame.locator('[role=tab][aria-selected=true]').getAttribute('data-phase'), 'comprehensive'));
  });
  await withHost(coursePage('pinned-start', { file: 'embed.html', query: '', fragment: 'phase=interest', height: 720, sameSite: true }), async (page, frame) => {
    assert.equal(await frame.locator('[role=tab][aria-selected=true]').getAttribute('data-phase'), 'interest');
    await frame.getByRole('tab', { name: /Comprehensive goals/ }).click();
    await eventually(async () => assert.match(widgetFrame(page).url(), /#phase=comprehensive$/));
    // The teacher's pin wins over the learner's last phase.
    await page.reload();
    await frame.locator('html.vge-live').waitFor({ state: 'attached' });
    assert.equal(await frame.locator('[role=tab][aria-selected=true]').getAttribute('data-phase'), 'interest');
  });
});

test('a frame pinned to a phase leaves the phase kept for the learner alone: an unpinned frame still opens where they left off', async () => {
  await withHost(coursePage('kept-phase', { file: 'embed.html', query: '', height: 720, sameSite: true }), async (page, frame) => {
    await frame.getByRole('tab', { name: /Comprehensive goals/ }).click();
    await eventually(async () => assert.match(widgetFrame(page).url(), /#phase=comprehensive$/));
    // The learner then meets a frame whose code starts at Phase 2, and
    // reads Phase 1 in it.
    await page.goto(coursePage('pinned-elsewhere', { file: 'embed.html', query: '', fragment: 'phase=interest', height: 720, sameSite: true }));
    await frame.locator('html.vge-live').waitFor({ state: 'attached' });
    assert.equal(await frame.locator('[role=tab][aria-selected=true]').getAttribute('data-phase'), 'interest');
    await frame.getByRole('tab', { name: /Unity goals/ }).click();
    await eventually(async () => assert.match(widgetFrame(page).url(), /#phase=unity$/));
    await frame.locator('.vge-checklist').getByRole('checkbox', { name: /Values/ }).check();
    await eventually(async () => assert.match(
      await widgetFrame(page).evaluate(() => localStorage.getItem('value-governance-explorer:progress')), /"values"/));
    // Back on the unpinned frame: where they left off there, and the tick
    // made in the pinned frame (the work is one).
    await page.goto(coursePage('kept-phase', { file: 'embed.html', query: '', height: 720, sameSite: true }));
    await frame.locator('html.vge-live').waitFor({ state: 'attached' });
    assert.equal(await frame.locator('[role=tab][aria-selected=true]').getAttribute('data-phase'), 'comprehensive');
    assert.equal(await frame.locator('.vge-checklist').getByRole('checkbox', { name: /Values/ }).isChecked(), true);
  });
});

test('a frame whose localStorage throws says the work goes on reload or leaving, and how to keep it, in both languages', async () => {
  for (const [lang, query, text, link, href] of [
    ['en', 'embed=1', /not letting the widget save inside this course page, so your ticks, notes and answers go when the page is reloaded or left\. To keep them, download them under “Keep your work”, or use the widget in a tab of its own, where browsers usually let it save\.\nOpen the widget in a new tab$/,
      'Open the widget in a new tab', `${app.url}?lang=en`],
    ['zh', 'embed=1&lang=zh', /不允许本工具在这个课程页面中保存数据，你的勾选、笔记和答案会在页面重新加载或离开时丢失。要保留它们，请在“保存你的学习记录”中下载，或在单独的标签页中使用本工具，浏览器通常允许它在那里保存。\n在新标签页中打开本工具$/,
      '在新标签页中打开本工具', `${app.url}zh.html`],
  ]) {
    await withHost(coursePage(`throwing-${lang}`, { query }), async (page, frame, watched) => {
      const notice = frame.getByTestId('storage-notice');
      assert.equal(await notice.isVisible(), true);
      assert.match(await notice.innerText(), text);
      const open = notice.getByRole('link', { name: link });
      assert.equal(await open.getAttribute('target'), '_blank');
      assert.equal(await open.evaluate((a) => a.href), href);
      // It opens the whole widget, in a tab of its own.
      const [tab] = await Promise.all([watched.context.waitForEvent('page'), open.click()]);
      await tab.locator('html.vge-live').waitFor({ state: 'attached' });
      assert.equal(await tab.locator('h1').count(), 1);
      await tab.close();
    }, {
      // Every document in the context, the frame's included, finds
      // localStorage refusing, as a browser that blocks a frame's storage does.
      init: () => {
        Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
      },
    });
  }
});

test('a Label-like frame (one view) and a Page-like frame (everything) on one course page are each sized', () => {
  const src = (file) => `${app.url}${file}`;
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Course with two embeds</title><link rel="icon" href="data:,">
<style>body{font-family:sans-serif;margin:2rem} iframe{display:block}</style></head>
<body><h1>Unit 3</h1>
<div class="label"><iframe id="label" data-value-governance src="${src('embed-timeline.html')}" title="Value Governance Explorer: timeline" width="100%" height="720" loading="lazy" style="border:0"></iframe></div>
<p>Between the two.</p>
<div class="page"><iframe id="page" data-value-governance src="${src('embed.html')}" title="Value Governance Explorer" width="100%" height="720" loading="lazy" style="border:0"></iframe></div>
<script src="${app.url}embed.js" async></script>
</body></html>`;
  hostServer.extraRoutes['/two-frames.html'] = { type: 'text/html; charset=utf-8', body: html };
  return (async () => {
    const watched = await watchedContext(browser, { allowedHosts: hosts, viewport: { width: 900, height: 800 } });
    try {
      const page = await watched.context.newPage();
      await page.goto(`${hostOrigin()}/two-frames.html`);
      const frameOf = (id) => page.frames().find((f) => f.parentFrame() === page.mainFrame() && f.url().includes(id === 'label' ? 'embed-timeline' : '/embed.html'));
      // Lazy frames below the fold load once scrolled to.
      for (const id of ['label', 'page']) {
        await page.locator(`#${id}`).scrollIntoViewIfNeeded();
        await page.frameLocator(`#${id}`).locator('html.vge-live').waitFor({ state: 'attached' });
      }
      const outer = (id) => page.locator(`#${id}`).evaluate((frame) => frame.getBoundingClientRect().height);
      const inner = (id) => frameOf(id).evaluate(() => document.querySelector('.vge').getBoundingClientRect().height);
      for (const id of ['label', 'page']) {
        await eventually(async () => assert.ok(Math.abs(await outer(id) - await inner(id)) <= 3, `${id}: ${await outer(id)} vs ${await inner(id)}`));
      }
      const label = await outer('label');
      const whole = await outer('page');
      assert.notEqual(label, 720, 'the single view was sized, not left at the code’s height');
      assert.ok(whole > 2 * label, `everything (${whole}) is much taller than one view (${label})`);
      // Each follows its own content; the other stays as it was.
      await page.frameLocator('#page').locator('[data-explain=absorption]').click();
      await eventually(async () => assert.ok(await outer('page') > whole + 40, 'the Page-like frame grew'));
      await eventually(async () => assert.ok(Math.abs(await outer('page') - await inner('page')) <= 3));
      assert.equal(await outer('label'), label);
      watched.assertClean();
    } finally {
      await watched.context.close();
    }
  })();
});
