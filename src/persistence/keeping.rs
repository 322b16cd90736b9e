//! One persistence engine: the learner's work kept in a [`Place`] (this
//! browser's `localStorage`, the course platform), written when what the
//! page shows changes, merged item by item with what others (other tabs)
//! stored meanwhile, the later change winning. The engine is pure and
//! tested natively with a place in memory; the places themselves, which
//! touch the browser, are in `web/places.rs`.
//!
//! Who owns what, written down once:
//! - **the address owns the view**: the phase a page starts on is the one
//!   its address names; only where it names none does a place's kept phase
//!   count (an embedding page's record, a package's backup), see
//!   [`arrival_phase`];
//! - **`localStorage` owns the web widget's work** (one record, shared by
//!   the tabs, merged item by item);
//! - **the course platform owns a package's attempt**, and this browser's
//!   backup of it only carries what the platform has not confirmed
//!   (`backup::resume`, applied on arrival before the engine starts);
//! - **the language** is the page's, except that a package resumes in the
//!   language its platform record was left in.

use crate::content::Lang;
use crate::domain::phase::Phase;
use crate::domain::stamps::Stamps;
use crate::domain::work::Work;
use crate::formats::record::Loaded;
use crate::persistence::merge::{merge, restamp};

/// Where the learner is, beside the work: the language and the phase the
/// page shows, written with the work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub lang: Lang,
    /// The selected phase.
    pub phase: Phase,
}

/// A place the learner's work is kept, as the engine ([`SyncedPlace`])
/// writes it. Reading a place on arrival and hearing of other writers are
/// each place's own (`web::places`): they differ in what they find and in
/// who else writes.
pub trait Place {
    /// Why a write did not happen.
    type Refusal;

    /// Whether the place keeps the phase shown, so that a change of phase
    /// alone is written.
    fn keeps_phase(&self) -> bool;

    /// Reads what the place holds now (`None` where only this page writes
    /// it, or it could not be read), lets `merge` decide what to keep, and
    /// writes that: one read per write. Returns the work and stamps
    /// written.
    fn save(
        &mut self,
        shown: Position,
        merge: impl FnOnce(Option<(&Work, &Stamps)>) -> (Work, Stamps),
    ) -> Result<(Work, Stamps), Self::Refusal>;
}

/// What a place held on arrival, as the engine starts from it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Held {
    pub work: Work,
    pub stamps: Stamps,
    /// The phase the place keeps (`None` where it keeps none).
    pub phase: Option<Phase>,
}

impl Held {
    /// What a web record held: a phase only where the page keeps one.
    pub fn in_record(loaded: &Loaded, keeps_phase: bool) -> Held {
        Held {
            work: loaded.work.clone(),
            stamps: loaded.stamps.clone(),
            phase: loaded.phase.filter(|_| keeps_phase),
        }
    }
}

/// The arrival rule for the phase: the address owns the view, so its phase
/// wins and the place's kept phase only fills in where it names none. (The
/// rule for the ticks is the reducer's: `crate::state::Arrival::hydrated`.
/// The engine starts from what the place held, `found`, so the ticks the
/// learner changed before the arrival differ from it and are written.)
pub fn arrival_phase(address_phase: Option<Phase>, found: &Held) -> Option<Phase> {
    address_phase.or(found.phase)
}

/// Whether a web page keeps the phase shown with the learner's work (the
/// record's `phase`): an embedding page does, since its frame loads the
/// code's address again on every visit and would otherwise forget where
/// the learner was; unless that address pins a phase (the teacher's
/// "Start at"), which then owns the view in that frame on every load. A
/// pinned frame's phase is the teacher's choice, not the learner's place:
/// it leaves the kept phase alone, so the learner's other frames still
/// open where they left off. The full page's address alone keeps it.
pub fn web_keeps_phase(embedded: bool, address_phase: Option<Phase>) -> bool {
    embedded && address_phase.is_none()
}

/// A write that happened.
#[derive(Debug, Clone, PartialEq)]
pub struct Saved {
    /// An earlier write had failed: the trouble it reported is over.
    pub recovered: bool,
    /// What was written differs from what is shown (another writer's
    /// changes came in): show this.
    pub show: Option<Work>,
}

/// What another writer's change means for the page.
#[derive(Debug, Clone, PartialEq)]
pub struct OtherWrite {
    /// The merge differs from what is shown: show this.
    pub show: Option<Work>,
    /// The place lacks something only this page knows: write it back.
    pub write_back: bool,
}

/// One place and what this page knows of it: what the place holds (as
/// last read or written, with when each part changed) against what the
/// page shows.
pub struct SyncedPlace<P> {
    pub place: P,
    /// The work the place holds, its stamps and language.
    base: Work,
    stamps: Stamps,
    base_lang: Lang,
    /// The phase the place holds, where it keeps one.
    base_phase: Option<Phase>,
    /// What the page shows now.
    shown: Work,
    lang: Lang,
    phase: Phase,
    /// The last write failed; it waits for a retry.
    failed: bool,
}

impl<P: Place> SyncedPlace<P> {
    /// A page that found `found` in `place`, in `lang`.
    pub fn new(place: P, found: Held, lang: Lang) -> Self {
        SyncedPlace {
            place,
            shown: found.work.clone(),
            base: found.work,
            stamps: found.stamps,
            base_lang: lang,
            base_phase: found.phase,
            lang,
            phase: found.phase.unwrap_or_default(),
            failed: false,
        }
    }

    /// The page now shows `work` and `shown`; true if that differs from
    /// what the place holds, so it should be written.
    pub fn show(&mut self, work: &Work, shown: Position) -> bool {
        self.shown = work.clone();
        self.lang = shown.lang;
        self.phase = shown.phase;
        let phase_changed = self.place.keeps_phase() && self.base_phase != Some(shown.phase);
        self.shown != self.base || self.lang != self.base_lang || phase_changed
    }

    /// Whether showing `work` and `shown` next changes nothing but the
    /// text of notes: such a change is written once typing pauses, not on
    /// every keystroke (`web::effects`).
    pub fn only_notes_change(&self, work: &Work, shown: Position) -> bool {
        let same_ticks = work.ids().eq(self.shown.ids());
        let same_rest = work.quiz() == self.shown.quiz()
            && self.lang == shown.lang
            && self.phase == shown.phase;
        same_ticks && same_rest && *work != self.shown
    }

    /// Writes what is shown, stamped at `now` where it changed since the
    /// place was last read or written, merged with what the place holds
    /// now: per item, the later change wins.
    pub fn save(&mut self, now: f64) -> Result<Saved, P::Refusal> {
        let shown = Position {
            lang: self.lang,
            phase: self.phase,
        };
        let mine = restamp(&self.stamps, &self.base, &self.shown, now);
        let (base, base_stamps, current) = (&self.base, &self.stamps, &self.shown);
        let merged = self.place.save(shown, |theirs| {
            merge((current, &mine), theirs.unwrap_or((base, base_stamps)))
        });
        match merged {
            Ok((work, stamps)) => {
                let show = (work != self.shown).then(|| work.clone());
                self.base = work;
                self.stamps = stamps;
                self.base_lang = self.lang;
                if self.place.keeps_phase() {
                    self.base_phase = Some(self.phase);
                }
                let recovered = std::mem::replace(&mut self.failed, false);
                Ok(Saved { recovered, show })
            }
            Err(refusal) => {
                self.failed = true;
                Err(refusal)
            }
        }
    }

    /// Another writer stored `work` (changed at `stamps`): it becomes what
    /// the place holds, and its merge with what is shown is what the page
    /// shows from now on. The merge is taken as shown at once, not when
    /// the render lands, so that a save in between does not mistake their
    /// new items for changes of this page's and undo them.
    pub fn theirs(&mut self, work: &Work, stamps: &Stamps, now: f64) -> OtherWrite {
        let mine = restamp(&self.stamps, &self.base, &self.shown, now);
        let (merged, _) = merge((&self.shown, &mine), (work, stamps));
        let show = (merged != self.shown).then(|| merged.clone());
        self.base = work.clone();
        self.stamps = stamps.clone();
        self.shown = merged;
        OtherWrite {
            write_back: self.shown != *work,
            show,
        }
    }

    /// Whether a failed write waits for a retry.
    pub fn failed(&self) -> bool {
        self.failed
    }
}
