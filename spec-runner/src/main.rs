//! `spec-runner`: the command-line front of the library.

fn main() -> std::process::ExitCode {
    spec_runner::cli::main()
}
