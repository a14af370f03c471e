//! The layers of `compiler/src` import one way, and no two files import each other.
//!
//! Every file belongs to a layer by its path (see [`LAYERS`]); a file may use files of its
//! own layer and of the layers listed before it, never of a later one. Independently of
//! layers, the graph of imports between files has no cycle. `docs/architecture.md`
//! draws the same picture.
//!
//! What counts as an import: every path in a `use` item (`crate::`, `super::`, `self::`
//! or a child module) and every `crate::…`/`super::…` path in code, resolved to the file
//! that defines the item; a re-export (`pub use`, `pub(crate) use`) is followed to its
//! source rather than counted itself, so a module's facade does not tie its children
//! together. Comments and `#[cfg(test)]` modules are ignored (unit tests may reach
//! anywhere).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, lowest first: a file's layer is the first whose prefix its path (relative
/// to `compiler/src`, with `/` separators) starts with.
const LAYERS: &[(&str, &[&str])] = &[
    (
        "foundation: errors, trap codes, the module environment, layouts shared by code and runtime",
        &["error.rs", "trap.rs", "module/", "vmoffsets.rs", "builtins.rs"],
    ),
    ("sys: mmap, signals, raw-asm trampolines", &["sys/"]),
    ("x64: registers and the assembler", &["x64/"]),
    ("codegen: the one-pass code generator", &["codegen/"]),
    (
        "compile and link: engines, modules, code memory",
        &["engine.rs", "compiled_module.rs", "code.rs", "disasm.rs", "perf_map.rs", "type_registry.rs"],
    ),
    ("runtime: stores, instances, calls", &["runtime/"]),
    ("wasi", &["wasi/"]),
    ("bin", &["bin/"]),
];

/// One source file: its module path and the paths it refers to.
struct SourceFile {
    /// Relative path, `/`-separated.
    path: String,
    /// Module path (`["runtime", "store"]` for `runtime/store.rs`).
    module: Vec<String>,
    /// Absolute module paths it uses (not counting re-exports).
    uses: Vec<Vec<String>>,
    /// Re-exports: exported name → absolute path of what it names.
    reexports: BTreeMap<String, Vec<String>>,
}

fn src_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path);
        }
    }
}

/// The module path of a file (`a/b.rs` and `a/b/mod.rs` are both `a::b`).
fn module_path(relative: &str) -> Vec<String> {
    let without_ext = relative.trim_end_matches(".rs");
    let mut parts: Vec<String> = without_ext.split('/').map(str::to_string).collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    parts
}

/// Source text without comments and without `#[cfg(test)]` modules.
fn code_of(text: &str) -> String {
    let mut code = String::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("#[cfg(test)]")
            && lines
                .peek()
                .is_some_and(|next| next.trim_start().starts_with("mod "))
        {
            // A test module runs to the end of the file in this code base's style.
            break;
        }
        let line = match line.find("//") {
            // `//` inside a string literal is rare enough here; treat it as a comment.
            Some(at) => &line[..at],
            None => line,
        };
        code.push_str(line);
        code.push('\n');
    }
    code
}

fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Expands a use tree (`a::{b, c::{d, e}}`) into its paths.
fn expand_use_tree(tree: &str) -> Vec<Vec<String>> {
    fn expand(tree: &str, prefix: &[String], out: &mut Vec<Vec<String>>) {
        let tree = tree.trim();
        if tree.is_empty() {
            return;
        }
        if let Some(open) = tree.find('{') {
            let head = tree[..open].trim().trim_end_matches("::");
            let mut base = prefix.to_vec();
            base.extend(segments(head));
            let inner = &tree[open + 1..tree.rfind('}').expect("balanced braces in a use tree")];
            let mut depth = 0;
            let mut start = 0;
            for (i, c) in inner.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        expand(&inner[start..i], &base, out);
                        start = i + 1;
                    }
                    _ => {}
                }
            }
            expand(&inner[start..], &base, out);
        } else {
            let path = tree.split(" as ").next().unwrap_or(tree);
            let mut full = prefix.to_vec();
            full.extend(segments(path));
            out.push(full);
        }
    }
    let mut out = Vec::new();
    expand(tree, &[], &mut out);
    out
}

fn segments(path: &str) -> Vec<String> {
    path.split("::")
        .map(str::trim)
        .filter(|segment| !segment.is_empty())
        .map(str::to_string)
        .collect()
}

/// Makes `path`, written in module `module` (of a file named `file_name`), absolute from
/// the crate root; `None` for paths into other crates.
fn absolute(
    path: &[String],
    module: &[String],
    is_module_file: &dyn Fn(&[String]) -> bool,
) -> Option<Vec<String>> {
    let first = path.first()?;
    match first.as_str() {
        "crate" => Some(path[1..].to_vec()),
        "self" => {
            let mut full = module.to_vec();
            full.extend_from_slice(&path[1..]);
            Some(full)
        }
        "super" => {
            let mut base = module.to_vec();
            let mut rest = path;
            while rest.first().is_some_and(|s| s == "super") {
                base.pop()?;
                rest = &rest[1..];
            }
            base.extend_from_slice(rest);
            Some(base)
        }
        _ => {
            // A child module of this one (2018-style relative use), else another crate.
            let mut child = module.to_vec();
            child.push(first.clone());
            is_module_file(&child).then(|| {
                let mut full = module.to_vec();
                full.extend_from_slice(path);
                full
            })
        }
    }
}

/// Every `crate::a::b` / `super::a` path written in code outside `use` items.
fn inline_paths(code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let bytes: Vec<char> = code.chars().collect();
    let mut i = 0;
    while i < bytes.len() {
        let at_boundary = i == 0 || !is_ident_char(bytes[i - 1]) && bytes[i - 1] != ':';
        let rest: String = bytes[i..bytes.len().min(i + 7)].iter().collect();
        if at_boundary && (rest.starts_with("crate::") || rest.starts_with("super::")) {
            let mut j = i;
            while j < bytes.len() && (is_ident_char(bytes[j]) || bytes[j] == ':') {
                j += 1;
            }
            let text: String = bytes[i..j].iter().collect();
            out.push(segments(&text));
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// The `use` items of `code`: (is it a re-export, its tree), and the code without them.
fn use_items(code: &str) -> (Vec<(bool, String)>, String) {
    let mut items = Vec::new();
    let mut rest = String::new();
    let mut remaining = code;
    loop {
        let found = find_use(remaining);
        let Some((start, tree_start, public)) = found else {
            rest.push_str(remaining);
            break;
        };
        rest.push_str(&remaining[..start]);
        let end = remaining[tree_start..]
            .find(';')
            .map(|at| tree_start + at)
            .expect("a use item ends with ';'");
        items.push((public, remaining[tree_start..end].to_string()));
        remaining = &remaining[end + 1..];
    }
    (items, rest)
}

/// The next `use` item: (where it starts, where its tree starts, whether it is public).
fn find_use(code: &str) -> Option<(usize, usize, bool)> {
    let mut offset = 0;
    for line in code.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let (public, after) = if let Some(after) = trimmed.strip_prefix("pub(crate) use ") {
            (true, after)
        } else if let Some(after) = trimmed.strip_prefix("pub(super) use ") {
            (true, after)
        } else if let Some(after) = trimmed.strip_prefix("pub use ") {
            (true, after)
        } else if let Some(after) = trimmed.strip_prefix("use ") {
            (false, after)
        } else {
            offset += line.len();
            continue;
        };
        let tree_start = offset + line.len() - after.len();
        return Some((offset, tree_start, public));
    }
    None
}

fn load() -> Vec<SourceFile> {
    let root = src_root();
    let mut paths = Vec::new();
    rust_files(&root, &mut paths);
    let relative: Vec<String> = paths
        .iter()
        .map(|path| {
            path.strip_prefix(&root)
                .expect("under src")
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    let modules: BTreeSet<Vec<String>> = relative.iter().map(|path| module_path(path)).collect();
    let is_module_file = |module: &[String]| modules.contains(module);
    relative
        .iter()
        .zip(&paths)
        .map(|(rel, path)| {
            let text = std::fs::read_to_string(path).expect("readable source");
            let module = module_path(rel);
            let code = code_of(&text);
            let (items, rest) = use_items(&code);
            let mut uses = Vec::new();
            let mut reexports = BTreeMap::new();
            for (public, tree) in items {
                for path in expand_use_tree(&tree) {
                    let Some(full) = absolute(&path, &module, &is_module_file) else {
                        continue;
                    };
                    if public {
                        let name = tree_name(&tree, &path);
                        reexports.insert(name, full);
                    } else {
                        uses.push(full);
                    }
                }
            }
            for path in inline_paths(&rest) {
                if let Some(full) = absolute(&path, &module, &is_module_file) {
                    uses.push(full);
                }
            }
            SourceFile {
                path: rel.clone(),
                module,
                uses,
                reexports,
            }
        })
        .collect()
}

/// The name a re-exported path is known by (its last segment, or its `as` name).
fn tree_name(tree: &str, path: &[String]) -> String {
    let last = path.last().cloned().unwrap_or_default();
    // `pub use a::b as c;` (only the simple form is used for renames here).
    match tree.split_once(" as ") {
        Some((_, alias)) if !tree.contains('{') => alias.trim().to_string(),
        _ => last,
    }
}

/// The file defining what `path` names, following re-exports.
fn resolve<'a>(files: &'a [SourceFile], path: &[String], depth: usize) -> Option<&'a SourceFile> {
    if depth > 16 {
        return None;
    }
    // The longest prefix of `path` that is a module file.
    let (file, used) = (0..=path.len()).rev().find_map(|len| {
        files
            .iter()
            .find(|f| f.module == path[..len])
            .map(|f| (f, len))
    })?;
    if let Some(item) = path.get(used) {
        if let Some(source) = file.reexports.get(item) {
            let mut target = source.clone();
            target.extend_from_slice(&path[used + 1..]);
            if target != path {
                return resolve(files, &target, depth + 1).or(Some(file));
            }
        }
    }
    Some(file)
}

fn layer_of(path: &str) -> Option<usize> {
    LAYERS
        .iter()
        .position(|(_, prefixes)| prefixes.iter().any(|prefix| path.starts_with(prefix)))
}

/// The import graph: file → files it uses (lib.rs, the facade, excluded).
fn graph(files: &[SourceFile]) -> BTreeMap<String, BTreeSet<String>> {
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let targets = edges.entry(file.path.clone()).or_default();
        for used in &file.uses {
            if let Some(target) = resolve(files, used, 0) {
                if target.path != file.path && target.path != "lib.rs" {
                    targets.insert(target.path.clone());
                }
            }
        }
    }
    edges
}

#[test]
fn every_file_has_a_layer() {
    let files = load();
    assert!(files.len() > 50, "found only {} files", files.len());
    let unplaced: Vec<&str> = files
        .iter()
        .map(|file| file.path.as_str())
        .filter(|path| *path != "lib.rs" && layer_of(path).is_none())
        .collect();
    assert!(
        unplaced.is_empty(),
        "files in no layer (add them to LAYERS and docs/architecture.md): {unplaced:?}"
    );
}

#[test]
fn no_file_imports_from_a_higher_layer() {
    let files = load();
    let mut violations = Vec::new();
    for (from, targets) in graph(&files) {
        let Some(from_layer) = layer_of(&from) else {
            continue;
        };
        for to in targets {
            if let Some(to_layer) = layer_of(&to) {
                if to_layer > from_layer {
                    violations.push(format!(
                        "{from} ({}) uses {to} ({})",
                        LAYERS[from_layer].0, LAYERS[to_layer].0
                    ));
                }
            }
        }
    }
    assert!(
        violations.is_empty(),
        "{} imports against the layers:\n{}",
        violations.len(),
        violations.join("\n")
    );
}

#[test]
fn no_import_cycle_between_files() {
    let files = load();
    let edges = graph(&files);
    let cycles = strongly_connected_components(&edges)
        .into_iter()
        .filter(|component| component.len() > 1)
        .map(|component| component.join(" ↔ "))
        .collect::<Vec<_>>();
    assert!(
        cycles.is_empty(),
        "files that import each other:\n{}",
        cycles.join("\n")
    );
}

/// Tarjan's algorithm over the import graph.
fn strongly_connected_components(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct State<'a> {
        edges: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        next: usize,
        out: Vec<Vec<String>>,
    }
    fn visit<'a>(state: &mut State<'a>, node: &'a str) {
        state.index.insert(node, state.next);
        state.low.insert(node, state.next);
        state.next += 1;
        state.stack.push(node);
        state.on_stack.insert(node);
        let edges = state.edges;
        for target in edges.get(node).into_iter().flatten() {
            let target = target.as_str();
            if !state.index.contains_key(target) {
                visit(state, target);
                let low = state.low[node].min(state.low[target]);
                state.low.insert(node, low);
            } else if state.on_stack.contains(target) {
                let low = state.low[node].min(state.index[target]);
                state.low.insert(node, low);
            }
        }
        if state.low[node] == state.index[node] {
            let mut component = Vec::new();
            while let Some(member) = state.stack.pop() {
                state.on_stack.remove(member);
                component.push(member.to_string());
                if member == node {
                    break;
                }
            }
            component.sort();
            state.out.push(component);
        }
    }
    let mut state = State {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        next: 0,
        out: Vec::new(),
    };
    for node in edges.keys() {
        if !state.index.contains_key(node.as_str()) {
            visit(&mut state, node);
        }
    }
    state.out
}

#[test]
fn the_checker_sees_imports_and_cycles() {
    let strings = |paths: &[&[&str]]| -> Vec<Vec<String>> {
        paths
            .iter()
            .map(|path| path.iter().map(|s| s.to_string()).collect())
            .collect()
    };
    assert_eq!(
        expand_use_tree("super::{a::B, c::{d, e as f}}"),
        strings(&[
            &["super", "a", "B"],
            &["super", "c", "d"],
            &["super", "c", "e"]
        ])
    );
    let mut edges = BTreeMap::new();
    edges.insert("a.rs".to_string(), BTreeSet::from(["b.rs".to_string()]));
    edges.insert("b.rs".to_string(), BTreeSet::from(["a.rs".to_string()]));
    edges.insert("c.rs".to_string(), BTreeSet::from(["a.rs".to_string()]));
    let components = strongly_connected_components(&edges);
    assert!(components.contains(&vec!["a.rs".to_string(), "b.rs".to_string()]));
    assert!(components.contains(&vec!["c.rs".to_string()]));
    assert_eq!(
        inline_paths("let x = crate::runtime::store::Store::new(); super::f();"),
        strings(&[
            &["crate", "runtime", "store", "Store", "new"],
            &["super", "f"]
        ])
    );
}
