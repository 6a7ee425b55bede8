/**
 * Linux IPC limits the model uses, each with its source.
 *
 * @see ../../../../shared/reference.md (IPC limits (Linux))
 */

/** Pipe capacity, 16 pages. @see ../../../../shared/reference.md (IPC limits: pipe(7)) */
export const PIPE_CAPACITY = 65_536;
/** Writes up to PIPE_BUF bytes are atomic. @see ../../../../shared/reference.md (pipe(7)) */
export const PIPE_BUF = 4096;
/** POSIX mq default: 10 messages of up to 8192 bytes. @see ../../../../shared/reference.md (mq_overview(7)) */
export const POSIX_MQ_MSG_MAX = 10;
/** POSIX mq default message size limit. @see ../../../../shared/reference.md (mq_overview(7)) */
export const POSIX_MQ_MSGSIZE_MAX = 8192;
/** System V queue limits: msgmax 8192 bytes per message, msgmnb 16,384 bytes per queue. @see msgctl(2), proc(5) */
export const SYSV_MSGMAX = 8192;
/** System V bytes per queue (msgmnb). @see proc(5) /proc/sys/kernel/msgmnb */
export const SYSV_MSGMNB = 16_384;
/** Unix socket SO_SNDBUF/SO_RCVBUF default. @see ../../../../shared/reference.md (IPC limits: wmem_default) */
export const UNIX_SOCKET_BUFFER = 212_992;
/** TCP receive buffer default (tcp_rmem middle value on current kernels). @see tcp(7) */
export const TCP_RMEM_DEFAULT = 131_072;
