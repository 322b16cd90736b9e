//! The ordering question of "Check yourself": the choices as a numbered
//! list, each with Move up / Move down buttons (no dragging: every move
//! works from the keyboard). A move is announced in a live region, and the
//! focus stays with the choice that moved.

use crate::components::question_props::QuestionProps;
use crate::components::quiz_feedback::{mark_class, quiz_feedback};
use crate::content::fill;
use crate::state::Direction;
use crate::state::{Action, QuizAction};
use yew::prelude::*;

/// The id of a move button, to keep the focus on it.
fn move_button_id(question: &str, choice: &str, direction: Direction) -> String {
    let way = match direction {
        Direction::Up => "up",
        Direction::Down => "down",
    };
    format!("vge-move-{question}-{choice}-{way}")
}

/// One ordering question with its choices and, once checked, its feedback.
#[component]
pub fn OrderingQuestion(props: &QuestionProps) -> Html {
    let content = props.lang.content();
    // After a move the list is re-ordered, which takes the focus from the
    // button that was pressed: give it back to the moved choice's button
    // for the same way, or the other one at the end of the list. (`moved`
    // is only ever this question's move.)
    use_effect_with(props.moved, move |moved| {
        if let Some(moved) = moved {
            let other = match moved.direction {
                Direction::Up => Direction::Down,
                Direction::Down => Direction::Up,
            };
            let _ = crate::web::browser::focus_by_id(&move_button_id(
                moved.question,
                moved.choice,
                moved.direction,
            )) || crate::web::browser::focus_by_id(&move_button_id(
                moved.question,
                moved.choice,
                other,
            ));
        }
    });
    let Some(question) = content.questions.get(props.index) else {
        return Html::default();
    };
    let ui = &content.ui;
    let order = &props.answer;
    let label_of = |choice: &str| content.label_of(question, choice);
    let announcement = props
        .moved
        .filter(|_| props.marked.is_none())
        .map(|moved| {
            fill(
                ui.quiz_moved,
                &[
                    ("name", &label_of(moved.choice)),
                    ("n", &(moved.to + 1)),
                    ("total", &order.len()),
                ],
            )
        })
        .unwrap_or_default();
    let hint_id = format!("vge-hint-{}", question.id);
    let last = order.len().saturating_sub(1);
    html! {
        <fieldset class={classes!("vge-question", "vge-question--order", props.marked.map(mark_class))}
            aria-describedby={hint_id.clone()}>
            <legend>
                <span class="vge-question-number">{ props.index + 1 }{ ". " }</span>
                { question.prompt }
            </legend>
            <p class="vge-question-hint" id={hint_id}>{ ui.quiz_kind_order }</p>
            <ol class="vge-order">
                { for order.iter().enumerate().map(|(at, &choice)| {
                    let label = label_of(choice);
                    let button = |direction: Direction, text: &'static str, disabled: bool| {
                        let onclick = {
                            let dispatcher = props.dispatcher.clone();
                            let question = question.id;
                            Callback::from(move |_: MouseEvent| {
                                dispatcher.dispatch(Action::Quiz(QuizAction::MoveChoice(question, choice, direction)))
                            })
                        };
                        html! {
                            <button type="button" class="vge-move"
                                id={move_button_id(question.id, choice, direction)}
                                aria-label={format!("{text}: {label}")}
                                disabled={props.locked || disabled} {onclick}>
                                <span aria-hidden="true">
                                    { if direction == Direction::Up { "↑ " } else { "↓ " } }
                                </span>
                                { text }
                            </button>
                        }
                    };
                    html! {
                        <li key={choice} class="vge-order-item" data-choice={choice}>
                            <span class="vge-order-label">{ label }</span>
                            <span class="vge-order-moves">
                                { button(Direction::Up, ui.quiz_move_up, at == 0) }
                                { button(Direction::Down, ui.quiz_move_down, at == last) }
                            </span>
                        </li>
                    }
                }) }
            </ol>
            <p class="vge-visually-hidden" aria-live="polite">{ announcement }</p>
            if let Some(marked) = props.marked {
                { quiz_feedback(props, marked) }
            }
        </fieldset>
    }
}
