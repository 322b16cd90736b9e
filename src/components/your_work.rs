//! Keeping the learner's work: download or copy it as Markdown, import a
//! saved file (asking before anything is replaced), print a handout.

use crate::content::fill;
use crate::context::use_app;
use crate::state::{Action, ImportAction, ImportOutcome, Imported, PresentationAction};
use yew::prelude::*;

/// What the last copy attempt came to.
#[derive(Clone, Copy, PartialEq)]
enum CopyOutcome {
    Copied,
    Refused,
}

/// The "Keep your work" section.
#[component]
pub fn YourWork() -> Html {
    let (state, content) = use_app();
    let ui = &content.ui;
    let copy_result = use_state_eq(|| None::<CopyOutcome>);
    let file_name = use_state(String::new);
    let file_input = use_node_ref();
    let replace_button = use_node_ref();
    // When a file would replace work, take the learner to the question: the
    // focused button is described by it, so screen readers read it out.
    {
        let replace_button = replace_button.clone();
        use_effect_with(state.import.pending.is_some(), move |&asking| {
            if let Some(button) = asking
                .then(|| replace_button.cast::<web_sys::HtmlElement>())
                .flatten()
            {
                let _ = button.focus();
            }
        });
    }

    let download = {
        let state = state.clone();
        Callback::from(move |_| {
            let (name, text) = export_now(&state);
            crate::web::browser::download(&name, "text/markdown;charset=utf-8", &text);
        })
    };
    let copy = {
        let state = state.clone();
        let copy_result = copy_result.clone();
        Callback::from(move |_| {
            let (_, text) = export_now(&state);
            let copy_result = copy_result.clone();
            yew::platform::spawn_local(async move {
                let copied = crate::web::browser::copy_text(&text).await;
                copy_result.set(Some(if copied {
                    CopyOutcome::Copied
                } else {
                    CopyOutcome::Refused
                }));
            });
        })
    };
    let choose_file = {
        let file_input = file_input.clone();
        Callback::from(move |_| {
            if let Some(input) = file_input.cast::<web_sys::HtmlInputElement>() {
                input.click();
            }
        })
    };
    let file_chosen = {
        let state = state.clone();
        let file_name = file_name.clone();
        Callback::from(move |event: Event| {
            let input = event.target_unchecked_into::<web_sys::HtmlInputElement>();
            let state = state.clone();
            let file_name = file_name.clone();
            yew::platform::spawn_local(async move {
                let read = crate::web::browser::read_chosen_file(&input).await;
                let (name, imported) = match read {
                    Some((name, text)) => (name, read_import(&text)),
                    None => (String::new(), None),
                };
                file_name.set(name);
                state.dispatch(match imported {
                    Some(imported) => Action::Import(ImportAction::Read(imported)),
                    None => Action::Import(ImportAction::Failed),
                });
                // Choosing the same file again must fire `change` again.
                input.set_value("");
            });
        })
    };
    let confirm = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::Import(ImportAction::Confirm)))
    };
    let cancel = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::Import(ImportAction::Cancel)))
    };
    let print = {
        let state = state.clone();
        Callback::from(move |_| {
            // Render the handout first; the print call is queued behind
            // Yew's render, so the dialog opens on the finished page.
            state.dispatch(Action::Presentation(PresentationAction::Printing(true)));
            yew::platform::spawn_local(async {
                if let Some(window) = web_sys::window() {
                    let _ = window.print();
                }
            });
        })
    };

    let file = (*file_name).clone();
    let status = match (state.import.outcome, *copy_result) {
        (Some(ImportOutcome::Failed), _) => fill(ui.import_bad, &[("file", &file)]),
        (
            Some(ImportOutcome::Done {
                checked,
                notes,
                left_out,
            }),
            _,
        ) => {
            let template = if left_out > 0 {
                ui.import_done_partial
            } else {
                ui.import_done
            };
            fill(template, &[("done", &checked), ("notes", &notes)])
        }
        (None, Some(CopyOutcome::Copied)) => ui.copied.to_owned(),
        (None, Some(CopyOutcome::Refused)) => ui.copy_failed.to_owned(),
        (None, None) => String::new(),
    };
    html! {
        <section class="vge-work" aria-labelledby="vge-work-heading">
            <h2 id="vge-work-heading">{ ui.work_heading }</h2>
            // In a course platform's package the work also goes to the platform.
            <p>{ if state.page.is_package() { ui.work_intro_package } else { ui.work_intro } }</p>
            // Where it is kept, and what to do about that on a shared computer.
            <p data-testid="work-kept">{ if state.page.is_package() { ui.work_kept_package } else { ui.work_kept } }</p>
            <div class="vge-work-actions">
                <button type="button" class="vge-button" onclick={download}>{ ui.download }</button>
                <button type="button" class="vge-button" onclick={copy}>{ ui.copy }</button>
                <button type="button" class="vge-button" onclick={choose_file}>{ ui.import_label }</button>
                <button type="button" class="vge-button" onclick={print}>{ ui.print }</button>
                <input type="file" ref={file_input} class="vge-file" tabindex="-1" aria-hidden="true"
                    accept=".md,.json,.txt,text/markdown,application/json" onchange={file_chosen} />
            </div>
            if state.import.pending.is_some() {
                <div class="vge-confirm" role="group" aria-labelledby="vge-import-question">
                    <p id="vge-import-question">{ fill(ui.import_confirm, &[("file", &file)]) }</p>
                    <button type="button" class="vge-button" ref={replace_button} onclick={confirm}
                        aria-describedby="vge-import-question">{ ui.import_replace }</button>
                    <button type="button" class="vge-button vge-button--quiet" onclick={cancel}>{ ui.import_cancel }</button>
                </div>
            }
            <p class="vge-work-status" role="status" data-testid="work-status">{ status }</p>
        </section>
    }
}

/// The export's file name and Markdown text for the current work.
fn export_now(state: &crate::state::State) -> (String, String) {
    let date = crate::web::browser::today();
    let record = crate::formats::export::record(&state.learner.work, state.lang(), &date);
    let json = crate::web::record_json::encode(&record).unwrap_or_default();
    let text =
        crate::formats::export::markdown(state.lang().content(), &state.learner.work, &date, &json);
    (crate::formats::export::file_name(&date), text)
}

/// The work in a chosen file, with the parts of its record that could not
/// be read; `None` if it is not one of the widget's files.
fn read_import(text: &str) -> Option<Imported> {
    let json = crate::formats::export::find_record_json(text)?;
    let read = crate::web::record_json::decode(json).ok()?;
    let work = crate::formats::export::check_import(read.record).ok()?;
    Some(Imported {
        work,
        left_out: read.damaged,
    })
}
