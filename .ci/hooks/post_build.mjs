// Trunk's post_build hook (see Trunk.toml), for `trunk serve` (.ci/serve):
// finishes Trunk's staging folder ($TRUNK_STAGING_DIR) with the steps of
// finish.mjs, the renderer writing every page, each starting the one wasm
// of this build. Release builds are .ci/build's: it runs its Trunk builds
// one after another with VGE_TRUNK_ONLY set (this hook then does nothing),
// and finish.mjs on them after the last; no build starts from inside a hook.
import process from 'node:process';
import { finish } from './finish.mjs';

if (process.env.VGE_TRUNK_ONLY) process.exit(0);

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post_build: TRUNK_STAGING_DIR is not set (run through trunk)');
  process.exit(1);
}
if (process.env.TRUNK_PROFILE === 'release') {
  console.error('post_build: a release build is three Trunk builds and the pages: run `bash .ci/build`');
  process.exit(1);
}
try {
  finish({ dir, release: false });
} catch (error) {
  console.error(`post_build: ${error.message}`);
  process.exit(1);
}
