//! "On this page": a line of links to the widget's sections, under the title
//! of the package page. The whole widget is several screens long, and in a course
//! platform's player (a frame about 650 px tall in Moodle's default layout)
//! a learner otherwise scrolls through all of it to reach the checklist or
//! "Check yourself".

use crate::content::Content;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The links; each moves to its section's heading without touching the
/// address, whose fragment says which phase is selected.
pub fn page_contents(content: &'static Content) -> Html {
    let ui = &content.ui;
    let sections = [
        ("vge-timeline-heading", ui.timeline_heading),
        ("vge-checklist-heading", ui.checklist_heading),
        ("vge-quiz-heading", ui.quiz_heading),
        ("vge-work-heading", ui.work_heading),
        ("vge-supports-heading", ui.supports_heading),
    ];
    // Yew delegates events, so each link's handler knows its own target.
    let jump = |id: &'static str| {
        Callback::from(move |event: MouseEvent| {
            let heading = web_sys::window()
                .and_then(|window| window.document())
                .and_then(|document| document.get_element_by_id(id))
                .and_then(|heading| heading.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(heading) = heading {
                event.prevent_default();
                // Focus moves too, so keyboard and screen-reader users land
                // where they asked to go.
                let _ = heading.set_attribute("tabindex", "-1");
                heading.scroll_into_view();
                let _ = heading.focus();
            }
        })
    };
    html! {
        <nav class="vge-contents" aria-label={ui.contents_label}>
            <span class="vge-contents-label" aria-hidden="true">{ ui.contents_label }</span>
            <ul>
                { for sections.iter().map(|&(id, name)| html! {
                    <li><a href={format!("#{id}")} onclick={jump(id)}>{ name }</a></li>
                }) }
            </ul>
        </nav>
    }
}
