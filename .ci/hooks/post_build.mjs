// Trunk's post_build hook (see Trunk.toml): finishes dist/ while it is still
// Trunk's staging folder ($TRUNK_STAGING_DIR), one named step after another
// (steps.mjs). The renderer describes what it wrote in dist/build.json,
// which every step after it reads.
import process from 'node:process';
import {
  takeTrunkLoader, buildOwnBundles, joinStylesheets, minifyScripts, minifyBootScript, inlinePageIcon, renderPages,
  addContentSecurityPolicy, writePackages, writeServiceWorker,
} from './steps.mjs';

const PIPELINE = [
  ['take out Trunk\'s loader', takeTrunkLoader],
  ['build the package and teacher pages\' wasm', buildOwnBundles],
  ['join and minify the stylesheets', joinStylesheets],
  ['minify the JS glue', minifyScripts],
  ['minify the boot script', minifyBootScript],
  ['inline the page icon', inlinePageIcon],
  ['render the pages and the build manifest', renderPages],
  ['add each page\'s Content-Security-Policy', addContentSecurityPolicy],
  ['write the SCORM packages', writePackages],
  ['write the service worker', writeServiceWorker],
];

// The builds that make the package and teacher pages' wasm (buildOwnBundles)
// needs nothing but Trunk's own output.
if (process.env.VGE_PACKAGE_BUNDLE) process.exit(0);

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post_build: TRUNK_STAGING_DIR is not set (run through trunk)');
  process.exit(1);
}
const build = { dir, release: process.env.TRUNK_PROFILE === 'release', root: process.cwd(), html: '', assets: {}, manifest: null };
for (const [name, step] of PIPELINE) {
  try {
    step(build);
  } catch (error) {
    console.error(`post_build: ${name}: ${error.message}`);
    process.exit(1);
  }
}
