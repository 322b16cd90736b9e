// Learner notes: saved and restored, written once typing pauses and never
// lost when the page goes right after a keystroke; exported as Markdown (download and
// clipboard) that reads on its own; imported back with confirmation; printed
// in the handout; and always shown as text, never as markup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { useSession } from '../fixtures/session.mjs';
import { eventually } from '../fixtures/eventually.mjs';
import { projectRoot } from '../fixtures/browser.mjs';

const session = useSession();
const { withWidget } = session;
const XSS = '<img src=x onerror="window.__pwned=1">';

/** Types a note on an item and waits until it is saved. */
async function writeNote(widget, page, id, text) {
  const note = await widget.openItem(id);
  await note.fill(text);
  await eventually(async () => assert.ok(
    (await page.evaluate(() => localStorage.getItem('value-governance-explorer:progress')) ?? '').includes(JSON.stringify(text).slice(1, -1)),
  ));
}

test('notes are saved, restored after reload, and shown as text', () =>
  withWidget({}, async (widget, page) => {
    await widget.open(session.url);
    await writeNote(widget, page, 'absorption', `Taking values in. ${XSS}`);
    await page.reload();
    await widget.ready();
    assert.match(await page.locator('[data-explain=absorption]').innerText(), /has a note/);
    const note = await widget.openItem('absorption');
    assert.equal(await note.inputValue(), `Taking values in. ${XSS}`);
    assert.equal(await page.locator('.vge img').count(), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
  }));

/** The note on `id` in this browser's record, or undefined. */
const storedNote = (page, id) => page.evaluate((item) =>
  JSON.parse(localStorage.getItem('value-governance-explorer:progress') ?? '{}').notes?.[item], id);

test('a note is written once typing pauses, not on every keystroke', () =>
  withWidget({}, async (widget, page) => {
    await page.addInitScript(() => {
      window.__writes = 0;
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (key === 'value-governance-explorer:progress') window.__writes += 1;
        return setItem.call(this, key, value);
      };
    });
    await widget.open(session.url);
    const note = await widget.openItem('operation');
    const before = await page.evaluate(() => window.__writes);
    const text = 'Thirty keystrokes, one write.';
    await note.pressSequentially(text, { delay: 30 });
    await eventually(async () => assert.equal(await storedNote(page, 'operation'), text));
    const writes = await page.evaluate(() => window.__writes) - before;
    assert.ok(writes >= 1 && writes <= 2, `${text.length} keystrokes made ${writes} writes`);
  }));

test('a note typed just before the page goes is kept: reload, leaving the note, closing the tab', () =>
  withWidget({}, async (widget, page) => {
    await widget.open(session.url);
    // Reload straight after the last keystroke.
    let note = await widget.openItem('absorption');
    await note.pressSequentially('kept over a reload');
    await page.reload();
    await widget.ready();
    assert.equal(await storedNote(page, 'absorption'), 'kept over a reload');
    // Focus moves on: written at once, with no pause needed.
    note = await widget.openItem('values');
    await note.pressSequentially('kept on leaving');
    await page.keyboard.press('Tab');
    assert.equal(await storedNote(page, 'values'), 'kept on leaving');
    // The tab closes straight after the last keystroke.
    note = await widget.openItem('methodology');
    await note.pressSequentially('kept over a close');
    const context = page.context();
    await page.close({ runBeforeUnload: true });
    const again = await context.newPage();
    await again.goto(session.url);
    await again.locator('html.vge-live').waitFor({ state: 'attached' });
    assert.equal(await storedNote(again, 'methodology'), 'kept over a close');
  }));

async function download(page) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as Markdown' }).click(),
  ]);
  const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vge-export-')), file.suggestedFilename());
  await file.saveAs(target);
  return { name: file.suggestedFilename(), path: target, text: fs.readFileSync(target, 'utf8') };
}

test('the Markdown export has title, citation, date, every item with its state and note', () =>
  withWidget({}, async (widget, page) => {
    await widget.open(session.url);
    await widget.checkbox(/Value goal absorption/).check();
    await widget.checkbox(/Institutions/).check();
    await writeNote(widget, page, 'coordination', `Feedback loops\nsecond line ${XSS}`);
    const file = await download(page);
    assert.match(file.name, /^value-governance-progress-\d{4}-\d{2}-\d{2}\.md$/);
    assert.match(file.text, /^# Value Governance Explorer — my progress/);
    assert.match(file.text, /Zhou Shangjun \(周尚君\), Local Government Value Governance and Its Institutional Effect/);
    assert.match(file.text, /Exported \d{4}-\d{2}-\d{2}\./);
    // Every item, in the checklist's order (the abstract's chain).
    const items = ['Scientific and technological empowerment', 'A further optimized value mobilization mechanism', 'Organizational cohesion',
      'Value goal absorption', 'Value governance operation', 'Value coordination and feedback', 'Values', 'Institutions', 'Methodology'];
    let last = -1;
    for (const label of items) {
      const mark = ['Value goal absorption', 'Institutions'].includes(label) ? 'x' : ' ';
      const at = file.text.indexOf(`- [${mark}] ${label} (`);
      assert.ok(at >= 0, `${label} with [${mark}]`);
      assert.ok(at > last, `${label} comes after the item before it`);
      last = at;
    }
    assert.ok(file.text.includes('  > Feedback loops\n  > second line &lt;img'), 'note under its item, escaped');
    assert.ok(!file.text.includes('<img'), 'no live markup in the file');
  }));

test('copy puts the same Markdown on the clipboard and says so', () =>
  withWidget({ permissions: ['clipboard-read', 'clipboard-write'] }, async (widget, page) => {
    await widget.open(session.url);
    await widget.checkbox(/Values/).check();
    await page.getByRole('button', { name: 'Copy to clipboard' }).click();
    await eventually(async () => assert.match(await page.getByTestId('work-status').innerText(), /Copied/));
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(clipboard, /^# Value Governance Explorer — my progress/);
    assert.ok(clipboard.includes('- [x] Values ('));
  }));

test('import restores work on another device, asking before replacing', async () => {
  let exported;
  await withWidget({}, async (widget, page) => {
    await widget.open(session.url);
    await widget.checkbox(/Value governance operation/).check();
    await writeNote(widget, page, 'operation', 'How it runs');
    exported = await download(page);
  });
  await withWidget({}, async (widget, page) => {
    await widget.open(session.url);
    await widget.checkbox(/Organizational cohesion/).check();
    await page.locator('input[type=file]').setInputFiles(exported.path);
    const question = page.getByRole('group', { name: /Replace your current ticks and notes/ });
    await question.waitFor();
    assert.equal(await widget.checkbox(/Organizational cohesion/).isChecked(), true, 'nothing replaced before confirming');
    // Focus goes to the answer, which the question describes.
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Replace mine');
    assert.match(await page.evaluate(() => document.getElementById(document.activeElement.getAttribute('aria-describedby')).textContent),
      /Replace your current ticks and notes with the ones in “value-governance-progress-/);
    await page.keyboard.press('Enter');
    await eventually(async () => assert.match(await page.getByTestId('work-status').innerText(), /Imported: 1 ticked, 1 notes/));
    assert.equal(await widget.checkbox(/Organizational cohesion/).isChecked(), false);
    assert.equal(await widget.checkbox(/Value governance operation/).isChecked(), true);
    assert.equal(await (await widget.openItem('operation')).inputValue(), 'How it runs');
    await page.reload();
    await widget.ready();
    assert.equal(await widget.checkbox(/Value governance operation/).isChecked(), true, 'the import was saved');
  });
});

test('a bad file gets a clear message and changes nothing', () =>
  withWidget({}, async (widget, page) => {
    await widget.open(session.url);
    await widget.checkbox(/Values/).check();
    for (const [name, body] of [
      ['notes.md', '# My own notes\n\nNothing to import.'],
      ['data.json', '{"version":2,"checked":["values","operation"]}'],
      ['broken.json', '{"format":"value-governance-explorer",'],
      [`${XSS}.json`, `{"format":"value-governance-explorer","version":2,"checked":"${XSS}"}`],
    ]) {
      await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
      await eventually(async () => assert.match(await page.getByTestId('work-status').innerText(), /is not a file saved by this widget, so nothing was changed/));
      assert.ok((await page.getByTestId('work-status').innerText()).includes(name), 'names the file');
      assert.equal(await widget.checkbox(/Values/).isChecked(), true);
      assert.equal(await widget.checkbox(/Value governance operation/).isChecked(), false);
    }
    assert.equal(await page.locator('.vge img').count(), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
  }));

test('a file with a damaged part imports the rest and says a part was left out', () =>
  withWidget({}, async (widget, page) => {
    await widget.open(session.url);
    const body = '{"format":"value-governance-explorer","version":3,"checked":["values","operation"],"notes":{"values":5,"operation":"kept"}}';
    await page.locator('input[type=file]').setInputFiles({ name: 'damaged.json', mimeType: 'application/json', buffer: Buffer.from(body) });
    await eventually(async () => assert.match(await page.getByTestId('work-status').innerText(),
      /Imported: 2 ticked, 1 notes\. Part of the file could not be read and was left out\./));
    assert.equal(await widget.checkbox(/Value governance operation/).isChecked(), true);
    assert.equal(await (await widget.openItem('operation')).inputValue(), 'kept');
  }));

test('the printed handout has every phase, the checklist with states and notes', () =>
  withWidget({}, async (widget, page) => {
    await widget.open(session.url);
    await widget.checkbox(/Value goal absorption/).check();
    await writeNote(widget, page, 'absorption', `Printed note text ${XSS}`);
    const pdfPath = path.join(projectRoot, 'target', 'screenshots', 'handout.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    for (const phase of ['Unity goals', 'Interest goals', 'Comprehensive goals']) assert.ok(text.includes(phase), phase);
    assert.ok(text.includes('Still unfolding'), 'the third phase is printed in full');
    assert.ok(text.includes('Printed note text <img src=x'), 'the note, as text');
    assert.match(text, /☑\s+Value goal absorption/);
    assert.match(text, /☐\s+Value governance operation/);
    assert.ok(text.includes('Social Sciences in China'), 'citation');
    for (const control of ['Download as Markdown', 'Reset checklist', 'Print handout']) assert.ok(!text.includes(control), `no ${control}`);
    execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, path.join(projectRoot, 'target', 'screenshots', 'handout')]);
    await page.emulateMedia({ media: 'screen' });
  }));

test('the Print button renders the handout and opens the print dialog', () =>
  withWidget({}, async (widget, page) => {
    await widget.open(session.url);
    await page.evaluate(() => { window.print = () => { window.__printed = document.querySelectorAll('.vge-handout-phase').length; }; });
    await page.getByRole('button', { name: 'Print handout' }).click();
    await eventually(async () => assert.equal(await page.evaluate(() => window.__printed), 3));
  }));
