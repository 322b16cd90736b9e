//! The effects the pure reducer leaves out, as hooks the widget calls:
//! taking over the pre-rendered page, loading and saving progress, the
//! address bar, other tabs, the document's language and title, the service
//! worker, printing, and (in `host`) talking to a course page that embeds
//! the widget. Effects run only in the browser, after a render: the
//! build-time render never reaches them.

mod host;
mod platform;
pub use host::use_host_messaging;
pub use platform::{use_platform, PlatformHandle};

use crate::backup::{self, Backup};
use crate::browser::{address, window};
use crate::context::AppContext;
use crate::state::{Action, Arrival, Progress, State};
use crate::storage::{Stamps, StoreSync};
use crate::{crash, paint, storage, url};
use gloo::events::EventListener;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// Where this page keeps the learner's work in `localStorage`, and what it
/// keeps beside it.
#[derive(Debug, Clone, PartialEq)]
struct Keeping {
    /// [`storage::KEY`] on the web; in a course platform's package, this
    /// browser's backup of the learner's attempt at the activity.
    key: String,
    /// Whether a course platform's confirmations are kept (`backup.rs`).
    backup: bool,
    /// The phase last written, where the page keeps the phase (`None`
    /// where the address alone keeps it): an embedding page, whose frame
    /// reloads from the code's address, and a package.
    phase: Option<Option<usize>>,
}

impl Keeping {
    /// The web widget's record; an embedding page also keeps the phase.
    fn web(embedded: bool) -> Self {
        Keeping {
            key: storage::KEY.to_owned(),
            backup: false,
            phase: embedded.then_some(None),
        }
    }
}

/// Writes the work shown, merged per item with whatever another tab stored
/// since this tab last looked; a package's backup also gets the phase
/// shown, and keeps what the platform confirmed as stored. On failure, says
/// so (once) and keeps it for a retry; when a retry succeeds, takes the
/// notice back.
fn save(dispatcher: &UseReducerDispatcher<State>, sync: &RefCell<StoreSync>, keeping: &Keeping) {
    let stored = storage::load(&keeping.key);
    let (merged, stamps, lang) = {
        let sync = sync.borrow();
        let theirs = stored
            .notice
            .is_none()
            .then_some((&stored.progress, &stored.stamps));
        let (merged, stamps) = sync.to_write(theirs, js_sys::Date::now());
        (merged, stamps, sync.lang())
    };
    let mut record = storage::Record::stamped(&merged, &stamps, lang);
    // Another page's phase stays as stored (the full page keeps none).
    let phase = keeping.phase.unwrap_or(stored.phase);
    record.phase = storage::phase_id(phase);
    if keeping.backup {
        record.platform = Some(stored.platform.clone());
    }
    match storage::save(&keeping.key, &record) {
        Ok(()) => {
            if keeping.key == storage::KEY {
                paint::write(&merged, phase);
            }
            let (recovered, shown) = {
                let mut sync = sync.borrow_mut();
                (sync.wrote(merged.clone(), stamps), sync.shown().clone())
            };
            if recovered {
                dispatcher.dispatch(Action::StorageWorks);
            }
            if merged != shown {
                dispatcher.dispatch(Action::Restore(merged));
            }
        }
        Err(notice) => {
            sync.borrow_mut().write_failed();
            dispatcher.dispatch(Action::Notice(notice));
        }
    }
}

/// Takes over the pre-rendered page: loads saved progress, or in a course
/// platform's package resumes the platform's attempt (with what this
/// browser's backup holds that the platform has not confirmed: `backup.rs`),
/// adds the boxes the learner ticked before the wasm ran, and applies the
/// address's phase; (on the web) refreshes the paint hint from what it
/// loaded. Then saves progress when it changes, retries a failed
/// save when the page is hidden or closed, and merges in what other tabs
/// save.
#[hook]
pub fn use_saved_progress(
    state: &AppContext,
    early: (Progress, Progress),
    platform: PlatformHandle,
) {
    let (ticked_early, unticked_early) = early;
    // What storage holds, to merge with; replaced on arrival.
    let sync = {
        let lang = state.lang;
        use_mut_ref(move || StoreSync::loaded(Progress::default(), Stamps::default(), lang))
    };
    // Decided on arrival, once the platform (if any) is known.
    let keeping = {
        let embedded = state.embedded;
        use_mut_ref(move || Keeping::web(embedded))
    };
    {
        let dispatcher = state.dispatcher();
        let (sync, keeping) = (sync.clone(), keeping.clone());
        let writable = storage::may_write(state.notice);
        use_effect_with(
            (
                state.progress.clone(),
                state.lang,
                state.phase,
                state.interactive,
            ),
            move |(progress, lang, phase, interactive)| {
                // Before arrival there is nothing loaded to compare with.
                if !*interactive {
                    return;
                }
                let changed = sync.borrow_mut().show(progress, *lang);
                let mut keeping = keeping.borrow_mut();
                let phase_changed = match &mut keeping.phase {
                    Some(kept) if *kept != Some(*phase) => {
                        *kept = Some(*phase);
                        true
                    }
                    _ => false,
                };
                if (changed || phase_changed) && writable {
                    save(&dispatcher, &sync, &keeping);
                }
            },
        );
    }
    let dispatcher = state.dispatcher();
    let lang = state.lang;
    let package = state.package;
    use_effect_with((), move |_| {
        // First the platform, which names the learner and the activity
        // whose backup to read.
        let connected = package
            .then(|| platform::connect(&platform, lang))
            .flatten();
        if let Some(connected) = &connected {
            *keeping.borrow_mut() = Keeping {
                key: connected.backup_key.clone(),
                backup: true,
                phase: Some(None),
            };
        }
        let key = keeping.borrow().key.clone();
        let loaded = storage::load(&key);
        let writable = loaded.writable();
        let options = address();
        let mut progress = loaded.progress.clone();
        let mut stamps = loaded.stamps.clone();
        // The address owns the view; where it cannot keep the phase (an
        // embedding page's frame reloads from the code's address), the
        // phase last shown is next.
        let mut phase = options.phase;
        if connected.is_none() {
            if let Some(kept) = &mut keeping.borrow_mut().phase {
                *kept = loaded.phase;
                phase = phase.or(loaded.phase);
            }
        }
        let mut platform_lang = None;
        if let Some(platform::Connected { kept, .. }) = connected {
            // What could be read of the backup (a damaged part is left out).
            let backup = Some(Backup::of(&loaded));
            let resumed = match &kept {
                Ok(kept) => backup::resume(kept.as_ref(), backup.as_ref()),
                Err(_) => backup::keep_whole(backup.as_ref()),
            };
            progress = resumed.backup.work.clone();
            stamps = resumed.backup.stamps.clone();
            phase = phase.or(resumed.backup.phase);
            platform_lang = kept
                .ok()
                .flatten()
                .and_then(|kept| kept.lang)
                .filter(|&kept| kept != lang);
            // From now on the backup holds this launch's work: what the
            // platform holds, and what it has not confirmed.
            if writable {
                let _ = storage::save(&key, &resumed.backup.record(lang));
            }
            keeping.borrow_mut().phase = Some(resumed.backup.phase);
            platform::resumed(&platform, resumed.unconfirmed);
        }
        if key == storage::KEY && loaded.notice.is_none() {
            paint::write(&progress, loaded.phase);
        }
        *sync.borrow_mut() = StoreSync::loaded(progress.clone(), stamps, lang);
        // Ticks made (or painted ticks taken back) in the page before it
        // was live are the learner's latest changes: applied to what was
        // saved, and saved with it.
        let arrival = Arrival {
            phase,
            progress: progress.union(&ticked_early).minus(&unticked_early),
            notice: loaded.notice,
        };
        // In a task of its own: the render it causes (the whole widget)
        // would otherwise lengthen the one that hydrated (README, "Pages
        // and rendering").
        let arrive = dispatcher.clone();
        gloo::timers::callback::Timeout::new(0, move || {
            // The page is live: its styles (and the boot script) step aside.
            // `vge-js` too, in case a stray error took it away while loading.
            if let Some(root) = window().document().and_then(|d| d.document_element()) {
                let _ = root.class_list().add_2("vge-js", "vge-live");
            }
            arrive.dispatch(Action::Arrive(arrival));
            if let Some(lang) = platform_lang {
                arrive.dispatch(Action::SetLang(lang));
            }
        })
        .forget();
        let retry = {
            let (dispatcher, sync, keeping) = (dispatcher.clone(), sync.clone(), keeping.clone());
            move |_: &web_sys::Event| {
                if sync.borrow().failed() {
                    save(&dispatcher, &sync, &keeping.borrow());
                }
            }
        };
        let hidden = EventListener::new(&window(), "pagehide", retry.clone());
        let document = window().document().expect("a window has a document");
        let away = EventListener::new(&document, "visibilitychange", retry);
        let other_tab = EventListener::new(&window(), "storage", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                return;
            };
            if event.key().as_deref() != Some(key.as_str()) {
                return;
            }
            let theirs = storage::interpret(event.new_value().as_deref().map(storage::decode));
            if theirs.notice.is_some() {
                return;
            }
            let (merged, shown) = {
                let mut sync = sync.borrow_mut();
                let shown = sync.shown().clone();
                let merged =
                    sync.take_theirs(&theirs.progress, &theirs.stamps, js_sys::Date::now());
                (merged, shown)
            };
            if merged != shown {
                dispatcher.dispatch(Action::Restore(merged.clone()));
            }
            // Storage lacks something only this tab knows (a write that
            // raced ours): write the merged work back.
            if merged != theirs.progress && writable {
                save(&dispatcher, &sync, &keeping.borrow());
            }
        });
        move || drop((hidden, away, other_tab))
    });
}

/// Mirrors the selected phase in the address (`#phase=…`), so reload and
/// back/forward keep it, and follows the address when it changes.
#[hook]
pub fn use_address_bar(state: &AppContext) {
    let embedded = state.embedded;
    use_effect_with(
        (state.phase, state.interactive),
        move |&(phase, interactive)| {
            // Until the widget runs, the address is what it starts from.
            if !interactive {
                return;
            }
            let shown = address().phase.unwrap_or(0);
            if shown != phase {
                let hash = window().location().hash().unwrap_or_default();
                let fragment = url::with_phase(&hash, phase);
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
        },
    );
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        let follow = move |_: &web_sys::Event| {
            dispatcher.dispatch(Action::SelectPhase(address().phase.unwrap_or(0)));
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
    let address_lang = use_mut_ref(|| state.lang);
    let page = state.page();
    use_effect_with((page, state.interactive), move |&(page, interactive)| {
        let lang = page.lang;
        crash::set_lang(lang);
        if !interactive {
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
            let query = url::without(&location.search().unwrap_or_default(), "lang");
            let hash = url::without(&location.hash().unwrap_or_default(), "lang");
            let target = format!("{}{hash}", url::join_query(&page.href(), &query));
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
    let package = state.package;
    use_effect_with((), move |_| {
        if !package {
            crate::offline::register(move || dispatcher.dispatch(Action::UpdateReady));
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
                dispatcher.dispatch(Action::Printing(true))
            })
        };
        let after = EventListener::new(&window(), "afterprint", move |_| {
            dispatcher.dispatch(Action::Printing(false))
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
