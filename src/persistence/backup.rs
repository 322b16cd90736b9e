//! A course platform's package: the platform's attempt owns the learner's
//! work, and this browser keeps a backup of it only for what the platform
//! has not confirmed. The rule of who wins, as pure functions:
//!
//! - the backup's key names the learner *and* the activity ([`key`]), so
//!   nothing passes from one activity (or one learner) to another;
//! - each part of the work (an item's tick and note, the "Check yourself"
//!   attempt, the phase) is *confirmed* once a commit to the platform has
//!   succeeded holding exactly what the backup holds ([`confirm`]); a later
//!   change makes it unconfirmed again;
//! - on launch ([`resume`]) a confirmed part is never merged: the
//!   platform's record wins, whatever it holds (a teacher's reset, a new
//!   attempt, another device's later work). An unconfirmed part (a write
//!   the platform refused, the page closed before it was sent) is merged
//!   into the platform's record, the later change winning, and is then
//!   written and committed at once.
//!
//! The web widget (no platform) has no backup: localStorage is its record.

use crate::content::{self, Lang};
use crate::domain::phase::Phase;
use crate::domain::stamps::Stamps;
use crate::domain::work::Work;
use crate::formats::record::{phase_id, Loaded, PlatformRecord, Record, KEY};
use crate::formats::suspend_data::Snapshot;
use crate::persistence::merge::merge_by;

/// The storage key of `learner`'s backup of `activity` (the folder the
/// package's launch page is served from, which differs per activity and
/// per platform): both hashed (FNV-1a), so neither is stored in clear.
pub fn key(learner: &str, activity: &str) -> String {
    let hash = fnv(&[learner.as_bytes(), b"\n", activity.as_bytes()].concat());
    format!("{KEY}:attempt:{hash:016x}")
}

/// Where an earlier version kept a learner's backup, whatever the activity
/// (the learner id alone, hashed): never read, removed on launch.
pub fn legacy_key(learner: &str) -> String {
    format!("{KEY}:learner:{:016x}", fnv(learner.as_bytes()))
}

/// FNV-1a, 64 bits.
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The activity a launch page at `url` belongs to: its address without
/// query, fragment and file name (both languages' launch pages sit in the
/// same folder of the same activity).
pub fn activity(url: &str) -> &str {
    let end = url.find(['?', '#']).unwrap_or(url.len());
    let url = &url[..end];
    url.rfind('/').map_or(url, |slash| &url[..=slash])
}

/// What the platform has confirmed of the backup.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Confirmed {
    /// Per part, the backup's stamp when a commit succeeded holding the
    /// same value (0: never): a part changed later is unconfirmed.
    pub stamps: Stamps,
    /// Per item, the same for its tick alone: a tick can be confirmed while
    /// its note is not (a note too long for the platform's record).
    pub ticks: Stamps,
    /// The phase that commit held.
    pub phase: Option<Phase>,
}

/// This browser's backup of one learner's attempt at one activity.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Backup {
    pub work: Work,
    /// When each part last changed.
    pub stamps: Stamps,
    /// The selected phase's position.
    pub phase: Option<Phase>,
    pub confirmed: Confirmed,
}

impl Backup {
    /// The backup in what storage held.
    pub fn of(loaded: &Loaded) -> Self {
        Backup {
            work: loaded.work.clone(),
            stamps: loaded.stamps.clone(),
            phase: loaded.phase,
            confirmed: Confirmed {
                stamps: loaded.platform.confirmed(),
                ticks: loaded.platform.confirmed_ticks(),
                phase: loaded.platform.confirmed_phase(),
            },
        }
    }

    /// The record to store, with the language shown.
    pub fn record(&self, lang: Lang) -> Record {
        Record {
            phase: phase_id(self.phase),
            platform: Some(PlatformRecord::of(
                &self.confirmed.stamps,
                &self.confirmed.ticks,
                self.confirmed.phase,
            )),
            ..Record::stamped(&self.work, &self.stamps, lang)
        }
    }

    /// Whether the part at stamp slot `slot` changed after the platform
    /// last confirmed it.
    pub fn unconfirmed(&self, slot: usize) -> bool {
        self.stamps.at(slot) > self.confirmed.stamps.at(slot)
    }

    /// Whether the item at `slot` was ticked or unticked after the
    /// platform last confirmed its tick.
    pub fn tick_unconfirmed(&self, slot: usize) -> bool {
        let confirmed = self.confirmed.stamps.at(slot);
        self.stamps.at(slot) > confirmed.max(self.confirmed.ticks.at(slot))
    }

    fn phase_unconfirmed(&self) -> bool {
        self.phase.is_some() && self.phase != self.confirmed.phase
    }
}

/// Where a launch starts: the backup to keep from now on, and whether it
/// holds work the platform has not confirmed (to be written and committed
/// at once).
#[derive(Debug, Clone, PartialEq)]
pub struct Resumed {
    pub backup: Backup,
    pub unconfirmed: bool,
}

/// The launch's work: the platform's record (`None`: it has none, as on a
/// first launch or after a reset), with the backup's unconfirmed parts
/// merged in (per part, the later change wins; the backup's on a tie).
/// Confirmed parts are the platform's, even where it holds nothing.
pub fn resume(platform: Option<&Snapshot>, backup: Option<&Backup>) -> Resumed {
    let empty = Snapshot::default();
    let platform = platform.unwrap_or(&empty);
    let Some(backup) = backup else {
        return Resumed {
            backup: confirmed_as(platform),
            unconfirmed: false,
        };
    };
    let keep_backup = |slot: usize| {
        backup.unconfirmed(slot) && backup.stamps.at(slot) >= platform.stamps.at(slot)
    };
    let (merged, stamps) = merge_by(
        (&backup.work, &backup.stamps),
        (&platform.work, &platform.stamps),
        keep_backup,
    );
    // An item whose note alone is unconfirmed keeps the platform's tick.
    let items = content::structure().items;
    let ticked: Vec<&'static str> = items
        .iter()
        .enumerate()
        .filter(|&(slot, item)| {
            let from = if keep_backup(slot) && !backup.tick_unconfirmed(slot) {
                &platform.work
            } else {
                &merged
            };
            from.is_checked(item.id)
        })
        .map(|(_, item)| item.id)
        .collect();
    let work = Work::from_ids(ticked)
        .with_notes(merged.notes().map(|(id, text)| (id as &str, text)))
        .with_quiz(merged.quiz().cloned());
    // What the platform has confirmed: every part taken from it, and of
    // the backup's own parts what was confirmed before.
    let kept_or_platform = |kept: &Stamps| {
        Stamps::from_slots(|slot| {
            if keep_backup(slot) {
                kept.at(slot)
            } else {
                platform.stamps.at(slot)
            }
        })
    };
    let confirmed = kept_or_platform(&backup.confirmed.stamps);
    let ticks = kept_or_platform(&backup.confirmed.ticks);
    let unconfirmed = Stamps::slots().any(keep_backup);
    let (phase, phase_unconfirmed) = if backup.phase_unconfirmed() {
        (backup.phase, true)
    } else {
        (platform.phase, false)
    };
    Resumed {
        backup: Backup {
            work,
            stamps,
            phase,
            confirmed: Confirmed {
                stamps: confirmed,
                ticks,
                phase: if phase_unconfirmed {
                    backup.confirmed.phase
                } else {
                    platform.phase
                },
            },
        },
        unconfirmed: unconfirmed || phase_unconfirmed,
    }
}

/// The launch's work when the platform holds a record this build cannot
/// read (damaged, or a newer version's): the backup is the best there is,
/// kept whole and written back at once (a newer version's record is never
/// overwritten: see `web/places.rs`).
pub fn keep_whole(backup: Option<&Backup>) -> Resumed {
    let backup = backup.cloned().unwrap_or_default();
    let unconfirmed = !backup.work.is_empty();
    Resumed {
        backup,
        unconfirmed,
    }
}

/// A backup of exactly what the platform holds, all of it confirmed.
fn confirmed_as(platform: &Snapshot) -> Backup {
    Backup {
        work: platform.work.clone(),
        stamps: platform.stamps.clone(),
        phase: platform.phase,
        confirmed: Confirmed {
            stamps: platform.stamps.clone(),
            ticks: platform.stamps.clone(),
            phase: platform.phase,
        },
    }
}

/// The stamps to write to the platform with `written`: the backup's, for
/// every part where the backup holds the same value (the local save stamped
/// it when the learner made the change), else `stamps`. One stamp per
/// change, wherever it is kept, so that on a later launch "the later change
/// wins" compares the same clock's times.
pub fn stamps_to_write(written: &Work, stamps: &Stamps, backup: &Backup) -> Stamps {
    let same = same_part(&backup.work, written, &[]);
    Stamps::from_slots(|slot| {
        if same(slot) && backup.stamps.at(slot) > 0.0 {
            backup.stamps.at(slot)
        } else {
            stamps.at(slot)
        }
    })
}

/// Whether the part at a stamp slot holds the same value in `mine` and
/// `theirs` (an item left out of `theirs` never does).
fn same_part<'a>(
    mine: &'a Work,
    theirs: &'a Work,
    left_out: &'a [&str],
) -> impl Fn(usize) -> bool + 'a {
    let items = content::structure().items;
    move |slot| match items.get(slot) {
        Some(item) => {
            !left_out.contains(&item.id)
                && mine.is_checked(item.id) == theirs.is_checked(item.id)
                && mine.note(item.id) == theirs.note(item.id)
        }
        None => mine.quiz() == theirs.quiz(),
    }
}

/// What the platform has confirmed once a commit of `written` and `phase`
/// succeeded, the notes of `left_out` items left out of its record (too
/// long for it): every part of the backup that holds the same value as the
/// platform now, as of the backup's stamp for it.
pub fn confirm(
    backup: &Backup,
    written: &Work,
    left_out: &[&str],
    phase: Option<Phase>,
) -> Confirmed {
    let same = same_part(&backup.work, written, left_out);
    let items = content::structure().items;
    let same_tick = |slot: usize| {
        items
            .get(slot)
            .is_some_and(|item| backup.work.is_checked(item.id) == written.is_checked(item.id))
    };
    let mut confirmed = backup.confirmed.clone();
    confirmed.stamps = Stamps::from_slots(|slot| {
        if same(slot) {
            backup.stamps.at(slot)
        } else {
            backup.confirmed.stamps.at(slot)
        }
    });
    confirmed.ticks = Stamps::from_slots(|slot| {
        if same_tick(slot) {
            backup.stamps.at(slot)
        } else {
            backup.confirmed.ticks.at(slot)
        }
    });
    if backup.phase == phase {
        confirmed.phase = phase;
    }
    confirmed
}
