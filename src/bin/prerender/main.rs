//! The page assembler: the one program that writes the widget's pages. Run
//! by `.ci/hooks/finish.mjs` (from `.ci/build`, after its Trunk builds, or
//! from Trunk's post-build hook under `trunk serve`) on the folder that holds
//! Trunk's output:
//!
//! - `prerender trunk KIND=DIR…`: reads each Trunk build's `index.html`
//!   (`trunk.rs`) and prints, as JSON, the script, integrity and wasm its
//!   loader starts, its stylesheets and its page icon, by KIND (`web`,
//!   `package`, `teacher`).
//! - `prerender pages DIR ASSETS [--csp]`: writes every page, pre-rendered by
//!   the same components the wasm hydrates, from DIR's `index.html` (Trunk's,
//!   the template: see the comments in the project's index.html) with an
//!   HTML rewriter (`render.rs`); with `--csp`, each with the
//!   Content-Security-Policy of the inline scripts it wrote (`csp.rs`). Also
//!   each language's web app manifest, and the build manifest `DIR/build.json`
//!   (`manifest.rs`) that the later build steps and the tests read. ASSETS is
//!   JSON naming the built stylesheet, scripts and wasm (`manifest::Assets`).
//! - `prerender packages DIR`: writes the SCORM packages that
//!   `DIR/build.json` lists, from the finished pages (`package.rs`).
//! - `prerender boot-config`: prints the boot script's `VGE_BOOT` (the
//!   constants it is given; `tests/boot_rules.rs` runs it with them).

#[cfg(not(target_arch = "wasm32"))]
mod csp;
#[cfg(not(target_arch = "wasm32"))]
mod manifest;
#[cfg(not(target_arch = "wasm32"))]
mod package;
#[cfg(not(target_arch = "wasm32"))]
mod render;
#[cfg(not(target_arch = "wasm32"))]
mod trunk;

#[cfg(not(target_arch = "wasm32"))]
const USAGE: &str = "usage: prerender trunk KIND=DIR… | prerender pages DIR ASSETS_JSON [--csp] \
                     | prerender packages DIR | prerender boot-config";

#[cfg(not(target_arch = "wasm32"))]
async fn run(args: &[String]) -> Result<(), String> {
    use std::{collections::BTreeMap, fs, path::Path};
    match args {
        [command, builds @ ..] if command == "trunk" && !builds.is_empty() => {
            let mut read = BTreeMap::new();
            for build in builds {
                let (kind, dir) = build.split_once('=').ok_or(USAGE)?;
                read.insert(kind.to_owned(), trunk::read(Path::new(dir))?);
            }
            let text = serde_json::to_string(&read).map_err(|error| error.to_string())?;
            println!("{text}");
            Ok(())
        }
        [command, dir, assets, flags @ ..] if command == "pages" => {
            let csp = match flags {
                [] => false,
                [flag] if flag == "--csp" => true,
                _ => return Err(USAGE.to_owned()),
            };
            let dir = Path::new(dir);
            let assets: manifest::Assets =
                serde_json::from_str(assets).map_err(|error| format!("ASSETS: {error}"))?;
            let built = render::run(dir, &assets, csp).await?;
            let text = serde_json::to_string_pretty(&built).map_err(|error| error.to_string())?;
            fs::write(dir.join(manifest::FILE), text + "\n")
                .map_err(|error| format!("{}: {error}", manifest::FILE))?;
            println!("prerender: {} pages, {}", built.pages.len(), manifest::FILE);
            Ok(())
        }
        [command, dir] if command == "packages" => {
            let dir = Path::new(dir);
            let text = fs::read_to_string(dir.join(manifest::FILE))
                .map_err(|error| format!("{}: {error}", manifest::FILE))?;
            let built: manifest::BuildManifest = serde_json::from_str(&text)
                .map_err(|error| format!("{}: {error}", manifest::FILE))?;
            for (zip, entries, bytes) in package::write_all(dir, &built)? {
                println!("prerender: {zip}, {entries} files, {bytes} bytes");
            }
            Ok(())
        }
        [command] if command == "boot-config" => {
            println!("{}", render::boot_config());
            Ok(())
        }
        _ => Err(USAGE.to_owned()),
    }
}

#[cfg(not(target_arch = "wasm32"))]
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Err(problem) = run(&args).await {
        eprintln!("prerender: {problem}");
        std::process::exit(1);
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
