//! The answer key to "Check yourself", on the page for teachers: every
//! question in the content's order with its right answer, the reason
//! learners see once they check, and a link to the phase or item of the
//! widget it comes from. A view function: it has no state of its own.

use crate::components::quiz_feedback::Source;
use crate::content::{fill, Lang};
use crate::domain::quiz::answer_text;
use yew::prelude::*;

/// The key, with a button that prints it alone (with the page's title and
/// the citation): the page is marked `vge-printing-key` until the browser
/// says printing is over. The browser's own print command prints the whole
/// page, without its controls.
pub fn answer_key(lang: Lang) -> Html {
    let content = lang.content();
    let teacher = lang.teacher();
    let print = Callback::from(|_| crate::web::browser::print_marked("vge-printing-key"));
    html! {
        <section class="vge-answer-key" aria-labelledby="vge-key-heading">
            <h2 id="vge-key-heading">{ teacher.key_heading }</h2>
            <p>{ teacher.key_intro }</p>
            <p class="vge-key-print">
                <button type="button" class="vge-button" onclick={print}>{ teacher.key_print }</button>
            </p>
            <ol class="vge-key-questions">
                { for content.questions.iter().map(|question| {
                    let source = Source::of(content, question);
                    html! {
                        <li class="vge-key-question" data-question={question.id}>
                            <p class="vge-key-prompt">{ question.prompt }</p>
                            <p class="vge-key-answer" data-answer={question.answer.join(" ")}>
                                <strong class="vge-key-label">{ teacher.key_answer }</strong>
                                { answer_text(content, question, question.answer) }
                            </p>
                            <p class="vge-key-why">{ question.why }</p>
                            if let Some(source) = source {
                                <p class="vge-key-source">
                                    <a href={source.on_page(lang)}>
                                        { fill(content.ui.quiz_read_more, &[("name", &source.name(content))]) }
                                    </a>
                                </p>
                            }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
