//! The paint hint: what the boot script (`static/boot.js`) paints into the
//! pre-rendered page before the wasm has arrived, kept beside the web
//! widget's record under its own key, as
//! `{"v":1,"phase":"interest","ticked":["absorption","values"]}`: the ticked
//! item ids and the phase the record keeps (an embedding page's; absent
//! where none is kept). The wasm writes it whenever it saves the record (and
//! on arrival), so the boot script never reads the record itself: the
//! record's reading rules stay in `storage.rs` alone, and this small format
//! is all the boot script has to understand. The format is pure and tested
//! natively (`tests/paint.rs`); `web::local_storage::write_paint_hint`
//! writes it.

use crate::content;
use crate::json::{self, Json};
use crate::work::Work;

/// The hint's key in `localStorage`, beside the web widget's record
/// ([`crate::storage::KEY`]).
pub const KEY: &str = "value-governance-explorer:paint";

/// The hint's version; the boot script paints nothing from any other.
pub const VERSION: u32 = 1;

/// The hint for `ticked` work and the phase the record keeps (its position
/// in the content's phases), as the JSON text the boot script reads. Ids
/// are the content's (lowercase letters, digits and `-`), so they need no
/// escaping.
pub fn hint(ticked: &Work, phase: Option<usize>) -> String {
    let mut text = format!("{{\"v\":{VERSION},");
    if let Some(phase) = phase.and_then(|index| content::structure().phases.get(index)) {
        text.push_str("\"phase\":\"");
        text.push_str(phase.id);
        text.push_str("\",");
    }
    text.push_str("\"ticked\":[");
    for (index, id) in ticked.ids().enumerate() {
        if index > 0 {
            text.push(',');
        }
        text.push('"');
        text.push_str(id);
        text.push('"');
    }
    text.push_str("]}");
    text
}

/// What a stored hint paints: the phase it keeps (if it names one of the
/// content's) and the ticked items (those the content has); `None` unless
/// `hint` is exactly the format: an object whose `"v"` is [`VERSION`],
/// whose `"ticked"` is an array of strings, and whose `"phase"`, if there,
/// is a string. The boot script reads a hint by this rule (`storedHint`);
/// `tests/boot_rules.rs` runs both on one table of cases.
pub fn read<J: Json>(hint: &J) -> Option<(Option<&'static str>, Work)> {
    hint.members()?;
    if hint.get("v")?.as_f64()? != f64::from(VERSION) {
        return None;
    }
    let ticked = json::strings(&hint.get("ticked")?)?;
    let phase = match hint.get("phase") {
        Some(phase) => Some(phase.as_str()?),
        None => None,
    };
    let phases = content::structure().phases;
    let phase = phase.and_then(|id| phases.iter().find(|known| known.id == id));
    let work = Work::from_ids(ticked.iter().map(String::as_str));
    Some((phase.map(|phase| phase.id), work))
}
