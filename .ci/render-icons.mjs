// Renders the app's PNG icons from the SVGs in static/icons with Chromium.
// Run by hand after changing an SVG: node .ci/render-icons.mjs
import fs from 'node:fs';
import path from 'node:path';
import { launch, projectRoot } from '../tests/e2e/fixtures/browser.mjs';

const icons = path.join(projectRoot, 'static', 'icons');
const browser = await launch();
const page = await browser.newPage();
for (const [source, size, out] of [
  ['favicon.svg', 32, 'favicon-32.png'],
  ['favicon.svg', 192, 'icon-192.png'],
  ['favicon.svg', 512, 'icon-512.png'],
  ['maskable.svg', 512, 'icon-maskable-512.png'],
]) {
  const svg = fs.readFileSync(path.join(icons, source), 'utf8');
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.screenshot({ path: path.join(icons, out), omitBackground: true });
  console.log(`${out}: ${size}x${size}`);
}
await browser.close();
