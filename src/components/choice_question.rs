//! A single- or multiple-choice question of "Check yourself": a fieldset
//! of native radio buttons or checkboxes, in a shuffled order, marked once
//! the answers are checked.

use crate::components::question_props::QuestionProps;
use crate::components::quiz_feedback::{mark_class, quiz_feedback};
use crate::content::QuestionKind;
use crate::domain::quiz::arrangement;
use crate::state::{Action, QuizAction};
use yew::prelude::*;

/// One question with its choices and, once checked, its feedback. A view
/// function: the question keeps no state of its own.
pub fn choice_question(props: &QuestionProps) -> Html {
    let content = props.lang.content();
    let Some(question) = content.questions.get(props.index) else {
        return Html::default();
    };
    let ui = &content.ui;
    let chosen = &props.answer;
    let multiple = question.kind() == QuestionKind::Multiple;
    let hint_id = format!("vge-hint-{}", question.id);
    html! {
        <fieldset class={classes!("vge-question", props.marked.map(mark_class))}
            aria-describedby={hint_id.clone()}>
            <legend>
                <span class="vge-question-number">{ props.index + 1 }{ ". " }</span>
                { question.prompt }
            </legend>
            <p class="vge-question-hint" id={hint_id}>
                { if multiple { ui.quiz_kind_multiple } else { ui.quiz_kind_single } }
            </p>
            <ul class="vge-choices">
                { for arrangement(question, props.index, props.seed).into_iter().map(|choice| {
                    let input_id = format!("vge-q-{}-{choice}", question.id);
                    let onchange = {
                        let dispatcher = props.dispatcher.clone();
                        let question = question.id;
                        Callback::from(move |_: Event| dispatcher.dispatch(Action::Quiz(QuizAction::Answer(question, choice))))
                    };
                    let label = content.label_of(question, choice);
                    html! {
                        <li key={choice} class={classes!("vge-choice",
                            (props.marked.is_some() && chosen.contains(&choice)).then_some("vge-choice--chosen"))}>
                            <input type={if multiple { "checkbox" } else { "radio" }}
                                id={input_id.clone()} name={format!("vge-q-{}", question.id)}
                                value={choice} checked={chosen.contains(&choice)}
                                disabled={props.locked} {onchange} />
                            <label for={input_id}>{ label }</label>
                        </li>
                    }
                }) }
            </ul>
            if let Some(marked) = props.marked {
                { quiz_feedback(props, marked) }
            }
        </fieldset>
    }
}
