//! Declares the `fuzzing` cfg that `cargo fuzz` sets, so stable builds do not warn
//! about an unknown cfg.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(fuzzing)");
}
