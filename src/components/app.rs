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
    /// The phase the pre-rendered page shows as the wasm takes it over
    /// (its position): the address's or the stored one, as the boot script
    /// painted it, or the learner's choice since. The first at build time.
    #[prop_or_default]
    pub phase: usize,
    /// The boxes the page shows ticked as the wasm takes it over: the
    /// stored ticks the boot script painted, with the learner's changes
    /// since. The state starts from both, so hydration keeps them. Empty at
    /// build time.
    #[prop_or_default]
    pub ticked: Work,
    /// Of those, the boxes the learner ticked before the wasm started.
    #[prop_or_default]
    pub ticked_early: Work,
    /// Boxes the boot script ticked that the learner unticked before the
    /// wasm started.
    #[prop_or_default]
    pub unticked_early: Work,
}

/// The whole widget, with its state.
#[component]
pub fn App(props: &AppProps) -> Html {
    html! {
        <AppProvider page={props.page} phase={props.phase} ticked={props.ticked.clone()}>
            <Widget ticked_early={props.ticked_early.clone()}
                unticked_early={props.unticked_early.clone()} />
        </AppProvider>
    }
}
