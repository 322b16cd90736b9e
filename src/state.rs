//! The widget's state and its one reducer, split by concern: the page and
//! the selected phase here; the learner's work (`learner`), the answers
//! being given to "Check yourself" (`quiz`, over [`Quiz`]), an import
//! waiting for confirmation (`import`), what the widget reports about
//! itself (`status`) and what the page shows open (`presentation`), each with its own
//! actions and reducer. Everything here is pure: no web APIs, no storage,
//! no URL. Effects (saving, the address bar, other tabs) live in
//! `web/effects.rs` and react to the state this produces.

mod import;
mod learner;
mod presentation;
mod quiz;
mod status;

pub use import::{Import, ImportAction, ImportOutcome, Imported};
pub use learner::{Learner, WorkAction};
pub use presentation::{Presentation, PresentationAction};
pub use quiz::{Direction, Moved, Quiz, QuizAction};
pub use status::{Status, StatusAction};

use crate::content::Lang;
use crate::domain::page::Page;
pub use crate::domain::phase::{Phase, PhaseMove};
use crate::domain::quiz::Answers;
use crate::domain::work::Work;
use crate::formats::record::StorageTrouble;
use std::rc::Rc;
use yew::Reducible;

/// What the widget learns once it runs in the browser, beyond what the
/// pre-rendered page could know: the saved work and the phase to show (the
/// address's, else the one kept with the work: `keeping::arrival_phase`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Arrival {
    pub phase: Option<Phase>,
    pub work: Work,
    pub trouble: Option<StorageTrouble>,
    /// A course platform keeps the work (a package page that found one).
    pub platform: bool,
    /// The boxes the boot script painted ticked, before the wasm (none
    /// where it painted none).
    pub painted: Work,
    /// The boxes ticked when the wasm took the page over (the state
    /// started from them). The rule for the ticks on arrival: the
    /// learner's changes win over the saved work, in the order made —
    /// those before the wasm (from `painted` to `hydrated`), then those
    /// since, while this arrival was on its way (from `hydrated` to what
    /// the page shows now); every box they did not change is as saved
    /// (`Work::with_ticks_changed`).
    pub hydrated: Work,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The widget has taken over the pre-rendered page (see [`Arrival`]).
    Arrive(Arrival),
    /// Switch the language; phase and work stay as they are.
    SetLang(Lang),
    /// Show this phase.
    SelectPhase(Phase),
    Work(WorkAction),
    Quiz(QuizAction),
    Import(ImportAction),
    Status(StatusAction),
    Presentation(PresentationAction),
}

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// The page being shown: its language (which the learner may switch)
    /// and layout.
    pub page: Page,
    /// The wasm runs: the page responds, and saved work is shown. False
    /// while rendering at build time and in the first render that hydrates
    /// that HTML, which must match it.
    pub live: bool,
    /// Position of the selected phase in the content's phase list.
    pub phase: Phase,
    pub learner: Learner,
    /// Answers being given to "Check yourself".
    pub quiz: Quiz,
    pub import: Import,
    pub status: Status,
    pub presentation: Presentation,
}

impl State {
    /// What a page shows before anything is known of the learner: the
    /// first phase, nothing ticked. The build renders this, and the wasm's
    /// first render, which hydrates that HTML, starts from it too.
    pub fn new(page: Page) -> Self {
        State {
            page,
            live: false,
            phase: Phase::FIRST,
            learner: Learner::default(),
            quiz: Quiz::default(),
            import: Import::default(),
            status: Status::default(),
            presentation: Presentation::default(),
        }
    }

    /// The language shown.
    pub fn lang(&self) -> Lang {
        self.page.lang
    }

    /// What the page shows when the wasm takes it over: [`State::new`] with
    /// the phase and ticks the boot script painted (and the learner chose
    /// since), read back from the page, so hydrating puts nothing back to
    /// the build's defaults.
    pub fn shown(page: Page, phase: Phase, ticked: Work) -> Self {
        let mut state = State::new(page);
        state.phase = phase;
        state.learner.work = ticked;
        state
    }

    /// True while the saved attempt is shown marked; false while the
    /// questions are open for answers.
    pub fn showing_result(&self) -> bool {
        self.marked_attempt().is_some()
    }

    /// The answers the questions show: the saved attempt while it is
    /// shown marked, else the answers being given.
    pub fn shown_answers(&self) -> &Answers {
        self.marked_attempt().unwrap_or(&self.quiz.draft)
    }

    /// The saved attempt, unless "Try again" has opened the questions.
    fn marked_attempt(&self) -> Option<&Answers> {
        quiz::marked_attempt(&self.quiz, &self.learner.work)
    }

    /// The one reducer: the next state after `action`.
    pub fn apply(&self, action: Action) -> State {
        let mut next = self.clone();
        match action {
            Action::Arrive(arrival) => {
                next.live = true;
                if let Some(phase) = arrival.phase {
                    next.phase = phase;
                }
                let work = arrival
                    .work
                    .with_ticks_changed(&arrival.painted, &arrival.hydrated)
                    .with_ticks_changed(&arrival.hydrated, &self.learner.work);
                next.learner.replace(work);
                next.status.platform = arrival.platform;
                if let Some(trouble) = arrival.trouble {
                    next.status.apply(StatusAction::Storage(trouble));
                }
            }
            Action::SetLang(lang) => {
                next.page.lang = lang;
                // A move is announced once, in the language it was made in.
                next.quiz.moved = None;
            }
            Action::SelectPhase(phase) => next.phase = phase,
            Action::Work(action) => next.learner.apply(action),
            Action::Quiz(action) => {
                quiz::apply(&mut next.quiz, &mut next.learner.work, next.live, action)
            }
            Action::Import(action) => {
                if let Some(imported) = next.import.apply(action, &self.learner.work) {
                    next.learner.replace(imported);
                    // The imported attempt is shown, marked, whatever was
                    // being answered.
                    next.quiz.close();
                }
            }
            Action::Status(action) => next.status.apply(action),
            Action::Presentation(action) => next.presentation.apply(action),
        }
        next
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
