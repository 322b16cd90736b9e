//! A goal phase of the timeline (unity, interest, comprehensive goals), as
//! a value that is always one of the content's phases: made from a known id
//! or a position that exists, never a bare number that might point past the
//! list. Its text in each language is the content's (`content::Phase`).

use crate::content;

/// One of the content's phases, by its place in the paper's order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Phase(u8);

impl Phase {
    /// The first phase (unity goals): where a page with nothing to go on
    /// starts; also `Phase::default()`.
    pub const FIRST: Phase = Phase(0);

    /// Every phase, in the paper's order.
    pub fn all() -> impl Iterator<Item = Phase> {
        (0..content::structure().phases.len()).map(|at| Phase(at as u8))
    }

    /// The phase at this position (from 0), if there is one.
    pub fn at(position: usize) -> Option<Phase> {
        (position < content::structure().phases.len()).then_some(Phase(position as u8))
    }

    /// The phase with this id (`interest`), if there is one.
    pub fn from_id(id: &str) -> Option<Phase> {
        Phase::at(content::structure().phase_index(id)?)
    }

    /// Its position in the paper's order, from 0.
    pub fn position(self) -> usize {
        usize::from(self.0)
    }

    /// Its id, the same in every language (`interest`).
    pub fn id(self) -> &'static str {
        self.text(content::structure()).id
    }

    /// Its text in one language's content.
    pub fn text(self, content: &'static content::Content) -> &'static content::Phase {
        &content.phases[self.position()]
    }

    /// The phase a move of the tabs' keys selects from this one, wrapping
    /// at the ends.
    pub fn moved(self, by: PhaseMove) -> Phase {
        let count = content::structure().phases.len();
        let at = self.position();
        let to = match by {
            PhaseMove::Next => (at + 1) % count,
            PhaseMove::Previous => (at + count - 1) % count,
            PhaseMove::First => 0,
            PhaseMove::Last => count - 1,
        };
        Phase(to as u8)
    }
}

/// A move between phases, as the tabs pattern's keys ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhaseMove {
    Next,
    Previous,
    First,
    Last,
}
