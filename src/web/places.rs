//! The places the learner's work is kept ([`crate::persistence::keeping::Place`]):
//! a record in this browser's `localStorage` (the web widget's, or a
//! package's backup of the platform's attempt), and the course platform
//! (package pages only).

use crate::content::Lang;
use crate::domain::phase::Phase;
use crate::domain::quiz::Answers;
use crate::domain::stamps::Stamps;
use crate::domain::work::Work;
use crate::formats::cmi::tracking::{self, Check, Element, Moment};
use crate::formats::cmi::Report;
use crate::formats::paint_hint;
use crate::formats::record::{self, Loaded, StorageTrouble};
use crate::formats::suspend_data::{self, Snapshot, SuspendError};
use crate::persistence::backup::{self, Backup};
use crate::persistence::keeping::{Place, Position};
use crate::web::browser::window;
use crate::web::scorm_api::{log, Api};
use crate::web::{local_storage, record_json};
use gloo::events::EventListener;
use wasm_bindgen::JsCast;

/// A record in `localStorage`.
#[derive(Debug, Clone, PartialEq)]
pub struct LocalRecord {
    /// [`record::KEY`] on the web; on a package page, this browser's
    /// backup of the learner's attempt at the activity (`backup::key`).
    pub key: String,
    /// Whether the record keeps the phase shown: an embedding page's
    /// whose address pins none (`keeping::web_keeps_phase`) and a
    /// package's; the full page's address alone keeps it.
    pub keeps_phase: bool,
    /// Whether the record keeps what the course platform confirmed (a
    /// package's backup).
    pub keeps_confirmations: bool,
    /// Whether each write also refreshes the paint hint (`formats::paint_hint`): the
    /// web widget's record, not a package's backup (whose learner the boot
    /// script cannot know).
    pub paints: bool,
}

impl LocalRecord {
    /// The web widget's record, keeping the phase shown or not
    /// (`keeping::web_keeps_phase`).
    pub fn web(keeps_phase: bool) -> Self {
        LocalRecord {
            key: record::KEY.to_owned(),
            keeps_phase,
            keeps_confirmations: false,
            paints: true,
        }
    }

    /// A package's backup of the platform's attempt, under `key`.
    pub fn backup(key: String) -> Self {
        LocalRecord {
            key,
            keeps_phase: true,
            keeps_confirmations: true,
            paints: false,
        }
    }

    /// Writes a package's backup whole: on arrival, the launch's work
    /// (what the platform holds and what it has not confirmed); then with
    /// each write to the platform (`Platform::save`), the work written and
    /// what the commit confirmed. Its only writer: the engine never saves a
    /// backup through `Place::save` (`web::effects`).
    pub fn write_backup(&self, backup: &Backup, lang: Lang) -> Result<(), StorageTrouble> {
        local_storage::save(&self.key, &backup.record(lang))
    }

    /// A web record written before it carried the paint hint gets one
    /// (one write, once), so the next first paint shows the learner's
    /// ticks even if nothing changes meanwhile; the hint's old key goes.
    pub fn load(&mut self) -> Loaded {
        let loaded = local_storage::load(&self.key);
        if self.paints && loaded.notice.is_none() {
            local_storage::forget(paint_hint::LEGACY_KEY);
            let something = !loaded.work.is_empty() || loaded.phase.is_some();
            if something && !loaded.painted {
                // The record as it was, with its own language (or none),
                // whatever this page's: nothing but the hint is new.
                let mut record = record::Record::stamped(&loaded.work, &loaded.stamps, Lang::En);
                record.lang = loaded.lang.map(|lang| lang.code().to_owned());
                record.phase = record::phase_id(loaded.phase);
                record.paint = Some(paint_hint::hint(&loaded.work, loaded.phase));
                let _ = local_storage::save(&self.key, &record);
            }
        }
        loaded
    }

    /// The `storage` event, which the browser fires in every other tab of
    /// this origin when one writes: `changed` hears what it wrote, for as
    /// long as the returned listener lives.
    pub fn watch(&self, changed: impl Fn(Work, Stamps) + 'static) -> EventListener {
        let key = self.key.clone();
        EventListener::new(&window(), "storage", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                return;
            };
            if event.key().as_deref() != Some(key.as_str()) {
                return;
            }
            let decoded = event.new_value().as_deref().map(record_json::decode);
            let theirs = record::interpret(decoded);
            if theirs.notice.is_none() {
                changed(theirs.work, theirs.stamps);
            }
        })
    }
}

impl Place for LocalRecord {
    /// Why the browser refused the write (shown as a notice).
    type Refusal = StorageTrouble;

    fn keeps_phase(&self) -> bool {
        self.keeps_phase
    }

    /// Another tab's work is merged in; another page's phase stays as
    /// stored where this page keeps none; a backup would keep its
    /// confirmations (the engine leaves a backup to the platform session,
    /// `web::effects`, but a write here must never drop them).
    fn save(
        &mut self,
        shown: Position,
        merge: impl FnOnce(Option<(&Work, &Stamps)>) -> (Work, Stamps),
    ) -> Result<(Work, Stamps), StorageTrouble> {
        let stored = local_storage::load(&self.key);
        let theirs = stored
            .notice
            .is_none()
            .then_some((&stored.work, &stored.stamps));
        let (work, stamps) = merge(theirs);
        let mut record = record::Record::stamped(&work, &stamps, shown.lang);
        let phase = if self.keeps_phase {
            Some(shown.phase)
        } else {
            stored.phase
        };
        record.phase = record::phase_id(phase);
        if self.keeps_confirmations {
            record.platform = Some(stored.platform);
        }
        if self.paints {
            record.paint = Some(paint_hint::hint(&work, phase));
        }
        local_storage::save(&self.key, &record)?;
        Ok((work, stamps))
    }
}

/// A check of "Check yourself" made in this session: when, and how long
/// the questions had been shown (`effects/platform.rs` knows both).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CheckTiming {
    pub at: Moment,
    pub latency_ms: f64,
}

/// `epoch_ms` on this browser's clock, with its offset from UTC then.
pub fn moment(epoch_ms: f64) -> Moment {
    let offset = js_sys::Date::new(&epoch_ms.into()).get_timezone_offset();
    Moment {
        epoch_ms,
        // `getTimezoneOffset` counts minutes west of UTC.
        zone_minutes: -(offset as i32),
    }
}

/// The course platform's record of the learner's attempt, through its
/// SCORM API.
pub struct Platform {
    pub api: Api,
    /// This browser's backup of the attempt, where a commit's success is
    /// marked (`backup::confirm`).
    pub backup: LocalRecord,
    /// The suspend data was written by a newer version: read nothing from
    /// it and never overwrite it.
    keep_suspend: bool,
    /// The platform launched the attempt to be reviewed or browsed, not
    /// to be worked on: what it accepts is never taken as confirmed.
    reviewing: bool,
    /// Items whose notes the last write left out (too long for the
    /// platform's record).
    pub local_only: Vec<&'static str>,
    /// The stamp of the last attempt whose questions a commit holds (at
    /// launch, the platform's own attempt's): only a later attempt is
    /// reported again.
    attempt_reported: f64,
    /// This session's last check, until a commit reports it.
    pub checked: Option<CheckTiming>,
    /// The platform refused a question's or an item's value, and the
    /// console has been told (once a session).
    told_refused: bool,
}

impl Platform {
    /// Finds the platform and starts the session, and names this
    /// browser's backup of the learner's attempt at this activity.
    /// `None`: no platform (or it would not start), so the widget works as
    /// on the web.
    pub fn connect() -> Option<Platform> {
        if cfg!(not(feature = "platform")) {
            return None;
        }
        let api = Api::find()?;
        if !api.initialize() {
            log(&format!("Initialize refused (error {})", api.last_error()));
            return None;
        }
        let version = api.version;
        let learner = api.get(version.learner_element()).unwrap_or_default();
        let launch_page = window().location().href().unwrap_or_default();
        let backup = LocalRecord::backup(backup::key(&learner, backup::activity(&launch_page)));
        local_storage::forget(&backup::legacy_key(&learner));
        let reviewing = matches!(
            api.get(version.mode_element()).as_deref(),
            Some("review" | "browse")
        );
        Some(Platform {
            api,
            backup,
            keep_suspend: false,
            reviewing,
            local_only: Vec::new(),
            attempt_reported: 0.0,
            checked: None,
            told_refused: false,
        })
    }

    /// The attempt `answers`, stamped `attempt_at`, as a check to report:
    /// timed by this session if it made it, else (work checked in an
    /// earlier session, which the platform had not confirmed) at its stamp,
    /// latency unknown.
    fn check_of<'a>(&self, answers: &'a Answers, attempt_at: f64) -> Check<'a> {
        match self.checked {
            Some(checked) => Check {
                answers,
                at: Some(checked.at),
                latency_ms: Some(checked.latency_ms),
            },
            None => Check {
                answers,
                at: (attempt_at > 0.0).then(|| moment(attempt_at)),
                latency_ms: None,
            },
        }
    }

    /// Sets each question's and item's value on its own: a refusal (or a
    /// throw) costs only that value, never the write, and the console is
    /// told once a session, not once a value.
    fn set_each(&mut self, values: &[Element]) {
        let mut refused = 0;
        let mut first = String::new();
        for (element, value) in values {
            if !self.api.set(element, value) {
                if refused == 0 {
                    first = format!("{element} (error {})", self.api.last_error());
                }
                refused += 1;
            }
        }
        if refused > 0 && !std::mem::replace(&mut self.told_refused, true) {
            log(&format!(
                "the platform refused {refused} of {} values for the questions and the checklist, \
                 first {first}; the score, completion and the work are written all the same \
                 (said once a session)",
                values.len()
            ));
        }
    }

    /// The platform's record: `Ok(None)` when it holds nothing (a first
    /// launch, a new attempt, a teacher's reset), `Err` when this build
    /// cannot read it.
    pub fn load(&mut self) -> Result<Option<Snapshot>, SuspendError> {
        let version = self.api.version;
        let text = self.api.get(version.suspend_element()).unwrap_or_default();
        let found = suspend_data::decode(&text);
        // A newer version's record: read nothing from it, never overwrite it.
        self.keep_suspend = matches!(found, Err(SuspendError::Newer(_)));
        // The platform's own attempt counts as reported.
        self.attempt_reported = match &found {
            Ok(Some(kept)) if kept.work.quiz().is_some() => kept.stamps.quiz_at(),
            _ => 0.0,
        };
        if let Err(error) = &found {
            log(&error.to_string());
        }
        found.map(|found| {
            found.map(|mut snapshot| {
                // An older record without a phase: the location says where.
                if snapshot.phase.is_none() {
                    let location = self.api.get(version.location_element()).unwrap_or_default();
                    snapshot.phase = Phase::from_id(&location);
                }
                snapshot
            })
        })
    }

    /// Writes `report` and what the platform's reports show a teacher,
    /// then commits: true if the platform took the values that must be
    /// written and the commit.
    fn write(&mut self, report: &Report, work: &Work, stamps: &Stamps, lang: Lang) -> bool {
        let version = self.api.version;
        let refused = |api: &Api| log(&format!("a write was refused (error {})", api.last_error()));
        // The work, where the learner is, completion and the score: what
        // must be written.
        if !self.api.set_all(&version.report(report)) {
            refused(&self.api);
            return false;
        }
        // Then what the reports show a teacher, each value on its own: the
        // questions when an attempt was checked since the last commit that
        // reported one (again on a retry of a refused write), and every
        // item (every item each time: a few calls inside the page, and the
        // platform sends its whole record on a commit anyway).
        let attempt_at = stamps.quiz_at();
        let new_attempt = work.quiz().filter(|_| attempt_at > self.attempt_reported);
        let mut values = Vec::new();
        if let Some(answers) = new_attempt {
            let check = self.check_of(answers, attempt_at);
            values.extend(tracking::interactions(version, lang, &check));
        }
        values.extend(tracking::objectives(version, lang, work));
        self.set_each(&values);
        if !self.api.commit() {
            refused(&self.api);
            return false;
        }
        if new_attempt.is_some() {
            self.attempt_reported = attempt_at;
            self.checked = None;
        }
        true
    }
}

impl Place for Platform {
    /// The platform refused the write or the commit.
    type Refusal = ();

    fn keeps_phase(&self) -> bool {
        true
    }

    /// Only this page writes the platform's record during a session: the
    /// merge is with what it last wrote. Stamps are this browser's
    /// backup's where it holds the same part (one clock); a commit that
    /// succeeds is marked confirmed in the backup.
    fn save(
        &mut self,
        shown: Position,
        merge: impl FnOnce(Option<(&Work, &Stamps)>) -> (Work, Stamps),
    ) -> Result<(Work, Stamps), ()> {
        let version = self.api.version;
        let (work, stamps) = merge(None);
        // This browser's backup as it stands, read once: for the stamps to
        // write, and for what was confirmed before.
        let stored = local_storage::load(&self.backup.key);
        let before = Backup::of(&stored);
        let stamps = backup::stamps_to_write(&work, &stamps, &before);
        let snapshot = Snapshot {
            work: work.clone(),
            stamps: stamps.clone(),
            phase: Some(shown.phase),
            lang: Some(shown.lang),
        };
        let encoded = suspend_data::encode(&snapshot, version.suspend_limit());
        self.local_only = encoded
            .as_ref()
            .map(|encoded| encoded.local_only.clone())
            .unwrap_or_default();
        let report = Report {
            suspend: encoded
                .filter(|_| !self.keep_suspend)
                .map(|encoded| encoded.text),
            location: shown.phase.id(),
            core: work.core(),
            all: work.all(),
            score: work.quiz().map(crate::domain::quiz::score),
        };
        let suspend_written = report.suspend.is_some();
        let committed = self.write(&report, &work, &stamps, shown.lang);
        // This browser's backup of the work just written, once per write
        // (the only write of it while the session lasts): what the commit
        // holds is marked confirmed; a refused write leaves it unconfirmed,
        // for the next launch to bring in. A platform only reviewing the
        // attempt takes no work from it.
        let mut backup = Backup {
            work: work.clone(),
            stamps: stamps.clone(),
            phase: Some(shown.phase),
            confirmed: before.confirmed.clone(),
        };
        if committed && suspend_written && !self.reviewing && stored.notice.is_none() {
            backup.confirmed = backup::confirm(&backup, &work, &self.local_only, Some(shown.phase));
        }
        if record::may_write(stored.notice)
            && self.backup.write_backup(&backup, shown.lang).is_err()
        {
            log("this browser's backup could not be updated");
        }
        if committed {
            Ok((work, stamps))
        } else {
            Err(())
        }
    }
}
