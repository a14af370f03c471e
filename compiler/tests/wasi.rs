//! WASI preview1: standard output, arguments and environment, the sandbox, exit status,
//! and a real command module from the benchmark corpus.
#![cfg(feature = "wasi")]

mod common;

use common::Harness;
use lightbeam::wasi::{self, Output, OutputPipe, PathResolution, WasiCtx};
use lightbeam::{Engine, Extern, Func, FuncType, Linker, Module, Store, Trap, Val};

/// Instantiates `wat` with WASI from `ctx` and calls its export `name`.
fn run(wat: &str, name: &str, ctx: WasiCtx) -> Result<Vec<Val>, Trap> {
    Harness::with_imports(wat, |store| {
        let mut linker = Linker::new();
        wasi::add_to_linker(&mut linker, store, ctx);
        linker
    })
    .call(name, &[])
}

#[test]
fn fd_write_hello_to_stdout() {
    let stdout = OutputPipe::new();
    let ctx = WasiCtx::new().with_stdout(Output::Pipe(stdout.clone()));
    let wat = r#"
      (module
        (import "wasi_snapshot_preview1" "fd_write"
          (func $fd_write (param i32 i32 i32 i32) (result i32)))
        (memory (export "memory") 1)
        (data (i32.const 8) "hello")
        (func (export "_start") (result i32)
          (i32.store (i32.const 0) (i32.const 8))
          (i32.store (i32.const 4) (i32.const 5))
          (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 20))))"#;
    assert_eq!(run(wat, "_start", ctx).unwrap(), vec![Val::I32(0)]);
    assert_eq!(stdout.contents(), b"hello");
}

#[test]
fn fd_write_to_a_closed_descriptor_is_ebadf() {
    let wat = r#"
      (module
        (import "wasi_snapshot_preview1" "fd_write"
          (func $fd_write (param i32 i32 i32 i32) (result i32)))
        (memory (export "memory") 1)
        (func (export "_start") (result i32)
          (call $fd_write (i32.const 9) (i32.const 0) (i32.const 0) (i32.const 20))))"#;
    let errno = run(wat, "_start", WasiCtx::new()).unwrap();
    assert_eq!(errno, vec![Val::I32(wasi::Errno::BADF.0 as i32)]);
}

/// Copies argv (or environ) into memory with the sizes/get pair and writes the strings
/// buffer to stdout.
fn strings_module(kind: &str) -> String {
    format!(
        r#"
      (module
        (import "wasi_snapshot_preview1" "{kind}_sizes_get"
          (func $sizes (param i32 i32) (result i32)))
        (import "wasi_snapshot_preview1" "{kind}_get"
          (func $get (param i32 i32) (result i32)))
        (import "wasi_snapshot_preview1" "fd_write"
          (func $fd_write (param i32 i32 i32 i32) (result i32)))
        (memory (export "memory") 1)
        (func (export "_start") (result i32)
          (drop (call $sizes (i32.const 0) (i32.const 4)))
          (drop (call $get (i32.const 64) (i32.const 256)))
          (i32.store (i32.const 8) (i32.const 256))
          (i32.store (i32.const 12) (i32.load (i32.const 4)))
          (drop (call $fd_write (i32.const 1) (i32.const 8) (i32.const 1) (i32.const 16)))
          (i32.load (i32.const 0))))"#
    )
}

#[test]
fn args_round_trip() {
    let stdout = OutputPipe::new();
    let ctx = WasiCtx::new()
        .with_args(["prog", "one", "two"])
        .with_stdout(Output::Pipe(stdout.clone()));
    let count = run(&strings_module("args"), "_start", ctx).unwrap();
    assert_eq!(count, vec![Val::I32(3)]);
    assert_eq!(stdout.contents(), b"prog\0one\0two\0");
}

#[test]
fn environ_round_trip() {
    let stdout = OutputPipe::new();
    let ctx = WasiCtx::new()
        .with_env("A", "1")
        .with_env("PATH", "/bin")
        .with_stdout(Output::Pipe(stdout.clone()));
    let count = run(&strings_module("environ"), "_start", ctx).unwrap();
    assert_eq!(count, vec![Val::I32(2)]);
    assert_eq!(stdout.contents(), b"A=1\0PATH=/bin\0");
}

#[test]
fn proc_exit_status_is_observed() {
    let wat = r#"
      (module
        (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
        (memory (export "memory") 1)
        (func (export "_start") (call $exit (i32.const 7)) unreachable))"#;
    let outcome = run(wat, "_start", WasiCtx::new());
    assert_eq!(outcome.as_ref().unwrap_err().exit_status, Some(7));
    assert_eq!(wasi::exit_status(&outcome), Some(7));
}

/// A module whose `open` export calls `path_open` on descriptor 3 with the path stored
/// at 100 and returns the errno (the new descriptor is stored at 0).
fn open_module(path: &str) -> String {
    format!(
        r#"
      (module
        (import "wasi_snapshot_preview1" "path_open"
          (func $open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
        (import "wasi_snapshot_preview1" "fd_read"
          (func $read (param i32 i32 i32 i32) (result i32)))
        (memory (export "memory") 1)
        (data (i32.const 100) "{path}")
        (func (export "open") (result i32)
          (call $open (i32.const 3) (i32.const 0) (i32.const 100) (i32.const {len})
            (i32.const 0) (i64.const 2) (i64.const 0) (i32.const 0) (i32.const 0)))
        (func (export "read") (result i32)
          (i32.store (i32.const 8) (i32.const 200))
          (i32.store (i32.const 12) (i32.const 32))
          (drop (call $read (i32.load (i32.const 0)) (i32.const 8) (i32.const 1) (i32.const 16)))
          (i32.load (i32.const 16))))"#,
        len = path.len()
    )
}

/// A scratch directory with `inside/file.txt`, a sibling `secret.txt`, a symlink
/// `inside/link` pointing at the secret and a symlink `inside/up` to the scratch
/// directory itself.
fn sandbox(name: &str) -> std::path::PathBuf {
    let base = std::env::temp_dir().join(format!("lightbeam-wasi-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&base);
    std::fs::create_dir_all(base.join("inside/sub")).unwrap();
    std::fs::write(base.join("inside/file.txt"), "inside!").unwrap();
    std::fs::write(base.join("secret.txt"), "secret").unwrap();
    std::os::unix::fs::symlink(base.join("secret.txt"), base.join("inside/link")).unwrap();
    std::os::unix::fs::symlink(&base, base.join("inside/up")).unwrap();
    base
}

/// Both ways of resolving paths: `openat2` (where the kernel has it) and the walk.
const RESOLUTIONS: [PathResolution; 2] = [PathResolution::Auto, PathResolution::Portable];

/// The errno of opening `path` in the preopened `inside` directory.
fn open_errno(base: &std::path::Path, path: &str, resolution: PathResolution) -> i32 {
    let ctx = WasiCtx::new()
        .with_path_resolution(resolution)
        .with_preopened_dir(base.join("inside"), ".")
        .unwrap();
    match run(&open_module(path), "open", ctx).unwrap()[..] {
        [Val::I32(errno)] => errno,
        ref other => panic!("unexpected results {other:?}"),
    }
}

#[test]
fn path_open_reads_inside_the_preopen() {
    let base = sandbox("read");
    let engine = Engine::default();
    let module = Module::new(&engine, open_module("sub/../file.txt")).unwrap();
    let mut store = Store::new(&engine);
    let mut linker = Linker::new();
    let ctx = WasiCtx::new()
        .with_preopened_dir(base.join("inside"), ".")
        .unwrap();
    wasi::add_to_linker(&mut linker, &mut store, ctx);
    let instance = linker.instantiate(&mut store, &module).unwrap();
    let open = instance.get_func(&store, "open").unwrap().unwrap();
    assert_eq!(open.call(&mut store, &[]).unwrap(), vec![Val::I32(0)]);
    let read = instance.get_func(&store, "read").unwrap().unwrap();
    assert_eq!(read.call(&mut store, &[]).unwrap(), vec![Val::I32(7)]);
    let memory = instance.get_memory(&store, "memory").unwrap().unwrap();
    assert_eq!(&memory.data_bytes(&store).unwrap()[200..207], b"inside!");
    std::fs::remove_dir_all(base).unwrap();
}

#[test]
fn path_escapes_are_refused() {
    let base = sandbox("escape");
    let not_capable = wasi::Errno::NOTCAPABLE.0 as i32;
    for resolution in RESOLUTIONS {
        let errno = |path: &str| open_errno(&base, path, resolution);
        assert_eq!(errno("../secret.txt"), not_capable, "{resolution:?}");
        assert_eq!(errno("sub/../../secret.txt"), not_capable, "{resolution:?}");
        assert_eq!(errno("sub/../.."), not_capable, "{resolution:?}");
        let absolute = base.join("secret.txt").display().to_string();
        assert_eq!(errno(&absolute), not_capable, "{resolution:?}");
        assert_eq!(errno("link"), not_capable, "{resolution:?}");
        assert_eq!(errno("link/"), not_capable, "{resolution:?}");
        assert_eq!(errno("up/secret.txt"), not_capable, "{resolution:?}");
        assert_eq!(errno("up/inside/file.txt"), not_capable, "{resolution:?}");
        assert_eq!(
            errno("missing.txt"),
            wasi::Errno::NOENT.0 as i32,
            "{resolution:?}"
        );
        assert_eq!(
            errno("file.txt/"),
            wasi::Errno::NOTDIR.0 as i32,
            "{resolution:?}"
        );
        assert_eq!(
            errno("file.txt/x"),
            wasi::Errno::NOTDIR.0 as i32,
            "{resolution:?}"
        );
        assert_eq!(errno(""), wasi::Errno::NOENT.0 as i32, "{resolution:?}");
        for inside in [
            "file.txt",
            "./sub/../file.txt",
            "sub//../file.txt",
            "sub",
            "sub/..",
            ".",
        ] {
            assert_eq!(errno(inside), 0, "{inside} with {resolution:?}");
        }
    }
    std::fs::remove_dir_all(base).unwrap();
}

/// `path_filestat_get(3, flags, path)` of `inside`, returning the errno and storing the
/// file type at 0.
fn filestat(
    base: &std::path::Path,
    path: &str,
    flags: u32,
    resolution: PathResolution,
) -> (i32, u8) {
    let wat = format!(
        r#"
      (module
        (import "wasi_snapshot_preview1" "path_filestat_get"
          (func $stat (param i32 i32 i32 i32 i32) (result i32)))
        (memory (export "memory") 1)
        (data (i32.const 100) "{path}")
        (func (export "stat") (result i32)
          (call $stat (i32.const 3) (i32.const {flags}) (i32.const 100) (i32.const {len})
            (i32.const 200))))"#,
        len = path.len()
    );
    let ctx = WasiCtx::new()
        .with_path_resolution(resolution)
        .with_preopened_dir(base.join("inside"), ".")
        .unwrap();
    let mut harness = Harness::with_imports(wat, |store| {
        let mut linker = Linker::new();
        wasi::add_to_linker(&mut linker, store, ctx);
        linker
    });
    let Val::I32(errno) = harness.one("stat", &[]) else {
        panic!("not an i32")
    };
    let memory = harness
        .instance
        .get_memory(&harness.store, "memory")
        .unwrap()
        .unwrap();
    (errno, memory.data_bytes(&harness.store).unwrap()[216])
}

#[test]
fn path_filestat_get_describes_a_link_but_never_follows_it() {
    let base = sandbox("stat");
    for resolution in RESOLUTIONS {
        assert_eq!(filestat(&base, "file.txt", 1, resolution), (0, 4));
        assert_eq!(filestat(&base, "sub/..", 0, resolution), (0, 3));
        assert_eq!(filestat(&base, "link", 0, resolution), (0, 7));
        let not_capable = wasi::Errno::NOTCAPABLE.0 as i32;
        assert_eq!(filestat(&base, "link", 1, resolution).0, not_capable);
        assert_eq!(
            filestat(&base, "up/secret.txt", 0, resolution).0,
            not_capable
        );
        assert_eq!(
            filestat(&base, "../secret.txt", 0, resolution).0,
            not_capable
        );
        assert_eq!(
            filestat(&base, "file.txt", 2, resolution).0,
            wasi::Errno::INVAL.0 as i32
        );
    }
    std::fs::remove_dir_all(base).unwrap();
}

#[test]
fn sightglass_fib2_runs_to_completion() {
    let path = std::path::Path::new("/work/shared/bench/sightglass-shootout-fib2.wasm");
    let Ok(bytes) = std::fs::read(path) else {
        eprintln!("skipped: {} is not present", path.display());
        return;
    };
    let engine = Engine::default();
    let module = Module::new(&engine, bytes).unwrap();
    let mut store = Store::new(&engine);
    let mut linker = Linker::new();
    let stdout = OutputPipe::new();
    let ctx = WasiCtx::new()
        .with_args(["fib2"])
        .with_stdout(Output::Pipe(stdout.clone()));
    wasi::add_to_linker(&mut linker, &mut store, ctx);
    for name in ["start", "end"] {
        let marker = Func::new_host(&mut store, FuncType::new([], []), |_| Ok(vec![]));
        linker.define("bench", name, Extern::Func(marker));
    }
    let instance = linker.instantiate(&mut store, &module).unwrap();
    let start = instance.get_func(&store, "_start").unwrap().unwrap();
    let outcome = start.call(&mut store, &[]);
    assert_eq!(wasi::exit_status(&outcome), Some(0), "{outcome:?}");
    assert_eq!(
        String::from_utf8(stdout.contents()).unwrap(),
        "[fib2] finding fibonacci number of: 42\n[fib2] returned: 433494437\n"
    );
}

#[test]
fn poll_oneoff_sleeps_on_a_relative_clock() {
    // One clock subscription (tag 0, monotonic, 2 ms relative) at 0; the event at 64.
    let wat = r#"
      (module
        (import "wasi_snapshot_preview1" "poll_oneoff"
          (func $poll (param i32 i32 i32 i32) (result i32)))
        (memory (export "memory") 1)
        (func (export "_start") (result i32)
          (i64.store (i32.const 0) (i64.const 42))
          (i32.store (i32.const 16) (i32.const 1))
          (i64.store (i32.const 24) (i64.const 2000000))
          (drop (call $poll (i32.const 0) (i32.const 64) (i32.const 1) (i32.const 200)))
          (i32.add
            (i32.mul (i32.load (i32.const 200)) (i32.const 1000))
            (i32.wrap_i64 (i64.load (i32.const 64))))))"#;
    let started = std::time::Instant::now();
    let result = run(wat, "_start", WasiCtx::new()).unwrap();
    assert!(started.elapsed() >= std::time::Duration::from_millis(2));
    assert_eq!(result, vec![Val::I32(1042)]);
}

#[test]
fn clock_time_get_rejects_unknown_clocks() {
    let wat = r#"
      (module
        (import "wasi_snapshot_preview1" "clock_time_get"
          (func $time (param i32 i64 i32) (result i32)))
        (memory (export "memory") 1)
        (func (export "_start") (result i32)
          (i32.add
            (i32.mul (call $time (i32.const 1) (i64.const 1) (i32.const 0)) (i32.const 100))
            (call $time (i32.const 9) (i64.const 1) (i32.const 0)))))"#;
    let result = run(wat, "_start", WasiCtx::new()).unwrap();
    assert_eq!(result, vec![Val::I32(wasi::Errno::INVAL.0 as i32)]);
}
