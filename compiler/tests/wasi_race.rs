//! The WASI sandbox against a concurrent attacker on the host: another thread keeps
//! exchanging a directory inside the preopen with a symbolic link to a directory
//! outside it (`renameat2(RENAME_EXCHANGE)`), while the guest opens, reads and creates
//! files through that directory. No open may ever resolve outside the preopen.
//!
//! Reproduces the escape where each component was checked with `lstat` on a host path
//! string and the whole path opened afterwards: a swap between the check and the open
//! made the guest read `outside/f.txt` and create `outside/new.txt`.
#![cfg(all(feature = "wasi", target_os = "linux"))]

use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use lightbeam::wasi::{self, PathResolution, WasiCtx};
use lightbeam::{Engine, Linker, Module, Store, Val};

/// Exchanges held by the attacking thread in one run.
const EXCHANGES: u32 = 100_000;

/// `read_race` opens `race/f.txt` (read right), reads up to 32 bytes to 200 and returns
/// the count, or minus the errno; `create_race` opens `race/new.txt` with `O_CREAT`.
const GUEST: &str = r#"
  (module
    (import "wasi_snapshot_preview1" "path_open"
      (func $open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "fd_read"
      (func $read (param i32 i32 i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "fd_close" (func $close (param i32) (result i32)))
    (memory (export "memory") 1)
    (data (i32.const 100) "race/f.txt")
    (data (i32.const 120) "race/new.txt")
    (func (export "read_race") (result i32)
      (local $errno i32)
      (local.set $errno
        (call $open (i32.const 3) (i32.const 0) (i32.const 100) (i32.const 10)
          (i32.const 0) (i64.const 2) (i64.const 0) (i32.const 0) (i32.const 0)))
      (if (local.get $errno) (then (return (i32.sub (i32.const 0) (local.get $errno)))))
      (i32.store (i32.const 8) (i32.const 200))
      (i32.store (i32.const 12) (i32.const 32))
      (local.set $errno
        (call $read (i32.load (i32.const 0)) (i32.const 8) (i32.const 1) (i32.const 16)))
      (drop (call $close (i32.load (i32.const 0))))
      (if (local.get $errno) (then (return (i32.sub (i32.const 0) (local.get $errno)))))
      (i32.load (i32.const 16)))
    (func (export "create_race") (result i32)
      (local $errno i32)
      (local.set $errno
        (call $open (i32.const 3) (i32.const 0) (i32.const 120) (i32.const 12)
          (i32.const 1) (i64.const 64) (i64.const 0) (i32.const 0) (i32.const 0)))
      (if (i32.eqz (local.get $errno)) (then (drop (call $close (i32.load (i32.const 0))))))
      (local.get $errno)))"#;

/// A C string of `path`.
fn c_path(path: &Path) -> CString {
    CString::new(path.as_os_str().as_bytes()).unwrap()
}

/// `base/root` (preopened) holds `race/f.txt` and a link `swap` to `base/outside`, which
/// holds `f.txt` with the secret.
fn layout(name: &str) -> PathBuf {
    let base = std::env::temp_dir().join(format!("lightbeam-race-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&base);
    std::fs::create_dir_all(base.join("root/race")).unwrap();
    std::fs::create_dir_all(base.join("outside")).unwrap();
    std::fs::write(base.join("root/race/f.txt"), "inside").unwrap();
    std::fs::write(base.join("outside/f.txt"), "OUTSIDE SECRET").unwrap();
    std::os::unix::fs::symlink(base.join("outside"), base.join("root/swap")).unwrap();
    base
}

/// Runs the guest against the swapping thread and checks that nothing outside leaked.
fn race(name: &str, resolution: PathResolution) {
    let base = layout(name);
    let engine = Engine::default();
    let module = Module::new(&engine, GUEST).unwrap();
    let mut store = Store::new(&engine);
    let mut linker = Linker::new();
    let ctx = WasiCtx::new()
        .with_path_resolution(resolution)
        .with_preopened_dir(base.join("root"), ".")
        .unwrap();
    wasi::add_to_linker(&mut linker, &mut store, ctx);
    let instance = linker.instantiate(&mut store, &module).unwrap();
    let read_race = instance.get_func(&store, "read_race").unwrap().unwrap();
    let create_race = instance.get_func(&store, "create_race").unwrap().unwrap();
    let memory = instance.get_memory(&store, "memory").unwrap().unwrap();

    let done = Arc::new(AtomicBool::new(false));
    let swapper = {
        let done = Arc::clone(&done);
        let (race, swap) = (
            c_path(&base.join("root/race")),
            c_path(&base.join("root/swap")),
        );
        std::thread::spawn(move || {
            for _ in 0..EXCHANGES {
                // SAFETY: both paths are NUL-terminated C strings that outlive the call.
                let status = unsafe {
                    libc::renameat2(
                        libc::AT_FDCWD,
                        race.as_ptr(),
                        libc::AT_FDCWD,
                        swap.as_ptr(),
                        libc::RENAME_EXCHANGE,
                    )
                };
                assert_eq!(status, 0, "{}", std::io::Error::last_os_error());
            }
            done.store(true, Ordering::SeqCst);
        })
    };

    let (mut reads, mut leaks, mut calls) = (0u32, 0u32, 0u32);
    while !done.load(Ordering::SeqCst) {
        calls += 1;
        let outcome = if calls % 2 == 0 {
            read_race.call(&mut store, &[]).unwrap()
        } else {
            create_race.call(&mut store, &[]).unwrap()
        };
        if calls % 2 == 0 && matches!(outcome[..], [Val::I32(n)] if n > 0) {
            reads += 1;
            if memory.data_bytes(&store).unwrap()[200..207] == *b"OUTSIDE" {
                leaks += 1;
            }
            memory.data_bytes_mut(&mut store).unwrap()[200..232].fill(0);
        }
    }
    swapper.join().unwrap();

    let outside: Vec<_> = std::fs::read_dir(base.join("outside"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name())
        .collect();
    assert_eq!(
        std::fs::read(base.join("outside/f.txt")).unwrap(),
        b"OUTSIDE SECRET"
    );
    assert_eq!(
        leaks, 0,
        "{leaks} of {reads} reads came from outside the preopen"
    );
    assert_eq!(outside, ["f.txt"], "a file was created outside the preopen");
    assert!(reads > 0, "no read succeeded in {calls} calls");
    std::fs::remove_dir_all(base).unwrap();
}

#[test]
fn exchanged_symlink_never_leads_outside_with_openat2() {
    race("openat2", PathResolution::Auto);
}

#[test]
fn exchanged_symlink_never_leads_outside_with_the_component_walk() {
    race("walk", PathResolution::Portable);
}
