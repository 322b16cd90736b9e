//! The library's modules form layers without a cycle: reads every module
//! file under `src/` (not the binaries or the build script), finds the
//! modules each one names (`crate::…` and `super::…` paths, `use` trees with
//! braces, and a module file's own child modules by their bare names), and
//! fails naming every cycle it finds.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every module file of the library, by module path (`components::timeline`).
fn module_files() -> BTreeMap<String, PathBuf> {
    fn walk(dir: &Path, files: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, files);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                files.push(path);
            }
        }
    }
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&src, &mut files);
    let mut modules = BTreeMap::new();
    for file in files {
        let relative = file.strip_prefix(&src).unwrap().with_extension("");
        let parts: Vec<String> = relative
            .components()
            .map(|part| part.as_os_str().to_string_lossy().into_owned())
            .collect();
        // Not part of the library's module tree.
        if parts[0] == "bin" || parts == ["build"] || parts == ["main"] {
            continue;
        }
        let path = if parts == ["lib"] {
            String::new()
        } else {
            parts.join("::")
        };
        modules.insert(path, file);
    }
    modules
}

/// The text without comments, so that docs naming a module do not count.
fn code_of(text: &str) -> String {
    let mut code = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("//") {
            rest = after.find('\n').map_or("", |end| &after[end..]);
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = after.find("*/").map_or("", |end| &after[end + 2..]);
        } else if let Some(after) = rest.strip_prefix('"') {
            // Skip string literals (escapes included).
            let mut chars = after.char_indices();
            let mut end = after.len();
            while let Some((at, c)) = chars.next() {
                match c {
                    '\\' => {
                        chars.next();
                    }
                    '"' => {
                        end = at + 1;
                        break;
                    }
                    _ => {}
                }
            }
            code.push_str("\"\"");
            rest = &after[end..];
        } else {
            let c = rest.chars().next().unwrap();
            code.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    code
}

/// The paths of a use tree or path starting at `text` (just after its
/// first `::`), each as a list of segments: `a::{b, c::d}` gives `a::b` and
/// `a::c::d`.
fn paths_in(text: &str) -> Vec<Vec<String>> {
    fn tree(chars: &[char], at: &mut usize) -> Vec<Vec<String>> {
        let skip_space = |at: &mut usize| {
            while *at < chars.len() && chars[*at].is_whitespace() {
                *at += 1;
            }
        };
        skip_space(at);
        if chars.get(*at) == Some(&'{') {
            *at += 1;
            let mut all = Vec::new();
            loop {
                skip_space(at);
                match chars.get(*at) {
                    Some('}') => {
                        *at += 1;
                        break;
                    }
                    Some(',') => *at += 1,
                    None => break,
                    _ => all.extend(tree(chars, at)),
                }
            }
            return all;
        }
        let start = *at;
        while *at < chars.len() && (chars[*at].is_alphanumeric() || chars[*at] == '_') {
            *at += 1;
        }
        let segment: String = chars[start..*at].iter().collect();
        if segment.is_empty() {
            // `*`, or the end.
            if chars.get(*at) == Some(&'*') {
                *at += 1;
            }
            return vec![Vec::new()];
        }
        if chars.get(*at) == Some(&':') && chars.get(*at + 1) == Some(&':') {
            *at += 2;
            return tree(chars, at)
                .into_iter()
                .map(|mut rest| {
                    rest.insert(0, segment.clone());
                    rest
                })
                .collect();
        }
        vec![vec![segment]]
    }
    let chars: Vec<char> = text.chars().collect();
    tree(&chars, &mut 0)
}

/// The modules `module` names in `code`: the longest known module path
/// that each of its paths starts with.
fn dependencies(module: &str, code: &str, known: &BTreeSet<String>) -> BTreeSet<String> {
    let own: Vec<&str> = module.split("::").filter(|s| !s.is_empty()).collect();
    let mut found = BTreeSet::new();
    let mut resolve = |base: Vec<String>, tail: Vec<String>| {
        let full: Vec<String> = base.into_iter().chain(tail).collect();
        let longest = (1..=full.len())
            .rev()
            .map(|n| full[..n].join("::"))
            .find(|path| known.contains(path));
        if let Some(target) = longest.filter(|target| target != module) {
            found.insert(target);
        }
    };
    let bytes = code.as_bytes();
    let mut from = 0;
    while let Some(at) = code[from..].find("::").map(|at| at + from) {
        from = at + 2;
        // The identifier just before this `::`, if it starts a path.
        let start = code[..at]
            .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
            .map_or(0, |i| i + 1);
        if start >= 2 && &bytes[start - 2..start] == b"::" {
            continue; // Inside a longer path, already read from its start.
        }
        let head = &code[start..at];
        let mut rest = &code[at + 2..];
        let base: Vec<String> = match head {
            "crate" => Vec::new(),
            "super" => {
                let mut depth = 1;
                while let Some(after) = rest.strip_prefix("super::") {
                    depth += 1;
                    rest = after;
                }
                own[..own.len().saturating_sub(depth)]
                    .iter()
                    .map(|s| s.to_string())
                    .collect()
            }
            "self" => own.iter().map(|s| s.to_string()).collect(),
            // A child module named by its bare name in its parent's file.
            child => {
                let path = own
                    .iter()
                    .copied()
                    .chain([child])
                    .collect::<Vec<_>>()
                    .join("::");
                if !known.contains(&path) {
                    continue;
                }
                own.iter().chain([&child]).map(|s| s.to_string()).collect()
            }
        };
        for tail in paths_in(rest) {
            resolve(base.clone(), tail);
        }
    }
    found
}

/// Every cycle among the modules, each as the modules along it.
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        stack: &mut Vec<String>,
        done: &mut BTreeSet<String>,
        found: &mut Vec<Vec<String>>,
    ) {
        if let Some(at) = stack.iter().position(|n| n == node) {
            let mut cycle = stack[at..].to_vec();
            cycle.push(node.to_owned());
            found.push(cycle);
            return;
        }
        if done.contains(node) {
            return;
        }
        stack.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            visit(next, graph, stack, done, found);
        }
        stack.pop();
        done.insert(node.to_owned());
    }
    let mut found = Vec::new();
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        visit(node, graph, &mut Vec::new(), &mut done, &mut found);
    }
    found
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let files = module_files();
    let known: BTreeSet<String> = files.keys().cloned().collect();
    files
        .iter()
        // The crate root declares every module: it is above all of them.
        .filter(|(module, _)| !module.is_empty())
        .map(|(module, file)| {
            let code = code_of(&std::fs::read_to_string(file).unwrap());
            let mut uses = dependencies(module, &code, &known);
            uses.remove("");
            (module.clone(), uses)
        })
        .collect()
}

#[test]
fn the_modules_form_layers_without_a_cycle() {
    let graph = graph();
    let found = cycles(&graph);
    assert!(
        found.is_empty(),
        "module cycles:\n{}",
        found
            .iter()
            .map(|cycle| format!("  {}", cycle.join(" → ")))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn the_check_finds_what_a_module_names() {
    let known: BTreeSet<String> = ["state", "page", "components::timeline", "effects"]
        .map(String::from)
        .into();
    let code = code_of(
        "use crate::{state::{Action, State}, page::Page};\n\
         // crate::effects in a comment does not count\n\
         let s = \"crate::effects\";\n\
         use super::timeline::tab_id;",
    );
    let uses = dependencies("components::phase_panel", &code, &known);
    assert_eq!(
        uses,
        ["components::timeline", "page", "state"]
            .map(String::from)
            .into()
    );
    // A cycle is found and named.
    let graph: BTreeMap<String, BTreeSet<String>> = [
        ("state".to_owned(), ["page".to_owned()].into()),
        ("page".to_owned(), ["state".to_owned()].into()),
    ]
    .into();
    assert_eq!(cycles(&graph), [vec!["page", "state", "page"]]);
}

/// The layers, lowest first: a module may use its own layer and those
/// below it, never one above. The browser edge (effects, places, storage
/// IO) sits under the components that call its hooks; `lib.rs` (the crate
/// root) starts the whole.
const LAYERS: [(&str, &[&str]); 8] = [
    (
        "content, HTML escaping, JSON reading",
        &["content", "html", "json"],
    ),
    ("domain", &["work", "quiz", "page", "url"]),
    (
        "formats",
        &["storage", "backup", "scorm", "export", "embed", "paint"],
    ),
    ("persistence engine", &["keeping"]),
    ("state", &["state"]),
    ("context", &["context"]),
    ("browser edge", &["web"]),
    ("components", &["components"]),
];

/// The layer of a module (by its top-level name).
fn layer_of(module: &str) -> Option<usize> {
    let top = module.split("::").next().unwrap_or(module);
    LAYERS
        .iter()
        .position(|(_, modules)| modules.contains(&top))
}

#[test]
fn every_module_uses_only_its_own_layer_and_those_below() {
    let graph = graph();
    let unplaced: Vec<&String> = graph
        .keys()
        .filter(|module| layer_of(module).is_none())
        .collect();
    assert!(unplaced.is_empty(), "modules in no layer: {unplaced:?}");
    let upward: Vec<String> = graph
        .iter()
        .flat_map(|(module, uses)| {
            uses.iter()
                .filter(|used| layer_of(used) > layer_of(module))
                .map(move |used| {
                    let name = |m: &str| LAYERS[layer_of(m).unwrap()].0;
                    format!("  {module} ({}) uses {used} ({})", name(module), name(used))
                })
        })
        .collect();
    assert!(
        upward.is_empty(),
        "modules using a layer above their own:\n{}",
        upward.join("\n")
    );
}
