//! Entry point of the built page: take over `#value-governance`; and the
//! wasm's allocator.

/// Talc instead of Rust's default dlmalloc: measured smaller in the built
/// wasm (README, "Size").
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    let document = web_sys::window().and_then(|window| window.document());
    let root = document.and_then(|document| {
        document
            .get_element_by_id("value-governance")
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
