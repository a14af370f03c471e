//! WASI against hostile arguments: every pointer and count a guest passes is checked
//! against its memory before the host acts on it, so a guest gets `EFAULT`/`EINVAL`, never
//! a host abort, and a sleep ends when the store is interrupted.
//!
//! Reproduces: `poll_oneoff(0, 0, -1)` on a 4 GiB memory, whose `input + i * 48` wrapped
//! as `u32` while a host `Vec` grew until the allocator aborted; `fd_write`/`fd_read` with
//! `iovs_len = 0x1fffffff`, which allocated a 4 GiB iovec array on the host; and a
//! `poll_oneoff` sleep of `u64::MAX` that ignored the store's interrupt and never returned.
#![cfg(feature = "wasi")]

use std::time::{Duration, Instant};

use lightbeam::wasi::{self, Errno, Output, OutputPipe, WasiCtx};
use lightbeam::{Engine, Instance, Linker, Module, Store, TrapCode, Val};

/// 64 KiB pages in a 4 GiB memory.
const FOUR_GIB_PAGES: u32 = 65536;

/// The imports the tests call, each re-exported as `call_NAME` taking `i32`s (and the
/// `i64`s of `path_open`) and returning the errno.
const IMPORTS: &[(&str, &str)] = &[
    ("poll_oneoff", "i32 i32 i32 i32"),
    ("fd_write", "i32 i32 i32 i32"),
    ("fd_read", "i32 i32 i32 i32"),
    ("args_get", "i32 i32"),
    ("environ_get", "i32 i32"),
    ("random_get", "i32 i32"),
    ("fd_prestat_dir_name", "i32 i32 i32"),
    ("path_open", "i32 i32 i32 i32 i32 i64 i64 i32 i32"),
    ("path_filestat_get", "i32 i32 i32 i32 i32"),
];

/// A module with `pages` of memory that re-exports every function of [`IMPORTS`].
fn module(pages: u32) -> String {
    let mut wat = String::from("(module\n");
    for (name, params) in IMPORTS {
        wat += &format!(
            "(import \"wasi_snapshot_preview1\" \"{name}\" (func ${name} (param {params}) (result i32)))\n"
        );
    }
    wat += &format!("(memory (export \"memory\") {pages})\n");
    for (name, params) in IMPORTS {
        let gets: String = (0..params.split(' ').count())
            .map(|i| format!("(local.get {i})"))
            .collect();
        wat += &format!(
            "(func (export \"call_{name}\") (param {params}) (result i32) (call ${name} {gets}))\n"
        );
    }
    wat + ")"
}

/// An instance of [`module`] with WASI from `ctx`.
struct Guest {
    store: Store,
    instance: Instance,
}

impl Guest {
    /// Instantiates [`module`]`(pages)` with `ctx`.
    fn new(pages: u32, ctx: WasiCtx) -> Self {
        let engine = Engine::default();
        let module = Module::new(&engine, module(pages)).unwrap();
        let mut store = Store::new(&engine);
        let mut linker = Linker::new();
        wasi::add_to_linker(&mut linker, &mut store, ctx);
        let instance = linker.instantiate(&mut store, &module).unwrap();
        Guest { store, instance }
    }

    /// Calls `name` with `i32` arguments and returns its errno.
    fn errno(&mut self, name: &str, args: &[u32]) -> Errno {
        let args: Vec<Val> = args.iter().map(|arg| Val::I32(*arg as i32)).collect();
        self.errno_of(name, &args)
    }

    /// Calls `name` with `args` and returns its errno.
    fn errno_of(&mut self, name: &str, args: &[Val]) -> Errno {
        let func = self
            .instance
            .get_func(&self.store, &format!("call_{name}"))
            .unwrap()
            .unwrap();
        match func.call(&mut self.store, args).unwrap()[..] {
            [Val::I32(errno)] => Errno(errno as u16),
            ref other => panic!("unexpected results {other:?}"),
        }
    }

    /// The guest memory, writable.
    fn memory(&mut self) -> &mut [u8] {
        let memory = self
            .instance
            .get_memory(&self.store, "memory")
            .unwrap()
            .unwrap();
        memory.data_bytes_mut(&mut self.store).unwrap()
    }
}

/// Stores `value` little-endian at `at`.
fn put_u32(memory: &mut [u8], at: usize, value: u32) {
    memory[at..at + 4].copy_from_slice(&value.to_le_bytes());
}

#[test]
fn poll_oneoff_with_a_count_beyond_memory_is_efault() {
    let mut guest = Guest::new(FOUR_GIB_PAGES, WasiCtx::new());
    assert_eq!(
        guest.errno("poll_oneoff", &[0, 0, u32::MAX, 0]),
        Errno::FAULT
    );
    // The subscriptions fit but the events (32 bytes each) from 0xf000_0000 do not.
    assert_eq!(
        guest.errno("poll_oneoff", &[0, 0xf000_0000, 0x0100_0000, 0]),
        Errno::FAULT
    );
    let mut small = Guest::new(1, WasiCtx::new());
    assert_eq!(
        small.errno("poll_oneoff", &[65536 - 47, 0, 1, 0]),
        Errno::FAULT
    );
    assert_eq!(small.errno("poll_oneoff", &[0, 0, 0, 0]), Errno::INVAL);
}

#[test]
fn poll_oneoff_reads_many_subscriptions_in_place() {
    // 1.4 million subscriptions (64 MiB): all zero (relative clock, timeout 0) but the
    // last, whose tag is invalid. The call scans them in place and answers EINVAL without
    // writing an event or allocating per subscription.
    let mut guest = Guest::new(FOUR_GIB_PAGES, WasiCtx::new());
    let count = (64 << 20) / 48;
    guest.memory()[(count as usize - 1) * 48 + 8] = 9;
    let started = Instant::now();
    assert_eq!(guest.errno("poll_oneoff", &[0, 0, count, 0]), Errno::INVAL);
    assert!(started.elapsed() < Duration::from_secs(60));
    assert!(guest.memory()[..16].iter().all(|byte| *byte == 0));
}

#[test]
fn iovec_arrays_are_checked_before_any_host_allocation() {
    let stdout = OutputPipe::new();
    let ctx = WasiCtx::new().with_stdout(Output::Pipe(stdout.clone()));
    let mut guest = Guest::new(FOUR_GIB_PAGES, ctx);
    // The reported case: 0x1fffffff iovecs (a 4 GiB array). The first two are valid
    // buffers whose lengths add up to more than 32 bits: EINVAL, and nothing written.
    let memory = guest.memory();
    put_u32(memory, 0, 64);
    put_u32(memory, 4, 0xffff_0000);
    put_u32(memory, 8, 64);
    put_u32(memory, 12, 0xffff_0000);
    for name in ["fd_write", "fd_read"] {
        let fd = if name == "fd_write" { 1 } else { 0 };
        assert_eq!(
            guest.errno(name, &[fd, 0, 0x1fff_ffff, 16]),
            Errno::INVAL,
            "{name}"
        );
        // An array running past the end of memory.
        assert_eq!(
            guest.errno(name, &[fd, 8, 0x2000_0000, 16]),
            Errno::FAULT,
            "{name}"
        );
        // A buffer running past the end of memory, after a valid one.
        put_u32(guest.memory(), 1000, 64);
        put_u32(guest.memory(), 1004, 3);
        put_u32(guest.memory(), 1008, 0xffff_fff0);
        put_u32(guest.memory(), 1012, 0x20);
        assert_eq!(
            guest.errno(name, &[fd, 1000, 2, 16]),
            Errno::FAULT,
            "{name}"
        );
    }
    assert!(stdout.contents().is_empty());
    // Overlapping buffers are fine while the total fits in 32 bits.
    put_u32(guest.memory(), 0, 64);
    put_u32(guest.memory(), 4, 3);
    guest.memory()[64..67].copy_from_slice(b"abc");
    assert_eq!(guest.errno("fd_write", &[1, 0, 1, 16]), Errno::SUCCESS);
    assert_eq!(stdout.contents(), b"abc");
}

#[test]
fn string_tables_are_checked_before_anything_is_written() {
    let ctx = WasiCtx::new().with_args(["prog", "arg"]).with_env("A", "1");
    let mut guest = Guest::new(1, ctx);
    for name in ["args_get", "environ_get"] {
        // The pointer table wraps around the end of the 32-bit space.
        assert_eq!(guest.errno(name, &[0xffff_fffc, 0]), Errno::FAULT, "{name}");
        // The strings do not fit at the end of memory: the table stays unwritten.
        assert_eq!(guest.errno(name, &[0, 65536 - 3]), Errno::FAULT, "{name}");
        assert!(guest.memory()[..8].iter().all(|byte| *byte == 0), "{name}");
    }
    assert_eq!(guest.errno("args_get", &[0, 100]), Errno::SUCCESS);
    assert_eq!(&guest.memory()[100..109], b"prog\0arg\0");
}

#[test]
fn buffers_and_paths_beyond_memory_are_efault() {
    let dir = std::env::temp_dir().join(format!("lightbeam-wasi-input-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let ctx = WasiCtx::new().with_preopened_dir(&dir, "dir").unwrap();
    let mut guest = Guest::new(1, ctx);
    assert_eq!(guest.errno("random_get", &[1, u32::MAX]), Errno::FAULT);
    assert_eq!(guest.errno("random_get", &[65536, 1]), Errno::FAULT);
    assert_eq!(guest.errno("random_get", &[65536, 0]), Errno::SUCCESS);
    assert_eq!(
        guest.errno("fd_prestat_dir_name", &[3, 65535, 3]),
        Errno::FAULT
    );
    assert_eq!(guest.errno("fd_prestat_dir_name", &[3, 0, 2]), Errno::INVAL);
    assert_eq!(
        guest.errno("path_filestat_get", &[3, 0, 16, u32::MAX, 0]),
        Errno::FAULT
    );
    assert_eq!(
        guest.errno("path_filestat_get", &[3, 0, 0, 8192, 0]),
        Errno::NAMETOOLONG
    );
    guest.memory()[0] = b'.';
    assert_eq!(
        guest.errno("path_filestat_get", &[3, 0, 0, 1, 65536 - 63]),
        Errno::FAULT
    );
    let open = |path_len: u32, oflags: u32, fd_out: u32| {
        [3, 0, 0, path_len, oflags]
            .map(|v| Val::I32(v as i32))
            .into_iter()
            .chain([
                Val::I64(2),
                Val::I64(0),
                Val::I32(0),
                Val::I32(fd_out as i32),
            ])
            .collect::<Vec<_>>()
    };
    assert_eq!(
        guest.errno_of("path_open", &open(u32::MAX, 0, 0)),
        Errno::FAULT
    );
    assert_eq!(
        guest.errno_of("path_open", &open(1, 0x100, 0)),
        Errno::INVAL
    );
    // The result pointer is out of bounds: the descriptor opened is closed again, so the
    // next open still gets descriptor 4.
    assert_eq!(
        guest.errno_of("path_open", &open(1, 0, 65536)),
        Errno::FAULT
    );
    assert_eq!(guest.errno_of("path_open", &open(1, 0, 16)), Errno::SUCCESS);
    assert_eq!(guest.memory()[16], 4);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn an_endless_sleep_ends_with_an_interrupted_trap() {
    let mut guest = Guest::new(1, WasiCtx::new());
    // One relative monotonic clock subscription of u64::MAX nanoseconds at 0.
    let memory = guest.memory();
    memory[16..20].copy_from_slice(&1u32.to_le_bytes());
    memory[24..32].copy_from_slice(&u64::MAX.to_le_bytes());
    let handle = guest.store.interrupt_handle();
    let interrupter = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        handle.interrupt();
    });
    let poll = guest
        .instance
        .get_func(&guest.store, "call_poll_oneoff")
        .unwrap()
        .unwrap();
    let args = [0, 64, 1, 200].map(Val::I32);
    let started = Instant::now();
    let trap = poll.call(&mut guest.store, &args).unwrap_err();
    interrupter.join().unwrap();
    assert_eq!(trap.code, TrapCode::Interrupted, "{trap}");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    // The interrupt was consumed: the store runs again, and a short sleep completes.
    guest.memory()[24..32].copy_from_slice(&1_000_000u64.to_le_bytes());
    assert_eq!(
        poll.call(&mut guest.store, &args).unwrap(),
        vec![Val::I32(0)]
    );
}
