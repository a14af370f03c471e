//! Replays a `differential` finding: prints the module as WAT with both
//! engines' outcomes side by side; `--shrink` reduces it with wasm-shrink and
//! writes the smallest module and a `.wast` regression test.
//!
//! ```text
//! cargo run -p lightbeam-fuzz --bin replay -- FILE [--shrink] [--out DIR] [--module-only] [--mutate]
//! ```
//!
//! `--mutate` reads FILE as a `mutate` fuzz input and replays the rewritten module
//! the tested engine ran (wasmi against lightbeam on it).
//!
//! `--module-only` prints the module as WAT and saves it as `FILE.wasm` without running
//! it: the way to see a finding that crashes the process (a host crash is always a
//! compiler bug, and it takes the replaying process down with it).
//!
//! FILE is a fuzz input (crash or corpus entry), a `.wasm` or a `.wat`.
//! `--out` defaults to `compiler/tests/regressions` in the workspace.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use lightbeam_fuzz::replay::{
    load_case, load_mutate_case, regression_file_name, regression_wast, render_report, replay_case,
    shrink_case,
};

struct Options {
    file: PathBuf,
    shrink: bool,
    module_only: bool,
    mutate: bool,
    out_dir: PathBuf,
}

fn parse_options() -> Result<Options, String> {
    let mut file = None;
    let mut shrink = false;
    let mut module_only = false;
    let mut mutate = false;
    let mut out_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../compiler/tests/regressions");
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        match arg.to_str() {
            Some("--shrink") => shrink = true,
            Some("--module-only") => module_only = true,
            Some("--mutate") => mutate = true,
            Some("--out") => out_dir = args.next().ok_or("--out needs a folder")?.into(),
            Some("-h" | "--help") => return Err(String::new()),
            _ if file.is_none() => file = Some(PathBuf::from(arg)),
            _ => return Err(format!("unexpected argument {arg:?}")),
        }
    }
    Ok(Options {
        file: file.ok_or("missing FILE")?,
        shrink,
        module_only,
        mutate,
        out_dir,
    })
}

fn run(options: &Options) -> Result<(), String> {
    let bytes = std::fs::read(&options.file)
        .map_err(|error| format!("{}: {error}", options.file.display()))?;
    let name = options.file.display().to_string();
    let case = if options.mutate {
        load_mutate_case(&name, &bytes)?
    } else {
        load_case(&name, &bytes)?
    };
    if options.module_only {
        let wat = wasmprinter::print_bytes(&case.wasm)
            .unwrap_or_else(|error| format!("(; not printable: {error} ;)"));
        let wasm_path = PathBuf::from(format!("{}.wasm", options.file.display()));
        std::fs::write(&wasm_path, &case.wasm)
            .map_err(|error| format!("{}: {error}", wasm_path.display()))?;
        println!(
            ";; {} ({} bytes), saved as {}\n{wat}",
            case.origin,
            case.wasm.len(),
            wasm_path.display()
        );
        return Ok(());
    }
    let report = replay_case(&case);
    println!("{}", render_report(&case, &report));
    if !options.shrink {
        return Ok(());
    }
    let shrunk = shrink_case(&case, replay_case)?;
    let shrunk_report = replay_case(&shrunk);
    println!("--- shrunk ---\n{}", render_report(&shrunk, &shrunk_report));
    let wast = regression_wast(&shrunk, &shrunk_report)?;
    std::fs::create_dir_all(&options.out_dir)
        .map_err(|error| format!("{}: {error}", options.out_dir.display()))?;
    let wast_path = options.out_dir.join(regression_file_name(&shrunk));
    let wasm_path = wast_path.with_extension("wasm");
    std::fs::write(&wast_path, wast)
        .map_err(|error| format!("{}: {error}", wast_path.display()))?;
    std::fs::write(&wasm_path, &shrunk.wasm)
        .map_err(|error| format!("{}: {error}", wasm_path.display()))?;
    println!("wrote {} and {}", wast_path.display(), wasm_path.display());
    Ok(())
}

fn main() -> ExitCode {
    let options = match parse_options() {
        Ok(options) => options,
        Err(message) => {
            if !message.is_empty() {
                eprintln!("replay: {message}");
            }
            eprintln!("usage: replay FILE [--shrink] [--out DIR] [--module-only] [--mutate]");
            return ExitCode::FAILURE;
        }
    };
    match run(&options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("replay: {message}");
            ExitCode::FAILURE
        }
    }
}
