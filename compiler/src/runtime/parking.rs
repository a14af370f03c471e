//! The parking lot behind `memory.atomic.wait32/64` and `memory.atomic.notify`: per
//! shared memory, a queue of waiting threads for each address, in arrival order.
//!
//! A waiter compares the memory's value with what it expects *while holding the
//! lot's lock* and only then enqueues itself, and a notifier takes the same lock to
//! dequeue: so a notify that follows a store can never fall between another thread's
//! comparison and its sleep. Each waiter sleeps on its own condition variable, so a
//! notify wakes exactly the waiters it dequeues and counts exactly those. Waiters sleep
//! in slices of at most [`WAIT_SLICE`], between which they look at their store's
//! interrupt flag.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

/// The longest a waiter sleeps without looking at its interrupt flag.
pub(crate) const WAIT_SLICE: Duration = Duration::from_millis(10);

/// How a wait ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum WaitOutcome {
    /// A notify woke it (wasm's 0, "ok").
    Woken,
    /// The value was not the expected one (1, "not-equal").
    NotEqual,
    /// The timeout passed (2, "timed-out").
    TimedOut,
    /// The embedder interrupted the waiting thread's store.
    Interrupted,
}

/// One waiting thread.
#[derive(Default)]
struct Waiter {
    /// Set by the notify that dequeues the waiter.
    woken: Mutex<bool>,
    condvar: Condvar,
}

/// The waiters of one shared memory, by byte address.
#[derive(Default)]
pub(crate) struct ParkingLot {
    queues: Mutex<HashMap<u64, VecDeque<Arc<Waiter>>>>,
}

/// Locks `mutex`; a panic while it was held cannot leave these plain queues and flags
/// inconsistent, so a poisoned lock is used as it is.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl ParkingLot {
    /// Waits at `address` unless `still_expected()` (called under the lot's lock) is
    /// false, for at most `timeout` (forever if `None`), looking at `interrupted()`
    /// between slices.
    pub(crate) fn wait(
        &self,
        address: u64,
        still_expected: impl FnOnce() -> bool,
        timeout: Option<Duration>,
        interrupted: impl Fn() -> bool,
    ) -> WaitOutcome {
        let deadline = timeout.and_then(|timeout| Instant::now().checked_add(timeout));
        let waiter = Arc::new(Waiter::default());
        {
            let mut queues = lock(&self.queues);
            if !still_expected() {
                return WaitOutcome::NotEqual;
            }
            queues
                .entry(address)
                .or_default()
                .push_back(Arc::clone(&waiter));
        }
        let mut woken = lock(&waiter.woken);
        loop {
            if *woken {
                return WaitOutcome::Woken;
            }
            let remaining = match deadline {
                Some(deadline) => deadline.saturating_duration_since(Instant::now()),
                // No deadline (or one past what `Instant` holds): sleep until woken.
                None => WAIT_SLICE,
            };
            let outcome = if interrupted() {
                WaitOutcome::Interrupted
            } else if remaining.is_zero() && timeout.is_some() {
                WaitOutcome::TimedOut
            } else {
                woken = waiter
                    .condvar
                    .wait_timeout(woken, remaining.min(WAIT_SLICE))
                    .unwrap_or_else(PoisonError::into_inner)
                    .0;
                continue;
            };
            // Leave the queue; the lock order is queues before waiter, as in `notify`.
            drop(woken);
            if self.dequeue(address, &waiter) {
                return outcome;
            }
            // A notify dequeued (and counted) the waiter meanwhile: it was woken.
            return WaitOutcome::Woken;
        }
    }

    /// Removes `waiter` from the queue at `address`; false if it was no longer there.
    fn dequeue(&self, address: u64, waiter: &Arc<Waiter>) -> bool {
        let mut queues = lock(&self.queues);
        let Some(queue) = queues.get_mut(&address) else {
            return false;
        };
        let Some(position) = queue.iter().position(|other| Arc::ptr_eq(other, waiter)) else {
            return false;
        };
        queue.remove(position);
        if queue.is_empty() {
            queues.remove(&address);
        }
        true
    }

    /// Wakes up to `count` waiters at `address`, oldest first; returns how many.
    pub(crate) fn notify(&self, address: u64, count: u32) -> u32 {
        let mut queues = lock(&self.queues);
        let Some(queue) = queues.get_mut(&address) else {
            return 0;
        };
        let mut woken = 0;
        while woken < count {
            let Some(waiter) = queue.pop_front() else {
                break;
            };
            *lock(&waiter.woken) = true;
            waiter.condvar.notify_one();
            woken += 1;
        }
        if queue.is_empty() {
            queues.remove(&address);
        }
        woken
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU32, Ordering};

    #[test]
    fn not_equal_and_timeout_without_waking() {
        let lot = ParkingLot::default();
        assert_eq!(lot.wait(0, || false, None, || false), WaitOutcome::NotEqual);
        let timeout = Some(Duration::from_millis(20));
        assert_eq!(
            lot.wait(0, || true, timeout, || false),
            WaitOutcome::TimedOut
        );
        assert_eq!(lot.notify(0, 1), 0, "a timed-out waiter left the queue");
    }

    #[test]
    fn notify_wakes_exactly_count_waiters_at_the_address() {
        let lot = Arc::new(ParkingLot::default());
        let waiting = Arc::new(AtomicU32::new(0));
        let threads: Vec<_> = (0..3)
            .map(|_| {
                let (lot, waiting) = (Arc::clone(&lot), Arc::clone(&waiting));
                std::thread::spawn(move || {
                    lot.wait(
                        8,
                        || {
                            waiting.fetch_add(1, Ordering::SeqCst);
                            true
                        },
                        None,
                        || false,
                    )
                })
            })
            .collect();
        while waiting.load(Ordering::SeqCst) < 3 {
            std::thread::yield_now();
        }
        assert_eq!(lot.notify(16, 5), 0, "no waiter at another address");
        assert_eq!(lot.notify(8, 2), 2);
        assert_eq!(lot.notify(8, 5), 1);
        assert_eq!(lot.notify(8, 5), 0);
        for thread in threads {
            assert_eq!(thread.join().unwrap(), WaitOutcome::Woken);
        }
    }

    #[test]
    fn an_interrupt_ends_an_endless_wait() {
        let lot = ParkingLot::default();
        assert_eq!(
            lot.wait(0, || true, None, || true),
            WaitOutcome::Interrupted
        );
        assert_eq!(lot.notify(0, 1), 0);
    }
}
