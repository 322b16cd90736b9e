//! What the page address asks for (read again whenever it changes), and the
//! fragment written back when the learner selects a phase. Pure string handling: any input is
//! accepted, nothing panics, and unknown or malformed values are dropped so
//! the widget falls back to its defaults.
//!
//! The language, the embedding layout and its view are not read here: each
//! has its own pre-rendered page, and the page's boot script
//! (`static/boot.js`) moves to the right one before anything is painted.

use crate::domain::phase::Phase;

/// What the address asks the widget to show first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AddressOptions {
    /// The requested phase, if the id names one.
    pub phase: Option<Phase>,
    /// `host=https://lms.example.edu`: the only origin host events go to.
    pub host: Option<String>,
    /// `debug=panic`: show the crash box on purpose (see `crash.rs`).
    pub crash_drill: bool,
}

/// `scheme://host[:port]` with nothing else, lower-cased; `None` otherwise.
fn origin(value: &str) -> Option<String> {
    let (scheme, rest) = value.split_once("://")?;
    let scheme_ok = matches!(scheme.to_ascii_lowercase().as_str(), "http" | "https");
    let (host, port) = rest
        .rsplit_once(':')
        .map_or((rest, None), |(h, p)| (h, Some(p)));
    let host_ok = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    let port_ok =
        port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.chars().all(|c| c.is_ascii_digit()));
    (scheme_ok && host_ok && port_ok).then(|| value.to_ascii_lowercase())
}

/// Reads options from the query (`?lang=zh`) and the fragment
/// (`#phase=interest`); the fragment wins where both give a value, because
/// it is what the widget itself writes as the learner moves.
pub fn parse(query: &str, fragment: &str) -> AddressOptions {
    let mut options = AddressOptions::default();
    for source in [query, fragment] {
        let source = source.strip_prefix(['?', '#']).unwrap_or(source);
        let mut found = AddressOptions::default();
        for (key, value) in pairs(source) {
            // The first usable value of a repeated key wins.
            match key.as_str() {
                "phase" if found.phase.is_none() => found.phase = Phase::from_id(&value),
                "host" if found.host.is_none() => found.host = origin(&value),
                "debug" if value == "panic" => found.crash_drill = true,
                _ => {}
            }
        }
        options.phase = found.phase.or(options.phase);
        options.host = found.host.or(options.host.take());
        options.crash_drill |= found.crash_drill;
    }
    options
}

/// The fragment `fragment` (`#host=…&phase=unity`) with the selected phase
/// set to `phase`, first, and every other key kept: the phase is
/// what the widget writes as the learner moves, the rest came with the link.
pub fn with_phase(fragment: &str, phase: Phase) -> String {
    let id = phase.id();
    let rest = without(fragment, "phase");
    let rest = rest.trim_start_matches('#');
    if rest.is_empty() {
        format!("#phase={id}")
    } else {
        format!("#phase={id}&{rest}")
    }
}

/// `query` (`?a=1&lang=zh`) or a fragment (`#…`) without any `key=` part,
/// keeping its `?` or `#`; `""` if nothing is left.
pub fn without(query: &str, key: &str) -> String {
    let (mark, body) = match query.chars().next() {
        Some(mark @ ('?' | '#')) => (mark.to_string(), &query[1..]),
        _ => ("?".to_owned(), query),
    };
    let kept: Vec<&str> = body
        .split('&')
        .filter(|part| !part.is_empty() && decode(part.split('=').next().unwrap_or("")) != key)
        .collect();
    if kept.is_empty() {
        String::new()
    } else {
        format!("{mark}{}", kept.join("&"))
    }
}

/// `href` (which may have a query already) followed by the parts of `query`.
pub fn join_query(href: &str, query: &str) -> String {
    let rest = query.trim_start_matches('?');
    match (rest.is_empty(), href.contains('?')) {
        (true, _) => href.to_owned(),
        (false, true) => format!("{href}&{rest}"),
        (false, false) => format!("{href}?{rest}"),
    }
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
