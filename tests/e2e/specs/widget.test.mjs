// The widget on the release build, served under a sub-path: timeline,
// checklist, saved progress, layout and accessibility.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { screenshot } from '../fixtures/browser.mjs';
import { useSession } from '../fixtures/session.mjs';
import { eventually } from '../fixtures/eventually.mjs';

const session = useSession();
const { withWidget } = session;

test('the three phases appear in historical order, the first selected', () =>
  withWidget({}, async (widget) => {
    await widget.open(session.url);
    assert.deepEqual(await widget.tabNames(), ['Unity goals', 'Interest goals', 'Comprehensive goals']);
    await widget.expectSelected('unity');
    assert.match(await widget.panel.innerText(), /Unity goals/);
    assert.match(await widget.tab('Comprehensive goals').innerText(), /still unfolding/);
  }));

test('the package page\'s "On this page" moves to a section and its heading, and keeps the selected phase; web pages leave the first screen to the timeline', () =>
  withWidget({ viewport: { width: 650, height: 666 } }, async (widget, page) => {
    await widget.open(session.url);
    assert.equal(await page.getByRole('navigation', { name: 'On this page' }).count(), 0);
    // The package page in a frame of the size Moodle's player gives it (here
    // without a platform, so it works as the web widget).
    await widget.open(`${session.url}scorm.html#phase=interest`);
    await widget.expectSelected('interest');
    const contents = page.getByRole('navigation', { name: 'On this page' });
    // Right under the title, on the first screen, before the introduction.
    const box = await contents.boundingBox();
    assert.ok(box.y + box.height < 666, `"On this page" ends at ${box.y + box.height} px`);
    assert.equal(await contents.evaluate((nav) => Boolean(nav.compareDocumentPosition(document.querySelector('.vge-intro')) & Node.DOCUMENT_POSITION_FOLLOWING)), true);
    assert.deepEqual(await contents.getByRole('link').allInnerTexts(), [
      'Three goal phases', 'Institutional upgrading: a checklist', 'Check yourself', 'Keep your work',
      'Three organizational and institutional supports',
    ]);
    await contents.getByRole('link', { name: 'Check yourself' }).click();
    const heading = page.getByRole('heading', { name: 'Check yourself', level: 2 });
    await eventually(async () => {
      assert.equal(await heading.evaluate((element) => element === document.activeElement), true);
      const box = await heading.boundingBox();
      assert.ok(box.y > -1 && box.y < 666, `heading at ${box.y}`);
    });
    // The address still says which phase is selected, and it still is.
    assert.match(page.url(), /#phase=interest$/);
    await widget.expectSelected('interest');
  }));

test('choosing phases fetches nothing, not even the page icon again', () =>
  withWidget({}, async (widget, page) => {
    await widget.open(session.url);
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    for (const [name, id] of [['Interest goals', 'interest'], ['Comprehensive goals', 'comprehensive'], ['Unity goals', 'unity']]) {
      await widget.tab(name).click();
      await widget.expectSelected(id);
      await eventually(async () => assert.match(page.url(), new RegExp(`#phase=${id}$`)));
    }
    // A navigation's icon fetch would start within a few frames of it.
    await page.evaluate(() => new Promise((resolve) => {
      let frames = 10;
      const next = () => (--frames ? requestAnimationFrame(next) : resolve());
      requestAnimationFrame(next);
    }));
    assert.deepEqual(requests, []);
  }));

test('a phase is selected by click and by keyboard, and only it is in the Tab order', () =>
  withWidget({}, async (widget, page) => {
    await widget.open(session.url);
    const tabsTop = () => widget.tablist.evaluate((list) => list.getBoundingClientRect().top);
    await widget.tab('Interest goals').scrollIntoViewIfNeeded();
    const before = await tabsTop();
    await widget.tab('Interest goals').click();
    await widget.expectSelected('interest');
    assert.match(await widget.panel.innerText(), /growth incentives/);
    assert.equal(await widget.panel.count(), 1, 'one panel is exposed at a time');
    assert.equal(await tabsTop(), before, 'switching phases does not move the tabs');

    await page.keyboard.press('ArrowRight');
    await widget.expectSelected('comprehensive');
    await page.keyboard.press('ArrowRight');
    await widget.expectSelected('unity');
    await page.keyboard.press('End');
    await widget.expectSelected('comprehensive');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.phase), 'comprehensive');
    assert.deepEqual(
      await widget.tabs.evaluateAll((tabs) => tabs.map((tab) => tab.tabIndex)),
      [-1, -1, 0],
    );
    // Tab leaves the tablist for the panel.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('role')), 'tabpanel');
  }));

/** The shown panel's height, and the height of what it holds (to the foot of its last child). */
const panelFit = (page) => page.locator('[role=tabpanel]:not(.vge-panel--inactive)').evaluate((panel) => {
  const box = panel.getBoundingClientRect();
  const style = getComputedStyle(panel);
  const last = panel.lastElementChild;
  const own = last.getBoundingClientRect().bottom + parseFloat(getComputedStyle(last).marginBottom)
    + parseFloat(style.paddingBottom) + parseFloat(style.borderBottomWidth) - box.top;
  return { height: box.height, own };
});

for (const width of [375, 1280]) {
  test(`at ${width} px each phase's panel is as tall as its own phase, and a shorter one leaves the tabs where they are`, () =>
    withWidget({ viewport: { width, height: 720 } }, async (widget, page) => {
      // The timeline-only page is the shortest: there a shorter panel could
      // leave the page too short to stay scrolled where it is.
      for (const file of ['index.html', 'embed-timeline.html']) {
        await widget.open(`${session.url}${file}#phase=interest`);
        const heights = {};
        for (const [name, id] of [['Unity goals', 'unity'], ['Comprehensive goals', 'comprehensive'], ['Interest goals', 'interest']]) {
          await widget.tab(name).click();
          await widget.expectSelected(id);
          const { height, own } = await panelFit(page);
          assert.ok(Math.abs(height - own) < 1, `${file} ${id}: the panel is ${height} px tall for ${own} px of its phase`);
          heights[id] = height;
        }
        assert.ok(heights.unity < heights.interest && heights.comprehensive < heights.interest, JSON.stringify(heights));
        // The tabs at the top of the screen, then every switch.
        await widget.tablist.evaluate((list) => window.scrollTo(0, list.getBoundingClientRect().top + window.scrollY - 8));
        for (const name of ['Unity goals', 'Comprehensive goals', 'Interest goals', 'Unity goals']) {
          const before = await widget.tablist.evaluate((list) => list.getBoundingClientRect().top);
          await widget.tab(name).click({ position: { x: 5, y: 5 } });
          await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
          assert.equal(await widget.tablist.evaluate((list) => list.getBoundingClientRect().top), before, `${file}: ${name} moved the tabs`);
        }
      }
    }));
}

test('the address keeps the phase: deep link, reload, back and forward', () =>
  withWidget({}, async (widget, page) => {
    await widget.open(`${session.url}#phase=comprehensive`);
    await widget.expectSelected('comprehensive');
    await widget.tab('Interest goals').click();
    await eventually(async () => assert.equal(new URL(page.url()).hash, '#phase=interest'));
    await page.reload();
    await widget.ready();
    await widget.expectSelected('interest');
    await page.goBack();
    await widget.expectSelected('comprehensive');
    await page.goForward();
    await widget.expectSelected('interest');
    await widget.open(`${session.url}#phase=nonsense`);
    await widget.expectSelected('unity');
  }));

test('ticked dimensions survive a reload and the summary counts them', () =>
  withWidget({}, async (widget, page) => {
    await widget.open(session.url);
    await widget.checkbox(/Value goal absorption/).check();
    await widget.checkbox(/Value coordination and feedback/).check();
    await eventually(async () => assert.match(await widget.progress.innerText(), /2 of 3 dimensions/));
    await page.reload();
    await widget.ready();
    assert.equal(await widget.checkbox(/Value goal absorption/).isChecked(), true);
    assert.equal(await widget.checkbox(/Value coordination and feedback/).isChecked(), true);
    assert.equal(await widget.checkbox(/Value governance operation/).isChecked(), false);
    assert.match(await widget.progress.innerText(), /2 of 3 dimensions/);
  }));

test('reset can be undone', () =>
  withWidget({}, async (widget, page) => {
    await widget.open(session.url);
    await widget.checkbox(/Organizational cohesion/).check();
    await page.getByRole('button', { name: 'Reset checklist' }).click();
    assert.equal(await widget.checkbox(/Organizational cohesion/).isChecked(), false);
    await page.getByRole('button', { name: 'Undo' }).click();
    assert.equal(await widget.checkbox(/Organizational cohesion/).isChecked(), true);
  }));

test('corrupt saved progress: the page still works and says so politely', () =>
  withWidget({}, async (widget, page) => {
    await widget.open(session.url);
    await page.evaluate(() => localStorage.setItem('value-governance-explorer:progress', '{"version":1,"checked":'));
    await page.reload();
    await widget.ready();
    assert.equal(await widget.notice.isVisible(), true);
    assert.match(await widget.notice.innerText(), /could not be read/);
    assert.equal(await widget.notice.getAttribute('role'), 'status');
    await widget.checkbox(/Values/).check();
    await widget.tab('Interest goals').click();
    await widget.expectSelected('interest');
  }));

for (const [width, height] of [[320, 720], [1280, 900]]) {
  test(`at ${width} px: no horizontal scrolling, no axe violations`, () =>
    withWidget({ viewport: { width, height } }, async (widget, page, watched) => {
      await widget.open(session.url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `page is ${overflow} px wider than the viewport`);
      const direction = await widget.tablist.evaluate((list) => getComputedStyle(list).flexDirection);
      assert.equal(direction, width <= 480 ? 'column' : 'row');
      await page.locator('[data-explain=absorption]').click();
      await screenshot(page, `widget-en-${width}`);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
      assert.ok(results.passes.length > 10, 'axe actually checked the page');
      assert.equal(watched.problems.length, 0);
    }));
}
