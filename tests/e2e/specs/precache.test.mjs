// The precache list and build id that the post-build hook writes into sw.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { precacheList, buildId, writeServiceWorker } from '../../../.ci/hooks/precache.mjs';
import { distDir, projectRoot } from '../fixtures/browser.mjs';

const template = path.join(projectRoot, 'static', 'sw.js');

/** Relative URLs that the web pages and their manifests make the browser
 * fetch (not the SCORM packages' launch pages, which run only inside a
 * package: scorm-package.test.mjs). */
function referencedFiles() {
  const pages = fs.readdirSync(distDir).filter((name) => name.endsWith('.html') && !/scorm\.html$/.test(name));
  const refs = pages.flatMap((name) => {
    const html = fs.readFileSync(path.join(distDir, name), 'utf8');
    return [...html.matchAll(/(?:href|src)="([^"#?]*)"/g), ...html.matchAll(/(?:import|from)\s*\(?\s*['"]([^'"]+)['"]/g)]
      .map((match) => match[1])
      .concat([...html.matchAll(/module_or_path:\s*'([^']+)'/g)].map((match) => match[1]));
  });
  const manifests = fs.readdirSync(distDir).filter((name) => name.endsWith('.webmanifest'));
  const icons = manifests.flatMap((name) => JSON.parse(fs.readFileSync(path.join(distDir, name), 'utf8')).icons.map((icon) => icon.src));
  return [...refs, ...icons]
    .filter((ref) => !/^[a-z]+:/i.test(ref)) // data: URLs are in the page itself
    .map((ref) => ref.replace(/^\.\//, ''))
    .map((ref) => ref === '' ? 'index.html' : ref); // "./" is the folder's page
}

test('every file the page needs is precached, and sw.js itself is not', () => {
  const list = precacheList(distDir);
  for (const page of ['index.html', 'zh.html', 'embed.html', 'zh-embed-timeline.html', 'manifest.webmanifest', 'zh.webmanifest']) {
    assert.ok(list.includes(page), page);
  }
  assert.ok(list.some((file) => file.endsWith('.wasm')), 'the wasm');
  assert.ok(list.some((file) => file.endsWith('.js')), 'the JS');
  for (const file of referencedFiles()) assert.ok(list.includes(file), `${file} is referenced but not precached`);
  assert.ok(!list.includes('sw.js'));
  assert.ok(!list.some((file) => file.endsWith('.zip') || file.endsWith('scorm.html')), 'the SCORM packages are downloads');
});

test('nothing outside dist/ is listed and no path is absolute', () => {
  for (const file of precacheList(distDir)) {
    assert.doesNotMatch(file, /^(\/|[a-z]+:|\.\.)/i, file);
    assert.ok(fs.existsSync(path.join(distDir, file)), `${file} exists`);
  }
});

test('the built sw.js carries exactly the current list and id', () => {
  const worker = fs.readFileSync(path.join(distDir, 'sw.js'), 'utf8');
  const list = precacheList(distDir);
  assert.ok(worker.includes(`const PRECACHE = ${JSON.stringify(list)};`));
  assert.ok(worker.includes(`const BUILD_ID = '${buildId(distDir, list)}';`));
});

test('the build id changes when any file changes, and only then', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vge-precache-'));
  try {
    fs.mkdirSync(path.join(dir, 'icons'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html>');
    fs.writeFileSync(path.join(dir, 'icons', 'a.png'), 'png');
    fs.writeFileSync(path.join(dir, '.stage'), 'hidden');
    const first = writeServiceWorker(dir, template);
    assert.deepEqual(first.list, ['icons/a.png', 'index.html']);
    assert.equal(writeServiceWorker(dir, template).id, first.id, 'rewriting sw.js changes nothing');
    fs.writeFileSync(path.join(dir, 'icons', 'a.png'), 'png2');
    assert.notEqual(writeServiceWorker(dir, template).id, first.id);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
