// The service worker's precache list and build id, from the built files and
// the build manifest (used by post_build.mjs; checked against dist/ by
// tests/e2e/specs/precache.test.mjs).
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { BUILD_MANIFEST, readBuildManifest } from './build-manifest.mjs';

/** Every file under `dir`, as sorted relative URLs (`icons/a.png`). */
export function listFiles(dir) {
  const found = [];
  const walk = (folder) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else found.push(path.relative(dir, full).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return found.sort();
}

/** Files of the course-platform packages that no web page needs: the zips
 * (downloads, each a copy of the app) and what only their launch pages
 * load (those run only inside a package, which has no worker). */
function packageOnly(manifest) {
  const web = new Set(manifest.pages.filter((page) => page.kind !== 'package').flatMap((page) => [page.file, ...page.loads]));
  return new Set(manifest.packages.flatMap((pkg) => [pkg.zip, ...pkg.files]).filter((file) => !web.has(file)));
}

/** What only the pages for teachers load (their own wasm and script) and the
 * pages themselves: the worker keeps them once a teacher opens such a page
 * (it asks), not on every learner's first visit. */
function teacherOnly(manifest) {
  const learners = new Set(manifest.pages.filter((page) => page.kind !== 'teacher').flatMap((page) => [page.file, ...page.loads]));
  return new Set(manifest.pages.filter((page) => page.kind === 'teacher').flatMap((page) => [page.file, ...page.loads])
    .filter((file) => !learners.has(file)));
}

/** The files of the pages for teachers the worker keeps on a teacher's visit,
 * as sorted relative URLs. */
export function teacherList(manifest) {
  return [...teacherOnly(manifest)].sort();
}

/** Every file under `dir` the learners' web pages may need, as sorted
 * relative URLs: all but the worker itself, the build manifest, hidden
 * files, the package-only files and the teacher-only files. */
export function precacheList(dir, manifest = readBuildManifest(dir)) {
  const skip = new Set([...packageOnly(manifest), ...teacherOnly(manifest)]);
  return listFiles(dir).filter((relative) => relative !== 'sw.js' && relative !== BUILD_MANIFEST
    && !skip.has(relative) && !relative.split('/').some((part) => part.startsWith('.')));
}

/** A short id that changes whenever any listed file's name or bytes change. */
export function buildId(dir, list) {
  const hash = crypto.createHash('sha256');
  for (const relative of list) {
    hash.update(relative).update('\0').update(fs.readFileSync(path.join(dir, relative))).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** Writes `dir/sw.js` from the template; returns what it precaches. */
export function writeServiceWorker(dir, templatePath) {
  const manifest = readBuildManifest(dir);
  const list = precacheList(dir, manifest);
  const teacher = teacherList(manifest);
  const id = buildId(dir, [...list, ...teacher]);
  const template = fs.readFileSync(templatePath, 'utf8');
  if (!['__BUILD_ID__', '__PRECACHE__', '__TEACHER__'].every((placeholder) => template.includes(placeholder))) {
    throw new Error(`${templatePath} lacks the __BUILD_ID__, __PRECACHE__ or __TEACHER__ placeholder`);
  }
  const worker = template.replace('__BUILD_ID__', id).replace('__PRECACHE__', JSON.stringify(list))
    .replace('__TEACHER__', JSON.stringify(teacher));
  fs.writeFileSync(path.join(dir, 'sw.js'), worker);
  const bytes = list.reduce((sum, relative) => sum + fs.statSync(path.join(dir, relative)).size, 0);
  return { id, list, bytes };
}
