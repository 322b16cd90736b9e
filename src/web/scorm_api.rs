//! The course platform's SCORM API object, as the browser offers it: found
//! by the standard's search, called through `Reflect` so that a missing
//! method, a throw or a foreign frame is a failed call, never an abort.

use crate::formats::cmi::{Call, Version};
use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// How many windows up a chain the search looks: the standard's examples
/// stop at 7 parents; a few more cost nothing.
const MAX_DEPTH: usize = 10;

/// A platform's API object and the version it speaks.
pub struct Api {
    object: JsValue,
    pub version: Version,
}

fn property(target: &JsValue, name: &str) -> Option<JsValue> {
    // A window of another origin throws on any property but a few.
    Reflect::get(target, &JsValue::from_str(name))
        .ok()
        .filter(|value| !value.is_undefined() && !value.is_null())
}

/// The API object named `name` on `start` or one of its parents, up to the
/// top window.
fn search_chain(start: JsValue, name: &str) -> Option<JsValue> {
    let mut window = start;
    for _ in 0..MAX_DEPTH {
        if let Some(api) = property(&window, name).filter(JsValue::is_object) {
            return Some(api);
        }
        let parent = property(&window, "parent")?;
        if Object::is(&parent, &window) {
            return None;
        }
        window = parent;
    }
    None
}

impl Api {
    /// The standard's search: this window and its parents up to the top,
    /// then the window that opened this one and its parents. SCORM 2004's
    /// `API_1484_11` first, then 1.2's `API`.
    pub fn find() -> Option<Api> {
        let window: JsValue = web_sys::window()?.into();
        let opener = property(&window, "opener");
        Version::ALL.into_iter().find_map(|version| {
            let name = version.api_name();
            search_chain(window.clone(), name)
                .or_else(|| opener.clone().and_then(|opener| search_chain(opener, name)))
                .map(|object| Api { object, version })
        })
    }

    /// Calls one method; `None` if it is missing or threw.
    fn call(&self, call: Call, args: &[&str]) -> Option<JsValue> {
        let method: Function = property(&self.object, self.version.method(call))?
            .dyn_into()
            .ok()?;
        let args: Array = args.iter().map(|arg| JsValue::from_str(arg)).collect();
        Reflect::apply(&method, &self.object, &args).ok()
    }

    /// A call that answers `"true"` (or `true`) when it worked.
    fn succeeds(&self, call: Call, args: &[&str]) -> bool {
        self.call(call, args).is_some_and(|answer| {
            answer.as_string().is_some_and(|text| text == "true") || answer.as_bool() == Some(true)
        })
    }

    /// The last error code, for the console.
    pub fn last_error(&self) -> String {
        self.call(Call::GetLastError, &[])
            .and_then(|code| {
                code.as_string()
                    .or_else(|| code.as_f64().map(|n| n.to_string()))
            })
            .unwrap_or_default()
    }

    /// Starts the session. A platform that says it already is initialized
    /// (2004: error 103) is taken at its word.
    pub fn initialize(&self) -> bool {
        self.succeeds(Call::Initialize, &[""]) || matches!(self.last_error().as_str(), "103")
    }

    pub fn get(&self, element: &str) -> Option<String> {
        self.call(Call::GetValue, &[element])?.as_string()
    }

    /// Sets one value; false if the platform refused it (or threw).
    pub fn set(&self, element: &str, value: &str) -> bool {
        self.succeeds(Call::SetValue, &[element, value])
    }

    /// Sets every value, in order; false at the first refusal.
    pub fn set_all(&self, values: &[(&str, String)]) -> bool {
        values
            .iter()
            .all(|(element, value)| self.set(element, value))
    }

    pub fn commit(&self) -> bool {
        self.succeeds(Call::Commit, &[""])
    }

    pub fn terminate(&self) -> bool {
        self.succeeds(Call::Terminate, &[""])
    }
}

/// Notes what happened with the platform in the browser's console, where
/// a teacher or an administrator looking into a problem finds it.
pub fn log(message: &str) {
    web_sys::console::info_1(&format!("SCORM: {message}").into());
}
