//! `perf` symbol maps for compiled code.
//!
//! When the environment variable `LIGHTBEAM_PERF_MAP` is set (to anything but `0`),
//! every module's functions are appended to `/tmp/perf-<pid>.map`, the
//! file Linux `perf report` reads to name samples in JIT code. Functions are named
//! `wasm-function[N]` by their index in the module's function space.

use std::fs::OpenOptions;
use std::io::{self, Write};
use std::ops::Range;

/// Whether maps are requested, read once per process.
pub(crate) fn enabled() -> bool {
    static ENABLED: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ENABLED
        .get_or_init(|| std::env::var_os("LIGHTBEAM_PERF_MAP").is_some_and(|value| value != "0"))
}

/// Appends one line per `(name, address range)` to this process's perf map.
pub(crate) fn append(symbols: impl IntoIterator<Item = (String, Range<usize>)>) -> io::Result<()> {
    let path = format!("/tmp/perf-{}.map", std::process::id());
    let mut text = String::new();
    for (name, range) in symbols {
        text.push_str(&format!("{:x} {:x} {name}\n", range.start, range.len()));
    }
    OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)?
        .write_all(text.as_bytes())
}
