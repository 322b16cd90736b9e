//! Entry point of the built page: `run` takes over `#value-governance`
//! (called by the loader); and the wasm's allocator.

/// Talc instead of Rust's default dlmalloc: measured smaller in the built
/// wasm (tests/e2e/bench/NOTES.md, "Size levers").
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Nothing: instantiating the wasm (which runs `main`) and starting the
/// widget are separate tasks. The loader (`static/loader.js`) calls [`run`]
/// in a task after the one that instantiated the wasm.
#[cfg(target_arch = "wasm32")]
fn main() {}

/// Takes over `#value-governance` (or the body where there is none).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn run() {
    let document = web_sys::window().and_then(|window| window.document());
    let root = document.and_then(|document| {
        document
            .get_element_by_id(value_governance_explorer::components::dom_ids::HOST)
            .or_else(|| document.body().map(Into::into))
    });
    if let Some(root) = root {
        value_governance_explorer::start(root);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The Value Governance Explorer runs in a browser: build it with `trunk build`.");
}
