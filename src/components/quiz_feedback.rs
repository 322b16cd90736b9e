//! A checked question's feedback (drawn inside its question's fieldset, not a
//! component of its own): right or wrong, one sentence of why from
//! the content, and a link to where the widget covers it. On a page that
//! shows that part, the link opens it there (selects the phase, or opens
//! the item's explanation) and moves the focus to it; on a page without it
//! (the self-check alone), the link opens the whole widget in a new tab.

use crate::components::dom_ids::{input_id, tab_id};
use crate::components::question_props::QuestionProps;
use crate::page::Page;
use crate::quiz::Mark;
use crate::state::{Action, UiAction};
use crate::url::with_phase;
use yew::prelude::*;

/// Mark, why, and where to read about it, for the question `props` draws:
/// a part of its question's fieldset.
pub fn quiz_feedback(props: &QuestionProps, marked: Mark) -> Html {
    let content = props.lang.content();
    let Some(question) = content.questions.get(props.index) else {
        return Html::default();
    };
    let ui = &content.ui;
    let verdict = marked.words(ui);
    // Where the answer is: a phase or a checklist item (the content
    // validation guarantees one of them, and that it exists).
    let phase = question
        .phase
        .and_then(|id| content.phase_index(id))
        .map(|index| (index, content.phases[index].name));
    let item = question
        .item
        .and_then(|id| content.items.iter().find(|item| item.id == id));
    let (name, fragment, here) = match (phase, item) {
        (Some((index, name)), _) => (name, with_phase("", index), props.view.shows_timeline()),
        (None, Some(item)) => (
            item.label,
            format!("#{}", input_id(item.id)),
            props.view.shows_checklist(),
        ),
        (None, None) => {
            return html! { <p class="vge-feedback">{ verdict }{ " " }{ question.why }</p> }
        }
    };
    let onclick = {
        let dispatcher = props.dispatcher.clone();
        let phase = phase.map(|(index, _)| index);
        let item = item.map(|item| item.id);
        Callback::from(move |event: MouseEvent| {
            if !here {
                return;
            }
            event.prevent_default();
            if let Some(index) = phase {
                dispatcher.dispatch(Action::SelectPhase(index));
                let tab = tab_id(content.phases[index].id);
                crate::web::browser::focus_by_id(&tab);
            } else if let Some(id) = item {
                dispatcher.dispatch(Action::Ui(UiAction::Explain(id, true)));
                crate::web::browser::focus_by_id(&input_id(id));
            }
        })
    };
    let (href, target) = if here {
        (fragment, None)
    } else {
        let page = Page::full(props.lang).href();
        (format!("{page}{fragment}"), Some("_blank"))
    };
    let class = match marked {
        Mark::Right => "vge-feedback vge-feedback--right",
        Mark::Wrong | Mark::Unanswered => "vge-feedback vge-feedback--wrong",
    };
    html! {
        <div {class}>
            <p><strong class="vge-feedback-verdict">{ verdict }</strong>{ " " }{ question.why }</p>
            <p><a {href} {target} rel={target.map(|_| "noopener")} {onclick}>
                { crate::content::fill(ui.quiz_read_more, &[("name", &name)]) }
            </a></p>
        </div>
    }
}

/// The class of a question's fieldset once marked.
pub fn mark_class(marked: Mark) -> &'static str {
    match marked {
        Mark::Right => "vge-question--right",
        Mark::Wrong | Mark::Unanswered => "vge-question--wrong",
    }
}
