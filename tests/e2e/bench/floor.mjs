// The benchmark's floor (issue 11): each pre-rendered language page of the
// build with its scripts taken out. Same markup, same stylesheet, no wasm:
// what the widget's first paint would cost if nothing ever had to run.
//
// From each page: every <script> element, the modulepreload/preload links
// (the glue and the wasm) and the CSP <meta> (nothing left for it to allow)
// go; `vge-js` joins the <html> classes, which is what the boot script
// would have added, so the styles lay the floor out exactly as the widget's
// first paint (without it they show the no-script reading version, every
// panel open). The stylesheet, manifest and the manifest's icons are copied
// beside it, so the floor requests what the widget's page requests minus
// the script.
import fs from 'node:fs';
import path from 'node:path';

/** The language pages, floor file = built file. */
export const FLOOR_PAGES = [
  { lang: 'en', file: 'index.html' },
  { lang: 'zh', file: 'zh.html' },
];

/** `html` with `edit` applied to the text outside comments (the template's
 * comments mention <html> and <script>; hydration markers are comments). */
function outsideComments(html, edit) {
  return html.split(/(<!--[\s\S]*?-->)/).map((part) => (part.startsWith('<!--') ? part : edit(part))).join('');
}

/** The floor version of one pre-rendered page's HTML. */
export function floorHtml(html) {
  let htmlTags = 0;
  const floor = outsideComments(html, (text) => text
    .replace(/[ \t]*<script\b[^>]*>[\s\S]*?<\/script>[ \t]*\n?/gi, '')
    .replace(/[ \t]*<link\b[^>]*\brel="(?:modulepreload|preload)"[^>]*>[ \t]*\n?/gi, '')
    .replace(/[ \t]*<meta\b[^>]*\bhttp-equiv="Content-Security-Policy"[^>]*>[ \t]*\n?/gi, '')
    .replace(/<html\b[^>]*>/gi, (tag) => {
      htmlTags += 1;
      const classes = tag.match(/\bclass="([^"]*)"/);
      return classes
        ? tag.replace(classes[0], `class="${`${classes[1]} vge-js`.trim()}"`)
        : tag.replace(/\s*\/?>$/, ' class="vge-js">');
    }));
  if (htmlTags !== 1) throw new Error(`floor: expected one <html> element, found ${htmlTags}`);
  const code = floor.replace(/<!--[\s\S]*?-->/g, '');
  if (/<script\b/i.test(code)) throw new Error('floor: a <script> element is left');
  if (/rel="(?:modulepreload|preload)"/.test(code)) throw new Error('floor: a preload link is left');
  if (!/<html\b[^>]*\bclass="[^"]*\bvge-js\b/.test(code)) throw new Error('floor: <html> did not get vge-js');
  if (!floor.includes('class="vge-step-name"')) throw new Error('floor: the page has no pre-rendered phases');
  return floor;
}

/** The local files a page links (stylesheet, manifest, icons), relative to its folder. */
function linkedFiles(html) {
  const refs = new Set();
  for (const [tag] of html.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<link\b[^>]*>/gi)) {
    const rel = tag.match(/\brel="([^"]+)"/)?.[1];
    const href = tag.match(/\bhref="([^"]+)"/)?.[1];
    if (!href || rel === 'alternate' || /^[a-z]+:/i.test(href)) continue;
    refs.add(href.replace(/^\.\//, '').replace(/[?#].*$/, ''));
  }
  return [...refs].filter((ref) => ref !== '');
}

function copy(from, to, file) {
  fs.mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
  fs.copyFileSync(path.join(from, file), path.join(to, file));
}

/**
 * Writes the floor pages of `distDir` into `floorDir` (emptied first).
 * Returns [{ lang, file }] of the pages written.
 */
export function makeFloor(distDir, floorDir) {
  fs.rmSync(floorDir, { recursive: true, force: true });
  fs.mkdirSync(floorDir, { recursive: true });
  const copied = new Set();
  for (const { file } of FLOOR_PAGES) {
    const html = floorHtml(fs.readFileSync(path.join(distDir, file), 'utf8'));
    fs.writeFileSync(path.join(floorDir, file), html);
    for (const ref of linkedFiles(html)) {
      if (copied.has(ref) || !fs.existsSync(path.join(distDir, ref))) continue;
      copy(distDir, floorDir, ref);
      copied.add(ref);
      if (/\.(webmanifest|json)$/.test(ref)) {
        const manifest = JSON.parse(fs.readFileSync(path.join(distDir, ref), 'utf8'));
        for (const icon of manifest.icons ?? []) {
          const src = path.join(path.dirname(ref), icon.src).replace(/^\.\//, '');
          if (!copied.has(src) && fs.existsSync(path.join(distDir, src))) {
            copy(distDir, floorDir, src);
            copied.add(src);
          }
        }
      }
    }
  }
  return FLOOR_PAGES;
}
