//! The paint hint: what the boot script (`static/boot.js`) paints into the
//! pre-rendered page before the wasm has arrived, as the web record's
//! `paint` member, `{"v":1,"phase":"interest","ticked":["absorption","values"]}`:
//! the ticked item ids and the phase the record keeps (an embedding page's;
//! absent where none is kept). `LocalRecord`'s save (`web/places.rs`)
//! writes it with the record, in the same write, and its load gives a record
//! written before that one; the hint's old key ([`LEGACY_KEY`]) goes when a
//! page loads. So the boot script needs none of the record's reading rules
//! (`formats::record`): it reads this member, and `lang` to open a bare
//! address in the learner's language. Written ([`hint`]) and read ([`read`],
//! the rule the boot script follows) here, tested natively
//! (`tests/paint.rs`, `tests/boot_rules.rs`).

use crate::domain::phase::Phase;
use crate::domain::work::Work;
use crate::formats::json::{self, Json};
use serde::Serialize;

/// The record's member the hint is kept in: `{"version":3,…,"paint":{…}}`.
pub const MEMBER: &str = "paint";

/// Where builds before the hint moved into the record kept it, under a key
/// of its own (a second write per change); removed when a page loads.
pub const LEGACY_KEY: &str = "value-governance-explorer:paint";

/// The hint's version; the boot script paints nothing from any other.
pub const VERSION: u32 = 1;

/// The hint: its version, the phase the record keeps (absent where it
/// keeps none) and the ticked item ids, serialized in that order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Hint {
    pub v: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phase: Option<&'static str>,
    pub ticked: Vec<&'static str>,
}

/// The hint for `ticked` work and the phase the record keeps.
pub fn hint(ticked: &Work, phase: Option<Phase>) -> Hint {
    Hint {
        v: VERSION,
        phase: phase.map(Phase::id),
        ticked: ticked.ids().collect(),
    }
}

/// What a stored hint paints: the phase it keeps (if it names one of the
/// content's) and the ticked items (those the content has); `None` unless
/// `hint` is exactly the format: an object whose `"v"` is [`VERSION`],
/// whose `"ticked"` is an array of strings, and whose `"phase"`, if there,
/// is a string. The boot script reads a hint by this rule (`storedHint`);
/// `tests/boot_rules.rs` runs both on one table of cases.
pub fn read<J: Json>(hint: &J) -> Option<(Option<Phase>, Work)> {
    hint.members()?;
    if hint.get("v")?.as_f64()? != f64::from(VERSION) {
        return None;
    }
    let ticked = json::strings(&hint.get("ticked")?)?;
    let phase = match hint.get("phase") {
        Some(phase) => Some(phase.as_str()?),
        None => None,
    };
    let work = Work::from_ids(ticked.iter().map(String::as_str));
    Some((phase.as_deref().and_then(Phase::from_id), work))
}
