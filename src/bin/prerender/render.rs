//! The pages: for each [`Page`] (each language, the whole widget, each
//! embedding view, the package's launch page and the page for teachers),
//! the widget's HTML as the same components render it in the browser,
//! inside Trunk's built `index.html`, with the page's head, its boot script,
//! its loader and (release builds) its CSP, all written through the
//! `lol_html` rewriter; and each language's web app manifest.

use super::csp;
use super::manifest::{self, Assets, BuildManifest};
use lol_html::html_content::{ContentType, TextType};
use lol_html::{doc_comments, doc_text, element, end_tag, rewrite_str, RewriteStrSettings};
use serde_json::{json, Value};
use std::cell::Cell;
use std::rc::Rc;
use std::{fs, path::Path};
use value_governance_explorer::components::app::{App, AppProps};
use value_governance_explorer::components::dom_ids;
use value_governance_explorer::content::{self, Lang};
use value_governance_explorer::domain::page::Page;
use value_governance_explorer::formats::html::escape;
use value_governance_explorer::formats::{paint_hint, record};

const BOOT: &str = include_str!("../../../static/boot.js");
const LOADER: &str = include_str!("../../../static/loader.js");
/// The template's comments that mark where the renderer writes.
const HEAD: &str = "vge:head";
const NOTE: &str = "vge:note";

/// A script without its comment lines and indentation: it is inlined in
/// every page.
fn compact(script: &str) -> String {
    script
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `VGE_BOOT`, what the boot script (`static/boot.js`) is given, so that it
/// retypes none of the Rust side's names: every page (file, language,
/// layout, view), the key the learner's record (and language) is stored
/// under, the phases' ids, the paint hint's member of the record and its version, the widget's
/// host element and the checkboxes' id prefix, and the attributes the page,
/// the boot script and the wasm share.
pub fn boot_config() -> String {
    let pages: Vec<Value> = Page::all()
        .map(|page| {
            json!({
                "file": page.file_name(),
                "default": page == Page::default(),
                "lang": page.lang.code(),
                "embedded": page.is_embed(),
                "view": page.view().code(),
                "package": page.is_package(),
                "teacher": page.is_teacher(),
            })
        })
        .collect();
    let phases: Vec<&str> = content::structure()
        .phases
        .iter()
        .map(|phase| phase.id)
        .collect();
    json!({
        "pages": pages,
        "key": record::KEY,
        "phases": phases,
        "hint": { "member": paint_hint::MEMBER, "version": paint_hint::VERSION },
        // The names the page shares with the wasm: two ids, two attributes.
        "names": {
            "host": dom_ids::HOST,
            "item": dom_ids::input_id(""),
            "page": dom_ids::PAGE_ATTRIBUTE,
            "painted": dom_ids::PAINTED_ATTRIBUTE,
        },
    })
    .to_string()
}

/// The loader's text for `page`: starts its bundle after the first paint
/// (the names in capitals in `static/loader.js` are the page's files).
fn loader(page: Page, assets: &Assets) -> String {
    let bundle = assets.bundle(manifest::kind(page));
    let script = compact(LOADER)
        .replace("__SCRIPT__", &format!("./{}", bundle.script))
        .replace("__INTEGRITY__", &bundle.integrity)
        .replace("__WASM__", &format!("./{}", bundle.wasm));
    format!("\n{script}\n")
}

/// The build setting `VGE_SITE_URL`: the absolute address of the folder
/// the app will be served from, for absolute `hreflang` and `canonical`
/// links; `None` when unset or empty (the links stay relative, and there is
/// no `canonical`).
fn site_url() -> Result<Option<String>, String> {
    let Ok(site) = std::env::var("VGE_SITE_URL") else {
        return Ok(None);
    };
    let site = site.trim();
    if site.is_empty() {
        return Ok(None);
    }
    let valid = (site.starts_with("https://") || site.starts_with("http://"))
        && !site.contains(['?', '#', '"', '<', '>', ' ']);
    if !valid {
        return Err(format!(
            "VGE_SITE_URL={site:?}: give the absolute http(s) address of the folder the app is served from, without query or fragment"
        ));
    }
    Ok(Some(site.to_owned()))
}

/// The inline scripts of one page, each the exact text between its tags:
/// the boot script (the same on every page) and the page's loader. The CSP
/// allows each by its hash.
struct Scripts<'a> {
    boot: &'a str,
    loader: String,
}

/// One finished page: the template (Trunk's `index.html`) rewritten with
/// `lol_html`: Trunk's loader and preload links out, the stylesheets as the
/// one joined file, the page icon inlined, this page's `<html>` attributes,
/// title, description, head links, boot script, loader and CSP (`csp`:
/// release builds; `trunk serve` adds a live-reload script of its own), the
/// template's comments out (with the whitespace after each), and the
/// widget's HTML (`body`, with Yew's hydration markers) in the mount.
fn page_html(
    template: &str,
    boot: &str,
    page: Page,
    assets: &Assets,
    body: &str,
    site: Option<&str>,
    csp: bool,
) -> Result<String, String> {
    let content = page.lang.content();
    let ui = &content.ui;
    let (title, description) = if page.is_teacher() {
        let teacher = page.lang.teacher();
        (teacher.page_title, teacher.page_description)
    } else {
        (ui.page_title, ui.page_description)
    };
    let scripts = Scripts {
        boot,
        loader: loader(page, assets),
    };
    let inline = [scripts.boot, scripts.loader.as_str()];
    let policy = csp.then(|| csp::policy(&inline));
    // A package's page is not an installable app: no manifest, no touch icon.
    let mut head = format!("<script>{}</script>", scripts.boot);
    if !page.is_package() {
        head.push_str(&format!(
            "\n    <link rel=\"manifest\" href=\"{}\" />\n    <link rel=\"apple-touch-icon\" href=\"{}\" />",
            manifest::web_manifest_file(page.lang),
            manifest::TOUCH_ICON,
        ));
    }
    for lang in Lang::ALL {
        let other = page.in_lang(lang);
        head.push_str(&format!(
            "\n    <link rel=\"alternate\" hreflang=\"{}\" href=\"{}\" />",
            lang.content().language.html_lang,
            escape(&other.address(site))
        ));
    }
    if site.is_some() {
        head.push_str(&format!(
            "\n    <link rel=\"canonical\" href=\"{}\" />",
            escape(&page.address(site))
        ));
    }
    // What needs the interactive version: the widget's ticks, notes and
    // answers. The page for teachers reads as it is; its code generator,
    // which needs the wasm to know the page's address, is left out without
    // it (page.css), the steps around it stay.
    let note = if page.is_teacher() {
        String::new()
    } else {
        format!(
            r#"<p class="vge-static-note" lang="{}">{}</p>"#,
            content.language.html_lang,
            escape(ui.static_note)
        )
    };
    let loader_tag = format!("<script type=\"module\">{}</script>\n", scripts.loader);
    let style_href = format!("./{}", assets.style);
    let mount = format!("#{}", dom_ids::HOST);
    // Set when the rewriter takes a node out: the whitespace after it goes too.
    let trim = Rc::new(Cell::new(false));
    let stylesheets = Cell::new(0);
    let (mounted, headed, noted) = (Cell::new(false), Cell::new(false), Cell::new(false));
    let out = rewrite_str(
        template,
        RewriteStrSettings::new()
            .append_element_content_handler(element!("*", |_| {
                trim.set(false);
                Ok(())
            }))
            .append_element_content_handler(element!("html", |el| {
                el.set_attribute("lang", content.language.html_lang)?;
                el.set_attribute(dom_ids::PAGE_ATTRIBUTE, &page.file_name())?;
                if page.is_embed() {
                    // Transparent inside a course page's frame (page.css).
                    el.set_attribute("class", "vge-embedded")?;
                }
                Ok(())
            }))
            .append_element_content_handler(element!("meta[charset]", |el| {
                if let Some(policy) = &policy {
                    el.after(
                        &format!(
                            "\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{}\" />",
                            escape(policy)
                        ),
                        ContentType::Html,
                    );
                }
                Ok(())
            }))
            .append_element_content_handler(element!("title", |el| {
                el.set_inner_content(title, ContentType::Text);
                Ok(())
            }))
            .append_element_content_handler(element!("meta[name=description]", |el| {
                // lol_html writes an attribute's value as given, but for `"`.
                el.set_attribute("content", &escape(description))?;
                Ok(())
            }))
            // Trunk's loader and its preload links: each page has its own
            // loader, which starts the wasm after the first paint.
            .append_element_content_handler(element!(
                "link[rel=modulepreload], link[rel=preload], head script[type=module]",
                |el| {
                    el.remove();
                    trim.set(true);
                    Ok(())
                }
            ))
            // The stylesheets, joined into one file by the build.
            .append_element_content_handler(element!("link[rel=stylesheet]", |el| {
                if stylesheets.replace(stylesheets.get() + 1) == 0 {
                    el.set_attribute("href", &style_href)?;
                    el.set_attribute("integrity", &assets.style_integrity)?;
                } else {
                    el.remove();
                    trim.set(true);
                }
                Ok(())
            }))
            .append_element_content_handler(element!("link[rel=icon]", |el| {
                if let Some(icon) = &assets.icon {
                    el.set_attribute("href", icon)?;
                }
                Ok(())
            }))
            .append_element_content_handler(element!("head", |el| {
                el.append(&loader_tag, ContentType::Html);
                let trim = Rc::clone(&trim);
                el.on_end_tag(end_tag!(move |_| {
                    trim.set(false);
                    Ok(())
                }))
            }))
            .append_element_content_handler(element!(mount, |el| {
                el.set_inner_content(body, ContentType::Html);
                mounted.set(true);
                Ok(())
            }))
            .append_document_content_handler(doc_comments!(|comment| {
                let text = comment.text();
                let marker = text.trim_start();
                if marker.starts_with(HEAD) {
                    comment.replace(&head, ContentType::Html);
                    headed.set(true);
                } else if marker.starts_with(NOTE) {
                    comment.replace(&note, ContentType::Html);
                    noted.set(true);
                } else {
                    // They explain the source; every page would carry them.
                    comment.remove();
                    trim.set(true);
                }
                Ok(())
            }))
            .append_document_content_handler(doc_text!(|chunk| {
                if trim.get() && chunk.text_type() == TextType::Data {
                    let rest = chunk.as_str().trim_start();
                    if rest.is_empty() {
                        chunk.remove();
                    } else {
                        let rest = rest.to_owned();
                        chunk.replace(&rest, ContentType::Text);
                        trim.set(false);
                    }
                }
                Ok(())
            })),
    )
    .map_err(|error| format!("{}: {error}", page.file_name()))?;
    for (done, what) in [
        (mounted, mount.as_str()),
        (headed, "the <!-- vge:head --> comment"),
        (noted, "the <!-- vge:note --> comment"),
    ] {
        if !done.get() {
            return Err(format!("the template lacks {what}"));
        }
    }
    // What the page carries must be what the policy allows, byte for byte.
    let written = csp::inline_scripts(&out)?;
    if csp && written.iter().map(String::as_str).ne(inline) {
        return Err(format!(
            "{}: its inline scripts are not the ones its CSP allows ({} written)",
            page.file_name(),
            written.len()
        ));
    }
    Ok(out)
}

/// The language's manifest: the template's, with its own name, text,
/// language and start page.
fn web_manifest(template: &Value, lang: Lang) -> Value {
    let ui = &lang.content().ui;
    let mut manifest = template.clone();
    manifest["name"] = json!(ui.app_title);
    manifest["short_name"] = json!(ui.app_short_name);
    manifest["description"] = json!(ui.page_description);
    manifest["lang"] = json!(lang.content().language.html_lang);
    manifest["start_url"] = json!(Page::full(lang).href());
    manifest
}

/// Writes every page and web app manifest into `dir`, from its
/// `index.html`, and returns the build manifest that describes them.
/// `index.html` is Trunk's; `csp`: give every page its Content-Security-Policy.
pub async fn run(dir: &Path, assets: &Assets, csp: bool) -> Result<BuildManifest, String> {
    let read =
        |name: &str| fs::read_to_string(dir.join(name)).map_err(|error| format!("{name}: {error}"));
    let template = read("index.html")?;
    // The same on every page, so one CSP hash covers it everywhere. (A JSON
    // text's `</` written `<\/`, so no `</script>` in it can end the script.)
    let boot = format!(
        "const VGE_BOOT = {};\n{}",
        boot_config().replace("</", "<\\/"),
        assets.boot.clone().unwrap_or_else(|| compact(BOOT))
    );
    let site = site_url()?;
    for page in Page::all() {
        let props = AppProps {
            page,
            ..AppProps::default()
        };
        let body = yew::LocalServerRenderer::<App>::with_props(props)
            .render()
            .await;
        let html = page_html(&template, &boot, page, assets, &body, site.as_deref(), csp)?;
        fs::write(dir.join(page.file_name()), html)
            .map_err(|error| format!("{}: {error}", page.file_name()))?;
    }
    let web_manifest_template: Value = serde_json::from_str(&read("manifest.webmanifest")?)
        .map_err(|error| format!("manifest.webmanifest: {error}"))?;
    for lang in Lang::ALL {
        let file = manifest::web_manifest_file(lang);
        let text = serde_json::to_string_pretty(&web_manifest(&web_manifest_template, lang))
            .map_err(|error| error.to_string())?;
        fs::write(dir.join(&file), text + "\n").map_err(|error| format!("{file}: {error}"))?;
    }
    let manifest = manifest::build(assets);
    for page in &manifest.pages {
        if let Some(missing) = page.loads.iter().find(|file| !dir.join(file).is_file()) {
            return Err(format!(
                "{} loads {missing}, which is not in {}",
                page.file,
                dir.display()
            ));
        }
    }
    Ok(manifest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manifest::Bundle;
    use crate::trunk::SAMPLE;

    fn assets() -> Assets {
        Assets {
            style: "styles-0.css".to_owned(),
            style_integrity: "sha384-joined".to_owned(),
            icon: Some("data:image/png;base64,AAAA".to_owned()),
            web: Bundle {
                script: "app-9.js".to_owned(),
                integrity: "sha384-minified".to_owned(),
                wasm: "app-1_bg.wasm".to_owned(),
            },
            package: None,
            teacher: None,
            boot: Some("boot()".to_owned()),
        }
    }

    fn render(template: &str, csp: bool) -> Result<String, String> {
        let body = "<div class=\"vge\">widget</div><!--<[]>-->";
        page_html(
            template,
            "const VGE_BOOT = {};\nboot()",
            Page::default(),
            &assets(),
            body,
            None,
            csp,
        )
    }

    #[test]
    fn trunk_s_loader_goes_and_the_page_s_own_comes_in() {
        let page = render(SAMPLE, true).unwrap();
        for gone in [
            "<link rel=\"modulepreload\"",
            "<link rel=\"preload\"",
            "import init",
            "a-1.css",
            "b-2.css",
            "favicon-32.png",
            "app-1.js",
        ] {
            assert!(!page.contains(gone), "{gone} is still in\n{page}");
        }
        assert_eq!(page.matches("rel=\"stylesheet\"").count(), 1);
        assert!(page.contains(
            r#"href="./styles-0.css" crossorigin="anonymous" integrity="sha384-joined""#
        ));
        assert!(page.contains(r#"<link rel="icon" href="data:image/png;base64,AAAA""#));
        assert!(page.contains(r#"<html lang="en" data-vge-page="index.html">"#));
        assert!(page.contains("'./app-9.js'") && page.contains("'sha384-minified'"));
        assert!(page.contains("<div id=\"value-governance\" class=\"vge-host\"><div class=\"vge\">widget</div><!--<[]>--></div>"));
        assert!(page.contains("<p class=\"vge-static-note\""));
        // The template's comments are gone, Yew's markers kept.
        assert_eq!(page.matches("<!--").count(), 1, "{page}");
    }

    #[test]
    fn the_policy_allows_exactly_the_inline_scripts_written() {
        let page = render(SAMPLE, true).unwrap();
        let scripts = csp::inline_scripts(&page).unwrap();
        assert_eq!(scripts.len(), 2);
        assert!(page.contains(&format!(
            "<meta charset=\"utf-8\" />\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{}\" />",
            csp::policy(&scripts)
        )));
        // Without a policy (`trunk serve`), none is written.
        assert!(!render(SAMPLE, false)
            .unwrap()
            .contains("Content-Security-Policy"));
        // A template with an inline script of its own cannot get one.
        let stray = SAMPLE.replace("<body>", "<body><script>stray()</script>");
        assert!(render(&stray, true).unwrap_err().contains("CSP"));
    }

    #[test]
    fn a_template_without_the_mount_or_a_marker_is_refused() {
        let error = render(&SAMPLE.replace("value-governance", "elsewhere"), true).unwrap_err();
        assert!(error.contains("#value-governance"), "{error}");
        let error = render(&SAMPLE.replace("vge:note", "note"), true).unwrap_err();
        assert!(error.contains("vge:note"), "{error}");
    }
}
