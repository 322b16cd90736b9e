//! The effects the pure reducer leaves out, as hooks the widget calls:
//! taking over the pre-rendered page, keeping the learner's work, the
//! address bar, other tabs, the document's language and title, the service
//! worker, printing, and (in `host`) talking to a course page that embeds
//! the widget. Effects run only in the browser, after a render: the
//! build-time render never reaches them.

mod host;
mod platform;
pub use host::use_host_messaging;
use platform::PlatformHandle;

use crate::content::Lang;
use crate::context::AppContext;
use crate::domain::address;
use crate::domain::page::Page;
use crate::domain::work::Work;
use crate::formats::record::{self, StorageTrouble};
use crate::persistence::backup::{self, Backup};
use crate::persistence::keeping::{self, Held, Position, SyncedPlace};
use crate::state::{Action, Arrival, PresentationAction, State, StatusAction, WorkAction};
use crate::web::browser::{address, window};
use crate::web::crash;
use crate::web::places::{LocalRecord, Platform};
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// This browser's record of the learner's work, once arrival has opened it.
type Local = Rc<RefCell<Option<SyncedPlace<LocalRecord>>>>;

/// A write that waits for typing in a note to pause.
type Pending = Rc<RefCell<Option<Timeout>>>;

/// How long typing in a note must pause before the note is written: one
/// write for a burst of keystrokes. Leaving the note (`focusout`), hiding
/// or closing the page writes it at once.
const NOTE_PAUSE_MS: u32 = 400;

/// Writes now what waits for a pause in typing, if anything does.
fn flush(pending: &Pending, dispatcher: &UseReducerDispatcher<State>, local: &Local) {
    if pending.borrow_mut().take().is_some() {
        save(dispatcher, local);
    }
}

/// Writes the work shown to this browser's record (merged there with what
/// another tab stored since); says so (once) when that fails, and takes the
/// notice back when a retry succeeds.
fn save(dispatcher: &UseReducerDispatcher<State>, local: &Local) {
    let saved = match local.borrow_mut().as_mut() {
        // A package's backup: the platform session writes it, once with
        // each write to the platform (`places::Platform`).
        Some(keeper) if keeper.place.keeps_confirmations => return,
        Some(keeper) => keeper.save(js_sys::Date::now()),
        None => return,
    };
    match saved {
        Ok(saved) => {
            if saved.recovered {
                dispatcher.dispatch(Action::Status(StatusAction::StorageWorks));
            }
            if let Some(work) = saved.show {
                dispatcher.dispatch(Action::Work(WorkAction::Restore(work)));
            }
        }
        Err(trouble) => dispatcher.dispatch(Action::Status(StatusAction::Storage(trouble))),
    }
}

/// Keeps the learner's work: on a web page in this browser's record; on a
/// package page with the course platform, this browser's record being the
/// backup of its attempt. Takes over the pre-rendered page on arrival (the
/// phase by `keeping::arrival_phase`, the ticks by the reducer's rule on
/// `Arrival::hydrated`), then saves the work when it changes, retries a
/// failed save when the page is hidden or closed, and merges in what other
/// tabs save.
#[hook]
pub fn use_keeping(state: &AppContext, painted: Work, hydrated: Work) {
    let platform: PlatformHandle = use_mut_ref(|| None);
    let local: Local = use_mut_ref(|| None);
    let pending: Pending = use_mut_ref(|| None);
    {
        let dispatcher = state.dispatcher();
        let local = local.clone();
        let pending = pending.clone();
        let writable = record::may_write(state.status.storage);
        let shown = Position {
            lang: state.lang(),
            phase: state.phase,
        };
        use_effect_with(
            (state.learner.work.clone(), shown, state.live),
            move |(work, shown, live)| {
                // Before arrival there is nothing loaded to compare with.
                if !*live {
                    return;
                }
                let (changed, only_notes) = match local.borrow_mut().as_mut() {
                    Some(keeper) => {
                        let only_notes = keeper.only_notes_change(work, *shown);
                        (keeper.show(work, *shown), only_notes)
                    }
                    None => return,
                };
                if !(changed && writable) {
                    return;
                }
                if only_notes {
                    // Typing: written once it pauses (replacing the wait
                    // the last keystroke started).
                    let (dispatcher, local, later) =
                        (dispatcher.clone(), local.clone(), pending.clone());
                    let wait =
                        Timeout::new(NOTE_PAUSE_MS, move || flush(&later, &dispatcher, &local));
                    *pending.borrow_mut() = Some(wait);
                } else {
                    pending.borrow_mut().take();
                    save(&dispatcher, &local);
                }
            },
        );
    }
    platform::use_platform(state, platform.clone());
    let dispatcher = state.dispatcher();
    let page = state.page;
    use_effect_with((), move |_| {
        // A package's platform names the learner and the activity whose
        // backup this browser keeps; without one, the web record.
        let arrived = match page.is_package().then(Platform::connect).flatten() {
            Some(connected) => arrive_package(connected, &platform, page.lang),
            None => arrive_web(page),
        };
        let writable = record::may_write(arrived.trouble);
        let arrival = Arrival {
            phase: keeping::arrival_phase(address().phase, &arrived.found),
            work: arrived.found.work.clone(),
            trouble: arrived.trouble,
            platform: arrived.platform,
            painted,
            hydrated,
        };
        let record = arrived.record.clone();
        *local.borrow_mut() = Some(SyncedPlace::new(arrived.record, arrived.found, page.lang));
        let resumed_lang = arrived.lang.filter(|&lang| lang != page.lang);
        // In a task of its own: the render it causes (the whole widget)
        // would otherwise lengthen the one that hydrated (README, "Pages
        // and rendering").
        let arrive = dispatcher.clone();
        Timeout::new(0, move || {
            crate::web::browser::mark_live();
            arrive.dispatch(Action::Arrive(arrival));
            if let Some(lang) = resumed_lang {
                arrive.dispatch(Action::SetLang(lang));
            }
        })
        .forget();
        // Leaving the page, or hiding it: a note still waiting for a pause
        // is written now, and a failed write is tried again.
        let on_leave = {
            let (dispatcher, local, pending) = (dispatcher.clone(), local.clone(), pending.clone());
            move |_: &web_sys::Event| {
                flush(&pending, &dispatcher, &local);
                if local.borrow().as_ref().is_some_and(SyncedPlace::failed) {
                    save(&dispatcher, &local);
                }
            }
        };
        let hidden = EventListener::new(&window(), "pagehide", on_leave.clone());
        let document = window().document().expect("a window has a document");
        let away = EventListener::new(&document, "visibilitychange", on_leave);
        // Leaving a note (focus moves on): written at once.
        let left_note = {
            let (dispatcher, local, pending) = (dispatcher.clone(), local.clone(), pending.clone());
            EventListener::new(&document, "focusout", move |_| {
                flush(&pending, &dispatcher, &local)
            })
        };
        let other_tabs = record.watch(move |work, stamps| {
            let theirs = match local.borrow_mut().as_mut() {
                Some(keeper) => keeper.theirs(&work, &stamps, js_sys::Date::now()),
                None => return,
            };
            if let Some(work) = theirs.show {
                dispatcher.dispatch(Action::Work(WorkAction::Restore(work)));
            }
            // Storage lacks something only this tab knows (a write that
            // raced ours): write the merged work back.
            if theirs.write_back && writable {
                save(&dispatcher, &local);
            }
        });
        move || drop((hidden, away, left_note, other_tabs))
    });
}

/// What arrival opened: this browser's record (on a package page, the
/// backup of the platform's attempt, which the platform session writes) and
/// the work found there (on a package page, the platform's with the
/// backup's unconfirmed parts).
struct Opened {
    record: LocalRecord,
    found: Held,
    trouble: Option<StorageTrouble>,
    /// The language the work was left in, where it decides (a package).
    lang: Option<Lang>,
    /// A course platform keeps the work.
    platform: bool,
}

/// A web page: the web widget's record (an embedding page's keeps the
/// phase too, unless its address pins one: `keeping::web_keeps_phase`).
fn arrive_web(page: Page) -> Opened {
    let keeps_phase = keeping::web_keeps_phase(page.is_embed(), address().phase);
    let mut record = LocalRecord::web(keeps_phase);
    let loaded = record.load();
    Opened {
        found: Held::in_record(&loaded, record.keeps_phase),
        record,
        trouble: loaded.notice,
        lang: None,
        platform: false,
    }
}

/// A package page: the platform's attempt, with what this browser's
/// backup holds that the platform has not confirmed (`backup::resume`);
/// the backup then holds this launch's work, and the platform session
/// starts from the platform's record.
fn arrive_package(mut platform: Platform, handle: &PlatformHandle, lang: Lang) -> Opened {
    let kept = platform.load();
    let mut record = platform.backup.clone();
    let loaded = record.load();
    // What could be read of the backup (a damaged part is left out).
    let backup = Some(Backup::of(&loaded));
    let resumed = match &kept {
        Ok(kept) => backup::resume(kept.as_ref(), backup.as_ref()),
        Err(_) => backup::keep_whole(backup.as_ref()),
    };
    if record::may_write(loaded.notice) {
        let _ = record.write_backup(&resumed.backup, lang);
    }
    let kept = kept.ok().flatten();
    let resumed_lang = kept.as_ref().and_then(|kept| kept.lang);
    platform::start(handle, platform, kept, lang, resumed.unconfirmed);
    Opened {
        record,
        found: Held {
            work: resumed.backup.work,
            stamps: resumed.backup.stamps,
            phase: resumed.backup.phase,
        },
        trouble: loaded.notice,
        lang: resumed_lang,
        platform: true,
    }
}

/// Mirrors the selected phase in the address (`#phase=…`), so reload and
/// back/forward keep it, and follows the address when it changes.
#[hook]
pub fn use_address_bar(state: &AppContext) {
    let embedded = state.page.is_embed();
    use_effect_with((state.phase, state.live), move |&(phase, live)| {
        // Until the widget runs, the address is what it starts from.
        if !live {
            return;
        }
        let shown = address().phase.unwrap_or_default();
        if shown != phase {
            let hash = window().location().hash().unwrap_or_default();
            let fragment = address::with_phase(&hash, phase);
            let _ = window().history().and_then(|history| {
                // In a frame, history entries would be the host page's:
                // its back button must not step through our phases.
                if embedded {
                    history.replace_state_with_url(&JsValue::NULL, "", Some(&fragment))
                } else {
                    history.push_state_with_url(&JsValue::NULL, "", Some(&fragment))
                }
            });
        }
    });
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        let follow = move |_: &web_sys::Event| {
            dispatcher.dispatch(Action::SelectPhase(address().phase.unwrap_or_default()));
        };
        let popstate = EventListener::new(&window(), "popstate", follow.clone());
        let hashchange = EventListener::new(&window(), "hashchange", follow);
        move || drop((popstate, hashchange))
    });
}

/// Keeps the document's `lang` and title in step with the widget, and
/// when the learner switches language, the address too: it becomes the
/// other language's page, so a reload or a shared link opens in it.
#[hook]
pub fn use_document_language(state: &AppContext) {
    let address_lang = use_mut_ref(|| state.lang());
    let page = state.page;
    use_effect_with((page, state.live), move |&(page, live)| {
        let lang = page.lang;
        crash::set_lang(lang);
        if !live {
            return;
        }
        if let Some(document) = window().document() {
            let content = lang.content();
            document.set_title(content.ui.page_title);
            if let Some(root) = document.document_element() {
                let _ = root.set_attribute("lang", content.language.html_lang);
            }
        }
        if *address_lang.borrow() != lang {
            *address_lang.borrow_mut() = lang;
            let location = window().location();
            let query = address::without(&location.search().unwrap_or_default(), "lang");
            let hash = address::without(&location.hash().unwrap_or_default(), "lang");
            let target = format!("{}{hash}", address::join_query(&page.href(), &query));
            let _ = window().history().and_then(|history| {
                history.replace_state_with_url(&JsValue::NULL, "", Some(&target))
            });
        }
    });
}

/// Registers the service worker and reports a waiting new version; not in
/// a course platform's package, which the platform serves and updates.
#[hook]
pub fn use_service_worker(state: &AppContext) {
    let dispatcher = state.dispatcher();
    let package = state.page.is_package();
    use_effect_with((), move |_| {
        if !package {
            crate::web::offline::register(move || {
                dispatcher.dispatch(Action::Status(StatusAction::UpdateReady))
            });
        }
    });
}

/// Renders the handout around printing: the browser fires `beforeprint`
/// (for its own print command and for the Print button alike), the
/// handout renders before the page is laid out for paper, and goes
/// away on `afterprint`.
#[hook]
pub fn use_printing(state: &AppContext) {
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        let before = {
            let dispatcher = dispatcher.clone();
            EventListener::new(&window(), "beforeprint", move |_| {
                dispatcher.dispatch(Action::Presentation(PresentationAction::Printing(true)))
            })
        };
        let after = EventListener::new(&window(), "afterprint", move |_| {
            dispatcher.dispatch(Action::Presentation(PresentationAction::Printing(false)))
        });
        move || drop((before, after))
    });
}

/// `?debug=panic` makes the widget panic once it has rendered, to show
/// (and test, on the release build) what a learner sees if it ever does.
#[hook]
pub fn use_crash_drill() {
    use_effect_with((), |_| {
        if address().crash_drill {
            panic!("crash drill requested by ?debug=panic");
        }
    });
}
