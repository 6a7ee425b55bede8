/**
 * Linux IPC limits the model uses, each with its source.
 */

/** The page size, the unit of a pipe's buffer. */
const PAGE_BYTES = 4096;

/** Pipe capacity, 16 pages. @see https://man7.org/linux/man-pages/man7/pipe.7.html (Pipe capacity) */
export const PIPE_CAPACITY = 65_536;
/** Writes up to PIPE_BUF bytes are atomic; PIPE_BUF is 4096 on Linux. @see https://man7.org/linux/man-pages/man7/pipe.7.html (PIPE_BUF) */
export const PIPE_BUF = 4096;
/** POSIX mq default: 10 messages of up to 8192 bytes. @see https://man7.org/linux/man-pages/man7/mq_overview.7.html (msg_default, msg_max) */
export const POSIX_MQ_MSG_MAX = 10;
/** POSIX mq default message size limit. @see https://man7.org/linux/man-pages/man7/mq_overview.7.html (msgsize_default, msgsize_max) */
export const POSIX_MQ_MSGSIZE_MAX = 8192;
/** System V queue limits: msgmax 8192 bytes per message, msgmnb 16,384 bytes per queue. @see msgctl(2), proc(5) */
export const SYSV_MSGMAX = 8192;
/** System V bytes per queue (msgmnb). @see proc(5) /proc/sys/kernel/msgmnb */
export const SYSV_MSGMNB = 16_384;
/**
 * Unix socket SO_SNDBUF/SO_RCVBUF default: net.core.wmem_default / rmem_default, which Linux sets to
 * SK_WMEM_MAX / SK_RMEM_MAX (212,992 bytes on x86-64; `sysctl net.core.wmem_default` shows it).
 * @see https://man7.org/linux/man-pages/man7/socket.7.html (SO_SNDBUF, SO_RCVBUF)
 * @see https://man7.org/linux/man-pages/man7/unix.7.html
 * @see https://elixir.bootlin.com/linux/latest/source/include/net/sock.h (SK_WMEM_MAX)
 */
export const UNIX_SOCKET_BUFFER = 212_992;
/** TCP receive buffer default (tcp_rmem middle value on current kernels). @see tcp(7) */
export const TCP_RMEM_DEFAULT = 131_072;

/**
 * The capacity Linux gives a pipe asked for `bytes` (F_SETPIPE_SZ): at least one page, else the
 * next power of two, so a pipe always holds whole pages and a PIPE_BUF write always fits an empty
 * one. (Linux refuses more than 2^31 bytes; the model's inputs stop at 1 GiB.)
 * @see https://github.com/torvalds/linux/blob/master/fs/pipe.c (round_pipe_size, pipe_set_size)
 * @see https://man7.org/linux/man-pages/man2/F_GETPIPE_SZ.2const.html ("rounded up to the page size … next higher power-of-two page-size multiple")
 */
export function roundPipeSize(bytes: number): number {
  if (bytes <= PAGE_BYTES) return PAGE_BYTES;
  return 2 ** Math.ceil(Math.log2(bytes));
}
