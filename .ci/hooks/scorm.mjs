// The course-platform packages (used by post_build.mjs on release builds;
// tested by tests/e2e/specs/scorm-package.test.mjs): one SCORM 1.2 and one
// SCORM 2004 4th edition zip, each with imsmanifest.xml at its root and one
// SCO whose launch page is the widget's package page (scorm.html; its
// language switch leads to zh-scorm.html), with every file those pages load.
//
// Title, identifier and version come from the project: the crate's name and
// version in Cargo.toml, the English content's ui.app_title. The zip is
// written here with node's zlib (deflate), so the build needs no zip tool;
// entries carry a fixed date, so the same files give the same zip.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** The package's launch page and the pages it links to (its languages). */
export const LAUNCH_PAGE = 'scorm.html';

/** `key = "value"` from the first `[table]` of a TOML file (plain strings only). */
function tomlString(text, table, key) {
  const start = text.indexOf(`[${table}]`);
  if (start < 0) throw new Error(`no [${table}]`);
  const rest = text.slice(start).split(/\n\[/)[0];
  const match = rest.match(new RegExp(`^${key}\\s*=\\s*"((?:[^"\\\\]|\\\\.)*)"`, 'm'));
  if (!match) throw new Error(`no ${table}.${key}`);
  return JSON.parse(`"${match[1]}"`);
}

/** Name, version and title, from Cargo.toml and src/content/en.toml. */
export function projectInfo(root) {
  const cargo = fs.readFileSync(path.join(root, 'Cargo.toml'), 'utf8');
  const content = fs.readFileSync(path.join(root, 'src/content/en.toml'), 'utf8');
  return {
    name: tomlString(cargo, 'package', 'name'),
    version: tomlString(cargo, 'package', 'version'),
    title: tomlString(content, 'ui', 'app_title'),
    description: tomlString(content, 'ui', 'page_description'),
  };
}

/** The package pages and every file they load, as relative paths in `dir`. */
export function packageFiles(dir) {
  const pages = fs.readdirSync(dir).filter((name) => name === LAUNCH_PAGE || name.endsWith(`-${LAUNCH_PAGE}`));
  if (!pages.includes(LAUNCH_PAGE)) throw new Error(`${LAUNCH_PAGE} was not rendered`);
  const files = new Set(pages);
  for (const page of pages) {
    const html = fs.readFileSync(path.join(dir, page), 'utf8');
    // Attributes (href, src) and the loader's quoted './file' paths.
    const refs = [...html.matchAll(/\b(?:href|src)="([^"]+)"/g), ...html.matchAll(/'\.\/([^']+)'/g)].map((m) => m[1]);
    for (const ref of refs) {
      // A link within the page ("On this page").
      if (ref.startsWith('#')) continue;
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(ref)) {
        if (!/^data:/.test(ref)) throw new Error(`${page} points outside the package: ${ref}`);
        continue;
      }
      const relative = ref.replace(/^\.\//, '').replace(/[?#].*$/, '');
      if (!relative) continue;
      if (!fs.existsSync(path.join(dir, relative))) throw new Error(`${page} needs ${relative}, which is not in ${dir}`);
      files.add(relative);
    }
  }
  return [...files].sort();
}

const xml = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The part both versions' manifests share: one organization with one item,
 * and the one SCO with its files. The two differ only in the spelling of the
 * SCO type attribute (`scormtype` in 1.2, `scormType` in 2004). */
function organization(title, scoTypeAttribute, fileList) {
  return `  <organizations default="organization">
    <organization identifier="organization">
      <title>${title}</title>
      <item identifier="explorer" identifierref="widget" isvisible="true">
        <title>${title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="widget" type="webcontent" adlcp:${scoTypeAttribute}="sco" href="${LAUNCH_PAGE}">
${fileList}
    </resource>
  </resources>
`;
}

/** imsmanifest.xml for `version` ('1.2' or '2004'). */
export function manifest(version, info, files) {
  const identifier = `${info.name}-scorm${version === '1.2' ? '12' : '2004'}`;
  const fileList = files.map((file) => `      <file href="${xml(file)}"/>`).join('\n');
  const title = xml(info.title);
  if (version === '1.2') {
    return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${identifier}" version="${xml(info.version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
${organization(title, 'scormtype', fileList)}</manifest>
`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${identifier}" version="${xml(info.version)}"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
${organization(title, 'scormType', fileList)}</manifest>
`;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A zip archive of `entries` ([name, Buffer]), deflated, dated 1980-01-01. */
export function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01
  for (const [name, data] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = zlib.deflateRawSync(data, { level: 9 });
    const stored = deflated.length >= data.length;
    const body = stored ? data : deflated;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(0, 10); // time
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by: Unix, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(stored ? 0 : 8, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, body);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The zip file names for a crate name: `NAME-scorm12.zip`, `NAME-scorm2004.zip`. */
export function packageNames(name) {
  return { '1.2': `${name}-scorm12.zip`, 2004: `${name}-scorm2004.zip` };
}

/** Writes both packages into `dir`; returns their names and sizes. */
export function writePackages(dir, root) {
  const info = projectInfo(root);
  const files = packageFiles(dir);
  const names = packageNames(info.name);
  return ['1.2', '2004'].map((version) => {
    const entries = [
      ['imsmanifest.xml', Buffer.from(manifest(version, info, files), 'utf8')],
      ...files.map((file) => [file, fs.readFileSync(path.join(dir, file))]),
    ];
    const archive = zip(entries);
    fs.writeFileSync(path.join(dir, names[version]), archive);
    return { version, name: names[version], bytes: archive.length, files: files.length + 1 };
  });
}
