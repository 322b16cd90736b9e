//! The paint hint: what the boot script (`static/boot.js`) paints into the
//! pre-rendered page before the wasm has arrived, kept beside the web
//! widget's record under its own key, as
//! `{"v":1,"phase":"interest","ticked":["absorption","values"]}`: the ticked
//! item ids and the phase the record keeps (an embedding page's; absent
//! where none is kept). The wasm writes it whenever it saves the record (and
//! on arrival), so the boot script needs none of the record's reading
//! rules (`formats::record`): of the record it reads only the top-level
//! `lang`, to open a bare address in the learner's language; the ticks and
//! the phase it paints come from this small format. The format is pure and tested
//! natively (`tests/paint.rs`); `web::local_storage::write_paint_hint`
//! writes it.

use crate::domain::phase::Phase;
use crate::domain::work::Work;

/// The hint's key in `localStorage`, beside the web widget's record
/// ([`crate::formats::record::KEY`]).
pub const KEY: &str = "value-governance-explorer:paint";

/// The hint's version; the boot script paints nothing from any other.
pub const VERSION: u32 = 1;

/// The hint for `ticked` work and the phase the record keeps, as the JSON text the boot script reads. Ids
/// are the content's (lowercase letters, digits and `-`), so they need no
/// escaping.
pub fn hint(ticked: &Work, phase: Option<Phase>) -> String {
    let mut text = format!("{{\"v\":{VERSION},");
    if let Some(phase) = phase {
        text.push_str("\"phase\":\"");
        text.push_str(phase.id());
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
