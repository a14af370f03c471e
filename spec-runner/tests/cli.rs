//! The binary's contract: exit codes, the failure line format, reports on
//! disk, and the baseline workflow.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn spec_runner(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_spec-runner"))
        .args(args)
        .args(["--timeout", "0.3"])
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("spec-runner-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn path(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn passing_run_exits_zero_with_a_summary() {
    let output = spec_runner(&["--engine", "wasmi", path(&fixtures().join("pass.wast"))]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(stdout(&output)
        .contains("1 files (1 passed), 33 directives: 33 passed, 0 failed, 0 skipped"));
}

#[test]
fn failing_run_exits_one_with_a_line_per_failure() {
    let output = spec_runner(&["--engine", "wasmi", path(&fixtures().join("fail.wast"))]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(
        text.contains(
            "fail.wast:19:2 assert_return: expected [i32:2 (0x00000002)] got [i32:1 (0x00000001)]"
        ),
        "{text}"
    );
}

#[test]
fn usage_and_io_errors_exit_two() {
    assert_eq!(spec_runner(&["/nonexistent/path"]).status.code(), Some(2));
    assert_eq!(spec_runner(&["--no-such-flag", "x"]).status.code(), Some(2));
    let unknown_engine = spec_runner(&["--engine", "nonesuch", path(&fixtures())]);
    assert_eq!(unknown_engine.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown_engine.stderr).contains("unknown engine `nonesuch`"));
}

/// Without the feature, `--engine wasmtime` (alone or in a list) is a usage
/// error that says how to build it in.
#[cfg(not(feature = "wasmtime"))]
#[test]
fn wasmtime_without_its_feature_is_a_usage_error() {
    for engines in ["wasmtime", "wasmi,wasmtime"] {
        let output = spec_runner(&["--engine", engines, path(&fixtures())]);
        assert_eq!(output.status.code(), Some(2), "{engines}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("--features wasmtime"),
            "{engines}: {stderr}"
        );
    }
}

#[test]
fn list_applies_include_and_exclude() {
    let output = spec_runner(&[
        "--list",
        "--exclude",
        "pa*",
        "--exclude",
        "t*",
        path(&fixtures()),
    ]);
    assert_eq!(stdout(&output), "fail.wast\n");
    let output = spec_runner(&["--list", "--include", "pass.*", path(&fixtures())]);
    assert_eq!(stdout(&output), "pass.wast\n");
}

#[test]
fn show_wat_prints_the_failing_module() {
    let output = spec_runner(&["--show-wat", path(&fixtures().join("fail.wast"))]);
    assert!(
        stdout(&output).contains("(func (;0;) (type"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn reports_are_written() {
    let dir = scratch("reports");
    let outputs =
        ["run.json", "run.xml", "run.md", "run.html"].map(|name| dir.join("nested").join(name));
    let output = spec_runner(&[
        "--json",
        path(&outputs[0]),
        "--junit",
        path(&outputs[1]),
        "--summary-md",
        path(&outputs[2]),
        "--html",
        path(&outputs[3]),
        "--exclude",
        "timeout.wast",
        path(&fixtures()),
    ]);
    assert_eq!(output.status.code(), Some(1));
    for file in &outputs {
        assert!(
            std::fs::metadata(file).unwrap().len() > 100,
            "{}",
            file.display()
        );
    }
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&outputs[0]).unwrap()).unwrap();
    assert_eq!(json["totals"]["files"], 3);
}

#[test]
fn baseline_gates_on_unexpected_failures_and_reports_unexpected_passes() {
    let dir = scratch("baseline");
    let baseline = dir.join("baseline.txt");
    let fail = fixtures().join("fail.wast");
    let update = spec_runner(&[
        "--engine",
        "wasmi",
        "--baseline",
        path(&baseline),
        "--update-baseline",
        path(&fail),
    ]);
    assert_eq!(update.status.code(), Some(0));
    let written = std::fs::read_to_string(&baseline).unwrap();
    assert!(
        written.contains("# assert_return: expected [i32:2"),
        "{written}"
    );
    assert!(written.contains("fail.wast:19\n"));

    let all_expected = spec_runner(&[
        "--engine",
        "wasmi",
        "--baseline",
        path(&baseline),
        path(&fail),
    ]);
    assert_eq!(
        all_expected.status.code(),
        Some(0),
        "{}",
        stdout(&all_expected)
    );
    assert!(stdout(&all_expected).contains("0 unexpected failures"));

    std::fs::write(
        &baseline,
        written.replace("fail.wast:19\n", "fail.wast:5\n"),
    )
    .unwrap();
    let regressed = spec_runner(&[
        "--engine",
        "wasmi",
        "--baseline",
        path(&baseline),
        path(&fail),
    ]);
    assert_eq!(regressed.status.code(), Some(1));
    let text = stdout(&regressed);
    assert!(
        text.contains("unexpected failure: fail.wast:19:2 assert_return"),
        "{text}"
    );
    assert!(
        text.contains("unexpected pass (remove it from the baseline): fail.wast:5"),
        "{text}"
    );
}
