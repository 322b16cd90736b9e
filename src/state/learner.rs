//! The learner's side of the state: their work as shown, and what the last
//! reset cleared while it can still be undone.

use crate::domain::work::{Ticks, Work};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Learner {
    pub work: Work,
    /// The ticks the last reset cleared, while it can still be undone.
    pub undo: Option<Ticks>,
}

/// A change the learner makes to their work, or one that reaches it from
/// elsewhere (storage, another tab, the course platform).
#[derive(Debug, Clone, PartialEq)]
pub enum WorkAction {
    /// Tick or untick one item.
    Toggle(&'static str),
    /// Replace the note on one item (blank removes it).
    SetNote(&'static str, String),
    /// Untick everything, remembering what was ticked for `Undo`. Notes
    /// and the quiz attempt stay.
    Reset,
    /// Bring back the ticks `Reset` cleared (notes and the attempt stay as
    /// they are now).
    Undo,
    /// Replace the work with what was loaded or came from elsewhere.
    Restore(Work),
}

impl Learner {
    pub fn apply(&mut self, action: WorkAction) {
        match action {
            WorkAction::Toggle(id) => {
                self.work.toggle(id);
                self.undo = None;
            }
            WorkAction::SetNote(id, text) => self.work.set_note(id, &text),
            WorkAction::Reset => {
                if self.work.count() > 0 {
                    self.undo = Some(self.work.take_ticks());
                }
            }
            WorkAction::Undo => {
                if let Some(ticks) = self.undo.take() {
                    self.work.set_ticks(ticks);
                }
            }
            WorkAction::Restore(work) => self.replace(work),
        }
    }

    /// The work becomes `work`; a reset can no longer be undone.
    pub fn replace(&mut self, work: Work) {
        self.work = work;
        self.undo = None;
    }
}
