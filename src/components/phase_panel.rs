//! The detail panel of the selected phase: its value goal, what the paper
//! says moves value governance into and out of it, and, for the last phase,
//! how it is still unfolding.

use crate::components::{app::use_app, interpretation::Interpretation, timeline::tab_id};
use yew::prelude::*;

/// The tab panel for the selected phase.
#[component]
pub fn PhasePanel() -> Html {
    let (state, content) = use_app();
    let ui = &content.ui;
    let index = state.phase.min(content.phases.len() - 1);
    let phase = &content.phases[index];
    let shift_in = content.shift_into(index);
    let shift_out = content.shift_from(index);
    html! {
        <div class="vge-panel" role="tabpanel" id="vge-phase-panel"
            aria-labelledby={tab_id(phase.id)} tabindex="0">
            <h3 class="vge-panel-title">
                { phase.name }{ " " }
                <span class="vge-term" lang={content.language.other_html_lang}>{ phase.term }</span>
            </h3>
            <h4>{ ui.goal_heading }</h4>
            <p>{ phase.goal }</p>
            if let Some(reading) = phase.reading {
                <Interpretation text={reading} />
            }
            if let Some(text) = phase.ongoing_text {
                <h4>{ ui.ongoing_heading }</h4>
                <p>{ text }</p>
            }
            if let Some(shift) = shift_in {
                <h4>{ ui.shift_in_heading }</h4>
                <p>{ shift.text }</p>
            }
            if let Some(shift) = shift_out {
                <h4>{ ui.shift_out_heading }</h4>
                <p>{ shift.text }</p>
            }
            <p class="vge-panel-note">{ ui.no_dates_note }</p>
        </div>
    }
}
