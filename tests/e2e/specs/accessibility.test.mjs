// WCAG 2.2 AA checks in both languages, narrow and wide, light and dark, and
// forced colours; a keyboard-only walk; reduced motion; target sizes; text
// at 200%.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { screenshot } from '../fixtures/browser.mjs';
import { useSession } from '../fixtures/session.mjs';

const session = useSession();
const { withWidget } = session;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axe(page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  assert.ok(results.passes.length > 10, 'axe checked the page');
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const lang of ['en', 'zh']) {
  for (const width of [320, 1280]) {
    for (const colorScheme of ['light', 'dark']) {
      test(`axe: ${lang}, ${width} px, ${colorScheme}: no violations`, () =>
        withWidget({ viewport: { width, height: 800 }, colorScheme }, async (widget, page) => {
          await widget.open(`${session.url}?lang=${lang}#phase=comprehensive`);
          await widget.checkbox(lang === 'en' ? /Value goal absorption/ : /价值目标吸纳/).check();
          await widget.openItem('absorption');
          // "Check yourself" as answered, with one question still open.
          await page.locator('#vge-move-phase-order-unity-up').click().catch(() => {});
          await page.locator('#vge-q-dimensions-absorption').check();
          assert.deepEqual(await axe(page), []);
          // And marked: feedback, links and the score.
          await page.locator('.vge-quiz-button').click();
          await page.getByTestId('quiz-result').locator('p').waitFor();
          assert.deepEqual(await axe(page), []);
          if (colorScheme === 'dark') await screenshot(page, `widget-${lang}-${width}-dark`);
        }));
    }
  }
}

for (const [lang, width, colorScheme] of [['en', 1280, 'light'], ['zh', 320, 'dark']]) {
  test(`axe: the page for teachers (embed code, packages, answer key), ${lang}, ${width} px, ${colorScheme}: no violations`, () =>
    withWidget({ viewport: { width, height: 800 }, colorScheme }, async (widget, page) => {
      await widget.open(`${session.url}${lang === 'zh' ? 'zh-' : ''}teach.html`);
      await page.locator('#vge-embed-code').evaluate((field) => field.value.length > 0 || new Promise((resolve) => {
        const check = () => (field.value.length > 0 ? resolve() : requestAnimationFrame(check));
        check();
      }));
      assert.deepEqual(await axe(page), []);
      // It reflows at 320 px: nothing wider than the screen.
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
    }));
  test(`axe: the SCORM package's page on its own, ${lang}, ${width} px, ${colorScheme}: no violations`, () =>
    withWidget({ viewport: { width, height: 800 }, colorScheme }, async (widget, page) => {
      await widget.open(`${session.url}${lang === 'zh' ? 'zh-' : ''}scorm.html`);
      assert.equal(await page.locator('.vge-embed').count(), 0);
      assert.deepEqual(await axe(page), []);
    }));
}

test('forced colours: renders, stays usable, no axe violations', () =>
  withWidget({ forcedColors: 'active', viewport: { width: 1280, height: 800 } }, async (widget, page) => {
    await widget.open(session.url);
    assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
    await widget.tab('Interest goals').click();
    await widget.expectSelected('interest');
    // The selected tab must stand out without colour: its border differs.
    const widths = await widget.tabs.evaluateAll((tabs) => tabs.map((tab) => getComputedStyle(tab).borderTopStyle + getComputedStyle(tab).outlineStyle + getComputedStyle(tab).borderBottomWidth));
    assert.notEqual(widths[1], widths[0]);
    assert.deepEqual(await axe(page), []);
    await screenshot(page, 'widget-en-1280-forced-colors');
  }));

test('keyboard only: every control in a sensible order, focus always visible', () =>
  withWidget({ viewport: { width: 1280, height: 800 } }, async (widget, page) => {
    await widget.open(session.url);
    const walk = [];
    for (let step = 0; step < 80; step += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        const rect = element.getBoundingClientRect();
        const name = element.getAttribute('aria-label') || element.labels?.[0]?.innerText || element.innerText;
        return {
          label: `${element.getAttribute('role') ?? element.tagName.toLowerCase()}:${name.trim().replace(/\s+/g, ' ').slice(0, 60)}`,
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          visible: rect.bottom > 0 && rect.top < innerHeight && rect.width > 0,
        };
      });
      if (!focused) break;
      assert.ok(focused.outline, `${focused.label} shows a focus outline`);
      assert.ok(focused.visible, `${focused.label} is scrolled into view`);
      walk.push(focused.label);
    }
    // The recorded order: language, the selected tab only, its panel, then
    // each checkbox followed by its Explain button, in the checklist's order
    // (the abstract's chain), reset, the work controls, and the link to the
    // page for teachers.
    assert.deepEqual(walk.slice(0, 4), [
      'a:English', 'a:中文', 'tab:Phase 1 Unity goals 团结目标', 'tabpanel:Unity goals 团结目标 This phase’s goal The first phase the paper',
    ]);
    const items = [
      ['Scientific and technological empowerment', '科学技术赋能'],
      ['A further optimized value mobilization mechanism', '价值动员机制'],
      ['Organizational cohesion', '组织内聚力'],
      ['Value goal absorption', '价值目标吸纳'],
      ['Value governance operation', '价值治理运作'],
      ['Value coordination and feedback', '价值协调反馈'],
      ['Values', '价值'],
      ['Institutions', '制度'],
      ['Methodology', '技术'],
    ];
    // Names are recorded cut at 60 characters, as above.
    assert.deepEqual(walk.slice(4, 22), items.flatMap(([label, term]) =>
      [`input:${`${label} ${term}`.slice(0, 60)}`, `button:${`Explain: ${label}`.slice(0, 60)}`]));
    assert.equal(walk[22], 'button:Reset checklist');
    // "Check yourself": the Move buttons that can move (not up from the
    // top, not down from the bottom), one stop per radio group, each
    // checkbox, then Check answers.
    const quiz = walk.slice(23, -5);
    assert.deepEqual(quiz.slice(0, 4).map((label) => label.split(': ')[0]), [
      'button:Move down', 'button:Move up', 'button:Move down', 'button:Move up',
    ]);
    assert.equal(quiz.filter((label) => label.startsWith('input:')).length, 4 + 4 + 6 + 5);
    assert.equal(quiz.at(-1), 'button:Check answers');
    assert.equal(quiz.length, 4 + 4 + 15 + 1);
    assert.deepEqual(walk.slice(-5), [
      'button:Download as Markdown', 'button:Copy to clipboard',
      'button:Import a saved file', 'button:Print handout', 'a:For teachers: embed this page or add it to a course',
    ]);
  }));

test('reduced motion: no transitions run', () =>
  withWidget({ reducedMotion: 'reduce' }, async (widget, page) => {
    await widget.open(session.url);
    const durations = await page.locator('.vge *').evaluateAll((elements) =>
      [...new Set(elements.map((element) => getComputedStyle(element).transitionDuration))]);
    assert.deepEqual(durations, ['0s']);
    // The control: without the preference the buttons do animate.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    const button = page.getByRole('button', { name: 'Reset checklist' });
    assert.notEqual(await button.evaluate((element) => getComputedStyle(element).transitionDuration), '0s');
  }));

for (const width of [320, 1280]) {
  test(`pointer targets are at least 24×24 px at ${width} px`, () =>
    withWidget({ viewport: { width, height: 800 } }, async (widget, page) => {
      await widget.open(session.url);
      await widget.openItem('values');
      const small = await page.locator('.vge button, .vge input:not([type=file]), .vge textarea, .vge a').evaluateAll((elements) =>
        elements.map((element) => {
          const rect = element.getBoundingClientRect();
          return { name: element.textContent.trim().slice(0, 30) || element.id, width: rect.width, height: rect.height };
        }).filter((target) => target.width < 24 || target.height < 24));
      assert.deepEqual(small, []);
    }));
}

test('text at 200% reflows without loss or horizontal scrolling', () =>
  withWidget({ viewport: { width: 1280, height: 800 } }, async (widget, page) => {
    await widget.open(session.url);
    await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0);
    const clipped = await page.locator('.vge-step-name, .vge-item-label, .vge-button').evaluateAll((elements) =>
      elements.filter((element) => element.scrollWidth > element.clientWidth + 1).map((element) => element.textContent));
    assert.deepEqual(clipped, []);
  }));

test('one h1, headings in order, landmarks present', () =>
  withWidget({}, async (widget, page) => {
    await widget.open(session.url);
    const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((headings) => headings.map((h) => Number(h.tagName[1])));
    assert.equal(levels.filter((level) => level === 1).length, 1);
    assert.equal(levels[0], 1);
    for (let index = 1; index < levels.length; index += 1) {
      assert.ok(levels[index] <= levels[index - 1] + 1, `heading level jumps from ${levels[index - 1]} to ${levels[index]}`);
    }
    for (const role of ['banner', 'main']) assert.equal(await page.getByRole(role).count(), 1, role);
  }));
