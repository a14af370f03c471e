//! Generated modules for the linearity check: the same kind of code at 1x, 10x and 100x
//! the size, and one module holding a single function of about 1 MB. A compiler that is
//! linear in its input shows the same time per byte on all of them.

use wasm_encoder::{
    BlockType, CodeSection, ExportKind, ExportSection, Function, FunctionSection, MemArg,
    MemorySection, MemoryType, Module, TypeSection, ValType,
};

/// Functions in the 1x module (about 100 KB).
const BASE_FUNCS: u32 = 500;
/// Target body size of the single big function.
const BIG_FUNCTION_BYTES: usize = 1 << 20;

/// The generated modules: `(name, bytes)`.
pub fn modules() -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = [1, 10, 100]
        .into_iter()
        .map(|x| {
            (
                format!("gen-{x}x-{}-funcs", x * BASE_FUNCS),
                many_functions(x * BASE_FUNCS),
            )
        })
        .collect();
    out.push(("gen-one-1MB-function".into(), one_big_function()));
    out
}

/// `count` functions of a few hundred bytes each: a loop with arithmetic over locals,
/// memory traffic, a conditional and a call.
fn many_functions(count: u32) -> Vec<u8> {
    let bodies = (0..count).map(|i| {
        let mut f = Function::new([(4, ValType::I32), (1, ValType::I64)]);
        small_body(&mut f, i);
        f
    });
    module(count, bodies)
}

/// One function whose body is about [`BIG_FUNCTION_BYTES`] of straight-line blocks.
fn one_big_function() -> Vec<u8> {
    let mut f = Function::new([(4, ValType::I32), (1, ValType::I64)]);
    let mut i = 0;
    while f.byte_len() < BIG_FUNCTION_BYTES {
        statement_group(&mut f, i);
        i += 1;
    }
    f.instructions().local_get(2).end();
    module(1, std::iter::once(f))
}

fn small_body(f: &mut Function, seed: u32) {
    let k = seed as i32;
    // loop: l2 += l0 * k; l3 ^= l2 >> 3; l0 -= 1; br_if l0 != 0
    f.instructions()
        .local_get(0)
        .local_set(2)
        .loop_(BlockType::Empty)
        .local_get(3)
        .local_get(0)
        .i32_const(k | 1)
        .i32_mul()
        .i32_add()
        .local_tee(3)
        .i32_const(3)
        .i32_shr_u()
        .local_get(4)
        .i32_xor()
        .local_set(4)
        .local_get(2)
        .i32_const(1)
        .i32_sub()
        .local_tee(2)
        .br_if(0)
        .end();
    for g in 0..4 {
        statement_group(f, seed.wrapping_mul(4).wrapping_add(g));
    }
    // A call to the first function (a leaf when seed == 0) and the result.
    if seed > 0 {
        f.instructions()
            .local_get(3)
            .local_get(1)
            .call(0)
            .local_get(4)
            .i32_add()
            .end();
    } else {
        f.instructions().local_get(3).local_get(4).i32_add().end();
    }
}

/// A block of a dozen operators: arithmetic, compare-and-branch, a load and a store.
fn statement_group(f: &mut Function, seed: u32) {
    let k = (seed % 1000) as i32;
    let mem = MemArg {
        offset: u64::from(seed % 64) * 4,
        align: 2,
        memory_index: 0,
    };
    f.instructions()
        .block(BlockType::Empty)
        .local_get(0)
        .local_get(1)
        .i32_add()
        .local_tee(2)
        .i32_const(k)
        .i32_gt_s()
        .br_if(0)
        .local_get(2)
        .i32_const(3)
        .i32_mul()
        .local_set(1)
        .i32_const(0)
        .local_get(1)
        .i32_store(mem)
        .i32_const(0)
        .i32_load(mem)
        .i64_extend_i32_u()
        .local_get(6)
        .i64_add()
        .local_set(6)
        .end();
}

fn module(count: u32, bodies: impl Iterator<Item = Function>) -> Vec<u8> {
    let mut types = TypeSection::new();
    types
        .ty()
        .function([ValType::I32, ValType::I32], [ValType::I32]);
    let mut funcs = FunctionSection::new();
    for _ in 0..count {
        funcs.function(0);
    }
    let mut memories = MemorySection::new();
    memories.memory(MemoryType {
        minimum: 1,
        maximum: None,
        memory64: false,
        shared: false,
        page_size_log2: None,
    });
    let mut exports = ExportSection::new();
    exports.export("f0", ExportKind::Func, 0);
    let mut code = CodeSection::new();
    for body in bodies {
        code.function(&body);
    }
    let mut module = Module::new();
    module
        .section(&types)
        .section(&funcs)
        .section(&memories)
        .section(&exports)
        .section(&code);
    module.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_modules_validate_and_scale() {
        let mods = modules();
        for (name, bytes) in &mods {
            wasmi::Module::new(&wasmi::Engine::default(), bytes)
                .unwrap_or_else(|e| panic!("{name}: {e}"));
        }
        let ratio = mods[2].1.len() as f64 / mods[0].1.len() as f64;
        assert!((90.0..110.0).contains(&ratio), "100x is {ratio}x");
        assert!(mods[3].1.len() >= BIG_FUNCTION_BYTES);
    }
}
