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
    /// The boxes the boot script painted ticked (the stored ticks, from
    /// the paint hint; none at build time): on arrival, a box shown
    /// otherwise is the learner's change (`crate::state::Arrival`).
    #[prop_or_default]
    pub painted: Work,
}

/// The whole widget, with its state.
#[component]
pub fn App(props: &AppProps) -> Html {
    html! {
        <AppProvider page={props.page} phase={props.phase} ticked={props.ticked.clone()}>
            <Widget ticked={props.ticked.clone()} painted={props.painted.clone()} />
        </AppProvider>
    }
}
