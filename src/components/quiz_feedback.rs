//! A checked question's feedback (drawn inside its question's fieldset, not a
//! component of its own): right or wrong, one sentence of why from
//! the content, and a link to where the widget covers it. On a page that
//! shows that part, the link opens it there (selects the phase, or opens
//! the item's explanation) and moves the focus to it; on a page without it
//! (the self-check alone), the link opens the whole widget in a new tab.

use crate::components::dom_ids::{input_id, tab_id};
use crate::components::question_props::QuestionProps;
use crate::content::{Content, Item, Lang, Question};
use crate::domain::address::with_phase;
use crate::domain::page::Page;
use crate::domain::phase::Phase;
use crate::domain::quiz::Mark;
use crate::state::{Action, PresentationAction};
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
    let Some(source) = Source::of(content, question) else {
        return html! { <p class="vge-feedback">{ verdict }{ " " }{ question.why }</p> };
    };
    let here = match source {
        Source::Phase(_) => props.view.shows_timeline(),
        Source::Item(_) => props.view.shows_checklist(),
    };
    let onclick = {
        let dispatcher = props.dispatcher.clone();
        Callback::from(move |event: MouseEvent| {
            if !here {
                return;
            }
            event.prevent_default();
            match source {
                Source::Phase(phase) => {
                    dispatcher.dispatch(Action::SelectPhase(phase));
                    crate::web::browser::focus_by_id(&tab_id(phase.id()));
                }
                Source::Item(item) => {
                    dispatcher.dispatch(Action::Presentation(PresentationAction::Explain(
                        item.id, true,
                    )));
                    crate::web::browser::focus_by_id(&input_id(item.id));
                }
            }
        })
    };
    let (href, target) = if here {
        (source.fragment(), None)
    } else {
        (source.on_page(props.lang), Some("_blank"))
    };
    let class = match marked {
        Mark::Right => "vge-feedback vge-feedback--right",
        Mark::Wrong | Mark::Unanswered => "vge-feedback vge-feedback--wrong",
    };
    html! {
        <div {class}>
            <p><strong class="vge-feedback-verdict">{ verdict }</strong>{ " " }{ question.why }</p>
            <p><a {href} {target} rel={target.map(|_| "noopener")} {onclick}>
                { crate::content::fill(ui.quiz_read_more, &[("name", &source.name(content))]) }
            </a></p>
        </div>
    }
}

/// Where the widget covers a question's answer: a phase or a checklist
/// item (the content validation guarantees one of them, and that it
/// exists).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Source {
    Phase(Phase),
    Item(&'static Item),
}

impl Source {
    pub fn of(content: &'static Content, question: &Question) -> Option<Source> {
        let phase = question.phase.and_then(Phase::from_id);
        let item = question
            .item
            .and_then(|id| content.items.iter().find(|item| item.id == id));
        phase.map(Source::Phase).or(item.map(Source::Item))
    }

    /// Its name, in the language of the content it was found in.
    pub fn name(self, content: &'static Content) -> &'static str {
        match self {
            Source::Phase(phase) => phase.text(content).name,
            Source::Item(item) => item.label,
        }
    }

    /// The fragment that opens it on a page that shows it.
    pub fn fragment(self) -> String {
        match self {
            Source::Phase(phase) => with_phase("", phase),
            Source::Item(item) => format!("#{}", input_id(item.id)),
        }
    }

    /// Its address on the whole widget's page in `lang`.
    pub fn on_page(self, lang: Lang) -> String {
        format!("{}{}", Page::full(lang).href(), self.fragment())
    }
}

/// The class of a question's fieldset once marked.
pub fn mark_class(marked: Mark) -> &'static str {
    match marked {
        Mark::Right => "vge-question--right",
        Mark::Wrong | Mark::Unanswered => "vge-question--wrong",
    }
}
