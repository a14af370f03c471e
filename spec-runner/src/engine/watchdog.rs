//! A timer thread that interrupts running wasm once its budget runs out.
//!
//! Engine-neutral: it calls whatever interrupt function it was given (for
//! lightbeam, a store's interrupt handle). The lightbeam adapter uses it for
//! its time budget; other hosts with an interruptible call (the fuzzer's WASI
//! oracle) use it directly.

use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// What the watchdog thread is asked to do.
#[derive(Default)]
struct Orders {
    /// The deadline of the operation in progress, if one is running.
    deadline: Option<Instant>,
    /// Set by the thread when it interrupted the current operation.
    fired: bool,
    /// The watchdog is gone: the thread must exit.
    shutdown: bool,
}

/// The orders plus the condition variable the thread sleeps on.
#[derive(Default)]
struct Shared {
    orders: Mutex<Orders>,
    wake: Condvar,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Orders> {
        self.orders
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// The function that interrupts the watched code.
type Interrupt = Box<dyn Fn() + Send>;

/// Calls an interrupt function when an operation outlives its budget.
///
/// [`arm`](Watchdog::arm) before the operation, [`disarm`](Watchdog::disarm)
/// after it. The thread starts on first use, sleeps on a condition variable
/// while nothing is armed, and stops when the watchdog is dropped.
pub struct Watchdog {
    /// The interrupt function until the thread starts and takes it.
    interrupt: Option<Interrupt>,
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

impl Watchdog {
    /// A watchdog that runs `interrupt` when an armed operation runs out of
    /// budget; no thread runs yet.
    pub fn new(interrupt: impl Fn() + Send + 'static) -> Self {
        Watchdog {
            interrupt: Some(Box::new(interrupt)),
            shared: Arc::default(),
            thread: None,
        }
    }

    /// Starts watching an operation that may run for `budget`.
    pub fn arm(&mut self, budget: Duration) {
        if let Some(interrupt) = self.interrupt.take() {
            let shared = Arc::clone(&self.shared);
            let thread = std::thread::Builder::new()
                .name("wasm-watchdog".into())
                .spawn(move || watch(&shared, &*interrupt))
                .expect("the watchdog thread starts");
            self.thread = Some(thread);
        }
        let mut orders = self.shared.lock();
        orders.deadline = Instant::now().checked_add(budget);
        orders.fired = false;
        drop(orders);
        self.shared.wake.notify_one();
    }

    /// Stops watching; returns whether the operation was interrupted
    /// meanwhile. Once this returns, no interrupt for it can arrive.
    pub fn disarm(&mut self) -> bool {
        let mut orders = self.shared.lock();
        orders.deadline = None;
        std::mem::take(&mut orders.fired)
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        if let Some(thread) = self.thread.take() {
            self.shared.lock().shutdown = true;
            self.shared.wake.notify_one();
            // A panic in the thread has nothing left to report.
            let _ = thread.join();
        }
    }
}

/// The watchdog thread: sleeps until the armed deadline, then interrupts.
/// The interrupt is sent with the lock held, so it cannot outlive `disarm`.
fn watch(shared: &Shared, interrupt: &dyn Fn()) {
    let mut orders = shared.lock();
    loop {
        if orders.shutdown {
            return;
        }
        orders = match orders.deadline {
            None => shared
                .wake
                .wait(orders)
                .unwrap_or_else(|poisoned| poisoned.into_inner()),
            Some(deadline) => {
                let now = Instant::now();
                if now >= deadline {
                    interrupt();
                    orders.fired = true;
                    orders.deadline = None;
                    continue;
                }
                shared
                    .wake
                    .wait_timeout(orders, deadline - now)
                    .map(|(guard, _)| guard)
                    .unwrap_or_else(|poisoned| poisoned.into_inner().0)
            }
        };
    }
}

#[cfg(test)]
mod tests {
    use super::Watchdog;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    use std::time::Duration;

    fn counting() -> (Watchdog, Arc<AtomicUsize>) {
        let count = Arc::new(AtomicUsize::new(0));
        let seen = Arc::clone(&count);
        let watchdog = Watchdog::new(move || {
            seen.fetch_add(1, Ordering::SeqCst);
        });
        (watchdog, count)
    }

    #[test]
    fn an_operation_past_its_budget_is_interrupted_once() {
        let (mut watchdog, count) = counting();
        watchdog.arm(Duration::from_millis(5));
        std::thread::sleep(Duration::from_millis(100));
        assert!(watchdog.disarm());
        assert_eq!(count.load(Ordering::SeqCst), 1);
    }

    #[test]
    fn an_operation_within_its_budget_is_left_alone() {
        let (mut watchdog, count) = counting();
        watchdog.arm(Duration::from_secs(60));
        assert!(!watchdog.disarm());
        std::thread::sleep(Duration::from_millis(20));
        assert_eq!(count.load(Ordering::SeqCst), 0);
    }
}
