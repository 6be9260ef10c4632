/**
 * The JavaScript side of the scanner's WebAssembly kernel (`wasm/scan-kernel.ts`, compiled by the
 * build) for `skm compute`: it lays out the kernel's memory (a configuration block, the per-slot
 * intern tables, the value checks' verdicts per id, the events, the input, then the arena — interned
 * bytes, histograms and groups — which grows last), copies each chunk in and reads the events
 * and, at the end, the counts back. An event is `EVENT_HEAD` i32 — kind (`EVENT_SLOW`,
 * `EVENT_ROW`), start, end (relative to the chunk's first byte handed in), line, rows the kernel
 * counted since the previous event, score code — then per text slot its intern id (-1 when the slot
 * is full), start and end.
 *
 * The core never instantiates WebAssembly itself: the caller passes a factory (`ScanKernelFactory`),
 * which returns nothing where WebAssembly is unavailable — then `ResponseScanner` keeps its
 * JavaScript lane, which stays the reference.
 */

/** What the scanner uses of one instance of the kernel. */
export interface ScanKernelExports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  configure(config: number): void;
  moveArena(arena: number): void;
  arenaBase(): number;
  arenaEnd(): number;
  pooledOffset(): number;
  nextCounted(offset: number, cells: number, from: number): number;
  stoppedAt(): number;
  waitingForBytes(): number;
  lineAt(): number;
  fastRowsAfter(): number;
  scan(length: number, from: number, final: number, line: number, maxEvents: number): number;
}

/** A fresh kernel instance, or undefined when WebAssembly is unavailable. */
export type ScanKernelFactory = () => ScanKernelExports | undefined;

export const EVENT_SLOW = 1;
export const EVENT_ROW = 3;
export const EVENT_HEAD = 6;
/** Events written per `scan` call. */
export const KERNEL_EVENTS = 4096;
/** Services (by intern id) the kernel counts; rows of further ones are events. */
export const KERNEL_SERVICES = 32;
/** A value check's verdict the kernel reads per id (0 = not known yet: the kernel waits for JavaScript). */
const PASS = 1;
const FAIL = 2;
/** Per slot: intern table cells and ids (as in the kernel). */
const TABLE_SIZE = 8192;
const MAX_IDS = 4096;
const PAGE = 65536;
/** Per slot: direct cells of the values of 0, 1 or 2 bytes. */
const SHORTS = 1 + 256 + 65536;

export interface KernelLayout {
  kinds: Uint8Array;
  targets: Int32Array;
  /** width ** unsur index, per unsur. */
  places: readonly number[];
  slots: number;
  delimiter: number;
  scaleMin: number;
  scaleMax: number;
  serviceSlot: number;
  /** Per counted attribute (the time slot, then the profile keys): its slot and group stride. */
  counted: readonly number[];
  strides: readonly number[];
  parts: number;
  cells: number;
  /** Per field: how many score fields follow from it (itself included). */
  runs: Int32Array;
  /** Per value check: its slot. */
  valueSlots: readonly number[];
  /** Score codes: width ** unsur count. */
  histogramCells: number;
}

/** A histogram of score codes: rows = cells[code] + 256 × carries[code]. */
export interface KernelHistogram {
  cells: Uint8Array;
  carries: Uint32Array;
  /** Its arena offset, for `nextCounted`. */
  offset: number;
}

export class ScanKernel {
  /** i32 per event. */
  readonly stride: number;
  /** The events of the last `scan`. */
  events = new Int32Array(0);
  private readonly eventsAt: number;
  private readonly inputAt: number;
  private readonly verdictsAt: number;
  private readonly groupsAt: number;
  private readonly servicesAt: number;
  private inputCapacity = 4 * 1024 * 1024;
  private buffer: ArrayBuffer | undefined;
  private verdicts = new Uint8Array(0);

  constructor(
    private readonly exports: ScanKernelExports,
    private readonly layout: KernelLayout,
  ) {
    const fields = layout.kinds.length;
    const { slots } = layout;
    let top = 0;
    const take = (bytes: number): number => {
      const at = top;
      top = (top + bytes + 15) & ~15;
      return at;
    };
    const configAt = take(4 * 32);
    const kindsAt = take(fields);
    const targetsAt = take(4 * fields);
    const placesAt = take(4 * layout.places.length);
    const countsAt = take(4 * slots);
    const countedAt = take(4 * layout.counted.length);
    const stridesAt = take(4 * layout.counted.length);
    const valueSlotsAt = take(4 * layout.valueSlots.length);
    this.servicesAt = take(4 * KERNEL_SERVICES);
    const partsAt = take(4 * Math.max(1, layout.parts));
    const runsAt = take(4 * fields);
    const shortsAt = take(4 * SHORTS * slots);
    this.groupsAt = take(4 * MAX_IDS * layout.counted.length);
    this.verdictsAt = take(MAX_IDS * layout.valueSlots.length);
    const tablesAt = take(4 * TABLE_SIZE * slots);
    const entriesAt = take(32 * MAX_IDS * slots);
    this.stride = EVENT_HEAD + 3 * slots;
    this.eventsAt = take(4 * this.stride * KERNEL_EVENTS);
    this.inputAt = take(this.inputCapacity);
    this.ensureMemory(top + 4 * layout.histogramCells + PAGE);
    const memory = exports.memory.buffer;
    new Uint8Array(memory, kindsAt, fields).set(layout.kinds);
    new Int32Array(memory, targetsAt, fields).set(layout.targets);
    new Int32Array(memory, placesAt, layout.places.length).set(layout.places);
    new Int32Array(memory, countedAt, layout.counted.length).set(layout.counted);
    new Int32Array(memory, stridesAt, layout.counted.length).set(layout.strides);
    new Int32Array(memory, valueSlotsAt, layout.valueSlots.length).set(layout.valueSlots);
    new Int32Array(memory, this.servicesAt, KERNEL_SERVICES).fill(-1);
    new Int32Array(memory, this.groupsAt, MAX_IDS * layout.counted.length).fill(-1);
    new Int32Array(memory, runsAt, fields).set(layout.runs);
    new Int32Array(memory, configAt, 29).set([
      fields,
      layout.delimiter,
      layout.scaleMin,
      layout.scaleMax,
      slots,
      kindsAt,
      targetsAt,
      placesAt,
      countsAt,
      tablesAt,
      entriesAt,
      this.eventsAt,
      this.inputAt,
      top,
      layout.serviceSlot,
      layout.counted.length,
      countedAt,
      stridesAt,
      layout.parts,
      layout.cells,
      layout.valueSlots.length,
      valueSlotsAt,
      this.verdictsAt,
      layout.histogramCells,
      this.groupsAt,
      this.servicesAt,
      partsAt,
      runsAt,
      shortsAt,
    ]);
    exports.configure(configAt);
  }

  /** Copies `bytes` from `from` into the kernel's input (offset 0 there is `from` here). */
  load(bytes: Uint8Array, from: number): void {
    const length = bytes.length - from;
    if (length > this.inputCapacity) {
      // A longer chunk (a long record): the arena moves up past a larger input.
      while (this.inputCapacity < length) this.inputCapacity *= 2;
      const arena = this.inputAt + this.inputCapacity;
      const used = this.exports.arenaEnd() - this.exports.arenaBase();
      this.ensureMemory(arena + used + PAGE);
      this.exports.moveArena(arena);
    }
    new Uint8Array(this.exports.memory.buffer, this.inputAt, length).set(bytes.subarray(from));
  }

  /** Reads the records of the input [0, length) from `from` at `line`; returns how many events `events` holds. */
  scan(length: number, from: number, final: boolean, line: number): number {
    const count = this.exports.scan(length, from, final ? 1 : 0, line, KERNEL_EVENTS);
    this.views();
    return count;
  }

  /** The input offset of the first record the last `scan` did not read, its line, and the rows counted after the last event. */
  get stopped(): number {
    return this.exports.stoppedAt();
  }

  /** Whether the last `scan` stopped at a record the bytes end before. */
  get waiting(): boolean {
    return this.exports.waitingForBytes() !== 0;
  }

  get line(): number {
    return this.exports.lineAt();
  }

  get rowsAfter(): number {
    return this.exports.fastRowsAfter();
  }

  /** Records value check `check`'s verdict on intern id `id` (true = passes): rows whose ids all pass stay in the kernel. */
  verdict(check: number, id: number, passes: boolean): void {
    this.views();
    this.verdicts[check * MAX_IDS + id] = passes ? PASS : FAIL;
  }

  /** Rows counted per score code: pooled, then per service intern id (< KERNEL_SERVICES) with a histogram. */
  histograms(): { pooled: KernelHistogram; services: Map<number, KernelHistogram> } {
    this.views();
    const memory = this.exports.memory.buffer;
    const base = this.exports.arenaBase();
    const cells = this.layout.histogramCells;
    // As the kernel lays one out: a byte per code, then (16-aligned) a u32 per code of wraps past 255.
    const histogram = (offset: number): KernelHistogram => ({
      offset,
      cells: new Uint8Array(memory, base + offset, cells),
      carries: new Uint32Array(memory, base + offset + ((cells + 15) & ~15), cells),
    });
    const pooled = histogram(this.exports.pooledOffset());
    const services = new Map<number, KernelHistogram>();
    const offsets = new Int32Array(memory, this.servicesAt, KERNEL_SERVICES);
    offsets.forEach((offset, id) => {
      if (offset >= 0) services.set(id, histogram(offset));
    });
    return { pooled, services };
  }

  /** The first code at or after `from` with rows in `histogram`, or -1 (the kernel passes over empty codes sixteen at a time). */
  nextCounted(histogram: KernelHistogram, from: number): number {
    return this.exports.nextCounted(histogram.offset, this.layout.histogramCells, from);
  }

  /** Counted attribute `index`'s group of intern id `id` (`stride` counts, as `ValueGroups` keeps them), if the kernel counted any. */
  group(index: number, id: number): Uint32Array | undefined {
    const memory = this.exports.memory.buffer;
    const offset = new Int32Array(memory, this.groupsAt + 4 * (index * MAX_IDS + id), 1)[0]!;
    if (offset < 0) return undefined;
    return new Uint32Array(memory, this.exports.arenaBase() + offset, this.layout.strides[index]);
  }

  private views(): void {
    const memory = this.exports.memory.buffer;
    if (memory === this.buffer) return;
    this.buffer = memory;
    this.events = new Int32Array(memory, this.eventsAt, this.stride * KERNEL_EVENTS);
    this.verdicts = new Uint8Array(memory, this.verdictsAt, MAX_IDS * this.layout.valueSlots.length);
  }

  private ensureMemory(bytes: number): void {
    const have = this.exports.memory.buffer.byteLength;
    if (bytes > have) this.exports.memory.grow(Math.ceil((bytes - have) / PAGE));
  }
}
