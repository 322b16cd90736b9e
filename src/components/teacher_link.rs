//! The learner's pages' one link to the page for teachers, beside the
//! citation (the teacher's tools are not on the learner's page).

use crate::content::Lang;
use crate::domain::page::Page;
use yew::prelude::*;

/// "For teachers: embed this page or add it to a course", in `lang`.
pub fn teacher_link(lang: Lang) -> Html {
    html! {
        <p class="vge-teacher-link">
            <a href={Page::teacher(lang).href()}>{ lang.content().ui.teacher_link }</a>
        </p>
    }
}
