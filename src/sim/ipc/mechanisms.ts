/**
 * The IPC mechanisms of the book as data: each property with the source it comes from.
 * The comparison table, the cost model and the transfer animation all read this one list.
 * Each source is one a reader can look up: a man page (man7.org), a kernel file, or a
 * numbered note of the course notes (笔记).
 */

import {
  PIPE_BUF,
  PIPE_CAPACITY,
  POSIX_MQ_MSG_MAX,
  POSIX_MQ_MSGSIZE_MAX,
  SYSV_MSGMAX,
  SYSV_MSGMNB,
  TCP_RMEM_DEFAULT,
  UNIX_SOCKET_BUFFER,
} from './limits.ts';

/** The mechanisms the notes list, as stable ids. */
export type MechanismId =
  | 'pipe'
  | 'fifo'
  | 'signal'
  | 'posix-mq'
  | 'sysv-mq'
  | 'shm-sem'
  | 'unix-socket'
  | 'tcp-loopback'
  | 'mmap-file';

/** How much data a mechanism is meant for (the notes' 数据量 column). */
export type DataVolume = 'none' | 'tiny' | 'medium' | 'large';
/** Who may talk: one way, both ways over one channel, or a region both sides read and write. */
export type Direction = 'one-way' | 'two-way' | 'many-to-many' | 'shared-region';
/** Byte stream (no boundaries), whole messages, raw memory, or a bare notification. */
export type Framing = 'byte-stream' | 'message' | 'memory' | 'notification';
/** How long the channel (not the data in flight) outlives the processes that use it. */
export type Persistence = 'process' | 'kernel' | 'filesystem';
/** How data moves: through a kernel buffer (copied in and out), or directly in shared pages. */
export type DataPath = 'kernel-buffer' | 'shared-pages' | 'none';

/** A property value with where it comes from. */
export interface Sourced<T> {
  /** The value. */
  value: T;
  /** The man page, kernel file or note it comes from (short, in the book's language). */
  source: string;
}

/** One IPC mechanism and its properties. */
export interface Mechanism {
  /** Stable id. */
  id: MechanismId;
  /** Chinese name as the book uses it. */
  name: string;
  /** The system calls a program uses. */
  api: string;
  /** How data moves. */
  path: DataPath;
  /** Intended data volume. */
  volume: Sourced<DataVolume>;
  /** Whether the processes must be related (share an ancestor that created the channel). */
  needsKinship: Sourced<boolean>;
  /** Direction of communication. */
  direction: Sourced<Direction>;
  /** Message boundaries or a byte stream. */
  framing: Sourced<Framing>;
  /** Whether the programs must synchronise access themselves. */
  needsUserSync: Sourced<boolean>;
  /** Lifetime of the channel. */
  persistence: Sourced<Persistence>;
  /** Whether it can reach another machine. */
  crossesHosts: Sourced<boolean>;
  /** Kernel copies of each byte per message (user → kernel → user is 2). */
  kernelCopies: Sourced<number>;
  /** Largest write the kernel keeps together (null: no guarantee, or not applicable). */
  atomicLimit: Sourced<number | null>;
  /** Bytes the kernel buffers before a writer blocks (null: no kernel buffer). */
  capacity: Sourced<number | null>;
  /** Largest single message (null: a byte stream, any size). */
  maxMessage: Sourced<number | null>;
}

const NOTES = '笔记 001「总结对比表」';
const SAME_HOST = '只在本机内核中存在';
const two = (source: string): Sourced<number> => ({ value: 2, source });

/** Every mechanism of the notes, in the order the book introduces them. */
export const MECHANISMS: readonly Mechanism[] = [
  {
    id: 'pipe',
    name: '匿名管道',
    api: 'pipe / write / read',
    path: 'kernel-buffer',
    volume: { value: 'medium', source: NOTES },
    needsKinship: { value: true, source: 'pipe(2)：描述符只能经 fork 继承；' + NOTES },
    direction: { value: 'one-way', source: 'pipe(7)' },
    framing: { value: 'byte-stream', source: 'pipe(7)' },
    needsUserSync: { value: false, source: 'pipe(7)：读空阻塞、写满阻塞' },
    persistence: { value: 'process', source: 'pipe(7)：最后一个描述符关闭即消失' },
    crossesHosts: { value: false, source: SAME_HOST },
    kernelCopies: two('pipe_write/pipe_read 各拷贝一次（fs/pipe.c）'),
    atomicLimit: { value: PIPE_BUF, source: 'pipe(7)：PIPE_BUF' },
    capacity: { value: PIPE_CAPACITY, source: 'pipe(7)：默认容量 16 页' },
    maxMessage: { value: null, source: 'pipe(7)：字节流' },
  },
  {
    id: 'fifo',
    name: '命名管道（FIFO）',
    api: 'mkfifo / open / write / read',
    path: 'kernel-buffer',
    volume: { value: 'medium', source: NOTES },
    needsKinship: { value: false, source: 'fifo(7)：按文件系统中的名字打开' },
    direction: { value: 'one-way', source: 'fifo(7)' },
    framing: { value: 'byte-stream', source: 'fifo(7)' },
    needsUserSync: { value: false, source: 'fifo(7)' },
    persistence: { value: 'filesystem', source: 'fifo(7)：名字留在文件系统，数据不落盘' },
    crossesHosts: { value: false, source: SAME_HOST },
    kernelCopies: two('与管道同一实现（fs/pipe.c）'),
    atomicLimit: { value: PIPE_BUF, source: 'pipe(7)：PIPE_BUF（FIFO 同管道）' },
    capacity: { value: PIPE_CAPACITY, source: 'pipe(7)：默认容量 16 页（FIFO 同管道）' },
    maxMessage: { value: null, source: 'fifo(7)：字节流' },
  },
  {
    id: 'signal',
    name: '信号',
    api: 'kill / sigaction',
    path: 'none',
    volume: { value: 'none', source: 'signal(7)：只带信号编号' },
    needsKinship: { value: false, source: 'kill(2)：按 pid 与权限' },
    direction: { value: 'one-way', source: 'signal(7)' },
    framing: { value: 'notification', source: 'signal(7)' },
    needsUserSync: { value: false, source: 'signal(7)' },
    persistence: { value: 'process', source: 'signal(7)：挂起信号属于目标进程' },
    crossesHosts: { value: false, source: SAME_HOST },
    kernelCopies: { value: 0, source: 'signal(7)：不传数据' },
    atomicLimit: { value: null, source: '不传数据' },
    capacity: { value: null, source: 'signal(7)：标准信号不排队' },
    maxMessage: { value: 0, source: 'signal(7)：只带信号编号（sigqueue(3) 可另附一个 sigval）' },
  },
  {
    id: 'posix-mq',
    name: 'POSIX 消息队列',
    api: 'mq_open / mq_send / mq_receive',
    path: 'kernel-buffer',
    volume: { value: 'medium', source: NOTES },
    needsKinship: { value: false, source: 'mq_overview(7)：按名字打开' },
    direction: { value: 'many-to-many', source: 'mq_overview(7)' },
    framing: { value: 'message', source: 'mq_overview(7)' },
    needsUserSync: { value: false, source: 'mq_overview(7)' },
    persistence: { value: 'kernel', source: 'mq_overview(7)：直到 mq_unlink 或重启' },
    crossesHosts: { value: false, source: SAME_HOST },
    kernelCopies: two('mq_send 拷入、mq_receive 拷出（ipc/mqueue.c）'),
    atomicLimit: { value: POSIX_MQ_MSGSIZE_MAX, source: 'mq_overview(7)：整条消息' },
    capacity: {
      value: POSIX_MQ_MSG_MAX * POSIX_MQ_MSGSIZE_MAX,
      source: 'mq_overview(7)：msg_max × msgsize_max',
    },
    maxMessage: { value: POSIX_MQ_MSGSIZE_MAX, source: 'mq_overview(7)：msgsize_max' },
  },
  {
    id: 'sysv-mq',
    name: 'System V 消息队列',
    api: 'msgget / msgsnd / msgrcv',
    path: 'kernel-buffer',
    volume: { value: 'medium', source: NOTES },
    needsKinship: { value: false, source: 'msgget(2)：按 key' },
    direction: { value: 'many-to-many', source: 'msgop(2)' },
    framing: { value: 'message', source: 'msgop(2)' },
    needsUserSync: { value: false, source: 'msgop(2)' },
    persistence: { value: 'kernel', source: 'msgctl(2)：直到 IPC_RMID 或重启' },
    crossesHosts: { value: false, source: SAME_HOST },
    kernelCopies: two('msgsnd 拷入、msgrcv 拷出（ipc/msg.c）'),
    atomicLimit: { value: SYSV_MSGMAX, source: 'msgop(2)：整条消息' },
    capacity: { value: SYSV_MSGMNB, source: 'proc(5)：msgmnb' },
    maxMessage: { value: SYSV_MSGMAX, source: 'proc(5)：msgmax' },
  },
  {
    id: 'shm-sem',
    name: '共享内存 + 信号量',
    api: 'shm_open / mmap / sem_wait / sem_post',
    path: 'shared-pages',
    volume: { value: 'large', source: NOTES },
    needsKinship: { value: false, source: 'shm_overview(7)：按名字打开' },
    direction: { value: 'shared-region', source: 'shm_overview(7)' },
    framing: { value: 'memory', source: 'shm_overview(7)' },
    needsUserSync: { value: true, source: '笔记 001：必须搭配信号量/互斥锁' },
    persistence: { value: 'kernel', source: 'shm_overview(7)：直到 shm_unlink 或重启' },
    crossesHosts: { value: false, source: SAME_HOST },
    kernelCopies: { value: 0, source: '笔记 002：同一段物理内存映射进双方地址空间' },
    atomicLimit: { value: null, source: '由程序自己用信号量保证' },
    capacity: { value: null, source: '大小由创建者决定（ftruncate）' },
    maxMessage: { value: null, source: '大小由创建者决定' },
  },
  {
    id: 'unix-socket',
    name: 'Unix 域套接字',
    api: 'socket(AF_UNIX) / send / recv',
    path: 'kernel-buffer',
    volume: { value: 'large', source: NOTES },
    needsKinship: { value: false, source: 'unix(7)：按路径名或抽象名连接' },
    direction: { value: 'two-way', source: 'unix(7)' },
    framing: { value: 'byte-stream', source: 'unix(7)：SOCK_STREAM（另有 SOCK_DGRAM）' },
    needsUserSync: { value: false, source: 'unix(7)' },
    persistence: { value: 'process', source: 'unix(7)' },
    crossesHosts: { value: false, source: 'unix(7)：只在本机' },
    kernelCopies: two('unix_stream_sendmsg 拷入 skb、recvmsg 拷出（net/unix/af_unix.c）'),
    atomicLimit: { value: null, source: 'unix(7)：SOCK_STREAM 无边界' },
    capacity: {
      value: UNIX_SOCKET_BUFFER,
      source: 'unix(7)、socket(7)：SO_SNDBUF 默认值（net.core.wmem_default）',
    },
    maxMessage: { value: null, source: 'unix(7)：字节流' },
  },
  {
    id: 'tcp-loopback',
    name: 'TCP 套接字（回环）',
    api: 'socket(AF_INET) / connect / send / recv',
    path: 'kernel-buffer',
    volume: { value: 'large', source: NOTES },
    needsKinship: { value: false, source: 'tcp(7)：按地址与端口' },
    direction: { value: 'two-way', source: 'tcp(7)' },
    framing: { value: 'byte-stream', source: 'tcp(7)' },
    needsUserSync: { value: false, source: 'tcp(7)' },
    persistence: { value: 'process', source: 'tcp(7)' },
    crossesHosts: { value: true, source: '笔记 001、002：跨主机通信' },
    kernelCopies: two('tcp_sendmsg 拷入、tcp_recvmsg 拷出（net/ipv4/tcp.c）'),
    atomicLimit: { value: null, source: 'tcp(7)：字节流' },
    capacity: { value: TCP_RMEM_DEFAULT, source: 'tcp(7)：tcp_rmem 默认值' },
    maxMessage: { value: null, source: 'tcp(7)：字节流' },
  },
  {
    id: 'mmap-file',
    name: '内存映射文件（mmap）',
    api: 'open / mmap(MAP_SHARED) / msync',
    path: 'shared-pages',
    volume: { value: 'large', source: '笔记 001「其他」' },
    needsKinship: { value: false, source: 'mmap(2)：映射同一个文件即可' },
    direction: { value: 'shared-region', source: 'mmap(2)' },
    framing: { value: 'memory', source: 'mmap(2)' },
    needsUserSync: { value: true, source: 'mmap(2)：MAP_SHARED 不提供同步' },
    persistence: { value: 'filesystem', source: 'mmap(2)：数据写回文件' },
    crossesHosts: { value: false, source: SAME_HOST },
    kernelCopies: { value: 0, source: 'mmap(2)：双方映射同一页缓存' },
    atomicLimit: { value: null, source: '由程序自己保证' },
    capacity: { value: null, source: '文件大小决定' },
    maxMessage: { value: null, source: '文件大小决定' },
  },
];

/** Looks a mechanism up by id (throws on an unknown id, which the schemas rule out). */
export function getMechanism(id: MechanismId): Mechanism {
  const found = MECHANISMS.find((m) => m.id === id);
  if (!found) throw new RangeError(`未知的通信方式：${id}`);
  return found;
}

/** All mechanism ids, for schemas and pickers. */
export const MECHANISM_IDS = MECHANISMS.map((m) => m.id) as [MechanismId, ...MechanismId[]];
