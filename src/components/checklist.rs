//! The checklist of institutional-upgrade dimensions, in the paper's own
//! chain (the groups' order in the content files, held there by the content
//! validation): what is needed first, where upgrading starts, the three core
//! dimensions, and the capability it is meant to bring.

use crate::components::{
    checklist_item::checklist_item, progress_summary::progress_summary,
    reset_control::reset_control,
};
use crate::content::Content;
use crate::context::AppContext;
use yew::prelude::*;

/// All groups of checklist items, the progress summary and the reset.
pub fn checklist(state: &AppContext, content: &'static Content) -> Html {
    html! {
        <section class="vge-checklist" aria-labelledby="vge-checklist-heading">
            <h2 id="vge-checklist-heading">{ content.ui.checklist_heading }</h2>
            <p>{ content.ui.checklist_intro }</p>
            { progress_summary(state, content) }
            { for content.groups.iter().map(|group| {
                let heading = format!("vge-group-{}", group.id);
                html! {
                    <div key={group.id} role="group" aria-labelledby={heading.clone()}
                        class={classes!("vge-group", group.core.then_some("vge-group--core"))}>
                        <h3 id={heading}>{ group.heading }</h3>
                        <p class="vge-group-intro">{ group.intro }</p>
                        { for content.items_in(group.id).map(|item| checklist_item(state, content, item)) }
                    </div>
                }
            }) }
            { reset_control(state, content) }
        </section>
    }
}
