// Hostile input and broken storage: every fault keeps the widget working,
// loses nothing, and says what happened; nothing learner- or URL-supplied
// ever renders as markup; a strict CSP holds; a panic shows a box.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { useSession } from '../fixtures/session.mjs';
import { eventually } from '../fixtures/eventually.mjs';
import { distDir } from '../fixtures/browser.mjs';

const session = useSession();
const { withWidget } = session;
const KEY = 'value-governance-explorer:progress';

const stored = (page) => page.evaluate((key) => localStorage.getItem(key), KEY);

/** Opens the page with `raw` already stored under the progress key. */
async function openWithStored(widget, page, raw) {
  await page.addInitScript(([key, value]) => {
    // Seed once per tab, before the app starts; later loads see what it wrote.
    if (!sessionStorage.getItem('vge-test-seeded')) {
      localStorage.setItem(key, value);
      sessionStorage.setItem('vge-test-seeded', '1');
    }
  }, [KEY, raw]);
  await widget.open(session.url);
}

const faults = [
  ['not JSON', 'definitely not json', /could not be read/],
  ['JSON of the wrong shape', '{"version":"two","checked":{"values":true}}', /could not be read/],
  ['a JSON array', '["values"]', /could not be read/],
];

for (const [name, raw, message] of faults) {
  test(`stored value is ${name}: notice, empty start, the text kept aside`, () =>
    withWidget({}, async (widget, page) => {
      await openWithStored(widget, page, raw);
      assert.match(await widget.notice.innerText(), message);
      assert.equal(await page.evaluate(() => localStorage.getItem('value-governance-explorer:progress:unreadable')), raw);
      await widget.checkbox(/Values/).check();
      await eventually(async () => assert.match(await stored(page), /"checked":\["values"\]/));
    }));
}

test('no stored value: a first visit with no notice', () =>
  withWidget({}, async (widget) => {
    await widget.open(session.url);
    assert.equal(await widget.notice.isVisible(), false);
    assert.equal(await widget.checkbox(/Values/).isChecked(), false);
  }));

test('an older version is migrated forward without a notice', () =>
  withWidget({}, async (widget, page) => {
    await openWithStored(widget, page, '{"version":1,"checked":["operation","retired-item"]}');
    assert.equal(await widget.notice.isVisible(), false);
    assert.equal(await widget.checkbox(/Value governance operation/).isChecked(), true);
    await widget.checkbox(/Values/).check();
    await eventually(async () => assert.match(await stored(page), /^\{"version":3,"checked":\["operation","values"\]/));
  }));

test('a newer version is read, never overwritten, and the learner is told', () =>
  withWidget({}, async (widget, page) => {
    const newer = '{"version":7,"checked":["values"],"notes":{"values":"from the future"},"colour":"teal"}';
    await openWithStored(widget, page, newer);
    assert.match(await widget.notice.innerText(), /newer version/);
    assert.equal(await widget.checkbox(/^Values/).isChecked(), true);
    await widget.checkbox(/Institutions/).check();
    await widget.switchLanguage('中文');
    assert.equal(await stored(page), newer);
  }));

const THROWING_STORAGE = {
  'blocked (reading localStorage throws)': () => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
  },
  'reads throw': () => {
    Storage.prototype.getItem = () => { throw new DOMException('blocked', 'SecurityError'); };
    Storage.prototype.setItem = () => { throw new DOMException('blocked', 'SecurityError'); };
  },
};

for (const [name, script] of Object.entries(THROWING_STORAGE)) {
  test(`storage ${name}: works in memory and says so`, () =>
    withWidget({}, async (widget, page) => {
      await page.addInitScript(script);
      await widget.open(session.url);
      // What happens and what to do; no link to a tab of its own: this is one.
      assert.match(await widget.notice.innerText(), /not letting the widget save, so your ticks, notes and answers go when this page is reloaded or left\. To keep them, download them under “Keep your work”/);
      assert.equal(await widget.notice.getByRole('link').count(), 0);
      await widget.checkbox(/Value goal absorption/).check();
      await writeAndCheck(widget, page);
      assert.match(await widget.progress.innerText(), /1 of 3 dimensions/);
      assert.equal(await page.locator('[data-testid=storage-notice]').count(), 1);
    }));
}

async function writeAndCheck(widget) {
  const note = await widget.openItem('absorption');
  await note.fill('kept in memory');
  await widget.tab('Interest goals').click();
  assert.equal(await note.inputValue(), 'kept in memory');
}

test('quota exceeded on write: told once, and the write is retried when it can succeed', () =>
  withWidget({}, async (widget, page) => {
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      window.__full = true;
      Storage.prototype.setItem = function (key, value) {
        if (window.__full) throw new DOMException('quota', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    });
    await widget.open(session.url);
    await widget.checkbox(/Value goal absorption/).check();
    await eventually(async () => assert.match(await widget.notice.innerText(), /not letting the widget save/));
    await widget.checkbox(/Values/).check();
    assert.equal(await page.locator('.vge-notice:not([hidden])').count(), 1, 'one notice, not one per change');
    assert.equal(await stored(page), null);
    // Space is freed; leaving the tab (visibilitychange) retries the write.
    await page.evaluate(() => {
      window.__full = false;
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await eventually(async () => assert.match(await stored(page) ?? '', /"checked":\["absorption","values"\]/));
    await eventually(async () => assert.equal(await widget.notice.isVisible(), false));
  }));

test('two tabs: a change in one shows in the other, nothing lost', () =>
  withWidget({}, async (first, page, watched) => {
    await first.open(session.url);
    const other = new (first.constructor)(await watched.context.newPage());
    await other.open(session.url);
    await first.checkbox(/Value goal absorption/).check();
    await eventually(async () => assert.equal(await other.checkbox(/Value goal absorption/).isChecked(), true));
    await other.checkbox(/Values/).check();
    await eventually(async () => assert.equal(await first.checkbox(/^Values/).isChecked(), true));
    assert.equal(await first.checkbox(/Value goal absorption/).isChecked(), true);
    assert.match(await stored(page), /"checked":\["absorption","values"\]/);
  }));

test('two tabs ticking at the same moment: each keeps the other\'s ticks', () =>
  withWidget({}, async (first, page, watched) => {
    await first.open(session.url);
    const other = new (first.constructor)(await watched.context.newPage());
    await other.open(session.url);
    const pairs = [['Organizational cohesion', 'Values'], ['Value goal absorption', 'Institutions'], ['Value governance operation', 'Methodology']];
    for (const [mine, theirs] of pairs) {
      // Both clicks are sent before either tab can hear of the other's.
      await Promise.all([first.checkbox(new RegExp(`^${mine}`)).click(), other.checkbox(new RegExp(`^${theirs}`)).click()]);
    }
    const all = pairs.flat();
    for (const tab of [first, other]) {
      for (const label of all) {
        await eventually(async () => assert.equal(await tab.checkbox(new RegExp(`^${label}`)).isChecked(), true, label));
      }
    }
    await eventually(async () => assert.match(await stored(page), /"checked":\["absorption","cohesion","institutions","methodology","operation","values"\]/));
  }));

/** A small seeded PRNG so a failure can be reproduced. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

test('60 random hashes and queries: no error, no markup, a valid phase', () =>
  withWidget({}, async (widget, page) => {
    await widget.open(session.url);
    const next = random(20261127);
    const pieces = ['phase=', 'phase=interest', 'lang=zh', '&', '=', '%', '%2', '%E2%82', '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      '<script>alert(1)</script>', '"\'><svg onload=alert(1)>', '团结目标', '🙂', '#', '?', '+', ';', 'a'.repeat(3000), '\u0000', 'unity'];
    for (let round = 0; round < 60; round += 1) {
      const count = 1 + Math.floor(next() * 5);
      const hash = Array.from({ length: count }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      await page.evaluate((value) => { location.hash = value; }, hash);
      const selected = await widget.selectedTab();
      assert.ok(['unity', 'interest', 'comprehensive'].includes(selected), `after #${hash.slice(0, 60)}: ${selected}`);
    }
    await widget.open(`${session.url}?lang=%3Cb%3E&phase=%ZZ&phase=comprehensive&embed=${'x'.repeat(500)}#%F0%9F`);
    await widget.expectSelected('comprehensive');
    assert.equal(await page.locator('.vge img, .vge script, .vge svg, .vge b').count(), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
  }));

// The control below breaks the policy on purpose; only that may be reported.
const OWN_VIOLATION = [/CSP violation: script-src-elem inline|Executing inline script violates/];

test('the page carries a strict Content-Security-Policy', () =>
  withWidget({ ignoreConsole: OWN_VIOLATION }, async (widget, page) => {
    await widget.open(session.url);
    const policy = await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content');
    const directives = Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    assert.deepEqual(directives['default-src'], ["'self'"]);
    assert.deepEqual(directives['style-src'], ["'self'"]);
    assert.deepEqual(directives['img-src'], ["'self'", 'data:']);
    assert.deepEqual(directives['connect-src'], ["'self'"]);
    assert.deepEqual(directives['object-src'], ["'none'"]);
    assert.deepEqual(directives['base-uri'], ["'self'"]);
    assert.deepEqual(directives['script-src'].slice(0, 2), ["'self'", "'wasm-unsafe-eval'"]);
    assert.match(directives['script-src'][2], /^'sha256-[A-Za-z0-9+/]+=*'$/);
    assert.ok(!policy.includes('unsafe-inline') && !policy.includes("'unsafe-eval'"));
    // Subresource integrity stays on for the script and the styles.
    const html = fs.readFileSync(path.join(distDir, 'index.html'), 'utf8');
    // The loader preloads the script with its hash when it starts the wasm.
    assert.match(html, /rel: 'modulepreload', href: '[^']+\.js', crossOrigin: 'anonymous', integrity: 'sha384-/);
    assert.match(await page.locator('link[rel=modulepreload]').getAttribute('integrity'), /^sha384-/);
    assert.ok([...html.matchAll(/rel="stylesheet"[^>]*>/g)].every(([tag]) => tag.includes('integrity="sha384-')));
    // Control: the policy really is enforced here (an inline script is refused).
    // An inline script runs as it is appended; refused, it does not run and the
    // violation event follows: either outcome is an event, no time to wait.
    const violations = await page.evaluate(() => new Promise((resolve) => {
      document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), { once: true });
      const script = document.createElement('script');
      script.textContent = 'window.__inline = 1';
      document.head.append(script);
      if (window.__inline === 1) resolve('(none: the inline script ran)');
    }));
    assert.match(violations, /script-src/);
    assert.equal(await page.evaluate(() => window.__inline), undefined);
  }));

test('a panic replaces the widget with a translated box and a working Reload', () =>
  withWidget({ ignoreConsole: [/crash drill requested/], ignorePageErrors: [/unreachable/] }, async (widget, page) => {
    await page.goto(`${session.url}?debug=panic&lang=zh`);
    const box = page.getByRole('alert');
    await box.waitFor();
    assert.match(await box.innerText(), /出现错误，本工具已停止运行/);
    assert.equal(await page.getByRole('tablist').count(), 0);
    const reload = box.getByRole('link', { name: '重新加载' });
    await Promise.all([page.waitForEvent('load'), reload.click()]);
    // The drill is in the query, so it fires again: the link really reloads.
    await page.getByRole('alert').waitFor();
    await widget.open(`${session.url}?lang=zh`);
    assert.deepEqual(await widget.tabNames(), ['团结目标', '利益目标', '综合目标']);
  }));
