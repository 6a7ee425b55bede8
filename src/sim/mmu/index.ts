/** The MMU model: the x86-64 four-level page table and OSTEP's linear page table. */
export {
  LEVEL_SHIFTS,
  LEVEL_NAMES,
  ENTRIES_PER_TABLE,
  PAGE_SHIFT,
  KERNEL_PML4_START,
  splitAddress,
  createPhysMem,
  allocTable,
  mapPage,
  mapRange,
  shareKernelHalf,
  walkPageTable,
  walkFrame,
} from './page-table.ts';
export type { Pte, PhysMem, WalkResult, AddressSplit, MapOptions } from './page-table.ts';
export {
  LINEAR_VALID,
  makeLinearPte,
  createLinearPageTable,
  translateLinear,
  describeLinear,
} from './linear.ts';
export type { LinearPageTable, LinearTranslation } from './linear.ts';
