//! Calls from the host into a store: arguments checked and converted, the entry
//! trampoline run, and a trap code turned back into a [`Trap`].

use std::rc::Rc;
use std::sync::atomic::Ordering;

use super::handles::Func;
use super::store::Caller;
use super::store::FuncKind;
use super::store::Store;
use super::values::Val;
use super::vm::ValRaw;
use crate::error::StoreMismatch;
use crate::module::FuncType;
use crate::trap::{Trap, TrapCode};

/// The host ABI of entry trampolines: `(vmctx, code, values) -> trap code`.
type EntryTrampoline = unsafe extern "C" fn(*mut u8, *const u8, *mut ValRaw) -> u32;

impl Store {
    // ---- calls ----------------------------------------------------------------------

    /// Calls function `func` with `args`.
    pub(crate) fn call(&mut self, func: Func, args: &[Val]) -> Result<Vec<Val>, Trap> {
        self.check(func.store, "function")?;
        let data = &self.funcs[func.index];
        let ty = data.ty.clone();
        if !self.vals_match(args, &ty.params)? {
            return Err(Trap::host(format!("argument type mismatch: expected {ty}")));
        }
        let trampoline = match &data.kind {
            FuncKind::Host { callback, .. } => {
                let callback = Rc::clone(callback);
                for arg in args {
                    self.val_to_raw(arg)?;
                }
                let results = callback(&mut Caller::new(self, None), args)?;
                self.check_host_results(&ty, &results)?;
                return Ok(results);
            }
            FuncKind::Wasm { trampoline, .. } => *trampoline,
        };
        let mut values = vec![ValRaw::default(); ty.slot_count().max(1)];
        for (slot, arg) in values.iter_mut().zip(args) {
            *slot = self.val_to_raw(arg)?;
        }
        let vmctx = data.func_ref.vmctx;
        let code = data.func_ref.code;
        let trap_code = self.enter_wasm(trampoline, vmctx, code, &mut values);
        if trap_code != 0 {
            return Err(self.take_trap(trap_code));
        }
        Ok(ty
            .results
            .iter()
            .zip(values)
            .map(|(ty, raw)| self.val_from_raw(*ty, raw))
            .collect())
    }

    /// Runs an entry trampoline, setting the stack limit if no wasm is running yet.
    fn enter_wasm(
        &mut self,
        trampoline: *const u8,
        vmctx: *mut u8,
        code: *const u8,
        values: &mut [ValRaw],
    ) -> u32 {
        let outermost = self.context.entry_sp.load(Ordering::Relaxed) == 0;
        if outermost {
            let stack_marker = 0u8;
            let sp = &stack_marker as *const u8 as u64;
            let limit = super::stack::stack_limit(sp, self.engine.config().stack_budget as u64);
            self.context.set_stack_limit(limit);
        }
        let store: *mut Store = self;
        self.context.store.store(store.cast(), Ordering::Relaxed);
        // SAFETY: `trampoline` is an entry trampoline generated for the callee's signature
        // (it has the `EntryTrampoline` ABI); `vmctx` and `code` come from the callee's live
        // `VMFuncRef`; `values` holds max(params, results) initialised slots. Generated code
        // reaches this store only through the raw pointer stored above, derived from
        // `self`, which is not used again until the call returns.
        unsafe {
            let trampoline: EntryTrampoline = std::mem::transmute(trampoline);
            trampoline(vmctx, code, values.as_mut_ptr())
        }
    }

    /// Builds the trap value after generated code returned `trap_code`.
    fn take_trap(&mut self, trap_code: u32) -> Trap {
        let Some(code) = TrapCode::from_u32(trap_code) else {
            return Trap::host(format!("unknown trap code {trap_code}"));
        };
        match code {
            TrapCode::HostTrap => {
                return self
                    .pending_host_trap
                    .take()
                    .unwrap_or_else(|| Trap::new(TrapCode::HostTrap))
            }
            TrapCode::Interrupted => self.context.clear_interrupt(),
            _ => {}
        }
        let mut trap = Trap::new(code);
        if code == TrapCode::IndirectCallToNull {
            // The reference interpreter names the element, and the testsuite expects it.
            let element = self.context.trap_detail.load(Ordering::Relaxed) as u32;
            trap.message = format!("{} {element}", code.message());
        }
        trap.wasm_offset = if code == TrapCode::MemoryOutOfBounds {
            let pc = self.context.fault_pc.load(Ordering::Relaxed) as usize;
            self.instances
                .values()
                .find(|instance| instance.module.inner.code.range().contains(&pc))
                .and_then(|instance| instance.module.inner.code.lookup_trap(pc))
                .map(|entry| entry.wasm_offset)
        } else {
            Some(self.context.trap_wasm_offset.load(Ordering::Relaxed) as u32)
        };
        trap
    }

    /// `Ok` if a host function of type `ty` returned `results` of its result types and
    /// of this store.
    pub(super) fn check_host_results(&self, ty: &FuncType, results: &[Val]) -> Result<(), Trap> {
        let typed = self.vals_match(results, &ty.results).map_err(|_| {
            Trap::host("host function returned a function reference of another store")
        })?;
        if !typed {
            return Err(Trap::host(
                "host function returned values of the wrong types",
            ));
        }
        for value in results {
            self.val_to_raw(value).map_err(|_| {
                Trap::host("host function returned a function reference of another store")
            })?;
        }
        Ok(())
    }

    /// Records the trap a host function returned, for [`Self::take_trap`].
    pub(crate) fn set_host_trap(&mut self, trap: Trap) {
        self.pending_host_trap = Some(trap);
    }
}

impl From<StoreMismatch> for Trap {
    fn from(mismatch: StoreMismatch) -> Self {
        Trap::host(mismatch.to_string())
    }
}
