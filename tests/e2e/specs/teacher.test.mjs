// The page for teachers (teach.html, zh-teach.html): what it tells a
// teacher in both languages, the code generator (views, start, copy — on
// 127.0.0.1 with a clipboard, and on a plain-http host without one), the
// code's fallback link as a cleaning platform leaves it, the packages and
// the answer key (every question, its answer, where it comes from, on
// paper), and the learner's pages: one link to it, no embed panel, and a
// line on where the work is kept.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withWatchedPage, distDir, screenshot } from '../fixtures/browser.mjs';
import { StaticServer } from '../fixtures/server.mjs';
import { WidgetPage } from '../fixtures/widget.mjs';
import { eventually } from '../fixtures/eventually.mjs';
import { readBuildManifest } from '../../../.ci/hooks/build-manifest.mjs';

// A host name that is not localhost: served over plain http it is not a
// secure context, so the page has no clipboard API (as on a school's
// intranet server). Chromium resolves it to this machine.
const PLAIN_HOST = 'teach.test';

let browser;
let app;
let hostServer;
const built = readBuildManifest(distDir);

before(async () => {
  browser = await launch({ args: [`--host-resolver-rules=MAP ${PLAIN_HOST} 127.0.0.1`] });
  app = await new StaticServer({ root: distDir, prefix: '/course/unit/' }).start();
  // A course page on another origin (localhost), as a platform's page is.
  hostServer = await new StaticServer({ root: distDir, prefix: '/none/' }).start();
});

after(async () => {
  await browser?.close();
  await Promise.all([app, hostServer].map((server) => server?.stop()));
});

const teachPage = (lang) => `${app.url}${lang === 'zh' ? 'zh-' : ''}teach.html`;

const withPage = (body, options = {}) =>
  withWatchedPage(browser, { allowedHosts: ['127.0.0.1', 'localhost'], ...options }, body);

/** The teacher page in `lang`, live, with its code filled in. */
async function openTeach(page, lang, url = teachPage(lang)) {
  await new WidgetPage(page).open(url);
  await eventually(async () => assert.match(await codeIn(page), /<iframe /));
  return page.locator('.vge-embed-panel');
}

const codeIn = (page) => page.locator('#vge-embed-code').inputValue();

test('the page for teachers says what each way records, offers the packages with their settings, and switches language', () =>
  withPage(async (page) => {
    const expected = {
      en: {
        title: 'For teachers — Value Governance Explorer',
        headings: ['What each way records', 'Embed in a course page', 'Add it to a course platform (SCORM)', 'Answer key to “Check yourself”'],
        routes: [/own browser, on that device only/, /separately for each site that embeds it\. The course platform records nothing/, /completion, the score of “Check yourself”, each question’s answer and each checklist item/],
        private: /Nothing is sent anywhere else/,
        moodle: [/SCORM package/, /Current window/, /Require status, Completed/, /Highest grade/, /Interactions report/],
        switchTo: '中文',
      },
      zh: {
        title: '供教师使用 — 价值治理互动导读',
        headings: ['每种方式记录什么', '嵌入课程页面', '添加到课程平台（SCORM）', '“自我检测”答案表'],
        routes: [/只保存在他们自己的浏览器中/, /每个嵌入它的网站各自分开保存。课程平台不记录任何内容/, /完成情况、“自我检测”的得分、每道题的作答以及清单的每一项/],
        private: /任何内容都不会发送到其他地方/,
        moodle: [/SCORM 课件包/, /当前窗口/, /已完成/, /最高分/, /交互报告/],
        switchTo: 'English',
      },
    };
    return (async () => {
      for (const [lang, want] of Object.entries(expected)) {
        await openTeach(page, lang);
        assert.equal(await page.title(), want.title);
        assert.equal(await page.locator('html').getAttribute('lang'), lang === 'zh' ? 'zh-Hans' : 'en');
        assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
        assert.deepEqual(await page.getByRole('heading', { level: 2 }).allInnerTexts(), [...want.headings, lang === 'zh' ? '出处' : 'Source']);
        const routes = await page.locator('.vge-routes li').allInnerTexts();
        assert.equal(routes.length, 3);
        routes.forEach((text, index) => assert.match(text, want.routes[index]));
        assert.match(await page.locator('.vge-routes').innerText(), want.private);
        // The packages, as the build wrote them, 2004 first.
        const downloads = page.locator('.vge-packages a[download]');
        assert.deepEqual(await downloads.evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
          built.packages.map((pkg) => pkg.zip));
        const moodle = await page.locator('.vge-packages ol').first().innerText();
        for (const pattern of want.moodle) assert.match(moodle, pattern);
        // No learner's widget here, and no notice that something needs it.
        assert.equal(await page.locator('[role=tablist]').count(), 0);
        assert.equal(await page.locator('.vge-static-note').count(), 0);
        // Its own language switch, to the other language's page for teachers.
        const other = page.getByRole('group', { name: 'Language / 语言' }).getByRole('link', { name: want.switchTo });
        assert.equal(await other.getAttribute('href'), lang === 'zh' ? 'teach.html' : 'zh-teach.html');
      }
      await page.getByRole('link', { name: 'English' }).click();
      await page.waitForURL(/\/teach\.html$/);
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'For teachers');
    })();
  }));

test('the embed code tells a teacher where it goes, what it cannot do, and which view suits where, in both languages', () =>
  withPage(async (page) => {
    const expected = {
      en: {
        where: [/HTML view/, /“Source code” in Moodle’s editor/, /the HTML editor in Canvas/, /page’s HTML on a plain site/, /normal editing area, it shows up as text/],
        limits: [/shared computer, the next learner sees the work/, /tracking, grades or each learner’s own work, use a SCORM package/],
        hint: [/Moodle text and media area \(a label\), show one part/, /“Everything” suits a page of its own, such as a Moodle Page/],
        start: 'Start at', resume: 'Where the learner left off', phases: ['Unity goals', 'Interest goals', 'Comprehensive goals'],
        label: 'Code to paste (it opens in English)', link: 'Open the Value Governance Explorer',
      },
      zh: {
        where: [/HTML 视图/, /Moodle 编辑器的“源代码”/, /Canvas 的 HTML 编辑器/, /普通网站页面的 HTML/, /粘贴到普通编辑区时，显示出来的只是一段代码文字/],
        limits: [/多人共用的电脑上，下一位学习者会看到/, /跟踪进度、计入成绩或让每位学习者各有记录，请使用下面的 SCORM 包/],
        hint: [/Moodle 的“文本和媒体区”/, /“全部内容”适合单独成页，例如 Moodle 的“网页”/],
        start: '开始位置', resume: '学习者上次停留的位置', phases: ['团结目标', '利益目标', '综合目标'],
        label: '要粘贴的代码（以中文打开）', link: '打开价值治理互动导读',
      },
    };
    return (async () => {
      for (const [lang, want] of Object.entries(expected)) {
        const panel = await openTeach(page, lang);
        for (const [testid, patterns] of [['embed-where', want.where], ['embed-limits', want.limits], ['embed-view-hint', want.hint]]) {
          const text = await panel.getByTestId(testid).innerText();
          for (const pattern of patterns) assert.match(text, pattern, `${lang} ${testid}`);
        }
        // Where the code goes comes first, before any choice.
        const order = await panel.evaluate((element) => [...element.querySelectorAll('[data-testid], fieldset')]
          .map((node) => node.dataset.testid ?? node.tagName.toLowerCase()));
        assert.deepEqual(order.slice(0, 2), ['embed-where', 'embed-limits']);
        const start = panel.getByRole('group', { name: want.start });
        assert.deepEqual(await start.getByRole('radio').evaluateAll((radios) => radios.map((radio) => radio.labels[0].innerText)),
          [want.resume, ...want.phases]);
        assert.equal(await start.getByRole('radio', { name: want.resume }).isChecked(), true);
        assert.equal(await panel.getByText(want.label).count(), 1);
        // The code opens the page of its language and ends with the link.
        const code = await codeIn(page);
        assert.ok(code.includes(`<iframe src="${app.url}${lang === 'zh' ? 'zh-' : ''}embed.html"`), code);
        assert.ok(code.endsWith(`rel="noopener">${want.link}</a></p>`), code);
      }
    })();
  }));

test('start at: by default the code pins no phase; a phase chosen on purpose is pinned; a view without the timeline has none', () =>
  withPage(async (page) => {
    const panel = await openTeach(page, 'en');
    assert.match(await codeIn(page), new RegExp(`<iframe src="${app.url}embed.html" `));
    assert.doesNotMatch(await codeIn(page), /#phase=/);
    const start = panel.getByRole('group', { name: 'Start at' });
    for (const [name, id] of [['Comprehensive goals', 'comprehensive'], ['Unity goals', 'unity']]) {
      await start.getByRole('radio', { name }).check();
      await eventually(async () => assert.match(await codeIn(page), new RegExp(`<iframe src="${app.url}embed.html#phase=${id}" `)));
      // The link that ends the code opens the whole widget at that phase too.
      assert.ok((await codeIn(page)).includes(`<a href="${app.url}?lang=en#phase=${id}"`));
    }
    await panel.getByRole('radio', { name: 'The timeline only' }).check();
    await eventually(async () => assert.match(await codeIn(page), /embed-timeline.html#phase=unity" /));
    // The checklist has no phase to open at: no choice, no phase in the code.
    await panel.getByRole('radio', { name: 'The checklist only' }).check();
    await eventually(async () => assert.match(await codeIn(page), /embed-checklist\.html" /));
    assert.equal(await panel.getByRole('group', { name: 'Start at' }).count(), 0);
    assert.doesNotMatch(await codeIn(page), /#phase=/);
    await panel.getByRole('radio', { name: 'Everything' }).check();
    await panel.getByRole('group', { name: 'Start at' }).getByRole('radio', { name: 'Where the learner left off' }).check();
    await eventually(async () => assert.match(await codeIn(page), new RegExp(`<iframe src="${app.url}embed.html" `)));
  }));

test('Copy code puts the code on the clipboard, for the view and language chosen', () =>
  withPage(async (page) => {
    const panel = await openTeach(page, 'zh');
    await panel.getByRole('radio', { name: '只显示时间线' }).check();
    await panel.getByRole('radio', { name: '利益目标' }).check();
    await panel.getByRole('button', { name: '复制代码' }).click();
    await eventually(async () => assert.match(await panel.getByTestId('embed-status').innerText(), /代码已复制/));
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(snippet, await codeIn(page));
    assert.ok(snippet.includes(`<iframe src="${app.url}zh-embed-timeline.html#phase=interest"`), snippet);
    assert.match(snippet, /title="价值治理互动导读"/);
    assert.match(snippet, /width="100%"/);
    assert.match(snippet, /loading="lazy"/);
    assert.doesNotMatch(snippet, /\ballow=/);
    assert.ok(snippet.includes(`<script src="${app.url}embed.js" async></script>`));
  }, { permissions: ['clipboard-read', 'clipboard-write'] }));

test('on a plain-http host other than localhost (no clipboard API), Copy code copies another way or selects the code, and never points to a download', async () => {
  const plain = `http://${PLAIN_HOST}:${app.port}/course/unit/`;
  await withPage(async (page) => {
    const panel = await openTeach(page, 'en', `${plain}teach.html`);
    assert.equal(await page.evaluate(() => window.isSecureContext), false);
    assert.equal(await page.evaluate(() => typeof navigator.clipboard), 'undefined');
    assert.ok((await codeIn(page)).includes(`<iframe src="${plain}embed.html"`));
    await panel.getByRole('button', { name: 'Copy code' }).click();
    const status = panel.getByTestId('embed-status');
    await eventually(async () => assert.match(await status.innerText(), /^(Code copied to the clipboard\.|The code is selected: press Ctrl\+C \(⌘C on a Mac\) to copy it\.)$/));
    assert.doesNotMatch(await status.innerText(), /download/i);
    // Either way the whole code is selected, ready for the keyboard.
    const selected = await page.locator('#vge-embed-code').evaluate((field) =>
      [document.activeElement === field, field.selectionStart, field.selectionEnd, field.value.length]);
    assert.deepEqual(selected.slice(0, 3), [true, 0, selected[3]]);
  }, { allowedHosts: [PLAIN_HOST] });
});

test('the code\'s link: hidden while the frame works; where a platform removed the frame and script, learners get the link', async () => {
  let code;
  await withPage(async (page) => {
    await openTeach(page, 'en');
    code = await codeIn(page);
  });
  const course = (name, body) => {
    hostServer.extraRoutes[`/${name}.html`] = {
      type: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course page</title><link rel="icon" href="data:,"></head><body><h1>Unit 3</h1>\n${body}\n</body></html>`,
    };
    return `http://localhost:${hostServer.port}/${name}.html`;
  };
  const link = (page) => page.getByRole('link', { name: 'Open the Value Governance Explorer' });
  // As pasted: the frame works, the link goes out of sight.
  await withPage(async (page) => {
    await page.goto(course('pasted', code));
    await page.frameLocator('iframe[data-value-governance]').locator('html.vge-live').waitFor({ state: 'attached' });
    await eventually(async () => assert.equal(await link(page).isVisible(), false));
  });
  // As Moodle's "Content cleaning everywhere" leaves it: no iframe, no script.
  const cleaned = code.replace(/<iframe[\s\S]*?<\/iframe>/, '').replace(/<script[\s\S]*?<\/script>/, '');
  assert.doesNotMatch(cleaned, /iframe|script/);
  await withPage(async (page, watched) => {
    await page.goto(course('cleaned', cleaned));
    assert.equal(await link(page).isVisible(), true);
    const [tab] = await Promise.all([watched.context.waitForEvent('page'), link(page).click()]);
    await new WidgetPage(tab).ready();
    assert.equal(tab.url(), `${app.url}?lang=en`);
    assert.equal(await tab.getByRole('heading', { level: 1 }).innerText(), 'Value Governance Explorer');
  });
});

test('the answer key lists every question with its right answer, the reason and where it comes from, and prints on its own', () =>
  withPage(async (page) => {
    for (const lang of ['en', 'zh']) {
      await openTeach(page, lang);
      const questions = page.locator('.vge-key-question');
      assert.equal(await questions.count(), 8);
      for (const question of await questions.all()) {
        assert.ok((await question.locator('.vge-key-prompt').innerText()).length > 10);
        assert.match(await question.locator('.vge-key-answer').innerText(), lang === 'zh' ? /^答案：\s*\S/ : /^Answer:\s*\S/);
        assert.ok((await question.locator('.vge-key-why').innerText()).length > 20);
        assert.equal(await question.locator('.vge-key-source a').count(), 1);
      }
      // Answers by id, in the learner's words.
      const answer = (id) => page.locator(`[data-question=${id}] .vge-key-answer`).innerText();
      assert.match(await answer('phase-order'), lang === 'zh' ? /团结目标 → 利益目标 → 综合目标/ : /Unity goals → Interest goals → Comprehensive goals/);
      assert.match(await answer('starting-point'), lang === 'zh' ? /组织内聚力/ : /Organizational cohesion/);
    }
    // A source link opens the learner's page at that phase.
    await openTeach(page, 'en');
    await page.locator('[data-question=phase-order] .vge-key-source a').click();
    const widget = new WidgetPage(page);
    await widget.ready();
    await widget.expectSelected('unity');
    // On paper, through the button: the title and the key, nothing else.
    // (The print dialog itself is stubbed: a headless browser has none.)
    await openTeach(page, 'en');
    await page.evaluate(() => { window.print = () => {}; });
    await page.getByRole('button', { name: 'Print the answer key' }).click();
    const printed = async () => {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vge-key-')), 'key.pdf');
      await page.pdf({ path: file, format: 'A4' });
      return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    };
    const key = await printed();
    assert.match(key, /For teachers/);
    assert.match(key, /Answer key to “Check yourself”/);
    assert.match(key, /Put the three goal phases in the order/);
    assert.match(key, /Source\s/);
    assert.doesNotMatch(key, /Copy code|SCORM 2004 package|Print the answer key|What each way records|In Moodle/);
    // Once the browser says printing is over, its own print command prints
    // the whole page again, without the code generator and the buttons.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    const whole = await printed();
    assert.match(whole, /What each way records/);
    assert.match(whole, /In Moodle/);
    assert.match(whole, /Put the three goal phases in the order/);
    assert.doesNotMatch(whole, /Copy code|Print the answer key|Code to paste/);
  }));

test('the answer key is right: answering by it on the learner\'s page scores 8 of 8', () =>
  withPage(async (page) => {
    await openTeach(page, 'en');
    const key = await page.locator('.vge-key-question').evaluateAll((items) =>
      items.map((item) => [item.dataset.question, item.querySelector('[data-answer]').dataset.answer.split(' ')]));
    assert.equal(key.length, 8);
    const widget = new WidgetPage(page);
    await widget.open(`${app.url}?lang=en`);
    await page.locator('.vge-quiz-button').waitFor();
    for (const [question, answer] of key) {
      if (question === 'phase-order') {
        // Move each choice up until the shown order is the key's.
        const shown = () => page.locator('.vge-order-item').evaluateAll((items) => items.map((item) => item.dataset.choice));
        for (let step = 0; step < 6 && (await shown()).join() !== answer.join(); step += 1) {
          const now = await shown();
          const wrong = answer.findIndex((id, at) => now[at] !== id);
          await page.locator(`#vge-move-${question}-${answer[wrong]}-up`).click();
        }
        assert.deepEqual(await shown(), answer);
      } else {
        for (const choice of answer) await page.locator(`#vge-q-${question}-${choice}`).check();
      }
    }
    await page.locator('.vge-quiz-button').click();
    await eventually(async () => assert.match(await page.getByTestId('quiz-result').innerText(), /8 of 8/));
  }));

test('the learner\'s pages link to the page for teachers, carry no embed panel, and say where the work is kept', () =>
  withPage(async (page) => {
    const widget = new WidgetPage(page);
    for (const [url, name, href, kept] of [
      [`${app.url}?lang=en`, 'For teachers: embed this page or add it to a course', 'teach.html', /kept in this browser, on this device, for anyone who uses it\. On a shared computer, clear the browser’s site data/],
      [`${app.url}zh.html`, '教师使用：把本页嵌入课程页面或添加到课程平台', 'zh-teach.html', /保存在这台设备的此浏览器中.*在多人共用的电脑上，离开前请清除浏览器的网站数据/],
    ]) {
      await widget.open(url);
      assert.equal(await page.locator('.vge-embed, #vge-embed-code').count(), 0);
      assert.equal(await page.getByRole('button', { name: /Embed|嵌入/ }).count(), 0);
      const link = page.getByRole('link', { name });
      assert.equal(await link.getAttribute('href'), href);
      assert.match(await page.getByTestId('work-kept').innerText(), kept);
    }
    // Switched in place, the link follows the language.
    await widget.open(`${app.url}?lang=en`);
    await widget.switchLanguage('中文');
    await eventually(async () => assert.equal(await page.getByRole('link', { name: /教师使用/ }).getAttribute('href'), 'zh-teach.html'));
    await page.getByRole('link', { name: /教师使用/ }).click();
    await page.waitForURL(/zh-teach\.html$/);
    // A package's learners are told the platform keeps it; no link to teachers.
    await widget.open(`${app.url}scorm.html`);
    assert.match(await page.getByTestId('work-kept').innerText(), /kept with your account on the course platform/);
    assert.equal(await page.getByRole('link', { name: /For teachers/ }).count(), 0);
    // An embedded view has no link either (its course has a teacher already).
    await widget.open(`${app.url}embed.html`);
    assert.equal(await page.getByRole('link', { name: /For teachers/ }).count(), 0);
  }));

test('screenshots of the page for teachers, both languages, 1280 and 320 px', () =>
  withPage(async (page) => {
    for (const lang of ['en', 'zh']) {
      for (const width of [1280, 320]) {
        await page.setViewportSize({ width, height: 900 });
        await openTeach(page, lang);
        assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0, `${lang} ${width}: no sideways scroll`);
        await screenshot(page, `teacher-${lang}-${width}`);
      }
    }
  }));
