//! The build manifest, `dist/build.json`: what the renderer wrote, for every
//! build step after it (`.ci/hooks/`) and the end-to-end tests, so that none
//! of them repeats a naming rule or reads the sources: every page with its
//! kind, language, layout, view and the files it loads; each language's web
//! app manifest; the SCORM packages with their files and zip names; the
//! storage key; the project's name, version and title.

use serde::{Deserialize, Serialize};
use value_governance_explorer::content::Lang;
use value_governance_explorer::domain::page::Page;
use value_governance_explorer::formats::cmi::Version;
use value_governance_explorer::formats::record;

/// The manifest's file name in `dist/`.
pub const FILE: &str = "build.json";

/// The icon an iOS home-screen install asks for; linked from the web pages
/// only (a package page is not an installable app).
pub const TOUCH_ICON: &str = "icons/icon-192.png";

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BuildManifest {
    pub project: Project,
    /// The `localStorage` key of the learner's saved work.
    pub storage_key: String,
    pub pages: Vec<PageEntry>,
    pub web_manifests: Vec<WebManifestEntry>,
    pub packages: Vec<PackageEntry>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Project {
    /// The crate's name: the SCORM identifiers and zip names start with it.
    pub name: String,
    pub version: String,
    /// The English content's `ui.app_title`.
    pub title: String,
}

/// What a page is for: the whole widget on the web, a compact embedding
/// page, a SCORM package's launch page, or the page for teachers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Web,
    Embed,
    Package,
    Teacher,
}

/// The script and wasm a page starts, as Trunk (and the finishing steps)
/// wrote them, with the script's Subresource Integrity value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Bundle {
    pub script: String,
    pub integrity: String,
    pub wasm: String,
}

/// The built files the renderer puts into the pages (given by the
/// finishing steps, `.ci/hooks/finish.mjs`, from what `prerender trunk`
/// read in Trunk's builds and what they made of it).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Assets {
    /// The one stylesheet every page links (the template's, joined).
    pub style: String,
    /// Its Subresource Integrity value.
    pub style_integrity: String,
    /// The page icon as a `data:` URL, in place of the template's file.
    #[serde(default)]
    pub icon: Option<String>,
    /// What the web and embedding pages start.
    pub web: Bundle,
    /// What the package pages start (their own build, with the course
    /// platform's runtime); the web bundle when absent.
    #[serde(default)]
    pub package: Option<Bundle>,
    /// What the pages for teachers start (their own build, with nothing
    /// but that page); the web bundle when absent.
    #[serde(default)]
    pub teacher: Option<Bundle>,
    /// The boot script (`static/boot.js`) minified by the finishing steps
    /// (release builds); without it, the source without its comments.
    #[serde(default)]
    pub boot: Option<String>,
}

impl Assets {
    pub fn bundle(&self, kind: Kind) -> &Bundle {
        let own = match kind {
            Kind::Package => self.package.as_ref(),
            Kind::Teacher => self.teacher.as_ref(),
            Kind::Web | Kind::Embed => None,
        };
        own.unwrap_or(&self.web)
    }
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PageEntry {
    pub file: String,
    /// The address other pages link it by (`./?lang=en` for index.html).
    pub href: String,
    pub kind: Kind,
    pub lang: String,
    pub html_lang: String,
    /// `full`, `embed` or `teacher`.
    pub layout: String,
    pub view: String,
    /// The folder's page: a first visit there follows the learner's language.
    pub default: bool,
    pub script: String,
    pub wasm: String,
    /// Every file the page makes the browser fetch: stylesheet, script,
    /// wasm and, on web pages, its web app manifest and touch icon.
    pub loads: Vec<String>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WebManifestEntry {
    pub file: String,
    pub lang: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PackageEntry {
    /// `1.2` or `2004`.
    pub scorm: String,
    /// The zip's file name in `dist/`.
    pub zip: String,
    /// The `<manifest identifier>` of its imsmanifest.xml.
    pub identifier: String,
    /// The SCO's launch page.
    pub launch: String,
    /// Every file in the package besides imsmanifest.xml, sorted.
    pub files: Vec<String>,
}

/// The kind of a page.
pub fn kind(page: Page) -> Kind {
    if page.is_package() {
        Kind::Package
    } else if page.is_teacher() {
        Kind::Teacher
    } else if page.is_embed() {
        Kind::Embed
    } else {
        Kind::Web
    }
}

/// The web app manifest's file name for a language.
pub fn web_manifest_file(lang: Lang) -> String {
    match lang {
        Lang::En => "manifest.webmanifest".to_owned(),
        other => format!("{}.webmanifest", other.code()),
    }
}

/// Every file `page` makes the browser fetch (see [`PageEntry::loads`]).
pub fn loads(page: Page, assets: &Assets) -> Vec<String> {
    let bundle = assets.bundle(kind(page));
    let mut files = vec![
        assets.style.clone(),
        bundle.script.clone(),
        bundle.wasm.clone(),
    ];
    if !page.is_package() {
        files.push(web_manifest_file(page.lang));
        files.push(TOUCH_ICON.to_owned());
    }
    files
}

fn page_entry(page: Page, assets: &Assets) -> PageEntry {
    let bundle = assets.bundle(kind(page));
    PageEntry {
        file: page.file_name(),
        href: page.href(),
        kind: kind(page),
        lang: page.lang.code().to_owned(),
        html_lang: page.lang.content().language.html_lang.to_owned(),
        layout: match kind(page) {
            Kind::Embed => "embed",
            Kind::Teacher => "teacher",
            Kind::Web | Kind::Package => "full",
        }
        .to_owned(),
        view: page.view().code().to_owned(),
        default: page == Page::default(),
        script: bundle.script.clone(),
        wasm: bundle.wasm.clone(),
        loads: loads(page, assets),
    }
}

/// The package for `version`: the package pages and what they load.
fn package_entry(version: Version, assets: &Assets) -> PackageEntry {
    let mut files: Vec<String> = Page::all()
        .filter(|page| page.is_package())
        .flat_map(|page| std::iter::once(page.file_name()).chain(loads(page, assets)))
        .collect();
    files.sort();
    files.dedup();
    let (scorm, suffix) = match version {
        Version::Scorm12 => ("1.2", "scorm12"),
        Version::Scorm2004 => ("2004", "scorm2004"),
    };
    PackageEntry {
        scorm: scorm.to_owned(),
        zip: version.package_file(),
        identifier: format!("{}-{suffix}", env!("CARGO_PKG_NAME")),
        launch: Page::package(Lang::En).file_name(),
        files,
    }
}

/// The manifest of a build whose pages were rendered with `assets`.
pub fn build(assets: &Assets) -> BuildManifest {
    BuildManifest {
        project: Project {
            name: env!("CARGO_PKG_NAME").to_owned(),
            version: env!("CARGO_PKG_VERSION").to_owned(),
            title: value_governance_explorer::content::structure()
                .ui
                .app_title
                .to_owned(),
        },
        storage_key: record::KEY.to_owned(),
        pages: Page::all().map(|page| page_entry(page, assets)).collect(),
        web_manifests: Lang::ALL
            .into_iter()
            .map(|lang| WebManifestEntry {
                file: web_manifest_file(lang),
                lang: lang.code().to_owned(),
            })
            .collect(),
        // 2004 first: what the embed panel offers first.
        packages: Version::ALL
            .into_iter()
            .map(|version| package_entry(version, assets))
            .collect(),
    }
}
