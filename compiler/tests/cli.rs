//! The `lightbeam` command: `compile` statistics and output, `run` of a WASI command.

use std::process::Command;

/// Writes `text` to a fresh file in the temporary directory and returns its path.
fn scratch_file(name: &str, text: &str) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("lightbeam-cli-{}-{name}", std::process::id()));
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn compile_reports_functions_and_writes_code() {
    let module = scratch_file(
        "two.wat",
        "(module (func (result i32) i32.const 1) (func (param i32) (result i32) local.get 0))",
    );
    let out = module.with_extension("bin");
    let output = Command::new(env!("CARGO_BIN_EXE_lightbeam"))
        .args(["compile", "--threads", "1", "-o"])
        .arg(&out)
        .arg(&module)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let report = String::from_utf8(output.stdout).unwrap();
    let code_bytes = std::fs::metadata(&out).unwrap().len();
    assert!(
        report.starts_with(&format!("2 functions, {code_bytes} code bytes, ")),
        "{report}"
    );
    assert!(code_bytes > 0);
    std::fs::remove_file(module).unwrap();
    std::fs::remove_file(out).unwrap();
}

#[cfg(feature = "wasi")]
#[test]
fn run_passes_arguments_and_exits_with_the_program_status() {
    let module = scratch_file(
        "exit.wat",
        r#"(module
          (import "wasi_snapshot_preview1" "args_sizes_get"
            (func $sizes (param i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
          (memory (export "memory") 1)
          (func (export "_start")
            (drop (call $sizes (i32.const 0) (i32.const 4)))
            (call $exit (i32.add (i32.const 40) (i32.load (i32.const 0))))))"#,
    );
    let status = Command::new(env!("CARGO_BIN_EXE_lightbeam"))
        .arg("run")
        .arg(&module)
        .args(["--", "one", "--two"])
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(43));
    std::fs::remove_file(module).unwrap();
}
