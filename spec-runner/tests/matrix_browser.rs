//! The conformance matrix page in a real browser: runs the spec-runner on two engines
//! twice with a history folder, loads the page in headless Chromium with the network
//! cut off, and reads every cell back from the DOM the browser built. The numbers
//! must be the ones in the run's JSON, and the second page must show the changes
//! section.
//!
//! Needs Chromium (`ci/install.sh` installs it; `CHROMIUM=/path` picks another
//! binary): without a browser this test fails rather than pass unchecked.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn scratch() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("spec-runner-matrix-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs the matrix over `tests/matrix-scripts` on lightbeam and wasmi.
fn run_matrix(dir: &Path, name: &str) {
    let scripts = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/matrix-scripts");
    let output = Command::new(env!("CARGO_BIN_EXE_spec-runner"))
        .args(["--engine", "lightbeam,wasmi", "--wasm", "3.0"])
        .arg("--json")
        .arg(dir.join(format!("{name}.json")))
        .arg("--html")
        .arg(dir.join(format!("{name}.html")))
        .arg("--summary-md")
        .arg(dir.join(format!("{name}.md")))
        .arg("--history")
        .arg(dir.join("history"))
        .arg(&scripts)
        .output()
        .expect("spec-runner runs");
    // 0 when every engine passes every script, 1 when one failed a directive.
    assert!(
        matches!(output.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

fn chromium() -> PathBuf {
    if let Some(path) = std::env::var_os("CHROMIUM") {
        return path.into();
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    for dir in std::env::split_paths(&path) {
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return candidate;
            }
        }
    }
    panic!("no Chromium found: install it (ci/install.sh does) or set CHROMIUM=/path/to/it");
}

/// The DOM headless Chromium builds from `page`, with every host unresolvable so the
/// page cannot reach the network.
fn browser_dom(page: &Path, profile: &Path) -> String {
    let output = Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--host-resolver-rules=MAP * ~NOTFOUND",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("Chromium starts");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("the DOM is UTF-8")
}

/// `(engine, script) -> (passed, total)` of every script cell in `dom`.
fn cells_in(dom: &str) -> BTreeMap<(String, String), (u64, u64)> {
    let attribute = |tag: &str, name: &str| -> Option<String> {
        let start = tag.find(&format!("{name}=\""))? + name.len() + 2;
        let end = start + tag[start..].find('"')?;
        Some(tag[start..end].to_owned())
    };
    let mut cells = BTreeMap::new();
    for piece in dom.split("<td").skip(1) {
        let tag = &piece[..piece.find('>').unwrap_or(piece.len())];
        let (Some(engine), Some(file), Some(passed), Some(total)) = (
            attribute(tag, "data-engine"),
            attribute(tag, "data-file"),
            attribute(tag, "data-passed"),
            attribute(tag, "data-total"),
        ) else {
            continue;
        };
        cells.insert(
            (engine, file),
            (passed.parse().unwrap(), total.parse().unwrap()),
        );
    }
    cells
}

/// The same map from the run's JSON matrix.
fn cells_in_json(path: &Path) -> BTreeMap<(String, String), (u64, u64)> {
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(path).unwrap()).expect("the matrix is JSON");
    let mut cells = BTreeMap::new();
    for run in json["runs"].as_array().expect("runs") {
        let engine = run["engine"].as_str().unwrap().to_owned();
        for file in run["files"].as_array().unwrap() {
            cells.insert(
                (engine.clone(), file["path"].as_str().unwrap().to_owned()),
                (
                    file["passed"].as_u64().unwrap(),
                    file["directives"].as_u64().unwrap(),
                ),
            );
        }
    }
    cells
}

#[test]
fn the_browser_shows_the_matrix_of_the_run_and_the_change_since_the_last() {
    let dir = scratch();
    run_matrix(&dir, "first");
    run_matrix(&dir, "second");

    let page = std::fs::read_to_string(dir.join("second.html")).unwrap();
    for external in ["http://", "https://", "<script", "<link", "src=", "url("] {
        assert!(
            !page.contains(external),
            "the page must work offline: {external}"
        );
    }

    let dom = browser_dom(&dir.join("second.html"), &dir.join("profile"));
    let shown = cells_in(&dom);
    let expected = cells_in_json(&dir.join("second.json"));
    assert_eq!(
        expected.len(),
        4,
        "two engines times two scripts: {expected:?}"
    );
    assert_eq!(shown, expected);
    assert!(
        dom.contains("id=\"changes\""),
        "the second run shows the change since the first"
    );
    let history = std::fs::read_dir(dir.join("history")).unwrap().count();
    assert_eq!(history, 2, "each run is kept");
    std::fs::remove_dir_all(&dir).unwrap();
}
