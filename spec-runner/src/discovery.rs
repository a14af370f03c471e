//! Finds the `.wast` scripts to run and applies `--include`/`--exclude`.

use globset::{Glob, GlobSet, GlobSetBuilder};
use std::fmt;
use std::path::{Path, PathBuf};

/// A script to run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScriptFile {
    /// Where the script is on disk.
    pub path: PathBuf,
    /// The name reports use: relative to the root it was found under,
    /// `/`-separated (prefixed with the folder's name when several roots are given).
    pub display: String,
}

/// A problem finding scripts: a usage or I/O error.
#[derive(Debug)]
pub struct DiscoveryError(pub String);

impl fmt::Display for DiscoveryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DiscoveryError {}

/// Include and exclude globs over paths relative to their root.
///
/// A glob without `/` is also tried against the file name alone, so
/// `--exclude 'simd_*'` drops every simd script in every folder.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    include: Option<GlobSet>,
    exclude: Option<GlobSet>,
}

impl Filter {
    /// Builds a filter; an empty include list includes everything.
    pub fn new(include: &[String], exclude: &[String]) -> Result<Self, DiscoveryError> {
        Ok(Filter {
            include: glob_set(include)?,
            exclude: glob_set(exclude)?,
        })
    }

    /// Whether the script with this relative path is selected.
    pub fn selects(&self, relative: &str) -> bool {
        let file_name = relative.rsplit('/').next().unwrap_or(relative);
        let hit = |set: &GlobSet| set.is_match(relative) || set.is_match(file_name);
        self.include.as_ref().is_none_or(hit) && !self.exclude.as_ref().is_some_and(hit)
    }
}

fn glob_set(patterns: &[String]) -> Result<Option<GlobSet>, DiscoveryError> {
    if patterns.is_empty() {
        return Ok(None);
    }
    let mut builder = GlobSetBuilder::new();
    for pattern in patterns {
        let glob = Glob::new(pattern)
            .map_err(|error| DiscoveryError(format!("bad glob `{pattern}`: {error}")))?;
        builder.add(glob);
    }
    builder
        .build()
        .map(Some)
        .map_err(|error| DiscoveryError(error.to_string()))
}

/// The workspace root this crate was built in.
fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Resolves a PATH argument: as given, else relative to the workspace root;
/// a `testsuite` folder with no scripts (an uninitialised submodule) falls
/// back to `../shared/testsuite` next to the workspace.
pub fn resolve_root(path: &Path) -> PathBuf {
    let candidates = [path.to_path_buf(), workspace_root().join(path)];
    let existing = candidates
        .iter()
        .find(|candidate| candidate.exists() && has_scripts(candidate));
    if let Some(found) = existing {
        return found.clone();
    }
    if path.file_name().is_some_and(|name| name == "testsuite") {
        let fallbacks = [
            workspace_root().join("../shared/testsuite"),
            PathBuf::from("../shared/testsuite"),
        ];
        if let Some(fallback) = fallbacks
            .into_iter()
            .find(|candidate| has_scripts(candidate))
        {
            return fallback;
        }
    }
    path.to_path_buf()
}

fn has_scripts(path: &Path) -> bool {
    if path.is_file() {
        return true;
    }
    let mut found = Vec::new();
    walk(path, &mut found).is_ok() && !found.is_empty()
}

/// Finds every selected script under `roots`, sorted by display name.
pub fn discover(roots: &[PathBuf], filter: &Filter) -> Result<Vec<ScriptFile>, DiscoveryError> {
    let mut scripts = Vec::new();
    for root in roots {
        let resolved = resolve_root(root);
        let prefix = (roots.len() > 1 && resolved.is_dir()).then(|| root_name(root));
        for path in scripts_under(&resolved)? {
            let relative = relative_name(&resolved, &path);
            if filter.selects(&relative) {
                let display = match &prefix {
                    Some(prefix) => format!("{prefix}/{relative}"),
                    None => relative,
                };
                scripts.push(ScriptFile { path, display });
            }
        }
    }
    scripts.sort_by(|a, b| a.display.cmp(&b.display));
    scripts.dedup_by(|a, b| a.display == b.display);
    Ok(scripts)
}

fn root_name(root: &Path) -> String {
    let name = root
        .components()
        .next_back()
        .map(|c| c.as_os_str().to_string_lossy().into_owned());
    name.unwrap_or_else(|| root.display().to_string())
}

fn scripts_under(root: &Path) -> Result<Vec<PathBuf>, DiscoveryError> {
    if root.is_file() {
        return Ok(vec![root.to_path_buf()]);
    }
    if !root.exists() {
        return Err(DiscoveryError(format!(
            "{}: no such file or directory",
            root.display()
        )));
    }
    let mut found = Vec::new();
    walk(root, &mut found)
        .map_err(|error| DiscoveryError(format!("{}: {error}", root.display())))?;
    Ok(found)
}

fn walk(dir: &Path, found: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, found)?;
        } else if path.extension().is_some_and(|ext| ext == "wast") {
            found.push(path);
        }
    }
    Ok(())
}

fn relative_name(root: &Path, path: &Path) -> String {
    let relative = if root.is_file() {
        Path::new(path.file_name().unwrap_or(path.as_os_str()))
    } else {
        path.strip_prefix(root).unwrap_or(path)
    };
    let parts: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    parts.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filter(include: &[&str], exclude: &[&str]) -> Filter {
        let owned = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        Filter::new(&owned(include), &owned(exclude)).unwrap()
    }

    #[test]
    fn exclude_by_file_name_reaches_every_folder() {
        let no_simd = filter(&[], &["simd_*"]);
        assert!(!no_simd.selects("simd_lane.wast"));
        assert!(!no_simd.selects("proposals/relaxed/simd_x.wast"));
        assert!(no_simd.selects("i32.wast"));
    }

    #[test]
    fn include_limits_and_exclude_wins() {
        let only_proposals = filter(&["proposals/**"], &["**/threads/**"]);
        assert!(only_proposals.selects("proposals/memory64/a.wast"));
        assert!(!only_proposals.selects("proposals/threads/atomic.wast"));
        assert!(!only_proposals.selects("i32.wast"));
    }

    #[test]
    fn bad_globs_are_reported() {
        assert!(Filter::new(&["[".into()], &[]).is_err());
    }
}
