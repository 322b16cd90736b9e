//! Start options read from the page address, and the fragment written back
//! when the learner selects a phase. Pure string handling: any input is
//! accepted, nothing panics, and unknown or malformed values are dropped so
//! the widget falls back to its defaults.

use crate::content::Lang;

/// What the address asks the widget to show first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StartOptions {
    /// Position of the requested phase, if the id names one.
    pub phase: Option<usize>,
    pub lang: Option<Lang>,
    /// `debug=panic`: show the crash box on purpose (see `crash.rs`).
    pub crash_drill: bool,
}

/// Reads options from the query (`?lang=zh`) and the fragment
/// (`#phase=interest`); the fragment wins where both give a value, because
/// it is what the widget itself writes as the learner moves.
pub fn parse(query: &str, fragment: &str) -> StartOptions {
    let mut options = StartOptions::default();
    for source in [query, fragment] {
        let source = source.strip_prefix(['?', '#']).unwrap_or(source);
        let mut phase = None;
        let mut lang = None;
        for (key, value) in pairs(source) {
            match key.as_str() {
                // The first usable value of a repeated key wins.
                "phase" if phase.is_none() => phase = Lang::En.content().phase_index(&value),
                "lang" if lang.is_none() => lang = Lang::from_tag(&value),
                "debug" if value == "panic" => options.crash_drill = true,
                _ => {}
            }
        }
        options.phase = phase.or(options.phase);
        options.lang = lang.or(options.lang);
    }
    options
}

/// The fragment that records the selected phase, e.g. `#phase=interest`.
pub fn phase_fragment(index: usize) -> String {
    let phases = Lang::En.content().phases;
    format!("#phase={}", phases.get(index).unwrap_or(&phases[0]).id)
}

/// Splits `a=1&b=2` into decoded pairs, skipping empty parts.
fn pairs(source: &str) -> impl Iterator<Item = (String, String)> + '_ {
    source
        .split(['&', ';'])
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (key, value) = part.split_once('=').unwrap_or((part, ""));
            (decode(key), decode(value))
        })
}

/// Percent-decodes (and turns `+` into a space); invalid escapes and bytes
/// that are not UTF-8 are kept or replaced rather than rejected.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        let escaped = (byte == b'%')
            .then(|| bytes.get(index + 1..index + 3))
            .flatten()
            .filter(|hex| hex.iter().all(u8::is_ascii_hexdigit))
            .and_then(|hex| std::str::from_utf8(hex).ok())
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match (byte, escaped) {
            (_, Some(decoded)) => {
                out.push(decoded);
                index += 3;
            }
            (b'+', None) => {
                out.push(b' ');
                index += 1;
            }
            (other, None) => {
                out.push(other);
                index += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
