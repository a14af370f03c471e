//! Functions in a store: compiled wasm or host closures, and the [`Func`] handle's methods.

use std::rc::Rc;
use std::sync::Arc;

use super::handles::Func;
use super::store::{Caller, FuncData, FuncKind, Store};
use super::values::Val;
use super::vm::{VMFuncRef, VMHostContext};
use crate::compiled_module::Module;
use crate::error::StoreMismatch;
use crate::module::FuncType;
use crate::trap::Trap;

impl Store {
    /// Adds a wasm function of `module` with context `vmctx`.
    pub(crate) fn push_wasm_func(
        &mut self,
        module: &Module,
        func: crate::module::FuncIndex,
        vmctx: *mut u8,
    ) -> Func {
        let info = &module.inner.info;
        let type_index = info.functions[func];
        let defined = info
            .defined_func_index(func)
            .expect("push_wasm_func is only called for defined functions");
        let index = self.funcs.next_key();
        self.funcs.push(FuncData {
            func_ref: Box::new(VMFuncRef {
                code: module.inner.code.function_ptr(defined),
                vmctx,
                type_id: info.type_ids[type_index].id.as_u32() as u64,
                store_index: index.as_u32() as u64,
            }),
            ty: info.signature(type_index).clone(),
            kind: FuncKind::Wasm {
                _module: module.clone(),
                trampoline: module.inner.code.trampoline_ptr(type_index),
            },
        });
        Func {
            store: self.id,
            index,
        }
    }
}

impl Func {
    /// A function implemented by `callback`, callable from wasm and the host.
    ///
    /// # Panics
    ///
    /// Only if the OS cannot map the one page of code the first host function of a
    /// signature needs in an engine (out of memory).
    pub fn new_host(
        store: &mut Store,
        ty: FuncType,
        callback: impl Fn(&[Val]) -> Result<Vec<Val>, Trap> + 'static,
    ) -> Func {
        Func::new_host_with_caller(store, ty, move |_, args| callback(args))
    }

    /// A function implemented by `callback`, which also receives a [`Caller`]: the store
    /// and the calling instance, so it can reach that instance's memory.
    ///
    /// The values `callback` returns must be of `ty`'s result types and of this store;
    /// any other results make the call trap. A panic in `callback` is caught and makes
    /// the call trap too.
    ///
    /// # Panics
    ///
    /// As [`Func::new_host`].
    pub fn new_host_with_caller(
        store: &mut Store,
        ty: FuncType,
        callback: impl Fn(&mut Caller<'_>, &[Val]) -> Result<Vec<Val>, Trap> + 'static,
    ) -> Func {
        let index = store.funcs.next_key();
        let stub = match store.engine.host_stub(&ty) {
            Ok(stub) => stub,
            Err(error) => panic!("cannot map a host-call stub: {error}"),
        };
        let mut context = Box::new(VMHostContext {
            store_context: Arc::as_ptr(&store.context),
            func_index: index.as_u32() as u64,
        });
        let type_id = store.engine.signature_id(&ty).as_u32() as u64;
        store.funcs.push(FuncData {
            func_ref: Box::new(VMFuncRef {
                // A type without a stub is one no module declares, so neither a direct
                // call nor a `call_indirect` (whose signature check comes first) can
                // reach this address.
                code: stub.as_ref().map_or(std::ptr::null(), |stub| stub.ptr()),
                vmctx: (&mut *context as *mut VMHostContext).cast(),
                type_id,
                store_index: index.as_u32() as u64,
            }),
            ty,
            kind: FuncKind::Host {
                callback: Rc::new(callback),
                _stub: stub,
                _context: context,
            },
        });
        Func {
            store: store.id,
            index,
        }
    }

    /// Calls the function; a trap is returned as a value, and so is a function or an
    /// argument of another store (a [`TrapCode::HostTrap`](crate::TrapCode::HostTrap) saying so).
    pub fn call(&self, store: &mut Store, args: &[Val]) -> Result<Vec<Val>, Trap> {
        store.call(*self, args)
    }

    /// The function's signature.
    pub fn ty(&self, store: &Store) -> Result<FuncType, StoreMismatch> {
        store.check(self.store, "function")?;
        Ok(store.funcs[self.index].ty.clone())
    }
}
