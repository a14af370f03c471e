//! Compiles a small module from text and calls an export:
//! `cargo run -p lightbeam --example call_export`.

use lightbeam::{Engine, Linker, Module, Store, Val};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let engine = Engine::default();
    let module = Module::new(
        &engine,
        r#"(module
             (func $fib (export "fib") (param i64) (result i64)
               (if (result i64) (i64.lt_u (local.get 0) (i64.const 2))
                 (then (local.get 0))
                 (else (i64.add (call $fib (i64.sub (local.get 0) (i64.const 1)))
                                (call $fib (i64.sub (local.get 0) (i64.const 2))))))))"#,
    )?;
    let mut store = Store::new(&engine);
    let instance = Linker::new().instantiate(&mut store, &module)?;
    let fib = instance.get_func(&store, "fib")?.ok_or("missing export")?;
    let result = fib.call(&mut store, &[Val::I64(30)])?;
    println!("fib(30) = {:?}", result[0]);
    Ok(())
}
