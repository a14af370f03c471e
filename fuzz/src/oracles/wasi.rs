//! The WASI oracle: arbitrary sequences of WASI calls, with arbitrary arguments and
//! memory contents, against a fresh preopened directory whose sibling holds a canary.
//!
//! Each program runs in a directory of its own:
//!
//! ```text
//! run-N/
//!   root/            preopened as descriptor 3 (".")
//!     file.txt
//!     sub/file.txt   sub/ also preopened as descriptor 4 ("sub")
//!     link_out    -> ../outside          link_abs   -> /…/run-N/outside
//!     link_canary -> ../outside/canary.txt   link_self -> .
//!     sub/link_up -> ..
//!   outside/
//!     canary.txt     random bytes drawn for this run
//! ```
//!
//! The guest is a generated module that imports every function of
//! [`lightbeam::wasi::FUNCTIONS`] and re-exports each under `f<index>`; the program calls
//! those exports. A finding (a panic) is:
//!
//! * the host failing: a WASI function panicking (the runtime turns that into a host
//!   trap, which no WASI function otherwise raises; under libFuzzer the panic aborts at
//!   once), or any trap other than `proc_exit` and an interrupted sleep;
//! * anything outside `root/` touched: `outside/` or `run-N/` listing anything new, the
//!   canary changed;
//! * anything outside read: the canary's bytes in guest memory after any call, in the
//!   captured standard output or error, or in a file under `root/`.
//!
//! A sleeping `poll_oneoff` is interrupted by a watchdog after [`CALL_BUDGET`]; the
//! program ends there, as it does at `proc_exit`.

use std::cell::RefCell;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use arbitrary::Arbitrary;
use lightbeam::wasi::{self, Input, Output, OutputPipe, PathResolution, WasiCtx};
use lightbeam::{Engine, Linker, Module, Store, TrapCode, Val, ValType};

use spec_runner::engine::watchdog::Watchdog;

/// How long one call may run before the watchdog interrupts it (only a sleep can).
pub const CALL_BUDGET: Duration = Duration::from_millis(20);

/// Descriptor numbers the well-formed steps draw from: the preopens most often, the
/// first descriptors opened, the streams, and one never opened.
const FDS: &[u64] = &[3, 4, 3, 4, 5, 6, 7, 0, 1, 2, 100];

/// `path_open`'s `oflags` from `raw`: as [`flags`], but `DIRECTORY` alone (the other
/// bits make it `EINVAL`) unless bit 4 of `raw` is set.
fn open_flags(raw: u8) -> u64 {
    let oflags = flags(raw, 0x0f);
    if oflags & 2 != 0 && raw & 0x10 == 0 {
        2
    } else {
        oflags
    }
}

/// The descriptor a well-formed step's `n` picks from [`FDS`].
fn fd(n: u8) -> u64 {
    FDS[usize::from(n) % FDS.len()]
}

/// Flags from `raw`: the bits of `defined`, plus an undefined bit when the top three
/// bits of `raw` are set (one time in eight).
fn flags(raw: u8, defined: u8) -> u64 {
    let undefined = if raw & 0xe0 == 0xe0 { 0x40 } else { 0 };
    u64::from(raw & defined | undefined)
}

/// Calls per program at most.
const MAX_STEPS: usize = 64;

/// Where [`Step::SetPath`] writes the current path, and how much room it has.
const PATH_AT: u32 = 0xe000;
/// Room for the current path.
const PATH_ROOM: usize = 0x1000;
/// Where the well-formed steps put their `iovec`.
const IOVEC_AT: u32 = 0xff00;
/// Where the well-formed steps have results stored.
const OUT_AT: u32 = 0xff80;

/// Names the generated paths are made of: everything in the layout, and new names.
const NAMES: &[&str] = &[
    "file.txt",
    "sub",
    "link_out",
    "link_abs",
    "link_canary",
    "link_self",
    "link_up",
    "outside",
    "canary.txt",
    "root",
    "new.txt",
    "run",
    "",
];

/// Values arguments are biased to: the edges of 16-, 32- and 64-bit ranges, page and
/// array-size boundaries, and the counts whose products wrap 32 bits.
const EDGES: &[u64] = &[
    0,
    1,
    2,
    3,
    4,
    8,
    48,
    0xfff0,
    0xffff,
    0x1_0000,
    0x1_0001,
    0x2_0000,
    0x7fff_ffff,
    0x8000_0000,
    0x0555_5555,
    0x0555_5556,
    0x1fff_ffff,
    0x2000_0000,
    0xffff_fff0,
    0xffff_fff8,
    0xffff_ffff,
    0x1_0000_0000,
    i64::MAX as u64,
    u64::MAX,
];

/// One fuzz input: the memory size, how paths are resolved, standard input, and the
/// steps.
#[derive(Debug)]
pub struct WasiProgram {
    /// A second page of memory.
    pub two_pages: bool,
    /// The portable walk rather than `openat2`.
    pub portable: bool,
    /// What standard input holds.
    pub stdin: [u8; 16],
    /// The steps, run in order (at most `MAX_STEPS`).
    pub steps: Vec<Step>,
}

impl<'a> Arbitrary<'a> for WasiProgram {
    fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
        let (two_pages, portable, stdin) = u.arbitrary()?;
        // Steps until the bytes run out, so none are spent on a length.
        let mut steps = Vec::new();
        while !u.is_empty() && steps.len() < MAX_STEPS {
            steps.push(u.arbitrary()?);
        }
        Ok(WasiProgram {
            two_pages,
            portable,
            stdin,
            steps,
        })
    }
}

/// One step of a program.
#[derive(Arbitrary, Debug)]
pub enum Step {
    /// Writes `bytes` to memory at `at` (clipped to memory).
    Poke {
        /// Where.
        at: u16,
        /// What.
        bytes: Vec<u8>,
    },
    /// Writes `path` at the path scratch area, for [`Arg::Path`] and [`Arg::PathLen`].
    SetPath(GuestPath),
    /// Calls WASI function `func` (an index into `FUNCTIONS`) with these arguments.
    Call {
        /// Which function.
        func: u8,
        /// Its arguments (those beyond its arity are ignored).
        args: [Arg; 9],
    },
    /// `path_open(dirfd, 0, path, oflags, rights, 0, fdflags, OUT_AT)`, well formed.
    Open {
        /// The directory descriptor (see `fd`).
        dirfd: u8,
        /// The path.
        path: GuestPath,
        /// `oflags` (see `flags`).
        oflags: u8,
        /// Rights (bit 1 read, bit 6 write count).
        rights: u64,
        /// `fdflags` (see `flags`).
        fdflags: u8,
    },
    /// `path_filestat_get(dirfd, flags, path, OUT_AT)`, well formed.
    Stat {
        /// The directory descriptor (see `fd`).
        dirfd: u8,
        /// Lookup flags.
        lookup: u8,
        /// The path.
        path: GuestPath,
    },
    /// `fd_read(fd, [at, len])` through an iovec at `IOVEC_AT`.
    Read {
        /// The descriptor (see `fd`).
        fd: u8,
        /// The buffer.
        at: u16,
        /// Its length.
        len: u16,
    },
    /// `fd_write(fd, [at, len])` through an iovec at `IOVEC_AT`.
    Write {
        /// The descriptor (see `fd`).
        fd: u8,
        /// The buffer.
        at: u16,
        /// Its length.
        len: u16,
    },
}

/// An argument value.
#[derive(Arbitrary, Debug, Clone, Copy)]
pub enum Arg {
    /// A small number (descriptors, flags, counts).
    Small(u8),
    /// An address in the first 64 KiB.
    Addr(u16),
    /// One of `EDGES`.
    Edge(u8),
    /// Anything.
    Any(u64),
    /// The address of the current path.
    Path,
    /// The length of the current path.
    PathLen,
}

/// A guest path built from components.
#[derive(Arbitrary, Debug, Clone)]
pub struct GuestPath {
    /// Bits 0-2 all clear: starts with `/`; bits 3-5 all clear: ends with `/`.
    pub shape: u8,
    /// The first component.
    pub first: Component,
    /// The other components; all are joined by `/`.
    pub rest: Vec<Component>,
}

/// A path component.
#[derive(Arbitrary, Debug, Clone)]
pub enum Component {
    /// `.`
    Dot,
    /// `..`
    DotDot,
    /// One of `NAMES`.
    Name(u8),
    /// Arbitrary bytes (NUL, non-UTF-8, slashes).
    Raw(Vec<u8>),
}

impl GuestPath {
    /// The path's bytes, at most [`PATH_ROOM`].
    fn bytes(&self) -> Vec<u8> {
        let mut bytes = Vec::new();
        if self.shape & 0x07 == 0 {
            bytes.push(b'/');
        }
        for (i, component) in std::iter::once(&self.first).chain(&self.rest).enumerate() {
            if i > 0 {
                bytes.push(b'/');
            }
            match component {
                Component::Dot => bytes.push(b'.'),
                Component::DotDot => bytes.extend_from_slice(b".."),
                Component::Name(n) => {
                    bytes.extend_from_slice(NAMES[*n as usize % NAMES.len()].as_bytes())
                }
                Component::Raw(raw) => bytes.extend_from_slice(raw),
            }
        }
        if self.shape & 0x38 == 0 {
            bytes.push(b'/');
        }
        bytes.truncate(PATH_ROOM);
        bytes
    }
}

/// The directory every run's directory is made in (one per process, removed whenever
/// no run is in it).
fn top_dir() -> &'static Path {
    static TOP: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    TOP.get_or_init(|| {
        // A memory file system where there is one: making and removing a directory tree
        // per input on a journalled disk costs ten times the rest of the run.
        let shm = Path::new("/dev/shm");
        let temp = if shm.is_dir() {
            shm.to_path_buf()
        } else {
            std::env::temp_dir()
        };
        temp.join(format!("lightbeam-fuzz-wasi-{}", std::process::id()))
    })
}

/// The guest module: every WASI function imported and re-exported as `f<index>`.
fn guest_wat() -> String {
    let ty = |ty: &ValType| match ty {
        ValType::I64 => "i64",
        _ => "i32",
    };
    let mut wat = String::from("(module\n");
    for (index, (name, params)) in wasi::FUNCTIONS.iter().enumerate() {
        let params: Vec<&str> = params.iter().map(ty).collect();
        wat += &format!(
            "(import \"{}\" \"{name}\" (func $i{index} (param {}) (result i32)))\n",
            wasi::MODULE,
            params.join(" ")
        );
    }
    wat += "(memory (export \"memory\") 1 2)\n";
    for (index, (_, params)) in wasi::FUNCTIONS.iter().enumerate() {
        let signature: Vec<&str> = params.iter().map(ty).collect();
        let gets: String = (0..params.len())
            .map(|i| format!("(local.get {i})"))
            .collect();
        wat += &format!(
            "(func (export \"f{index}\") (param {}) (result i32) (call $i{index} {gets}))\n",
            signature.join(" ")
        );
    }
    wat + "(func (export \"grow\") (drop (memory.grow (i32.const 1)))))"
}

thread_local! {
    /// The engine and guest module, compiled once per thread.
    static GUEST: RefCell<Option<(Engine, Module)>> = const { RefCell::new(None) };
}

/// The engine and the compiled guest.
fn guest() -> (Engine, Module) {
    GUEST.with(|cell| {
        cell.borrow_mut()
            .get_or_insert_with(|| {
                let engine = Engine::default();
                let module = Module::new(&engine, guest_wat()).expect("the WASI guest compiles");
                (engine, module)
            })
            .clone()
    })
}

/// Sixteen random bytes as 32 hexadecimal digits: a canary no input can predict.
fn fresh_canary() -> Vec<u8> {
    let mut random = [0u8; 16];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut file| file.read_exact(&mut random))
        .expect("reading /dev/urandom");
    let hex: String = random.iter().map(|byte| format!("{byte:02x}")).collect();
    format!("CANARY-{hex}").into_bytes()
}

/// A run's directory, removed when dropped.
struct Layout {
    base: PathBuf,
    canary: Vec<u8>,
}

impl Layout {
    /// Makes `run-N/` as the module documentation shows.
    fn new() -> std::io::Result<Layout> {
        static RUN: AtomicU64 = AtomicU64::new(0);
        let base = top_dir().join(format!("run-{}", RUN.fetch_add(1, Ordering::Relaxed)));
        let canary = fresh_canary();
        std::fs::create_dir_all(base.join("root/sub"))?;
        std::fs::create_dir_all(base.join("outside"))?;
        std::fs::write(base.join("outside/canary.txt"), &canary)?;
        std::fs::write(base.join("root/file.txt"), "inside")?;
        std::fs::write(base.join("root/sub/file.txt"), "sub")?;
        let link = |target: &Path, name: &str| std::os::unix::fs::symlink(target, base.join(name));
        link(Path::new("../outside"), "root/link_out")?;
        link(&base.join("outside"), "root/link_abs")?;
        link(Path::new("../outside/canary.txt"), "root/link_canary")?;
        link(Path::new("."), "root/link_self")?;
        link(Path::new(".."), "root/sub/link_up")?;
        Ok(Layout { base, canary })
    }

    /// Panics if anything outside `root/` changed or `root/` holds the canary.
    fn check(&self) {
        assert_eq!(
            listing(&self.base),
            ["outside", "root"],
            "new entry beside the preopen"
        );
        assert_eq!(
            listing(&self.base.join("outside")),
            ["canary.txt"],
            "new entry outside"
        );
        let canary = std::fs::read(self.base.join("outside/canary.txt")).expect("the canary");
        assert!(
            canary == self.canary,
            "the canary outside the preopen changed"
        );
        let strays: Vec<String> = listing(top_dir())
            .into_iter()
            .filter(|name| !name.starts_with("run-"))
            .collect();
        assert!(
            strays.is_empty(),
            "new entries beside the run directories: {strays:?}"
        );
        self.check_no_canary_under(&self.base.join("root"));
    }

    /// Panics if a regular file below `dir` (links not followed) holds the canary.
    fn check_no_canary_under(&self, dir: &Path) {
        for entry in std::fs::read_dir(dir)
            .expect("listing the preopen")
            .flatten()
        {
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                self.check_no_canary_under(&entry.path());
            } else if kind.is_file() {
                let bytes = std::fs::read(entry.path()).unwrap_or_default();
                assert!(
                    !contains(&bytes, &self.canary),
                    "{} holds the canary",
                    entry.path().display()
                );
            }
        }
    }
}

impl Drop for Layout {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.base);
        // Fails, harmlessly, while another thread's run is in it.
        let _ = std::fs::remove_dir(top_dir());
    }
}

/// The sorted names in `dir`.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("listing a directory")
        .map(|entry| {
            entry
                .expect("a directory entry")
                .file_name()
                .to_string_lossy()
                .into()
        })
        .collect();
    names.sort();
    names
}

/// Whether `needle` occurs in `haystack` (with the C library's `memmem`, which stays
/// fast in unoptimised test builds).
fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    // SAFETY: both pointers and lengths come from live slices; `memmem` only reads them.
    let found = unsafe {
        libc::memmem(
            haystack.as_ptr().cast(),
            haystack.len(),
            needle.as_ptr().cast(),
            needle.len(),
        )
    };
    !found.is_null()
}

/// What a program did, for tests that check the oracle exercises something.
#[derive(Clone, Copy, Debug, Default)]
pub struct WasiReport {
    /// WASI calls made.
    pub calls: usize,
    /// Calls that returned `ESUCCESS`.
    pub successes: usize,
    /// Successful `path_open` calls.
    pub opens: usize,
    /// Calls ended by the watchdog.
    pub interrupted: usize,
}

/// Runs `program` and panics on a finding (see the module documentation).
pub fn run_wasi_program(program: &WasiProgram) -> WasiReport {
    let layout = Layout::new().expect("making the run directory");
    let report = run_in(program, &layout);
    layout.check();
    report
}

/// Runs `program` in `layout`.
fn run_in(program: &WasiProgram, layout: &Layout) -> WasiReport {
    let mut report = WasiReport::default();
    let (engine, module) = guest();
    let mut store = Store::new(&engine);
    let stdout = OutputPipe::new();
    let stderr = OutputPipe::new();
    let root = layout.base.join("root");
    let resolution = if program.portable {
        PathResolution::Portable
    } else {
        PathResolution::Auto
    };
    let ctx = WasiCtx::new()
        .with_args(["guest", "--flag"])
        .with_env("KEY", "value")
        .with_stdin(Input::Bytes(std::io::Cursor::new(program.stdin.to_vec())))
        .with_stdout(Output::Pipe(stdout.clone()))
        .with_stderr(Output::Pipe(stderr.clone()))
        .with_path_resolution(resolution)
        .with_preopened_dir(&root, ".")
        .and_then(|ctx| ctx.with_preopened_dir(root.join("sub"), "sub"))
        .expect("preopening the run directory");
    let mut linker = Linker::new();
    wasi::add_to_linker(&mut linker, &mut store, ctx);
    let instance = linker
        .instantiate(&mut store, &module)
        .expect("the WASI guest instantiates");
    let memory = instance
        .get_memory(&store, "memory")
        .ok()
        .flatten()
        .expect("memory");
    let interrupt = store.interrupt_handle();
    let mut watchdog = Watchdog::new(move || interrupt.interrupt());
    if program.two_pages {
        let grow = instance
            .get_func(&store, "grow")
            .ok()
            .flatten()
            .expect("grow");
        grow.call(&mut store, &[]).expect("memory.grow");
    }
    let mut path_len = 0u32;
    for step in program.steps.iter().take(MAX_STEPS) {
        let call = match step {
            Step::Poke { at, bytes } => {
                let data = memory.data_bytes_mut(&mut store).expect("own store");
                let at = usize::from(*at);
                let end = (at + bytes.len()).min(data.len());
                data[at..end].copy_from_slice(&bytes[..end - at]);
                continue;
            }
            Step::SetPath(path) => {
                path_len = write_path(memory.data_bytes_mut(&mut store).expect("own store"), path);
                continue;
            }
            Step::Call { func, args } => {
                let index = usize::from(*func) % wasi::FUNCTIONS.len();
                let raw = args.map(|arg| arg.value(path_len));
                (index, raw)
            }
            Step::Open {
                dirfd,
                path,
                oflags,
                rights,
                fdflags,
            } => {
                let len = write_path(memory.data_bytes_mut(&mut store).expect("own store"), path);
                let args = [
                    fd(*dirfd),
                    0,
                    u64::from(PATH_AT),
                    u64::from(len),
                    open_flags(*oflags),
                    *rights,
                    0,
                    flags(*fdflags, 0x1f),
                    u64::from(OUT_AT),
                ];
                (function("path_open"), args)
            }
            Step::Stat {
                dirfd,
                lookup,
                path,
            } => {
                let len = write_path(memory.data_bytes_mut(&mut store).expect("own store"), path);
                let args = [
                    fd(*dirfd),
                    flags(*lookup, 0x01),
                    u64::from(PATH_AT),
                    u64::from(len),
                    u64::from(OUT_AT),
                ];
                (function("path_filestat_get"), pad(&args))
            }
            Step::Read {
                fd: fd_number,
                at,
                len,
            }
            | Step::Write {
                fd: fd_number,
                at,
                len,
            } => {
                let data = memory.data_bytes_mut(&mut store).expect("own store");
                let at_iovec = IOVEC_AT as usize;
                data[at_iovec..at_iovec + 4].copy_from_slice(&u32::from(*at).to_le_bytes());
                data[at_iovec + 4..at_iovec + 8].copy_from_slice(&u32::from(*len).to_le_bytes());
                let name = if matches!(step, Step::Read { .. }) {
                    "fd_read"
                } else {
                    "fd_write"
                };
                let args = [fd(*fd_number), u64::from(IOVEC_AT), 1, u64::from(OUT_AT)];
                (function(name), pad(&args))
            }
        };
        let (index, raw) = call;
        let (_, params) = wasi::FUNCTIONS[index];
        let args: Vec<Val> = params
            .iter()
            .zip(raw)
            .map(|(ty, value)| match ty {
                ValType::I64 => Val::I64(value as i64),
                _ => Val::I32(value as u32 as i32),
            })
            .collect();
        let func = instance
            .get_func(&store, &format!("f{index}"))
            .ok()
            .flatten()
            .expect("the guest exports every function");
        watchdog.arm(CALL_BUDGET);
        let outcome = func.call(&mut store, &args);
        watchdog.disarm();
        // File contents reach memory only through `fd_read`; checking after it (and at
        // the end) keeps the scan off the other calls.
        if wasi::FUNCTIONS[index].0 == "fd_read" {
            assert!(
                !contains(
                    memory.data_bytes(&store).expect("own store"),
                    &layout.canary
                ),
                "fd_read put the canary into guest memory"
            );
        }
        report.calls += 1;
        match outcome {
            Ok(results) => {
                if results == [Val::I32(0)] {
                    report.successes += 1;
                    report.opens += usize::from(wasi::FUNCTIONS[index].0 == "path_open");
                }
            }
            Err(trap) if trap.code == TrapCode::Interrupted => {
                report.interrupted += 1;
                break;
            }
            Err(trap) if trap.exit_status.is_some() => break,
            Err(trap) => panic!("{} trapped: {trap}", wasi::FUNCTIONS[index].0),
        }
    }
    drop(watchdog);
    assert!(
        !contains(
            memory.data_bytes(&store).expect("own store"),
            &layout.canary
        ),
        "the canary is in guest memory"
    );
    for (name, pipe) in [("stdout", &stdout), ("stderr", &stderr)] {
        assert!(
            !contains(&pipe.contents(), &layout.canary),
            "the canary reached {name}"
        );
    }
    report
}

/// The index of WASI function `name` in `FUNCTIONS`.
fn function(name: &str) -> usize {
    wasi::FUNCTIONS
        .iter()
        .position(|(candidate, _)| *candidate == name)
        .expect("a WASI function of the oracle")
}

/// `args` followed by zeros, as nine arguments.
fn pad(args: &[u64]) -> [u64; 9] {
    let mut padded = [0; 9];
    padded[..args.len()].copy_from_slice(args);
    padded
}

/// Writes `path` at `PATH_AT` and returns its length.
fn write_path(memory: &mut [u8], path: &GuestPath) -> u32 {
    let bytes = path.bytes();
    let at = PATH_AT as usize;
    memory[at..at + bytes.len()].copy_from_slice(&bytes);
    bytes.len() as u32
}

impl Arg {
    /// The raw value, given the current path's length.
    fn value(self, path_len: u32) -> u64 {
        match self {
            Arg::Small(n) => u64::from(n),
            Arg::Addr(a) => u64::from(a),
            Arg::Edge(i) => EDGES[usize::from(i) % EDGES.len()],
            Arg::Any(v) => v,
            Arg::Path => u64::from(PATH_AT),
            Arg::PathLen => u64::from(path_len),
        }
    }
}
