//! One checklist item: a native checkbox with its label and an expandable
//! explanation.

use crate::components::{app::use_app, interpretation::Interpretation};
use crate::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChecklistItemProps {
    /// The item's id in the content files.
    pub id: &'static str,
}

/// A checkbox, its label and term, and an "Explain" disclosure.
#[component]
pub fn ChecklistItem(props: &ChecklistItemProps) -> Html {
    let (state, content) = use_app();
    let Some(item) = content.items.iter().find(|item| item.id == props.id) else {
        return Html::default();
    };
    let input_id = format!("vge-item-{}", item.id);
    let onchange = {
        let state = state.clone();
        let id = item.id;
        Callback::from(move |_: Event| state.dispatch(Action::Toggle(id)))
    };
    html! {
        <li class="vge-item" data-item={item.id}>
            <div class="vge-item-row">
                <input type="checkbox" id={input_id.clone()} class="vge-checkbox"
                    checked={state.progress.is_checked(item.id)} {onchange} />
                <label for={input_id}>
                    { item.label }{ " " }
                    <span class="vge-term" lang={content.language.other_html_lang}>{ item.term }</span>
                </label>
            </div>
            <details class="vge-explain">
                <summary>
                    { content.ui.explain }
                    <span class="vge-visually-hidden">{ ": " }{ item.label }</span>
                </summary>
                <p>{ item.explanation }</p>
                if let Some(reading) = item.reading {
                    <Interpretation text={reading} />
                }
            </details>
        </li>
    }
}
