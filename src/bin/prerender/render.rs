//! The pages: for each [`Page`] (each language, the whole widget, each
//! embedding view and the package's launch page), the widget's HTML as the
//! same components render it in the browser, inside Trunk's built
//! `index.html`, with the page's head, its boot script and its loader; and
//! each language's web app manifest.

use super::manifest::{self, Assets, BuildManifest};
use serde_json::{json, Value};
use std::{fs, path::Path};
use value_governance_explorer::components::app::{App, AppProps};
use value_governance_explorer::content::Lang;
use value_governance_explorer::domain::page::Page;
use value_governance_explorer::formats::html::escape;
use value_governance_explorer::formats::{paint_hint as paint, record as storage};

const BOOT: &str = include_str!("../../../static/boot.js");
const LOADER: &str = include_str!("../../../static/loader.js");
const MOUNT: &str = r#"<div id="value-governance" class="vge-host"></div>"#;
const HEAD: &str = "<!-- vge:head";
const NOTE: &str = "<!-- vge:note";
const HEAD_END: &str = "</head>";

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

/// Replaces the HTML comment that starts with `marker` by `with`.
fn replace_comment(page: &str, marker: &str, with: &str) -> Result<String, String> {
    let start = page
        .find(marker)
        .ok_or_else(|| format!("the template lacks {marker}"))?;
    let end = start
        + page[start..]
            .find("-->")
            .ok_or_else(|| format!("{marker} is not closed"))?
        + 3;
    Ok(format!("{}{with}{}", &page[..start], &page[end..]))
}

/// `template` without its HTML comments (and the whitespace after each):
/// they explain the source, and every page would carry them. Only for the
/// template, never the rendered widget, whose comments are Yew's
/// hydration markers.
fn without_comments(template: &str) -> Result<String, String> {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find("<!--") {
        out.push_str(&rest[..start]);
        let end = rest[start..]
            .find("-->")
            .ok_or("the template has an unclosed comment")?;
        rest = rest[start + end + 3..].trim_start();
    }
    out.push_str(rest);
    Ok(out)
}

/// Replaces the one element that starts with `open` and ends with `close`.
fn replace_element(page: &str, open: &str, close: &str, with: &str) -> Result<String, String> {
    let start = page
        .find(open)
        .ok_or_else(|| format!("the template lacks {open}"))?;
    let end = start
        + page[start..]
            .find(close)
            .ok_or_else(|| format!("{open} is not closed"))?
        + close.len();
    Ok(format!("{}{with}{}", &page[..start], &page[end..]))
}

/// What the boot script needs to know: every page, where the learner's
/// language choice and the paint hint are stored, the phases' ids, and the
/// hint's member of the record and version.
fn boot_config() -> String {
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
    let phases: Vec<&str> = Lang::En
        .content()
        .phases
        .iter()
        .map(|phase| phase.id)
        .collect();
    json!({
        "pages": pages,
        "key": storage::KEY,
        "phases": phases,
        "hint": { "member": paint::MEMBER, "version": paint::VERSION },
    })
    .to_string()
}

/// The loader for `page`: starts its bundle after the first paint.
fn loader(page: Page, assets: &Assets) -> String {
    let bundle = assets.bundle(manifest::kind(page));
    let script = compact(LOADER)
        .replace("__SCRIPT__", &format!("./{}", bundle.script))
        .replace("__INTEGRITY__", &bundle.integrity)
        .replace("__WASM__", &format!("./{}", bundle.wasm));
    format!("<script type=\"module\">\n{script}\n</script>\n")
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

/// One finished page: the template with this page's head and body.
fn page_html(
    template: &str,
    boot: &str,
    page: Page,
    assets: &Assets,
    body: &str,
    site: Option<&str>,
) -> Result<String, String> {
    let content = page.lang.content();
    let ui = &content.ui;
    let (title, description) = if page.is_teacher() {
        let teacher = page.lang.teacher();
        (teacher.page_title, teacher.page_description)
    } else {
        (ui.page_title, ui.page_description)
    };
    let mut html_attributes = format!(
        r#"<html lang="{}" data-vge-page="{}""#,
        content.language.html_lang,
        page.file_name()
    );
    if page.is_embed() {
        // Transparent inside a course page's frame (page.css).
        html_attributes.push_str(r#" class="vge-embedded""#);
    }
    html_attributes.push('>');
    // A package's page is not an installable app: no manifest, no touch icon.
    let mut head = if page.is_package() {
        boot.to_owned()
    } else {
        format!(
            "{boot}\n    <link rel=\"manifest\" href=\"{}\" />\n    <link rel=\"apple-touch-icon\" href=\"{}\" />",
            manifest::web_manifest_file(page.lang),
            manifest::TOUCH_ICON,
        )
    };
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
    let mut out = replace_element(template, "<html lang=", ">", &html_attributes)?;
    out = replace_element(
        &out,
        "<title>",
        "</title>",
        &format!("<title>{}</title>", escape(title)),
    )?;
    out = replace_element(
        &out,
        "<meta name=\"description\"",
        ">",
        &format!(
            "<meta name=\"description\" content=\"{}\" />",
            escape(description)
        ),
    )?;
    out = replace_comment(&out, HEAD, &head)?;
    out = replace_comment(&out, NOTE, &note)?;
    out = without_comments(&out)?;
    if !out.contains(HEAD_END) {
        return Err(format!("the template lacks {HEAD_END}"));
    }
    out = out.replacen(HEAD_END, &format!("{}{HEAD_END}", loader(page, assets)), 1);
    if !out.contains(MOUNT) {
        return Err(format!("the template lacks {MOUNT}"));
    }
    Ok(out.replacen(
        MOUNT,
        &format!(r#"<div id="value-governance" class="vge-host">{body}</div>"#),
        1,
    ))
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
pub async fn run(dir: &Path, assets: &Assets) -> Result<BuildManifest, String> {
    let read =
        |name: &str| fs::read_to_string(dir.join(name)).map_err(|error| format!("{name}: {error}"));
    let template = read("index.html")?;
    // The same on every page, so one CSP hash covers it everywhere.
    let boot = format!(
        "<script>const VGE_BOOT = {};\n{}</script>",
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
        let html = page_html(&template, &boot, page, assets, &body, site.as_deref())?;
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
