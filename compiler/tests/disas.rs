//! Code-shape tests: the machine code of small functions, checked against listings
//! kept beside their source, so a change that makes code worse fails a test and shows
//! up in review.
//!
//! Every `.wat` file under `tests/disas/` (one folder per operator family, one file per
//! case, named for what it pins down) is compiled once per SIMD encoding, SSE4.1 and
//! AVX2, with serial compilation, and every function it defines is disassembled. The
//! expected listings follow the module, as `;;` comments, one block per function:
//!
//! ```text
//! ;; function 0 (export "add"), sse4.1 and avx2:
//! ;;      0: push    rbp
//! ;;      …
//! ```
//!
//! A function whose two listings are identical (all code without floats or SIMD) has one
//! block saying it holds for both encodings; otherwise it has a block for `sse4.1` and
//! one for `avx2`. Blocks come in function order. The listings start at the first such
//! header in the trailing run of comment lines; everything above is the case's source,
//! comments included, so a case can explain itself (and flag code it considers poor)
//! above the module.
//!
//! A case whose listings differ fails with a line diff per function and encoding; the
//! test also fails when it finds no case at all. `LIGHTBEAM_BLESS=1 cargo test -p
//! lightbeam --test disas` rewrites the listings of every case in place instead (then
//! read the `git diff`: each changed listing must be what the compiler is meant to emit).
//!
//! Cases are compiled with Wasm 3.0, wide arithmetic and legacy exception handling
//! (`try`, in its flat text form) enabled, and relaxed SIMD in
//! its native mode; a case whose source holds the line `;; relaxed-simd: deterministic`
//! is compiled in the deterministic mode instead.
//!
//! Compiling needs no AVX2 (an [`Engine`] refuses only to instantiate code its host
//! cannot run), so both encodings are checked on any x86-64 host; if an engine cannot
//! be created at all the test fails rather than skip an encoding.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use lightbeam::module::EntityIndex;
use lightbeam::{Config, Engine, FuncSelector, Module, RelaxedSimd, SimdEncoding};
use wasmparser::WasmFeatures;

/// The environment variable that rewrites the expected listings in place.
const BLESS: &str = "LIGHTBEAM_BLESS";

/// The start of every listing header.
const HEADER: &str = ";; function ";

/// Lines of unchanged context shown around each difference.
const CONTEXT: usize = 3;

#[test]
fn every_case_matches_its_listings() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/disas");
    let mut cases = Vec::new();
    collect_cases(&root, &mut cases);
    cases.sort();
    assert!(
        !cases.is_empty(),
        "no code-shape case (`.wat` file) under {}",
        root.display()
    );
    let bless = std::env::var(BLESS).is_ok_and(|value| value == "1");
    let mut failures = Vec::new();
    for path in &cases {
        // Fresh engines per case: engine-wide type ids, which casts hold as immediates,
        // then depend on the case alone.
        let engines = Engines::new();
        let name = path
            .strip_prefix(&root)
            .unwrap_or(path)
            .display()
            .to_string();
        let text = std::fs::read_to_string(path)
            .unwrap_or_else(|error| panic!("reading {}: {error}", path.display()));
        let (source, expected) = split_case(&text);
        let actual = match engines.listings(source) {
            Ok(actual) => actual,
            Err(error) => {
                failures.push(format!("{name}: {error}"));
                continue;
            }
        };
        if actual == expected {
            continue;
        }
        if bless {
            let blessed = format!("{}\n\n{actual}", source.trim_end());
            std::fs::write(path, blessed)
                .unwrap_or_else(|error| panic!("writing {}: {error}", path.display()));
        } else {
            failures.push(describe_mismatch(&name, expected, &actual));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} code-shape cases differ from their listings \
         (`{BLESS}=1 cargo test -p lightbeam --test disas` rewrites them):\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// Adds every `.wat` file under `dir`, recursively, to `cases`.
fn collect_cases(dir: &Path, cases: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries {
        let path = entry
            .unwrap_or_else(|error| panic!("listing {}: {error}", dir.display()))
            .path();
        if path.is_dir() {
            collect_cases(&path, cases);
        } else if path.extension().is_some_and(|ext| ext == "wat") {
            cases.push(path);
        }
    }
}

/// Splits a case into its source and its expected listings: the listings start at the
/// first header line within the trailing run of comment and blank lines.
fn split_case(text: &str) -> (&str, &str) {
    let mut start = text.len();
    let mut listings = None;
    for line in text.split_inclusive('\n').rev() {
        let trimmed = line.trim_end();
        if !(trimmed.is_empty() || trimmed.starts_with(";;")) {
            break;
        }
        start -= line.len();
        if trimmed.starts_with(HEADER) {
            listings = Some(start);
        }
    }
    match listings {
        Some(at) => text.split_at(at),
        None => (text, ""),
    }
}

/// One engine per SIMD encoding, with its label in the listing headers, for each
/// relaxed-SIMD mode: native, and deterministic for the cases whose source has the
/// line [`DETERMINISTIC`]. All accept Wasm 3.0 and wide arithmetic.
struct Engines {
    native: [(&'static str, Engine); 2],
    deterministic: [(&'static str, Engine); 2],
}

/// The source line that compiles a case with [`RelaxedSimd::Deterministic`].
const DETERMINISTIC: &str = ";; relaxed-simd: deterministic";

impl Engines {
    fn new() -> Self {
        let engine = |encoding, relaxed_simd, label| {
            let config = Config {
                parallel_compilation: false,
                simd_encoding: encoding,
                relaxed_simd,
                features: WasmFeatures::WASM3
                    | WasmFeatures::WIDE_ARITHMETIC
                    | WasmFeatures::CUSTOM_PAGE_SIZES
                    | WasmFeatures::THREADS
                    | WasmFeatures::LEGACY_EXCEPTIONS,
                ..Config::default()
            };
            let engine = Engine::try_new(config).unwrap_or_else(|error| {
                panic!("no engine to compile the {label} listings with: {error}")
            });
            (label, engine)
        };
        let pair = |mode| {
            [
                engine(SimdEncoding::Sse41, mode, "sse4.1"),
                engine(SimdEncoding::Avx2, mode, "avx2"),
            ]
        };
        Engines {
            native: pair(RelaxedSimd::Native),
            deterministic: pair(RelaxedSimd::Deterministic),
        }
    }

    /// The listing text of `source`: a block per defined function, written once when both
    /// encodings agree.
    fn listings(&self, source: &str) -> Result<String, String> {
        let engines = if source.lines().any(|line| line.trim() == DETERMINISTIC) {
            &self.deterministic
        } else {
            &self.native
        };
        let modules = engines
            .iter()
            .map(|(label, engine)| {
                Module::new(engine, source)
                    .map(|module| (*label, module))
                    .map_err(|error| format!("compiling for {label}: {error}"))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let info = modules[0].1.info();
        let mut out = String::new();
        for defined in 0..modules[0].1.defined_functions() {
            let index = info.imported_funcs + defined as u32;
            let name = info
                .exports
                .iter()
                .find(|export| matches!(export.index, EntityIndex::Func(f) if f.as_u32() == index))
                .map(|export| format!(" (export {:?})", export.name))
                .unwrap_or_default();
            let codes: Vec<(&str, String)> = modules
                .iter()
                .map(|(label, module)| {
                    let code = module
                        .disassemble(FuncSelector::Index(index))
                        .expect("a defined function disassembles");
                    (*label, code)
                })
                .collect();
            if codes.iter().all(|(_, code)| *code == codes[0].1) {
                let both = codes.iter().map(|(label, _)| *label).collect::<Vec<_>>();
                write_block(&mut out, index, &name, &both.join(" and "), &codes[0].1);
            } else {
                for (label, code) in &codes {
                    write_block(&mut out, index, &name, label, code);
                }
            }
        }
        Ok(out)
    }
}

/// Appends one listing block: its header, then the listing as comment lines.
fn write_block(out: &mut String, index: u32, name: &str, encodings: &str, code: &str) {
    if !out.is_empty() {
        out.push('\n');
    }
    writeln!(out, "{HEADER}{index}{name}, {encodings}:").expect("writing to a String");
    for line in code.lines() {
        writeln!(out, ";; {line}").expect("writing to a String");
    }
}

/// The listing blocks of a listing text, keyed by header, in order.
fn blocks(listings: &str) -> Vec<(&str, Vec<&str>)> {
    let mut blocks: Vec<(&str, Vec<&str>)> = Vec::new();
    for line in listings.lines() {
        if line.starts_with(HEADER) {
            blocks.push((line, Vec::new()));
        } else if let Some((_, body)) = blocks.last_mut() {
            if !line.trim().is_empty() {
                body.push(line);
            }
        }
    }
    blocks
}

/// What differs between a case's expected and actual listings, block by block, naming
/// the case, the function and the encoding.
fn describe_mismatch(name: &str, expected: &str, actual: &str) -> String {
    if expected.trim().is_empty() {
        return format!("{name}: no expected listing (bless the case to write it)\n");
    }
    let expected_blocks = blocks(expected);
    let actual_blocks = blocks(actual);
    let expected_map: HashMap<&str, &Vec<&str>> =
        expected_blocks.iter().map(|(h, b)| (*h, b)).collect();
    let actual_map: HashMap<&str, &Vec<&str>> =
        actual_blocks.iter().map(|(h, b)| (*h, b)).collect();
    let mut out = String::new();
    for (header, body) in &actual_blocks {
        let what = header.trim_start_matches(";; ").trim_end_matches(':');
        match expected_map.get(header) {
            Some(expected_body) if *expected_body == body => {}
            Some(expected_body) => {
                writeln!(
                    out,
                    "{name}: {what}: listing differs (- expected, + actual)"
                )
                .expect("writing to a String");
                out.push_str(&line_diff(expected_body, body));
            }
            None => {
                writeln!(out, "{name}: {what}: produced but not expected:")
                    .expect("writing to a String");
                out.push_str(&line_diff(&[], body));
            }
        }
    }
    for (header, body) in &expected_blocks {
        if !actual_map.contains_key(header) {
            let what = header.trim_start_matches(";; ").trim_end_matches(':');
            writeln!(out, "{name}: {what}: expected but not produced:")
                .expect("writing to a String");
            out.push_str(&line_diff(body, &[]));
        }
    }
    if out.is_empty() {
        // Same blocks, different layout (order, blank lines, stray comments).
        writeln!(out, "{name}: the listing blocks are laid out differently:")
            .expect("writing to a String");
        let expected: Vec<&str> = expected.lines().collect();
        let actual: Vec<&str> = actual.lines().collect();
        out.push_str(&line_diff(&expected, &actual));
    }
    out
}

/// A line diff of `old` and `new` (longest common subsequence), showing only the
/// changed lines and [`CONTEXT`] lines around them.
fn line_diff(old: &[&str], new: &[&str]) -> String {
    // common[i][j]: length of the longest common subsequence of old[i..] and new[j..].
    let mut common = vec![vec![0u32; new.len() + 1]; old.len() + 1];
    for i in (0..old.len()).rev() {
        for j in (0..new.len()).rev() {
            common[i][j] = if old[i] == new[j] {
                common[i + 1][j + 1] + 1
            } else {
                common[i + 1][j].max(common[i][j + 1])
            };
        }
    }
    let mut edits = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < old.len() || j < new.len() {
        if i < old.len() && j < new.len() && old[i] == new[j] {
            edits.push((' ', old[i]));
            i += 1;
            j += 1;
        } else if i < old.len() && (j == new.len() || common[i + 1][j] >= common[i][j + 1]) {
            edits.push(('-', old[i]));
            i += 1;
        } else {
            edits.push(('+', new[j]));
            j += 1;
        }
    }
    let changed: Vec<usize> = (0..edits.len()).filter(|&k| edits[k].0 != ' ').collect();
    let mut out = String::new();
    let mut shown_up_to = 0;
    for (k, (tag, line)) in edits.iter().enumerate() {
        let near = changed
            .iter()
            .any(|&c| k + CONTEXT >= c && k <= c + CONTEXT);
        if !near {
            continue;
        }
        if k > shown_up_to && !out.is_empty() {
            out.push_str("    ...\n");
        }
        writeln!(out, "  {tag} {line}").expect("writing to a String");
        shown_up_to = k + 1;
    }
    out
}

#[test]
fn the_diff_shows_changed_lines_with_context() {
    let old = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];
    let new = ["a", "b", "c", "d", "e", "x", "g", "h", "i", "j"];
    let diff = line_diff(&old, &new);
    assert_eq!(
        diff,
        "    c\n    d\n    e\n  - f\n  + x\n    g\n    h\n    i\n"
    );
    let far = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];
    let far_new = ["0", "2", "3", "4", "5", "6", "7", "8", "9", "11"];
    assert_eq!(
        line_diff(&far, &far_new),
        "  - 1\n  + 0\n    2\n    3\n    4\n    ...\n    7\n    8\n    9\n  - 10\n  + 11\n"
    );
}

#[test]
fn a_case_splits_at_the_first_header_of_its_trailing_comments() {
    let case = ";; about the case\n(module (func))\n;; trailing note\n\n\
                ;; function 0, sse4.1 and avx2:\n;;      0: ret\n";
    let (source, listings) = split_case(case);
    assert_eq!(
        source,
        ";; about the case\n(module (func))\n;; trailing note\n\n"
    );
    assert_eq!(
        listings,
        ";; function 0, sse4.1 and avx2:\n;;      0: ret\n"
    );
    assert_eq!(split_case("(module)\n"), ("(module)\n", ""));
}
