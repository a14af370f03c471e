//! Where the shared benchmark modules live and which of them each suite uses.
//!
//! The modules are never copied into the repository: they are read from `shared/bench`
//! beside the checkout (`$CARGO_MANIFEST_DIR/../../shared/bench`), or from
//! `$LIGHTBEAM_BENCH_CORPUS` when that is set.

use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};

/// The corpus directory.
pub fn dir() -> Result<PathBuf> {
    let dir = match std::env::var_os("LIGHTBEAM_BENCH_CORPUS") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/bench"),
    };
    if !dir.join("MANIFEST.md").is_file() {
        bail!(
            "benchmark corpus not found at {} (set LIGHTBEAM_BENCH_CORPUS)",
            dir.display()
        );
    }
    Ok(dir.canonicalize()?)
}

/// One `.wasm` file of the corpus.
#[derive(Clone, Debug)]
pub struct CorpusModule {
    /// File name without `.wasm`, e.g. `hash-wasm-sha256`.
    pub name: String,
    /// Absolute path.
    pub path: PathBuf,
    /// Size in bytes.
    pub bytes: u64,
}

/// Every module of the corpus, largest first (the order of the compile table).
pub fn modules(dir: &Path) -> Result<Vec<CorpusModule>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "wasm") {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            let bytes = path.metadata()?.len();
            out.push(CorpusModule { name, path, bytes });
        }
    }
    out.sort_by(|a, b| b.bytes.cmp(&a.bytes).then(a.name.cmp(&b.name)));
    Ok(out)
}

/// Input files that a sightglass module expects in its working directory:
/// `(source path in the corpus, name inside the preopened directory)`.
///
/// A corpus file `sightglass-X.NAME` appears as `NAME` for module `sightglass-X`.
pub fn sightglass_inputs(dir: &Path, module: &str) -> Result<Vec<(PathBuf, String)>> {
    let prefix = format!("{module}.");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        if let Some(rest) = file.strip_prefix(&prefix) {
            if rest != "wasm" {
                out.push((path.clone(), rest.to_string()));
            }
        }
    }
    out.sort();
    Ok(out)
}
