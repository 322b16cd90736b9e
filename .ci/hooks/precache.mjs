// The service worker's precache list and build id, derived from the built
// files (used by post_build.mjs; tested by tests/e2e/specs/precache.test.mjs).
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

/** Files that are not part of the page: the worker itself, hidden files, and
 * the course-platform packages (downloads, each a copy of the app) with
 * their launch pages (used only inside a package, which has no worker). */
const SKIP = (relative) => relative === 'sw.js' || relative.endsWith('.zip')
  || /^([a-z]+-)?scorm\.html$/.test(relative)
  || relative.split('/').some((part) => part.startsWith('.'));

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

/** Every file under `dir` the page may need, as sorted relative URLs. */
export function precacheList(dir) {
  return listFiles(dir).filter((relative) => !SKIP(relative));
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
  const list = precacheList(dir);
  const id = buildId(dir, list);
  const template = fs.readFileSync(templatePath, 'utf8');
  if (!template.includes('__BUILD_ID__') || !template.includes('__PRECACHE__')) {
    throw new Error(`${templatePath} lacks the __BUILD_ID__ or __PRECACHE__ placeholder`);
  }
  const worker = template.replace('__BUILD_ID__', id).replace('__PRECACHE__', JSON.stringify(list));
  fs.writeFileSync(path.join(dir, 'sw.js'), worker);
  const bytes = list.reduce((sum, relative) => sum + fs.statSync(path.join(dir, relative)).size, 0);
  return { id, list, bytes };
}
