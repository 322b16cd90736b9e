// "Check yourself": a whole attempt in each language (the ordering question
// by keyboard, one wrong answer), feedback with a link into the widget, the
// score announced, a retry, the attempt surviving a reload, export and
// import, the handout, the host page's xAPI statements, and the view=check
// embedding page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { screenshot } from '../fixtures/browser.mjs';
import { useSession } from '../fixtures/session.mjs';
import { eventually } from '../fixtures/eventually.mjs';

const session = useSession();
const { withWidget } = session;
const KEY = 'value-governance-explorer:progress';

const TEXT = {
  en: {
    page: '?lang=en', check: 'Check answers', retry: 'Try again', score: /6 of 8 correct/,
    failed: /Not yet passed: the pass mark is 80%/, wrong: /^Not quite\./, right: /^Right\./,
    link: 'Read about it: Organizational cohesion',
  },
  zh: {
    page: 'zh.html', check: '检查答案', retry: '再试一次', score: /答对 6 题，共 8 题/,
    failed: /尚未通过：及格线为 80%/, wrong: /^不正确。/, right: /^正确。/,
    link: '查看相关内容：组织内聚力',
  },
};

/** The ordering question's choices as shown, top to bottom. */
const order = (page) => page.locator('.vge-order-item').evaluateAll((items) => items.map((item) => item.dataset.choice));

/** Puts the phases in order with the keyboard only: focus a Move button, press Enter. */
async function orderPhasesByKeyboard(page) {
  for (let step = 0; step < 4; step += 1) {
    const shown = await order(page);
    if (shown.join() === 'unity,interest,comprehensive') return;
    const [id, way] = shown.indexOf('unity') > 0 ? ['unity', 'up'] : ['interest', 'up'];
    await page.locator(`#vge-move-phase-order-${id}-${way}`).focus();
    await page.keyboard.press('Enter');
    // The focus stays with the moved choice, so the next key press can go on.
    await eventually(async () => assert.match(
      await page.evaluate(() => document.activeElement.id), new RegExp(`^vge-move-phase-order-${id}-`),
    ));
  }
  assert.deepEqual(await order(page), ['unity', 'interest', 'comprehensive']);
}

/** Answers every question: all right but `starting-point` and `capability-levels`. */
async function answerWithTwoWrong(page) {
  await orderPhasesByKeyboard(page);
  const pick = async (question, choice) => {
    const input = page.locator(`#vge-q-${question}-${choice}`);
    await input.focus();
    await page.keyboard.press('Space');
    assert.equal(await input.isChecked(), true, `${question}: ${choice}`);
  };
  await pick('still-unfolding', 'comprehensive');
  await pick('growth-incentives', 'value-goals');
  await pick('goal-adjustment', 'goal-adjustment');
  await pick('needs', 'empowerment');
  await pick('needs', 'mobilization');
  await pick('starting-point', 'empowerment'); // wrong: it starts with cohesion
  for (const id of ['absorption', 'operation', 'coordination']) await pick('dimensions', id);
  for (const id of ['values', 'institutions', 'growth']) await pick('capability-levels', id); // wrong
}

for (const lang of ['en', 'zh']) {
  const t = TEXT[lang];
  test(`${lang}: a whole attempt is marked with feedback and links, can be retried, and survives a reload`, () =>
    withWidget({ viewport: { width: 320, height: 800 } }, async (widget, page) => {
      await widget.open(`${session.url}${t.page}`);
      // No answer is in the page before an attempt.
      assert.equal(await page.locator('.vge-quiz .vge-feedback').count(), 0);
      await answerWithTwoWrong(page);
      await page.getByRole('button', { name: t.check }).click();

      const result = page.getByTestId('quiz-result');
      await eventually(async () => assert.match(await result.innerText(), t.score));
      assert.match(await result.innerText(), t.failed);
      assert.equal(await result.getAttribute('role'), 'status');
      assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'quiz-result', 'focus moved to the result');

      const start = page.locator('.vge-questions-entry', { has: page.locator('#vge-q-starting-point-cohesion') });
      assert.match(await start.locator('.vge-feedback').innerText(), t.wrong);
      const first = page.locator('.vge-questions-entry').first();
      assert.match(await first.locator('.vge-feedback').innerText(), t.right);
      // Answers are locked while marked.
      assert.equal(await page.locator('#vge-q-starting-point-cohesion').isDisabled(), true);
      assert.equal(await page.locator('#vge-move-phase-order-unity-down').isDisabled(), true);

      // The link opens the item it comes from: its explanation, with focus.
      await start.getByRole('link', { name: t.link }).click();
      await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement.id), 'vge-item-cohesion'));
      assert.equal(await page.locator('[data-explain=cohesion]').getAttribute('aria-expanded'), 'true');
      assert.equal(await page.locator('#vge-explain-cohesion').isVisible(), true);
      // A phase link selects its phase.
      await page.locator('.vge-questions-entry').nth(1).locator('.vge-feedback a').click();
      await widget.expectSelected('comprehensive');
      await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement.id), 'vge-tab-comprehensive'));

      // The score survives a reload, marked as it was.
      await eventually(async () => assert.match(await page.evaluate((key) => localStorage.getItem(key), KEY), /"right":6,"total":8/));
      await page.reload();
      await widget.ready();
      assert.match(await page.getByTestId('quiz-result').innerText(), t.score);
      assert.equal(await page.locator('#vge-q-starting-point-empowerment').isChecked(), true);
      assert.match(await start.locator('.vge-feedback').innerText(), t.wrong);
      await page.locator('.vge-questions-entry').nth(5).scrollIntoViewIfNeeded();
      await screenshot(page, `quiz-${lang}-320-after`);

      // Try again: empty, open, in a new order; the saved attempt stays until the next check.
      const before = await page.locator('#vge-q-dimensions-absorption').evaluate((input) => [...input.closest('ul').querySelectorAll('input')].map((i) => i.value).join());
      await page.getByRole('button', { name: t.retry }).click();
      assert.equal(await page.locator('.vge-quiz input:checked').count(), 0);
      assert.equal(await page.locator('.vge-feedback').count(), 0);
      assert.equal(await page.getByTestId('quiz-result').innerText(), '');
      assert.equal(await page.evaluate(() => document.activeElement.textContent), t.check, 'focus stays on the button');
      const after = await page.locator('#vge-q-dimensions-absorption').evaluate((input) => [...input.closest('ul').querySelectorAll('input')].map((i) => i.value).join());
      assert.notEqual(after, before, 'the choices were reshuffled');
      await page.locator('#vge-q-starting-point-cohesion').check();
      await page.getByRole('button', { name: t.check }).click();
      await eventually(async () => assert.match(await page.evaluate((key) => localStorage.getItem(key), KEY), /"starting-point":\["cohesion"\]/));
    }));
}

test('the attempt goes out in the Markdown export, comes back on import, and is printed', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vge-quiz-'));
  let exported;
  await withWidget({}, async (widget, page) => {
    await widget.open(session.url);
    await answerWithTwoWrong(page);
    await page.getByRole('button', { name: 'Check answers' }).click();
    await eventually(async () => assert.match(await page.getByTestId('quiz-result').innerText(), /6 of 8/));
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as Markdown' }).click(),
    ]);
    exported = path.join(dir, file.suggestedFilename());
    await file.saveAs(exported);
    const text = fs.readFileSync(exported, 'utf8');
    assert.ok(text.includes('## Check yourself\n\n6 of 8 correct · Not yet passed'), text);
    assert.ok(text.includes('Your answer: Scientific and technological empowerment'));
    assert.ok(text.includes('Not quite. Local governments, the abstract says, need to start'));

    const pdf = path.join(dir, 'handout.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdf, format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    const printed = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    assert.ok(printed.includes('Check yourself'), 'the handout has the attempt');
    assert.ok(printed.includes('6 of 8 correct'), printed.slice(-2000));
    assert.ok(printed.includes('Your answer: Values, Institutions, Economic growth'), printed.slice(-2000));
  });
  // Another device: a fresh browser, nothing saved.
  await withWidget({}, async (widget, page) => {
    await widget.open(session.url);
    await page.locator('input[type=file]').setInputFiles(exported);
    await eventually(async () => assert.match(await page.getByTestId('quiz-result').innerText(), /6 of 8 correct/));
    assert.equal(await page.locator('#vge-q-starting-point-empowerment').isChecked(), true);
    await page.reload();
    await widget.ready();
    assert.match(await page.getByTestId('quiz-result').innerText(), /6 of 8 correct/, 'the import was saved');
  });
});

test('a host page hears answered, then passed or failed, as xAPI statements', () =>
  withWidget({}, async (widget, page) => {
    session.server.extraRoutes['/quiz-host.html'] = {
      type: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course page</title><link rel="icon" href="data:,"></head>
<body><h1>Quiz</h1><iframe id="widget" data-value-governance src="${session.url}embed-check.html" title="Check yourself" width="100%" height="900" style="border:0"></iframe>
<script>window.heard = []; addEventListener('message', (e) => { if (e.data && e.data.type === 'vge:quiz') window.heard.push(e.data); });</script>
<script src="${session.url}embed.js"></script></body></html>`,
    };
    await page.goto(`${session.server.origin}/quiz-host.html`);
    const frame = page.frameLocator('#widget');
    await frame.locator('html.vge-live').waitFor({ state: 'attached' });
    // The self-check alone: no timeline, no checklist.
    assert.equal(await frame.locator('.vge-timeline').count(), 0);
    assert.equal(await frame.locator('.vge-checklist').count(), 0);
    assert.equal(await frame.locator('.vge-question').count(), 8);
    for (const [question, choices] of Object.entries({
      'phase-order': null, 'still-unfolding': ['comprehensive'], 'growth-incentives': ['value-goals'],
      'goal-adjustment': ['goal-adjustment'], needs: ['empowerment', 'mobilization'], 'starting-point': ['cohesion'],
      dimensions: ['absorption', 'operation', 'coordination'], 'capability-levels': ['values', 'institutions', 'methodology'],
    })) {
      for (const choice of choices ?? []) await frame.locator(`#vge-q-${question}-${choice}`).check();
    }
    // Leave the phases as shown (never the right order at first): one wrong, 7 of 8, passed.
    await frame.getByRole('button', { name: 'Check answers' }).click();
    await eventually(async () => assert.equal(await page.evaluate(() => window.heard.length), 1));
    const [message] = await page.evaluate(() => window.heard);
    assert.equal(message.event, 'passed');
    assert.deepEqual(message.score, { done: 7, total: 8 });
    assert.equal(message.statements.length, 9);
    const answered = message.statements.slice(0, 8);
    assert.ok(answered.every((s) => s.verb.id === 'http://adlnet.gov/expapi/verbs/answered' && !('actor' in s)));
    assert.deepEqual(answered.map((s) => s.result.success), [false, true, true, true, true, true, true, true]);
    assert.equal(answered[5].object.id, `${session.url}#check&question=starting-point`);
    assert.equal(answered[5].result.response, 'cohesion');
    assert.deepEqual(message.statements[8].verb.id, 'http://adlnet.gov/expapi/verbs/passed');
    assert.deepEqual(message.statements[8].result, { completion: true, success: true, score: { scaled: 0.875, raw: 7, min: 0, max: 8 } });
    // The link of a question answered wrongly opens the whole widget, in a new tab.
    const link = frame.locator('.vge-questions-entry').first().locator('.vge-feedback a');
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.equal(await link.getAttribute('href'), './?lang=en#phase=unity');
    await page.setViewportSize({ width: 900, height: 1200 });
    await screenshot(page, 'quiz-embedded-check', { fullPage: false });
  }));

test('an old-style link with view=check opens the self-check page in its language', () =>
  withWidget({}, async (widget, page) => {
    await page.goto(`${session.url}?embed=1&view=check&lang=zh`);
    await widget.ready();
    assert.match(page.url(), /\/zh-embed-check\.html/);
    assert.equal(await page.locator('.vge-question').count(), 8);
    assert.equal(await page.locator('.vge-checklist, .vge-timeline').count(), 0);
    assert.equal(await page.locator('html').getAttribute('lang'), 'zh-Hans');
  }));

test('the questions are pre-rendered on the self-check page only; the whole page renders them once live', async () => {
  const count = async (file) => ((await (await fetch(`${session.url}${file}`)).text()).match(/<fieldset [^>]*class="vge-question/g) ?? []).length;
  // Far below the first screen and hidden without the wasm: hydrating them
  // made the starting task several times longer (README, "Check yourself").
  assert.equal(await count('index.html'), 0);
  assert.equal(await count('zh.html'), 0);
  assert.equal(await count('embed-check.html'), 8);
  assert.equal(await count('zh-embed-check.html'), 8);
  await withWidget({}, async (widget, page) => {
    await widget.open(session.url);
    await eventually(async () => assert.equal(await page.locator('.vge-question').count(), 8));
  });
});
