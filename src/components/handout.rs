//! The printable handout: every phase in full, the whole checklist with
//! its state and notes, and the last "Check yourself" attempt. Rendered only while printing (between the browser's
//! `beforeprint` and `afterprint`), and shown only by the print stylesheet.

use crate::content::fill;
use crate::content::Content;
use crate::context::AppContext;
use crate::domain::quiz;
use yew::prelude::*;

/// Phases and checklist laid out for paper.
pub fn handout(state: &AppContext, content: &'static Content) -> Html {
    if !state.presentation.printing {
        return Html::default();
    }
    let ui = &content.ui;
    let other = content.language.other_html_lang;
    html! {
        <div class="vge-handout">
            <section class="vge-handout-phases">
                <h2>{ ui.timeline_heading }</h2>
                <p>{ ui.no_dates_note }</p>
                { for content.phases.iter().enumerate().map(|(index, phase)| html! {
                    <article class="vge-handout-phase">
                        <h3>
                            { fill(ui.phase_number, &[("n", &(index + 1))]) }{ ": " }{ phase.name }
                            { " " }<span class="vge-term" lang={other}>{ phase.term }</span>
                        </h3>
                        <p>{ phase.goal }</p>
                        if let Some(reading) = phase.reading {
                            <p><strong>{ ui.interpretation_label }{ ": " }</strong>{ reading }</p>
                        }
                        if let Some(text) = phase.ongoing_text {
                            <p><strong>{ ui.ongoing_heading }{ ": " }</strong>{ text }</p>
                        }
                        if let Some(shift) = content.shift_from(index) {
                            <p><strong>{ ui.shift_out_heading }{ ": " }</strong>{ shift.text }</p>
                        }
                    </article>
                }) }
            </section>
            <section class="vge-handout-checklist">
                <h2>{ ui.checklist_heading }</h2>
                { for content.groups.iter().map(|group| html! {
                    <>
                        <h3>{ group.heading }</h3>
                        <ul>
                            { for content.items_in(group.id).map(|item| {
                                let done = state.learner.work.is_checked(item.id);
                                let note = state.learner.work.note(item.id);
                                html! {
                                    <li>
                                        <strong>{ if done { "☑ " } else { "☐ " } }{ item.label }</strong>
                                        { " " }<span class="vge-term" lang={other}>{ item.term }</span>
                                        { " — " }{ if done { ui.print_checked } else { ui.print_unchecked } }
                                        <br />{ item.explanation }
                                        if !note.is_empty() {
                                            <p class="vge-handout-note">
                                                <strong>{ ui.note_print_label }{ ": " }</strong>{ note }
                                            </p>
                                        }
                                    </li>
                                }
                            }) }
                        </ul>
                    </>
                }) }
            </section>
            <section class="vge-handout-quiz">
                <h2>{ ui.quiz_heading }</h2>
                if let Some((score, questions)) = state.learner.work.quiz().map(|answers| quiz::review(content, answers)) {
                    <p>{ score }</p>
                    <ol>
                        { for questions.into_iter().map(|question| html! {
                            <li>
                                <strong>{ question.prompt }</strong>
                                if let Some(answer) = question.answer {
                                    <br />{ ui.quiz_your_answer }{ ": " }{ answer }
                                }
                                <br />{ question.mark }{ " " }{ question.why }
                            </li>
                        }) }
                    </ol>
                } else {
                    <p>{ ui.quiz_not_attempted }</p>
                }
            </section>
        </div>
    }
}
