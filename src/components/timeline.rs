//! The timeline of the three goal phases, as a WAI-ARIA tabs widget: a track
//! of steps joined by connectors that point the way of change, and one panel
//! showing the selected phase.

use crate::components::dom_ids::{panel_id, tab_id};
use crate::components::phase_panel::phase_panels;
use crate::content::fill;
use crate::content::Content;
use crate::context::AppContext;
use crate::domain::phase::Phase;
use crate::state::{Action, PhaseMove};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The key a tabs widget reacts to, if any. Up/Down mirror Left/Right so the
/// vertical track on narrow screens works the same way.
fn phase_move(key: &str) -> Option<PhaseMove> {
    match key {
        "ArrowRight" | "ArrowDown" => Some(PhaseMove::Next),
        "ArrowLeft" | "ArrowUp" => Some(PhaseMove::Previous),
        "Home" => Some(PhaseMove::First),
        "End" => Some(PhaseMove::Last),
        _ => None,
    }
}

/// Section with the phase track and the selected phase's panel.
pub fn timeline(state: &AppContext, content: &'static Content) -> Html {
    let ui = &content.ui;
    let last = content.phases.len() - 1;

    // Keys are handled on the tablist only, never on the document, so a host
    // page's own keyboard use is never taken over.
    let onkeydown = {
        let state = state.clone();
        Callback::from(move |event: KeyboardEvent| {
            let Some(step) = phase_move(&event.key()) else {
                return;
            };
            event.prevent_default();
            let next = state.phase.moved(step);
            state.dispatch(Action::SelectPhase(next));
            // Focus follows selection; the tab already exists in the DOM.
            let tab = event
                .current_target()
                .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                .and_then(|list| list.query_selector_all("[role=tab]").ok())
                .and_then(|tabs| tabs.get(next.position() as u32))
                .and_then(|tab| tab.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(tab) = tab {
                let _ = tab.focus();
            }
        })
    };

    html! {
        <section class="vge-timeline" aria-labelledby="vge-timeline-heading">
            <h2 id="vge-timeline-heading">{ ui.timeline_heading }</h2>
            <p>{ ui.timeline_intro }</p>
            <div class="vge-track" role="tablist" aria-label={ui.tablist_label} {onkeydown}>
                { for Phase::all().map(|at| {
                    let (phase, index) = (at.text(content), at.position());
                    let selected = at == state.phase;
                    let onclick = {
                        let state = state.clone();
                        Callback::from(move |_| state.dispatch(Action::SelectPhase(at)))
                    };
                    // The label is the connector's text; the line and the
                    // arrowhead are drawn around it (timeline.css).
                    let connector = content.shift_from(index).map(|shift| html! {
                        <span class="vge-connector" aria-hidden="true">{ shift.label }</span>
                    });
                    html! {
                        <>
                            <button type="button" role="tab" id={tab_id(phase.id)}
                                class={classes!("vge-step", phase.ongoing.then_some("vge-step--ongoing"))}
                                aria-selected={selected.to_string()}
                                aria-controls={panel_id(phase.id)}
                                tabindex={if selected { "0" } else { "-1" }}
                                data-phase={phase.id}
                                {onclick}>
                                <span class="vge-step-number">
                                    { fill(ui.phase_number, &[("n", &(index + 1))]) }
                                </span>
                                <span class="vge-step-name">{ phase.name }</span>
                                <span class="vge-term" lang={content.language.other_html_lang}>{ phase.term }</span>
                                if phase.ongoing {
                                    <span class="vge-step-badge">{ ui.ongoing_badge }</span>
                                }
                            </button>
                            { connector }
                            if phase.ongoing && index == last {
                                <span class="vge-connector vge-connector--open" aria-hidden="true"></span>
                            }
                        </>
                    }
                }) }
            </div>
            { phase_panels(state, content) }
        </section>
    }
}
