// The SCORM packages in a course platform: scorm-again's LMS-side runtime in
// a host page that frames the unpacked package (fixtures/lms.mjs), for SCORM
// 1.2 and SCORM 2004. First launch, completion, a second launch on another
// device (a new, empty browser context, the runtime loaded with the first
// launch's data), the "Check yourself" score and its attempt, notes too
// long for 1.2's suspend data, a platform whose commit fails, and no
// platform at all. Then the platform's attempt owning the work: nothing
// passes to a second activity, a teacher's reset holds, a refused commit
// comes back and is confirmed, two tabs of one activity still merge.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withWatchedPage } from '../fixtures/browser.mjs';
import { eventually } from '../fixtures/eventually.mjs';
import { usePlatforms, openPackage, platformRecord, backups, VERSIONS } from '../fixtures/lms.mjs';

const KEY = 'value-governance-explorer:progress';
const CORE = [/Value goal absorption/, /Value governance operation/, /Value coordination and feedback/];

const session = usePlatforms();
const { platforms } = session;

/** A fresh, watched context (empty storage: another device). */
const withContext = (body) => withWatchedPage(session.browser, {}, body);

const status = (record) => record.core?.lesson_status ?? record.completion_status;
const location = (record) => record.core?.lesson_location ?? record.location;

/** Ends the launch the way a platform does: it removes the frame (pagehide). */
async function leave(page) {
  await page.evaluate(() => document.getElementById('sco').remove());
}

for (const version of Object.keys(VERSIONS)) {
  test(`SCORM ${version}: first launch is incomplete, the three dimensions complete it, a second device gets everything back`, async () => {
    const platform = platforms[version];
    let saved;
    await withContext(async (page) => {
      const frame = await openPackage(page, platform);
      // Package mode: no embed panel, no service worker.
      assert.equal(await frame.locator('.vge-embed').count(), 0);
      await eventually(async () => assert.equal(status(await platformRecord(page, version)), 'incomplete'));

      await frame.getByRole('tab', { name: /Interest goals/ }).click();
      await frame.locator('.vge-checklist').getByRole('checkbox', { name: CORE[0] }).check();
      await frame.locator('.vge-checklist').getByRole('checkbox', { name: CORE[1] }).check();
      await frame.locator('[data-explain=values]').click();
      await frame.locator('#vge-note-values').fill('A note that must reach the other device | with 50% odd characters.');
      await eventually(async () => assert.equal(status(await platformRecord(page, version)), 'incomplete'));
      await frame.locator('.vge-checklist').getByRole('checkbox', { name: CORE[2] }).check();
      await eventually(async () => {
        const record = await platformRecord(page, version);
        assert.equal(status(record), 'completed');
        assert.equal(location(record), 'interest');
        assert.match(record.suspend_data, /^vge1\|/);
        assert.match(record.suspend_data, /with 50%25 odd/);
        if (version === '2004') assert.equal(Number(record.progress_measure).toFixed(4), (3 / 9).toFixed(4));
      });
      if (version === '2004') {
        // The language travels too.
        await frame.getByRole('link', { name: '中文' }).click();
        await eventually(async () => assert.match((await platformRecord(page, version)).suspend_data, /\|l:zh\|/));
      }
      assert.equal(await frame.locator('html').evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
      await leave(page);
      await eventually(async () => {
        const ended = await page.evaluate((v) => {
          const last = (element) => window.sets.filter(([name]) => name === element).at(-1)?.[1];
          return {
            terminated: window.lms.isTerminated(),
            time: last(v === '1.2' ? 'cmi.core.session_time' : 'cmi.session_time'),
            exit: last(v === '1.2' ? 'cmi.core.exit' : 'cmi.exit'),
          };
        }, version);
        assert.ok(ended.terminated, 'terminated on pagehide');
        assert.match(ended.time, version === '1.2' ? /^\d{4}:\d\d:\d\d$/ : /^PT\d+H\d+M\d+S$/);
        assert.equal(ended.exit, 'suspend');
      });
      saved = await platformRecord(page, version);
    });

    await withContext(async (page) => {
      const frame = await openPackage(page, platform, { load: saved });
      await eventually(async () => {
        const checked = await frame.locator('input.vge-checkbox:checked').evaluateAll((boxes) => boxes.map((box) => box.value));
        assert.deepEqual(checked.sort(), ['absorption', 'coordination', 'operation']);
      });
      assert.equal(await frame.locator('[role=tab][aria-selected=true]').getAttribute('data-phase'), 'interest');
      await frame.locator('[data-explain=values]').click();
      assert.equal(await frame.locator('#vge-note-values').inputValue(), 'A note that must reach the other device | with 50% odd characters.');
      if (version === '2004') {
        await eventually(async () => assert.equal(await frame.locator('html').getAttribute('lang'), 'zh-Hans'));
      }
      // Nothing went wrong with the platform, so it says nothing.
      assert.equal(await frame.getByTestId('platform-notice').isHidden(), true);
    });
  });
}

test('SCORM 1.2: notes too long for suspend data keep every tick, say which notes stay here, and leave a valid record', async () => {
  const platform = platforms['1.2'];
  await withContext(async (page) => {
    const frame = await openPackage(page, platform);
    for (const label of CORE) await frame.locator('.vge-checklist').getByRole('checkbox', { name: label }).check();
    for (const id of ['empowerment', 'mobilization', 'cohesion']) {
      await frame.locator(`[data-explain=${id}]`).click();
      await frame.locator(`#vge-note-${id}`).fill(`${id}: ${'x'.repeat(1990)}`);
    }
    const notice = frame.getByTestId('platform-notice');
    await eventually(async () => {
      assert.equal(await notice.isVisible(), true);
      assert.match(await notice.textContent(), /kept only in this browser/);
      assert.match(await notice.textContent(), /Organizational cohesion/);
    });
    const record = await platformRecord(page, '1.2');
    assert.ok(record.suspend_data.length <= 4096, `${record.suspend_data.length} characters`);
    assert.match(record.suspend_data, /^vge1\|/);
    assert.match(record.suspend_data, /\|c:345(\||$)/);
    assert.match(record.suspend_data, /\|n0:empowerment: x+\|n1:mobilization: x+$/);
    assert.equal(status(record), 'completed');
    // This browser keeps all three, and knows the platform has not
    // confirmed the one it does not hold.
    const [local] = Object.values(await backups(frame));
    assert.equal(Object.keys(local.notes).length, 3);
    await eventually(async () => {
      const [backup] = Object.values(await backups(frame));
      assert.equal(backup.platform.confirmed.empowerment, backup.changed.empowerment);
      assert.ok(!(backup.platform.confirmed.cohesion >= backup.changed.cohesion), 'cohesion is unconfirmed');
    });
  });
});

for (const version of Object.keys(VERSIONS)) {
  test(`SCORM ${version}: a platform whose commit fails is retried, the learner is told once, nothing is lost here`, async () => {
    const platform = platforms[version];
    await withContext(async (page) => {
      const frame = await openPackage(page, platform, { failCommit: true });
      await frame.locator('.vge-checklist').getByRole('checkbox', { name: CORE[0] }).check();
      const notice = frame.getByTestId('platform-notice');
      await eventually(async () => assert.equal(await notice.isVisible(), true), { timeout: 15000 });
      assert.match(await notice.textContent(), /not accepting your progress/);
      assert.equal(await notice.locator('p').count(), 1);
      assert.ok(await page.evaluate(() => window.commitCalls) >= 4, 'the first try and three retries');
      const [local] = Object.values(await backups(frame));
      assert.deepEqual(local.checked, ['absorption']);
      assert.equal(local.platform.confirmed?.absorption, undefined, 'not confirmed');
      // The next change tries again; still one notice.
      await frame.locator('.vge-checklist').getByRole('checkbox', { name: CORE[1] }).check();
      await eventually(async () => assert.ok(await page.evaluate(() => window.commitCalls) >= 5));
      assert.equal(await notice.locator('p').count(), 1);
    });
  });
}

test('no platform: the package works as the web widget', async () => {
  const platform = platforms['1.2'];
  await withContext(async (page) => {
    const frame = await openPackage(page, platform, { noApi: true });
    await frame.locator('.vge-checklist').getByRole('checkbox', { name: CORE[0] }).check();
    await frame.getByRole('tab', { name: /Interest goals/ }).click();
    await eventually(async () => {
      const local = JSON.parse(await frame.locator('html').evaluate((_, key) => localStorage.getItem(key), KEY));
      assert.deepEqual(local.checked, ['absorption']);
    });
    assert.equal(await frame.getByTestId('platform-notice').isHidden(), true);
    await frame.getByRole('link', { name: '中文' }).click();
    await eventually(async () => assert.equal(await frame.locator('html').getAttribute('lang'), 'zh-Hans'));
    // The switch stays inside the package.
    assert.match(await frame.locator('html').evaluate(() => location.pathname), /\/lms\/pkg\/zh-scorm\.html$/);
  });
});

test('storage blocked in the package\'s frame: the platform still keeps the work, and the notice says so', async () => {
  const platform = platforms['2004'];
  await withContext(async (page) => {
    await page.addInitScript(() => {
      if (window === window.top) return;
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
    });
    const frame = await openPackage(page, platform);
    await frame.locator('.vge-checklist').getByRole('checkbox', { name: CORE[0] }).check();
    const notice = frame.getByTestId('storage-notice');
    await eventually(async () => assert.match(await notice.innerText(),
      /not letting the widget keep its own copy of your work here; the course platform still keeps it/));
    assert.equal(await notice.getByRole('link').count(), 0, 'no "open in a new tab" in a course platform');
    await eventually(async () => assert.match((await platformRecord(page, '2004')).suspend_data, /\|c:3/));
  });
});

test('a shared computer: the next learner in the same browser starts from their own record, not the last one\'s', async () => {
  const platform = platforms['1.2'];
  await withContext(async (page) => {
    // Learner A's tick never reaches the platform (its commits are
    // refused), so it waits in this browser's backup.
    let frame = await openPackage(page, platform, { load: { core: { student_id: 'learner-a' } }, failCommit: true });
    await frame.locator('.vge-checklist').getByRole('checkbox', { name: CORE[0] }).check();
    await eventually(async () => assert.match((await platformRecord(page, '1.2')).suspend_data, /\|c:3(\||$)/));
    const keys = await frame.locator('html').evaluate(() => Object.keys(localStorage));
    assert.ok(keys.some((key) => key.startsWith(`${KEY}:attempt:`)), keys.join(' '));
    assert.ok(!keys.some((key) => key.includes('learner-a')), 'the id itself is not stored');

    frame = await openPackage(page, platform, { load: { core: { student_id: 'learner-b' } } });
    await eventually(async () => assert.equal(status(await platformRecord(page, '1.2')), 'incomplete'));
    assert.equal(await frame.locator('input.vge-checkbox:checked').count(), 0);
    assert.doesNotMatch((await platformRecord(page, '1.2')).suspend_data, /\|c:/);
  });
});

for (const version of Object.keys(VERSIONS)) {
  test(`SCORM ${version}: a checked "Check yourself" is scored in the platform and comes back on another device`, async () => {
    const platform = platforms[version];
    let saved;
    await withContext(async (page) => {
      const frame = await openPackage(page, platform);
      // All right but the phases' order (never right as first shown): 7 of 8.
      for (const [question, choices] of Object.entries({
        'still-unfolding': ['comprehensive'], 'growth-incentives': ['value-goals'], 'goal-adjustment': ['goal-adjustment'],
        needs: ['empowerment', 'mobilization'], 'starting-point': ['cohesion'],
        dimensions: ['absorption', 'operation', 'coordination'], 'capability-levels': ['values', 'institutions', 'methodology'],
      })) {
        for (const choice of choices) await frame.locator(`#vge-q-${question}-${choice}`).check();
      }
      await frame.getByRole('button', { name: 'Check answers' }).click();
      await eventually(async () => {
        const record = await platformRecord(page, version);
        if (version === '1.2') {
          assert.deepEqual(record.core.score, { raw: '87.5', min: '0', max: '100' });
          assert.equal(record.core.lesson_status, 'incomplete', 'completion still follows the checklist');
        } else {
          assert.equal(record.success_status, 'passed');
          assert.equal(Number(record.score.scaled), 0.875);
          assert.deepEqual([record.score.raw, record.score.min, record.score.max].map(Number), [87.5, 0, 100]);
          assert.equal(record.completion_status, 'incomplete', 'completion still follows the checklist');
        }
        assert.match(record.suspend_data, /\|q:[0-9a-z]+;/);
      });
      await leave(page);
      await eventually(async () => assert.ok(await page.evaluate(() => window.lms.isTerminated())));
      saved = await platformRecord(page, version);
    });
    await withContext(async (page) => {
      const frame = await openPackage(page, platform, { load: saved });
      await eventually(async () => assert.match(await frame.getByTestId('quiz-result').innerText(), /7 of 8 correct/));
      assert.equal(await frame.locator('#vge-q-starting-point-cohesion').isChecked(), true);
    });
  });
}

/** Ticks the three core dimensions and waits until the platform records completion. */
async function complete(page, frame, version) {
  for (const label of CORE) await frame.locator('.vge-checklist').getByRole('checkbox', { name: label }).check();
  await eventually(async () => assert.equal(status(await platformRecord(page, version)), 'completed'));
}

/** The CMI data a platform hands a learner's launch: their id, and a record if any. */
function learner(version, id, record = {}) {
  return version === '1.2'
    ? { ...record, core: { ...record.core, student_id: id } }
    : { ...record, learner_id: id };
}

/** What a platform's record must not hold for work the learner did not do. */
async function assertUntouched(page, frame, version) {
  // The launch has written what it writes (status, location) and committed.
  await eventually(async () => assert.ok(await page.evaluate(() => window.commitCalls) >= 1));
  assert.equal(await frame.locator('input.vge-checkbox:checked').count(), 0);
  const record = await platformRecord(page, version);
  assert.equal(status(record), 'incomplete');
  assert.doesNotMatch(record.suspend_data, /\|c:/);
  assert.equal(record.core?.score.raw ?? record.score.raw, '');
}

for (const version of Object.keys(VERSIONS)) {
  test(`SCORM ${version}: the platform owns the attempt: nothing passes to a second activity, and a teacher's reset holds`, async () => {
    const platform = platforms[version];
    await withContext(async (page) => {
      // Learner L completes activity A…
      let frame = await openPackage(page, platform, { load: learner(version, 'learner-l') });
      await complete(page, frame, version);
      await leave(page);
      const completed = await platformRecord(page, version);
      // … then ticks one more item in a launch whose commits are refused:
      // work this browser holds that A's platform record lacks.
      frame = await openPackage(page, platform, { load: learner(version, 'learner-l', completed), failCommit: true });
      await frame.locator('.vge-checklist').getByRole('checkbox', { name: /Values/ }).check();
      await eventually(async () => assert.ok(await page.evaluate(() => window.commitCalls) >= 1));
      await leave(page);
      // L opens activity B, a second activity holding the same package,
      // for the first time, in the same browser: nothing of A's comes.
      frame = await openPackage(page, platform, { activity: 'other', load: learner(version, 'learner-l') });
      await assertUntouched(page, frame, version);
      await leave(page);
      // The teacher deletes L's attempts at A: the platform starts L over.
      // What A's platform had confirmed stays gone; only the tick it never
      // received comes back (L's own work), and A is not completed.
      frame = await openPackage(page, platform, { load: learner(version, 'learner-l') });
      await eventually(async () => assert.ok(await page.evaluate(() => window.commitCalls) >= 1));
      await eventually(async () => {
        const checked = await frame.locator('input.vge-checkbox:checked').evaluateAll((boxes) => boxes.map((box) => box.value));
        assert.deepEqual(checked, ['values']);
      });
      const record = await platformRecord(page, version);
      assert.equal(status(record), 'incomplete');
      assert.match(record.suspend_data, /\|c:6(\||$)/);
      // Two backups, one per activity, nothing of A's in B's.
      const kept = await backups(frame);
      assert.equal(Object.keys(kept).length, 2);
      assert.ok(Object.values(kept).some((backup) => backup.checked.length === 0));
    });
  });

  test(`SCORM ${version}: work the platform refused comes back at the next launch, is committed at once, then confirmed`, async () => {
    const platform = platforms[version];
    await withContext(async (page) => {
      let frame = await openPackage(page, platform, { load: learner(version, 'learner-l') });
      await frame.locator('.vge-checklist').getByRole('checkbox', { name: CORE[0] }).check();
      await eventually(async () => assert.match((await platformRecord(page, version)).suspend_data, /\|c:3(\||$)/));
      await leave(page);
      const older = await platformRecord(page, version);

      // The next launch's commits are refused; a tick, and the page closes.
      frame = await openPackage(page, platform, { load: learner(version, 'learner-l', older), failCommit: true });
      await frame.locator('.vge-checklist').getByRole('checkbox', { name: CORE[1] }).check();
      await eventually(async () => assert.ok(await page.evaluate(() => window.commitCalls) >= 1));
      await leave(page);

      // The platform still has the older record: the tick comes back and is
      // committed without waiting for another change.
      frame = await openPackage(page, platform, { load: learner(version, 'learner-l', older) });
      await eventually(async () => {
        const checked = await frame.locator('input.vge-checkbox:checked').evaluateAll((boxes) => boxes.map((box) => box.value));
        assert.deepEqual(checked.sort(), ['absorption', 'operation']);
      });
      await eventually(async () => {
        assert.match((await platformRecord(page, version)).suspend_data, /\|c:34(\||$)/);
        assert.ok(await page.evaluate(() => window.commitCalls) >= 1);
        // … and is then marked confirmed in this browser's backup.
        const [backup] = Object.values(await backups(frame));
        assert.equal(backup.platform.confirmed.operation, backup.changed.operation);
      });
      await leave(page);

      // Or the platform has no record at all (it started over): only the
      // unconfirmed tick comes back, not the confirmed one.
      frame = await openPackage(page, platform, { load: learner(version, 'learner-l'), failCommit: true });
      await frame.locator('.vge-checklist').getByRole('checkbox', { name: CORE[2] }).check();
      await eventually(async () => assert.ok(await page.evaluate(() => window.commitCalls) >= 1));
      await leave(page);
      frame = await openPackage(page, platform, { load: learner(version, 'learner-l') });
      await eventually(async () => assert.match((await platformRecord(page, version)).suspend_data, /\|c:5(\||$)/));
      const checked = await frame.locator('input.vge-checkbox:checked').evaluateAll((boxes) => boxes.map((box) => box.value));
      assert.deepEqual(checked, ['coordination']);
    });
  });
}

test('SCORM 2004: two tabs of the same activity still merge their work', async () => {
  const platform = platforms['2004'];
  await withContext(async (first, watched) => {
    const second = await watched.context.newPage();
    const one = await openPackage(first, platform, { load: learner('2004', 'learner-l') });
    const two = await openPackage(second, platform, { load: learner('2004', 'learner-l') });
    await one.locator('.vge-checklist').getByRole('checkbox', { name: CORE[0] }).check();
    await eventually(async () => assert.equal(await two.locator('.vge-checklist').getByRole('checkbox', { name: CORE[0] }).isChecked(), true));
    await two.locator('.vge-checklist').getByRole('checkbox', { name: CORE[1] }).check();
    await eventually(async () => assert.equal(await one.locator('.vge-checklist').getByRole('checkbox', { name: CORE[1] }).isChecked(), true));
    assert.equal(await one.locator('.vge-checklist').getByRole('checkbox', { name: CORE[0] }).isChecked(), true);
  });
});
