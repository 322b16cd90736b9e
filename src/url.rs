//! Start options read from the page address, and the fragment written back
//! when the learner selects a phase. Pure string handling: any input is
//! accepted, nothing panics, and unknown or malformed values are dropped so
//! the widget falls back to its defaults.

use crate::content::Lang;

/// Which part of the widget is shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum View {
    /// Everything.
    #[default]
    All,
    /// The timeline of the three goal phases only.
    Timeline,
    /// The checklist (with its supports) only.
    Checklist,
}

impl View {
    pub const ALL: [View; 3] = [View::All, View::Timeline, View::Checklist];

    /// The value used in URLs (`view=timeline`).
    pub fn code(self) -> &'static str {
        match self {
            View::All => "all",
            View::Timeline => "timeline",
            View::Checklist => "checklist",
        }
    }

    fn from_code(code: &str) -> Option<View> {
        View::ALL.into_iter().find(|view| view.code() == code)
    }

    pub fn shows_timeline(self) -> bool {
        self != View::Checklist
    }

    pub fn shows_checklist(self) -> bool {
        self != View::Timeline
    }
}

/// What the address asks the widget to show first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StartOptions {
    /// Position of the requested phase, if the id names one.
    pub phase: Option<usize>,
    pub lang: Option<Lang>,
    pub view: Option<View>,
    /// `embed=1`: compact chrome for an iframe (also chosen when framed).
    pub embed: Option<bool>,
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
pub fn parse(query: &str, fragment: &str) -> StartOptions {
    let mut options = StartOptions::default();
    for source in [query, fragment] {
        let source = source.strip_prefix(['?', '#']).unwrap_or(source);
        let mut found = StartOptions::default();
        for (key, value) in pairs(source) {
            // The first usable value of a repeated key wins.
            match key.as_str() {
                "phase" if found.phase.is_none() => {
                    found.phase = Lang::En.content().phase_index(&value)
                }
                "lang" if found.lang.is_none() => found.lang = Lang::from_tag(&value),
                "view" if found.view.is_none() => found.view = View::from_code(&value),
                "embed" if found.embed.is_none() => {
                    found.embed = match value.as_str() {
                        "1" | "true" => Some(true),
                        "0" | "false" => Some(false),
                        _ => None,
                    }
                }
                "host" if found.host.is_none() => found.host = origin(&value),
                "debug" if value == "panic" => found.crash_drill = true,
                _ => {}
            }
        }
        options.phase = found.phase.or(options.phase);
        options.lang = found.lang.or(options.lang);
        options.view = found.view.or(options.view);
        options.embed = found.embed.or(options.embed);
        options.host = found.host.or(options.host.take());
        options.crash_drill |= found.crash_drill;
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
