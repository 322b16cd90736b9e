//! The root component: the state's provider around the widget, or the page
//! for teachers. The build renders it once per page (`src/bin/prerender/`);
//! in the browser it hydrates that page (`crate::start`).

use crate::components::teacher_page::TeacherPage;
use crate::components::widget::Widget;
use crate::context::AppProvider;
use crate::domain::page::Page;
use crate::domain::phase::Phase;
use crate::domain::work::Work;
use yew::prelude::*;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Which page: language, layout, view.
    pub page: Page,
    /// The phase the pre-rendered page shows as the wasm takes it over
    /// (its position): the address's or the stored one, as the boot script
    /// painted it, or the learner's choice since. The first at build time.
    #[prop_or_default]
    pub phase: Phase,
    /// The boxes the page shows ticked as the wasm takes it over: the
    /// stored ticks the boot script painted, with the learner's changes
    /// since. The state starts from both, so hydration keeps them. Empty at
    /// build time.
    #[prop_or_default]
    pub ticked: Work,
    /// The boxes the boot script painted ticked (the stored ticks, from
    /// the paint hint; none at build time): on arrival, a box shown
    /// otherwise is the learner's change (`crate::state::Arrival`).
    #[prop_or_default]
    pub painted: Work,
}

/// Whether this build's code holds the page for teachers, and whether it
/// holds the widget: each release wasm holds the pages it starts (the
/// teacher pages' own wasm, cargo feature `teacher`, has no widget; the
/// learner's has no page for teachers), and the optimizer drops the code of
/// the other. The build's renderer, which writes every page, holds both, and
/// so does a development build (`trunk serve` makes one wasm for all pages).
const HOLDS_TEACHER_PAGE: bool = cfg!(any(
    not(target_arch = "wasm32"),
    debug_assertions,
    feature = "teacher"
));
const HOLDS_WIDGET: bool = cfg!(any(
    not(target_arch = "wasm32"),
    debug_assertions,
    not(feature = "teacher")
));

/// The whole widget with its state, or the page for teachers.
#[component]
pub fn App(props: &AppProps) -> Html {
    if props.page.is_teacher() {
        return if HOLDS_TEACHER_PAGE {
            html! { <TeacherPage lang={props.page.lang} /> }
        } else {
            Html::default()
        };
    }
    if !HOLDS_WIDGET {
        return Html::default();
    }
    html! {
        <AppProvider page={props.page} phase={props.phase} ticked={props.ticked.clone()}>
            <Widget ticked={props.ticked.clone()} painted={props.painted.clone()} />
        </AppProvider>
    }
}
