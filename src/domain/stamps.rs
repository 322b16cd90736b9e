//! When each part of the learner's work last changed: the stamps that let
//! two sides' work (two tabs, a browser and a course platform) be merged
//! part by part, the later change winning (`persistence::merge`). Plain
//! data over the content's items, the same in every format that keeps it.

use crate::content;

/// The key under `changed` for the "Check yourself" attempt (not an item
/// id: those have no `#`).
pub const QUIZ_STAMP: &str = "#quiz";

/// When each item last changed, in milliseconds since the epoch (0: not
/// known), in the order of the content's items, then the "Check yourself"
/// attempt: two tabs merge item by item, and the later change wins.
#[derive(Debug, Clone, Default)]
pub struct Stamps(Vec<f64>);

/// Equal when every slot is: a slot never set is 0, however it was built.
impl PartialEq for Stamps {
    fn eq(&self, other: &Self) -> bool {
        Stamps::slots().all(|slot| self.at(slot) == other.at(slot))
    }
}

impl Stamps {
    /// Stamps for the named items; unknown ids are dropped.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, f64)>) -> Self {
        let mut stamps = Stamps::default();
        for (id, at) in pairs {
            if let Some(index) = stamp_index(id) {
                stamps.set(index, at);
            }
        }
        stamps
    }

    /// When the item at `index` last changed.
    pub fn at(&self, index: usize) -> f64 {
        self.0.get(index).copied().unwrap_or(0.0)
    }

    /// When the "Check yourself" attempt last changed.
    pub fn quiz_at(&self) -> f64 {
        self.at(quiz_slot())
    }

    /// Every stamp slot: the items', then the attempt's.
    pub fn slots() -> std::ops::RangeInclusive<usize> {
        0..=quiz_slot()
    }

    /// Stamps with `at(slot)` in every slot.
    pub fn from_slots(at: impl Fn(usize) -> f64) -> Self {
        Stamps(Stamps::slots().map(at).collect())
    }

    /// Sets when the part in `slot` last changed.
    pub fn set(&mut self, index: usize, at: f64) {
        self.0.resize(quiz_slot() + 1, 0.0);
        self.0[index] = at;
    }
}

/// The stamp slot of the "Check yourself" attempt, after the items'.
pub fn quiz_slot() -> usize {
    content::structure().items.len()
}

/// The stamp slot named by an item id or [`QUIZ_STAMP`].
fn stamp_index(id: &str) -> Option<usize> {
    if id == QUIZ_STAMP {
        return Some(quiz_slot());
    }
    content::structure()
        .items
        .iter()
        .position(|item| item.id == id)
}

/// The names of the stamp slots, in order: item ids, then [`QUIZ_STAMP`].
pub fn stamp_names() -> impl Iterator<Item = &'static str> {
    let items = content::structure().items.iter().map(|item| item.id);
    items.chain(std::iter::once(QUIZ_STAMP))
}
