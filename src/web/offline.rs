//! Offline use and safe updates through the service worker (`static/sw.js`,
//! completed at build time). Registered in release builds only, so `trunk
//! serve` never serves a stale development build from a cache.
//!
//! A new release installs in the background and waits; the page is told so
//! it can offer "Reload", and only on that click does the new worker take
//! over and the page reload: one step, and never old JS with new wasm.

use crate::web::browser::call_method;
use gloo::events::EventListener;
use js_sys::{Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// The page's service worker container, if this context may have one.
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // In a sandboxed frame even reading the property throws; Reflect
    // turns that into an Err instead of an abort.
    let value = Reflect::get(&navigator, &JsValue::from_str("serviceWorker")).ok()?;
    value.dyn_into::<ServiceWorkerContainer>().ok()
}

/// Registers the worker; `on_update_ready` runs when a new version has
/// installed while this page runs an older one.
pub fn register(on_update_ready: impl Fn() + Clone + 'static) {
    if cfg!(debug_assertions) {
        return;
    }
    let Some(container) = container() else {
        return;
    };
    let options = Object::new();
    let _ = Reflect::set(&options, &"scope".into(), &"./".into());
    let Some(registering) =
        call_method(&container, "register", &["./sw.js".into(), options.into()])
    else {
        return;
    };
    yew::platform::spawn_local(async move {
        // Checked, not assumed: where the API is stubbed or blocked (a
        // privacy extension, an automated browser) the promise can resolve
        // to something else, and reading it as a registration would throw.
        let Some(registration) = JsFuture::from(registering)
            .await
            .ok()
            .and_then(|value| value.dyn_into::<ServiceWorkerRegistration>().ok())
        else {
            return;
        };
        // An update may already be waiting from an earlier visit.
        if registration.waiting().is_some() && container.controller().is_some() {
            on_update_ready();
        }
        let watched = registration.clone();
        let page = container.clone();
        EventListener::new(&registration, "updatefound", move |_| {
            let Some(installing) = watched.installing() else {
                return;
            };
            let worker = installing.clone();
            let on_update_ready = on_update_ready.clone();
            let page = page.clone();
            EventListener::new(&installing, "statechange", move |_| {
                // With no controller this is the first install, not an update.
                let replacing = page.controller().is_some();
                if worker.state() == ServiceWorkerState::Installed && replacing {
                    on_update_ready();
                }
            })
            .forget();
        })
        .forget();
        // Look for a new release whenever the learner comes back to the
        // tab or the network returns, not only on navigation.
        if let Some(window) = web_sys::window() {
            for event in ["online", "visibilitychange", "focus"] {
                let registration = registration.clone();
                EventListener::new(&window, event, move |_| {
                    if let Ok(checking) = registration.update() {
                        yew::platform::spawn_local(async move {
                            let _ = JsFuture::from(checking).await;
                        });
                    }
                })
                .forget();
            }
        }
    });
}

/// Posts `{"type": kind}` to a service worker.
fn tell(worker: &web_sys::ServiceWorker, kind: &str) {
    let message = Object::new();
    let _ = Reflect::set(&message, &"type".into(), &kind.into());
    let _ = worker.post_message(&message);
}

/// Asks the active worker to keep the page for teachers and what only it
/// loads (its own wasm) for offline use. The learners' pages never need
/// them, so the worker leaves them out of what every first visit fetches
/// and keeps them once a teacher has opened this page.
pub fn keep_teacher_page() {
    if cfg!(debug_assertions) {
        return;
    }
    let Some(ready) = container().and_then(|container| container.ready().ok()) else {
        return;
    };
    yew::platform::spawn_local(async move {
        let active = JsFuture::from(ready)
            .await
            .ok()
            .and_then(|value| value.dyn_into::<ServiceWorkerRegistration>().ok())
            .and_then(|registration| registration.active());
        if let Some(active) = active {
            tell(&active, "vge-keep-teacher-page");
        }
    });
}

/// Lets the waiting worker take over, then reloads into the new version.
pub fn apply_update() {
    let reload = || {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    };
    let Some(container) = container() else {
        return reload();
    };
    yew::platform::spawn_local(async move {
        let registration = JsFuture::from(container.get_registration()).await.ok();
        let waiting = registration
            .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok())
            .and_then(|r| r.waiting());
        let Some(waiting) = waiting else {
            return reload();
        };
        EventListener::once(&container, "controllerchange", move |_| reload()).forget();
        tell(&waiting, "vge-skip-waiting");
    });
}
