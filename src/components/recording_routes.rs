//! "What each way records", on the page for teachers: a link, an embedded
//! frame and a SCORM package, each with where the learner's work is kept
//! and what the teacher sees of it; and that nothing goes anywhere else.

use crate::content::Lang;
use yew::prelude::*;

/// The three ways, in plain words.
pub fn recording_routes(lang: Lang) -> Html {
    let teacher = lang.teacher();
    html! {
        <section class="vge-routes" aria-labelledby="vge-routes-heading">
            <h2 id="vge-routes-heading">{ teacher.routes_heading }</h2>
            <ul class="vge-routes-list">
                <li data-route="link">{ teacher.route_link }</li>
                <li data-route="embed">{ teacher.route_embed }</li>
                <li data-route="package">{ teacher.route_package }</li>
            </ul>
            <p>{ teacher.routes_private }</p>
        </section>
    }
}
