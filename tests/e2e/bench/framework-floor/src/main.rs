//! One component, rendered into `#framework-floor`: a heading, a button
//! that counts, and a list as long as the count. When it has rendered,
//! `vge-live` joins the classes of `<html>`, as the widget's does once it
//! has taken over its page, so the benchmark times both the same way.

use yew::prelude::*;

/// The widget's allocator, so the two start the same way.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[component]
fn Counter() -> Html {
    let count = use_state(|| 3_usize);
    let more = {
        let count = count.clone();
        Callback::from(move |_: MouseEvent| count.set(*count + 1))
    };
    use_effect_with((), |_| {
        let html = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.document_element());
        if let Some(html) = html {
            let _ = html.class_list().add_1("vge-live");
        }
    });
    html! {
        <section>
            <h2>{ "Framework floor" }</h2>
            <button type="button" onclick={more}>{ "One more" }</button>
            <ul>{ for (0..*count).map(|item| html! { <li key={item}>{ item }</li> }) }</ul>
        </section>
    }
}

fn main() {
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("framework-floor"));
    if let Some(root) = root {
        yew::Renderer::<Counter>::with_root(root).render();
    }
}
