// The finishing steps after Trunk's build(s), one named step after another
// (steps.mjs), on the folder that holds the web build (dist/, or Trunk's
// staging folder under `trunk serve`). Every HTML page is written by the
// renderer (src/bin/prerender/), the one page assembler; these steps only
// handle files: they join and minify stylesheets and scripts, copy the
// other builds' bundles in, and write the packages and the service worker.
//
//   node .ci/hooks/finish.mjs [--release] DIR [KIND=DIR…]
//
// DIR is the web build; each KIND=DIR another Trunk build of the same crate
// whose bundle the KIND pages start (`package`, `teacher`: OWN_BUNDLES in
// steps.mjs). .ci/build runs the release builds, then this; under
// `trunk serve`, Trunk's post-build hook (post_build.mjs) runs it on its one
// build.
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import {
  readTrunkBuilds, copyOwnBundles, joinStylesheets, minifyScripts, minifyBootScript, inlinePageIcon,
  renderPages, writePackages, writeServiceWorker,
} from './steps.mjs';

const PIPELINE = [
  ['read Trunk\'s builds', readTrunkBuilds],
  ['copy the package and teacher pages\' bundles in', copyOwnBundles],
  ['join and minify the stylesheets', joinStylesheets],
  ['minify the JS glue', minifyScripts],
  ['minify the boot script', minifyBootScript],
  ['inline the page icon', inlinePageIcon],
  ['render the pages (with their CSP) and the build manifest', renderPages],
  ['write the SCORM packages', writePackages],
  ['write the service worker', writeServiceWorker],
];

/** Runs every step on the build in `dir` (the web build) with the other
 * builds in `others` ({ kind: dir }). Throws with the step's name. */
export function finish({ dir, release, others = {} }) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const build = { dir, release, root, others, trunk: null, assets: {}, manifest: null };
  for (const [name, step] of PIPELINE) {
    try {
      step(build);
    } catch (error) {
      throw new Error(`${name}: ${error.message}`);
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const release = args[0] === '--release';
  const [dir, ...rest] = release ? args.slice(1) : args;
  const others = Object.fromEntries(rest.map((arg) => arg.split('=')));
  if (!dir || Object.values(others).some((other) => !other)) {
    console.error('usage: node .ci/hooks/finish.mjs [--release] DIR [KIND=DIR…]');
    process.exit(2);
  }
  try {
    finish({ dir, release, others });
  } catch (error) {
    console.error(`finish: ${error.message}`);
    process.exit(1);
  }
}
