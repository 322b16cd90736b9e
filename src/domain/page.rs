//! The pages the build renders: the whole widget once per language, the
//! compact embedding layout once per language and view, and the launch page
//! of the course-platform (SCORM) packages once per language, and the page
//! for teachers (embed code, packages, answer key) once per language. Each is a
//! static file with its own address, so the address alone says what the
//! first paint shows; the wasm then hydrates the page it finds itself in.
//! Also how a page lays the widget out (`Layout`) and which part of it an
//! embedding page shows (`View`).

use crate::content::Lang;

/// What one pre-rendered page shows: its language and its layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Page {
    pub lang: Lang,
    pub layout: Layout,
}

/// How a page lays the widget out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Layout {
    /// The whole widget, on its own page.
    #[default]
    Full,
    /// The compact layout for an iframe in a course page, showing one view.
    Embed(View),
    /// The launch page of a SCORM package: the whole widget, reporting to
    /// the course platform, with nothing that reaches outside the package
    /// (no service worker, no install, no embed code).
    Package,
    /// The page for teachers: the embed code, the SCORM packages, what each
    /// route records and the answer key. Not the widget; its own wasm.
    Teacher,
}

impl Default for Page {
    /// The English page of the whole widget: `index.html`.
    fn default() -> Self {
        Page::full(Lang::En)
    }
}

impl Page {
    /// The whole widget in `lang`.
    pub fn full(lang: Lang) -> Page {
        Page {
            lang,
            layout: Layout::Full,
        }
    }

    /// The launch page of the SCORM packages in `lang`.
    pub fn package(lang: Lang) -> Page {
        Page {
            lang,
            layout: Layout::Package,
        }
    }

    /// The page for teachers in `lang`.
    pub fn teacher(lang: Lang) -> Page {
        Page {
            lang,
            layout: Layout::Teacher,
        }
    }

    /// The page for teachers, not the widget.
    pub fn is_teacher(self) -> bool {
        self.layout == Layout::Teacher
    }

    /// The embedding layout of `view` in `lang`.
    pub fn embed(lang: Lang, view: View) -> Page {
        Page {
            lang,
            layout: Layout::Embed(view),
        }
    }

    /// Shown in an iframe of a course page: compact chrome, host messages.
    pub fn is_embed(self) -> bool {
        matches!(self.layout, Layout::Embed(_))
    }

    /// Launched from a SCORM package.
    pub fn is_package(self) -> bool {
        self.layout == Layout::Package
    }

    /// Which part of the widget is shown: [`View::All`] but on an
    /// embedding page.
    pub fn view(self) -> View {
        match self.layout {
            Layout::Embed(view) => view,
            Layout::Full | Layout::Package | Layout::Teacher => View::All,
        }
    }

    /// Every page the build writes.
    pub fn all() -> impl Iterator<Item = Page> {
        Lang::ALL.into_iter().flat_map(|lang| {
            std::iter::once(Page::full(lang))
                .chain(
                    View::ALL
                        .into_iter()
                        .map(move |view| Page::embed(lang, view)),
                )
                .chain(std::iter::once(Page::package(lang)))
                .chain(std::iter::once(Page::teacher(lang)))
        })
    }

    /// The page that shows this one's layout in another language.
    pub fn in_lang(self, lang: Lang) -> Page {
        Page { lang, ..self }
    }

    /// The file name in `dist/`: `index.html`, `zh.html`, `embed.html`,
    /// `zh-embed-timeline.html`, `scorm.html`, `zh-scorm.html`, `teach.html`, …
    pub fn file_name(self) -> String {
        let mut parts = Vec::new();
        if self.lang != Lang::En {
            parts.push(self.lang.code());
        }
        match self.layout {
            Layout::Full => {}
            Layout::Package => parts.push("scorm"),
            Layout::Teacher => parts.push("teach"),
            Layout::Embed(view) => {
                parts.push("embed");
                if view != View::All {
                    parts.push(view.code());
                }
            }
        }
        if parts.is_empty() {
            parts.push("index");
        }
        parts.join("-") + ".html"
    }

    /// The page's address relative to the folder the app is served from:
    /// its file name; for `index.html`, the folder with `?lang=en`, because
    /// the bare folder is a first visit, which follows the learner's
    /// language (README, "Pages and rendering").
    pub fn href(self) -> String {
        if self == Page::default() {
            format!("./?lang={}", self.lang.code())
        } else {
            self.file_name()
        }
    }

    /// The page's address for `hreflang` and `canonical` links: absolute
    /// under `site`, the folder the app is served from (the build setting
    /// `VGE_SITE_URL`, e.g. `https://example.edu/explorer/`), which search
    /// engines ask for; relative ([`Page::href`]) without one, since a build
    /// cannot know where it will be served.
    pub fn address(self, site: Option<&str>) -> String {
        let href = self.href();
        match site {
            Some(site) => format!(
                "{}/{}",
                site.trim_end_matches('/'),
                href.trim_start_matches("./")
            ),
            None => href,
        }
    }
}

/// Which part of the widget is shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum View {
    /// Everything.
    #[default]
    All,
    /// The timeline of the three goal phases only.
    Timeline,
    /// The checklist (with the learner's work and the supports) only.
    Checklist,
    /// "Check yourself" only.
    Check,
}

impl View {
    pub const ALL: [View; 4] = [View::All, View::Timeline, View::Checklist, View::Check];

    /// The value used in addresses and file names (`view=timeline`).
    pub fn code(self) -> &'static str {
        match self {
            View::All => "all",
            View::Timeline => "timeline",
            View::Checklist => "checklist",
            View::Check => "check",
        }
    }

    pub fn shows_timeline(self) -> bool {
        matches!(self, View::All | View::Timeline)
    }

    pub fn shows_checklist(self) -> bool {
        matches!(self, View::All | View::Checklist)
    }

    pub fn shows_quiz(self) -> bool {
        matches!(self, View::All | View::Check)
    }
}
