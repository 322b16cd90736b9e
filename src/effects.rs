//! The effects the pure reducer leaves out, as hooks the root component
//! calls: loading and saving progress, the address bar, other tabs, the
//! document's language and title, the service worker, printing, and (in
//! `host`) talking to a course page that embeds the widget.

mod host;
pub use host::use_host_messaging;

use crate::components::app::AppContext;
use crate::content::Lang;
use crate::state::{Action, State};
use crate::storage::{Stamps, Sync};
use crate::{browser, crash, storage, url};
use gloo::events::EventListener;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// Whether the page runs inside a frame of another page.
fn framed() -> bool {
    let window = window();
    match window.top() {
        Ok(Some(top)) => !js_sys::Object::is(&top, &window),
        // No access to `top` at all: certainly inside someone else's page.
        _ => true,
    }
}

fn window() -> web_sys::Window {
    web_sys::window().expect("the widget runs in a browser window")
}

fn address() -> url::StartOptions {
    let location = window().location();
    url::parse(
        &location.search().unwrap_or_default(),
        &location.hash().unwrap_or_default(),
    )
}

/// The browser's preferred language, if the widget is written in it.
fn preferred_lang() -> Option<Lang> {
    let navigator = window().navigator();
    navigator
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .chain(navigator.language())
        .find_map(|tag| Lang::from_tag(&tag))
}

/// State from the address, saved progress and the browser's languages,
/// and when each saved item last changed (for merging with other tabs).
pub fn initial_state() -> (State, Stamps) {
    let options = address();
    let loaded = storage::load();
    let lang = options
        .lang
        .or(loaded.lang)
        .or_else(preferred_lang)
        .unwrap_or(Lang::En);
    crash::set_lang(lang);
    let embedded = options.embed.unwrap_or_else(framed);
    let state = State::new(
        lang,
        options.phase.unwrap_or(0),
        loaded.progress,
        loaded.notice,
    )
    .framed(embedded, options.view.unwrap_or_default());
    (state, loaded.stamps)
}

/// Writes the work shown, merged per item with whatever another tab stored
/// since this tab last looked. On failure, says so (once) and keeps it for
/// a retry; when a retry succeeds, takes the notice back.
fn save(dispatcher: &UseReducerDispatcher<State>, sync: &RefCell<Sync>) {
    let stored = storage::load();
    let (merged, stamps, lang, shown) = {
        let sync = sync.borrow();
        let now = js_sys::Date::now();
        let (merged, stamps) = if stored.notice.is_none() {
            sync.merged_with(&stored.progress, &stored.stamps, now)
        } else {
            sync.merged_with(&sync.base, &sync.stamps, now)
        };
        (merged, stamps, sync.lang, sync.shown.clone())
    };
    match storage::save(&merged, &stamps, lang) {
        Ok(()) => {
            let recovered = {
                let mut sync = sync.borrow_mut();
                sync.base = merged.clone();
                sync.stamps = stamps;
                sync.base_lang = lang;
                std::mem::replace(&mut sync.failed, false)
            };
            if recovered {
                dispatcher.dispatch(Action::StorageWorks);
            }
            if merged != shown {
                dispatcher.dispatch(Action::Restore(merged));
            }
        }
        Err(notice) => {
            sync.borrow_mut().failed = true;
            dispatcher.dispatch(Action::Notice(notice));
        }
    }
}

/// Saves progress when it changes, retries a failed save when the page
/// is hidden or closed, and merges in what other tabs save.
#[hook]
pub fn use_saved_progress(state: &AppContext, stamps: Stamps) {
    // The first render shows what was just loaded: that is the base.
    let sync = {
        let (progress, lang) = (state.progress.clone(), state.lang);
        use_mut_ref(move || Sync::loaded(progress, stamps, lang))
    };
    let writable = storage::may_write(state.notice);
    {
        let dispatcher = state.dispatcher();
        let sync = sync.clone();
        use_effect_with(
            (state.progress.clone(), state.lang),
            move |(progress, lang)| {
                let changed = {
                    let mut sync = sync.borrow_mut();
                    sync.shown = progress.clone();
                    sync.lang = *lang;
                    sync.shown != sync.base || sync.lang != sync.base_lang
                };
                if changed && writable {
                    save(&dispatcher, &sync);
                }
            },
        );
    }
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        let retry = {
            let (dispatcher, sync) = (dispatcher.clone(), sync.clone());
            move |_: &web_sys::Event| {
                if sync.borrow().failed {
                    save(&dispatcher, &sync);
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
            if event.key().as_deref() != Some(storage::KEY) {
                return;
            }
            let theirs = storage::interpret(event.new_value().as_deref().map(storage::decode));
            if theirs.notice.is_some() {
                return;
            }
            let (merged, shown) = {
                let mut sync = sync.borrow_mut();
                let shown = sync.shown.clone();
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
                save(&dispatcher, &sync);
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
    use_effect_with(state.phase, move |&phase| {
        let shown = address().phase.unwrap_or(0);
        if shown != phase {
            let fragment = url::phase_fragment(phase);
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
            dispatcher.dispatch(Action::SelectPhase(address().phase.unwrap_or(0)));
        };
        let popstate = EventListener::new(&window(), "popstate", follow.clone());
        let hashchange = EventListener::new(&window(), "hashchange", follow);
        move || drop((popstate, hashchange))
    });
}

/// Marks the document as embedded, so its background goes transparent.
#[hook]
pub fn use_embedded_document(embedded: bool) {
    use_effect_with(embedded, |&embedded| {
        if let Some(root) = window().document().and_then(|d| d.document_element()) {
            let _ = root
                .class_list()
                .toggle_with_force("vge-embedded", embedded);
        }
    });
}

/// Keeps the document's `lang` and title in step with the widget.
#[hook]
pub fn use_document_language(lang: Lang) {
    use_effect_with(lang, |lang| {
        crash::set_lang(*lang);
        if let Some(document) = window().document() {
            let content = lang.content();
            document.set_title(content.ui.page_title);
            if let Some(root) = document.document_element() {
                let _ = root.set_attribute("lang", content.language.html_lang);
            }
        }
    });
}

/// Registers the service worker and reports a waiting new version.
#[hook]
pub fn use_service_worker(state: &AppContext) {
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        crate::offline::register(move || dispatcher.dispatch(Action::UpdateReady));
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

/// Whether the first frame has been painted. The root renders what is on
/// the first screen (title, timeline) before anything else, and the rest
/// once this turns true, one frame later: the first phase shows sooner,
/// and nothing above moves, because the rest only adds below.
#[hook]
pub fn use_first_frame_painted() -> bool {
    let painted = use_state_eq(|| false);
    {
        let painted = painted.clone();
        use_effect_with((), move |_| {
            let pending = browser::after_next_paint(move || painted.set(true));
            move || drop(pending)
        });
    }
    *painted
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
