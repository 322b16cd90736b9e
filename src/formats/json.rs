//! A small reader of parsed JSON, the same in the browser and in native
//! tests: [`Json`] over a `JsValue` that `JSON.parse` made (no serde
//! deserializer, and none of its error machinery, in the wasm) and over
//! `serde_json::Value` (native tests, which read exactly what the browser
//! reads). Readers built on it take what has the right shape and report
//! the rest, so one damaged part never costs the others.

/// A parsed JSON value.
pub trait Json: Sized {
    /// The member `key` of an object (`None`: absent, or not an object).
    fn get(&self, key: &str) -> Option<Self>;
    fn as_str(&self) -> Option<String>;
    fn as_f64(&self) -> Option<f64>;
    /// The elements of an array (`None`: not an array).
    fn elements(&self) -> Option<Vec<Self>>;
    /// The members of an object, in order (`None`: not an object).
    fn members(&self) -> Option<Vec<(String, Self)>>;
    fn is_null(&self) -> bool;
}

/// A whole number in `0..=u32::MAX`, if `value` is one.
pub fn whole<J: Json>(value: &J) -> Option<u32> {
    value
        .as_f64()
        .filter(|n| n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(n))
        .map(|n| n as u32)
}

/// An array of strings; `None` if `value` is not an array or any element
/// is not a string.
pub fn strings<J: Json>(value: &J) -> Option<Vec<String>> {
    value.elements()?.iter().map(Json::as_str).collect()
}

#[cfg(not(target_arch = "wasm32"))]
impl Json for serde_json::Value {
    fn get(&self, key: &str) -> Option<Self> {
        self.as_object()?.get(key).cloned()
    }
    fn as_str(&self) -> Option<String> {
        serde_json::Value::as_str(self).map(str::to_owned)
    }
    fn as_f64(&self) -> Option<f64> {
        serde_json::Value::as_f64(self)
    }
    fn elements(&self) -> Option<Vec<Self>> {
        self.as_array().cloned()
    }
    fn members(&self) -> Option<Vec<(String, Self)>> {
        Some(
            self.as_object()?
                .iter()
                .map(|(key, value)| (key.clone(), value.clone()))
                .collect(),
        )
    }
    fn is_null(&self) -> bool {
        serde_json::Value::is_null(self)
    }
}

mod js {
    use super::Json;
    use js_sys::{Array, Object, Reflect};
    use wasm_bindgen::{JsCast, JsValue};

    /// A plain object (not an array, not null).
    fn object(value: &JsValue) -> Option<&Object> {
        (value.is_object() && !Array::is_array(value)).then(|| value.unchecked_ref())
    }

    impl Json for JsValue {
        fn get(&self, key: &str) -> Option<Self> {
            let object = object(self)?;
            let key = JsValue::from_str(key);
            // Own members only: never `constructor` and the like.
            if !Object::has_own(object, &key) {
                return None;
            }
            Reflect::get(object, &key).ok()
        }
        fn as_str(&self) -> Option<String> {
            JsValue::as_string(self)
        }
        fn as_f64(&self) -> Option<f64> {
            JsValue::as_f64(self)
        }
        fn elements(&self) -> Option<Vec<Self>> {
            Array::is_array(self).then(|| self.unchecked_ref::<Array>().iter().collect())
        }
        fn members(&self) -> Option<Vec<(String, Self)>> {
            let entries = Object::entries(object(self)?);
            Some(
                entries
                    .iter()
                    .filter_map(|entry| {
                        let pair: Array = entry.dyn_into().ok()?;
                        Some((pair.get(0).as_string()?, pair.get(1)))
                    })
                    .collect(),
            )
        }
        fn is_null(&self) -> bool {
            JsValue::is_null(self) || JsValue::is_undefined(self)
        }
    }
}
