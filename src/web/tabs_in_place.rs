//! Keeping the phase tabs where they are when a shorter panel is shown.
//! Only the selected phase's panel is laid out (timeline.css), so a switch
//! can make the page shorter; were it then too short to stay scrolled where
//! it is (a timeline-only page, or the foot of a page), the browser would
//! scroll it back and the tabs would move under the learner's pointer. So
//! the panels' area keeps its height until the new panel is laid out (in the
//! next animation frame, before it is painted), and then keeps only as much
//! of it as the page needs to stay where it is: usually none. The boot
//! script does the same before the wasm runs (static/boot.js).

use crate::web::browser::window;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The panels' area of the timeline whose tab `event` is aimed at (its
/// target, not its current target: Yew listens at the widget's root).
fn panels_of(event: &web_sys::Event) -> Option<web_sys::HtmlElement> {
    event
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(".vge-timeline")
        .ok()??
        .query_selector(".vge-panels")
        .ok()??
        .dyn_into()
        .ok()
}

/// Holds the panels' area at least `height` tall, or lets go (`None`).
fn hold(panels: &web_sys::HtmlElement, height: Option<f64>) {
    let style = panels.style();
    let _ = match height {
        Some(height) => style.set_property("min-height", &format!("{}px", height.ceil())),
        None => style.remove_property("min-height").map(drop),
    };
}

/// Called by the event that switches phases, before it dispatches the switch.
pub fn keep_tabs_in_place(event: &web_sys::Event) {
    let Some(panels) = panels_of(event) else {
        return;
    };
    let window = window();
    let Ok(scrolled) = window.scroll_y() else {
        return;
    };
    // No layout before the new panel's can find the page shorter.
    hold(&panels, Some(panels.get_bounding_client_rect().height()));
    let after = Closure::once_into_js(move || {
        let window = crate::web::browser::window();
        let Some(page) = window.document().and_then(|doc| doc.document_element()) else {
            return;
        };
        let view = window
            .inner_height()
            .ok()
            .and_then(|height| height.as_f64())
            .unwrap_or(0.0);
        let area = panels.get_bounding_client_rect();
        // The area's own height: to the foot of its last child, the note
        // (which has no bottom margin).
        let own = panels.last_element_child().map_or(0.0, |last| {
            last.get_bounding_client_rect().bottom() - area.top()
        });
        // How much taller than that the page must be to stay scrolled where it is.
        let short = scrolled + view - (f64::from(page.scroll_height()) - (area.height() - own));
        hold(&panels, (short > 0.5).then_some(own + short));
    });
    let _ = window.request_animation_frame(after.unchecked_ref());
}
