//! "Embed in a course page", on the page for teachers: a ready-to-paste
//! iframe, script and fallback link for the part of the widget and the
//! starting phase the teacher chooses, in the page's language, and a Copy
//! button that says what happened: copied, or (where the browser offers no
//! clipboard, as on a page served over plain http from another host) the
//! code selected for the keyboard's copy.

use crate::content::Lang;
use crate::domain::page::View;
use crate::domain::phase::Phase;
use crate::formats::embed::{snippet, Snippet};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedCodeProps {
    pub lang: Lang,
}

/// What the last press of "Copy code" did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Copying {
    Copied,
    /// The browser would not copy: the code is selected instead.
    Selected,
}

/// The choices of view and start, the code, and its Copy button.
#[component]
pub fn EmbedCode(props: &EmbedCodeProps) -> Html {
    let content = props.lang.content();
    let teacher = props.lang.teacher();
    let view = use_state_eq(View::default);
    // The phase the code pins, if the teacher chose one; by default none,
    // so each learner's frame opens where they left off.
    let start = use_state_eq(|| None::<Phase>);
    let copying = use_state_eq(|| None::<Copying>);
    let field = use_node_ref();
    // Where the app is served from: known only in the browser (the build
    // that pre-renders the page has no address), so the code is empty in
    // the pre-rendered page and filled in once the wasm runs.
    let app_url = use_state_eq(String::new);
    {
        let app_url = app_url.clone();
        use_effect_with((), move |_| app_url.set(crate::web::browser::app_folder()));
    }
    let code = if app_url.is_empty() {
        String::new()
    } else {
        snippet(&Snippet {
            app_url: &app_url,
            lang: props.lang,
            view: *view,
            start: *start,
            title: content.ui.app_title,
            link_text: teacher.embed_fallback,
        })
    };

    let copy = {
        let copying = copying.clone();
        let field = field.clone();
        let code = code.clone();
        Callback::from(move |_| {
            let copying = copying.clone();
            let field = field.clone();
            let code = code.clone();
            yew::platform::spawn_local(async move {
                let copied = crate::web::browser::copy_text(&code).await
                    || field
                        .cast::<web_sys::HtmlTextAreaElement>()
                        .is_some_and(|field| crate::web::browser::select_and_copy(&field));
                copying.set(Some(if copied {
                    Copying::Copied
                } else {
                    Copying::Selected
                }));
            });
        })
    };
    let choices = [
        (View::All, teacher.view_all),
        (View::Timeline, teacher.view_timeline),
        (View::Checklist, teacher.view_checklist),
        (View::Check, teacher.view_check),
    ];
    let starts = std::iter::once((None, "default", teacher.embed_start_default)).chain(
        content
            .phases
            .iter()
            .enumerate()
            // By the page's own content: the same phases, at a fraction of the
            // teacher wasm's size of `Phase::all()` here (16 KB raw, measured).
            .map(|(at, phase)| (Phase::at(at), phase.id, phase.name)),
    );
    html! {
        <div class="vge-embed-panel">
            <p data-testid="embed-where">{ teacher.embed_intro }</p>
            <p data-testid="embed-limits">{ teacher.embed_limits }</p>
            <fieldset class="vge-embed-views">
                <legend>{ teacher.embed_view_label }</legend>
                { for choices.into_iter().map(|(choice, label)| {
                    let id = format!("vge-embed-view-{}", choice.code());
                    let onchange = choose(&view, choice, &copying);
                    radio("vge-embed-view", id, *view == choice, onchange, label)
                }) }
                <p class="vge-embed-hint" data-testid="embed-view-hint">{ teacher.embed_view_hint }</p>
            </fieldset>
            // Where the frame opens matters only where it shows the timeline.
            if view.shows_timeline() {
                <fieldset class="vge-embed-views">
                    <legend>{ teacher.embed_start_label }</legend>
                    { for starts.into_iter().map(|(choice, id, label)| {
                        let id = format!("vge-embed-start-{id}");
                        let onchange = choose(&start, choice, &copying);
                        radio("vge-embed-start", id, *start == choice, onchange, label)
                    }) }
                </fieldset>
            }
            <label for="vge-embed-code" class="vge-embed-code-label">{ teacher.embed_code_label }</label>
            <textarea id="vge-embed-code" ref={field} class="vge-embed-code" readonly=true rows="6"
                value={code} />
            <p class="vge-embed-actions">
                <button type="button" class="vge-button" onclick={copy}>{ teacher.embed_copy }</button>
                <span role="status" data-testid="embed-status">
                    { match *copying {
                        Some(Copying::Copied) => teacher.embed_copied,
                        Some(Copying::Selected) => teacher.embed_copy_manual,
                        None => "",
                    } }
                </span>
            </p>
            <p class="vge-embed-hint" data-testid="embed-fallback-note">{ teacher.embed_fallback_note }</p>
        </div>
    }
}

/// Choosing `value` for `state`: the code changes, so what "Copy code"
/// said of the old one goes.
fn choose<T: PartialEq + Copy + 'static>(
    state: &UseStateHandle<T>,
    value: T,
    copying: &UseStateHandle<Option<Copying>>,
) -> Callback<Event> {
    let (state, copying) = (state.clone(), copying.clone());
    Callback::from(move |_| {
        state.set(value);
        copying.set(None);
    })
}

/// One choice of a group of radio buttons, with its label.
fn radio(
    group: &'static str,
    id: String,
    checked: bool,
    onchange: Callback<Event>,
    label: &'static str,
) -> Html {
    html! {
        <span class="vge-embed-view">
            <input type="radio" name={group} id={id.clone()} {checked} {onchange} />
            <label for={id}>{ label }</label>
        </span>
    }
}
