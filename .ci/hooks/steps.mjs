// The steps of the post-build pipeline (run in order by post_build.mjs).
// Each takes the build being finished:
//   { dir, release, root, html, assets, manifest }
// `dir` is Trunk's staging folder; `html` the template (Trunk's index.html)
// while it is being prepared; `assets` the built files the renderer puts
// into the pages (manifest::Assets); `manifest` the build manifest the
// renderer writes (build-manifest.mjs).
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
  console.log(`post_build: ${what} minified, ${gzip(before)} → ${gzip(after)} bytes gzip -9`);

function fail(message) {
  throw new Error(message);
}

/** The script and wasm Trunk's index.html loads, and `html` without
 * Trunk's loader and its two preload links. */
function trunkBundle(html) {
  const modulePreload = html.match(/<link rel="modulepreload" href="\.\/([^"]+\.js)" crossorigin="anonymous" integrity="([^"]+)"\s*\/?>\n?/);
  const wasmPreload = html.match(/<link rel="preload" href="\.\/([^"]+\.wasm)"[^>]*>\n?/);
  const loader = html.match(/<script type="module">[\s\S]*?<\/script>\n?/);
  if (!modulePreload || !wasmPreload || !loader || !loader[0].includes(modulePreload[1])) {
    fail('Trunk\'s loader is not as expected (modulepreload, wasm preload, module script)');
  }
  const rest = [modulePreload, wasmPreload, loader].reduce((text, [tag]) => text.replace(tag, ''), html);
  return { bundle: { script: modulePreload[1], integrity: modulePreload[2], wasm: wasmPreload[1] }, html: rest };
}

/** Reads Trunk's index.html and takes out Trunk's loader and its two
 * preload links: the renderer writes each page's own loader
 * (static/loader.js), which starts the wasm after the first paint. */
export function takeTrunkLoader(build) {
  const { bundle, html } = trunkBundle(fs.readFileSync(path.join(build.dir, 'index.html'), 'utf8'));
  build.html = html;
  build.assets.web = bundle;
}

/** The bundles of their own, besides the web and embedding pages': each a
 * Trunk build of the same crate with one cargo feature. The package pages'
 * wasm has the course-platform runtime (`platform`); the teacher pages'
 * has the page for teachers and nothing of the widget (`teacher`); the
 * web and embedding pages' wasm has neither. */
const OWN_BUNDLES = [['package', 'platform'], ['teacher', 'teacher']];

/** Release builds: the bundles of OWN_BUNDLES, each from a Trunk build into
 * target/<kind>-bundle (whose own post-build step does nothing:
 * VGE_PACKAGE_BUNDLE); each one's script and wasm are copied in beside the
 * web pages'. */
export function buildOwnBundles(build) {
  if (!build.release) return;
  for (const [kind, feature] of OWN_BUNDLES) {
    const out = path.join(build.root, 'target', `${kind}-bundle`);
    execFileSync('trunk', ['build', 'index.html', '--release', '--features', feature, '--dist', out],
      { stdio: ['ignore', 'ignore', 'inherit'], cwd: build.root, env: { ...process.env, VGE_PACKAGE_BUNDLE: '1' } });
    const { bundle } = trunkBundle(fs.readFileSync(path.join(out, 'index.html'), 'utf8'));
    if (bundle.wasm === build.assets.web.wasm) fail(`the ${kind} bundle's wasm is the web one: was \`${feature}\` compiled in?`);
    for (const file of [bundle.script, bundle.wasm]) fs.copyFileSync(path.join(out, file), path.join(build.dir, file));
    build.assets[kind] = bundle;
  }
}

/** Joins the per-component stylesheets into one minified file (one request
 * instead of ten; the sources stay one file per component), with its own
 * content hash in the name and a new integrity value. */
export function joinStylesheets(build) {
  const links = [...build.html.matchAll(/<link rel="stylesheet" href="\.\/([^"]+\.css)"[^>]*\/?>\n?/g)];
  if (links.length === 0) fail('no stylesheet in Trunk\'s index.html');
  const joined = links.map(([, file]) => fs.readFileSync(path.join(build.dir, file), 'utf8')).join('\n');
  const css = transformSync(joined, { loader: 'css', minify: true, legalComments: 'none' }).code;
  saved('stylesheet', joined, css);
  const name = `styles-${sha('sha256', css, 'hex').slice(0, 16)}.css`;
  fs.writeFileSync(path.join(build.dir, name), css);
  links.forEach(([tag, file], index) => {
    fs.rmSync(path.join(build.dir, file));
    build.html = build.html.replace(tag, index === 0
      ? `<link rel="stylesheet" href="./${name}" crossorigin="anonymous" integrity="${integrityOf(css)}"/>\n`
      : '');
  });
  build.assets.style = name;
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
    const name = bundle.script.replace(/-[0-9a-f]{16}\.js$/, '') + `-${sha('sha256', code, 'hex').slice(0, 16)}.js`;
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

/** Inlines the page icon (a 32 px PNG) as a data: URL and drops its file:
 * Chromium fetches and decodes the page icon again on every same-document
 * navigation, that is on every phase the learner picks (the address
 * follows as #phase=…), and that fetch landed in the next click's frame.
 * Inline it costs no fetch, and a small PNG decodes at once. */
export function inlinePageIcon(build) {
  build.html = build.html.replace(/<link rel="icon" href="([^":]+\.png)"[^>]*>/, (tag, href) => {
    const file = path.join(build.dir, href);
    const data = fs.readFileSync(file).toString('base64');
    fs.rmSync(file);
    return tag.replace(href, `data:image/png;base64,${data}`);
  });
}

/** Runs the renderer (src/bin/prerender/): every page from the template,
 * the web app manifests and the build manifest. Release builds use a
 * profile without debug assertions, whose hydration markers match the
 * release wasm's. */
export function renderPages(build) {
  fs.writeFileSync(path.join(build.dir, 'index.html'), build.html);
  prerender(build, ['pages', build.dir, JSON.stringify(build.assets)]);
  build.manifest = readBuildManifest(build.dir);
}

function prerender(build, args) {
  const profile = build.release ? ['--profile', 'prerender'] : [];
  execFileSync('cargo', ['run', '--quiet', '--offline', ...profile, '--bin', 'prerender', '--', ...args],
    { stdio: 'inherit', cwd: build.root });
}

/** Release builds: a strict Content-Security-Policy <meta> on every page
 * that allows its inline scripts (the boot script, the loader) by their
 * SHA-256 hashes, computed from the built page. (`trunk serve` rewrites
 * its live-reload script after this hook, so development builds go
 * without.) */
export function addContentSecurityPolicy(build) {
  if (!build.release) return;
  for (const { file } of build.manifest.pages) {
    const pagePath = path.join(build.dir, file);
    const page = fs.readFileSync(pagePath, 'utf8');
    const hashes = [...page.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
      .map(([, body]) => `'sha256-${sha('sha256', body, 'base64')}'`);
    const policy = [
      "default-src 'self'",
      `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
      "style-src 'self'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
    ].join('; ');
    if (!page.includes('<meta charset="utf-8" />')) fail(`${file} lost its <meta charset>; cannot place the CSP`);
    fs.writeFileSync(pagePath, page.replace('<meta charset="utf-8" />',
      `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`));
  }
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
  console.log(`post_build: sw.js precaches ${list.length} files, ${bytes} bytes, build ${id}`);
}
