//! What the page shows open or laid out, beyond the learner's work.

use crate::content;
use std::collections::BTreeSet;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Presentation {
    /// The page is being printed (between `beforeprint` and `afterprint`).
    pub printing: bool,
    /// Items whose explanation is open.
    pub explained: BTreeSet<&'static str>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum PresentationAction {
    Printing(bool),
    /// Open or close an item's explanation.
    Explain(&'static str, bool),
}

impl Presentation {
    pub fn apply(&mut self, action: PresentationAction) {
        match action {
            PresentationAction::Printing(printing) => self.printing = printing,
            PresentationAction::Explain(id, open) => {
                if open && content::structure().item_id(id).is_some() {
                    self.explained.insert(id);
                } else {
                    self.explained.remove(id);
                }
            }
        }
    }
}
