//! The process-level calls: arguments, environment, clocks, randomness and sleeping.
//! Each takes the call's arguments as raw integers (`i32` zero-extended).

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use super::ctx::WasiCtx;
use super::errno::{clock, Errno};
use super::guest::GuestMemory;

/// The result of one WASI call as seen by the guest.
pub(crate) type CallResult = Result<(), Errno>;

/// Writes a list of NUL-terminated strings: pointers to `list_ptr`, bytes to `buf_ptr`.
fn write_strings(
    memory: &mut GuestMemory<'_>,
    items: &[Vec<u8>],
    list: u32,
    buf: u32,
) -> CallResult {
    let mut cursor = buf;
    for (i, item) in items.iter().enumerate() {
        memory.write_u32(list + 4 * i as u32, cursor)?;
        memory.write(cursor, item)?;
        memory.write(cursor + item.len() as u32, &[0])?;
        cursor += item.len() as u32 + 1;
    }
    Ok(())
}

/// Writes the count of `items` and their total NUL-terminated size.
fn write_sizes(
    memory: &mut GuestMemory<'_>,
    items: &[Vec<u8>],
    count: u32,
    size: u32,
) -> CallResult {
    memory.write_u32(count, items.len() as u32)?;
    let bytes: usize = items.iter().map(|item| item.len() + 1).sum();
    memory.write_u32(size, bytes as u32)
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
    memory.write_u64(a[2] as u32, time)
}

/// `clock_res_get(id, resolution_out)`.
pub(crate) fn clock_res_get(
    _: &mut WasiCtx,
    memory: &mut GuestMemory<'_>,
    a: &[u64],
) -> CallResult {
    now(a[0] as u32)?;
    memory.write_u64(a[1] as u32, 1)
}

/// `random_get(buf, len)`: bytes from the host's `/dev/urandom`.
pub(crate) fn random_get(_: &mut WasiCtx, memory: &mut GuestMemory<'_>, a: &[u64]) -> CallResult {
    use std::io::Read;
    let buffer = memory.slice_mut(a[0] as u32, a[1] as u32)?;
    std::fs::File::open("/dev/urandom")?.read_exact(buffer)?;
    Ok(())
}

/// Size of a preview1 `subscription`.
const SUBSCRIPTION_SIZE: u32 = 48;
/// Size of a preview1 `event`.
const EVENT_SIZE: u32 = 32;
/// The `subscription_clock` flag making the timeout an absolute time.
const ABSTIME: u16 = 1;

/// `poll_oneoff(in, out, nsubscriptions, nevents_out)`: clock subscriptions sleep until
/// the earliest deadline and then all fire; descriptor subscriptions are always ready
/// (and make the call return at once).
pub(crate) fn poll_oneoff(_: &mut WasiCtx, memory: &mut GuestMemory<'_>, a: &[u64]) -> CallResult {
    let (input, output, count, events_out) = (a[0] as u32, a[1] as u32, a[2] as u32, a[3] as u32);
    if count == 0 {
        return Err(Errno::INVAL);
    }
    let subscriptions = (0..count)
        .map(|i| read_subscription(memory, input + i * SUBSCRIPTION_SIZE))
        .collect::<Result<Vec<_>, Errno>>()?;
    let sleep = subscriptions
        .iter()
        .map(|sub| sub.wait_nanos)
        .collect::<Option<Vec<u64>>>()
        .and_then(|waits| waits.into_iter().min());
    if let Some(nanos) = sleep {
        std::thread::sleep(Duration::from_nanos(nanos));
    }
    for (i, sub) in subscriptions.iter().enumerate() {
        let event = output + i as u32 * EVENT_SIZE;
        memory.write(event, &[0; EVENT_SIZE as usize])?;
        memory.write_u64(event, sub.userdata)?;
        memory.write(event + 10, &[sub.tag])?;
    }
    memory.write_u32(events_out, count)
}

/// What `poll_oneoff` needs of one subscription.
struct Subscription {
    /// Copied into the event.
    userdata: u64,
    /// 0 for a clock, 1 or 2 for descriptor readiness.
    tag: u8,
    /// For a clock: nanoseconds from now until it fires.
    wait_nanos: Option<u64>,
}

/// Decodes the subscription at `ptr`.
fn read_subscription(memory: &GuestMemory<'_>, ptr: u32) -> Result<Subscription, Errno> {
    let userdata = memory.read_u64(ptr)?;
    let tag = memory.slice(ptr + 8, 1)?[0];
    if tag != 0 {
        return Ok(Subscription {
            userdata,
            tag,
            wait_nanos: None,
        });
    }
    let id = memory.read_u32(ptr + 16)?;
    let timeout = memory.read_u64(ptr + 24)?;
    let flags = memory.slice(ptr + 40, 1)?[0] as u16;
    let now = now(id)?;
    let wait_nanos = if flags & ABSTIME != 0 {
        timeout.saturating_sub(now)
    } else {
        timeout
    };
    Ok(Subscription {
        userdata,
        tag,
        wait_nanos: Some(wait_nanos),
    })
}
