//! Compiling stays within memory linear in the input: control frames never copy the
//! types of their blocks. (A block type with 1,000 parameters, declared once, opened
//! by 20,000 nested two-byte `block`s, used to keep 20,000 copies of its parameters,
//! about 500 MB, for 60 KB of input.)
//!
//! One test per process: it reads the process's peak resident size.

use lightbeam::{Config, Engine, Module};

/// Peak resident set size of this process, in bytes.
fn peak_rss() -> u64 {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: `getrusage` fills the `rusage` it is given; a zeroed one is valid.
    let usage = unsafe {
        libc::getrusage(libc::RUSAGE_SELF, usage.as_mut_ptr());
        usage.assume_init()
    };
    usage.ru_maxrss as u64 * 1024
}

#[test]
fn nested_blocks_with_many_params_do_not_copy_their_type() {
    const N: usize = 1000;
    const DEPTH: usize = 20_000;
    let types = " i64".repeat(N);
    let wat = format!(
        "(module
           (type $t (func (result{types})))
           (type $p (func (param{types}) (result{types})))
           (func $g (type $t) {})
           (func (export \"f\") (result{types}) (call $g) {} {}))",
        "(i64.const 1) ".repeat(N),
        "(block (type $p) ".repeat(DEPTH),
        ")".repeat(DEPTH),
    );
    let wasm = wat::parse_str(&wat).expect("generated text parses");
    let before = peak_rss();
    let engine = Engine::new(Config {
        parallel_compilation: false,
        ..Config::default()
    });
    let module = Module::new(&engine, &wasm).expect("compiles");
    drop(module);
    let growth = peak_rss().saturating_sub(before);
    assert!(
        growth < 128 << 20,
        "compiling {} bytes took {} MB more at peak",
        wasm.len(),
        growth >> 20
    );
}
