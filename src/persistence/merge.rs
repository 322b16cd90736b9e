//! The one merge of two sides' work (two tabs; this browser and a course
//! platform): part by part (each item's tick and note, the "Check yourself"
//! attempt), each part from the side that changed it later. Pure; the
//! rule of which side owns what is in `keeping` (the web widget) and
//! `backup` (a package).

use crate::content;
use crate::domain::stamps::{quiz_slot, Stamps};
use crate::domain::work::Work;

/// `stamps`, with `now` on every item whose tick or note differs between
/// `before` and `after`, and on the attempt if it differs.
pub fn restamp(stamps: &Stamps, before: &Work, after: &Work, now: f64) -> Stamps {
    let mut stamps = stamps.clone();
    for (index, item) in content::structure().items.iter().enumerate() {
        let id = item.id;
        if before.is_checked(id) != after.is_checked(id) || before.note(id) != after.note(id) {
            stamps.set(index, now);
        }
    }
    if before.quiz() != after.quiz() {
        stamps.set(quiz_slot(), now);
    }
    stamps
}

/// Two tabs' work merged item by item: each item (its tick and its note),
/// and the attempt, comes from the side that changed it later, `mine` on a
/// tie. So the last write wins per item, and no other change is lost.
pub fn merge(mine: (&Work, &Stamps), theirs: (&Work, &Stamps)) -> (Work, Stamps) {
    merge_by(mine, theirs, |slot| mine.1.at(slot) >= theirs.1.at(slot))
}

/// Two sides' work merged part by part: each item (its tick and its note)
/// and the attempt, with its stamp, from `mine` where `take_mine(slot)`,
/// else from `theirs`.
pub fn merge_by(
    mine: (&Work, &Stamps),
    theirs: (&Work, &Stamps),
    take_mine: impl Fn(usize) -> bool,
) -> (Work, Stamps) {
    let mut checked = Vec::new();
    let mut notes = Vec::new();
    let mut stamps = Stamps::default();
    let side = |slot: usize| if take_mine(slot) { mine } else { theirs };
    for (index, item) in content::structure().items.iter().enumerate() {
        let id = item.id;
        let (work, from) = side(index);
        if work.is_checked(id) {
            checked.push(id);
        }
        notes.push((id, work.note(id)));
        stamps.set(index, from.at(index));
    }
    let (work, from) = side(quiz_slot());
    stamps.set(quiz_slot(), from.at(quiz_slot()));
    let merged = Work::from_ids(checked)
        .with_notes(notes)
        .with_quiz(work.quiz().cloned());
    (merged, stamps)
}
