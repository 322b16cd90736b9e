//! If the widget ever panics: log the message to the console and replace
//! the widget with a short, translated "Something went wrong — Reload" box,
//! instead of leaving a frozen page. The box is plain DOM with a link, so it
//! works after the wasm instance has stopped.

use crate::content::Lang;
use std::cell::{Cell, RefCell};

thread_local! {
    static ROOT: RefCell<Option<web_sys::Element>> = const { RefCell::new(None) };
    static LANG: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// Installs the panic hook for a widget mounted into `root`.
#[cfg(target_arch = "wasm32")]
pub fn install(root: &web_sys::Element) {
    ROOT.with(|slot| {
        if let Ok(mut slot) = slot.try_borrow_mut() {
            *slot = Some(root.clone());
        }
    });
    // Through Yew, which would otherwise put its own hook back on render.
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&wasm_bindgen::JsValue::from_str(&format!(
            "Value Governance Explorer: {info}"
        )));
        ROOT.with(|slot| {
            if let Some(root) = slot.try_borrow().ok().and_then(|root| root.clone()) {
                show_box(&root);
            }
        });
    }));
}

/// The language the box should be written in.
pub fn set_lang(lang: Lang) {
    LANG.with(|current| current.set(lang));
}

#[cfg(target_arch = "wasm32")]
fn show_box(root: &web_sys::Element) -> Option<()> {
    let content = LANG.with(Cell::get).content();
    let document = root.owner_document()?;
    let make = |tag: &str, class: &str, text: &str| -> Option<web_sys::Element> {
        let element = document.create_element(tag).ok()?;
        element.set_class_name(class);
        element.set_text_content(Some(text));
        Some(element)
    };
    let frame = document.create_element("div").ok()?;
    frame.set_class_name("vge vge-crash");
    frame.set_attribute("role", "alert").ok()?;
    frame
        .set_attribute("lang", content.language.html_lang)
        .ok()?;
    let message = make("p", "vge-crash-message", content.ui.crash_message)?;
    frame.append_child(&message).ok()?;
    // An empty href is this page without its fragment: following it reloads.
    let reload = make("a", "vge-button", content.ui.crash_reload)?;
    reload.set_attribute("href", "").ok()?;
    frame.append_child(&reload).ok()?;
    root.replace_children_with_node_1(&frame);
    Some(())
}
