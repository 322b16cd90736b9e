//! The build-time renderer, run by `.ci/hooks/post_build.mjs` on the folder
//! that holds Trunk's output:
//!
//! - `prerender pages DIR ASSETS`: writes every page, pre-rendered by the
//!   same components the wasm hydrates (`render.rs`), each language's web
//!   app manifest, and the build manifest `DIR/build.json` (`manifest.rs`)
//!   that the later build steps and the tests read. ASSETS is JSON naming
//!   the built stylesheet, script and wasm (`manifest::Assets`); DIR's
//!   `index.html` is the template (see the comments in the project's
//!   index.html).
//! - `prerender packages DIR`: writes the SCORM packages that
//!   `DIR/build.json` lists, from the finished pages (`package.rs`).

#[cfg(not(target_arch = "wasm32"))]
mod manifest;
#[cfg(not(target_arch = "wasm32"))]
mod package;
#[cfg(not(target_arch = "wasm32"))]
mod render;

#[cfg(not(target_arch = "wasm32"))]
const USAGE: &str = "usage: prerender pages DIR ASSETS_JSON | prerender packages DIR";

#[cfg(not(target_arch = "wasm32"))]
async fn run(args: &[String]) -> Result<(), String> {
    use std::{fs, path::Path};
    match args {
        [command, dir, assets] if command == "pages" => {
            let dir = Path::new(dir);
            let assets: manifest::Assets =
                serde_json::from_str(assets).map_err(|error| format!("ASSETS: {error}"))?;
            let built = render::run(dir, &assets).await?;
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
