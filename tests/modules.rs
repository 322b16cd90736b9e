//! The layers of `src/`, one folder (or module file) each, lowest first:
//! a file may use its own layer and those before it in [`LAYERS`], never a
//! later one; and no modules use each other in a circle. Reads every file
//! under `src/` but the binaries, the build script and `lib.rs` (the start,
//! above every layer), and follows each `crate::…`, `super::…` and
//! `self::…` path (`use` trees with braces too); a module file naming its
//! own child by its bare name (`pub use quiz::…`) is a use downward, and is
//! not followed.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The layers, lowest first (README, "How it works"). `lib.rs`, the start, is
/// above them all.
const LAYERS: [&str; 8] = [
    "content",
    "domain",
    "formats",
    "persistence",
    "state",
    "context",
    "web",
    "components",
];

/// Every module of the library by path (`components::timeline`), with its
/// code (comments and strings left out).
fn modules() -> BTreeMap<String, String> {
    fn walk(dir: &Path, found: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                found.push(path);
            }
        }
    }
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&src, &mut files);
    files
        .into_iter()
        .filter_map(|file| {
            let relative = file.strip_prefix(&src).unwrap().with_extension("");
            let module = relative.to_string_lossy().replace('/', "::");
            let outside =
                module.starts_with("bin::") || ["build", "main", "lib"].contains(&module.as_str());
            let code = code_of(&std::fs::read_to_string(&file).unwrap());
            (!outside).then_some((module, code))
        })
        .collect()
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
        } else if let Some(literal) = char_literal(rest) {
            // A character literal (`'"'`, `'\''`), not a lifetime: skipped,
            // so that a quote inside it starts no string.
            code.push_str("' '");
            rest = &rest[literal..];
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

/// The length of the character literal `text` starts with, if it starts
/// with one: `'x'` or an escape such as `'\''` or `'\u{7f}'`.
fn char_literal(text: &str) -> Option<usize> {
    let body = text.strip_prefix('\'')?;
    let len = if let Some(escaped) = body.strip_prefix('\\') {
        1 + escaped.find('\'')?
    } else {
        body.chars().next()?.len_utf8()
    };
    (body[len..].starts_with('\'')).then_some(len + 2)
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

/// The modules `module` names in `code`: for each `crate::`, `super::` or
/// `self::` path, the longest module path in `known` it starts with.
fn uses(module: &str, code: &str, known: &BTreeSet<String>) -> BTreeSet<String> {
    let own: Vec<&str> = module.split("::").collect();
    let mut found = BTreeSet::new();
    for (at, _) in code.match_indices("::") {
        let start = code[..at]
            .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
            .map_or(0, |i| i + 1);
        if code[..start].ends_with("::") {
            continue; // Inside a longer path, read from its start.
        }
        let mut rest = &code[at + 2..];
        let base: &[&str] = match &code[start..at] {
            "crate" => &[],
            "self" => &own,
            "super" => {
                let mut up = 1;
                while let Some(after) = rest.strip_prefix("super::") {
                    (up, rest) = (up + 1, after);
                }
                &own[..own.len().saturating_sub(up)]
            }
            _ => continue,
        };
        for tail in paths_in(rest) {
            let full: Vec<String> = base.iter().map(|s| s.to_string()).chain(tail).collect();
            let longest = (1..=full.len()).rev().map(|n| full[..n].join("::"));
            if let Some(target) = longest.into_iter().find(|path| known.contains(path)) {
                if target != module {
                    found.insert(target);
                }
            }
        }
    }
    found
}

/// The layer a module is in: its folder (or module file), by position in
/// [`LAYERS`].
fn layer_of(module: &str) -> Option<usize> {
    LAYERS
        .iter()
        .position(|layer| module.split("::").next() == Some(*layer))
}

/// Every use of a later layer, as "module (layer) uses module (layer)".
fn upward(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<String> {
    let name = |module: &str| layer_of(module).map_or("no layer", |at| LAYERS[at]);
    graph
        .iter()
        .flat_map(|(module, used)| {
            used.iter()
                .filter(|used| layer_of(used).is_none() || layer_of(used) > layer_of(module))
                .map(move |used| {
                    format!("{module} ({}) uses {used} ({})", name(module), name(used))
                })
        })
        .collect()
}

/// A circle of uses, if there is one, as the modules along it.
fn circle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            return Some(
                path[at..]
                    .iter()
                    .cloned()
                    .chain([node.to_owned()])
                    .collect(),
            );
        }
        if !done.insert(node.to_owned()) {
            return None;
        }
        path.push(node.to_owned());
        let found = graph
            .get(node)
            .into_iter()
            .flatten()
            .find_map(|next| visit(next, graph, path, done));
        path.pop();
        found
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

fn graph_of(modules: &BTreeMap<String, String>) -> BTreeMap<String, BTreeSet<String>> {
    let known: BTreeSet<String> = modules.keys().cloned().collect();
    modules
        .iter()
        .map(|(module, code)| (module.clone(), uses(module, code, &known)))
        .collect()
}

#[test]
fn every_module_is_in_a_layer_and_uses_none_above_it_nor_a_circle() {
    let modules = modules();
    let unplaced: Vec<&String> = modules.keys().filter(|m| layer_of(m).is_none()).collect();
    assert!(
        unplaced.is_empty(),
        "modules in no layer's folder: {unplaced:?}"
    );
    let graph = graph_of(&modules);
    let upward = upward(&graph);
    assert!(
        upward.is_empty(),
        "uses of a later layer:\n  {}",
        upward.join("\n  ")
    );
    assert_eq!(
        circle(&graph),
        None,
        "modules that use each other in a circle"
    );
}

#[test]
fn each_layer_says_what_it_holds() {
    let modules = modules();
    for layer in LAYERS {
        let text = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("src/{layer}.rs")),
        )
        .unwrap();
        assert!(
            text.starts_with("//! "),
            "src/{layer}.rs starts without a module doc"
        );
        assert!(modules.contains_key(layer), "no module {layer}");
    }
}

/// The check itself, on planted code: an upward use and a circle are found
/// and named; comments and strings do not count.
#[test]
fn the_check_fails_on_an_upward_use_and_on_a_circle() {
    let planted: BTreeMap<String, String> = [
        ("domain::work", "use crate::{content::Lang, state::{Action, State}};\n// crate::web in a comment\nlet s = \"crate::web\";"),
        ("state", "use crate::content::Lang;"),
        ("domain", "pub mod work;"),
        ("formats::record", "use super::cmi::Version;"),
        ("formats::cmi", "pub fn f() -> crate::formats::record::Record { made() }"),
        // A quote in a character literal starts no string: the use after it counts.
        ("content", "let quote = '\"'; let a: &'static str = \"\"; use crate::web::browser;"),
        ("web", ""),
    ]
    .into_iter()
    .map(|(module, code)| (module.to_owned(), code_of(code)))
    .collect();
    let graph = graph_of(&planted);
    assert_eq!(
        upward(&graph),
        [
            "content (content) uses web (web)",
            "domain::work (domain) uses state (state)"
        ]
    );
    let circle = circle(&graph).expect("a circle");
    assert!(
        circle.contains(&"formats::cmi".to_owned())
            && circle.contains(&"formats::record".to_owned()),
        "{circle:?}"
    );
}
