//! A timer thread that interrupts a call running longer than its budget.

use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// What the watchdog thread is waiting for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Deadline {
    /// No call is running.
    Idle,
    /// A call is running and must stop by then.
    At(Instant),
    /// The watchdog is being dropped.
    Shutdown,
}

/// Calls an interrupt function when a call outlives its time budget.
///
/// [`arm`](Watchdog::arm) before a call, [`disarm`](Watchdog::disarm) after it;
/// the thread sleeps on a condition variable in between, so an idle watchdog
/// costs nothing.
pub struct Watchdog {
    state: Arc<(Mutex<Deadline>, Condvar)>,
    budget: Duration,
    thread: Option<JoinHandle<()>>,
}

impl Watchdog {
    /// Starts a watchdog that runs `interrupt` when a call armed with
    /// [`arm`](Watchdog::arm) is still running after `budget`.
    pub fn new(budget: Duration, interrupt: impl Fn() + Send + 'static) -> Watchdog {
        let state = Arc::new((Mutex::new(Deadline::Idle), Condvar::new()));
        let thread_state = Arc::clone(&state);
        let thread = std::thread::Builder::new()
            .name("fuzz-watchdog".to_owned())
            .spawn(move || watch(&thread_state, interrupt))
            .expect("spawning the watchdog thread");
        Watchdog {
            state,
            budget,
            thread: Some(thread),
        }
    }

    /// A call starts now.
    pub fn arm(&self) {
        self.set(Deadline::At(Instant::now() + self.budget));
    }

    /// The call has finished.
    pub fn disarm(&self) {
        self.set(Deadline::Idle);
    }

    fn set(&self, deadline: Deadline) {
        let (lock, wake) = &*self.state;
        *lock.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = deadline;
        wake.notify_one();
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        self.set(Deadline::Shutdown);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn watch(state: &(Mutex<Deadline>, Condvar), interrupt: impl Fn()) {
    let (lock, wake) = state;
    let mut deadline = lock.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    loop {
        match *deadline {
            Deadline::Shutdown => return,
            Deadline::Idle => {
                deadline = wake
                    .wait(deadline)
                    .unwrap_or_else(|poisoned| poisoned.into_inner())
            }
            Deadline::At(when) => {
                let now = Instant::now();
                if now >= when {
                    interrupt();
                    *deadline = Deadline::Idle;
                } else {
                    deadline = wake
                        .wait_timeout(deadline, when - now)
                        .unwrap_or_else(|poisoned| poisoned.into_inner())
                        .0;
                }
            }
        }
    }
}
