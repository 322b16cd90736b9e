// The finishing steps (run in order by finish.mjs). Each takes the build
// being finished:
//   { dir, release, root, others, trunk, assets, manifest }
// `dir` is the web build's folder (dist/, or Trunk's staging folder under
// `trunk serve`); `others` the folders of the other Trunk builds by kind;
// `trunk` what the renderer read in each build's index.html (`prerender
// trunk`); `assets` the built files the renderer puts into the pages
// (manifest::Assets); `manifest` the build manifest the renderer writes
// (build-manifest.mjs). No step edits HTML: the renderer writes every page.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readBuildManifest } from './build-manifest.mjs';
import { writeServiceWorker as writeWorker } from './precache.mjs';

// esbuild is a build tool of .ci/tools (its package.json), not of the hooks.
const { transformSync } = createRequire(new URL('../tools/package.json', import.meta.url))('esbuild');

const sha = (algorithm, data, encoding) => crypto.createHash(algorithm).update(data).digest(encoding);
const integrityOf = (data) => `sha384-${sha('sha384', data, 'base64')}`;

const gzip = (data) => zlib.gzipSync(data, { level: 9 }).length;
const saved = (what, before, after) =>
  console.log(`finish: ${what} minified, ${gzip(before)} → ${gzip(after)} bytes gzip -9`);

function fail(message) {
  throw new Error(message);
}

/** The bundles of their own, besides the web and embedding pages': each a
 * Trunk build of the same crate with one cargo feature (.ci/build runs
 * them, in this order, after the web build). The package pages' wasm has
 * the course-platform runtime (`platform`); the teacher pages' has the page
 * for teachers and nothing of the widget (`teacher`); the web and
 * embedding pages' wasm has neither. */
export const OWN_BUNDLES = [['package', 'platform'], ['teacher', 'teacher']];

/** Runs the renderer (src/bin/prerender/). Release builds use a profile
 * without debug assertions, whose hydration markers match the release
 * wasm's. Returns what it printed when `output` is asked for. */
function prerender(build, args, { output = false } = {}) {
  const profile = build.release ? ['--profile', 'prerender'] : [];
  return execFileSync('cargo', ['run', '--quiet', '--offline', ...profile, '--bin', 'prerender', '--', ...args],
    { stdio: ['ignore', output ? 'pipe' : 'inherit', 'inherit'], cwd: build.root, encoding: 'utf8' });
}

/** What each Trunk build's index.html names (read by the renderer,
 * src/bin/prerender/trunk.rs): the script, integrity and wasm its loader
 * starts, its stylesheets and its page icon. */
export function readTrunkBuilds(build) {
  const builds = [['web', build.dir], ...Object.entries(build.others)].map(([kind, dir]) => `${kind}=${dir}`);
  build.trunk = JSON.parse(prerender(build, ['trunk', ...builds], { output: true }));
  build.assets.web = build.trunk.web.bundle;
}

/** Each own bundle's script and wasm (OWN_BUNDLES), copied in beside the web
 * pages'. Release builds must have them all; a development build (`trunk
 * serve`) has one bundle, which every page starts. */
export function copyOwnBundles(build) {
  for (const [kind, feature] of OWN_BUNDLES) {
    const other = build.others[kind];
    if (!other) {
      if (build.release) fail(`no ${kind} build (\`--features ${feature}\`): release builds are made by .ci/build`);
      continue;
    }
    const { bundle } = build.trunk[kind];
    if (bundle.wasm === build.assets.web.wasm) fail(`the ${kind} bundle's wasm is the web one: was \`${feature}\` compiled in?`);
    for (const file of [bundle.script, bundle.wasm]) fs.copyFileSync(path.join(other, file), path.join(build.dir, file));
    build.assets[kind] = bundle;
  }
}

/** Joins the per-component stylesheets into one minified file (one request
 * instead of twelve; the sources stay one file per component), with its own
 * content hash in the name and its integrity value; the renderer links it
 * in place of the template's. */
export function joinStylesheets(build) {
  const files = build.trunk.web.stylesheets;
  if (files.length === 0) fail('no stylesheet in Trunk\'s index.html');
  const joined = files.map((file) => fs.readFileSync(path.join(build.dir, file), 'utf8')).join('\n');
  const css = transformSync(joined, { loader: 'css', minify: true, legalComments: 'none' }).code;
  saved('stylesheet', joined, css);
  const name = `styles-${sha('sha256', css, 'hex').slice(0, 16)}.css`;
  for (const file of files) fs.rmSync(path.join(build.dir, file));
  fs.writeFileSync(path.join(build.dir, name), css);
  build.assets.style = name;
  build.assets.styleIntegrity = integrityOf(css);
}

/** Release builds: minifies wasm-bindgen's JS glue of each bundle (Trunk's
 * own minifier breaks it, trunk #1044), under a new content-hashed name
 * and integrity. */
export function minifyScripts(build) {
  if (!build.release) return;
  const minified = new Map(); // the bundles' glue may be the same file
  for (const kind of ['web', ...OWN_BUNDLES.map(([kind]) => kind)]) {
    const bundle = build.assets[kind];
    if (!bundle) continue;
    if (minified.has(bundle.script)) {
      build.assets[kind] = { ...bundle, ...minified.get(bundle.script) };
      continue;
    }
    const source = fs.readFileSync(path.join(build.dir, bundle.script), 'utf8');
    const code = transformSync(source, { loader: 'js', format: 'esm', minify: true, legalComments: 'none' }).code;
    saved(`JS glue (${kind})`, source, code);
    // Trunk's hash is a number in hex, so it may be shorter than 16 digits.
    const name = bundle.script.replace(/-[0-9a-f]+\.js$/, '') + `-${sha('sha256', code, 'hex').slice(0, 16)}.js`;
    fs.rmSync(path.join(build.dir, bundle.script));
    fs.writeFileSync(path.join(build.dir, name), code);
    minified.set(bundle.script, { script: name, integrity: integrityOf(code) });
    build.assets[kind] = { ...bundle, ...minified.get(bundle.script) };
  }
}

/** Release builds: minifies the boot script (static/boot.js) that the
 * renderer inlines at the top of every page, written for old browsers
 * (ES5 kept). */
export function minifyBootScript(build) {
  if (!build.release) return;
  const source = fs.readFileSync(path.join(build.root, 'static', 'boot.js'), 'utf8');
  const code = transformSync(source, { loader: 'js', minify: true, target: 'es5', legalComments: 'none' }).code.trim();
  saved('boot script', source, code);
  build.assets.boot = code;
}

/** The page icon (a 32 px PNG) as a data: URL for the renderer to write in
 * its place, and its file dropped: Chromium fetches and decodes the page
 * icon again on every same-document navigation, that is on every phase the
 * learner picks (the address follows as #phase=…), and that fetch landed in
 * the next click's frame. Inline it costs no fetch, and a small PNG decodes
 * at once. */
export function inlinePageIcon(build) {
  const { icon } = build.trunk.web;
  if (!icon || /^[a-z]+:/.test(icon)) return;
  const file = path.join(build.dir, icon);
  build.assets.icon = `data:image/png;base64,${fs.readFileSync(file).toString('base64')}`;
  fs.rmSync(file);
}

/** Runs the renderer: every page from Trunk's index.html, the web app
 * manifests and the build manifest; in release builds every page with its
 * Content-Security-Policy, computed by the renderer from the inline
 * scripts it wrote. (`trunk serve` adds a live-reload script of its own, so
 * development builds go without.) */
export function renderPages(build) {
  prerender(build, ['pages', build.dir, JSON.stringify(build.assets), ...(build.release ? ['--csp'] : [])]);
  build.manifest = readBuildManifest(build.dir);
}

/** Release builds: the SCORM packages the build manifest lists, written by
 * the renderer from the finished pages (src/bin/prerender/package.rs). */
export function writePackages(build) {
  if (!build.release) return;
  prerender(build, ['packages', build.dir]);
}

/** Release builds, last, so the build id covers the finished files: sw.js
 * with the list of files to precache and a build id derived from them. */
export function writeServiceWorker(build) {
  if (!build.release) return;
  const { id, list, bytes } = writeWorker(build.dir, path.join(build.root, 'static', 'sw.js'));
  console.log(`finish: sw.js precaches ${list.length} files, ${bytes} bytes, build ${id}`);
}
