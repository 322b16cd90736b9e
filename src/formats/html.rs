//! Text written into HTML by hand rather than by Yew: the pre-rendered
//! pages' heads, the embed code and learner notes in the Markdown export.
//! One escaping function serves them all, in text and in quoted attributes.

/// `text` with `&`, `<`, `>` and `"` written as character references, so it
/// stays text in element content and in a double-quoted attribute value.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            other => out.push(other),
        }
    }
    out
}
