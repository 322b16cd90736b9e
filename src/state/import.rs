//! Importing work from a file: an import that would replace the learner's
//! work waits for them to confirm it.

use crate::domain::work::Work;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Import {
    /// An import that would replace current work, waiting for confirmation.
    pub pending: Option<Imported>,
    /// What the last import came to, for the status line.
    pub outcome: Option<ImportOutcome>,
}

/// The work read from a file, and the parts of its record that could not
/// be read and were left out (named as in the record: `notes.values`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Imported {
    pub work: Work,
    pub left_out: Vec<String>,
}

/// What the last import attempt came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportOutcome {
    /// Applied: how many items ticked and how many notes came in, and how
    /// many parts of the file were left out.
    Done {
        checked: usize,
        notes: usize,
        left_out: usize,
    },
    Failed,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ImportAction {
    /// A file was read; it waits for the learner to confirm if it would
    /// replace anything, and is applied at once otherwise.
    Read(Imported),
    /// Apply the waiting import.
    Confirm,
    /// Drop the waiting import.
    Cancel,
    /// A file could not be imported; nothing changed.
    Failed,
}

impl Import {
    /// Follows `action` given the learner's `current` work; returns the
    /// work to apply, if the import is to be applied now.
    pub fn apply(&mut self, action: ImportAction, current: &Work) -> Option<Work> {
        let accepted = match action {
            ImportAction::Read(imported) if current.is_empty() || *current == imported.work => {
                Some(imported)
            }
            ImportAction::Read(imported) => {
                self.pending = Some(imported);
                self.outcome = None;
                None
            }
            ImportAction::Confirm => self.pending.take(),
            ImportAction::Cancel => {
                self.pending = None;
                self.outcome = None;
                None
            }
            ImportAction::Failed => {
                self.pending = None;
                self.outcome = Some(ImportOutcome::Failed);
                None
            }
        };
        accepted.map(|imported| {
            self.outcome = Some(ImportOutcome::Done {
                checked: imported.work.count(),
                notes: imported.work.note_count(),
                left_out: imported.left_out.len(),
            });
            imported.work
        })
    }
}
