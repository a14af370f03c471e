//! The `lightbeam` command: run an export of a module or print its machine code.
//!
//! ```text
//! lightbeam run FILE.wasm|FILE.wat --invoke NAME [ARGS...]
//! lightbeam disasm FILE [--func NAME]
//! ```

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use lightbeam::{Engine, FuncSelector, Linker, Module, Store, Val, ValType};

/// Command-line arguments.
#[derive(Parser)]
#[command(
    name = "lightbeam",
    about = "A one-pass WebAssembly to x86-64 compiler"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// What to do.
#[derive(Subcommand)]
enum Command {
    /// Instantiate a module and call one of its exports.
    Run {
        /// A binary (.wasm) or text (.wat) module.
        file: std::path::PathBuf,
        /// The exported function to call.
        #[arg(long)]
        invoke: String,
        /// Arguments, parsed according to the function's parameter types.
        args: Vec<String>,
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
    match cli.command {
        Command::Run { file, invoke, args } => run_export(&file, &invoke, &args),
        Command::Disasm { file, func } => disassemble(&file, func.as_deref()),
    }
}

fn load(file: &std::path::Path) -> Result<(Engine, Module), String> {
    let bytes = std::fs::read(file).map_err(|error| format!("{}: {error}", file.display()))?;
    let engine = Engine::default();
    let module = Module::new(&engine, bytes).map_err(|error| error.to_string())?;
    Ok((engine, module))
}

fn run_export(file: &std::path::Path, name: &str, args: &[String]) -> Result<(), String> {
    let (engine, module) = load(file)?;
    let mut store = Store::new(&engine);
    let instance = Linker::new()
        .instantiate(&mut store, &module)
        .map_err(|error| error.to_string())?;
    let func = instance
        .get_func(&store, name)
        .ok_or_else(|| format!("no exported function `{name}`"))?;
    let ty = func.ty(&store);
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

fn parse_value(ty: ValType, text: &str) -> Result<Val, String> {
    let bad = || format!("cannot parse `{text}` as {ty}");
    Ok(match ty {
        ValType::I32 => Val::I32(text.parse::<i64>().map_err(|_| bad())? as i32),
        ValType::I64 => Val::I64(text.parse::<i64>().map_err(|_| bad())?),
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

fn disassemble(file: &std::path::Path, func: Option<&str>) -> Result<(), String> {
    let (_, module) = load(file)?;
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
