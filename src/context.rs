//! The state every component shares, as a Yew context: the provider that
//! owns it and the hook that reads it (the shape of Yew's
//! `examples/contexts`). Both the build-time renderer and the browser use it;
//! nothing here touches the browser.

use crate::content::Content;
use crate::domain::page::Page;
use crate::domain::phase::Phase;
use crate::domain::work::Work;
use crate::state::State;
use yew::prelude::*;

/// The shared state handle: read it, or dispatch an action to it.
pub type AppContext = UseReducerHandle<State>;

#[derive(Properties, PartialEq)]
pub struct AppProviderProps {
    /// The page being rendered or hydrated: the state starts from it.
    pub page: Page,
    /// The phase the page shows (its position), and the ticks: what the
    /// boot script painted. The first phase and none at build time.
    #[prop_or_default]
    pub phase: Phase,
    #[prop_or_default]
    pub ticked: Work,
    pub children: Html,
}

/// Owns the widget's state and provides it to everything inside.
#[component]
pub fn AppProvider(props: &AppProviderProps) -> Html {
    let (page, phase, ticked) = (props.page, props.phase, props.ticked.clone());
    let state = use_reducer_eq(move || State::shown(page, phase, ticked));
    html! {
        <ContextProvider<AppContext> context={state}>
            { props.children.clone() }
        </ContextProvider<AppContext>>
    }
}

/// The state and the content in the selected language.
#[hook]
pub fn use_app() -> (AppContext, &'static Content) {
    let state = use_context::<AppContext>().expect("components are rendered inside AppProvider");
    let content = state.lang().content();
    (state, content)
}
