//! The `lightbeam` command: run a module, compile it, or print its machine code.
//!
//! ```text
//! lightbeam run FILE.wasm|FILE.wat --invoke NAME [ARGS...]
//! lightbeam run FILE.wasm [--dir DIR[::GUEST]]... [--env K=V]... [-- ARGS...]  (WASI)
//! lightbeam compile FILE [--threads N] [-o OUT]
//! lightbeam disasm FILE [--func NAME]
//! ```
//!
//! Every command accepts `--wasm 2.0|3.0` (the standard whose features the module may
//! use; default 3.0) and `--enable PROPOSAL,...` for proposals beside it (`threads`, part
//! of 3.0, for a 2.0 module; `wide-arithmetic`, `custom-page-sizes`, `legacy-exceptions`).
//!
//! `run` without `--invoke` runs a WASI command (needs the `wasi` feature, on by
//! default): `DIR` is preopened under its own name, stdio is inherited, `bench.start`
//! and `bench.end` are defined as no-ops, and the process exits with the module's
//! `proc_exit` status. `compile -o OUT` writes the raw machine code of every defined
//! function, concatenated in definition order (use `disasm` for a listing).

use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use lightbeam::{Config, Engine, FuncSelector, Linker, Module, Store, Val, ValType};
use wasmparser::WasmFeatures;

/// Command-line arguments.
#[derive(Parser)]
#[command(
    name = "lightbeam",
    about = "A one-pass WebAssembly to x86-64 compiler"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// The WebAssembly standard whose features modules may use.
    #[arg(long, global = true, value_enum, default_value = "3.0")]
    wasm: Standard,
    /// Proposals to accept beside the standard (comma-separated).
    #[arg(long, global = true, value_enum, value_delimiter = ',')]
    enable: Vec<Proposal>,
}

/// A WebAssembly standard.
#[derive(Clone, Copy, ValueEnum)]
enum Standard {
    /// WebAssembly 2.0.
    #[value(name = "2.0")]
    Wasm2,
    /// WebAssembly 3.0.
    #[value(name = "3.0")]
    Wasm3,
}

/// A proposal the compiler implements that a standard may lack.
#[derive(Clone, Copy, ValueEnum)]
enum Proposal {
    /// Shared memories and atomics (part of 3.0).
    Threads,
    /// `i64.add128`, `i64.sub128`, `i64.mul_wide_s/u`.
    WideArithmetic,
    /// Memories with 1-byte pages.
    CustomPageSizes,
    /// `try`, `catch`, `catch_all`, `delegate`, `rethrow`.
    LegacyExceptions,
}

impl Cli {
    /// The features the command's engine accepts.
    fn features(&self) -> WasmFeatures {
        let mut features = match self.wasm {
            Standard::Wasm2 => WasmFeatures::WASM2,
            Standard::Wasm3 => WasmFeatures::WASM3,
        };
        for proposal in &self.enable {
            features |= match proposal {
                Proposal::Threads => WasmFeatures::THREADS,
                Proposal::WideArithmetic => WasmFeatures::WIDE_ARITHMETIC,
                Proposal::CustomPageSizes => WasmFeatures::CUSTOM_PAGE_SIZES,
                Proposal::LegacyExceptions => WasmFeatures::LEGACY_EXCEPTIONS,
            };
        }
        features
    }
}

/// What to do.
#[derive(Subcommand)]
enum Command {
    /// Instantiate a module and call one of its exports, or run a WASI command.
    Run {
        /// A binary (.wasm) or text (.wat) module.
        file: std::path::PathBuf,
        /// The exported function to call; without it, the WASI command's `_start` runs.
        #[arg(long)]
        invoke: Option<String>,
        /// A host directory the WASI program may access, under its own name or as
        /// `HOST::GUEST` (repeatable).
        #[arg(long = "dir")]
        dirs: Vec<String>,
        /// An environment variable `KEY=VALUE` for the WASI program (repeatable).
        #[arg(long = "env")]
        envs: Vec<String>,
        /// Arguments: the invoked function's, or the WASI program's (after `--`).
        #[arg(allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Compile only, and report the number of functions, code bytes and seconds.
    Compile {
        /// A binary (.wasm) or text (.wat) module.
        file: std::path::PathBuf,
        /// Threads compiling function bodies, 1 to the number of cores (1:
        /// single-threaded; default: all cores).
        #[arg(long)]
        threads: Option<usize>,
        /// Write the raw machine code of all defined functions here.
        #[arg(short = 'o')]
        out: Option<std::path::PathBuf>,
    },
    /// Print the machine code of each function (or of one export).
    Disasm {
        /// A binary (.wasm) or text (.wat) module.
        file: std::path::PathBuf,
        /// Only this exported function.
        #[arg(long)]
        func: Option<String>,
    },
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<(), String> {
    let config = Config {
        features: cli.features(),
        ..Config::default()
    };
    match cli.command {
        Command::Run {
            file,
            invoke: Some(invoke),
            args,
            ..
        } => run_export(config, &file, &invoke, &args),
        Command::Run {
            file,
            invoke: None,
            dirs,
            envs,
            args,
        } => run_command(config, &file, &dirs, &envs, &args),
        Command::Compile { file, threads, out } => compile(config, &file, threads, out.as_deref()),
        Command::Disasm { file, func } => disassemble(config, &file, func.as_deref()),
    }
}

/// Reads and compiles `file` with an engine of `config`.
fn load(config: Config, file: &std::path::Path) -> Result<(Engine, Module), String> {
    let bytes = std::fs::read(file).map_err(|error| format!("{}: {error}", file.display()))?;
    let engine = Engine::new(config);
    let module = Module::new(&engine, bytes).map_err(|error| error.to_string())?;
    Ok((engine, module))
}

fn run_export(
    config: Config,
    file: &std::path::Path,
    name: &str,
    args: &[String],
) -> Result<(), String> {
    let (engine, module) = load(config, file)?;
    let mut store = Store::new(&engine);
    let instance = Linker::new()
        .instantiate(&mut store, &module)
        .map_err(|error| error.to_string())?;
    let func = instance
        .get_func(&store, name)
        .map_err(|error| error.to_string())?
        .ok_or_else(|| format!("no exported function `{name}`"))?;
    let ty = func.ty(&store).map_err(|error| error.to_string())?;
    if ty.params.len() != args.len() {
        return Err(format!(
            "`{name}` has type {ty}: expected {} arguments",
            ty.params.len()
        ));
    }
    let values = ty
        .params
        .iter()
        .zip(args)
        .map(|(ty, text)| parse_value(*ty, text))
        .collect::<Result<Vec<_>, _>>()?;
    match func.call(&mut store, &values) {
        Ok(results) => {
            for result in results {
                println!("{}", format_value(result));
            }
            Ok(())
        }
        Err(trap) => Err(format!("trap: {trap}")),
    }
}

/// Compiles `file` with an engine of `config` and `threads` compiling threads, and
/// reports what it produced.
fn compile(
    config: Config,
    file: &std::path::Path,
    threads: Option<usize>,
    out: Option<&std::path::Path>,
) -> Result<(), String> {
    let cores = std::thread::available_parallelism().map_or(1, |cores| cores.get());
    if let Some(threads) = threads {
        if threads == 0 || threads > cores {
            return Err(format!(
                "--threads {threads}: expected 1 to {cores} (this machine's available parallelism)"
            ));
        }
    }
    let bytes = std::fs::read(file).map_err(|error| format!("{}: {error}", file.display()))?;
    let config = Config {
        parallel_compilation: threads != Some(1),
        ..config
    };
    let engine = Engine::new(config);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads.unwrap_or(0))
        .build()
        .map_err(|error| error.to_string())?;
    let start = std::time::Instant::now();
    let module = pool
        .install(|| Module::new(&engine, &bytes))
        .map_err(|error| error.to_string())?;
    let seconds = start.elapsed().as_secs_f64();
    let functions = module.defined_functions();
    let mut code = Vec::new();
    for index in 0..functions {
        code.extend_from_slice(module.function_code(index).unwrap_or_default());
    }
    println!(
        "{functions} functions, {} code bytes, {seconds:.6} s",
        code.len()
    );
    if let Some(out) = out {
        std::fs::write(out, &code).map_err(|error| format!("{}: {error}", out.display()))?;
    }
    Ok(())
}

#[cfg(feature = "wasi")]
/// Runs the WASI command `file` and exits with its status.
fn run_command(
    config: Config,
    file: &std::path::Path,
    dirs: &[String],
    envs: &[String],
    args: &[String],
) -> Result<(), String> {
    use lightbeam::{wasi, Extern, Func, FuncType};
    let (engine, module) = load(config, file)?;
    let mut store = Store::new(&engine);
    let program = file.display().to_string();
    let mut ctx = wasi::WasiCtx::new()
        .inherit_stdio()
        .with_args(std::iter::once(&program).chain(args));
    for env in envs {
        let (key, value) = env
            .split_once('=')
            .ok_or_else(|| format!("--env expects KEY=VALUE, got `{env}`"))?;
        ctx = ctx.with_env(key, value);
    }
    for dir in dirs {
        let (host, guest) = dir.split_once("::").unwrap_or((dir, dir));
        ctx = ctx
            .with_preopened_dir(host, guest)
            .map_err(|error| format!("{host}: {error}"))?;
    }
    let mut linker = Linker::new();
    wasi::add_to_linker(&mut linker, &mut store, ctx);
    for name in ["start", "end"] {
        let marker = Func::new_host(&mut store, FuncType::new([], []), |_| Ok(vec![]));
        linker.define("bench", name, Extern::Func(marker));
    }
    let instance = linker
        .instantiate(&mut store, &module)
        .map_err(|error| error.to_string())?;
    let start = instance
        .get_func(&store, "_start")
        .map_err(|error| error.to_string())?
        .ok_or("the module exports no `_start`; use --invoke NAME")?;
    let outcome = start.call(&mut store, &[]);
    match wasi::exit_status(&outcome) {
        Some(0) => Ok(()),
        Some(status) => std::process::exit(status),
        None => Err(format!(
            "trap: {}",
            outcome
                .err()
                .map(|trap| trap.to_string())
                .unwrap_or_default()
        )),
    }
}

#[cfg(not(feature = "wasi"))]
/// Without the `wasi` feature only `--invoke` is available.
fn run_command(
    _: Config,
    _: &std::path::Path,
    _: &[String],
    _: &[String],
    _: &[String],
) -> Result<(), String> {
    Err("running a WASI command needs the `wasi` feature; use --invoke NAME".to_string())
}

/// Parses a command-line argument as a value of type `ty`. Integers may be written
/// signed or unsigned (`-1` and `4294967295` are the same `i32`); anything outside
/// both ranges is an error, never silently truncated.
fn parse_value(ty: ValType, text: &str) -> Result<Val, String> {
    let bad = || format!("cannot parse `{text}` as {ty}");
    let out_of_range = |bits: u32| {
        format!(
            "`{text}` does not fit in {ty}: expected -2^{} to 2^{bits}-1",
            bits - 1
        )
    };
    Ok(match ty {
        ValType::I32 => {
            let value = text.parse::<i64>().map_err(|_| bad())?;
            if !(i64::from(i32::MIN)..=i64::from(u32::MAX)).contains(&value) {
                return Err(out_of_range(32));
            }
            Val::I32(value as i32)
        }
        ValType::I64 => {
            let value = text.parse::<i128>().map_err(|_| bad())?;
            if !(i128::from(i64::MIN)..=i128::from(u64::MAX)).contains(&value) {
                return Err(out_of_range(64));
            }
            Val::I64(value as i64)
        }
        ValType::F32 => Val::F32(text.parse::<f32>().map_err(|_| bad())?.to_bits()),
        ValType::F64 => Val::F64(text.parse::<f64>().map_err(|_| bad())?.to_bits()),
        other => return Err(format!("arguments of type {other} are not supported")),
    })
}

fn format_value(value: Val) -> String {
    match value {
        Val::I32(v) => format!("{v}: i32"),
        Val::I64(v) => format!("{v}: i64"),
        Val::F32(bits) => format!("{}: f32", f32::from_bits(bits)),
        Val::F64(bits) => format!("{}: f64", f64::from_bits(bits)),
        other => format!("{other:?}"),
    }
}

fn disassemble(config: Config, file: &std::path::Path, func: Option<&str>) -> Result<(), String> {
    let (_, module) = load(config, file)?;
    if let Some(name) = func {
        let listing = module
            .disassemble(FuncSelector::Export(name))
            .ok_or_else(|| format!("no exported function `{name}`"))?;
        print!("{listing}");
        return Ok(());
    }
    let imported = module.info().imported_funcs;
    for index in imported..imported + module.defined_functions() as u32 {
        let names: Vec<&str> = module
            .info()
            .exports
            .iter()
            .filter(|export| {
                export.index
                    == lightbeam::module::EntityIndex::Func(lightbeam::module::FuncIndex::from_u32(
                        index,
                    ))
            })
            .map(|export| export.name.as_str())
            .collect();
        println!(
            "function {index}{}:",
            if names.is_empty() {
                String::new()
            } else {
                format!(" ({})", names.join(", "))
            }
        );
        print!(
            "{}",
            module
                .disassemble(FuncSelector::Index(index))
                .unwrap_or_default()
        );
        println!();
    }
    Ok(())
}
