// The precache list and build id in the built sw.js, checked against what
// dist/ holds and what the built pages load (read from the files, not
// recomputed by the code that wrote the list); and the build id's rule on a
// small folder of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeServiceWorker, listFiles } from '../../../.ci/hooks/precache.mjs';
import { readBuildManifest, BUILD_MANIFEST } from '../../../.ci/hooks/build-manifest.mjs';
import { distDir, projectRoot } from '../fixtures/browser.mjs';

const template = path.join(projectRoot, 'static', 'sw.js');
const manifest = readBuildManifest(distDir);
const worker = fs.readFileSync(path.join(distDir, 'sw.js'), 'utf8');
const precached = JSON.parse(worker.match(/^const PRECACHE = (\[.*\]);$/m)?.[1] ?? 'null');
const teacherKept = JSON.parse(worker.match(/^const TEACHER = (\[.*\]);$/m)?.[1] ?? 'null');
const webPages = manifest.pages.filter((page) => page.kind === 'web' || page.kind === 'embed');
const packagePages = manifest.pages.filter((page) => page.kind === 'package');
const teacherPages = manifest.pages.filter((page) => page.kind === 'teacher');
const teacherFiles = new Set(teacherPages.map((page) => page.file));

/** Relative URLs a built page makes the browser fetch, read from its HTML:
 * attributes, the loader's import and its wasm. */
function referencedBy(file) {
  const html = fs.readFileSync(path.join(distDir, file), 'utf8');
  return [...html.matchAll(/(?:href|src)="([^"#?]*)"/g), ...html.matchAll(/(?:import|from)\s*\(?\s*['"]([^'"]+)['"]/g),
    ...html.matchAll(/'(\.\/[^'\s]+\.wasm)'/g)]
    .map((match) => match[1])
    .filter((ref) => !/^[a-z]+:/i.test(ref)) // data: URLs are in the page itself
    .map((ref) => ref.replace(/^\.\//, ''))
    .map((ref) => ref === '' ? 'index.html' : ref); // "./" is the folder's page
}

test('sw.js lists files that dist/ holds, by relative path', () => {
  assert.ok(Array.isArray(precached) && precached.length > 10, 'sw.js carries a precache list');
  assert.match(worker, /^const BUILD_ID = '[0-9a-f]{16}';$/m);
  assert.deepEqual(precached, [...new Set(precached)].sort(), 'sorted, each once');
  for (const file of precached) {
    assert.doesNotMatch(file, /^(\/|[a-z]+:|\.\.)/i, file);
    assert.ok(fs.statSync(path.join(distDir, file)).isFile(), `${file} is in dist/`);
  }
});

test('every web page, and everything the web pages and their manifests load, is precached', () => {
  assert.ok(webPages.length >= 10, 'the manifest names the web pages');
  // The page for teachers links to the SCORM packages: downloads, each a
  // copy of the app, fetched when a teacher asks (precached, every
  // learner's first visit would fetch them too).
  // And their link to the page for teachers leads to files kept on a
  // teacher's visit (the next test).
  const downloads = new Set(manifest.packages.map((pkg) => pkg.zip));
  const needed = webPages.flatMap((page) => [page.file, ...referencedBy(page.file)])
    .filter((file) => !downloads.has(file) && !teacherFiles.has(file));
  const icons = manifest.webManifests.flatMap(({ file }) => JSON.parse(fs.readFileSync(path.join(distDir, file), 'utf8')).icons.map((icon) => icon.src));
  for (const file of [...needed, ...icons, 'embed.js']) assert.ok(precached.includes(file), `${file} is needed but not precached`);
  for (const kind of [/\.wasm$/, /\.js$/, /\.css$/, /\.webmanifest$/]) assert.ok(needed.some((file) => kind.test(file)), `the pages load ${kind}`);
});

test('the pages for teachers and what only they load are kept on a teacher\'s visit, not precached for every learner', () => {
  assert.equal(teacherPages.length, 2);
  const learnerNeeds = new Set(webPages.flatMap((page) => [page.file, ...referencedBy(page.file)])
    .filter((file) => !teacherFiles.has(file)));
  const teacherOnly = teacherPages.flatMap((page) => [page.file, ...referencedBy(page.file)])
    .filter((file) => !learnerNeeds.has(file) && !file.endsWith('.zip'));
  // The pages, their own wasm and script.
  assert.ok(teacherOnly.some((file) => file.endsWith('.wasm')) && teacherOnly.includes('teach.html'));
  assert.deepEqual(teacherKept, [...new Set(teacherOnly)].sort());
  for (const file of teacherKept) assert.ok(!precached.includes(file), `${file} is precached for every learner`);
});

test('sw.js, the build manifest, the packages and what only the packages load are not precached, and nothing else is left out', () => {
  const zips = new Set(manifest.packages.map((pkg) => pkg.zip));
  const webNeeds = new Set([...webPages, ...teacherPages].flatMap((page) => [page.file, ...referencedBy(page.file)]).filter((file) => !zips.has(file)));
  const packageOnly = new Set([
    ...manifest.packages.map((pkg) => pkg.zip),
    ...packagePages.flatMap((page) => [page.file, ...referencedBy(page.file)]).filter((file) => !webNeeds.has(file)),
  ]);
  assert.ok(packageOnly.has('scorm.html') && [...packageOnly].some((file) => file.endsWith('.zip')));
  for (const file of ['sw.js', BUILD_MANIFEST, ...packageOnly]) assert.ok(!precached.includes(file), `${file} is precached`);
  const leftOut = listFiles(distDir).filter((file) => !precached.includes(file) && !teacherKept.includes(file));
  assert.deepEqual(leftOut.filter((file) => !['sw.js', BUILD_MANIFEST].includes(file) && !packageOnly.has(file)), [],
    'every other file in dist/ is precached');
});

test('the build id changes when any file changes, and only then', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vge-precache-'));
  try {
    fs.mkdirSync(path.join(dir, 'icons'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html>');
    fs.writeFileSync(path.join(dir, 'scorm.html'), '<!doctype html>');
    fs.writeFileSync(path.join(dir, 'icons', 'a.png'), 'png');
    fs.writeFileSync(path.join(dir, '.stage'), 'hidden');
    fs.writeFileSync(path.join(dir, BUILD_MANIFEST), JSON.stringify({
      pages: [{ file: 'index.html', kind: 'web', loads: ['icons/a.png'] }, { file: 'scorm.html', kind: 'package', loads: ['icons/a.png'] }],
      packages: [{ zip: 'p.zip', files: ['icons/a.png', 'scorm.html'] }],
    }));
    const first = writeServiceWorker(dir, template);
    assert.deepEqual(first.list, ['icons/a.png', 'index.html']);
    assert.equal(writeServiceWorker(dir, template).id, first.id, 'rewriting sw.js changes nothing');
    fs.writeFileSync(path.join(dir, 'icons', 'a.png'), 'png2');
    assert.notEqual(writeServiceWorker(dir, template).id, first.id);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
