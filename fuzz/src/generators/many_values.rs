//! Modules built around one type with many values (up to wasmparser's limit of 1,000
//! parameters and results), used by many cheap operators: the shape of code-size
//! bombs. wasm-smith never generates more than 20 parameters or results, so the
//! `compile` target adds these to check the code-size bound where it matters.
//!
//! Every module is valid by construction. Its types are, with `T` a list of `n` value
//! types drawn from the input:
//!
//! * `$t = [] -> T`, `$p = T -> T`, `$s = T -> []`, `$tail = [] -> T[1..]`;
//! * functions `$g: $t` (constants), `$tail: $tail`, `$sink: $s`, `$id: $p`, and
//!   `$f: [i32] -> T`, whose body is generated; a one-element table holds `$id`.
//!
//! `$f`'s body is a list of steps, each taking the stack from exactly `T` (above the
//! enclosing frame's base) to exactly `T`: replacing the values (by a call, constants
//! or the parameter), passing them through `$id` directly or indirectly, branching
//! with them to any enclosing label (`br_if`, or `br`/`br_table`/`return`, after which
//! the rest of the frame is unreachable), and nesting `block`/`loop`/`if` frames of
//! type `$p` with steps inside, with or without a value under the carried ones.

use arbitrary::{Result, Unstructured};
use wasm_encoder::{
    BlockType, CodeSection, ConstExpr, ElementSection, Elements, ExportKind, ExportSection,
    Function, FunctionSection, Instruction, Module, RefType, TableSection, TableType, TypeSection,
    ValType,
};

/// Type indices.
const T: u32 = 0;
const P: u32 = 1;
const S: u32 = 2;
const TAIL: u32 = 3;
const F: u32 = 4;
/// Function indices.
const G: u32 = 0;
const G_TAIL: u32 = 1;
const SINK: u32 = 2;
const ID: u32 = 3;

/// Deepest nesting of generated frames.
const MAX_DEPTH: u32 = 6;
/// Most steps in one frame.
const MAX_STEPS: u32 = 24;

/// A module of the shape described in the module documentation, from `u`.
pub fn many_value_module(u: &mut Unstructured<'_>) -> Result<Vec<u8>> {
    let count = if u.ratio(1, 4)? {
        u.int_in_range(1..=1000)?
    } else {
        u.int_in_range(1..=40)?
    };
    let mut values = Vec::with_capacity(count);
    for _ in 0..count {
        values.push(*u.choose(&[
            ValType::I32,
            ValType::I64,
            ValType::F32,
            ValType::F64,
            ValType::V128,
        ])?);
    }
    let mut types = TypeSection::new();
    types.ty().function([], values.iter().copied());
    types
        .ty()
        .function(values.iter().copied(), values.iter().copied());
    types.ty().function(values.iter().copied(), []);
    types.ty().function([], values[1..].iter().copied());
    types.ty().function([ValType::I32], values.iter().copied());

    let mut functions = FunctionSection::new();
    for ty in [T, TAIL, S, P, F] {
        functions.function(ty);
    }
    let mut tables = TableSection::new();
    tables.table(TableType {
        element_type: RefType::FUNCREF,
        table64: false,
        minimum: 1,
        maximum: Some(1),
        shared: false,
    });
    let mut exports = ExportSection::new();
    exports.export("f", ExportKind::Func, 4);
    let mut elements = ElementSection::new();
    elements.active(
        None,
        &ConstExpr::i32_const(0),
        Elements::Functions(std::borrow::Cow::Borrowed(&[ID])),
    );

    let mut code = CodeSection::new();
    let mut g = Function::new([]);
    push_constants(&mut g, &values, 0);
    g.instruction(&Instruction::End);
    code.function(&g);
    let mut g_tail = Function::new([]);
    push_constants(&mut g_tail, &values[1..], 1);
    g_tail.instruction(&Instruction::End);
    code.function(&g_tail);
    let mut sink = Function::new([]);
    sink.instruction(&Instruction::End);
    code.function(&sink);
    let mut id = Function::new([]);
    for index in 0..count as u32 {
        id.instruction(&Instruction::LocalGet(index));
    }
    id.instruction(&Instruction::End);
    code.function(&id);
    let mut body = Body {
        function: Function::new([]),
        values: &values,
    };
    body.call(G);
    // The function's own frame is depth 0 of the label stack.
    body.steps(u, 0)?;
    body.function.instruction(&Instruction::End);
    code.function(&body.function);

    let mut module = Module::new();
    module
        .section(&types)
        .section(&functions)
        .section(&tables)
        .section(&exports)
        .section(&elements)
        .section(&code);
    Ok(module.finish())
}

/// Pushes one constant of each type in `values`, the `i`-th with value `seed + i`.
fn push_constants(function: &mut Function, values: &[ValType], seed: usize) {
    for (i, ty) in values.iter().enumerate() {
        let bits = (seed + i) as i64;
        function.instruction(&match ty {
            ValType::I32 => Instruction::I32Const(bits as i32),
            ValType::I64 => Instruction::I64Const(bits),
            ValType::F32 => Instruction::F32Const((bits as f32).into()),
            ValType::F64 => Instruction::F64Const((bits as f64).into()),
            _ => Instruction::V128Const(i128::from(bits)),
        });
    }
}

/// The body of `$f` being generated.
struct Body<'a> {
    function: Function,
    values: &'a [ValType],
}

impl Body<'_> {
    fn call(&mut self, function: u32) {
        self.function.instruction(&Instruction::Call(function));
    }

    fn condition(&mut self) {
        self.function.instruction(&Instruction::LocalGet(0));
    }

    /// Steps inside a frame at label depth `depth` (0 for the function body); each
    /// keeps exactly the carried values on the stack.
    fn steps(&mut self, u: &mut Unstructured<'_>, depth: u32) -> Result<()> {
        let steps = u.int_in_range(0..=MAX_STEPS)?;
        for _ in 0..steps {
            if u.is_empty() {
                break;
            }
            let label = u.int_in_range(0..=depth)?;
            match u.int_in_range(0..=11)? {
                0 => {
                    self.call(SINK);
                    self.call(G);
                }
                1 => {
                    self.call(SINK);
                    push_constants(&mut self.function, self.values, 100);
                }
                2 => {
                    // A constant under the values of another call: one slot off.
                    self.call(SINK);
                    push_constants(&mut self.function, &self.values[..1], 7);
                    self.call(G_TAIL);
                }
                3 => self.call(ID),
                4 => {
                    self.condition();
                    self.function.instruction(&Instruction::CallIndirect {
                        type_index: P,
                        table_index: 0,
                    });
                }
                5 => {
                    self.condition();
                    self.function.instruction(&Instruction::BrIf(label));
                }
                6 | 7 if depth < MAX_DEPTH => {
                    let block = if u.arbitrary()? {
                        Instruction::Block(BlockType::FunctionType(P))
                    } else {
                        Instruction::Loop(BlockType::FunctionType(P))
                    };
                    self.function.instruction(&block);
                    self.steps(u, depth + 1)?;
                    self.function.instruction(&Instruction::End);
                }
                8 if depth < MAX_DEPTH => {
                    self.condition();
                    self.function
                        .instruction(&Instruction::If(BlockType::FunctionType(P)));
                    self.steps(u, depth + 1)?;
                    if u.arbitrary()? {
                        self.function.instruction(&Instruction::Else);
                        self.steps(u, depth + 1)?;
                    }
                    self.function.instruction(&Instruction::End);
                }
                9 if depth < MAX_DEPTH => {
                    // A value under the carried ones: a block whose branches carry
                    // values one slot off the block's, left by `br`.
                    self.function
                        .instruction(&Instruction::Block(BlockType::FunctionType(P)));
                    self.condition();
                    self.call(G);
                    for _ in 0..u.int_in_range(0..=4)? {
                        self.condition();
                        let target = u.int_in_range(0..=depth + 1)?;
                        self.function.instruction(&Instruction::BrIf(target));
                    }
                    self.function.instruction(&Instruction::Br(0));
                    self.function.instruction(&Instruction::End);
                }
                10 => {
                    // Ends the frame's reachable code.
                    let targets: Vec<u32> = (0..u.int_in_range(0..=8)?)
                        .map(|_| u.int_in_range(0..=depth))
                        .collect::<Result<_>>()?;
                    self.condition();
                    self.function
                        .instruction(&Instruction::BrTable(targets.into(), label));
                }
                11 => {
                    self.function.instruction(&if u.arbitrary()? {
                        Instruction::Br(label)
                    } else {
                        Instruction::Return
                    });
                }
                _ => self.call(ID),
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_modules_are_valid() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..200 {
            let bytes: Vec<u8> = (0..4096)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    seed as u8
                })
                .collect();
            let wasm = many_value_module(&mut Unstructured::new(&bytes)).expect("generates");
            wasmparser::Validator::new_with_features(crate::generators::supported_features())
                .validate_all(&wasm)
                .expect("valid by construction");
        }
    }
}
