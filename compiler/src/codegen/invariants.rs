//! Invariant checks of the code generator's state, run in builds with debug
//! assertions after every operator that opens, splits, closes or branches to a control
//! frame, and at the end of every function. A failed check is a compiler bug: it
//! panics with what broke and the operator's offset.
//!
//! Checked at a merge: the value stack agrees with the validator's operand stack
//! (height, and the types of the top [`TYPE_WINDOW`] entries); the registers the
//! allocator has handed out are exactly those the value stack holds, each held once,
//! never a scratch register or a pinned local's; every pinned local's register is out
//! of the allocator's reach; spilled entries lie within the machine stack, in order;
//! the open frames are the validator's. At the end: no frame is open, the value stack
//! is empty and every register is free.
//!
//! Each check visits the unsettled entries (constants, lazy reads, registers) and at
//! least the top [`TYPE_WINDOW`]; entries further down are spilled or constant by the
//! value stack's own invariant. Debug builds stay fast on ordinary code; release builds
//! run none of this.

use wasmparser::{FuncValidator, ValidatorResources};

use super::context::CodeGen;
use super::value_stack::Location;
use crate::module::ValType;
use crate::x64::masm::is_scratch;
use crate::x64::{Gpr, Reg, RegClass, Xmm};

/// How many entries from the top a merge check compares the types of.
const TYPE_WINDOW: usize = 64;

impl CodeGen<'_> {
    /// Checks the state after a control operator against the validator's (see the
    /// module documentation); panics on a broken invariant.
    pub(crate) fn check_merge_invariants(&self, validator: &FuncValidator<ValidatorResources>) {
        let at = self.wasm_offset;
        assert_eq!(
            self.cx.frames.len(),
            validator.control_stack_height() as usize,
            "open frames differ from the validator's at offset {at:#x}"
        );
        assert!(
            self.masm.scratch_is_free(),
            "a scratch register is still lent at offset {at:#x}"
        );
        if !self.cx.reachable {
            return;
        }
        self.check_operands(validator);
        self.check_registers();
        self.check_pinned_locals();
        self.check_spilled_depths();
    }

    /// Checks the state after the body's final `end`; panics on a broken invariant.
    pub(crate) fn check_end_invariants(&self) {
        let at = self.wasm_offset;
        assert!(self.cx.frames.is_empty(), "frames left open at {at:#x}");
        assert_eq!(
            self.cx.stack.len(),
            0,
            "values left on the stack at {at:#x}"
        );
        assert!(
            self.masm.scratch_is_free(),
            "a scratch register is still lent at the end, at {at:#x}"
        );
        assert!(
            self.cx.regs.all_free(),
            "registers held at the end of the function at {at:#x}: {:?}",
            self.cx.regs
        );
        self.check_pinned_locals();
    }

    /// The value stack has the validator's height and, near the top, its types (of
    /// references, the hierarchy: the code generator does not track precise ones).
    fn check_operands(&self, validator: &FuncValidator<ValidatorResources>) {
        let at = self.wasm_offset;
        let height = validator.operand_stack_height() as usize;
        assert_eq!(
            self.cx.stack.len(),
            height,
            "value stack height differs from the validator's at offset {at:#x}"
        );
        for depth in 0..height.min(TYPE_WINDOW) {
            let expected = validator
                .get_operand_type(depth)
                .flatten()
                .and_then(|ty| top_type(ty, validator.resources()));
            let actual = self.cx.stack.peek(depth).map(|value| value.ty.top());
            if let Some(expected) = expected {
                assert_eq!(
                    actual,
                    Some(expected),
                    "operand {depth} from the top has the wrong type at offset {at:#x}"
                );
            }
        }
    }

    /// The allocator's handed-out registers are exactly the value stack's, each held by
    /// one entry of its class; no entry holds a scratch register. Entries below the
    /// settled mark are spilled or constant and hold none.
    fn check_registers(&self) {
        let at = self.wasm_offset;
        let (mut gprs, mut xmms) = (0u16, 0u16);
        for (index, value) in self.checked_entries() {
            let reg = match value.location {
                Location::Reg(reg) => reg,
                Location::Local(_) | Location::Flags(_) => {
                    assert!(
                        index >= self.cx.stack.settled(),
                        "settled entry {index} is {:?} at offset {at:#x}",
                        value.location
                    );
                    continue;
                }
                Location::Const(_) | Location::Spilled(_) => continue,
            };
            assert!(
                index >= self.cx.stack.settled(),
                "settled entry {index} holds {reg:?} at offset {at:#x}"
            );
            assert!(
                !is_scratch(reg),
                "a scratch register is on the value stack at offset {at:#x}"
            );
            assert_eq!(
                reg.class() == RegClass::Gpr,
                value.ty.is_integer_like(),
                "a {:?} value is held in {reg:?} at offset {at:#x}",
                value.ty
            );
            let (set, number) = match reg {
                Reg::Gpr(Gpr(n)) => (&mut gprs, n),
                Reg::Xmm(Xmm(n)) => (&mut xmms, n),
            };
            assert!(
                *set & (1 << number) == 0,
                "{reg:?} is held by two entries at offset {at:#x}"
            );
            *set |= 1 << number;
        }
        assert_eq!(
            (
                self.cx.regs.held(RegClass::Gpr),
                self.cx.regs.held(RegClass::Xmm)
            ),
            (gprs, xmms),
            "the allocator's held registers (gpr, xmm bitsets) differ from the value \
             stack's at offset {at:#x}"
        );
    }

    /// The entries the checks visit, with their indices: the unsettled ones and the
    /// top [`TYPE_WINDOW`].
    fn checked_entries(&self) -> impl Iterator<Item = (usize, &super::value_stack::Value)> {
        let len = self.cx.stack.len();
        let first = self.cx.stack.settled().min(len.saturating_sub(TYPE_WINDOW));
        self.cx.stack.entries().iter().enumerate().skip(first)
    }

    /// Every pinned local's register is one the allocator never hands out, no value
    /// stack entry holds it, and no two locals share one.
    fn check_pinned_locals(&self) {
        let at = self.wasm_offset;
        let mut pinned = 0u16;
        for (index, local) in self.cx.locals.iter().enumerate() {
            let Some(reg) = local.pinned else {
                continue;
            };
            assert!(
                !self.cx.regs.is_allocatable(reg),
                "local {index}'s register {reg:?} is allocatable at offset {at:#x}"
            );
            assert!(
                pinned & (1 << reg.0) == 0,
                "two locals are pinned to {reg:?} at offset {at:#x}"
            );
            assert!(
                self.cx.memory_base != Some(reg),
                "local {index} is pinned to the memory base register at offset {at:#x}"
            );
            pinned |= 1 << reg.0;
            assert!(
                !self
                    .checked_entries()
                    .any(|(_, value)| value.location == Location::Reg(Reg::Gpr(reg))),
                "local {index}'s register {reg:?} is on the value stack at offset {at:#x}"
            );
        }
    }

    /// Spilled entries lie within the machine stack, deeper ones higher on the value
    /// stack.
    fn check_spilled_depths(&self) {
        let at = self.wasm_offset;
        let mut previous = 0;
        for (_, value) in self.checked_entries() {
            if let Location::Spilled(depth) = value.location {
                assert!(
                    depth > previous && depth <= self.cx.depth,
                    "spilled entry at depth {depth} (previous {previous}, rsp at {}) at \
                     offset {at:#x}",
                    self.cx.depth
                );
                previous = depth;
            }
        }
    }
}

/// `ty` with references widened to the top of their hierarchy, as [`ValType::top`];
/// `None` for what the code generator cannot hold. The validator names concrete types
/// by its own ids, which `resources` resolves.
fn top_type(ty: wasmparser::ValType, resources: &ValidatorResources) -> Option<ValType> {
    use wasmparser::{AbstractHeapType as A, HeapType as H, WasmModuleResources};
    Some(match ty {
        wasmparser::ValType::I32 => ValType::I32,
        wasmparser::ValType::I64 => ValType::I64,
        wasmparser::ValType::F32 => ValType::F32,
        wasmparser::ValType::F64 => ValType::F64,
        wasmparser::ValType::V128 => ValType::V128,
        wasmparser::ValType::Ref(reference) => match reference.heap_type() {
            H::Concrete(index) => {
                let sub_type = match index {
                    wasmparser::UnpackedIndex::Id(id) => resources.sub_type_at_id(id),
                    wasmparser::UnpackedIndex::Module(index) => resources.sub_type_at(index)?,
                    wasmparser::UnpackedIndex::RecGroup(_) => return None,
                };
                match sub_type.composite_type.inner {
                    wasmparser::CompositeInnerType::Func(_) => ValType::FUNCREF,
                    _ => ValType::ANYREF,
                }
            }
            H::Abstract {
                ty: A::Func | A::NoFunc,
                ..
            } => ValType::FUNCREF,
            H::Abstract {
                ty: A::Extern | A::NoExtern,
                ..
            } => ValType::EXTERNREF,
            _ => return None,
        },
    })
}
