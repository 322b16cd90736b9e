//! One checklist item: a native checkbox with its label, and an "Explain"
//! disclosure button whose region holds the explanation and the learner's
//! note. The explanation is always in the page, hidden while closed, so the
//! pre-rendered page carries it (and shows it where the wasm never runs);
//! the note field is rendered only while the region is open, which keeps
//! the page light. The parts sit straight in their group's grid.

use crate::components::dom_ids::input_id;
use crate::components::interpretation::interpretation;
use crate::content::{Content, Item};
use crate::context::AppContext;
use crate::domain::work::NOTE_MAX_CHARS;
use crate::state::{Action, PresentationAction, WorkAction};
use yew::prelude::*;

/// A checkbox, its label and term, and an "Explain" disclosure with a note.
pub fn checklist_item(state: &AppContext, content: &'static Content, item: &'static Item) -> Html {
    let ui = &content.ui;
    let input_id = input_id(item.id);
    let region_id = format!("vge-explain-{}", item.id);
    let note_id = format!("vge-note-{}", item.id);
    let note = state.learner.work.note(item.id);
    // The button's name starts with its visible text and says which item.
    let toggle_name = if note.is_empty() {
        format!("{}: {}", ui.explain, item.label)
    } else {
        format!("{}: {} · {}", ui.explain, item.label, ui.note_marker)
    };
    let onchange = {
        let state = state.clone();
        let id = item.id;
        Callback::from(move |_: Event| state.dispatch(Action::Work(WorkAction::Toggle(id))))
    };
    // Open in the state, so "Check yourself" can open it from a link.
    let open = state.presentation.explained.contains(item.id);
    let toggle = {
        let state = state.clone();
        let id = item.id;
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::Presentation(PresentationAction::Explain(id, !open)))
        })
    };
    let oninput = {
        let state = state.clone();
        let id = item.id;
        Callback::from(move |event: InputEvent| {
            let text = event
                .target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                .value();
            state.dispatch(Action::Work(WorkAction::SetNote(id, text)));
        })
    };
    html! {
        <>
            <input type="checkbox" id={input_id.clone()} class="vge-checkbox" value={item.id}
                checked={state.learner.work.is_checked(item.id)} {onchange} />
            <label for={input_id} class="vge-item-label">
                { item.label }{ " " }
                <span class="vge-term" lang={content.language.other_html_lang}>{ item.term }</span>
            </label>
            <button type="button" class="vge-explain-toggle" data-explain={item.id}
                aria-expanded={open.to_string()}
                aria-controls={region_id.clone()}
                aria-label={toggle_name} onclick={toggle}>
                { ui.explain }
                if !note.is_empty() {
                    { " · " }{ ui.note_marker }
                }
            </button>
            <div id={region_id} class="vge-explain" hidden={!open}>
                <p>{ item.explanation }</p>
                if let Some(reading) = item.reading {
                    { interpretation(content, reading) }
                }
                if open {
                    <label class="vge-note-label" for={note_id.clone()}>{ ui.note_label }</label>
                    <textarea id={note_id} class="vge-note" rows="3" maxlength={NOTE_MAX_CHARS.to_string()}
                        value={note.to_owned()} {oninput} />
                }
            </div>
        </>
    }
}
