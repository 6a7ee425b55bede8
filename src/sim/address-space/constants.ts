/**
 * Addresses and sizes of the x86-64 Linux process layout, each with its source.
 * Addresses are plain numbers: every user-space address is below 2^47 and fits a double exactly.
 */
import { KiB, MiB, PAGE_SIZE, TiB } from '../units.ts';

/** The 4 KiB base page, re-exported from units.ts so layout code imports one module. */
export { PAGE_SIZE };

/**
 * Load address of a non-PIE executable's text: GNU ld's default for x86-64 (`ld --verbose` shows
 * SEGMENT_START("text-segment", 0x400000)).
 * @see https://sourceware.org/git/?p=binutils-gdb.git;a=blob;f=ld/emulparams/elf_x86_64.sh (TEXT_START_ADDR)
 */
export const NON_PIE_BASE = 0x400000;

/**
 * Load address of a PIE executable with ASLR off: two thirds of the 47-bit window, page aligned
 * (`ELF_ET_DYN_BASE` in asm/elf.h). @see https://elixir.bootlin.com/linux/latest/source/arch/x86/include/asm/elf.h
 */
export const PIE_BASE = 0x555555554000;

/**
 * Top of the main stack with ASLR off: STACK_TOP, which for a 64-bit task is DEFAULT_MAP_WINDOW,
 * (1 << 47) minus a page.
 * @see https://elixir.bootlin.com/linux/latest/source/arch/x86/include/asm/processor.h (STACK_TOP)
 * @see https://elixir.bootlin.com/linux/latest/source/arch/x86/include/asm/page_64_types.h (DEFAULT_MAP_WINDOW)
 */
export const STACK_TOP = 0x7ffffffff000;

/** User space is 0 to 0x00007fffffffffff: 128 TiB. @see https://docs.kernel.org/arch/x86/x86_64/mm.html */
export const USER_END = 0x800000000000;

/** Size of the user half (and of the kernel half above it). @see https://docs.kernel.org/arch/x86/x86_64/mm.html */
export const HALF_SIZE = 128 * TiB;

/** The kernel half as printed (above 2^64 - 2^47; it does not fit a double, so it is text). */
export const KERNEL_HALF = {
  start: '0xffff800000000000',
  end: '0xffffffffffffffff',
  perms: '----',
  /** The same kernel mappings are in every process's page table, reachable only in kernel mode. */
  note: '内核空间（所有进程共用同一份内核映射，用户态不可访问）',
} as const;

/**
 * Gap between the stack top and the top of the mmap area, so libraries land near 0x7ffff7… with
 * ASLR off (Linux `mmap_base`: the gap is RLIMIT_STACK clamped to at least 128 MiB).
 * @see https://elixir.bootlin.com/linux/v6.6/source/arch/x86/mm/mmap.c (mmap_base, SIZE_128M)
 */
export const MMAP_GAP = 128 * MiB;

/** Default RLIMIT_STACK, 8 MiB (`ulimit -s` 8192). @see https://elixir.bootlin.com/linux/latest/source/include/uapi/linux/resource.h (_STK_LIM) */
export const DEFAULT_STACK_LIMIT = 8 * MiB;

/**
 * Each thread stack has a 4 KiB guard page (`---p`) just below it: glibc's default guard is one page.
 * @see https://man7.org/linux/man-pages/man3/pthread_attr_setguardsize.3.html
 */
export const GUARD_SIZE = 4 * KiB;

/**
 * Each new thread's malloc arena reserves 64 MiB (HEAP_MAX_SIZE, 2 × DEFAULT_MMAP_THRESHOLD_MAX on
 * 64-bit, aligned to its size). @see https://sourceware.org/git/?p=glibc.git;a=blob;f=malloc/arena.c
 */
export const ARENA_SIZE = 64 * MiB;

/** malloc's default mmap threshold, 128 KiB (M_MMAP_THRESHOLD). @see https://man7.org/linux/man-pages/man3/mallopt.3.html */
export const DEFAULT_MMAP_THRESHOLD = 128 * KiB;

/**
 * ASLR ranges of Linux x86-64: mmap base and PIE base shift by up to 2^28 pages (mmap_rnd_bits 28),
 * the stack top by up to 16 GiB (0x3fffff pages; hence 0x7ffc…/0x7ffd… tops), brk by up to 32 MiB.
 * @see https://elixir.bootlin.com/linux/v6.6/source/arch/x86/mm/mmap.c
 * @see https://elixir.bootlin.com/linux/v6.6/source/arch/x86/kernel/process.c (arch_randomize_brk)
 */
export const ASLR = {
  mmapPages: 2 ** 28,
  stackPages: 0x400000,
  brkPages: (32 * MiB) / PAGE_SIZE,
} as const;

/** Stack frames are 16-byte aligned on x86-64 (System V ABI). */
export const STACK_ALIGN = 16;

/** malloc rounds chunk sizes to 16 bytes on x86-64 glibc (MALLOC_ALIGNMENT). */
export const MALLOC_ALIGN = 16;
