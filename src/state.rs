//! The widget's state and its one reducer. Everything here is pure: no web
//! APIs, no storage, no URL. Effects (saving, the address bar, other tabs)
//! live in `effects.rs` and react to the state this produces.

use crate::content::{fill, Lang};
use crate::page::{Page, View};
use crate::quiz::{Answers, Direction, Quiz};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;
use yew::Reducible;

/// The longest note kept, in characters; longer text is cut there.
pub const NOTE_MAX_CHARS: usize = 2000;

/// The learner's work: which checklist items are ticked, and their notes,
/// by item id; and the last checked attempt at "Check yourself".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Progress {
    checked: BTreeSet<&'static str>,
    notes: BTreeMap<&'static str, String>,
    quiz: Option<Answers>,
}

impl Progress {
    /// Builds progress from stored or received ids, keeping only ids that
    /// name a checklist item (ids are the same in every language).
    pub fn from_ids<'a>(ids: impl IntoIterator<Item = &'a str>) -> Self {
        let content = Lang::En.content();
        Progress {
            // Inserted one by one: collecting sorts first, and that sort
            // costs the wasm more than these few inserts.
            checked: ids.into_iter().filter_map(|id| content.item_id(id)).fold(
                BTreeSet::new(),
                |mut set, id| {
                    set.insert(id);
                    set
                },
            ),
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

    fn set_note(&mut self, id: &str, text: &str) {
        let Some(id) = Lang::En.content().item_id(id) else {
            return;
        };
        if text.trim().is_empty() {
            self.notes.remove(id);
        } else {
            self.notes
                .insert(id, text.chars().take(NOTE_MAX_CHARS).collect());
        }
    }

    /// This work without `other`'s ticks (notes and the attempt stay).
    pub fn minus(&self, other: &Progress) -> Progress {
        Progress {
            checked: self
                .checked
                .iter()
                .filter(|id| !other.checked.contains(*id))
                .fold(BTreeSet::new(), |mut set, id| {
                    set.insert(*id);
                    set
                }),
            notes: self.notes.clone(),
            quiz: self.quiz.clone(),
        }
    }

    /// This work with `other`'s ticks added (notes and the attempt stay
    /// this work's).
    pub fn union(&self, other: &Progress) -> Progress {
        Progress {
            checked: other
                .checked
                .iter()
                .fold(self.checked.clone(), |mut set, id| {
                    set.insert(*id);
                    set
                }),
            notes: self.notes.clone(),
            quiz: self.quiz.clone(),
        }
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

    /// How many of the core dimensions are ticked (ids are the same in
    /// every language, so the English content serves for all).
    pub fn core(&self) -> Tally {
        let content = Lang::En.content();
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
            total: Lang::En.content().items.len(),
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

/// Why saving is not working as it should; shown as a polite notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageTrouble {
    /// The browser refuses storage (blocked, sandboxed, full).
    Unavailable,
    /// What was saved could not be read; it was set aside.
    Unreadable,
    /// Part of what was saved (the quiz attempt, a note, a time) could not
    /// be read and was left out; the rest was read, and the whole record
    /// set aside.
    Damaged,
    /// A newer version saved progress here; it is read, never overwritten.
    Newer,
}

/// A move between phases, as the tabs pattern's keys ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhaseMove {
    Next,
    Previous,
    First,
    Last,
}

impl PhaseMove {
    /// The phase this move selects from `current`, of `count` phases,
    /// wrapping at the ends.
    pub fn from(self, current: usize, count: usize) -> usize {
        match self {
            PhaseMove::Next => (current + 1) % count,
            PhaseMove::Previous => (current + count - 1) % count,
            PhaseMove::First => 0,
            PhaseMove::Last => count - 1,
        }
    }
}

/// What the widget learns once it runs in the browser, beyond what the
/// pre-rendered page could know: the saved work (with any box the learner
/// ticked before the wasm arrived) and the phase the address asks for.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Arrival {
    pub phase: Option<usize>,
    pub progress: Progress,
    pub notice: Option<StorageTrouble>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The widget has taken over the pre-rendered page (see [`Arrival`]).
    Arrive(Arrival),
    /// Show the phase at this position (ignored if there is none).
    SelectPhase(usize),
    /// Tick or untick one item.
    Toggle(&'static str),
    /// Replace the note on one item (blank removes it).
    SetNote(&'static str, String),
    /// Untick everything, remembering what was ticked for `Undo`. Notes stay.
    Reset,
    /// Bring back what `Reset` cleared.
    Undo,
    /// Replace progress with what was loaded or came from another tab.
    Restore(Progress),
    /// Show a storage notice (once; a second report changes nothing).
    Notice(StorageTrouble),
    /// Saving works again after it had failed.
    StorageWorks,
    /// The course platform refuses to keep the learner's work (after
    /// retries: `true`), or takes it again (`false`).
    PlatformFailing(bool),
    /// These items' notes do not fit the course platform's record and stay
    /// only in this browser (empty: all fit).
    NotesLocalOnly(Vec<&'static str>),
    /// Switch the language; phase and progress stay as they are.
    SetLang(Lang),
    /// A new version has installed and waits for a reload.
    UpdateReady,
    /// A file was read for import; it waits for the learner to confirm if
    /// it would replace anything, and is applied at once otherwise.
    ImportRead(Progress),
    /// Apply the waiting import.
    ImportConfirm,
    /// Drop the waiting import.
    ImportCancel,
    /// A file could not be imported; nothing changed.
    ImportFailed,
    /// The page is being printed (between `beforeprint` and `afterprint`).
    Printing(bool),
    /// Open or close an item's explanation.
    Explain(&'static str, bool),
    /// Pick a choice of a question (see [`Answers::pick`]).
    Answer(&'static str, &'static str),
    /// Move a choice of an ordering question one place.
    MoveChoice(&'static str, &'static str, Direction),
    /// Mark the answers: they become the saved attempt.
    CheckAnswers,
    /// Clear the answers and show the choices in a new order.
    RetryQuiz,
}

/// What the last import attempt came to, for the status line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportOutcome {
    /// Applied: how many items ticked and how many notes came in.
    Done {
        checked: usize,
        notes: usize,
    },
    Failed,
}

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// The wasm runs: the page responds, and saved work is shown. False
    /// while rendering at build time and in the first render that hydrates
    /// that HTML, which must match it.
    pub interactive: bool,
    /// Shown in an iframe of a course page: compact chrome, host messages.
    pub embedded: bool,
    /// Launched from a SCORM package (see [`Page::package`]).
    pub package: bool,
    /// Which part of the widget is shown.
    pub view: View,
    pub lang: Lang,
    /// Position of the selected phase in the content's phase list.
    pub phase: usize,
    pub progress: Progress,
    /// What the last reset cleared, while it can still be undone.
    pub undo: Option<Progress>,
    pub notice: Option<StorageTrouble>,
    /// The course platform is refusing writes (package mode).
    pub platform_failing: bool,
    /// Items whose notes the course platform cannot hold (package mode).
    pub notes_local_only: Vec<&'static str>,
    /// A new version is installed and can be switched to by reloading.
    pub update_ready: bool,
    /// An import that would replace current work, waiting for confirmation.
    pub pending_import: Option<Progress>,
    pub import_outcome: Option<ImportOutcome>,
    pub printing: bool,
    /// Items whose explanation is open.
    pub explained: BTreeSet<&'static str>,
    /// Answers being given to "Check yourself".
    pub quiz: Quiz,
}

impl State {
    /// What a page shows before anything is known of the learner: the
    /// first phase, nothing ticked. The build renders this, and the wasm's
    /// first render, which hydrates that HTML, starts from it too.
    pub fn new(page: Page) -> Self {
        State {
            interactive: false,
            embedded: page.embedded,
            package: page.package,
            view: page.view,
            lang: page.lang,
            phase: 0,
            progress: Progress::default(),
            undo: None,
            notice: None,
            platform_failing: false,
            notes_local_only: Vec::new(),
            update_ready: false,
            pending_import: None,
            import_outcome: None,
            printing: false,
            explained: BTreeSet::new(),
            quiz: Quiz::default(),
        }
    }

    /// What the page shows when the wasm takes it over: [`State::new`] with
    /// the phase and ticks the boot script painted (and the learner chose
    /// since), read back from the page, so hydrating puts nothing back to
    /// the build's defaults. An unknown phase is the first.
    pub fn shown(page: Page, phase: usize, ticked: Progress) -> Self {
        let phases = page.lang.content().phases.len();
        State {
            phase: if phase < phases { phase } else { 0 },
            progress: ticked,
            ..State::new(page)
        }
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
        self.progress.quiz.as_ref().filter(|_| !self.quiz.retrying)
    }

    /// The one reducer: the next state after `action`.
    pub fn apply(&self, action: Action) -> State {
        let mut next = self.clone();
        let phases = self.lang.content().phases.len();
        match action {
            Action::Arrive(arrival) => {
                next.interactive = true;
                if let Some(index) = arrival.phase.filter(|&index| index < phases) {
                    next.phase = index;
                }
                next.progress = arrival.progress;
                next.notice = arrival.notice;
            }
            Action::SelectPhase(index) if index < phases => next.phase = index,
            Action::SelectPhase(_) => {}
            Action::Toggle(id) => {
                if !next.progress.checked.remove(id) && Lang::En.content().item_id(id).is_some() {
                    next.progress.checked.insert(id);
                }
                next.undo = None;
            }
            Action::SetNote(id, text) => next.progress.set_note(id, &text),
            Action::Reset => {
                if !self.progress.checked.is_empty() {
                    next.undo = Some(self.progress.clone());
                    next.progress.checked.clear();
                }
            }
            // Reset cleared ticks only: Undo brings back the ticks, and
            // leaves notes and the quiz attempt as they are now.
            Action::Undo => {
                if let Some(previous) = next.undo.take() {
                    next.progress.checked = previous.checked;
                }
            }
            Action::Restore(progress) => {
                next.progress = progress;
                next.undo = None;
            }
            Action::Notice(notice) => {
                next.notice.get_or_insert(notice);
            }
            Action::StorageWorks => {
                if self.notice == Some(StorageTrouble::Unavailable) {
                    next.notice = None;
                }
            }
            Action::PlatformFailing(failing) => next.platform_failing = failing,
            Action::NotesLocalOnly(ids) => next.notes_local_only = ids,
            Action::SetLang(lang) => {
                next.lang = lang;
                // A move is announced once, in the language it was made in.
                next.quiz.moved = None;
            }
            Action::UpdateReady => next.update_ready = true,
            Action::ImportRead(imported) => {
                if self.progress.is_empty() || self.progress == imported {
                    next.accept_import(imported);
                } else {
                    next.pending_import = Some(imported);
                    next.import_outcome = None;
                }
            }
            Action::ImportConfirm => {
                if let Some(imported) = next.pending_import.take() {
                    next.accept_import(imported);
                }
            }
            Action::ImportCancel => {
                next.pending_import = None;
                next.import_outcome = None;
            }
            Action::ImportFailed => {
                next.pending_import = None;
                next.import_outcome = Some(ImportOutcome::Failed);
            }
            Action::Printing(printing) => next.printing = printing,
            Action::Explain(id, open) => {
                if open && Lang::En.content().item_id(id).is_some() {
                    next.explained.insert(id);
                } else {
                    next.explained.remove(id);
                }
            }
            // Answers change only while the questions are open.
            Action::Answer(question, choice) if !self.showing_result() => {
                next.quiz.draft.pick(question, choice);
            }
            Action::MoveChoice(question, choice, direction) if !self.showing_result() => {
                next.quiz.move_choice(question, choice, direction);
            }
            Action::Answer(..) | Action::MoveChoice(..) => {}
            // Marking needs the learner's saved work to be in (it is saved
            // with it), and something to mark.
            Action::CheckAnswers if self.interactive && !self.showing_result() => {
                let attempt = self.quiz.attempt();
                if !attempt.is_empty() {
                    next.progress.quiz = Some(attempt);
                    next.quiz.draft = Answers::default();
                    next.quiz.retrying = false;
                    next.quiz.moved = None;
                    next.quiz.times_checked += 1;
                }
            }
            Action::CheckAnswers => {}
            Action::RetryQuiz if self.showing_result() => next.quiz.retry(),
            Action::RetryQuiz => {}
        }
        next
    }
}

impl State {
    /// The page that shows what this state shows: its language and layout.
    pub fn page(&self) -> Page {
        Page {
            lang: self.lang,
            embedded: self.embedded,
            view: self.view,
            package: self.package,
        }
    }

    fn accept_import(&mut self, imported: Progress) {
        self.import_outcome = Some(ImportOutcome::Done {
            checked: imported.count(),
            notes: imported.note_count(),
        });
        self.progress = imported;
        self.undo = None;
        // The imported attempt is shown, marked, whatever was being answered.
        self.quiz.draft = Answers::default();
        self.quiz.retrying = false;
        self.quiz.moved = None;
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
