//! Talking to the course page around an embedded widget: its content height
//! (whenever it changes), progress events, and the one command a host may
//! send. Nothing is posted unless the page is framed; messages go to `*`, or
//! only to the origin given as `host=` in the address; incoming messages are
//! read only from the parent window (and that origin) and only in the
//! documented format.

use crate::context::AppContext;
use crate::domain::work::Work;
use crate::formats::embed::{self, HostCommand};
use crate::state::Action;
use crate::web::browser::{address, window};
use gloo::events::EventListener;
use serde::Serialize;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// The host window, if framed.
fn parent() -> Option<web_sys::Window> {
    let window = window();
    let parent = window.parent().ok().flatten()?;
    (!js_sys::Object::is(&parent, &window)).then_some(parent)
}

/// The origin messages may go to: the address's `host=`, read once when
/// the widget starts (the fragment changes as the learner moves), else `*`.
fn host_origin() -> String {
    thread_local! {
        static ORIGIN: String = address().host.unwrap_or_else(|| "*".to_owned());
    }
    ORIGIN.with(String::clone)
}

fn post(message: &impl Serialize) {
    let Some(parent) = parent() else {
        return;
    };
    let origin = host_origin();
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    if let Ok(value) = message.serialize(&serializer) {
        let _ = parent.post_message(&value, &origin);
    }
}

/// Reports height and progress to the host page and follows its commands.
#[hook]
pub fn use_host_messaging(state: &AppContext, root: NodeRef, painted: Work) {
    // Read the origin now, before the learner's first phase changes the
    // fragment it may be in.
    use_effect_with((), |_| drop(host_origin()));
    // Height: observe the widget's root element.
    use_effect_with(root, |root| {
        let observer = root.cast::<web_sys::Element>().and_then(|element| {
            let report = Closure::<dyn FnMut()>::new({
                let element = element.clone();
                move || {
                    post(&embed::height_message(
                        element.get_bounding_client_rect().height(),
                    ))
                }
            });
            let observer = web_sys::ResizeObserver::new(report.as_ref().unchecked_ref()).ok()?;
            observer.observe(&element);
            Some((observer, report))
        });
        move || {
            if let Some((observer, _report)) = observer {
                observer.disconnect();
            }
        }
    });

    // Work: post what the learner changed, against what was there
    // before. What the widget found saved on arrival is no news; the boxes
    // the learner ticked or unticked before it arrived (shown otherwise
    // than painted when it did) are. The activity id is the folder the
    // widget is served from, the same for every page.
    let previous = use_mut_ref(|| None::<Work>);
    let shown_before = use_mut_ref(Work::default);
    use_effect_with(
        (state.learner.work.clone(), state.live),
        move |(work, live)| {
            if !live {
                *shown_before.borrow_mut() = work.clone();
                return;
            }
            let before = previous.replace(Some(work.clone())).unwrap_or_else(|| {
                work.clone()
                    .with_ticks_changed(&shown_before.borrow(), &painted)
            });
            let folder = crate::web::browser::app_folder();
            if let Some(message) = embed::progress_message(&folder, &before, work) {
                post(&message);
            }
        },
    );

    // "Check yourself": each check here is reported, with the attempt
    // it produced (an attempt restored on arrival is no news).
    use_effect_with(state.quiz.times_checked, {
        let state = state.clone();
        move |&checks| {
            if let Some(answers) = state.learner.work.quiz().filter(|_| checks > 0) {
                let folder = crate::web::browser::app_folder();
                post(&embed::quiz_message(&folder, answers));
            }
        }
    });

    // Commands from the host page.
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        let listener = EventListener::new(&window(), "message", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
                return;
            };
            let Some(parent) = parent() else {
                return;
            };
            let origin = host_origin();
            let from_parent = event
                .source()
                .is_some_and(|source| js_sys::Object::is(&source, &JsValue::from(parent)));
            if !from_parent || (origin != "*" && event.origin() != origin) {
                return;
            }
            match embed::read_incoming(&event.data()) {
                Some(HostCommand::SelectPhase(phase)) => {
                    dispatcher.dispatch(Action::SelectPhase(phase))
                }
                None => {}
            }
        });
        move || drop(listener)
    });
}
