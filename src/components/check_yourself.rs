//! "Check yourself": a short quiz drawn only from the abstract. The
//! questions are open for answers until the learner checks them; then each
//! is marked with a sentence on why and a link to where the widget covers
//! it, and the score is announced and takes the focus. "Try again" opens
//! them again, empty and reshuffled. The last checked attempt is part of
//! the learner's saved work.
//!
//! On a page that shows the whole widget, the questions are not in the
//! pre-rendered HTML: they need the wasm (the plain reading version hides
//! them), they lie far below the first screen, and hydrating their many
//! elements makes the task that starts the widget several times longer.
//! They are rendered once the widget is live, one question a task (all in
//! one made the arrival's task long). The self-check page (`view=check`),
//! where they are the content, has them pre-rendered.

use crate::components::question_props::QuestionProps;
use crate::components::{choice_question::choice_question, ordering_question::OrderingQuestion};
use crate::content::{fill, QuestionKind};
use crate::context::use_app;
use crate::domain::page::View;
use crate::domain::quiz;
use crate::state::{Action, QuizAction};
use crate::web::paced::use_one_a_task;
use yew::prelude::*;

/// The questions, the Check / Try again button and the result.
#[component]
pub fn CheckYourself() -> Html {
    let (state, content) = use_app();
    let ui = &content.ui;
    let result = use_node_ref();
    // Answers checked here (not an attempt restored on arrival): the
    // result takes the focus, so it is read out and the learner is at it.
    {
        let result = result.clone();
        use_effect_with(state.quiz.times_checked, move |&checks| {
            if let Some(result) = (checks > 0)
                .then(|| result.cast::<web_sys::HtmlElement>())
                .flatten()
            {
                let _ = result.focus();
            }
        });
    }
    let prerendered = state.page.view() == View::Check;
    let ready = state.live || prerendered;
    let total = content.questions.len();
    let created = use_one_a_task(ready, if prerendered { total } else { 0 }, total);
    let showing = state.showing_result();
    let score = state
        .learner
        .work
        .quiz()
        .filter(|_| showing)
        .map(quiz::score);
    // One button that changes its words, so the focus stays on it after
    // "Try again".
    let (label, action) = if showing {
        (ui.quiz_retry, Action::Quiz(QuizAction::Retry))
    } else {
        (ui.quiz_check, Action::Quiz(QuizAction::Check))
    };
    let onclick = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(action.clone()))
    };
    html! {
        <section class="vge-quiz" aria-labelledby="vge-quiz-heading">
            <h2 id="vge-quiz-heading">{ ui.quiz_heading }</h2>
            <p>{ fill(ui.quiz_intro, &[("total", &total)]) }</p>
            if ready {
                <ol class="vge-questions">
                    { for content.questions.iter().take(created).enumerate().map(|(index, question)| {
                        let answer = match question.kind() {
                            QuestionKind::Order if !showing => state.quiz.order_of(index, question),
                            _ => state.shown_answers().get(question.id).to_vec(),
                        };
                        let props = QuestionProps {
                            index,
                            lang: state.lang(),
                            view: state.page.view(),
                            marked: showing.then(|| quiz::mark(question, &answer)),
                            answer,
                            seed: state.quiz.seed,
                            locked: !state.live || showing,
                            moved: state.quiz.moved.filter(|moved| moved.question == question.id),
                            dispatcher: state.dispatcher(),
                        };
                        html! {
                            <li key={question.id} class="vge-questions-entry">
                                if question.kind() == QuestionKind::Order {
                                    <OrderingQuestion ..props />
                                } else {
                                    { choice_question(&props) }
                                }
                            </li>
                        }
                    }) }
                </ol>
                <div class="vge-quiz-actions">
                    <button type="button" class="vge-button vge-quiz-button"
                        disabled={!state.live || created < total} {onclick}>{ label }</button>
                </div>
                <div ref={result} class="vge-quiz-result" role="status" tabindex="-1"
                    data-testid="quiz-result">
                    if let Some(score) = score {
                        <p class={classes!("vge-quiz-score",
                            if score.passed() { "vge-quiz-score--passed" } else { "vge-quiz-score--failed" })}>
                            <strong>{ score.describe(ui) }</strong>{ " " }{ score.verdict(ui) }
                        </p>
                    }
                </div>
            }
        </section>
    }
}
