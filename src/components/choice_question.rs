//! A single- or multiple-choice question of "Check yourself": a fieldset
//! of native radio buttons or checkboxes, in a shuffled order, marked once
//! the answers are checked.

use crate::components::quiz_feedback::{mark_class, quiz_feedback};
use crate::context::use_app;
use crate::quiz::{arrangement, mark};
use crate::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChoiceQuestionProps {
    /// The question's position in the content's questions.
    pub index: usize,
}

/// One question with its choices and, once checked, its feedback.
#[component]
pub fn ChoiceQuestion(props: &ChoiceQuestionProps) -> Html {
    let (state, content) = use_app();
    let Some(question) = content.questions.get(props.index) else {
        return Html::default();
    };
    let ui = &content.ui;
    let showing = state.showing_result();
    let chosen = state.shown_answers().get(question.id);
    let multiple = question.kind() == crate::content::QuestionKind::Multiple;
    let hint_id = format!("vge-hint-{}", question.id);
    let marked = showing.then(|| mark(question, chosen));
    html! {
        <fieldset class={classes!("vge-question", marked.map(mark_class))}
            aria-describedby={hint_id.clone()}>
            <legend>
                <span class="vge-question-number">{ props.index + 1 }{ ". " }</span>
                { question.prompt }
            </legend>
            <p class="vge-question-hint" id={hint_id}>
                { if multiple { ui.quiz_kind_multiple } else { ui.quiz_kind_single } }
            </p>
            <ul class="vge-choices">
                { for arrangement(question, props.index, state.quiz.seed).into_iter().map(|choice| {
                    let input_id = format!("vge-q-{}-{choice}", question.id);
                    let onchange = {
                        let state = state.clone();
                        let question = question.id;
                        Callback::from(move |_: Event| state.dispatch(Action::Answer(question, choice)))
                    };
                    let label = content.label_of(question, choice);
                    html! {
                        <li key={choice} class={classes!("vge-choice",
                            (showing && chosen.contains(&choice)).then_some("vge-choice--chosen"))}>
                            <input type={if multiple { "checkbox" } else { "radio" }}
                                id={input_id.clone()} name={format!("vge-q-{}", question.id)}
                                value={choice} checked={chosen.contains(&choice)}
                                disabled={!state.interactive || showing} {onchange} />
                            <label for={input_id}>{ label }</label>
                        </li>
                    }
                }) }
            </ul>
            if let Some(marked) = marked {
                { quiz_feedback(&state, props.index, marked) }
            }
        </fieldset>
    }
}
