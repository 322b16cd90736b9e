//! The detail panels of the phases: each phase's goal, what the abstract
//! says of the moves into and out of it, and, for the last phase,
//! how it is still unfolding. Only the selected one is laid out, so the area
//! is as tall as that phase (timeline.css): a switch, which follows the
//! learner's click or key, moves only what is below the panel (the boot
//! script keeps the tabs where they are on the screen, static/boot.js), and
//! paints in the next frame; on load the boot script has selected the
//! address's phase before the first paint, so nothing moves. Once the widget runs, the others
//! are `inert`: out of the Tab order and the accessibility tree, whatever
//! the styles. The pre-rendered page leaves that to its styles, so that
//! without the wasm every panel can be shown and read (page.css).

use crate::components::dom_ids::{panel_id, tab_id};
use crate::components::interpretation::interpretation;
use crate::content::Content;
use crate::context::AppContext;
use crate::domain::phase::Phase;
use yew::prelude::*;

/// The tab panels; only the selected phase's is visible and focusable.
pub fn phase_panels(state: &AppContext, content: &'static Content) -> Html {
    let ui = &content.ui;
    let other = content.language.other_html_lang;
    html! {
        <div class="vge-panels">
            { for Phase::all().map(|at| {
                let (phase, index) = (at.text(content), at.position());
                let selected = at == state.phase;
                html! {
                    <div key={phase.id} role="tabpanel" id={panel_id(phase.id)}
                        class={classes!("vge-panel", (!selected).then_some("vge-panel--inactive"))}
                        inert={!selected && state.live}
                        aria-labelledby={tab_id(phase.id)} tabindex={if selected { "0" } else { "-1" }}>
                        <h3 class="vge-panel-title">
                            { phase.name }{ " " }<span class="vge-term" lang={other}>{ phase.term }</span>
                        </h3>
                        <h4>{ ui.goal_heading }</h4>
                        <p>{ phase.goal }</p>
                        if let Some(reading) = phase.reading {
                            { interpretation(content, reading) }
                        }
                        if let Some(text) = phase.ongoing_text {
                            <h4>{ ui.ongoing_heading }</h4>
                            <p>{ text }</p>
                        }
                        // The same text as the previous phase's way out: one
                        // panel at a time shows it in both places; the plain
                        // version, with every panel open, only once.
                        if let Some(shift) = content.shift_into(index) {
                            <h4 class="vge-shift-in">{ ui.shift_in_heading }</h4>
                            <p class="vge-shift-in">{ shift.text }</p>
                        }
                        if let Some(shift) = content.shift_from(index) {
                            <h4>{ ui.shift_out_heading }</h4>
                            <p>{ shift.text }</p>
                        }
                    </div>
                }
            }) }
            // True of every phase, so said once, under whichever is shown.
            <p class="vge-panel-note">{ ui.no_dates_note }</p>
        </div>
    }
}
