//! The pages the build renders: the whole widget once per language, the
//! compact embedding layout once per language and view, and the launch page
//! of the course-platform (SCORM) packages once per language. Each is a
//! static file with its own address, so the address alone says what the
//! first paint shows; the wasm then hydrates the page it finds itself in.

use crate::content::Lang;
use crate::state::View;

/// What one pre-rendered page shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Page {
    pub lang: Lang,
    /// The compact layout for an iframe in a course page.
    pub embedded: bool,
    /// Which part of the widget; always [`View::All`] on a full page.
    pub view: View,
    /// The launch page of a SCORM package: the whole widget, reporting to
    /// the course platform, with nothing that reaches outside the package
    /// (no service worker, no install, no embed code).
    pub package: bool,
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
            embedded: false,
            view: View::All,
            package: false,
        }
    }

    /// The launch page of the SCORM packages in `lang`.
    pub fn package(lang: Lang) -> Page {
        Page {
            package: true,
            ..Page::full(lang)
        }
    }

    /// The embedding layout of `view` in `lang`.
    pub fn embed(lang: Lang, view: View) -> Page {
        Page {
            lang,
            embedded: true,
            view,
            package: false,
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
        })
    }

    /// The page that shows this one's layout in another language.
    pub fn in_lang(self, lang: Lang) -> Page {
        Page { lang, ..self }
    }

    /// The file name in `dist/`: `index.html`, `zh.html`, `embed.html`,
    /// `zh-embed-timeline.html`, `scorm.html`, `zh-scorm.html`, …
    pub fn file_name(self) -> String {
        let mut parts = Vec::new();
        if self.lang != Lang::En {
            parts.push(self.lang.code());
        }
        if self.package {
            parts.push("scorm");
        }
        if self.embedded {
            parts.push("embed");
            if self.view != View::All {
                parts.push(self.view.code());
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
}
