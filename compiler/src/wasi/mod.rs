//! A minimal WASI preview1 (`wasi_snapshot_preview1`) for running command modules.
//!
//! * [`WasiCtx`] holds arguments, environment, standard streams (inherited, discarded or
//!   captured in an [`OutputPipe`]) and at most a few preopened directories.
//! * [`add_to_linker`] defines the preview1 functions in a [`Linker`] as host functions
//!   that reach the caller's exported `memory` through a [`Caller`].
//! * File access is confined to the preopened directories, which are held as open host
//!   descriptors: every path is resolved beneath one by the kernel (`openat2` with
//!   `RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS`, or a component-by-component `openat` walk;
//!   see [`PathResolution`]), so no concurrent rename or link on the host can lead a path
//!   outside. Absolute paths, `..` above the directory descriptor a path starts from, and
//!   symbolic links anywhere on a path fail with `ENOTCAPABLE`; links are never followed.
//! * Every pointer and count the guest passes is checked against its memory before the
//!   host acts on it: out of bounds is `EFAULT`, never a host fault or an allocation sized
//!   by the guest.
//! * `poll_oneoff` sleeps in short slices and ends with an `interrupted` trap when the
//!   store's [`InterruptHandle`](crate::InterruptHandle) fires.
//! * `proc_exit(status)` ends the run with a [`Trap`] whose
//!   [`exit_status`](Trap::exit_status) is `Some(status)`; see [`exit_status`].
//!
//! Functions not listed in [`FUNCTIONS`] are absent, so a module importing them fails to
//! link rather than misbehaving at run time.

mod ctx;
mod errno;
mod fd;
mod fs;
mod guest;
mod proc;

use std::cell::RefCell;
use std::rc::Rc;

pub use ctx::{Input, Output, OutputPipe, WasiCtx};
pub use errno::Errno;
pub use fs::PathResolution;

use crate::module::{FuncType, ValType};
use crate::runtime::{Caller, Extern, Func, Linker, Store, Val};
use crate::trap::Trap;
use guest::GuestMemory;
use proc::{CallResult, Failure};

/// The import module name of preview1.
pub const MODULE: &str = "wasi_snapshot_preview1";

/// A preview1 function: the context, the guest memory and the raw arguments.
type Call = fn(&mut WasiCtx, &mut GuestMemory<'_>, &[u64]) -> CallResult;

/// Shorthands for parameter lists.
const I32: ValType = ValType::I32;
/// Shorthand for a 64-bit parameter.
const I64: ValType = ValType::I64;

/// Every function defined, with its parameters (all return an `i32` errno).
pub const FUNCTIONS: &[(&str, &[ValType])] = &[
    ("args_get", &[I32, I32]),
    ("args_sizes_get", &[I32, I32]),
    ("environ_get", &[I32, I32]),
    ("environ_sizes_get", &[I32, I32]),
    ("clock_time_get", &[I32, I64, I32]),
    ("clock_res_get", &[I32, I32]),
    ("random_get", &[I32, I32]),
    ("poll_oneoff", &[I32, I32, I32, I32]),
    ("fd_write", &[I32, I32, I32, I32]),
    ("fd_read", &[I32, I32, I32, I32]),
    ("fd_seek", &[I32, I64, I32, I32]),
    ("fd_close", &[I32]),
    ("fd_sync", &[I32]),
    ("fd_fdstat_get", &[I32, I32]),
    ("fd_filestat_get", &[I32, I32]),
    ("fd_prestat_get", &[I32, I32]),
    ("fd_prestat_dir_name", &[I32, I32, I32]),
    ("path_open", &[I32, I32, I32, I32, I32, I64, I64, I32, I32]),
    ("path_filestat_get", &[I32, I32, I32, I32, I32]),
];

/// The implementation of the function called `name` in [`FUNCTIONS`].
fn implementation(name: &str) -> Call {
    match name {
        "args_get" => proc::args_get,
        "args_sizes_get" => proc::args_sizes_get,
        "environ_get" => proc::environ_get,
        "environ_sizes_get" => proc::environ_sizes_get,
        "clock_time_get" => proc::clock_time_get,
        "clock_res_get" => proc::clock_res_get,
        "random_get" => proc::random_get,
        "poll_oneoff" => proc::poll_oneoff,
        "fd_write" => fd::fd_write,
        "fd_read" => fd::fd_read,
        "fd_seek" => fd::fd_seek,
        "fd_close" => fd::fd_close,
        "fd_sync" => fd::fd_sync,
        "fd_fdstat_get" => fd::fd_fdstat_get,
        "fd_filestat_get" => fd::fd_filestat_get,
        "fd_prestat_get" => fd::fd_prestat_get,
        "fd_prestat_dir_name" => fd::fd_prestat_dir_name,
        "path_open" => fd::path_open,
        "path_filestat_get" => fd::path_filestat_get,
        _ => unreachable!("every name in FUNCTIONS has an implementation"),
    }
}

/// Defines every preview1 function (and `proc_exit`) in `linker`, backed by `ctx`.
/// Returns the shared context, so the embedder can inspect it after the run.
pub fn add_to_linker(
    linker: &mut Linker,
    store: &mut Store,
    mut ctx: WasiCtx,
) -> Rc<RefCell<WasiCtx>> {
    ctx.interrupt = Some(std::sync::Arc::clone(&store.context));
    let ctx = Rc::new(RefCell::new(ctx));
    for (name, params) in FUNCTIONS {
        let ty = FuncType::new(params.to_vec(), vec![ValType::I32]);
        let call = implementation(name);
        let state = Rc::clone(&ctx);
        let func = Func::new_host_with_caller(store, ty, move |caller, args| {
            let errno = dispatch(&state, caller, call, args)?;
            Ok(vec![Val::I32(errno.0 as i32)])
        });
        linker.define(MODULE, name, Extern::Func(func));
    }
    let exit_type = FuncType::new(vec![ValType::I32], vec![]);
    let proc_exit = Func::new_host(store, exit_type, |args| match args {
        [Val::I32(status)] => Err(Trap::exit(*status)),
        _ => Err(Trap::host("proc_exit: bad arguments")),
    });
    linker.define(MODULE, "proc_exit", Extern::Func(proc_exit));
    ctx
}

/// Runs one preview1 function on the caller's memory.
fn dispatch(
    ctx: &RefCell<WasiCtx>,
    caller: &mut Caller<'_>,
    call: Call,
    args: &[Val],
) -> Result<Errno, Trap> {
    let raw: Vec<u64> = args
        .iter()
        .map(|arg| match *arg {
            Val::I32(v) => v as u32 as u64,
            Val::I64(v) => v as u64,
            _ => 0,
        })
        .collect();
    let mut memory = GuestMemory::new(caller.memory_bytes()?);
    let mut ctx = ctx
        .try_borrow_mut()
        .map_err(|_| Trap::host("WASI context re-entered"))?;
    match call(&mut ctx, &mut memory, &raw) {
        Ok(()) => Ok(Errno::SUCCESS),
        Err(Failure::Errno(errno)) => Ok(errno),
        Err(Failure::Trap(trap)) => Err(trap),
    }
}

/// The exit status of a run that ended in `outcome`: `Ok` is 0, `proc_exit(n)` is `n`,
/// any other trap is `None`.
pub fn exit_status(outcome: &Result<Vec<Val>, Trap>) -> Option<i32> {
    match outcome {
        Ok(_) => Some(0),
        Err(trap) => trap.exit_status,
    }
}
