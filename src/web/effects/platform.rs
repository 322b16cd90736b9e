//! The session with the course platform around a SCORM package (package
//! pages only), once arrival has connected it (`places::Platform`): every
//! change written through the persistence engine, debounced, retried with
//! backoff when the platform refuses, and the session ended with its time
//! on `pagehide` (`use_platform`); and when each check of "Check yourself"
//! was made, and how long its questions had been shown, for the platform's
//! report of it. Without a platform nothing here does anything, and the
//! package behaves as the web widget.

use crate::content::Lang;
use crate::context::AppContext;
use crate::formats::cmi;
use crate::formats::suspend_data::Snapshot;
use crate::persistence::keeping::{Held, Position, SyncedPlace};
use crate::state::{Action, State, StatusAction};
use crate::web::browser::window;
use crate::web::places::{moment, CheckTiming, Platform};
use crate::web::scorm_api::log;
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// The session with the platform, if one was found.
pub type PlatformHandle = Rc<RefCell<Option<Session>>>;

pub struct Session {
    /// The platform's record as the engine knows it: what it holds, and
    /// when each part changed.
    keeper: SyncedPlace<Platform>,
    started: f64,
    /// The launch merged in work the platform had not confirmed: writes
    /// go at once, not after the usual pause, until one succeeds.
    write_at_once: bool,
    debounce: Option<Timeout>,
    retries: usize,
    /// Retries have given up and the learner has been told; the next
    /// change, or leaving, tries again.
    gave_up: bool,
    /// Items whose notes the platform's record cannot hold, as last told
    /// to the learner.
    told_local_only: Vec<&'static str>,
    ended: bool,
    /// When the questions of "Check yourself" were last opened: the
    /// session's start, or "Try again".
    questions_opened: f64,
    /// The quiz as last seen: checks so far, and whether "Try again" had
    /// opened the questions.
    checks: u32,
    retrying: bool,
}

/// Starts the session with a connected platform whose record (`kept`, if
/// it could be read) the launch has resumed; if the launch merged in work
/// the platform had not confirmed (`unconfirmed`), that is written and
/// committed at once.
pub fn start(
    handle: &PlatformHandle,
    platform: Platform,
    kept: Option<Snapshot>,
    lang: Lang,
    unconfirmed: bool,
) {
    let found = kept.map_or_else(Held::default, |kept| Held {
        work: kept.work,
        stamps: kept.stamps,
        phase: kept.phase,
    });
    let started = js_sys::Date::now();
    *handle.borrow_mut() = Some(Session {
        keeper: SyncedPlace::new(platform, found, lang),
        started,
        write_at_once: unconfirmed,
        debounce: None,
        retries: 0,
        gave_up: false,
        told_local_only: Vec::new(),
        ended: false,
        questions_opened: started,
        checks: 0,
        retrying: false,
    });
}

/// Writes the work shown to the platform and commits (the place marks
/// what a commit holds as confirmed in this browser's backup). On
/// refusal, retries after each of [`cmi::RETRY_DELAYS_MS`]; after the
/// last, tells the learner (once, until a write works again). Returns what
/// to dispatch, so the caller does it with the session released.
fn write(handle: &PlatformHandle, dispatcher: &UseReducerDispatcher<State>) -> Vec<Action> {
    let mut actions = Vec::new();
    let mut guard = handle.borrow_mut();
    let Some(session) = guard.as_mut().filter(|session| !session.ended) else {
        return actions;
    };
    session.debounce = None;
    let saved = session.keeper.save(js_sys::Date::now());
    let local_only = &session.keeper.place.local_only;
    if *local_only != session.told_local_only {
        session.told_local_only = local_only.clone();
        actions.push(Action::Status(StatusAction::NotesLocalOnly(
            local_only.clone(),
        )));
    }
    if saved.is_ok() {
        session.write_at_once = false;
        session.retries = 0;
        if std::mem::replace(&mut session.gave_up, false) {
            actions.push(Action::Status(StatusAction::PlatformFailing(false)));
        }
        return actions;
    }
    if let Some(&delay) = cmi::RETRY_DELAYS_MS.get(session.retries) {
        session.retries += 1;
        session.debounce = Some(later(handle, dispatcher, delay));
    } else {
        // Given up for now: the next change, or leaving, tries again.
        session.retries = 0;
        if !std::mem::replace(&mut session.gave_up, true) {
            actions.push(Action::Status(StatusAction::PlatformFailing(true)));
        }
    }
    actions
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
        .is_some_and(|session| session.debounce.is_some() || session.keeper.failed());
    if pending {
        drop(write(handle, dispatcher));
    }
    let mut guard = handle.borrow_mut();
    let Some(session) = guard.as_mut() else {
        return;
    };
    session.debounce = None;
    session.ended = true;
    let api = &session.keeper.place.api;
    let farewell = api.version.farewell(js_sys::Date::now() - session.started);
    let finished = api.set_all(&farewell) && api.commit() && api.terminate();
    if !finished {
        log(&format!(
            "the session did not end cleanly (error {})",
            api.last_error()
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
            move |(work, lang, phase, live)| {
                if !*live {
                    return;
                }
                let mut guard = handle.borrow_mut();
                let Some(session) = guard.as_mut().filter(|session| !session.ended) else {
                    return;
                };
                // Written on arrival too, whether or not anything differs
                // from the platform's record (so `show`'s answer is not
                // needed): a launch reports its status.
                session.keeper.show(
                    work,
                    Position {
                        lang: *lang,
                        phase: *phase,
                    },
                );
                session.retries = 0;
                let delay = if session.write_at_once {
                    0
                } else {
                    cmi::DEBOUNCE_MS
                };
                session.debounce = Some(later(&handle, &dispatcher, delay));
            },
        );
    }
    {
        // When the questions open ("Try again") and when they are checked:
        // the check's time and latency go to the platform with the next
        // write (the reducer stays pure; the clock is read here).
        let handle = handle.clone();
        use_effect_with(
            (state.quiz.times_checked, state.quiz.retrying),
            move |&(checks, retrying)| {
                let mut guard = handle.borrow_mut();
                let Some(session) = guard.as_mut() else {
                    return;
                };
                let now = js_sys::Date::now();
                if retrying && !session.retrying {
                    session.questions_opened = now;
                }
                if checks > session.checks {
                    session.keeper.place.checked = Some(CheckTiming {
                        at: moment(now),
                        latency_ms: now - session.questions_opened,
                    });
                }
                session.retrying = retrying;
                session.checks = checks;
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
