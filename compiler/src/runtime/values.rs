//! Values crossing the embedding API.

use super::handles::{Exn, Func};
use crate::module::{HeapType, ValType};

/// A WebAssembly value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Val {
    /// `i32`.
    I32(i32),
    /// `i64`.
    I64(i64),
    /// `f32`, as its bits.
    F32(u32),
    /// `f64`, as its bits.
    F64(u64),
    /// `v128`.
    V128(u128),
    /// A function reference, or null.
    FuncRef(Option<Func>),
    /// A host reference (an embedder-chosen number), or null.
    ExternRef(Option<u32>),
    /// A reference to an exception, or null.
    ExnRef(Option<Exn>),
    /// An internal reference (`anyref` and its subtypes), or null.
    AnyRef(Option<AnyRef>),
    /// An internal value converted to an external reference by `extern.convert_any`
    /// (never [`AnyRef::Host`]: a host value converted back and forth is
    /// [`Val::ExternRef`] again).
    ExternAny(AnyRef),
}

/// A non-null internal reference (see [`Val::AnyRef`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnyRef {
    /// An unboxed 31-bit integer (`ref.i31`), its bits in the low 31 bits.
    I31(u32),
    /// A host value converted to an internal reference by `any.convert_extern`.
    Host(u32),
}

impl AnyRef {
    /// The `i31` of `value`'s low 31 bits (`ref.i31`).
    pub fn i31(value: i32) -> AnyRef {
        AnyRef::I31(value as u32 & 0x7fff_ffff)
    }

    /// The heap type of the value itself, the most precise one it has.
    pub fn heap_type(self) -> HeapType {
        match self {
            AnyRef::I31(_) => HeapType::I31,
            AnyRef::Host(_) => HeapType::Any,
        }
    }
}

impl Val {
    /// The value's type; for a reference, the top type of its hierarchy (`funcref` or
    /// `externref`): whether a function reference also has a more precise type, such
    /// as `(ref $t)`, depends on its function (see [`Val::matches_ty`]).
    pub fn ty(&self) -> ValType {
        match self {
            Val::I32(_) => ValType::I32,
            Val::I64(_) => ValType::I64,
            Val::F32(_) => ValType::F32,
            Val::F64(_) => ValType::F64,
            Val::V128(_) => ValType::V128,
            Val::FuncRef(_) => ValType::FUNCREF,
            Val::ExternRef(_) => ValType::EXTERNREF,
            Val::ExnRef(_) => ValType::EXNREF,
            Val::AnyRef(_) => ValType::ANYREF,
            Val::ExternAny(_) => ValType::EXTERNREF,
        }
    }

    /// The default (zero or null) value of `ty`; `None` for a non-nullable reference
    /// type, which has none.
    pub fn default_for(ty: ValType) -> Option<Val> {
        Some(match ty {
            ValType::I32 => Val::I32(0),
            ValType::I64 => Val::I64(0),
            ValType::F32 => Val::F32(0),
            ValType::F64 => Val::F64(0),
            ValType::V128 => Val::V128(0),
            ValType::Ref(reference) if !reference.nullable => return None,
            ValType::Ref(reference) => Val::null_of(reference.heap_type),
        })
    }

    /// The null reference of the hierarchy of `heap_type`.
    pub fn null_of(heap_type: HeapType) -> Val {
        match heap_type.top() {
            HeapType::Extern => Val::ExternRef(None),
            HeapType::Exn => Val::ExnRef(None),
            HeapType::Any => Val::AnyRef(None),
            _ => Val::FuncRef(None),
        }
    }

    /// Whether this is a null reference (of any hierarchy).
    pub fn is_null(&self) -> bool {
        matches!(
            self,
            Val::FuncRef(None) | Val::ExternRef(None) | Val::ExnRef(None) | Val::AnyRef(None)
        )
    }

    /// The `i32`, if it is one.
    pub fn i32(&self) -> Option<i32> {
        match self {
            Val::I32(value) => Some(*value),
            _ => None,
        }
    }

    /// The `i64`, if it is one.
    pub fn i64(&self) -> Option<i64> {
        match self {
            Val::I64(value) => Some(*value),
            _ => None,
        }
    }
}

impl From<i32> for Val {
    fn from(value: i32) -> Self {
        Val::I32(value)
    }
}

impl From<i64> for Val {
    fn from(value: i64) -> Self {
        Val::I64(value)
    }
}

impl From<f32> for Val {
    fn from(value: f32) -> Self {
        Val::F32(value.to_bits())
    }
}

impl From<f64> for Val {
    fn from(value: f64) -> Self {
        Val::F64(value.to_bits())
    }
}
