//! A store's conversions between [`Val`]s and the raw slots generated code reads and
//! writes: a function reference becomes the address of its `VMFuncRef`, so converting
//! checks that it belongs to the store.

use super::handles::{Func, StoreFuncIndex};
use super::store::Store;
use super::values::{AnyRef, Val};
use super::vm::{VMFuncRef, ValRaw};
use crate::error::{ObjectError, StoreMismatch};
use crate::module::{reference, ConcreteType, HeapType, RefType, SharedTypeId, ValType};

impl Val {
    /// Whether the value is a value of type `ty` in `store`: for a function reference,
    /// whether the function's signature matches a concrete type such as `(ref $t)`.
    /// A function of another store is an error.
    pub fn matches_ty(&self, store: &Store, ty: ValType) -> Result<bool, StoreMismatch> {
        store.val_matches(self, ty)
    }
}

/// Conversions between values and their raw representation in generated code's slots.
impl Store {
    /// The raw representation of `value` (function references become `VMFuncRef`
    /// pointers); a function reference of another store is refused.
    pub(crate) fn val_to_raw(&self, value: &Val) -> Result<ValRaw, StoreMismatch> {
        let low = match *value {
            Val::I32(v) => v as u32 as u64,
            Val::I64(v) => v as u64,
            Val::F32(bits) => bits as u64,
            Val::F64(bits) => bits,
            Val::V128(bits) => {
                return Ok(ValRaw {
                    low: bits as u64,
                    high: (bits >> 64) as u64,
                })
            }
            Val::FuncRef(None) | Val::ExternRef(None) | Val::ExnRef(None) | Val::AnyRef(None) => 0,
            Val::ExternRef(Some(value)) | Val::AnyRef(Some(AnyRef::Host(value))) => {
                reference::host(value)
            }
            Val::AnyRef(Some(AnyRef::I31(value))) | Val::ExternAny(AnyRef::I31(value)) => {
                reference::i31(value)
            }
            Val::ExternAny(AnyRef::Host(value)) => reference::host(value),
            Val::ExnRef(Some(exn)) => {
                self.check(exn.store, "exception")?;
                exn.index.as_u32() as u64 + 1
            }
            Val::FuncRef(Some(func)) => {
                self.check(func.store, "function")?;
                &*self.funcs[func.index].func_ref as *const VMFuncRef as u64
            }
        };
        Ok(ValRaw { low, high: 0 })
    }

    /// The raw representation of `value`, which must be of type `ty` (a table's element
    /// type or a global's content): generated code trusts a funcref slot to hold a
    /// `VMFuncRef` pointer.
    pub(super) fn typed_val_to_raw(&self, value: &Val, ty: ValType) -> Result<ValRaw, ObjectError> {
        if !self.val_matches(value, ty)? {
            return Err(ObjectError::Type(format!(
                "expected a value of type {ty}, got {}",
                value.ty()
            )));
        }
        Ok(self.val_to_raw(value)?)
    }

    /// The value of type `ty` represented by `raw`.
    pub(crate) fn val_from_raw(&self, ty: ValType, raw: ValRaw) -> Val {
        match ty {
            ValType::I32 => Val::I32(raw.low as u32 as i32),
            ValType::I64 => Val::I64(raw.low as i64),
            ValType::F32 => Val::F32(raw.low as u32),
            ValType::F64 => Val::F64(raw.low),
            ValType::V128 => Val::V128(raw.low as u128 | (raw.high as u128) << 64),
            ValType::Ref(reference) => match reference.heap_type.top() {
                HeapType::Extern => match decode_any(raw.low) {
                    None => Val::ExternRef(None),
                    Some(AnyRef::Host(value)) => Val::ExternRef(Some(value)),
                    Some(other) => Val::ExternAny(other),
                },
                HeapType::Any => Val::AnyRef(decode_any(raw.low)),
                HeapType::Exn => Val::ExnRef(self.exn_from_raw(raw.low)),
                _ => Val::FuncRef(self.func_from_raw(raw.low)),
            },
        }
    }

    /// Whether `value` is a value of type `ty`: a number of that type, or a reference
    /// of its hierarchy that is null only where `ty` allows it and, for a function,
    /// whose signature matches. A function of another store is an error.
    pub(crate) fn val_matches(&self, value: &Val, ty: ValType) -> Result<bool, StoreMismatch> {
        let ValType::Ref(reference) = ty else {
            return Ok(value.ty() == ty);
        };
        let heap_type = match *value {
            Val::FuncRef(None) => HeapType::NoFunc,
            Val::ExternRef(None) => HeapType::NoExtern,
            Val::ExternRef(Some(_)) | Val::ExternAny(_) => HeapType::Extern,
            Val::AnyRef(None) => HeapType::None,
            Val::AnyRef(Some(value)) => value.heap_type(),
            Val::ExnRef(None) => HeapType::NoExn,
            Val::ExnRef(Some(exn)) => {
                self.check(exn.store, "exception")?;
                HeapType::Exn
            }
            Val::FuncRef(Some(func)) => {
                self.check(func.store, "function")?;
                let type_id = self.funcs[func.index].func_ref.type_id;
                HeapType::Concrete(ConcreteType::func(SharedTypeId::from_u32(type_id as u32)))
            }
            _ => return Ok(false),
        };
        Ok(RefType::new(heap_type.is_bottom(), heap_type).matches(reference, &self.engine))
    }

    /// Whether `values` are values of `types`, one for one (see [`Self::val_matches`]).
    pub(crate) fn vals_match(
        &self,
        values: &[Val],
        types: &[ValType],
    ) -> Result<bool, StoreMismatch> {
        if values.len() != types.len() {
            return Ok(false);
        }
        for (value, ty) in values.iter().zip(types) {
            if !self.val_matches(value, *ty)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// The function a raw function reference points to.
    pub(crate) fn func_from_raw(&self, raw: u64) -> Option<Func> {
        if raw == 0 {
            return None;
        }
        // SAFETY: non-null raw function references are only ever created from the boxed
        // `VMFuncRef`s of this store's functions, which live as long as the store.
        let store_index = unsafe { (*(raw as *const VMFuncRef)).store_index };
        Some(Func {
            store: self.id,
            index: StoreFuncIndex::from_u32(store_index as u32),
        })
    }
}

/// The internal value of a non-null word of the internal or external hierarchy (see
/// [`crate::module::reference`]); `None` for null. Without a heap, a word is an `i31`
/// or a host value.
fn decode_any(word: u64) -> Option<AnyRef> {
    if word == 0 {
        return None;
    }
    reference::as_i31(word)
        .map(AnyRef::I31)
        .or_else(|| reference::as_host(word).map(AnyRef::Host))
}
