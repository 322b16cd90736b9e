// What a teacher's reports get from the SCORM packages, beside the score:
// each "Check yourself" question as an interaction and each checklist item
// as an objective, in scorm-again's LMS runtime (fixtures/lms.mjs), SCORM 1.2
// and 2004. A check of 7 of 8 right, then "Try again" and a second check
// (each question's entry updated in place); two items ticked, one unticked;
// a platform refusing every interactions element (score, completion and
// suspend data still written, one console line, nothing thrown); a refused
// commit's retry writing them again; a launch not writing the platform's own
// attempt again. The JSON of what scorm-again holds is kept in
// target/scorm-tracking/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { withWatchedPage, projectRoot } from '../fixtures/browser.mjs';
import { eventually } from '../fixtures/eventually.mjs';
import { usePlatforms, openPackage, platformRecord, VERSIONS } from '../fixtures/lms.mjs';

const CORE = [/Value goal absorption/, /Value governance operation/, /Value coordination and feedback/];
const QUESTIONS = ['phase-order', 'still-unfolding', 'growth-incentives', 'goal-adjustment', 'needs', 'starting-point', 'dimensions', 'capability-levels'];
const ITEMS = ['empowerment', 'mobilization', 'cohesion', 'absorption', 'operation', 'coordination', 'values', 'institutions', 'methodology'];
// All right but the phases' order, which is never right as first shown: 7 of 8.
const SEVEN_OF_EIGHT = {
  'still-unfolding': ['comprehensive'], 'growth-incentives': ['value-goals'], 'goal-adjustment': ['goal-adjustment'],
  // Picked in another order than the question lists them.
  needs: ['mobilization', 'empowerment'], 'starting-point': ['cohesion'],
  dimensions: ['coordination', 'absorption', 'operation'], 'capability-levels': ['values', 'institutions', 'methodology'],
};

const session = usePlatforms();
const { platforms } = session;

/** A fresh, watched context; `said` collects what the package told the console about the platform. */
const withContext = (body) => withWatchedPage(session.browser, {}, (page) => {
  const said = [];
  page.on('console', (message) => { if (message.text().startsWith('SCORM:')) said.push(message.text()); });
  return body(page, said);
});

/** The platform's interactions and objectives as scorm-again holds them (write-only 1.2 elements too). */
async function tracked(page) {
  return page.evaluate(() => {
    const cmi = JSON.parse(JSON.stringify(window.lms.cmi));
    return { interactions: cmi.interactions ?? {}, objectives: cmi.objectives ?? {} };
  });
}

/** A collection scorm-again keyed "0", "1", …, as a list. */
const list = (keyed) => Object.keys(keyed).filter((key) => /^\d+$/.test(key)).sort((a, b) => a - b).map((key) => keyed[key]);

async function answer(frame, answers) {
  for (const [question, choices] of Object.entries(answers)) {
    for (const choice of choices) await frame.locator(`#vge-q-${question}-${choice}`).check();
  }
}

/** Puts the phases in the right order with the Move buttons. */
async function orderPhases(frame) {
  const shown = () => frame.locator('.vge-order-item').evaluateAll((items) => items.map((item) => item.dataset.choice));
  for (let step = 0; step < 4 && (await shown()).join() !== 'unity,interest,comprehensive'; step += 1) {
    const id = (await shown()).indexOf('unity') > 0 ? 'unity' : 'interest';
    await frame.locator(`#vge-move-phase-order-${id}-up`).click();
  }
  assert.deepEqual(await shown(), ['unity', 'interest', 'comprehensive']);
}

const ids = (v, list) => list.join(v === '1.2' ? ',' : '[,]');
// SCORM 2004 writes `-` as `_` (Moodle's runtime refuses `-` in a short identifier).
const token = (v, id) => (v === '1.2' ? id : id.replaceAll('-', '_'));
const TIMESPAN = { '1.2': /^\d{2,4}:\d\d:\d\d$/, 2004: /^PT\d+H\d+M\d+S$/ };
const TIME = { '1.2': /^\d\d:\d\d:\d\d$/, 2004: /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d\d(Z|[+-]\d\d:\d\d)$/ };

/** Where the reports of a test run are kept, for README and the closing note. */
function keep(name, value) {
  const dir = path.join(projectRoot, 'target', 'scorm-tracking');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify(value, null, 2)}\n`);
}

for (const version of Object.keys(VERSIONS)) {
  const response = version === '1.2' ? 'student_response' : 'learner_response';
  const wrong = version === '1.2' ? 'wrong' : 'incorrect';

  test(`SCORM ${version}: each question of a check is an interaction, and a second check updates each in place`, async () => {
    const platform = platforms[version];
    await withContext(async (page, said) => {
      const frame = await openPackage(page, platform);
      const shownOrder = await frame.locator('.vge-order-item').evaluateAll((items) => items.map((item) => item.dataset.choice));
      await answer(frame, SEVEN_OF_EIGHT);
      await frame.getByRole('button', { name: 'Check answers' }).click();
      let first;
      await eventually(async () => {
        first = list((await tracked(page)).interactions);
        assert.equal(first.length, 8);
      });
      keep(`interactions-${version}-first-check`, (await tracked(page)).interactions);
      const question = (id) => first[QUESTIONS.indexOf(id)];
      assert.deepEqual(first.map((entry) => entry.id), QUESTIONS, 'entry n is question n');
      assert.deepEqual(first.map((entry) => entry.type), ['sequencing', ...Array(7).fill('choice')]);
      assert.deepEqual(first.map((entry) => entry.result), [wrong, ...Array(7).fill('correct')]);
      assert.ok(first.every((entry) => String(entry.weighting) === '1'));
      assert.ok(first.every((entry) => TIMESPAN[version].test(entry.latency)), first.map((entry) => entry.latency).join());
      assert.ok(first.every((entry) => TIME[version].test(version === '1.2' ? entry.time : entry.timestamp)));
      const pattern = (entry) => list(entry.correct_responses).map((right) => right.pattern);
      // The phases as they were shown; choices by id, a multiple choice in the question's order.
      assert.equal(question('phase-order')[response], ids(version, shownOrder));
      assert.deepEqual(pattern(question('phase-order')), [ids(version, ['unity', 'interest', 'comprehensive'])]);
      assert.equal(question('needs')[response], ids(version, ['empowerment', 'mobilization']));
      assert.equal(question('dimensions')[response], ids(version, ['absorption', 'operation', 'coordination']));
      assert.equal(question('growth-incentives')[response], token(version, 'value-goals'));
      assert.deepEqual(pattern(question('goal-adjustment')), [token(version, 'goal-adjustment')]);
      if (version === '2004') {
        assert.equal(question('starting-point').description, 'Where does the paper say institutional upgrading should start?');
      }
      // The score beside them, and nothing refused.
      const record = await platformRecord(page, version);
      assert.equal(version === '1.2' ? record.core.score.raw : record.score.raw, '87.5');
      assert.deepEqual(said.filter((line) => /refused/.test(line)), []);

      // Try again: the phases in order, the start wrong; checked a second time.
      await frame.getByRole('button', { name: 'Try again' }).click();
      await orderPhases(frame);
      await answer(frame, { ...SEVEN_OF_EIGHT, 'starting-point': ['empowerment'] });
      await frame.getByRole('button', { name: 'Check answers' }).click();
      let second;
      await eventually(async () => {
        second = list((await tracked(page)).interactions);
        assert.equal(second[0].result, 'correct');
      });
      keep(`interactions-${version}-second-check`, (await tracked(page)).interactions);
      // Still eight entries, each the same question, holding the latest check.
      assert.deepEqual(second.map((entry) => entry.id), QUESTIONS);
      assert.deepEqual(second.map((entry) => entry.result), ['correct', 'correct', 'correct', 'correct', 'correct', wrong, 'correct', 'correct']);
      assert.equal(second[0][response], ids(version, ['unity', 'interest', 'comprehensive']));
      assert.equal(second[5][response], 'empowerment');
      assert.deepEqual(second.map(pattern), first.map(pattern), 'one right answer each, not a second');
      assert.deepEqual(said.filter((line) => /refused/.test(line)), []);
    });
  });

  test(`SCORM ${version}: each checklist item is an objective, completed while ticked`, async () => {
    const platform = platforms[version];
    await withContext(async (page, said) => {
      const frame = await openPackage(page, platform);
      const checklist = frame.locator('.vge-checklist');
      await checklist.getByRole('checkbox', { name: CORE[0] }).check();
      await checklist.getByRole('checkbox', { name: /Values/ }).check();
      const status = (objective) => (version === '1.2' ? objective.status : objective.completion_status);
      const completed = async () => list((await tracked(page)).objectives)
        .filter((objective) => status(objective) === 'completed').map((objective) => objective.id);
      await eventually(async () => assert.deepEqual(await completed(), ['absorption', 'values']));
      const objectives = list((await tracked(page)).objectives);
      keep(`objectives-${version}`, (await tracked(page)).objectives);
      assert.deepEqual(objectives.map((objective) => objective.id), ITEMS, 'all nine, objective n is item n');
      assert.equal(objectives.filter((objective) => status(objective) === 'incomplete').length, 7);
      if (version === '2004') {
        assert.ok(objectives.every((objective) => objective.success_status === 'unknown'));
        assert.equal(objectives[3].description, 'Value goal absorption');
      }
      // Unticked: incomplete again.
      await checklist.getByRole('checkbox', { name: CORE[0] }).uncheck();
      await eventually(async () => assert.deepEqual(await completed(), ['values']));
      // The learner's language: 2004's descriptions follow it.
      if (version === '2004') {
        await frame.getByRole('link', { name: '中文' }).click();
        await eventually(async () => assert.equal(list((await tracked(page)).objectives)[3].description, '价值目标吸纳'));
      }
      assert.deepEqual(said.filter((line) => /refused/.test(line)), []);
    });
  });

  // 1.2's platform answers "false", 2004's throws: both are a refusal.
  const refuseBy = version === '1.2' ? 'false' : 'throw';
  test(`SCORM ${version}: a platform refusing every interactions element (${refuseBy}) still gets the score, completion and the work, and one log line`, async () => {
    const platform = platforms[version];
    await withContext(async (page, said) => {
      const frame = await openPackage(page, platform, { refuse: 'cmi.interactions', refuseBy });
      for (const label of CORE) await frame.locator('.vge-checklist').getByRole('checkbox', { name: label }).check();
      await answer(frame, SEVEN_OF_EIGHT);
      await frame.getByRole('button', { name: 'Check answers' }).click();
      await eventually(async () => {
        const record = await platformRecord(page, version);
        assert.equal(version === '1.2' ? record.core.lesson_status : record.completion_status, 'completed');
        assert.equal(version === '1.2' ? record.core.score.raw : record.score.raw, '87.5');
        assert.match(record.suspend_data, /\|c:345\|/);
        assert.match(record.suspend_data, /\|q:[0-9a-z]+;/);
      });
      assert.ok(await page.evaluate(() => window.refused) >= 8, 'every question was tried');
      assert.deepEqual(list((await tracked(page)).interactions), []);
      // The objectives are written all the same.
      assert.equal(list((await tracked(page)).objectives).length, 9);
      // A second check, refused again: still one line.
      const tried = await page.evaluate(() => window.refused);
      await frame.getByRole('button', { name: 'Try again' }).click();
      await answer(frame, { ...SEVEN_OF_EIGHT, 'starting-point': ['empowerment'] });
      await frame.getByRole('button', { name: 'Check answers' }).click();
      await eventually(async () => {
        const record = await platformRecord(page, version);
        assert.equal(version === '1.2' ? record.core.score.raw : record.score.raw, '75');
        assert.ok(await page.evaluate(() => window.refused) >= tried + 8);
      });
      const refusals = said.filter((line) => /refused/.test(line));
      assert.equal(refusals.length, 1, said.join('\n'));
      assert.match(refusals[0], /cmi\.interactions\.0\.id/);
      // The learner is not told: the work is with the platform.
      assert.equal(await frame.getByTestId('platform-notice').isHidden(), true);
    });
  });
}

/** The elements the package set, by name (window.sets: every accepted SetValue, in order). */
const setNames = (page, prefix) => page.evaluate((p) => window.sets.map(([name]) => name).filter((name) => name.startsWith(p)), prefix);

test('SCORM 1.2: a refused commit writes the check\'s interactions again with each retry', async () => {
  const platform = platforms['1.2'];
  await withContext(async (page) => {
    const frame = await openPackage(page, platform, { failCommit: true });
    await answer(frame, SEVEN_OF_EIGHT);
    await frame.getByRole('button', { name: 'Check answers' }).click();
    // The first try and a retry (after 0.4 s) each set every question again.
    await eventually(async () => {
      const ids = await setNames(page, 'cmi.interactions.0.id');
      assert.ok(ids.length >= 2, `${ids.length} writes`);
    });
    assert.equal(list((await tracked(page)).interactions).length, 8, 'still eight entries');
  });
});

test('SCORM 2004: at a launch the platform\'s own attempt counts as written; only a new check is', async () => {
  const platform = platforms['2004'];
  let saved;
  await withContext(async (page) => {
    const frame = await openPackage(page, platform);
    await answer(frame, SEVEN_OF_EIGHT);
    await frame.getByRole('button', { name: 'Check answers' }).click();
    await eventually(async () => assert.match((await platformRecord(page, '2004')).suspend_data, /\|q:/));
    saved = await platformRecord(page, '2004');
  });
  await withContext(async (page) => {
    // The platform hands back its record, the checked attempt in the suspend data.
    const frame = await openPackage(page, platform, { load: saved });
    await frame.locator('.vge-checklist').getByRole('checkbox', { name: CORE[0] }).check();
    await eventually(async () => assert.match((await platformRecord(page, '2004')).suspend_data, /\|c:3\|/));
    assert.deepEqual(await setNames(page, 'cmi.interactions.'), [], 'the resumed attempt is not written again');
    assert.ok((await setNames(page, 'cmi.objectives.')).length >= 36, 'the objectives are');
    await frame.getByRole('button', { name: 'Try again' }).click();
    await answer(frame, SEVEN_OF_EIGHT);
    await frame.getByRole('button', { name: 'Check answers' }).click();
    await eventually(async () => assert.equal(list((await tracked(page)).interactions).length, 8));
  });
});
