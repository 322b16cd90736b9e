//! The pages' Content-Security-Policy: strict (`default-src 'self'`, no
//! `unsafe-inline` or `unsafe-eval`), with each inline script the renderer
//! writes allowed by the SHA-256 hash of its exact text, and the wasm by
//! `'wasm-unsafe-eval'`. `render.rs` computes it from the scripts it is about
//! to write, then reads the written page back and checks that its inline
//! scripts are exactly those.

use base64::{engine::general_purpose::STANDARD, Engine};
use lol_html::{element, rewrite_str, text, RewriteStrSettings};
use sha2::{Digest, Sha256};
use std::cell::RefCell;

/// The CSP source that allows an inline script with exactly this text
/// (what lies between `<script …>` and `</script>`).
pub fn source(script: &str) -> String {
    format!(
        "'sha256-{}'",
        STANDARD.encode(Sha256::digest(script.as_bytes()))
    )
}

/// The policy of a page whose inline scripts are `scripts`.
pub fn policy<S: AsRef<str>>(scripts: &[S]) -> String {
    let hashes: Vec<String> = scripts
        .iter()
        .map(|script| source(script.as_ref()))
        .collect();
    [
        "default-src 'self'".to_owned(),
        format!("script-src 'self' 'wasm-unsafe-eval' {}", hashes.join(" "))
            .trim_end()
            .to_owned(),
        "style-src 'self'".to_owned(),
        "img-src 'self' data:".to_owned(),
        "connect-src 'self'".to_owned(),
        "object-src 'none'".to_owned(),
        "base-uri 'self'".to_owned(),
    ]
    .join("; ")
}

/// The text of every inline script in `html`, in document order.
pub fn inline_scripts(html: &str) -> Result<Vec<String>, String> {
    let scripts = RefCell::new(Vec::<String>::new());
    rewrite_str(
        html,
        RewriteStrSettings::new()
            .append_element_content_handler(element!("script:not([src])", |_| {
                scripts.borrow_mut().push(String::new());
                Ok(())
            }))
            .append_element_content_handler(text!("script:not([src])", |chunk| {
                if let Some(script) = scripts.borrow_mut().last_mut() {
                    script.push_str(chunk.as_str());
                }
                Ok(())
            })),
    )
    .map_err(|error| error.to_string())?;
    Ok(scripts.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_script_is_allowed_by_the_hash_of_its_exact_text() {
        // `echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64`
        assert_eq!(
            source("alert(1)"),
            "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
        );
        let policy = policy(&["alert(1)"]);
        assert!(
            policy.starts_with("default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-")
        );
        assert!(!policy.contains("unsafe-inline"));
    }

    #[test]
    fn the_inline_scripts_are_read_back_exactly() {
        let page = "<head><script>a < b</script><script src=x.js></script>\
                    <script type=\"module\">\nc()\n</script></head><body><script></script></body>";
        assert_eq!(inline_scripts(page).unwrap(), ["a < b", "\nc()\n", ""]);
    }
}
