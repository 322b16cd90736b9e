//! What a Trunk build wrote, read from its `index.html` with an HTML
//! rewriter (`lol_html`, used here only to read): the script and wasm its
//! loader starts (with the script's integrity value), the stylesheets it
//! links, in order, and the page icon. The build steps after it (joining the
//! stylesheets, minifying the glue, `.ci/hooks/finish.mjs`) and the pages
//! (`render.rs`) start from this.

use super::manifest::Bundle;
use lol_html::{element, rewrite_str, text, RewriteStrSettings};
use serde::Serialize;
use std::cell::RefCell;
use std::{fs, path::Path};

/// One Trunk build's output, as its `index.html` names it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Build {
    pub bundle: Bundle,
    /// The stylesheets it links, in the template's order.
    pub stylesheets: Vec<String>,
    /// The page icon's file, if the template links one.
    pub icon: Option<String>,
}

/// A URL Trunk wrote (`./name-hash.js`) as a file name in its folder.
fn file_of(href: &str) -> String {
    href.trim_start_matches("./").to_owned()
}

/// Reads the Trunk build in `dir` (its `index.html`).
pub fn read(dir: &Path) -> Result<Build, String> {
    let file = dir.join("index.html");
    let html = fs::read_to_string(&file).map_err(|error| format!("{}: {error}", file.display()))?;
    read_html(&html).map_err(|error| format!("{}: {error}", file.display()))
}

/// Reads a Trunk build from the text of its `index.html`.
pub fn read_html(html: &str) -> Result<Build, String> {
    let script = RefCell::new(None::<(String, String)>);
    let wasm = RefCell::new(None::<String>);
    let loader = RefCell::new(String::new());
    let stylesheets = RefCell::new(Vec::new());
    let icon = RefCell::new(None::<String>);
    rewrite_str(
        html,
        RewriteStrSettings::new()
            .append_element_content_handler(element!("link[rel=modulepreload]", |el| {
                let href = el.get_attribute("href").unwrap_or_default();
                let integrity = el.get_attribute("integrity").unwrap_or_default();
                *script.borrow_mut() = Some((file_of(&href), integrity));
                Ok(())
            }))
            .append_element_content_handler(element!("link[rel=preload][as=fetch]", |el| {
                let href = el.get_attribute("href").unwrap_or_default();
                if href.ends_with(".wasm") {
                    *wasm.borrow_mut() = Some(file_of(&href));
                }
                Ok(())
            }))
            .append_element_content_handler(text!("head script[type=module]", |chunk| {
                loader.borrow_mut().push_str(chunk.as_str());
                Ok(())
            }))
            .append_element_content_handler(element!("link[rel=stylesheet][href]", |el| {
                let href = el.get_attribute("href").unwrap_or_default();
                stylesheets.borrow_mut().push(file_of(&href));
                Ok(())
            }))
            .append_element_content_handler(element!("link[rel=icon][href]", |el| {
                *icon.borrow_mut() = el.get_attribute("href").map(|href| file_of(&href));
                Ok(())
            })),
    )
    .map_err(|error| error.to_string())?;
    let (script, integrity) = script
        .into_inner()
        .ok_or("Trunk's module preload link is missing")?;
    let wasm = wasm
        .into_inner()
        .ok_or("Trunk's wasm preload link is missing")?;
    if !loader.into_inner().contains(&script) {
        return Err(format!("Trunk's loader does not import {script}"));
    }
    if integrity.is_empty() {
        return Err(format!("{script} has no integrity value"));
    }
    Ok(Build {
        bundle: Bundle {
            script,
            integrity,
            wasm,
        },
        stylesheets: stylesheets.into_inner(),
        icon: icon.into_inner(),
    })
}

/// An `index.html` as Trunk 0.21 writes it from the project's template
/// (shortened), for the tests.
#[cfg(test)]
pub const SAMPLE: &str = r#"<!doctype html>
<!-- The template of every page. -->
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Value Governance Explorer</title>
    <meta name="description" content="" />
    <!-- vge:head: the boot script. -->
    <!-- A comment for the source. -->
    <link rel="icon" href="icons/favicon-32.png" type="image/png" sizes="32x32" />
<script type="module">
import init, * as bindings from './app-1.js';
const wasm = await init({ module_or_path: './app-1_bg.wasm' });
</script>
    <link rel="stylesheet" href="./a-1.css" crossorigin="anonymous" integrity="sha384-a"/>
    <link rel="stylesheet" href="./b-2.css" crossorigin="anonymous" integrity="sha384-b"/>
  <link rel="modulepreload" href="./app-1.js" crossorigin="anonymous" integrity="sha384-x"><link rel="preload" href="./app-1_bg.wasm" crossorigin="anonymous" integrity="sha384-w" as="fetch" type="application/wasm"></head>
  <body>
    <!-- vge:note: what needs the interactive version. -->
    <!-- The widget. -->
    <div id="value-governance" class="vge-host"></div>
  </body>
</html>
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_build_is_its_loader_s_script_and_wasm_its_stylesheets_and_icon() {
        let build = read_html(SAMPLE).unwrap();
        assert_eq!(
            build.bundle,
            Bundle {
                script: "app-1.js".to_owned(),
                integrity: "sha384-x".to_owned(),
                wasm: "app-1_bg.wasm".to_owned(),
            }
        );
        assert_eq!(build.stylesheets, ["a-1.css", "b-2.css"]);
        assert_eq!(build.icon.as_deref(), Some("icons/favicon-32.png"));
    }

    #[test]
    fn an_output_that_is_not_trunk_s_is_refused() {
        let other_loader = SAMPLE.replace("from './app-1.js'", "from './other.js'");
        assert!(read_html(&other_loader).unwrap_err().contains("loader"));
        let no_wasm = SAMPLE.replace("as=\"fetch\"", "as=\"script\"");
        assert!(read_html(&no_wasm).unwrap_err().contains("wasm"));
    }
}
