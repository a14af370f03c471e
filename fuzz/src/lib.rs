//! The fuzzing workbench for lightbeam.
//!
//! * [`generators`] turn fuzzer bytes into WebAssembly modules matched to what
//!   the compiler supports, and into call arguments biased to edge values;
//! * [`oracles`] decide whether the engines behaved: the differential oracle
//!   compares lightbeam with wasmi call by call, the compile oracle compares
//!   lightbeam's acceptance with wasmparser's validator, the WASI oracle drives
//!   the WASI functions against a preopened directory and checks nothing outside it
//!   is touched;
//! * [`engines`] sets up the engines the oracles compare: the adapters of the
//!   spec-runner's engine layer ([`spec_runner::engine`]), which every tool
//!   shares, with the fuzzer's features and budgets;
//! * [`value`] and [`trap`] say how the oracles compare and print the layer's
//!   values and traps;
//! * [`targets`] are the bodies of the `cargo fuzz` targets in `fuzz_targets/`;
//! * [`replay`] prints, shrinks and turns findings into regression tests.
//!
//! Everything here builds on stable; only the libFuzzer entry points need
//! nightly (`cargo fuzz run NAME`).

pub mod corpus_runner;
pub mod engines;
pub mod generators;
pub mod oracles;
pub mod replay;
pub mod targets;
pub mod trap;
pub mod value;

/// Defines a fuzz target's entry point from a function taking `&[u8]`.
///
/// Under `cargo fuzz` (`--cfg fuzzing`) this is libFuzzer's entry point; in a
/// plain build it is a `main` that runs the target over the files and folders
/// given on the command line. The target file must start with
/// `#![cfg_attr(fuzzing, no_main)]`.
#[macro_export]
macro_rules! fuzz_target_main {
    ($target:path) => {
        #[cfg(fuzzing)]
        ::libfuzzer_sys::fuzz_target!(|data: &[u8]| $target(data));

        #[cfg(not(fuzzing))]
        fn main() -> ::std::process::ExitCode {
            $crate::corpus_runner::run_files(::std::env::args_os().skip(1), $target)
        }
    };
}
