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

#[test]
fn disasm_names_the_builtin_a_call_reaches() {
    let module = scratch_file(
        "grow.wat",
        "(module (memory 1) (func (export \"grow\") (result i32) (memory.grow (i32.const 1))))",
    );
    let output = Command::new(env!("CARGO_BIN_EXE_lightbeam"))
        .arg("disasm")
        .arg(&module)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let listing = String::from_utf8(output.stdout).unwrap();
    let call = listing
        .lines()
        .find(|line| line.contains("call "))
        .unwrap_or_else(|| panic!("no call in\n{listing}"));
    assert!(call.ends_with(" ; memory.grow"), "{listing}");
    std::fs::remove_file(module).unwrap();
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

/// Runs the `lightbeam` command with `args` and returns (success, stdout, stderr).
fn lightbeam(args: &[&std::ffi::OsStr]) -> (bool, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_lightbeam"))
        .args(args)
        .output()
        .unwrap();
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// `--invoke` arguments outside the parameter's range are errors: `4294967296` used to
/// be truncated to the `i32` 0.
#[test]
fn invoke_refuses_arguments_that_do_not_fit_the_parameter() {
    let module = scratch_file(
        "identity.wat",
        r#"(module
          (func (export "i32") (param i32) (result i32) local.get 0)
          (func (export "i64") (param i64) (result i64) local.get 0))"#,
    );
    let run = |func: &str, arg: &str| {
        lightbeam(&[
            "run".as_ref(),
            module.as_os_str(),
            "--invoke".as_ref(),
            func.as_ref(),
            arg.as_ref(),
        ])
    };
    for (func, arg) in [
        ("i32", "4294967296"),
        ("i32", "-2147483649"),
        ("i64", "18446744073709551616"),
        ("i64", "-9223372036854775809"),
    ] {
        let (ok, stdout, stderr) = run(func, arg);
        assert!(!ok, "{func} {arg} printed {stdout}");
        assert!(stderr.contains("does not fit in"), "{stderr}");
    }
    // Both the signed and the unsigned spelling of a bit pattern are accepted.
    assert_eq!(run("i32", "4294967295").1, "-1: i32\n");
    assert_eq!(run("i32", "-2147483648").1, "-2147483648: i32\n");
    assert_eq!(run("i64", "18446744073709551615").1, "-1: i64\n");
    std::fs::remove_file(module).unwrap();
}

/// `compile --threads` accepts 1 to the machine's parallelism, not any number of threads.
#[test]
fn compile_refuses_a_thread_count_beyond_the_machines_parallelism() {
    let module = scratch_file("threads.wat", "(module (func))");
    for threads in ["0", "10000"] {
        let (ok, _, stderr) = lightbeam(&[
            "compile".as_ref(),
            "--threads".as_ref(),
            threads.as_ref(),
            module.as_os_str(),
        ]);
        assert!(!ok);
        assert!(stderr.contains("expected 1 to"), "{stderr}");
    }
    std::fs::remove_file(module).unwrap();
}

/// Empty input and binary garbage are reported as such, not as text parse errors.
#[test]
fn empty_and_binary_garbage_input_get_binary_errors() {
    let empty = scratch_file("empty.wasm", "");
    let (ok, _, stderr) = lightbeam(&["compile".as_ref(), empty.as_os_str()]);
    assert!(!ok);
    assert!(stderr.contains("empty input"), "{stderr}");

    let garbage = empty.with_extension("garbage");
    std::fs::write(&garbage, [0x01, 0xff, 0x00, 0x7f, 0x80, 0x13, 0x37]).unwrap();
    let (ok, _, stderr) = lightbeam(&["compile".as_ref(), garbage.as_os_str()]);
    assert!(!ok);
    assert!(stderr.contains("magic header not detected"), "{stderr}");
    std::fs::remove_file(empty).unwrap();
    std::fs::remove_file(garbage).unwrap();
}

/// Modules may use Wasm 3.0 unless `--wasm 2.0` says otherwise; proposals outside the
/// standard are accepted only with `--enable`.
#[test]
fn the_standard_and_the_proposals_a_module_may_use_are_chosen_on_the_command_line() {
    let call_ref = scratch_file(
        "call_ref.wat",
        r#"(module
             (type $t (func (result i32)))
             (func $seven (type $t) (i32.const 7))
             (elem declare func $seven)
             (func (export "f") (result i32) (call_ref $t (ref.func $seven))))"#,
    );
    let run_f = |options: &[&str], file: &std::path::Path| {
        let mut args: Vec<&std::ffi::OsStr> = options.iter().map(|o| o.as_ref()).collect();
        args.extend([
            "run".as_ref(),
            file.as_os_str(),
            "--invoke".as_ref(),
            "f".as_ref(),
        ]);
        lightbeam(&args)
    };
    let (ok, stdout, stderr) = run_f(&[], &call_ref);
    assert!(ok, "{stderr}");
    assert_eq!(stdout, "7: i32\n");
    let (ok, _, stderr) = run_f(&["--wasm", "2.0"], &call_ref);
    assert!(!ok);
    assert!(stderr.contains("function references"), "{stderr}");

    let wide = scratch_file(
        "wide.wat",
        r#"(module
             (func (export "f") (result i64)
               (i64.mul_wide_u (i64.const -1) (i64.const 2)) (drop)))"#,
    );
    let (ok, _, stderr) = run_f(&[], &wide);
    assert!(!ok);
    assert!(stderr.contains("wide arithmetic"), "{stderr}");
    let (ok, stdout, stderr) = run_f(&["--enable", "wide-arithmetic,custom-page-sizes"], &wide);
    assert!(ok, "{stderr}");
    assert_eq!(stdout, "-2: i64\n");
    // Threads are part of 3.0, and a proposal beside 2.0.
    let shared = scratch_file(
        "shared.wat",
        "(module (memory 1 1 shared) (func (export \"f\")))",
    );
    let (ok, _, stderr) = run_f(&["--wasm", "2.0"], &shared);
    assert!(!ok);
    assert!(stderr.contains("threads"), "{stderr}");
    let (ok, _, stderr) = run_f(&["--wasm", "2.0", "--enable", "threads"], &shared);
    assert!(ok, "{stderr}");
    std::fs::remove_file(call_ref).unwrap();
    std::fs::remove_file(wide).unwrap();
    std::fs::remove_file(shared).unwrap();
}
