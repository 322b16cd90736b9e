//! One persistence engine: the learner's work kept in a [`Place`] (this
//! browser's `localStorage`, the course platform), written when what the
//! page shows changes, merged item by item with what others (other tabs)
//! stored meanwhile, the later change winning. The engine is pure and
//! tested natively with a place in memory; the places themselves, which
//! touch the browser, are in `web/places.rs`.
//!
//! Who wins where is written down once: the address owns the view (the
//! phase a page starts on); `localStorage` owns the web widget's work; the
//! course platform owns a package's attempt, and a package's browser
//! backup only carries what the platform has not confirmed
//! (`backup::resume`, applied on arrival, before the engine starts).

use crate::content::Lang;
use crate::storage::{merge, restamp, Stamps};
use crate::work::Work;

/// What the page shows beside the work, written with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shown {
    pub lang: Lang,
    /// The selected phase.
    pub phase: usize,
}

/// A place the learner's work is kept.
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
        shown: Shown,
        merge: impl FnOnce(Option<(&Work, &Stamps)>) -> (Work, Stamps),
    ) -> Result<(Work, Stamps), Self::Refusal>;
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
pub struct Theirs {
    /// The merge differs from what is shown: show this.
    pub show: Option<Work>,
    /// The place lacks something only this page knows: write it back.
    pub write_back: bool,
}

/// One place and what this page knows of it.
pub struct Keeper<P> {
    pub place: P,
    sync: StoreSync,
    shown_phase: usize,
    /// The phase the place holds, where it keeps one.
    kept_phase: Option<usize>,
}

impl<P: Place> Keeper<P> {
    /// A page that has loaded `work` (with its `stamps`) and `phase` from
    /// `place`, showing it in `lang`.
    pub fn new(place: P, work: Work, stamps: Stamps, lang: Lang, phase: Option<usize>) -> Self {
        Keeper {
            place,
            sync: StoreSync::loaded(work, stamps, lang),
            shown_phase: phase.unwrap_or(0),
            kept_phase: phase,
        }
    }

    /// The page now shows `work` and `shown`; true if that differs from
    /// what the place holds, so it should be written.
    pub fn show(&mut self, work: &Work, shown: Shown) -> bool {
        self.shown_phase = shown.phase;
        let changed = self.sync.show(work, shown.lang);
        let phase_changed = self.place.keeps_phase() && self.kept_phase != Some(shown.phase);
        changed || phase_changed
    }

    /// Writes what is shown, stamped at `now` where it changed, merged
    /// with what the place holds now.
    pub fn save(&mut self, now: f64) -> Result<Saved, P::Refusal> {
        let shown = Shown {
            lang: self.sync.lang(),
            phase: self.shown_phase,
        };
        let sync = &self.sync;
        match self.place.save(shown, |theirs| sync.to_write(theirs, now)) {
            Ok((work, stamps)) => {
                let show = (work != *self.sync.shown()).then(|| work.clone());
                let recovered = self.sync.wrote(work, stamps);
                if self.place.keeps_phase() {
                    self.kept_phase = Some(shown.phase);
                }
                Ok(Saved { recovered, show })
            }
            Err(refusal) => {
                self.sync.write_failed();
                Err(refusal)
            }
        }
    }

    /// Another writer stored `theirs`: merged with what is shown.
    pub fn theirs(&mut self, work: &Work, stamps: &Stamps, now: f64) -> Theirs {
        let shown = self.sync.shown().clone();
        let merged = self.sync.take_theirs(work, stamps, now);
        Theirs {
            write_back: merged != *work,
            show: (merged != shown).then_some(merged),
        }
    }

    /// Whether a failed write waits for a retry.
    pub fn failed(&self) -> bool {
        self.sync.failed()
    }

    /// The language shown.
    pub fn lang(&self) -> Lang {
        self.sync.lang()
    }
}

/// What a page knows about one place: what it holds (as last read or
/// written, with its stamps) against what the page shows, to merge the
/// page's writes with other writers' item by item.
#[derive(Debug)]
pub struct StoreSync {
    /// The work as last read from or written to storage, and its stamps.
    base: Work,
    stamps: Stamps,
    base_lang: Lang,
    /// The work and language shown now.
    shown: Work,
    lang: Lang,
    /// The last write failed; it is retried.
    failed: bool,
}

impl StoreSync {
    /// A tab showing what it just loaded.
    pub fn loaded(progress: Work, stamps: Stamps, lang: Lang) -> Self {
        StoreSync {
            base: progress.clone(),
            stamps,
            base_lang: lang,
            shown: progress,
            lang,
            failed: false,
        }
    }

    /// The tab now shows `progress` in `lang`; true if that differs from
    /// what storage has, so it should be written.
    pub fn show(&mut self, progress: &Work, lang: Lang) -> bool {
        self.shown = progress.clone();
        self.lang = lang;
        self.shown != self.base || self.lang != self.base_lang
    }

    /// The work shown now.
    pub fn shown(&self) -> &Work {
        &self.shown
    }

    /// The language to write.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether a failed write waits for a retry.
    pub fn failed(&self) -> bool {
        self.failed
    }

    /// What to write: the work shown, with `now` stamped on what changed
    /// since the base, merged with what storage holds now (`stored`, if it
    /// could be read): per item, the later change wins.
    pub fn to_write(&self, stored: Option<(&Work, &Stamps)>, now: f64) -> (Work, Stamps) {
        let theirs = stored.unwrap_or((&self.base, &self.stamps));
        let mine = restamp(&self.stamps, &self.base, &self.shown, now);
        merge((&self.shown, &mine), theirs)
    }

    /// `written` was stored: it is the new base. True if an earlier write
    /// had failed, so the notice about it can go.
    pub fn wrote(&mut self, written: Work, stamps: Stamps) -> bool {
        self.base = written;
        self.stamps = stamps;
        self.base_lang = self.lang;
        std::mem::replace(&mut self.failed, false)
    }

    /// A write failed; it will be retried.
    pub fn write_failed(&mut self) {
        self.failed = true;
    }

    /// Another tab stored `theirs`: it becomes the base, and the merge is
    /// what this tab shows from now on (returned, to be rendered). The
    /// merge is taken as shown at once, not when the render lands, so that
    /// a save in between does not mistake their new items for changes of
    /// this tab's and undo them.
    pub fn take_theirs(&mut self, theirs: &Work, their_stamps: &Stamps, now: f64) -> Work {
        let (merged, _) = self.to_write(Some((theirs, their_stamps)), now);
        self.base = theirs.clone();
        self.stamps = their_stamps.clone();
        self.shown = merged.clone();
        merged
    }
}
