//! The course platform around a SCORM package (package pages only): found
//! and initialized once on arrival, its record merged with this browser's
//! per item (`connect`, called by `use_saved_progress`); then every change
//! written, debounced, and committed, retried with backoff when the platform
//! refuses, and the session ended with its time on `pagehide`
//! (`use_platform`). Without a platform nothing here does anything, and the
//! package behaves as the web widget.

use crate::backup::{self, Backup};
use crate::content::Lang;
use crate::context::AppContext;
use crate::scorm::{self, Report, Snapshot, SuspendError};
use crate::state::{Action, State, StatusAction};
use crate::storage::{Stamps, StoreSync};
use crate::web::browser::window;
use crate::web::local_storage;
use crate::web::scorm_api::Api;
use crate::work::Work;
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// The session with the platform, if one was found.
pub type PlatformHandle = Rc<RefCell<Option<Session>>>;

pub struct Session {
    api: Api,
    /// The platform's record as base: what it holds and when each item
    /// changed, merged with what is shown exactly as between two tabs.
    sync: StoreSync,
    phase: usize,
    started: f64,
    /// The suspend data was written by a newer version: read nothing from
    /// it and never overwrite it.
    keep_suspend: bool,
    /// The launch merged in work the platform had not confirmed: writes
    /// go at once, not after the usual pause, until one succeeds.
    write_at_once: bool,
    /// The platform launched the attempt to be reviewed or browsed, not
    /// to be worked on: what it accepts is never taken as confirmed.
    reviewing: bool,
    debounce: Option<Timeout>,
    retries: usize,
    failing: bool,
    local_only: Vec<&'static str>,
    ended: bool,
    /// Where this browser keeps its backup of this learner's attempt at
    /// this activity (`backup::key`).
    backup_key: String,
}

/// What a launch found in the platform.
pub struct Connected {
    /// The platform's record: `Ok(None)` when it holds nothing (a first
    /// launch, a new attempt, a teacher's reset), `Err` when this build
    /// cannot read it.
    pub kept: Result<Option<Snapshot>, SuspendError>,
    /// Where this browser keeps its backup of this learner's attempt at
    /// this activity.
    pub backup_key: String,
}

fn log(message: &str) {
    web_sys::console::info_1(&format!("SCORM: {message}").into());
}

/// Finds the platform, starts the session and reads what it keeps for the
/// learner, and names this browser's backup of it. `None`: no platform (or
/// it would not start), so the widget works as on the web.
pub fn connect(handle: &PlatformHandle, lang: Lang) -> Option<Connected> {
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
    let backup_key = backup::key(&learner, backup::activity(&launch_page));
    local_storage::forget(&backup::legacy_key(&learner));
    let reviewing = matches!(
        api.get(version.mode_element()).as_deref(),
        Some("review" | "browse")
    );
    let text = api.get(version.suspend_element()).unwrap_or_default();
    let found = scorm::decode(&text);
    // A newer version's record: read nothing from it, never overwrite it.
    let keep_suspend = matches!(found, Err(SuspendError::Newer(_)));
    if let Err(error) = &found {
        log(&error.to_string());
    }
    let found = found.map(|found| {
        found.map(|mut snapshot| {
            // An older record without a phase: the location says where.
            if snapshot.phase.is_none() {
                let location = api.get(version.location_element()).unwrap_or_default();
                snapshot.phase = Lang::En.content().phase_index(&location);
            }
            snapshot
        })
    });
    let (base, stamps) = found
        .as_ref()
        .ok()
        .and_then(Option::as_ref)
        .map(|snapshot| (snapshot.progress.clone(), snapshot.stamps.clone()))
        .unwrap_or_else(|| (Work::default(), Stamps::default()));
    *handle.borrow_mut() = Some(Session {
        api,
        sync: StoreSync::loaded(base, stamps, lang),
        phase: 0,
        started: js_sys::Date::now(),
        keep_suspend,
        write_at_once: false,
        reviewing,
        debounce: None,
        retries: 0,
        failing: false,
        local_only: Vec::new(),
        ended: false,
        backup_key: backup_key.clone(),
    });
    Some(Connected {
        kept: found,
        backup_key,
    })
}

/// The launch has resumed; if it merged in work the platform had not
/// confirmed, that is written and committed at once.
pub fn resumed(handle: &PlatformHandle, unconfirmed: bool) {
    if let Some(session) = handle.borrow_mut().as_mut() {
        session.write_at_once = unconfirmed;
    }
}

/// Writes the work shown to the platform and commits; when that succeeds,
/// marks in this browser's backup what the platform now holds as
/// confirmed. On refusal, retries
/// after each of [`scorm::RETRY_DELAYS_MS`]; after the last, tells the
/// learner (once, until a write works again). Returns what to dispatch,
/// so the caller does it with the session released.
fn write(handle: &PlatformHandle, dispatcher: &UseReducerDispatcher<State>) -> Vec<Action> {
    let mut actions = Vec::new();
    let mut guard = handle.borrow_mut();
    let Some(session) = guard.as_mut().filter(|session| !session.ended) else {
        return actions;
    };
    session.debounce = None;
    let version = session.api.version;
    let (work, stamps) = session.sync.to_write(None, js_sys::Date::now());
    // This browser's backup, read once: for the stamps to write, and for
    // what a successful commit confirms.
    let stored = local_storage::load(&session.backup_key);
    let backup = Backup::of(&stored);
    let stamps = backup::stamps_to_write(&work, &stamps, &backup);
    let snapshot = Snapshot {
        progress: work.clone(),
        stamps: stamps.clone(),
        phase: Some(session.phase),
        lang: Some(session.sync.lang()),
    };
    let encoded = scorm::encode(&snapshot, version.suspend_limit());
    let local_only = encoded
        .as_ref()
        .map(|encoded| encoded.local_only.clone())
        .unwrap_or_default();
    if local_only != session.local_only {
        session.local_only = local_only.clone();
        actions.push(Action::Status(StatusAction::NotesLocalOnly(
            local_only.clone(),
        )));
    }
    let phases = Lang::En.content().phases;
    let report = Report {
        suspend: encoded
            .filter(|_| !session.keep_suspend)
            .map(|encoded| encoded.text),
        location: phases.get(session.phase).map_or("", |phase| phase.id),
        core: work.core(),
        all: work.all(),
        score: work.quiz().map(crate::quiz::score),
    };
    let suspend_written = report.suspend.is_some();
    if session.api.set_all(&version.report(&report)) && session.api.commit() {
        session.write_at_once = false;
        // A platform only reviewing the attempt takes no work from it.
        if suspend_written && !session.reviewing && stored.notice.is_none() {
            confirm(
                &session.backup_key,
                backup,
                &work,
                &local_only,
                session.phase,
                session.sync.lang(),
            );
        }
        session.sync.wrote(work, stamps);
        session.retries = 0;
        if std::mem::replace(&mut session.failing, false) {
            actions.push(Action::Status(StatusAction::PlatformFailing(false)));
        }
        return actions;
    }
    log(&format!(
        "a write was refused (error {})",
        session.api.last_error()
    ));
    session.sync.write_failed();
    if let Some(&delay) = scorm::RETRY_DELAYS_MS.get(session.retries) {
        session.retries += 1;
        session.debounce = Some(later(handle, dispatcher, delay));
    } else {
        // Given up for now: the next change, or leaving, tries again.
        session.retries = 0;
        if !std::mem::replace(&mut session.failing, true) {
            actions.push(Action::Status(StatusAction::PlatformFailing(true)));
        }
    }
    actions
}

/// Marks in this browser's backup (as read for the write) what a commit
/// that succeeded holds: the work written, less the notes left out of the
/// platform's record.
fn confirm(
    key: &str,
    mut backup: Backup,
    written: &Work,
    left_out: &[&'static str],
    phase: usize,
    lang: Lang,
) {
    backup.confirmed = backup::confirm(&backup, written, left_out, Some(phase));
    if local_storage::save(key, &backup.record(lang)).is_err() {
        log("this browser's backup could not be updated");
    }
}

/// A write `delay` ms from now (replacing any that waits).
fn later(handle: &PlatformHandle, dispatcher: &UseReducerDispatcher<State>, delay: u32) -> Timeout {
    let (handle, dispatcher) = (handle.clone(), dispatcher.clone());
    Timeout::new(delay, move || {
        for action in write(&handle, &dispatcher) {
            dispatcher.dispatch(action);
        }
    })
}

/// Ends the session: the last change written at once, the session's time,
/// the attempt suspended (so the platform hands the work back next time),
/// commit, terminate. Nothing is called after this.
fn finish(handle: &PlatformHandle, dispatcher: &UseReducerDispatcher<State>) {
    if handle.borrow().as_ref().is_none_or(|session| session.ended) {
        return;
    }
    let pending = handle
        .borrow()
        .as_ref()
        .is_some_and(|session| session.debounce.is_some() || session.sync.failed());
    if pending {
        drop(write(handle, dispatcher));
    }
    let mut guard = handle.borrow_mut();
    let Some(session) = guard.as_mut() else {
        return;
    };
    session.debounce = None;
    session.ended = true;
    let version = session.api.version;
    let farewell = version.farewell(js_sys::Date::now() - session.started);
    let finished =
        session.api.set_all(&farewell) && session.api.commit() && session.api.terminate();
    if !finished {
        log(&format!(
            "the session did not end cleanly (error {})",
            session.api.last_error()
        ));
    }
}

/// Writes every change of the learner's work, phase and language to the
/// platform (debounced), and ends the session when the page goes.
#[hook]
pub fn use_platform(state: &AppContext, handle: PlatformHandle) {
    if cfg!(not(feature = "platform")) {
        return;
    }
    {
        let handle = handle.clone();
        let dispatcher = state.dispatcher();
        use_effect_with(
            (
                state.learner.work.clone(),
                state.lang(),
                state.phase,
                state.live,
            ),
            move |(progress, lang, phase, interactive)| {
                if !*interactive {
                    return;
                }
                let mut guard = handle.borrow_mut();
                let Some(session) = guard.as_mut().filter(|session| !session.ended) else {
                    return;
                };
                session.sync.show(progress, *lang);
                session.phase = *phase;
                session.retries = 0;
                let delay = if session.write_at_once {
                    0
                } else {
                    scorm::DEBOUNCE_MS
                };
                session.debounce = Some(later(&handle, &dispatcher, delay));
            },
        );
    }
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        let listener =
            EventListener::new(&window(), "pagehide", move |_| finish(&handle, &dispatcher));
        move || drop(listener)
    });
}
