//! The process-level calls: arguments, environment, clocks, randomness and sleeping.
//! Each takes the call's arguments as raw integers (`i32` zero-extended).

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use super::ctx::WasiCtx;
use super::errno::{clock, Errno};
use super::guest::GuestMemory;
use crate::trap::{Trap, TrapCode};

/// Why a WASI call did not succeed.
#[derive(Debug)]
pub(crate) enum Failure {
    /// An error code returned to the guest.
    Errno(Errno),
    /// A trap that ends the guest's run (an interrupt during a sleep).
    Trap(Trap),
}

impl From<Errno> for Failure {
    fn from(errno: Errno) -> Self {
        Failure::Errno(errno)
    }
}

impl From<std::io::Error> for Failure {
    fn from(error: std::io::Error) -> Self {
        Failure::Errno(Errno::from_io(&error))
    }
}

/// The result of one WASI call as seen by the guest.
pub(crate) type CallResult = Result<(), Failure>;

/// Writes a list of NUL-terminated strings: pointers to `list`, bytes to `buf`. Both
/// ranges are checked before anything is written.
fn write_strings(
    memory: &mut GuestMemory<'_>,
    items: &[Vec<u8>],
    list: u32,
    buf: u32,
) -> CallResult {
    let count = u32::try_from(items.len()).map_err(|_| Errno::OVERFLOW)?;
    memory.check_array(list, count, 4)?;
    let size = strings_size(items)?;
    memory.check_array(buf, size, 1)?;
    let mut cursor = buf;
    for (index, item) in (0..count).zip(items) {
        memory.write_u32(GuestMemory::entry(list, index, 4)?, cursor)?;
        memory.write(cursor, item)?;
        // Inside `buf..buf + size`, checked above, so neither addition wraps.
        cursor += item.len() as u32;
        memory.write(cursor, &[0])?;
        cursor += 1;
    }
    Ok(())
}

/// The total size of `items`, each NUL-terminated.
fn strings_size(items: &[Vec<u8>]) -> Result<u32, Errno> {
    let bytes: u64 = items.iter().map(|item| item.len() as u64 + 1).sum();
    u32::try_from(bytes).map_err(|_| Errno::OVERFLOW)
}

/// Writes the count of `items` and their total NUL-terminated size.
fn write_sizes(
    memory: &mut GuestMemory<'_>,
    items: &[Vec<u8>],
    count: u32,
    size: u32,
) -> CallResult {
    let items_count = u32::try_from(items.len()).map_err(|_| Errno::OVERFLOW)?;
    memory.write_u32(count, items_count)?;
    Ok(memory.write_u32(size, strings_size(items)?)?)
}

/// `args_get(argv, argv_buf)`.
pub(crate) fn args_get(ctx: &mut WasiCtx, memory: &mut GuestMemory<'_>, a: &[u64]) -> CallResult {
    write_strings(memory, &ctx.args, a[0] as u32, a[1] as u32)
}

/// `args_sizes_get(argc_out, argv_buf_size_out)`.
pub(crate) fn args_sizes_get(
    ctx: &mut WasiCtx,
    memory: &mut GuestMemory<'_>,
    a: &[u64],
) -> CallResult {
    write_sizes(memory, &ctx.args, a[0] as u32, a[1] as u32)
}

/// `environ_get(environ, environ_buf)`.
pub(crate) fn environ_get(
    ctx: &mut WasiCtx,
    memory: &mut GuestMemory<'_>,
    a: &[u64],
) -> CallResult {
    write_strings(memory, &ctx.env, a[0] as u32, a[1] as u32)
}

/// `environ_sizes_get(count_out, buf_size_out)`.
pub(crate) fn environ_sizes_get(
    ctx: &mut WasiCtx,
    memory: &mut GuestMemory<'_>,
    a: &[u64],
) -> CallResult {
    write_sizes(memory, &ctx.env, a[0] as u32, a[1] as u32)
}

/// The current time of clock `id` in nanoseconds.
fn now(id: u32) -> Result<u64, Errno> {
    match id {
        clock::REALTIME => {
            let since_epoch = SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_err(|_| Errno::IO)?;
            Ok(since_epoch.as_nanos() as u64)
        }
        clock::MONOTONIC | clock::PROCESS_CPUTIME | clock::THREAD_CPUTIME => {
            Ok(monotonic_origin().elapsed().as_nanos() as u64)
        }
        _ => Err(Errno::INVAL),
    }
}

/// The fixed instant the monotonic clock counts from.
fn monotonic_origin() -> Instant {
    static ORIGIN: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    *ORIGIN.get_or_init(Instant::now)
}

/// `clock_time_get(id, precision, time_out)`.
pub(crate) fn clock_time_get(
    _: &mut WasiCtx,
    memory: &mut GuestMemory<'_>,
    a: &[u64],
) -> CallResult {
    let time = now(a[0] as u32)?;
    Ok(memory.write_u64(a[2] as u32, time)?)
}

/// `clock_res_get(id, resolution_out)`.
pub(crate) fn clock_res_get(
    _: &mut WasiCtx,
    memory: &mut GuestMemory<'_>,
    a: &[u64],
) -> CallResult {
    now(a[0] as u32)?;
    Ok(memory.write_u64(a[1] as u32, 1)?)
}

/// `random_get(buf, len)`: bytes from the host's `/dev/urandom`.
pub(crate) fn random_get(_: &mut WasiCtx, memory: &mut GuestMemory<'_>, a: &[u64]) -> CallResult {
    use std::io::Read;
    let buffer = memory.slice_mut(a[0] as u32, a[1] as u32)?;
    if !buffer.is_empty() {
        std::fs::File::open("/dev/urandom")?.read_exact(buffer)?;
    }
    Ok(())
}

/// Size of a preview1 `subscription`.
const SUBSCRIPTION_SIZE: u32 = 48;
/// Size of a preview1 `event`.
const EVENT_SIZE: u32 = 32;
/// The `subscription_clock` flag making the timeout an absolute time.
const ABSTIME: u16 = 1;
/// The longest a sleep goes without looking at the store's interrupt flag.
const SLEEP_SLICE: Duration = Duration::from_millis(10);

/// `poll_oneoff(in, out, nsubscriptions, nevents_out)`. Descriptor subscriptions are
/// always ready: with any of them the call returns at once. Otherwise it sleeps until the
/// earliest clock deadline, in slices of at most [`SLEEP_SLICE`] between which it looks
/// at the store's interrupt flag: an interrupt ends the sleep with an `interrupted` trap.
/// Events are written for the ready descriptors and every clock whose deadline passed.
///
/// Both arrays are checked against memory (`EFAULT`) before anything else, and the
/// subscriptions are read in place (twice: to validate them and find the deadline, then
/// to write the events), so the host allocates nothing per subscription.
pub(crate) fn poll_oneoff(
    ctx: &mut WasiCtx,
    memory: &mut GuestMemory<'_>,
    a: &[u64],
) -> CallResult {
    let (input, output, count, events_out) = (a[0] as u32, a[1] as u32, a[2] as u32, a[3] as u32);
    if count == 0 {
        return Err(Errno::INVAL.into());
    }
    memory.check_array(input, count, SUBSCRIPTION_SIZE)?;
    memory.check_array(output, count, EVENT_SIZE)?;
    let start = ClockStart::now()?;
    let mut earliest = u64::MAX;
    let mut any_fd = false;
    for index in 0..count {
        let entry = GuestMemory::entry(input, index, SUBSCRIPTION_SIZE)?;
        match read_subscription(memory, entry, &start)?.kind {
            SubscriptionKind::Clock { wait_nanos } => earliest = earliest.min(wait_nanos),
            SubscriptionKind::Fd { .. } => any_fd = true,
        }
    }
    let elapsed = if any_fd { 0 } else { earliest };
    sleep(ctx, elapsed)?;
    let mut events = 0;
    for index in 0..count {
        // Read again rather than kept: a guest whose `out` overlaps `in` gets events
        // computed from what its memory then holds.
        let entry = GuestMemory::entry(input, index, SUBSCRIPTION_SIZE)?;
        let sub = read_subscription(memory, entry, &start)?;
        let (tag, errno) = match sub.kind {
            SubscriptionKind::Clock { wait_nanos } if wait_nanos <= elapsed => (0, Errno::SUCCESS),
            SubscriptionKind::Clock { .. } => continue,
            SubscriptionKind::Fd { tag, fd } if ctx.fds.contains_key(&fd) => (tag, Errno::SUCCESS),
            SubscriptionKind::Fd { tag, .. } => (tag, Errno::BADF),
        };
        let event = GuestMemory::entry(output, events, EVENT_SIZE)?;
        let mut bytes = [0u8; EVENT_SIZE as usize];
        bytes[0..8].copy_from_slice(&sub.userdata.to_le_bytes());
        bytes[8..10].copy_from_slice(&errno.0.to_le_bytes());
        bytes[10] = tag;
        memory.write(event, &bytes)?;
        events += 1;
    }
    Ok(memory.write_u32(events_out, events)?)
}

/// Sleeps `nanos` nanoseconds in slices, ending with an `interrupted` trap (and the
/// interrupt withdrawn, as when wasm traps on it) if the store is interrupted meanwhile.
fn sleep(ctx: &WasiCtx, nanos: u64) -> CallResult {
    if nanos == 0 {
        return Ok(());
    }
    // `None` when the deadline is beyond what `Instant` can represent: sleep until
    // interrupted.
    let deadline = Instant::now().checked_add(Duration::from_nanos(nanos));
    loop {
        if let Some(store) = ctx.interrupt.as_ref() {
            if store.interrupt.load(Ordering::SeqCst) != 0 {
                store.clear_interrupt();
                return Err(Failure::Trap(Trap::new(TrapCode::Interrupted)));
            }
        }
        let remaining = match deadline {
            Some(deadline) => deadline.saturating_duration_since(Instant::now()),
            None => SLEEP_SLICE,
        };
        if remaining.is_zero() {
            return Ok(());
        }
        std::thread::sleep(remaining.min(SLEEP_SLICE));
    }
}

/// The clocks' readings when a `poll_oneoff` call began, which relative and absolute
/// timeouts are measured against.
struct ClockStart {
    /// `REALTIME`.
    realtime: u64,
    /// `MONOTONIC` (and the CPU-time clocks, which read it too).
    monotonic: u64,
}

impl ClockStart {
    /// Reads the clocks.
    fn now() -> Result<Self, Errno> {
        Ok(ClockStart {
            realtime: now(clock::REALTIME)?,
            monotonic: now(clock::MONOTONIC)?,
        })
    }

    /// The reading of clock `id`, or `EINVAL` for an unknown clock.
    fn of(&self, id: u32) -> Result<u64, Errno> {
        match id {
            clock::REALTIME => Ok(self.realtime),
            clock::MONOTONIC | clock::PROCESS_CPUTIME | clock::THREAD_CPUTIME => Ok(self.monotonic),
            _ => Err(Errno::INVAL),
        }
    }
}

/// What `poll_oneoff` needs of one subscription.
struct Subscription {
    /// Copied into the event.
    userdata: u64,
    /// What it waits for.
    kind: SubscriptionKind,
}

/// What a subscription waits for.
enum SubscriptionKind {
    /// A clock firing `wait_nanos` after the call began.
    Clock {
        /// Nanoseconds from the start of the call until it fires.
        wait_nanos: u64,
    },
    /// Descriptor `fd` becoming readable (`tag` 1) or writable (`tag` 2).
    Fd {
        /// The event type.
        tag: u8,
        /// The descriptor.
        fd: u32,
    },
}

/// Decodes the subscription at `ptr`: an unknown tag, clock or flag is `EINVAL`.
fn read_subscription(
    memory: &GuestMemory<'_>,
    ptr: u32,
    start: &ClockStart,
) -> Result<Subscription, Errno> {
    let bytes: [u8; SUBSCRIPTION_SIZE as usize] = memory.array(ptr)?;
    let u32_at = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().expect("4 bytes"));
    let u64_at = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().expect("8 bytes"));
    let kind = match bytes[8] {
        0 => {
            let now = start.of(u32_at(16))?;
            let timeout = u64_at(24);
            let flags = u16::from_le_bytes([bytes[40], bytes[41]]);
            if flags & !ABSTIME != 0 {
                return Err(Errno::INVAL);
            }
            let wait_nanos = if flags & ABSTIME != 0 {
                timeout.saturating_sub(now)
            } else {
                timeout
            };
            SubscriptionKind::Clock { wait_nanos }
        }
        tag @ (1 | 2) => SubscriptionKind::Fd {
            tag,
            fd: u32_at(16),
        },
        _ => return Err(Errno::INVAL),
    };
    Ok(Subscription {
        userdata: u64_at(0),
        kind,
    })
}
