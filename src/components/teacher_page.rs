//! The page for teachers (`teach.html`, `zh-teach.html`): how to put the
//! widget in front of a class and what each way records, the embed code,
//! the SCORM packages, and the answer key. Its own wasm starts it (cargo
//! feature `teacher`), so the learner's pages carry none of this.

use crate::components::{
    answer_key::answer_key,
    citation::citation,
    course_packages::{course_packages, steps},
    embed_code::EmbedCode,
    language_switch::language_links,
    recording_routes::recording_routes,
    update_prompt::update_prompt,
};
use crate::content::Lang;
use crate::domain::page::Page;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TeacherPageProps {
    pub lang: Lang,
}

/// The whole page for teachers in one language.
#[component]
pub fn TeacherPage(props: &TeacherPageProps) -> Html {
    let lang = props.lang;
    let content = lang.content();
    let teacher = lang.teacher();
    // Offline after the first visit, as the learner's pages; a new release
    // waiting is offered as there.
    let update_ready = use_state_eq(|| false);
    {
        let update_ready = update_ready.clone();
        use_effect_with((), move |_| {
            crate::web::browser::mark_live();
            crate::web::offline::register(move || update_ready.set(true));
            crate::web::offline::keep_teacher_page();
        });
    }
    html! {
        <div class="vge vge-teacher" lang={content.language.html_lang}>
            <header class="vge-masthead">
                <h1 class="vge-title">{ teacher.heading }</h1>
                { language_links(Page::teacher(lang), None) }
                <p class="vge-subtitle">{ content.ui.app_title }</p>
                <p class="vge-intro">{ teacher.intro }</p>
                <p class="vge-back"><a href={Page::full(lang).href()}>{ teacher.back_link }</a></p>
            </header>
            { update_prompt(*update_ready, content) }
            <main class="vge-main">
                { recording_routes(lang) }
                <section class="vge-embed" aria-labelledby="vge-embed-heading">
                    <h2 id="vge-embed-heading">{ teacher.embed_heading }</h2>
                    <EmbedCode {lang} />
                    <h3>{ teacher.paste_heading }</h3>
                    { steps(teacher.paste_steps) }
                </section>
                { course_packages(lang) }
                { answer_key(lang) }
            </main>
            { citation(content) }
        </div>
    }
}
