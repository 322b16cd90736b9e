// HTML first: every page arrives with its words in the HTML, readable and
// printable with no script or with the wasm failing; nothing the learner
// does before the wasm starts is lost; what the HTML could not know is
// applied without moving anything; old addresses land on the right page
// before anything is painted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { useSession } from '../fixtures/session.mjs';
import { eventually } from '../fixtures/eventually.mjs';
import { distDir, projectRoot, screenshot } from '../fixtures/browser.mjs';

const session = useSession();
const { withWidget } = session;
const KEY = 'value-governance-explorer:progress';

// The wasm is refused; the console error that follows is expected.
const wasmFails = { ignoreConsole: [/Failed to load resource|wasm|WebAssembly|fetch/i], ignorePageErrors: [/fetch|wasm|WebAssembly/i] };

/** What the plain reading version must show, by language. */
const PLAIN = {
  en: { page: '', phases: ['Unity goals', 'Interest goals', 'Comprehensive goals'], note: /interactive version/, cite: 'Social Sciences in China' },
  zh: { page: 'zh.html', phases: ['团结目标', '利益目标', '综合目标'], note: /互动版本/, cite: '中国社会科学' },
};

/** Asserts the page is the plain reading version with all of the paper in view. */
async function assertPlain(page, lang) {
  const expected = PLAIN[lang];
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('vge-js')), false);
  assert.match(await page.locator('.vge-static-note').innerText(), expected.note);
  // Every phase panel is shown as a section, each with its name.
  const panels = page.locator('[role=tabpanel]');
  assert.equal(await panels.count(), 3);
  for (let index = 0; index < 3; index++) {
    assert.ok(await panels.nth(index).isVisible(), `panel ${index + 1} is shown`);
    assert.match(await panels.nth(index).innerText(), new RegExp(expected.phases[index]));
  }
  // Every checklist item's explanation is open; the controls that need the wasm are gone.
  const explanations = page.locator('.vge-explain');
  assert.equal(await explanations.count(), 9);
  for (const explanation of await explanations.all()) assert.ok(await explanation.isVisible());
  assert.equal(await page.locator('.vge-explain-toggle').first().isVisible(), false);
  assert.equal(await page.locator('.vge-work').isVisible(), false);
  assert.equal(await page.locator('.vge-support').count(), 3);
  assert.ok((await page.locator('.vge-citation').innerText()).includes(expected.cite));
}

for (const lang of ['en', 'zh']) {
  test(`with JavaScript off the ${lang} page is all there to read and print`, () =>
    withWidget({ javaScriptEnabled: false, viewport: { width: 320, height: 720 } }, async (widget, page) => {
      await page.goto(`${session.url}${PLAIN[lang].page}`);
      await assertPlain(page, lang);
      await screenshot(page, `plain-${lang}-320`);
      // It prints like the handout: the paper's text, no controls.
      const pdfPath = path.join(projectRoot, 'target', 'screenshots', `plain-${lang}.pdf`);
      await page.emulateMedia({ media: 'print' });
      await page.pdf({ path: pdfPath, format: 'A4' });
      const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      for (const phase of PLAIN[lang].phases) assert.ok(text.includes(phase.replace(/\s+/g, '')), phase);
      assert.ok(text.includes(PLAIN[lang].cite.replace(/\s+/g, '')), 'citation');
      const explanation = (await page.locator('.vge-explain p').first().innerText()).replace(/\s+/g, '').slice(0, 30);
      assert.ok(text.includes(explanation), 'explanations are printed');
      for (const control of ['DownloadasMarkdown', 'Resetchecklist', '下载为Markdown']) assert.ok(!text.includes(control), control);
      assert.ok(!text.includes('interactiveversion') && !text.includes('互动版本'), 'the note is for the screen');
    }));
}

test('when the wasm cannot load, the plain version shows with its one line', () =>
  withWidget(wasmFails, async (widget, page) => {
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto(session.url);
    await eventually(() => assertPlain(page, 'en'));
    await screenshot(page, 'plain-wasm-failed-1280');
  }));

test('each page says its language in the HTML, links the other, and has its own manifest', () => {
  for (const [file, lang, title, other] of [['index.html', 'en', /Value Governance Explorer/, 'zh.html'], ['zh.html', 'zh-Hans', /价值治理/, './?lang=en']]) {
    const html = fs.readFileSync(path.join(distDir, file), 'utf8');
    assert.match(html, new RegExp(`<html lang="${lang}"`));
    assert.match(html.match(/<title>([^<]*)<\/title>/)[1], title);
    assert.match(html, /<link rel="alternate" hreflang="en" href="\.\/\?lang=en" \/>/);
    assert.match(html, /<link rel="alternate" hreflang="zh-Hans" href="zh.html" \/>/);
    assert.ok(html.includes(`href="${other}" hreflang`), `the switch links ${other}`);
    // The words are in the HTML itself, not waiting for the wasm.
    assert.equal((html.match(/role="tabpanel"/g) ?? []).length, 3);
    assert.equal((html.match(/class="vge-explain"/g) ?? []).length, 9);
    // The template's comments stay in the source: before the widget, none.
    assert.doesNotMatch(html.slice(0, html.indexOf('<div id="value-governance"')), /<!--/);
  }
  const zhManifest = JSON.parse(fs.readFileSync(path.join(distDir, 'zh.webmanifest'), 'utf8'));
  assert.equal(zhManifest.start_url, 'zh.html');
  assert.equal(zhManifest.lang, 'zh-Hans');
  assert.equal(JSON.parse(fs.readFileSync(path.join(distDir, 'manifest.webmanifest'), 'utf8')).start_url, './?lang=en');
});

/** Holds the wasm back until the returned function is called. */
async function holdWasm(target) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await target.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('a tick and a phase chosen while the wasm is still loading survive its arrival and are saved', () =>
  withWidget({}, async (widget, page) => {
    const release = await holdWasm(page);
    await page.goto(`${session.url}#host=https%3A%2F%2Flms.example.edu`);
    const tab = page.locator('[data-phase=interest]');
    await tab.click();
    assert.equal(await tab.getAttribute('aria-selected'), 'true', 'the choice shows at once');
    assert.ok(page.url().endsWith('#phase=interest&host=https%3A%2F%2Flms.example.edu'), 'the rest of the fragment is kept');
    await page.locator('#vge-item-values').check();
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('vge-live')), false, 'still waiting');
    release();
    await widget.ready();
    await widget.expectSelected('interest');
    assert.equal(await widget.checkbox(/^Values/).isChecked(), true);
    await eventually(async () => assert.match(await page.evaluate((key) => localStorage.getItem(key), KEY), /"checked":\["values"\]/));
    assert.match(await widget.progress.innerText(), /1 of 9/);
    assert.equal(await page.locator('[role=tabpanel]:not([inert])').getAttribute('id'), 'vge-panel-interest');
  }));

/** Sums the page's layout shifts from its start (buffered). */
const layoutShift = (page) => page.evaluate(() => new Promise((resolve) => {
  let total = 0;
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) total += entry.value; })
    .observe({ type: 'layout-shift', buffered: true });
  requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
}));

test('saved work, the address\'s phase and a note arrive without moving anything (CLS 0)', () =>
  withWidget({ viewport: { width: 375, height: 667 } }, async (widget, page) => {
    await page.addInitScript((key) => {
      localStorage.setItem(key, JSON.stringify({ version: 2, checked: ['absorption', 'values'], notes: { values: 'A note.' }, lang: 'en' }));
    }, KEY);
    await widget.open(`${session.url}#phase=comprehensive`);
    await widget.expectSelected('comprehensive');
    assert.equal(await widget.checkbox(/Value goal absorption/).isChecked(), true);
    assert.equal(await layoutShift(page), 0);
  }));

test('an embedding page takes over without moving anything (CLS 0)', () =>
  withWidget({ viewport: { width: 600, height: 700 } }, async (widget, page) => {
    await widget.open(`${session.url}zh-embed-checklist.html`);
    assert.equal(await page.locator('.vge-timeline').count(), 0);
    assert.equal(await layoutShift(page), 0);
  }));

test('an old ?lang=zh link lands on the Chinese page before anything of the English one is painted', () =>
  withWidget({ locale: 'en-US' }, async (widget, page) => {
    await page.addInitScript(() => {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) sessionStorage.setItem(`painted:${location.pathname}`, entry.name);
      }).observe({ type: 'paint', buffered: true });
    });
    await widget.open(`${session.url}?lang=zh#phase=interest`);
    assert.equal(new URL(page.url()).pathname, new URL(`${session.url}zh.html`).pathname);
    assert.ok(page.url().endsWith('#phase=interest'));
    await widget.expectSelected('interest');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-Hans');
    const englishPainted = await page.evaluate((pathname) => sessionStorage.getItem(`painted:${pathname}`), new URL(session.url).pathname);
    assert.equal(englishPainted, null, 'the English page painted nothing');
  }));

test('old embed links and a plain framed page land on the embedding pages', () =>
  withWidget({}, async (widget, page) => {
    await widget.open(`${session.url}?embed=1&lang=zh&view=timeline#phase=comprehensive`);
    assert.ok(page.url().startsWith(`${session.url}zh-embed-timeline.html?`), page.url());
    await widget.expectSelected('comprehensive');
    const host = await page.context().newPage();
    await host.setContent(`<iframe src="${session.url}" width="600" height="600"></iframe>`);
    const frame = host.frames()[1];
    await eventually(async () => assert.ok(frame.url().endsWith('/embed.html'), frame.url()));
    await frame.locator('html.vge-live').waitFor({ state: 'attached' });
    assert.equal(await frame.locator('h1').count(), 0, 'the compact layout');
  }));

test('before the wasm is live the page prints the paper in full', () =>
  withWidget({}, async (widget, page) => {
    const release = await holdWasm(page);
    await page.goto(session.url);
    assert.equal(await page.evaluate(() => document.documentElement.className.trim()), 'vge-js');
    const pdfPath = path.join(projectRoot, 'target', 'screenshots', 'before-live.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdfPath, format: 'A4' });
    const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const phase of PLAIN.en.phases) assert.ok(text.includes(phase.replace(/\s+/g, '')), phase);
    const third = (await page.locator('#vge-panel-comprehensive p').first().innerText()).replace(/\s+/g, '').slice(0, 30);
    assert.ok(text.includes(third), 'the third phase, in full');
    assert.ok(!text.includes('DownloadasMarkdown'));
    release();
    await widget.ready();
  }));

test('with the wasm slow, the English link leads to English even where the browser prefers Chinese', () =>
  withWidget({ locale: 'zh-CN' }, async (widget, page) => {
    const release = await holdWasm(page);
    await page.goto(`${session.url}zh.html`);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\?lang=en/);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    release();
    await widget.ready();
    assert.deepEqual(await widget.tabNames(), ['Unity goals', 'Interest goals', 'Comprehensive goals']);
  }));

test('a box ticked before the wasm arrived reaches the host page as progress', () =>
  withWidget({}, async (widget, page) => {
    const release = await holdWasm(page.context());
    const host = await page.context().newPage();
    await host.setContent(`<iframe src="${session.url}" width="700" height="600"></iframe>`);
    await host.evaluate(() => {
      window.received = [];
      window.addEventListener('message', (event) => {
        if (event.data && event.data.type === 'vge:progress') window.received.push(event.data);
      });
    });
    let frame;
    await eventually(() => {
      frame = host.frames().find((candidate) => candidate.url().includes('/embed.html'));
      assert.ok(frame);
    });
    await frame.locator('#vge-item-absorption').check();
    release();
    await frame.locator('html.vge-live').waitFor({ state: 'attached' });
    await eventually(async () => assert.equal(await host.evaluate(() => window.received.length), 1));
    const [message] = await host.evaluate(() => window.received);
    assert.equal(message.item, 'absorption');
    assert.deepEqual(message.checked, ['absorption']);
  }));
