// Reads the build manifest that the renderer writes into dist/
// (src/bin/prerender/manifest.rs): every page with its kind, language,
// layout, view and the files it loads; the web app manifests; the SCORM
// packages with their files and zip names; the storage key; the project's
// name, version and title. The build steps after the renderer and the
// end-to-end tests read the build from here, never from the sources.
import fs from 'node:fs';
import path from 'node:path';

/** Its file name in dist/ (manifest::FILE). */
export const BUILD_MANIFEST = 'build.json';

/** The manifest of the build in `dir`. */
export function readBuildManifest(dir) {
  const file = path.join(dir, BUILD_MANIFEST);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: the renderer writes it (prerender pages)`);
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}
