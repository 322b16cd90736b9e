//! What the page shows open or laid out, beyond the learner's work.

use crate::content;
use std::collections::BTreeSet;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Ui {
    /// The page is being printed (between `beforeprint` and `afterprint`).
    pub printing: bool,
    /// Items whose explanation is open.
    pub explained: BTreeSet<&'static str>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum UiAction {
    Printing(bool),
    /// Open or close an item's explanation.
    Explain(&'static str, bool),
}

impl Ui {
    pub fn apply(&mut self, action: UiAction) {
        match action {
            UiAction::Printing(printing) => self.printing = printing,
            UiAction::Explain(id, open) => {
                if open && content::structure().item_id(id).is_some() {
                    self.explained.insert(id);
                } else {
                    self.explained.remove(id);
                }
            }
        }
    }
}
