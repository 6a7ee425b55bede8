/**
 * Constants of the tasks calculator. Facts cite their source; creation costs and kernel structure
 * sizes that no reference measures are marked "model estimate" and are inputs the reader can change.
 */
import { GiB, KiB, MiB, PAGE_SIZE, TiB } from '../units.ts';

/**
 * Default thread stack: RLIMIT_STACK, `ulimit -s` 8192.
 * @see https://man7.org/linux/man-pages/man3/pthread_create.3.html (the default stack size is RLIMIT_STACK unless it is unlimited)
 * @see https://elixir.bootlin.com/linux/latest/source/include/uapi/linux/resource.h (_STK_LIM, 8 MiB)
 */
export const THREAD_STACK_BYTES = 8 * MiB;
/** The guard page below each thread stack (one page by default). @see https://man7.org/linux/man-pages/man3/pthread_attr_setguardsize.3.html */
export const GUARD_PAGE_BYTES = PAGE_SIZE;
/** Virtual space each new malloc arena reserves (HEAP_MAX_SIZE on 64-bit). @see https://sourceware.org/git/?p=glibc.git;a=blob;f=malloc/arena.c */
export const ARENA_RESERVE_BYTES = 64 * MiB;
/** Arenas per core on 64-bit glibc (M_ARENA_MAX default is 8 × cores). @see mallopt(3) */
export const ARENAS_PER_CORE = 8;
/** User half of the x86-64 address space. @see https://docs.kernel.org/arch/x86/x86_64/mm.html */
export const USER_SPACE_BYTES = 128 * TiB;
/** Kernel stack of every task on x86-64 (THREAD_SIZE, 4 pages). @see Linux arch/x86/include/asm/page_64_types.h */
export const KERNEL_STACK_BYTES = 16 * KiB;
/** One page-table page maps 512 pages (2 MiB) with 8-byte entries. @see https://elixir.bootlin.com/linux/latest/source/arch/x86/include/asm/pgtable_64_types.h (PTRS_PER_PTE) */
export const PTE_PER_PAGE = 512;

/** task_struct, about 9–10 KiB on a current x86-64 kernel (slabinfo). Model estimate. */
export const TASK_STRUCT_BYTES = 10 * KiB;
/** mm_struct, VMAs, files_struct, signal_struct of a new process. Model estimate. */
export const PROCESS_KERNEL_EXTRA_BYTES = 8 * KiB;
/** Thread control block (glibc struct pthread) and static TLS, at the top of the stack mapping. Model estimate. */
export const TCB_TLS_BYTES = 4 * KiB;
/** Stack a thread or stackful coroutine actually touches in a typical handler. Model estimate. */
export const TOUCHED_STACK_BYTES = 8 * KiB;
/** libco's default private coroutine stack (128 KiB). @see libco co_routine.cpp, stCoRoutineAttr_t */
export const COROUTINE_STACK_BYTES = 128 * KiB;
/** Coroutine control block and saved registers. Model estimate. */
export const COROUTINE_CONTROL_BYTES = 512;
/** A stackless async task: its future's state machine and the scheduler's header. Model estimate. */
export const ASYNC_TASK_BYTES = 512;

/** fork(): fixed part (task, mm, file table). Model estimate. */
export const FORK_BASE_NS = 40_000;
/** fork(): copying page-table entries, per mapped 4 KiB page. Model estimate. */
export const FORK_PER_PAGE_NS = 30;
/** A copy-on-write fault: trap, allocate, copy 4 KiB. Model estimate. */
export const COW_FAULT_NS = 1_000;
/** pthread_create(): mmap the stack, guard page, clone(). Model estimate. */
export const THREAD_CREATE_NS = 15_000;
/** Creating a stackful coroutine: allocate its stack and set up a context. Model estimate. */
export const COROUTINE_CREATE_NS = 500;
/** Creating a shared-stack coroutine: only the control block. Model estimate. */
export const SHARED_COROUTINE_CREATE_NS = 200;
/** Spawning a stackless async task. Model estimate. */
export const ASYNC_SPAWN_NS = 100;

/*
 * libco's shared-stack run, as its authors reported it (the figures are from the course notes; the
 * authors' article is 揭秘：微信是如何用 libco 支撑 8 亿用户的, Tencent Bugly, 2016, and the README says the
 * shared-stack mode serves ten million connections on one machine: https://github.com/Tencent/libco).
 */
/** libco's run: 10 million coroutines. */
export const LIBCO_COROUTINES = 10_000_000;
/** libco's run: every 100,000 coroutines share one stack. */
export const LIBCO_GROUP = 100_000;
/** libco's run: the shared stack is 128 KiB. */
export const LIBCO_SHARED_STACK_BYTES = 128 * KiB;
/** libco's echo service used about 66 GB in total. */
export const LIBCO_REPORTED_TOTAL_BYTES = 66e9;
/** The machine: 128 GB of RAM. */
export const LIBCO_MACHINE_RAM_BYTES = 128 * GiB;
