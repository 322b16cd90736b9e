// English and 中文: the switch changes everything at once and keeps state;
// the URL and the browser's languages choose the first language; the choice
// is remembered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { screenshot } from '../fixtures/browser.mjs';
import { useSession } from '../fixtures/session.mjs';
import { eventually } from '../fixtures/eventually.mjs';

const session = useSession();
const { withWidget } = session;

test('the switch changes every string, lang and title, keeping phase and ticks', () =>
  withWidget({}, async (widget, page) => {
    await widget.open(`${session.url}#phase=interest`);
    await widget.checkbox(/Value goal absorption/).check();
    await widget.openItem('absorption');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await widget.switchLanguage('中文');
    await eventually(async () => assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-Hans'));
    // In place, and the address is now the Chinese page's, the phase kept.
    assert.equal(page.url(), `${session.url}zh.html#phase=interest`);
    assert.equal(await page.getByRole('link', { name: '中文' }).getAttribute('aria-current'), 'page');
    assert.deepEqual(await widget.tabNames(), ['团结目标', '利益目标', '综合目标']);
    assert.match(await page.title(), /价值治理互动导读/);
    await widget.expectSelected('interest');
    assert.equal(await widget.checkbox(/价值目标吸纳/).isChecked(), true);
    assert.match(await widget.progress.innerText(), /已完成 1 \/ 3 个维度/);
    // ARIA names follow: the tablist's label and the tabs' names.
    assert.equal(await page.getByRole('tablist', { name: '目标阶段' }).count(), 1);
    assert.equal(await page.getByRole('tab', { name: /利益目标/ }).getAttribute('aria-selected'), 'true');
    // Mixed-language text is marked: the English glossary term beside a Chinese name.
    assert.equal(await page.locator('[data-phase=interest] .vge-term').getAttribute('lang'), 'en');
    // The third level uses each language's own term.
    assert.equal(await widget.checkbox(/^技术/).count(), 1);
    // No English left in the interface proper (terms and citation aside).
    const english = await page.locator('.vge-masthead h1, .vge-timeline h2, .vge-checklist h2, .vge-work h2, button:not([lang])').allInnerTexts();
    for (const text of english) assert.doesNotMatch(text, /^[A-Za-z ]+$/, `untranslated: ${text}`);
    await screenshot(page, 'widget-zh-1280');

    await page.reload();
    await widget.ready();
    assert.deepEqual(await widget.tabNames(), ['团结目标', '利益目标', '综合目标'], 'the choice is remembered');
    await widget.switchLanguage('English');
    assert.deepEqual(await widget.tabNames(), ['Unity goals', 'Interest goals', 'Comprehensive goals']);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    // The English page's address says English: a bare folder would follow
    // the browser's language on a reload where storage is not available.
    assert.equal(page.url(), `${session.url}?lang=en#phase=interest`);
    await page.reload();
    await widget.ready();
    assert.deepEqual(await widget.tabNames(), ['Unity goals', 'Interest goals', 'Comprehensive goals'], 'English is remembered');
  }));

test('?lang=zh starts in Chinese, whatever the browser prefers', () =>
  withWidget({ locale: 'en-GB' }, async (widget, page) => {
    await widget.open(`${session.url}?lang=zh`);
    assert.deepEqual(await widget.tabNames(), ['团结目标', '利益目标', '综合目标']);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-Hans');
  }));

test('a first visit follows the browser\'s preferred language', () =>
  withWidget({ locale: 'zh-CN' }, async (widget) => {
    await widget.open(session.url);
    assert.deepEqual(await widget.tabNames(), ['团结目标', '利益目标', '综合目标']);
  }));

test('at 320 px in Chinese nothing overflows', () =>
  withWidget({ viewport: { width: 320, height: 720 }, locale: 'zh-CN' }, async (widget, page) => {
    await widget.open(session.url);
    await widget.openItem('coordination');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0);
    await screenshot(page, 'widget-zh-320');
  }));
