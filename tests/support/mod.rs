//! Shared helpers for the browser tests: mount the widget into a fresh
//! element with a clean address and storage, find things, press keys.
#![allow(dead_code)]

use value_governance_explorer::components::app::App;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::AppHandle;

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

pub fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// A mounted widget; unmounts and removes its element when dropped.
pub struct Mounted {
    pub root: Element,
    handle: Option<AppHandle<App>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        self.root.remove();
    }
}

impl Mounted {
    pub fn find(&self, selector: &str) -> Element {
        self.root
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
    }

    /// The first match, if there is one.
    pub fn try_find(&self, selector: &str) -> Option<Element> {
        self.root.query_selector(selector).unwrap()
    }

    pub fn click(&self, selector: &str) {
        self.find(selector).unchecked_into::<HtmlElement>().click();
    }

    pub fn text(&self, selector: &str) -> String {
        self.find(selector).text_content().unwrap_or_default()
    }

    /// The tab panel a learner can reach (the others are `inert`).
    pub fn shown_panel(&self) -> Element {
        let panels = self
            .root
            .query_selector_all("[role=tabpanel]:not([inert])")
            .unwrap();
        assert_eq!(panels.length(), 1, "exactly one panel is live");
        panels.get(0).unwrap().unchecked_into()
    }

    pub fn selected_phase(&self) -> String {
        self.find("[role=tab][aria-selected=true]")
            .get_attribute("data-phase")
            .unwrap()
    }

    pub fn is_checked(&self, item: &str) -> bool {
        self.find(&format!("#vge-item-{item}"))
            .unchecked_into::<HtmlInputElement>()
            .checked()
    }

    /// Presses a key on the focused element, as a keyboard would.
    pub fn press(&self, key: &str) {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(key);
        init.set_bubbles(true);
        init.set_cancelable(true);
        let event =
            web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        let target = document().active_element().expect("something has focus");
        target.dispatch_event(&event).unwrap();
    }
}

/// Clears the address fragment and saved progress, as for a first visit.
pub fn first_visit() {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
        .unwrap();
    storage().clear().unwrap();
}

/// Mounts the widget into a new element in the body and lets it render.
pub async fn mount() -> Mounted {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = value_governance_explorer::start(root.clone());
    let mounted = Mounted {
        root,
        handle: Some(handle),
    };
    settle().await;
    mounted
}

/// Lets the run of Yew's scheduler that starting (or an event) queued as a
/// microtask happen, then runs the scheduler until rendering and effects
/// are done. Observed: calling `yew::scheduler::flush` while that run was
/// still queued left the page spinning in about half the runs on a loaded
/// machine (seen as "webdriver … timed out"; 4 of 8 runs), never in 10
/// runs after letting it happen first. Why the two spin was not traced.
pub async fn rendered() {
    let _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(
        &wasm_bindgen::JsValue::UNDEFINED,
    ))
    .await;
    yew::scheduler::flush().await;
}

/// [`rendered`], then again after a task: the widget applies what it
/// loaded on arrival in a task of its own (`web/effects.rs`,
/// `use_keeping`), after the one that hydrated; then task by task until
/// "Check yourself" has created every question (one a task once live).
pub async fn settle() {
    rendered().await;
    next_task().await;
    rendered().await;
    let total = value_governance_explorer::content::Lang::En
        .content()
        .questions
        .len();
    for _ in 0..4 * total {
        let list = document().query_selector(".vge-questions").unwrap();
        if list.is_none_or(|list| list.child_element_count() as usize >= total) {
            break;
        }
        next_task().await;
        rendered().await;
    }
}

/// Waits for a task of the browser's own (a timer).
async fn next_task() {
    let next_task = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(next_task).await;
}
