// Offline after one load, a control that proves it, safe updates from one
// build to the next, and an installable manifest.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, launchProfile, watchedContext, distDir, projectRoot, screenshot } from '../fixtures/browser.mjs';
import { StaticServer } from '../fixtures/server.mjs';
import { WidgetPage } from '../fixtures/widget.mjs';
import { eventually } from '../fixtures/eventually.mjs';
import { writeServiceWorker } from '../../../.ci/hooks/precache.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// While the server is down, the browser's own check for a new sw.js fails;
// that request, and only that one, may fail and be reported.
const SERVER_DOWN = [/Failed to (update|load).*ServiceWorker|sw\.js|ERR_(CONNECTION_REFUSED|INTERNET_DISCONNECTED)/];

async function waitForServiceWorker(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
}

test('after one load, everything works with the server stopped and the network off', async () => {
  const server = await new StaticServer({ root: distDir }).start();
  const watched = await watchedContext(browser, { ignoreConsole: SERVER_DOWN });
  try {
    const page = await watched.context.newPage();
    const widget = new WidgetPage(page);
    await widget.open(server.url);
    await waitForServiceWorker(page);
    await widget.checkbox(/Value governance operation/).check();
    // The pages for teachers and the wasm files the worker keeps.
    const kept = () => page.evaluate(async () => {
      const cache = await caches.open((await caches.keys()).find((key) => key.startsWith('value-governance-explorer|')));
      return (await cache.keys()).filter((request) => /teach\.html$|\.wasm$/.test(request.url)).length;
    });
    assert.equal(await kept(), 1, 'a learner\'s visit keeps the learners\' wasm alone');
    // A teacher's visit to their page (online) keeps it and its own wasm.
    await page.goto(`${server.url}zh-teach.html`);
    await widget.ready();
    await eventually(async () => assert.equal(await kept(), 4, 'both pages for teachers and both wasm files are kept'));
    await page.goto(server.url);
    await widget.ready();

    await server.stop();
    await watched.context.setOffline(true);
    const failed = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    await page.reload();
    await widget.ready();
    assert.deepEqual(await widget.tabNames(), ['Unity goals', 'Interest goals', 'Comprehensive goals']);
    assert.equal(await widget.checkbox(/Value governance operation/).isChecked(), true);
    await widget.tab('Comprehensive goals').click();
    await widget.expectSelected('comprehensive');
    await widget.checkbox(/Values/).check();
    assert.match(await widget.progress.innerText(), /1 of 3 dimensions · 2 of 9/);
    // The other language's page was precached too: its link works offline.
    await page.goto(`${server.url}zh.html`);
    await widget.ready();
    assert.deepEqual(await widget.tabNames(), ['团结目标', '利益目标', '综合目标']);
    assert.equal(await widget.checkbox(/价值治理运作/).isChecked(), true);
    // And an embedding page (a course page's frame may be what opens first).
    await page.goto(`${server.url}embed-checklist.html`);
    await widget.ready();
    assert.equal(await widget.checkbox(/Value governance operation/).isChecked(), true);
    // And the page for teachers, with its own wasm: its code generator works.
    await page.goto(`${server.url}zh-teach.html`);
    await widget.ready();
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), '供教师使用');
    await eventually(async () => assert.match(await page.locator('#vge-embed-code').inputValue(), /zh-embed\.html/));
    assert.deepEqual(failed.filter((url) => !url.endsWith('/sw.js')), []);
    watched.assertClean();
  } finally {
    await watched.context.close();
    await server.stop();
  }
});

test('control: a browser that never loaded the page cannot open it offline', async () => {
  const server = await new StaticServer({ root: distDir }).start();
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await server.stop();
    await context.setOffline(true);
    await assert.rejects(page.goto(server.url), /ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED/);
  } finally {
    await context.close();
  }
});

/** A second build: dist/ with a marked page and its own sw.js and build id. */
function buildB() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vge-build-b-'));
  fs.cpSync(distDir, dir, { recursive: true });
  const index = path.join(dir, 'index.html');
  fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('<head>', '<head>\n    <meta name="vge-test-build" content="B" />'));
  const { id } = writeServiceWorker(dir, path.join(projectRoot, 'static', 'sw.js'));
  return { dir, id };
}

test('a new release: the prompt appears, one reload switches, old caches go, progress stays', async () => {
  const b = buildB();
  let server = await new StaticServer({ root: distDir }).start();
  const watched = await watchedContext(browser);
  try {
    const page = await watched.context.newPage();
    const widget = new WidgetPage(page);
    await widget.open(server.url);
    await waitForServiceWorker(page);
    await widget.checkbox(/Value goal absorption/).check();
    const buildMark = () => page.evaluate(() => document.querySelector('meta[name=vge-test-build]')?.content ?? 'A');
    assert.equal(await buildMark(), 'A');

    const port = server.port;
    await server.stop();
    server = await new StaticServer({ root: b.dir, port }).start();
    // A navigation makes the browser look for a new sw.js; the page itself
    // still comes from build A's cache until the learner chooses to reload.
    await page.reload();
    await widget.ready();
    assert.equal(await buildMark(), 'A');
    const prompt = page.getByTestId('update-prompt');
    const reload = prompt.getByRole('button', { name: 'Reload' });
    await reload.waitFor({ timeout: 15000 });
    assert.match(await prompt.innerText(), /A new version of this widget is ready/);
    assert.equal(await prompt.getAttribute('role'), 'status');
    await screenshot(page, 'update-prompt');

    await reload.focus();
    await page.keyboard.press('Enter');
    await eventually(async () => assert.equal(await buildMark(), 'B'), { timeout: 15000 });
    await widget.ready();
    const caches = await page.evaluate(() => caches.keys());
    assert.equal(caches.length, 1, `caches: ${caches}`);
    assert.ok(caches[0].endsWith(`|${b.id}`), `${caches[0]} is build B's`);
    assert.equal(await widget.checkbox(/Value goal absorption/).isChecked(), true);
    assert.equal(await prompt.innerText(), '');
    watched.assertClean();
  } finally {
    await watched.context.close();
    await server.stop();
    fs.rmSync(b.dir, { recursive: true, force: true });
  }
});

test('the manifest is valid, its icons resolve and its start URL is in scope', async () => {
  const server = await new StaticServer({ root: distDir }).start();
  const watched = await watchedContext(browser);
  try {
    const page = await watched.context.newPage();
    await new WidgetPage(page).open(server.url);
    const href = await page.locator('link[rel=manifest]').evaluate((link) => link.href);
    const response = await page.request.get(href);
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-type'], /manifest\+json/);
    const manifest = JSON.parse(await response.text());
    for (const field of ['name', 'short_name', 'start_url', 'scope', 'display', 'theme_color', 'background_color']) {
      assert.ok(manifest[field], `manifest.${field}`);
    }
    assert.equal(manifest.display, 'standalone');
    const scope = new URL(manifest.scope, href).href;
    assert.equal(scope, server.url);
    assert.ok(new URL(manifest.start_url, href).href.startsWith(scope));
    const sizes = manifest.icons.map((icon) => `${icon.sizes}/${icon.purpose}`);
    for (const needed of ['192x192/any', '512x512/any', '512x512/maskable']) assert.ok(sizes.includes(needed), needed);
    for (const icon of manifest.icons) {
      const image = await page.request.get(new URL(icon.src, href).href);
      assert.equal(image.status(), 200, icon.src);
      assert.equal(image.headers()['content-type'], icon.type, icon.src);
    }
    watched.assertClean();

    // Chromium's own verdict, in a normal (not incognito) profile: the
    // manifest parses without errors and the app is installable.
    const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vge-profile-'));
    const profile = await launchProfile(profileDir);
    try {
      const installPage = profile.pages()[0] ?? await profile.newPage();
      await new WidgetPage(installPage).open(server.url);
      await waitForServiceWorker(installPage);
      const cdp = await profile.newCDPSession(installPage);
      const { errors } = await cdp.send('Page.getAppManifest');
      assert.deepEqual(errors, []);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      assert.deepEqual(installabilityErrors, []);
    } finally {
      await profile.close();
      fs.rmSync(profileDir, { recursive: true, force: true });
    }
  } finally {
    await watched.context.close();
    await server.stop();
  }
});
