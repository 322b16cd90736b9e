//! Small wrappers over browser APIs that may be missing or may throw
//! (sandboxed frames, old browsers): each reports failure instead of aborting.

use crate::domain::phase::Phase;
use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The window the widget runs in.
pub fn window() -> web_sys::Window {
    web_sys::window().expect("the widget runs in a browser window")
}

/// What the address asks for (`domain::address::parse` of its query and fragment).
pub fn address() -> crate::domain::address::AddressOptions {
    let location = window().location();
    crate::domain::address::parse(
        &location.search().unwrap_or_default(),
        &location.hash().unwrap_or_default(),
    )
}

/// Calls `target[method](...args)`, catching a synchronous throw; the
/// result, if it is a promise.
pub fn call_method(target: &JsValue, method: &str, args: &[JsValue]) -> Option<Promise> {
    let function: Function = Reflect::get(target, &JsValue::from_str(method))
        .ok()?
        .dyn_into()
        .ok()?;
    let args: Array = args.iter().collect();
    Reflect::apply(&function, target, &args)
        .ok()?
        .dyn_into()
        .ok()
}

/// Today's date as `YYYY-MM-DD`, in UTC.
pub fn today() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.chars().take(10).collect()
}

/// Offers `text` as a file download.
pub fn download(file_name: &str, mime: &str, text: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let parts: Array = std::iter::once(JsValue::from_str(text)).collect();
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Some(())
}

/// Puts `text` on the clipboard; false if the browser refused.
pub async fn copy_text(text: &str) -> bool {
    let Some(navigator) = web_sys::window().map(|window| window.navigator()) else {
        return false;
    };
    let Ok(clipboard) = Reflect::get(&navigator, &JsValue::from_str("clipboard")) else {
        return false;
    };
    match call_method(&clipboard, "writeText", &[JsValue::from_str(text)]) {
        Some(writing) => JsFuture::from(writing).await.is_ok(),
        None => false,
    }
}

/// Selects the whole text of a text field and asks the browser to copy the
/// selection (the way that works where there is no clipboard API: a page
/// served over plain http from another host than localhost). The text
/// stays selected either way, so the learner or teacher can copy it with
/// the keyboard; false if the browser did not copy.
pub fn select_and_copy(field: &web_sys::HtmlTextAreaElement) -> bool {
    let _ = field.focus();
    field.select();
    let document = web_sys::window().and_then(|window| window.document());
    document
        .and_then(|document| document.dyn_into::<web_sys::HtmlDocument>().ok())
        .and_then(|document| document.exec_command("copy").ok())
        .unwrap_or(false)
}

/// Marks the page live: the wasm has taken it over, so its styles (and the
/// boot script) step aside. `vge-js` too, in case a stray error took it
/// away.
pub fn mark_live() {
    if let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
    {
        let _ = root.class_list().add_2("vge-js", "vge-live");
    }
}

/// Opens the browser's print dialog with `class` on the document's root
/// until the browser says printing is over (`afterprint`), so the print
/// styles can print one part of the page.
pub fn print_marked(class: &'static str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(root) = window.document().and_then(|d| d.document_element()) else {
        return;
    };
    let _ = root.class_list().add_1(class);
    gloo::events::EventListener::once(&window, "afterprint", move |_| {
        let _ = root.class_list().remove_1(class);
    })
    .forget();
    let _ = window.print();
}

/// The name and text of the first file chosen in a file input.
pub async fn read_chosen_file(input: &web_sys::HtmlInputElement) -> Option<(String, String)> {
    let file = input.files()?.get(0)?;
    let text = JsFuture::from(call_method(&file, "text", &[])?)
        .await
        .ok()?;
    Some((file.name(), text.as_string()?))
}

/// The folder the page is served from, absolute, ending in `/`.
pub fn app_folder() -> String {
    let Some(location) = web_sys::window().map(|window| window.location()) else {
        return String::new();
    };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let folder = &path[..path.rfind('/').map_or(0, |slash| slash + 1)];
    format!("{origin}{folder}")
}

/// The ids of the checklist boxes ticked in the page under `root` before
/// the widget took it over (a learner may tick while the wasm loads).
pub fn ticked_in(root: &web_sys::Element) -> Vec<String> {
    let Ok(boxes) = root.query_selector_all("input.vge-checkbox:checked") else {
        return Vec::new();
    };
    (0..boxes.length())
        .filter_map(|index| boxes.get(index))
        .filter_map(|node| node.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|input| input.value())
        .collect()
}

/// The phase whose tab is selected in the page under
/// `root` (the boot script may have selected one before the widget took
/// the page over); `None` where there is no timeline.
pub fn phase_shown_in(root: &web_sys::Element) -> Option<Phase> {
    let tab = root
        .query_selector("[role=tab][aria-selected=true][data-phase]")
        .ok()??;
    Phase::from_id(&tab.get_attribute("data-phase")?)
}

/// Moves focus to the element with this id (the browser scrolls it into
/// view); false if there is none, or it is disabled or cannot take focus.
pub fn focus_by_id(id: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return false;
    };
    let Some(element) = document
        .get_element_by_id(id)
        .filter(|element| !element.has_attribute("disabled"))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return false;
    };
    let _ = element.focus();
    document
        .active_element()
        .is_some_and(|active| active == *element)
}
