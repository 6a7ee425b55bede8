/**
 * Branded number types for the simulator, so a virtual address is never passed
 * where a frame number is expected. All are plain numbers at run time (JSON-safe;
 * 48-bit addresses fit exactly in a double).
 */
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** A virtual address (x86-64 user space is below 2^47). */
export type VirtAddr = Brand<number, 'VirtAddr'>;
/** A physical address. */
export type PhysAddr = Brand<number, 'PhysAddr'>;
/** A virtual page number (address >>> page shift). */
export type Vpn = Brand<number, 'Vpn'>;
/** A physical frame number. */
export type Pfn = Brand<number, 'Pfn'>;
/** A process id. */
export type Pid = Brand<number, 'Pid'>;
/** A thread id. */
export type Tid = Brand<number, 'Tid'>;

/** Marks a number as a virtual address (checks it is a non-negative integer below 2^64). */
export const virtAddr = (n: number): VirtAddr => checked(n, 'VirtAddr') as VirtAddr;
/** Marks a number as a physical address. */
export const physAddr = (n: number): PhysAddr => checked(n, 'PhysAddr') as PhysAddr;
/** Marks a number as a virtual page number. */
export const vpn = (n: number): Vpn => checked(n, 'Vpn') as Vpn;
/** Marks a number as a physical frame number. */
export const pfn = (n: number): Pfn => checked(n, 'Pfn') as Pfn;
/** Marks a number as a process id. */
export const pid = (n: number): Pid => checked(n, 'Pid') as Pid;
/** Marks a number as a thread id. */
export const tid = (n: number): Tid => checked(n, 'Tid') as Tid;

/** 4 KiB, the base page size on x86-64. @see ../../../shared/reference.md (Paging on x86-64) */
export const PAGE_SIZE = 4096;
/** 1 KiB in bytes. */
export const KiB = 1024;
/** 1 MiB in bytes. */
export const MiB = 1024 * KiB;
/** 1 GiB in bytes. */
export const GiB = 1024 * MiB;
/** 1 TiB in bytes. */
export const TiB = 1024 * GiB;

/**
 * Formats a 48-bit address as hex with 12 digits, in canonical form: an address with bit 47 set
 * (the kernel half) is shown sign-extended, as the CPU and `/proc` show it.
 * @example formatAddr(0x7ffff7a00000) // '0x7ffff7a00000'
 * @example formatAddr(0x888000000fc0) // '0xffff888000000fc0'
 */
export function formatAddr(n: number): string {
  const digits = n.toString(16).padStart(12, '0');
  return n >= 2 ** 47 && n < 2 ** 48 ? `0xffff${digits}` : `0x${digits}`;
}

function checked(n: number, what: string): number {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${what} 必须是非负整数，收到 ${String(n)}`);
  return n;
}
