//! What a fuzz target binary does when built without `cargo fuzz`: run the
//! target over the files and folders named on its command line, so a corpus or
//! a crash can be replayed on stable.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Runs `target` on every file named in `args` (folders are read one level
/// deep). A finding panics, as under libFuzzer.
pub fn run_files(args: impl IntoIterator<Item = OsString>, target: impl Fn(&[u8])) -> ExitCode {
    let mut inputs: Vec<PathBuf> = Vec::new();
    for arg in args {
        let path = PathBuf::from(arg);
        if path.is_dir() {
            match files_in(&path) {
                Ok(files) => inputs.extend(files),
                Err(error) => {
                    eprintln!("cannot read {}: {error}", path.display());
                    return ExitCode::FAILURE;
                }
            }
        } else {
            inputs.push(path);
        }
    }
    if inputs.is_empty() {
        eprintln!("usage: TARGET FILE_OR_DIR...  (build with `cargo fuzz` to fuzz)");
        return ExitCode::FAILURE;
    }
    for input in &inputs {
        match std::fs::read(input) {
            Ok(data) => target(&data),
            Err(error) => {
                eprintln!("cannot read {}: {error}", input.display());
                return ExitCode::FAILURE;
            }
        }
    }
    println!("ran {} input(s)", inputs.len());
    ExitCode::SUCCESS
}

fn files_in(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_file() {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}
