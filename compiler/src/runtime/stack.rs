//! Where the current thread's stack ends, so the wasm stack limit never lies below it.

use std::cell::Cell;

/// Bytes kept free between the wasm stack limit and the end of the thread's stack, for
/// host builtins called from wasm and the signal handler's frame.
const HOST_HEADROOM: u64 = 64 * 1024;

thread_local! {
    /// Lowest usable stack address of this thread (0 if unknown), computed once.
    static STACK_FLOOR: Cell<Option<u64>> = const { Cell::new(None) };
}

/// The lowest address wasm code on this thread may push to, given a stack `budget` in
/// bytes measured from the stack pointer `sp`.
pub(crate) fn stack_limit(sp: u64, budget: u64) -> u64 {
    let floor = STACK_FLOOR.with(|floor| match floor.get() {
        Some(value) => value,
        None => {
            let value = thread_stack_low().map_or(0, |low| low + HOST_HEADROOM);
            floor.set(Some(value));
            value
        }
    });
    sp.saturating_sub(budget).max(floor)
}

/// The lowest address of the current thread's stack mapping, if the OS says.
fn thread_stack_low() -> Option<u64> {
    let mut attributes = std::mem::MaybeUninit::<libc::pthread_attr_t>::uninit();
    // SAFETY: `pthread_getattr_np` initialises `attributes` for the calling thread when it
    // returns 0; only then is it read and destroyed.
    unsafe {
        if libc::pthread_getattr_np(libc::pthread_self(), attributes.as_mut_ptr()) != 0 {
            return None;
        }
        let mut address: *mut libc::c_void = std::ptr::null_mut();
        let mut size: libc::size_t = 0;
        let status = libc::pthread_attr_getstack(attributes.as_ptr(), &mut address, &mut size);
        libc::pthread_attr_destroy(attributes.as_mut_ptr());
        (status == 0 && !address.is_null()).then_some(address as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limit_stays_above_the_thread_stack_floor() {
        let marker = 0u8;
        let sp = &marker as *const u8 as u64;
        let low = thread_stack_low().expect("linux reports thread stacks");
        assert!(low < sp);
        assert!(stack_limit(sp, u64::MAX) >= low + HOST_HEADROOM);
        assert_eq!(stack_limit(sp, 1024), sp - 1024);
    }
}
