//! The descriptor and path calls. Each takes the call's arguments as raw integers
//! (`i32` zero-extended); paths are resolved by [`DirHandle`](super::fs::DirHandle).

use std::io::{Read, Seek, SeekFrom, Write};

use super::ctx::WasiCtx;
use super::errno::{filetype, lookupflags, rights, whence, Errno};
use super::fs::{filestat_bytes, filetype_of, stream_filestat_bytes, Descriptor};
use super::guest::GuestMemory;
use super::proc::CallResult;

/// `fd_write(fd, iovs, iovs_len, nwritten_out)`: the iovecs are checked first (see
/// [`GuestMemory::iovecs`]), so nothing is written from a call that is then refused.
pub(crate) fn fd_write(ctx: &mut WasiCtx, memory: &mut GuestMemory<'_>, a: &[u64]) -> CallResult {
    let fd = a[0] as u32;
    ctx.get(fd)?;
    let iovecs = memory.iovecs(a[1] as u32, a[2] as u32)?;
    let mut written = 0u32;
    for index in 0..iovecs.len() {
        let (ptr, len) = memory.iovec(iovecs, index)?;
        let bytes = memory.slice(ptr, len)?;
        match ctx.get(fd)? {
            Descriptor::Stdout => ctx.stdout.write(1, bytes)?,
            Descriptor::Stderr => ctx.stderr.write(2, bytes)?,
            Descriptor::File(file) => file.write_all(bytes)?,
            Descriptor::Preopen { .. } | Descriptor::Dir(_) => return Err(Errno::ISDIR.into()),
            Descriptor::Stdin => return Err(Errno::BADF.into()),
        }
        // `iovecs` checked that the lengths add up to at most `u32::MAX`.
        written += len;
    }
    Ok(memory.write_u32(a[3] as u32, written)?)
}

/// `fd_read(fd, iovs, iovs_len, nread_out)`: the iovecs are checked first, as for
/// `fd_write`; reading stops at the first short read.
pub(crate) fn fd_read(ctx: &mut WasiCtx, memory: &mut GuestMemory<'_>, a: &[u64]) -> CallResult {
    let fd = a[0] as u32;
    ctx.get(fd)?;
    let iovecs = memory.iovecs(a[1] as u32, a[2] as u32)?;
    let mut read = 0u32;
    for index in 0..iovecs.len() {
        let (ptr, len) = memory.iovec(iovecs, index)?;
        let buffer = memory.slice_mut(ptr, len)?;
        let count = match ctx.get(fd)? {
            Descriptor::Stdin => ctx.stdin.read(buffer)?,
            Descriptor::File(file) => file.read(buffer)?,
            Descriptor::Preopen { .. } | Descriptor::Dir(_) => return Err(Errno::ISDIR.into()),
            Descriptor::Stdout | Descriptor::Stderr => return Err(Errno::BADF.into()),
        };
        // At most `len`, and the lengths add up to at most `u32::MAX`.
        read += count as u32;
        if count < len as usize {
            break;
        }
    }
    Ok(memory.write_u32(a[3] as u32, read)?)
}

/// `fd_seek(fd, offset, whence, newoffset_out)`.
pub(crate) fn fd_seek(ctx: &mut WasiCtx, memory: &mut GuestMemory<'_>, a: &[u64]) -> CallResult {
    let offset = a[1] as i64;
    let file = match ctx.get(a[0] as u32)? {
        Descriptor::File(file) => file,
        Descriptor::Stdin | Descriptor::Stdout | Descriptor::Stderr => {
            return Err(Errno::SPIPE.into())
        }
        Descriptor::Preopen { .. } | Descriptor::Dir(_) => return Err(Errno::BADF.into()),
    };
    let position = match u8::try_from(a[2]) {
        Ok(whence::SET) if offset >= 0 => SeekFrom::Start(offset as u64),
        Ok(whence::CUR) => SeekFrom::Current(offset),
        Ok(whence::END) => SeekFrom::End(offset),
        _ => return Err(Errno::INVAL.into()),
    };
    let new_offset = file.seek(position)?;
    Ok(memory.write_u64(a[3] as u32, new_offset)?)
}

/// `fd_close(fd)`.
pub(crate) fn fd_close(ctx: &mut WasiCtx, _: &mut GuestMemory<'_>, a: &[u64]) -> CallResult {
    Ok(ctx
        .fds
        .remove(&(a[0] as u32))
        .map(drop)
        .ok_or(Errno::BADF)?)
}

/// `fd_sync(fd)`.
pub(crate) fn fd_sync(ctx: &mut WasiCtx, _: &mut GuestMemory<'_>, a: &[u64]) -> CallResult {
    match ctx.get(a[0] as u32)? {
        Descriptor::File(file) => Ok(file.sync_all()?),
        _ => Ok(()),
    }
}

/// `fd_fdstat_get(fd, fdstat_out)`: type, no flags, every right.
pub(crate) fn fd_fdstat_get(
    ctx: &mut WasiCtx,
    memory: &mut GuestMemory<'_>,
    a: &[u64],
) -> CallResult {
    let kind = match ctx.get(a[0] as u32)? {
        Descriptor::Stdin | Descriptor::Stdout | Descriptor::Stderr => filetype::CHARACTER_DEVICE,
        Descriptor::Preopen { .. } | Descriptor::Dir(_) => filetype::DIRECTORY,
        Descriptor::File(file) => filetype_of(&file.metadata()?),
    };
    let mut stat = [0u8; 24];
    stat[0] = kind;
    stat[8..16].copy_from_slice(&rights::ALL.to_le_bytes());
    stat[16..24].copy_from_slice(&rights::ALL.to_le_bytes());
    Ok(memory.write(a[1] as u32, &stat)?)
}

/// `fd_filestat_get(fd, filestat_out)`.
pub(crate) fn fd_filestat_get(
    ctx: &mut WasiCtx,
    memory: &mut GuestMemory<'_>,
    a: &[u64],
) -> CallResult {
    let stat = match ctx.get(a[0] as u32)? {
        Descriptor::Stdin | Descriptor::Stdout | Descriptor::Stderr => stream_filestat_bytes(),
        Descriptor::Preopen { dir, .. } | Descriptor::Dir(dir) => filestat_bytes(&dir.metadata()?),
        Descriptor::File(file) => filestat_bytes(&file.metadata()?),
    };
    Ok(memory.write(a[1] as u32, &stat)?)
}

/// The guest name of preopened directory `fd`, or `EBADF`.
fn preopen_name(ctx: &mut WasiCtx, fd: u32) -> Result<Vec<u8>, Errno> {
    match ctx.get(fd)? {
        Descriptor::Preopen { guest_name, .. } => Ok(guest_name.clone().into_bytes()),
        _ => Err(Errno::BADF),
    }
}

/// `fd_prestat_get(fd, prestat_out)`: a directory tag and its name's length.
pub(crate) fn fd_prestat_get(
    ctx: &mut WasiCtx,
    memory: &mut GuestMemory<'_>,
    a: &[u64],
) -> CallResult {
    let name = preopen_name(ctx, a[0] as u32)?;
    let mut prestat = [0u8; 8];
    let len = u32::try_from(name.len()).map_err(|_| Errno::INVAL)?;
    prestat[4..8].copy_from_slice(&len.to_le_bytes());
    Ok(memory.write(a[1] as u32, &prestat)?)
}

/// `fd_prestat_dir_name(fd, path, path_len)`.
pub(crate) fn fd_prestat_dir_name(
    ctx: &mut WasiCtx,
    memory: &mut GuestMemory<'_>,
    a: &[u64],
) -> CallResult {
    let name = preopen_name(ctx, a[0] as u32)?;
    if (a[2] as usize) < name.len() {
        return Err(Errno::INVAL.into());
    }
    Ok(memory.write(a[1] as u32, &name)?)
}

/// `path_open(dirfd, dirflags, path, path_len, oflags, rights_base, rights_inheriting,
/// fdflags, fd_out)`. Links are never followed, so `dirflags` changes nothing.
pub(crate) fn path_open(ctx: &mut WasiCtx, memory: &mut GuestMemory<'_>, a: &[u64]) -> CallResult {
    let path = memory.path(a[2] as u32, a[3] as u32)?;
    let (open_flags, fd_flags) = (flags16(a[4])?, flags16(a[7])?);
    let resolution = ctx.resolution;
    let opened = ctx
        .get(a[0] as u32)?
        .dir()?
        .open(path, open_flags, a[5], fd_flags, resolution)?;
    let fd = ctx.insert(opened);
    if let Err(errno) = memory.write_u32(a[8] as u32, fd) {
        ctx.fds.remove(&fd);
        return Err(errno.into());
    }
    Ok(())
}

/// A 16-bit flags argument (passed as `i32`): set high bits are unknown flags, `EINVAL`.
fn flags16(raw: u64) -> Result<u16, Errno> {
    u16::try_from(raw).map_err(|_| Errno::INVAL)
}

/// `path_filestat_get(dirfd, lookupflags, path, path_len, filestat_out)`.
pub(crate) fn path_filestat_get(
    ctx: &mut WasiCtx,
    memory: &mut GuestMemory<'_>,
    a: &[u64],
) -> CallResult {
    let lookup = a[1] as u32;
    if lookup & !lookupflags::SYMLINK_FOLLOW != 0 {
        return Err(Errno::INVAL.into());
    }
    let path = memory.path(a[2] as u32, a[3] as u32)?;
    let resolution = ctx.resolution;
    let follow = lookup & lookupflags::SYMLINK_FOLLOW != 0;
    let meta = ctx
        .get(a[0] as u32)?
        .dir()?
        .stat(path, follow, resolution)?;
    Ok(memory.write(a[4] as u32, &filestat_bytes(&meta))?)
}
