//! The root component: the state's provider around the widget. The build
//! renders it once per page (`src/bin/prerender/`); in the browser it
//! hydrates that page (`crate::start`).

use crate::components::widget::Widget;
use crate::context::AppProvider;
use crate::page::Page;
use crate::work::Work;
use yew::prelude::*;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Which page: language, layout, view.
    pub page: Page,
    /// Boxes the learner ticked in the pre-rendered page before the wasm
    /// started; hydration would otherwise reset them. Empty at build time.
    #[prop_or_default]
    pub ticked_early: Work,
}

/// The whole widget, with its state.
#[component]
pub fn App(props: &AppProps) -> Html {
    html! {
        <AppProvider page={props.page}>
            <Widget ticked_early={props.ticked_early.clone()} />
        </AppProvider>
    }
}
