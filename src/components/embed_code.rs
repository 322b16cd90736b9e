//! "Embed in a course page": a ready-to-paste iframe and script for the
//! part of the widget and the starting phase the teacher chooses, in the
//! current language, with where to paste it, what this route cannot do,
//! and a Copy button that confirms it copied; and the SCORM packages to
//! upload to a course platform instead.

use crate::context::use_app;
use crate::embed::snippet;
use crate::page::View;
use crate::scorm::Version;
use yew::prelude::*;

/// The Embed button and, when open, its panel.
#[component]
pub fn EmbedCode() -> Html {
    let (state, content) = use_app();
    let ui = &content.ui;
    let open = use_state_eq(|| false);
    let view = use_state_eq(View::default);
    // The phase the code pins, if the teacher chose one; by default none,
    // so the code never carries the phase the teacher happens to be reading.
    let start = use_state_eq(|| None::<usize>);
    let copied = use_state_eq(|| None::<bool>);
    // Where the app is served from: known once the panel is first opened
    // (the build that pre-renders the page has no address).
    let app_url = use_state_eq(String::new);
    // Only worth building while the panel is open.
    let code = if *open {
        snippet(&app_url, state.lang(), *view, *start, ui.app_title)
    } else {
        String::new()
    };

    let toggle = {
        let open = open.clone();
        let app_url = app_url.clone();
        Callback::from(move |_| {
            if app_url.is_empty() {
                app_url.set(crate::web::browser::app_folder());
            }
            open.set(!*open)
        })
    };
    let copy = {
        let copied = copied.clone();
        let code = code.clone();
        Callback::from(move |_| {
            let copied = copied.clone();
            let code = code.clone();
            yew::platform::spawn_local(async move {
                copied.set(Some(crate::web::browser::copy_text(&code).await));
            });
        })
    };
    let choices = [
        (View::All, ui.view_all),
        (View::Timeline, ui.view_timeline),
        (View::Checklist, ui.view_checklist),
        (View::Check, ui.view_check),
    ];
    let starts = std::iter::once((None, "default", ui.embed_start_default)).chain(
        content
            .phases
            .iter()
            .enumerate()
            .map(|(index, phase)| (Some(index), phase.id, phase.name)),
    );
    html! {
        <section class="vge-embed" aria-labelledby="vge-embed-heading">
            <h2 id="vge-embed-heading" class="vge-embed-heading">
                <button type="button" class="vge-button" aria-expanded={open.to_string()}
                    aria-controls="vge-embed-panel" onclick={toggle}>
                    { ui.embed_button }
                </button>
            </h2>
            if *open {
                <div id="vge-embed-panel" class="vge-embed-panel">
                    <p data-testid="embed-where">{ ui.embed_intro }</p>
                    <p data-testid="embed-limits">{ ui.embed_limits }</p>
                    <fieldset class="vge-embed-views">
                        <legend>{ ui.embed_view_label }</legend>
                        { for choices.into_iter().map(|(choice, label)| {
                            let id = format!("vge-embed-view-{}", choice.code());
                            let onchange = {
                                let view = view.clone();
                                let copied = copied.clone();
                                Callback::from(move |_| {
                                    view.set(choice);
                                    copied.set(None);
                                })
                            };
                            html! {
                                <span class="vge-embed-view">
                                    <input type="radio" name="vge-embed-view" id={id.clone()}
                                        checked={*view == choice} {onchange} />
                                    <label for={id}>{ label }</label>
                                </span>
                            }
                        }) }
                        <p class="vge-embed-hint" data-testid="embed-view-hint">{ ui.embed_view_hint }</p>
                    </fieldset>
                    // Where the frame opens matters only where it shows the timeline.
                    if view.shows_timeline() {
                        <fieldset class="vge-embed-views">
                            <legend>{ ui.embed_start_label }</legend>
                            { for starts.into_iter().map(|(choice, id, label)| {
                                let id = format!("vge-embed-start-{id}");
                                let onchange = {
                                    let start = start.clone();
                                    let copied = copied.clone();
                                    Callback::from(move |_| {
                                        start.set(choice);
                                        copied.set(None);
                                    })
                                };
                                html! {
                                    <span class="vge-embed-view">
                                        <input type="radio" name="vge-embed-start" id={id.clone()}
                                            checked={*start == choice} {onchange} />
                                        <label for={id}>{ label }</label>
                                    </span>
                                }
                            }) }
                        </fieldset>
                    }
                    <label for="vge-embed-code" class="vge-embed-code-label">{ ui.embed_code_label }</label>
                    <textarea id="vge-embed-code" class="vge-embed-code" readonly=true rows="5"
                        value={code} />
                    <p class="vge-embed-actions">
                        <button type="button" class="vge-button" onclick={copy}>{ ui.embed_copy }</button>
                        <span role="status" data-testid="embed-status">
                            { match *copied {
                                Some(true) => ui.embed_copied,
                                Some(false) => ui.copy_failed,
                                None => "",
                            } }
                        </span>
                    </p>
                    <h3 class="vge-embed-scorm-heading">{ ui.scorm_heading }</h3>
                    <p>{ ui.scorm_intro }</p>
                    <p>{ ui.scorm_choose }</p>
                    <ul class="vge-embed-scorm">
                        <li><a href={Version::Scorm2004.package_file()} download="">{ ui.scorm_2004 }</a></li>
                        <li><a href={Version::Scorm12.package_file()} download="">{ ui.scorm_12 }</a></li>
                    </ul>
                </div>
            }
        </section>
    }
}
