//! The stored record of the learner's work: a versioned JSON record in
//! `localStorage`, under the web widget's key or a package's backup key
//! (`persistence::backup`). Reading copes with records that are corrupt (read in
//! parts: a damaged part is left out) or written by a newer version, and
//! says so as a [`StorageTrouble`]; the widget then keeps working in memory
//! and shows a notice. The merge of two sides' work is `persistence::merge`.
//!
//! Pure and tested natively; the browser side, which also reports storage
//! that is missing, blocked or full, is `web/local_storage.rs`.

use crate::content::Lang;
use crate::domain::phase::Phase;
use crate::domain::quiz::{self, Answers};
use crate::domain::stamps::{stamp_names, Stamps, QUIZ_STAMP};
use crate::domain::work::Work;
use crate::formats::json::{self, Json};
use crate::formats::paint_hint::{self, Hint};
use serde::Serialize;
use std::collections::BTreeMap;

/// The web widget's key; a package's backups are under it too
/// (`KEY:attempt:…`, see `backup::key`).
pub const KEY: &str = "value-governance-explorer:progress";
/// Where an unreadable record is moved so that nothing is silently lost.
pub const UNREADABLE_KEY: &str = "value-governance-explorer:progress:unreadable";
/// The record version this build writes.
pub const VERSION: u32 = 3;
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
    /// A newer version saved work here; it is read, never overwritten.
    Newer,
}

/// The stored record, as JSON:
/// `{"version":3,"checked":["absorption"],"notes":{"absorption":"…"},"lang":"zh","changed":{"absorption":1764230000000},"quiz":{"answers":{"starting-point":["cohesion"]},"right":1,"total":8}}`.
/// (plus, where they apply, the kept `phase`, the web record's `paint` hint
/// and a backup's `platform` confirmations: the fields below).
/// Unknown fields are allowed so that newer versions can add some. Exported
/// files carry the same record plus `format` and `exported`. Read in parts
/// ([`read`]): a part of the wrong shape is left out and named, and the
/// rest is read.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Record {
    pub version: u32,
    pub checked: Vec<String>,
    pub notes: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exported: Option<String>,
    /// When each item last changed (see [`Stamps`]); optional.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub changed: BTreeMap<String, f64>,
    /// The last checked attempt at "Check yourself" (version 3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quiz: Option<QuizRecord>,
    /// The phase shown last (its id), kept where the address cannot keep
    /// it: an embedding page, whose frame reloads from the code's address,
    /// and a package's backup.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phase: Option<String>,
    /// The web widget's record only: what the boot script paints before
    /// the wasm arrives (`formats::paint_hint`), written with the record in
    /// one write. Never read back by the wasm.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paint: Option<Hint>,
    /// A course platform's package only: what the platform has confirmed
    /// of this backup (see `persistence::backup`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform: Option<PlatformRecord>,
}

/// What a package's backup records beside the work: what the course
/// platform has confirmed, as
/// `{"confirmed":{"absorption":1764230000000},"confirmed_ticks":{…},"confirmed_phase":"unity"}`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PlatformRecord {
    /// Per part (item id or [`QUIZ_STAMP`]), its stamp when a commit to
    /// the platform succeeded holding the same value.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub confirmed: BTreeMap<String, f64>,
    /// Per item, its stamp when a commit succeeded holding the same tick
    /// (its note may not have been).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub confirmed_ticks: BTreeMap<String, f64>,
    /// The phase (its id) that commit held.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confirmed_phase: Option<String>,
}

impl PlatformRecord {
    /// The record of what was confirmed: per part, per tick, and the phase.
    pub fn of(confirmed: &Stamps, ticks: &Stamps, confirmed_phase: Option<Phase>) -> Self {
        PlatformRecord {
            confirmed: stamp_map(confirmed),
            confirmed_ticks: stamp_map(ticks),
            confirmed_phase: phase_id(confirmed_phase),
        }
    }

    /// What was confirmed, as stamps.
    pub fn confirmed(&self) -> Stamps {
        stamps_from(&self.confirmed)
    }

    /// What was confirmed of each tick, as stamps.
    pub fn confirmed_ticks(&self) -> Stamps {
        stamps_from(&self.confirmed_ticks)
    }

    /// The confirmed phase.
    pub fn confirmed_phase(&self) -> Option<Phase> {
        Phase::from_id(self.confirmed_phase.as_deref()?)
    }
}

/// A phase's id, as the record keeps it.
pub fn phase_id(phase: Option<Phase>) -> Option<String> {
    phase.map(|phase| phase.id().to_owned())
}

/// A map from part names as stamps (unknown names dropped): the reverse of
/// [`stamp_map`].
fn stamps_from(map: &BTreeMap<String, f64>) -> Stamps {
    Stamps::from_pairs(map.iter().map(|(id, at)| (id.as_str(), *at)))
}

/// Stamps as a map from part names, leaving out parts never stamped.
fn stamp_map(stamps: &Stamps) -> BTreeMap<String, f64> {
    stamp_names()
        .enumerate()
        .filter(|(index, _)| stamps.at(*index) > 0.0)
        .fold(BTreeMap::new(), |mut changed, (index, name)| {
            changed.insert(name.to_owned(), stamps.at(index));
            changed
        })
}

/// A checked attempt: the answers by question id, and its score, which is
/// written for people reading the file; on reading, the answers are marked
/// again against the questions of the build that reads them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuizRecord {
    pub answers: BTreeMap<String, Vec<String>>,
    pub right: usize,
    pub total: usize,
}

impl QuizRecord {
    pub fn of(answers: &Answers) -> Self {
        let score = quiz::score(answers);
        QuizRecord {
            answers: answers
                .iter()
                .fold(BTreeMap::new(), |mut all, (id, chosen)| {
                    all.insert(
                        id.to_owned(),
                        chosen.iter().map(|choice| (*choice).to_owned()).collect(),
                    );
                    all
                }),
            right: score.right,
            total: score.total,
        }
    }

    /// An attempt from parsed JSON: `None` unless it has the shape written.
    fn read<J: Json>(value: &J) -> Option<Self> {
        let count = |name: &str| match value.get(name) {
            None => Some(0),
            Some(count) => json::whole(&count).map(|n| n as usize),
        };
        let answers = value.get("answers")?.members()?;
        Some(QuizRecord {
            answers: answers
                .iter()
                .try_fold(BTreeMap::new(), |mut all, (id, chosen)| {
                    all.insert(id.clone(), json::strings(chosen)?);
                    Some(all)
                })?,
            right: count("right")?,
            total: count("total")?,
        })
    }

    /// The answers, as far as this build's questions know them.
    pub fn answers(&self) -> Answers {
        Answers::from_pairs(
            self.answers
                .iter()
                .map(|(id, chosen)| (id.as_str(), chosen.iter().map(String::as_str))),
        )
    }
}

impl Record {
    /// The record for the current work and language.
    pub fn of(work: &Work, lang: Lang) -> Self {
        Record {
            version: VERSION,
            checked: work.ids().map(str::to_owned).collect(),
            notes: work.notes().fold(BTreeMap::new(), |mut notes, (id, text)| {
                notes.insert(id.to_owned(), text.to_owned());
                notes
            }),
            lang: Some(lang.code().to_owned()),
            format: None,
            exported: None,
            changed: BTreeMap::new(),
            quiz: work.quiz().map(QuizRecord::of),
            phase: None,
            paint: None,
            platform: None,
        }
    }

    /// The record for the current work, with when each item changed.
    pub fn stamped(work: &Work, stamps: &Stamps, lang: Lang) -> Self {
        Record {
            changed: stamp_map(stamps),
            ..Record::of(work, lang)
        }
    }

    /// When each known item last changed.
    pub fn stamps(&self) -> Stamps {
        stamps_from(&self.changed)
    }

    /// Brings a record of an older version up to this one, step by step.
    pub fn migrate(mut self) -> Self {
        if self.version == 1 {
            // Version 1 held ticks only; notes and language came with 2.
            self.notes.clear();
            self.lang = None;
            self.version = 2;
        }
        if self.version == 2 {
            // Version 3 added the "Check yourself" attempt; a version 2
            // record has none, whatever else it carries.
            self.quiz = None;
            self.changed.remove(QUIZ_STAMP);
            self.version = 3;
        }
        self
    }

    /// The learner's work in this record; unknown ids are dropped.
    pub fn work(&self) -> Work {
        Work::from_ids(self.checked.iter().map(String::as_str))
            .with_notes(
                self.notes
                    .iter()
                    .map(|(id, text)| (id.as_str(), text.as_str())),
            )
            .with_quiz(
                self.quiz
                    .as_ref()
                    .map(QuizRecord::answers)
                    .filter(|answers| !answers.is_empty()),
            )
    }
}

/// A stored record as read: what had the right shape, and the parts that
/// did not, left out (named as in the record: `quiz`, `notes.values`,
/// `changed.absorption`).
#[derive(Debug, Clone, PartialEq)]
pub struct Read {
    pub record: Record,
    /// It carries a paint hint of this build's version.
    pub painted: bool,
    pub damaged: Vec<String>,
}

/// Not a record at all: not an object, or without a version number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotARecord;

/// Reads a record in parts from parsed JSON (see [`Read`]).
pub fn read<J: Json>(value: &J) -> Result<Read, NotARecord> {
    let version = value.get("version").as_ref().and_then(json::whole);
    let version = version.ok_or(NotARecord)?;
    let mut damaged = Vec::new();
    let painted = value
        .get(paint_hint::MEMBER)
        .and_then(|hint| hint.get("v"))
        .as_ref()
        .and_then(json::whole)
        == Some(paint_hint::VERSION);
    // A present, non-null member, or `None`.
    let part = |name: &str| value.get(name).filter(|member| !member.is_null());
    let text = |name: &str, damaged: &mut Vec<String>| {
        let member = part(name)?;
        let text = member.as_str();
        if text.is_none() {
            damaged.push(name.to_owned());
        }
        text
    };
    let lang = text("lang", &mut damaged);
    let format = text("format", &mut damaged);
    let exported = text("exported", &mut damaged);
    let checked = match part("checked") {
        None => Vec::new(),
        Some(list) => json::strings(&list).unwrap_or_else(|| {
            damaged.push("checked".to_owned());
            Vec::new()
        }),
    };
    let notes = members_of(part("notes"), "notes", Json::as_str, &mut damaged);
    let changed = members_of(part("changed"), "changed", Json::as_f64, &mut damaged);
    let quiz = part("quiz").and_then(|quiz| {
        let read = QuizRecord::read(&quiz);
        if read.is_none() {
            damaged.push("quiz".to_owned());
        }
        read
    });
    let phase = text("phase", &mut damaged);
    let platform = part("platform").map(|platform| PlatformRecord {
        confirmed: members_of(
            platform.get("confirmed"),
            "platform.confirmed",
            Json::as_f64,
            &mut damaged,
        ),
        confirmed_ticks: members_of(
            platform.get("confirmed_ticks"),
            "platform.confirmed_ticks",
            Json::as_f64,
            &mut damaged,
        ),
        confirmed_phase: platform.get("confirmed_phase").and_then(|p| p.as_str()),
    });
    Ok(Read {
        record: Record {
            version,
            checked,
            notes,
            lang,
            format,
            exported,
            changed,
            quiz,
            phase,
            paint: None,
            platform,
        },
        painted,
        damaged,
    })
}

/// The members of the object `value` (if present) whose values `read`
/// takes; each other one is named in `damaged` as `name.member`, and
/// `name` itself if it is not an object.
fn members_of<J: Json, T>(
    value: Option<J>,
    name: &str,
    read: impl Fn(&J) -> Option<T>,
    damaged: &mut Vec<String>,
) -> BTreeMap<String, T> {
    let Some(value) = value.filter(|value| !value.is_null()) else {
        return BTreeMap::new();
    };
    let Some(members) = value.members() else {
        damaged.push(name.to_owned());
        return BTreeMap::new();
    };
    members
        .into_iter()
        .fold(BTreeMap::new(), |mut all, (key, member)| {
            match read(&member) {
                Some(value) => {
                    all.insert(key, value);
                }
                None => damaged.push(format!("{name}.{key}")),
            }
            all
        })
}

/// Whether the stored record may be written, given the storage notice: a
/// newer version's record is read but never overwritten.
pub fn may_write(notice: Option<StorageTrouble>) -> bool {
    notice != Some(StorageTrouble::Newer)
}

/// What a load found.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub work: Work,
    pub stamps: Stamps,
    /// The language the learner chose last time, if any.
    pub lang: Option<Lang>,
    /// `Newer` also means the record must be left alone.
    pub notice: Option<StorageTrouble>,
    /// The phase shown last, where the page keeps it.
    pub phase: Option<Phase>,
    /// A package's backup: what the platform confirmed.
    pub platform: PlatformRecord,
    /// The record carries a paint hint of this build's version.
    pub painted: bool,
}

impl Loaded {
    /// Nothing found, for the reason `notice` gives (if any).
    pub fn empty(notice: Option<StorageTrouble>) -> Self {
        Loaded {
            work: Work::default(),
            stamps: Stamps::default(),
            lang: None,
            notice,
            phase: None,
            platform: PlatformRecord::default(),
            painted: false,
        }
    }
}

/// Makes sense of what was stored: `None` when nothing was, `Err` when it
/// was not a record at all. Damaged parts are left out with a notice.
pub fn interpret(stored: Option<Result<Read, NotARecord>>) -> Loaded {
    match stored {
        None => Loaded::empty(None),
        Some(Err(NotARecord)) => Loaded::empty(Some(StorageTrouble::Unreadable)),
        Some(Ok(read)) if read.record.version == 0 => {
            Loaded::empty(Some(StorageTrouble::Unreadable))
        }
        Some(Ok(Read {
            record,
            painted,
            damaged,
        })) => {
            let newer = record.version > VERSION;
            let notice = if newer {
                Some(StorageTrouble::Newer)
            } else {
                (!damaged.is_empty()).then_some(StorageTrouble::Damaged)
            };
            let record = record.migrate();
            Loaded {
                work: record.work(),
                stamps: record.stamps(),
                lang: record.lang.as_deref().and_then(Lang::from_tag),
                notice,
                phase: record.phase.as_deref().and_then(Phase::from_id),
                platform: record.platform.unwrap_or_default(),
                painted,
            }
        }
    }
}
