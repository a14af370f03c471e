//! Tags and exceptions in a store, and the unwinder that finds an exception's handler.
//!
//! An exception is a store object (a tag and its payload); an `exnref` is its index
//! plus one (0 is null). Throwing from wasm calls a builtin that walks the wasm frames
//! of the innermost entry by their frame-pointer chain: each frame's return address is
//! looked up in its module's handler table (`CodeMemory::handler_scope_at`), whose
//! catch clauses are tried innermost scope first, a tag clause matching when the
//! frame's instance maps the clause's tag to the exception's. The builtin returns the
//! handler's address and frame pointer and the thrower jumps there; with no handler
//! before the entry trampoline it returns `UncaughtException`, which leaves wasm like a
//! trap while the store keeps the exception for the embedder
//! ([`Store::take_pending_exception`]). A host function throws by returning
//! [`Store::throw`]'s trap; its host-call stub then throws the exception on in the
//! calling wasm frame.
//!
//! An exception caught by a clause without `_ref`, whose reference was never handed
//! out, is freed there, so a loop that throws and catches runs in constant memory.
//! Exceptions whose `exnref` was handed out live as long as the store.

use std::sync::atomic::Ordering;

use super::handles::{Exn, StoreExnIndex, StoreInstanceIndex, Tag};
use super::objects::{ExceptionData, TagData};
use super::store::Store;
use super::values::Val;
use crate::builtins::BuiltinReturn;
use crate::error::{ObjectError, StoreMismatch};
use crate::module::{slot_ends, FuncType, ValType};
use crate::trap::{Trap, TrapCode};
use crate::vmoffsets;

impl Tag {
    /// A new tag whose exceptions carry values of `ty`'s parameters (its results must
    /// be empty).
    pub fn new(store: &mut Store, ty: FuncType) -> Result<Tag, ObjectError> {
        if !ty.results.is_empty() {
            return Err(ObjectError::Type("a tag's type has no results".into()));
        }
        let type_id = store.engine.signature_id(&ty);
        let index = store.tags.push(TagData { ty, type_id });
        Ok(Tag {
            store: store.id(),
            index,
        })
    }

    /// The tag's type.
    pub fn ty(&self, store: &Store) -> Result<FuncType, StoreMismatch> {
        store.check(self.store, "tag")?;
        Ok(store.tags[self.index].ty.clone())
    }
}

impl Exn {
    /// A new exception of `tag` carrying `payload` (values of the tag's parameters),
    /// for a host function to throw with [`Store::throw`].
    pub fn new(store: &mut Store, tag: Tag, payload: &[Val]) -> Result<Exn, ObjectError> {
        store.check(tag.store, "tag")?;
        let ty = &store.tags[tag.index].ty;
        if payload.len() != ty.params.len()
            || payload
                .iter()
                .zip(ty.params.iter())
                .any(|(v, t)| v.ty() != *t)
        {
            return Err(ObjectError::Type(format!(
                "the payload does not match the tag's type {ty}"
            )));
        }
        let payload = payload
            .iter()
            .map(|value| store.val_to_raw(value))
            .collect::<Result<_, _>>()?;
        let index = store.exceptions.alloc(ExceptionData {
            tag: tag.index,
            payload,
            exposed: true,
        });
        Ok(Exn {
            store: store.id(),
            index: StoreExnIndex::from_u32(index),
        })
    }

    fn data<'s>(&self, store: &'s Store) -> Result<&'s ExceptionData, StoreMismatch> {
        store.check(self.store, "exception")?;
        store
            .exceptions
            .get(self.index.as_u32())
            .ok_or_else(|| StoreMismatch::new("exception"))
    }

    /// The tag the exception was thrown with.
    pub fn tag(&self, store: &Store) -> Result<Tag, StoreMismatch> {
        Ok(Tag {
            store: self.store,
            index: self.data(store)?.tag,
        })
    }

    /// The values the exception carries.
    pub fn payload(&self, store: &Store) -> Result<Vec<Val>, StoreMismatch> {
        let data = self.data(store)?;
        let ty = &store.tags[data.tag].ty;
        Ok(ty
            .params
            .iter()
            .zip(data.payload.iter())
            .map(|(ty, raw)| store.val_from_raw(*ty, *raw))
            .collect())
    }
}

impl Store {
    /// The trap a host function returns to throw `exn` into its wasm caller (or, called
    /// from the host, to report it like an uncaught exception).
    pub fn throw(&mut self, exn: Exn) -> Trap {
        if self.check(exn.store, "exception").is_ok() {
            self.exceptions.pending = Some(exn.index.as_u32());
        }
        Trap::new(TrapCode::UncaughtException)
    }

    /// The exception that left wasm uncaught (a call returned a trap with code
    /// [`TrapCode::UncaughtException`]), taken out of the store.
    pub fn take_pending_exception(&mut self) -> Option<Exn> {
        let index = self.exceptions.pending.take()?;
        Some(Exn {
            store: self.id(),
            index: StoreExnIndex::from_u32(index),
        })
    }

    /// The number of exceptions the store holds (for tests of memory use).
    pub fn exception_count(&self) -> usize {
        self.exceptions.live()
    }

    /// The exception a raw `exnref` refers to.
    pub(crate) fn exn_from_raw(&self, raw: u64) -> Option<Exn> {
        let index = u32::try_from(raw.checked_sub(1)?).ok()?;
        self.exceptions.get(index)?;
        Some(Exn {
            store: self.id(),
            index: StoreExnIndex::from_u32(index),
        })
    }

    /// `throw`: a new exception of module tag `tag` of `instance`, with the payload
    /// laid out like call arguments at `payload`, unwound from `frame` at `pc`.
    ///
    /// # Safety
    ///
    /// `payload` must hold the tag's parameters laid out like call arguments (value `i`
    /// at `payload + bytes - slot_ends[i]`), and `frame`/`pc` must be as for
    /// [`Self::unwind`].
    pub(crate) unsafe fn throw_new(
        &mut self,
        instance: StoreInstanceIndex,
        tag: u32,
        payload: u64,
        frame: u64,
        pc: u64,
    ) -> BuiltinReturn {
        let data = &self.instances[instance];
        let tag_index = crate::module::TagIndex::from_u32(tag);
        let store_tag = data.tags[tag_index];
        let params = &self.tags[store_tag].ty.params;
        let ends = slot_ends(params);
        let bytes = ends.last().copied().unwrap_or(0) as u64;
        let values = params
            .iter()
            .zip(ends)
            .map(|(ty, end)| {
                let address = (payload + bytes - end as u64) as *const u64;
                // SAFETY: per the contract the value lies at that address in the
                // thrower's frame, 8 bytes (16 for a `v128`).
                unsafe {
                    super::vm::ValRaw {
                        low: address.read(),
                        high: if *ty == ValType::V128 {
                            address.add(1).read()
                        } else {
                            0
                        },
                    }
                }
            })
            .collect();
        let exn = self.exceptions.alloc(ExceptionData {
            tag: store_tag,
            payload: values,
            exposed: false,
        });
        // SAFETY: forwarded contract.
        unsafe { self.unwind(exn, frame, pc) }
    }

    /// `throw_ref` of the raw `exnref` `raw`: traps on null.
    ///
    /// # Safety
    ///
    /// As for [`Self::unwind`].
    pub(crate) unsafe fn throw_raw(&mut self, raw: u64, frame: u64, pc: u64) -> BuiltinReturn {
        let Some(exn) = self.exn_from_raw(raw) else {
            return BuiltinReturn::trap(TrapCode::NullReference);
        };
        // SAFETY: forwarded contract.
        unsafe { self.unwind(exn.index.as_u32(), frame, pc) }
    }

    /// Finds the handler of exception `exn` raised in the wasm frame whose frame pointer
    /// is `frame` at code address `pc` (a return address, or the throw's own address):
    /// returns the landing pad's address and the frame pointer to resume with, or traps
    /// with `UncaughtException` (the store keeping the exception as pending) if no wasm
    /// frame of the innermost entry catches it.
    ///
    /// # Safety
    ///
    /// `frame` must be the frame pointer of a wasm frame of this store's innermost
    /// entry, so that the frame-pointer chain from it up to the entry trampoline holds
    /// only wasm frames (each with its `VMContext` at `[rbp - 8]`, its caller's frame
    /// pointer at `[rbp]` and its return address at `[rbp + 8]`).
    pub(crate) unsafe fn unwind(&mut self, exn: u32, mut frame: u64, mut pc: u64) -> BuiltinReturn {
        let Some(tag) = self.exceptions.get(exn).map(|data| data.tag) else {
            return BuiltinReturn::trap(TrapCode::NullReference);
        };
        let entry_sp = self.context.entry_sp.load(Ordering::Relaxed);
        while frame != 0 && frame < entry_sp {
            // SAFETY: per the contract `frame` is a wasm frame, which keeps its
            // `VMContext` at `[frame - 8]`.
            let vmctx = unsafe { ((frame - 8) as *const *const u64).read() };
            if let Some(landing) = self.find_catch(vmctx, pc as usize, tag) {
                return self.catch(exn, landing, frame);
            }
            // SAFETY: as above: the caller's frame pointer and the return address.
            unsafe {
                pc = ((frame + 8) as *const u64).read();
                frame = (frame as *const u64).read();
            }
        }
        if let Some(data) = self.exceptions.slots[exn as usize].as_mut() {
            data.exposed = true;
        }
        self.exceptions.pending = Some(exn);
        BuiltinReturn::trap(TrapCode::UncaughtException)
    }

    /// The catch clause (landing address, whether it captures the reference, whether
    /// it names a tag) that handles an exception of `tag` raised at `pc` in the frame
    /// of the instance whose `VMContext` is `vmctx`, if any.
    fn find_catch(
        &self,
        vmctx: *const u64,
        pc: usize,
        tag: super::handles::StoreTagIndex,
    ) -> Option<Landing> {
        // SAFETY: `vmctx` is a live `VMContext` (read from a wasm frame): word
        // `INSTANCE` holds its instance's index, confirmed by the address below.
        let claimed = unsafe { vmctx.add(vmoffsets::INSTANCE as usize / 8).read() };
        let index = StoreInstanceIndex::from_u32(u32::try_from(claimed).ok()?);
        let instance = self.instances.get(index)?;
        if !std::ptr::eq(instance.vmctx.as_ptr(), vmctx) {
            return None;
        }
        let code = &instance.module.inner.code;
        if !code.contains(pc) {
            return None;
        }
        let mut scope = code.handler_scope_at(pc);
        while let Some(current) = scope {
            for catch in &current.catches {
                let matches = catch
                    .tag
                    .is_none_or(|module_tag| instance.tags[module_tag] == tag);
                if matches {
                    return Some(Landing {
                        address: code.code_address(catch.landing),
                        captures_ref: catch.captures_ref,
                        takes_payload: catch.tag.is_some(),
                    });
                }
            }
            scope = current.parent.and_then(|parent| code.handler_scope(parent));
        }
        None
    }

    /// Hands exception `exn` to the landing pad `landing` in `frame`: its payload and
    /// reference go where the pad reads them; an exception nothing else can refer to
    /// is freed.
    fn catch(&mut self, exn: u32, landing: Landing, frame: u64) -> BuiltinReturn {
        let exceptions = &mut self.exceptions;
        let Some(data) = exceptions.slots[exn as usize].as_mut() else {
            return BuiltinReturn::trap(TrapCode::NullReference);
        };
        if landing.takes_payload {
            exceptions.caught_payload.clear();
            exceptions.caught_payload.extend_from_slice(&data.payload);
            self.context
                .caught_payload
                .store(exceptions.caught_payload.as_ptr() as u64, Ordering::Relaxed);
        }
        if landing.captures_ref {
            data.exposed = true;
            self.context
                .caught_exception
                .store(u64::from(exn) + 1, Ordering::Relaxed);
        } else if !data.exposed {
            exceptions.release(exn);
        }
        BuiltinReturn {
            value: landing.address as u64,
            trap: frame,
        }
    }
}

/// Where a catch clause's handler starts and what it takes.
#[derive(Clone, Copy, Debug)]
struct Landing {
    address: usize,
    captures_ref: bool,
    takes_payload: bool,
}
