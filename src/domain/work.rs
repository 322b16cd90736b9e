//! The learner's work: which checklist items are ticked, the notes on them,
//! and the last checked attempt at "Check yourself". A domain value, pure and
//! language-free (item ids are the same in every language); the state holds
//! it, the formats (stored record, suspend data, export, host messages) read
//! and write it.

use crate::content::{self, fill};
use crate::domain::quiz::Answers;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// The ids of ticked checklist items.
pub type Ticks = BTreeSet<&'static str>;

/// The longest note kept, in characters; longer text is cut there.
pub const NOTE_MAX_CHARS: usize = 2000;

/// Which items are ticked, their notes by item id, and the last checked
/// attempt at "Check yourself".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Work {
    checked: Ticks,
    notes: BTreeMap<&'static str, String>,
    quiz: Option<Answers>,
}

impl Work {
    /// Builds work from stored or received ids, keeping only ids that
    /// name a checklist item (ids are the same in every language).
    pub fn from_ids<'a>(ids: impl IntoIterator<Item = &'a str>) -> Self {
        let content = content::structure();
        Work {
            checked: ticks(ids.into_iter().filter_map(|id| content.item_id(id))),
            notes: BTreeMap::new(),
            quiz: None,
        }
    }

    /// With this checked attempt at "Check yourself" (or none).
    pub fn with_quiz(mut self, quiz: Option<Answers>) -> Self {
        self.quiz = quiz;
        self
    }

    /// The last checked attempt at "Check yourself", if any.
    pub fn quiz(&self) -> Option<&Answers> {
        self.quiz.as_ref()
    }

    /// Adds notes, keeping only those for known items that are not blank.
    pub fn with_notes<'a>(mut self, notes: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        for (id, text) in notes {
            self.set_note(id, text);
        }
        self
    }

    /// Ticks `id` if it is unticked, unticks it otherwise (an id that
    /// names no item changes nothing).
    pub fn toggle(&mut self, id: &str) {
        if let Some(id) = content::structure().item_id(id) {
            if !self.checked.remove(id) {
                self.checked.insert(id);
            }
        }
    }

    /// Replaces the note on one item (blank removes it; cut at
    /// [`NOTE_MAX_CHARS`]).
    pub fn set_note(&mut self, id: &str, text: &str) {
        let Some(id) = content::structure().item_id(id) else {
            return;
        };
        if text.trim().is_empty() {
            self.notes.remove(id);
        } else {
            self.notes
                .insert(id, text.chars().take(NOTE_MAX_CHARS).collect());
        }
    }

    /// Unticks everything and gives back what was ticked.
    pub fn take_ticks(&mut self) -> Ticks {
        std::mem::take(&mut self.checked)
    }

    /// Replaces the ticks (notes and the attempt stay).
    pub fn set_ticks(&mut self, ticks: Ticks) {
        self.checked = ticks;
    }

    /// Saves a checked attempt at "Check yourself".
    pub fn set_quiz(&mut self, attempt: Answers) {
        self.quiz = Some(attempt);
    }

    /// This work with every tick that differs between `before` and `after`
    /// set as in `after` (the rest as it is).
    pub fn with_ticks_changed(mut self, before: &Work, after: &Work) -> Work {
        for &id in before.checked.symmetric_difference(&after.checked) {
            if after.checked.contains(id) {
                self.checked.insert(id);
            } else {
                self.checked.remove(id);
            }
        }
        self
    }

    /// The note on an item, or "" if it has none.
    pub fn note(&self, id: &str) -> &str {
        self.notes.get(id).map_or("", String::as_str)
    }

    /// All notes, by item id, in a stable order.
    pub fn notes(&self) -> impl Iterator<Item = (&'static str, &str)> + '_ {
        self.notes.iter().map(|(id, text)| (*id, text.as_str()))
    }

    pub fn note_count(&self) -> usize {
        self.notes.len()
    }

    pub fn is_checked(&self, id: &str) -> bool {
        self.checked.contains(id)
    }

    /// The ticked ids, in a stable order.
    pub fn ids(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.checked.iter().copied()
    }

    pub fn count(&self) -> usize {
        self.checked.len()
    }

    /// True when nothing is ticked, there are no notes and no attempt.
    pub fn is_empty(&self) -> bool {
        self.checked.is_empty() && self.notes.is_empty() && self.quiz.is_none()
    }

    /// How many of the core dimensions are ticked.
    pub fn core(&self) -> Tally {
        let content = content::structure();
        let core = content.core_group().id;
        Tally {
            done: content
                .items_in(core)
                .filter(|item| self.is_checked(item.id))
                .count(),
            total: content.items_in(core).count(),
        }
    }

    /// How many of all the items in the frame are ticked.
    pub fn all(&self) -> Tally {
        Tally {
            done: self.checked.len(),
            total: content::structure().items.len(),
        }
    }
}

/// How many of a set of checklist items are ticked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Tally {
    pub done: usize,
    pub total: usize,
}

impl Tally {
    pub fn complete(self) -> bool {
        self.done == self.total
    }

    /// A `{done}`/`{total}` template filled in, e.g. "2 of 3 dimensions".
    pub fn describe(self, template: &str) -> String {
        fill(template, &[("done", &self.done), ("total", &self.total)])
    }
}

/// The set of these ids, inserted one by one: collecting sorts first, and
/// that sort costs the wasm more than these few inserts.
fn ticks(ids: impl Iterator<Item = &'static str>) -> Ticks {
    ids.fold(Ticks::new(), |mut set, id| {
        set.insert(id);
        set
    })
}
