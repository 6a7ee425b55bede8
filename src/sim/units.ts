/**
 * Branded number types for the simulator, so a virtual address is never passed
 * where a frame number is expected. All are plain numbers at run time (JSON-safe;
 * 48-bit addresses fit exactly in a double).
 */
import { linear48 } from './canonical.ts';

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

/**
 * Marks a value as a virtual address in the simulator's 48-bit form: a number in 0…2^48 − 1, or
 * the full 64-bit address as a BigInt, which must be canonical (see canonical.ts). A
 * non-canonical address throws as the CPU faults (#GP); a number beyond 2^53 throws and asks for a BigInt.
 * @example virtAddr(0xffff888000000000n) // 0x888000000000
 */
export const virtAddr = (n: number | bigint): VirtAddr => linear48(n, 'VirtAddr') as VirtAddr;
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

/**
 * 4 KiB, the base page size on x86-64 (2 MiB and 1 GiB pages are the huge ones).
 * @see https://www.intel.com/content/www/us/en/developer/articles/technical/intel-sdm.html (Vol. 3A §4.5, 4-level paging)
 * @see https://elixir.bootlin.com/linux/latest/source/arch/x86/include/asm/pgtable_64_types.h
 */
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
 * Formats an address as hex with 12 digits, in canonical form: an address with bit 47 set (the
 * kernel half) is shown sign-extended, as the CPU and `/proc` show it. Takes the 48-bit form or
 * a canonical 64-bit BigInt; a non-canonical address throws (#GP), as in {@link virtAddr}.
 * @example formatAddr(0x7ffff7a00000) // '0x7ffff7a00000'
 * @example formatAddr(0x888000000fc0) // '0xffff888000000fc0'
 * @example formatAddr(0xffff888000000fc0n) // '0xffff888000000fc0'
 */
export function formatAddr(n: number | bigint): string {
  const a = linear48(n, '地址');
  const digits = a.toString(16).padStart(12, '0');
  return a >= 2 ** 47 ? `0xffff${digits}` : `0x${digits}`;
}

function checked(n: number, what: string): number {
  if (typeof n !== 'number' || !Number.isInteger(n))
    throw new RangeError(`${what} 必须是整数，收到 ${String(n)}`);
  if (n < 0) throw new RangeError(`${what} 不能为负，收到 ${n}`);
  if (!Number.isSafeInteger(n))
    throw new RangeError(`${what} ${n} 超过 2^53 − 1：JavaScript 的 number 在此之上不能精确表示每个整数`);
  return n;
}
