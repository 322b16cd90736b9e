// Trunk post_build hook (see Trunk.toml): finishes dist/ while it is still
// Trunk's staging folder ($TRUNK_STAGING_DIR).
//
// - Pre-renders every page (src/bin/prerender.rs): each language's page and
//   each embedding page, from Trunk's index.html as the template, with the
//   widget's HTML rendered by the same components the wasm hydrates.
// - Joins the per-component stylesheets into one file (one request instead
//   of ten; the sources stay one file per component), with its own content
//   hash in the name and a new integrity value.
// - Starts the wasm after the first paint: Trunk's loader and preloads are
//   replaced by a loader that waits for the first frame (see below).
// - Inlines the page icon (<link rel="icon">, a 32 px PNG) as a data: URL
//   and drops its file: Chromium fetches and decodes the page icon again on
//   every same-document navigation, that is on every phase the learner
//   picks (the address follows as #phase=…), and that fetch landed in the
//   next click's frame. Inline it costs no fetch, and a small PNG decodes
//   at once (an SVG icon is a whole SVG document each time).
// - Release builds: adds to every page a strict Content-Security-Policy
//   <meta> that allows its inline scripts (the boot script, Trunk's loader)
//   by their SHA-256 hashes, computed here from the built page. (`trunk serve` rewrites its live-reload script after this
//   hook, so development builds go without.)
// - Release builds only: writes the course-platform packages, one SCORM 1.2
//   and one SCORM 2004 zip of the package pages and what they load (scorm.mjs).
// - Release builds only: writes sw.js, the service worker, with the list of
//   files to precache and a build id derived from them (precache.mjs).
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { writeServiceWorker } from './precache.mjs';
import { writePackages } from './scorm.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post_build: TRUNK_STAGING_DIR is not set (run through trunk)');
  process.exit(1);
}
const indexPath = path.join(staging, 'index.html');
let html = fs.readFileSync(indexPath, 'utf8');

const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="\.\/([^"]+\.css)"[^>]*\/?>\n?/g)];
if (stylesheets.length > 1) {
  const css = stylesheets.map(([, file]) => fs.readFileSync(path.join(staging, file), 'utf8')).join('\n');
  const name = `styles-${crypto.createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  const integrity = `sha384-${crypto.createHash('sha384').update(css).digest('base64')}`;
  fs.writeFileSync(path.join(staging, name), css);
  stylesheets.forEach(([tag, file], index) => {
    fs.rmSync(path.join(staging, file));
    html = html.replace(tag, index === 0
      ? `<link rel="stylesheet" href="./${name}" crossorigin="anonymous" integrity="${integrity}"/>\n`
      : '');
  });
}

// The wasm starts once the pre-rendered page's first contentful paint has
// been presented, so that not a byte of it competes with the page's words: Trunk's loader and its two
// preload links give way to one that waits for the first frame. The JS keeps
// its integrity check: the loader preloads it with the same hash, and the
// import takes the preloaded module.
const modulePreload = html.match(/<link rel="modulepreload" href="([^"]+)" crossorigin="anonymous" integrity="([^"]+)"\s*\/?>\n?/);
const wasmPreload = html.match(/<link rel="preload" href="([^"]+\.wasm)"[^>]*>\n?/);
const trunkLoader = html.match(/<script type="module">[\s\S]*?<\/script>/);
if (!modulePreload || !wasmPreload || !trunkLoader || !trunkLoader[0].includes(modulePreload[1])) {
  console.error('post_build: Trunk\'s loader is not as expected (modulepreload, wasm preload, module script)');
  process.exit(1);
}
const [, script, integrity] = modulePreload;
const loader = `<script type="module">
const start = async () => {
  document.head.append(Object.assign(document.createElement('link'), {
    rel: 'modulepreload', href: '${script}', crossOrigin: 'anonymous', integrity: '${integrity}',
  }));
  const bindings = await import('${script}');
  const wasm = await bindings.default({ module_or_path: '${wasmPreload[1]}' });
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
};
// After the first contentful paint has been presented (a frame callback can
// run well before it), else at once where there is nothing to paint for.
let started = false;
const go = () => { if (!started) { started = true; start(); } };
if (document.visibilityState === 'hidden' || !(PerformanceObserver.supportedEntryTypes || []).includes('paint')) go();
else {
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('first-contentful-paint').length) { observer.disconnect(); setTimeout(go); }
  }).observe({ type: 'paint', buffered: true });
  setTimeout(go, 5000);
}
</script>`;
html = html.replace(modulePreload[0], '').replace(wasmPreload[0], '').replace(trunkLoader[0], loader);

html = html.replace(/<link rel="icon" href="([^":]+\.png)"[^>]*>/, (tag, href) => {
  const file = path.join(staging, href);
  const data = fs.readFileSync(file).toString('base64');
  fs.rmSync(file);
  return tag.replace(href, `data:image/png;base64,${data}`);
});

const release = process.env.TRUNK_PROFILE === 'release';
fs.writeFileSync(indexPath, html);

// The template is finished: render the pages from it. Release builds use a
// profile without debug assertions, whose hydration markers match the
// release wasm's; development builds the default one.
const profile = release ? ['--profile', 'prerender'] : [];
execFileSync('cargo', ['run', '--quiet', '--offline', ...profile, '--bin', 'prerender', '--', staging], { stdio: 'inherit' });

const pages = fs.readdirSync(staging).filter((name) => name.endsWith('.html'));
for (const name of pages) {
  const pagePath = path.join(staging, name);
  let page = fs.readFileSync(pagePath, 'utf8');
  const inlineScripts = [...page.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const hashes = inlineScripts.map((body) => `'sha256-${crypto.createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
  if (release) {
    if (!page.includes('<meta charset="utf-8" />')) {
      console.error(`post_build: ${name} lost its <meta charset>; cannot place the CSP`);
      process.exit(1);
    }
    page = page.replace(
      '<meta charset="utf-8" />',
      `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
    );
  }
  fs.writeFileSync(pagePath, page);
}
console.log(`post_build: ${pages.length} pages pre-rendered${release ? ', each with a CSP' : ''}`);

// The pages are final: pack the package pages for course platforms.
if (release) {
  for (const { name, bytes, files } of writePackages(staging, process.cwd())) {
    console.log(`post_build: ${name}, ${files} files, ${bytes} bytes`);
  }
}

// Last, so the build id covers the finished files (the zips are not among them).
if (release) {
  const { id, list, bytes } = writeServiceWorker(staging, 'static/sw.js');
  console.log(`post_build: sw.js precaches ${list.length} files, ${bytes} bytes, build ${id}`);
}
