//! "Add it to a course platform (SCORM)", on the page for teachers: the
//! two packages to download, which to choose, and the settings that
//! matter in Moodle and Canvas. A view function: no state of its own.

use crate::content::Lang;
use crate::formats::cmi::Version;
use yew::prelude::*;

/// The downloads and each platform's steps.
pub fn course_packages(lang: Lang) -> Html {
    let teacher = lang.teacher();
    html! {
        <section class="vge-packages" aria-labelledby="vge-packages-heading">
            <h2 id="vge-packages-heading">{ teacher.scorm_heading }</h2>
            <p>{ teacher.scorm_intro }</p>
            <p>{ teacher.scorm_choose }</p>
            <ul class="vge-packages">
                <li><a href={Version::Scorm2004.package_file()} download="">{ teacher.scorm_2004 }</a></li>
                <li><a href={Version::Scorm12.package_file()} download="">{ teacher.scorm_12 }</a></li>
            </ul>
            <h3>{ teacher.moodle_heading }</h3>
            { steps(teacher.moodle_steps) }
            <h3>{ teacher.canvas_heading }</h3>
            { steps(teacher.canvas_steps) }
            <p>{ teacher.other_platforms }</p>
        </section>
    }
}

/// Steps to follow, in order.
pub fn steps(steps: &'static [&'static str]) -> Html {
    html! { <ol class="vge-steps">{ for steps.iter().map(|step| html! { <li>{ *step }</li> }) }</ol> }
}
