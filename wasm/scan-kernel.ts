// The WebAssembly kernel of the responses scanner's fast lane for `skm compute` (AssemblyScript,
// compiled in memory by the build — scripts/scan-kernel.mjs; never committed as a binary). It
// splits records exactly as `ResponseScanner.fastRecord` does (a quote is special only at the start
// of a field, "" inside quotes, a CR before the LF dropped, spaces/tabs around a single-digit
// score, the header's field count, the field byte cap), interns the text slots by their raw bytes
// (ids in first-seen order, at most MAX_INTERNED per slot, then -1) and counts a regular row itself:
// the pooled and per-service histograms of score codes and the per-value groups (`ValueGroups`'
// layout). Every other record becomes an event for JavaScript, in order: an irregular one (SLOW,
// read by the general parser) and a regular one that needs JavaScript (ROW: a new or unknown
// value, a value whose check fails or is not yet known, a full interner, a service past the
// first SERVICES). It never decides a diagnostic. The JavaScript side (src/core/compute/scan-kernel.ts)
// lays out the memory and reads the counts back; there is no allocator but the arena's bump.

const QUOTE: u32 = 34;
const NEWLINE: u32 = 10;
const RETURN: u32 = 13;
const SPACE: u32 = 32;
const TAB: u32 = 9;

const IGNORE: u32 = 0;
const SCORE: u32 = 1;
const FREE: u32 = 3;

/** Event kinds. */
const SLOW: i32 = 1;
const ROW: i32 = 3;
/** A value check's verdict per id: 0 = not known yet, PASS, or FAIL (JavaScript reports the row's finding). */
const PASS: u8 = 1;
const FAIL: u8 = 2;

const MAX_INTERNED: i32 = 4096;
const TABLE_SIZE: i32 = 8192;
const MAX_FIELD_BYTES: i32 = 64 * 1024;
/** Services (by intern id) counted here; rows of further ones are events. */
const SERVICES: i32 = 32;
/** i32 per event before the slots: kind, start, end, line, fast rows before it, score code. */
const EVENT_HEAD: i32 = 6;

// The configuration block (i32 at `configure`'s pointer), in this order.
let headerLength: i32 = 0;
let delimiter: u32 = 44;
let scaleMin: i32 = 0;
let scaleMax: i32 = 0;
let slotCount: i32 = 0;
/** u8 per field: IGNORE, SCORE, TEXT, FREE. */
let kindsAt: usize = 0;
/** i32 per field: the unsur index (SCORE) or the text slot (TEXT). */
let targetsAt: usize = 0;
/** i32 per unsur: width ** index. */
let placesAt: usize = 0;
/** i32 per slot: ids given. */
let countsAt: usize = 0;
/** Per slot: TABLE_SIZE i32 cells (id + 1, 0 = empty). */
let tablesAt: usize = 0;
/** Per slot: MAX_INTERNED entries of ENTRY bytes. */
let entriesAt: usize = 0;
let eventsAt: usize = 0;
let inputAt: usize = 0;
let arenaAt: usize = 0;
let serviceSlot: i32 = 0;
let countedCount: i32 = 0;
/** i32 per counted attribute (the time slot, then the profile keys): its slot. */
let countedAt: usize = 0;
/** i32 per counted attribute: its group stride in i32 (1, or 1 + parts × cells). */
let stridesAt: usize = 0;
let parts: i32 = 0;
let cells: i32 = 0;
let valueCount: i32 = 0;
/** i32 per value check: its slot. */
let valueSlotsAt: usize = 0;
/** Per value check: MAX_INTERNED u8 verdicts. */
let verdictsAt: usize = 0;
let histogramCells: i32 = 0;
/** Per counted attribute: MAX_INTERNED i32 arena offsets of each id's group (-1 = none yet). */
let groupsAt: usize = 0;
/** SERVICES i32 arena offsets of each service id's histogram (-1 = none yet). */
let serviceHistogramsAt: usize = 0;

let eventInts: i32 = 0;
let arenaUsed: usize = 0;
let pooledAt: usize = 0;
/** Scratch: the current row's part offsets (i32 per part). */
let partsAt: usize = 0;
/** i32 per field: how many score fields follow from it in a row (itself included). */
let runsAt: usize = 0;
/** Per slot: SHORTS i32 cells (id + 1, 0 = none) of the values of 0, 1 or 2 bytes, indexed by their bytes. */
let shortsAt: usize = 0;
const SHORTS: i32 = 1 + 256 + 65536;
/** Set by `intern` when it gave a new id. */
let fresh = false;
/** Set by `record` when JavaScript must see its event before the next record: a new value, or a verdict not yet known. */
let learn = false;
// Results of `scan`.
let stopped: i32 = 0;
/** Whether `scan` stopped at a record the bytes end before (more must come). */
let waiting = false;
let line: i32 = 0;
let fastRows: i32 = 0;

export function configure(config: usize): void {
  headerLength = load<i32>(config);
  delimiter = load<u32>(config, 4);
  scaleMin = load<i32>(config, 8);
  scaleMax = load<i32>(config, 12);
  slotCount = load<i32>(config, 16);
  kindsAt = load<usize>(config, 20);
  targetsAt = load<usize>(config, 24);
  placesAt = load<usize>(config, 28);
  countsAt = load<usize>(config, 32);
  tablesAt = load<usize>(config, 36);
  entriesAt = load<usize>(config, 40);
  eventsAt = load<usize>(config, 44);
  inputAt = load<usize>(config, 48);
  arenaAt = load<usize>(config, 52);
  serviceSlot = load<i32>(config, 56);
  countedCount = load<i32>(config, 60);
  countedAt = load<usize>(config, 64);
  stridesAt = load<usize>(config, 68);
  parts = load<i32>(config, 72);
  cells = load<i32>(config, 76);
  valueCount = load<i32>(config, 80);
  valueSlotsAt = load<usize>(config, 84);
  verdictsAt = load<usize>(config, 88);
  histogramCells = load<i32>(config, 92);
  groupsAt = load<usize>(config, 96);
  serviceHistogramsAt = load<usize>(config, 100);
  eventInts = EVENT_HEAD + 3 * slotCount;
  pooledAt = allocate(histogramBytes());
  partsAt = load<usize>(config, 104);
  runsAt = load<usize>(config, 108);
  shortsAt = load<usize>(config, 112);
}

/** Moves the arena (interned bytes, histograms, groups) to `arena`: the JavaScript side grew the input. */
export function moveArena(arena: usize): void {
  memory.copy(arena, arenaAt, arenaUsed);
  arenaAt = arena;
}

export function arenaBase(): usize {
  return arenaAt;
}

export function arenaEnd(): usize {
  return arenaAt + arenaUsed;
}

/** The arena offset of the pooled histogram (u32 per score code). */
export function pooledOffset(): usize {
  return pooledAt;
}

/**
 * The first score code at or after `from` (below `cells`) that counted a row in the histogram at
 * arena offset `offset` — its byte or its carry is not 0 — or -1. The fold reads only those codes:
 * sixteen empty codes are passed over at once.
 */
export function nextCounted(offset: usize, cells: i32, from: i32): i32 {
  const at = arenaAt + offset;
  const carriesAt = at + ((<usize>cells + 15) & ~15);
  let code = from;
  while (code < cells) {
    if ((code & 15) == 0 && code + 16 <= cells) {
      const carries = carriesAt + (<usize>code << 2);
      const wraps = v128.or(v128.or(v128.load(carries), v128.load(carries, 16)), v128.or(v128.load(carries, 32), v128.load(carries, 48)));
      if (!v128.any_true(v128.or(v128.load(at + <usize>code), wraps))) {
        code += 16;
        continue;
      }
    }
    if (load<u8>(at + <usize>code) != 0 || load<u32>(carriesAt + (<usize>code << 2)) != 0) return code;
    code++;
  }
  return -1;
}

export function stoppedAt(): i32 {
  return stopped;
}

export function waitingForBytes(): i32 {
  return waiting ? 1 : 0;
}

export function lineAt(): i32 {
  return line;
}

/** Rows counted here after the last event of the last `scan`. */
export function fastRowsAfter(): i32 {
  return fastRows;
}

/**
 * Reads records of the input [0, length) from `from` (its line `firstLine`), counting regular rows
 * and writing at most `maxEvents` events; returns how many. It returns early after an event
 * JavaScript must learn from (a new value, an unknown verdict), or at a record the bytes end
 * before (`waitingForBytes`). `stoppedAt` is then the offset of the first record not read,
 * `lineAt` its line.
 */
export function scan(length: i32, from: i32, final: i32, firstLine: i32, maxEvents: i32): i32 {
  let position = from;
  let events = 0;
  line = firstLine;
  fastRows = 0;
  waiting = false;
  while (position < length && events < maxEvents) {
    const out = eventsAt + (<usize>(events * eventInts) << 2);
    const end = record(position, length, final != 0, out);
    if (end < 0) {
      waiting = true;
      break;
    }
    position = end;
    if (load<i32>(out) != 0) {
      store<i32>(out, fastRows, 16);
      fastRows = 0;
      events++;
      if (learn) break;
    }
  }
  stopped = position;
  return events;
}

@inline function byteAt(offset: i32): u32 {
  return <u32>load<u8>(inputAt + <usize>offset);
}

/**
 * Bump allocation in the arena, growing the memory; returns the arena offset. The bytes are zero:
 * nothing past the arena's end was ever written (the input lies below it), and untouched pages
 * cost no memory.
 */
function allocate(bytes: usize): usize {
  const offset = arenaUsed;
  const needed = arenaAt + arenaUsed + bytes;
  const have = <usize>memory.size() << 16;
  if (needed > have && memory.grow(<i32>((needed - have + 0xffff) >> 16)) < 0) unreachable();
  arenaUsed += (bytes + 15) & ~15;
  return offset;
}

/** A histogram: a byte per score code (it stays in the CPU caches), then a u32 per code counting its wraps past 255. */
function histogramBytes(): usize {
  return ((<usize>histogramCells + 15) & ~15) + (<usize>histogramCells << 2);
}

@inline function countCode(histogram: usize, code: i32): void {
  const cell = histogram + <usize>code;
  const rows: u32 = <u32>load<u8>(cell) + 1;
  store<u8>(cell, <u8>rows);
  if (rows == 256) {
    const carry = histogram + ((<usize>histogramCells + 15) & ~15) + (<usize>code << 2);
    store<u32>(carry, load<u32>(carry) + 1);
  }
}

/** The first offset from `position` (< length) holding `first` or `second`, else `length` (16 bytes at a time). */
@inline function find(position: i32, length: i32, first: v128, second: v128): i32 {
  while (position < length) {
    const bytes = v128.load(inputAt + <usize>position);
    const mask = i8x16.bitmask(v128.or(i8x16.eq(bytes, first), i8x16.eq(bytes, second)));
    if (mask != 0) {
      const at = position + ctz<i32>(mask);
      return at < length ? at : length;
    }
    position += 16;
  }
  return length;
}

/** Newlines in [start, end). */
function newlinesIn(start: i32, end: i32): i32 {
  let count = 0;
  for (let index = start; index < end; index++) if (byteAt(index) == NEWLINE) count++;
  return count;
}

/**
 * One record from `start`: returns its end, or -1 when the bytes end first. A blank record or a
 * row counted here leaves the event at `out` unwritten (kind 0); otherwise it is filled.
 */
function record(start: i32, length: i32, final: bool, out: usize): i32 {
  const delimiters = i8x16.splat(<i8>delimiter);
  const newline = i8x16.splat(<i8>NEWLINE);
  const quote = i8x16.splat(<i8>QUOTE);
  let regular = true;
  let newlines = 0;
  let field = 0;
  let code = 0;
  learn = false;
  let position = start;
  const recordLine = line;
  // Field by field: `position` is the field's first byte.
  for (;;) {
    const fieldStart = position;
    const kind: u32 = field < headerLength ? <u32>load<u8>(kindsAt + <usize>field) : IGNORE;
    if (position < length && byteAt(position) == QUOTE) {
      // A quoted field: to its closing quote ("" is an escaped quote), counting its newlines.
      if (field >= headerLength || (kind != IGNORE && kind != FREE)) regular = false;
      let cursor = position + 1;
      let closed = false;
      for (;;) {
        const next = find(cursor, length, quote, newline);
        if (next >= length) break;
        if (byteAt(next) == NEWLINE) {
          newlines++;
          cursor = next + 1;
          continue;
        }
        if (next + 1 >= length) {
          if (!final) return -1;
          cursor = next + 1;
          closed = true;
          break;
        }
        if (byteAt(next + 1) == QUOTE) {
          cursor = next + 2;
          continue;
        }
        cursor = next + 1;
        closed = true;
        break;
      }
      if (!closed) {
        if (!final) return -1;
        // An unclosed quote runs to the end of the input: the general parser reports it.
        line += newlines;
        event(out, SLOW, start, length, recordLine, 0);
        return length;
      }
      position = cursor;
    }
    else if (kind == SCORE && regular) {
      // A run of score fields written the usual way, `d,d,…,d,`: read in one go; on anything
      // else, field by field below.
      const run = load<i32>(runsAt + (<usize>field << 2));
      if (run > 1 && position + 2 * run < length) {
        let runCode = 0;
        let offset = 0;
        for (; offset < run; offset++) {
          const at = position + 2 * offset;
          const value = <i32>byteAt(at) - 48;
          if (value < scaleMin || value > scaleMax || byteAt(at + 1) != delimiter) break;
          runCode += (value - scaleMin) * load<i32>(placesAt + (<usize>load<i32>(targetsAt + (<usize>(field + offset) << 2)) << 2));
        }
        if (offset == run) {
          code += runCode;
          field += run;
          position += 2 * run;
          continue;
        }
      }
    }
    // To the field's end: a delimiter, a newline or the end of the bytes.
    // A score written the usual way, `d,`: one byte (a digit is neither a delimiter nor a newline).
    if (kind == SCORE && position + 1 < length && byteAt(position + 1) == delimiter && byteAt(position) - 48 < 10) position++;
    else position = find(position, length, delimiters, newline);
    let byte: u32 = 0xffffffff;
    if (position < length) byte = byteAt(position);
    else if (!final) return -1;
    if (regular) {
      if (field >= headerLength) {
        regular = false;
      } else if (kind != IGNORE) {
        let end = position;
        if (end > fieldStart && byteAt(end - 1) == RETURN) end--;
        const target = load<i32>(targetsAt + (<usize>field << 2));
        if (kind == SCORE) {
          let first = fieldStart;
          if (end - first != 1) {
            while (first < end && (byteAt(first) == SPACE || byteAt(first) == TAB)) first++;
            while (end > first && (byteAt(end - 1) == SPACE || byteAt(end - 1) == TAB)) end--;
          }
          const value = <i32>byteAt(first) - 48;
          if (end - first != 1 || value < scaleMin || value > scaleMax) regular = false;
          else code += (value - scaleMin) * load<i32>(placesAt + (<usize>target << 2));
        } else {
          const at = out + (<usize>(EVENT_HEAD + target * 3) << 2);
          store<i32>(at, fieldStart, 4);
          store<i32>(at, end, 8);
        }
      }
    }
    field++;
    if (byte != delimiter) {
      if (byte == NEWLINE) {
        newlines++;
        position++;
      }
      break;
    }
    position++;
  }
  line += newlines;
  if (field == 1 && isBlank(start, position)) {
    store<i32>(out, 0);
    return position;
  }
  if (!regular || field != headerLength || position - start > MAX_FIELD_BYTES) {
    event(out, SLOW, start, position, recordLine, 0);
    return position;
  }
  // A regular row: its ids, then either counted here or handed over.
  let handOver = false;
  learn = false;
  for (let slot = 0; slot < slotCount; slot++) {
    const at = out + (<usize>(EVENT_HEAD + slot * 3) << 2);
    const id = intern(slot, load<i32>(at, 4), load<i32>(at, 8));
    store<i32>(at, id);
    if (id < 0) handOver = true;
    else if (fresh) learn = true;
  }
  if (!handOver && !learn) {
    const verdict = verdicts(out);
    if (verdict == 0) learn = true;
    else if (verdict != PASS) handOver = true;
  }
  if (handOver || learn) {
    event(out, ROW, start, position, recordLine, code);
    return position;
  }
  count(out, code);
  store<i32>(out, 0);
  fastRows++;
  return position;
}

function event(out: usize, kind: i32, start: i32, end: i32, at: i32, code: i32): void {
  store<i32>(out, kind);
  store<i32>(out, start, 4);
  store<i32>(out, end, 8);
  store<i32>(out, at, 12);
  store<i32>(out, code, 20);
}

/** @inline The id of `slot` in the row whose event is at `out`. */
@inline function slotId(out: usize, slot: i32): i32 {
  return load<i32>(out + (<usize>(EVENT_HEAD + slot * 3) << 2));
}

/**
 * The row's verdict: PASS when every value check passes on its ids and its service is counted here,
 * 0 when a check's verdict on its value is not known yet, else FAIL.
 */
function verdicts(out: usize): u8 {
  let all = PASS;
  for (let check = 0; check < valueCount; check++) {
    const slot = load<i32>(valueSlotsAt + (<usize>check << 2));
    const verdict = load<u8>(verdictsAt + <usize>(check * MAX_INTERNED + slotId(out, slot)));
    if (verdict == 0) return 0;
    if (verdict != PASS) all = FAIL;
  }
  return serviceSlot >= 0 && slotId(out, serviceSlot) >= SERVICES ? FAIL : all;
}

/** Counts a regular row: the pooled and its service's histograms, and each counted attribute's group. */
function count(out: usize, code: i32): void {
  countCode(arenaAt + pooledAt, code);
  if (serviceSlot >= 0) countService(slotId(out, serviceSlot), code);
  // The code's parts, as byte offsets of their cells in a group (`ValueGroups.splitCode`).
  let rest = <u32>code;
  for (let part = 0; part < parts; part++) {
    const next = rest / <u32>cells;
    store<i32>(partsAt + (<usize>part << 2), (1 + part * cells + <i32>(rest - next * <u32>cells)) << 2);
    rest = next;
  }
  for (let index = 0; index < countedCount; index++) {
    const slot = load<i32>(countedAt + (<usize>index << 2));
    // An absent column: JavaScript counts the kernel's rows as unknown values.
    if (slot < 0) continue;
    const id = slotId(out, slot);
    const stride = load<i32>(stridesAt + (<usize>index << 2));
    const groupAt = groupsAt + (<usize>(index * MAX_INTERNED + id) << 2);
    let group = load<i32>(groupAt);
    if (group < 0) {
      group = <i32>allocate(<usize>stride << 2);
      store<i32>(groupAt, group);
    }
    const at = arenaAt + <usize>group;
    store<u32>(at, load<u32>(at) + 1);
    if (stride == 1) continue;
    for (let part = 0; part < parts; part++) {
      const cellAt = at + <usize>load<i32>(partsAt + (<usize>part << 2));
      store<u32>(cellAt, load<u32>(cellAt) + 1);
    }
  }
}

function countService(id: i32, code: i32): void {
  const serviceAt = serviceHistogramsAt + (<usize>id << 2);
  let histogram = load<i32>(serviceAt);
  if (histogram < 0) {
    histogram = <i32>allocate(histogramBytes());
    store<i32>(serviceAt, histogram);
  }
  countCode(arenaAt + <usize>histogram, code);
}

/** A record that is only a line break (or nothing). */
function isBlank(start: i32, end: i32): bool {
  let stop = end;
  if (stop > start && byteAt(stop - 1) == NEWLINE) stop--;
  if (stop > start && byteAt(stop - 1) == RETURN) stop--;
  return stop == start;
}

/** Byte lanes 0…15, to keep a value's first `length` bytes of a 16-byte load. */
const LANES = i8x16(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
/** Bytes an intern entry takes: the first 16 bytes (zero past the length), hash, arena offset, length. */
const ENTRY: usize = 32;

/**
 * The id of the bytes [start, end) in `slot`: known, new (the next id; sets `fresh`), or -1 when
 * the slot is full. A value of up to 16 bytes is compared as its two 64-bit words; a longer one
 * byte by byte with its copy in the arena.
 */
function intern(slot: i32, start: i32, end: i32): i32 {
  fresh = false;
  const length = end - start;
  if (length <= 2) {
    const index = length == 0 ? 0 : length == 1 ? 1 + <i32>byteAt(start) : 257 + (<i32>byteAt(start) | (<i32>byteAt(start + 1) << 8));
    const cell = shortsAt + (<usize>(slot * SHORTS + index) << 2);
    const known = load<i32>(cell);
    if (known > 0) return known - 1;
    const countAt = countsAt + (<usize>slot << 2);
    const id = load<i32>(countAt);
    if (id >= MAX_INTERNED) return -1;
    store<i32>(cell, id + 1);
    store<i32>(countAt, id + 1);
    fresh = true;
    return id;
  }
  const key = v128.and(v128.load(inputAt + <usize>start), i8x16.lt_u(LANES, i8x16.splat(<i8>min(length, 16))));
  const low = i64x2.extract_lane(key, 0);
  const high = i64x2.extract_lane(key, 1);
  let mixed = (low ^ <u64>length) * 0x9e3779b97f4a7c15;
  mixed ^= high * 0xc2b2ae3d27d4eb4f;
  if (length > 16) for (let index = start + 16; index < end; index++) mixed = (mixed ^ <u64>byteAt(index)) * 0x100000001b3;
  mixed ^= mixed >> 32;
  mixed *= 0xff51afd7ed558ccd;
  const hash = <u32>(mixed >> 32);
  const table = tablesAt + (<usize>(slot * TABLE_SIZE) << 2);
  const entries = entriesAt + <usize>(slot * MAX_INTERNED) * ENTRY;
  let cell = hash & <u32>(TABLE_SIZE - 1);
  for (;;) {
    const known = load<i32>(table + (<usize>cell << 2));
    if (known == 0) break;
    const entry = entries + <usize>(known - 1) * ENTRY;
    if (load<u64>(entry) == low && load<u64>(entry, 8) == high && load<i32>(entry, 24) == length) {
      if (length <= 16 || sameBytes(arenaAt + <usize>load<i32>(entry, 20), start, length)) return known - 1;
    }
    cell = (cell + 1) & <u32>(TABLE_SIZE - 1);
  }
  const countAt = countsAt + (<usize>slot << 2);
  const id = load<i32>(countAt);
  if (id >= MAX_INTERNED) return -1;
  const entry = entries + <usize>id * ENTRY;
  store<u64>(entry, low);
  store<u64>(entry, high, 8);
  store<u32>(entry, hash, 16);
  store<i32>(entry, length, 24);
  if (length > 16) {
    const stored = allocate(<usize>length);
    memory.copy(arenaAt + stored, inputAt + <usize>start, <usize>length);
    store<i32>(entry, <i32>stored, 20);
  }
  store<i32>(table + (<usize>cell << 2), id + 1);
  store<i32>(countAt, id + 1);
  fresh = true;
  return id;
}

function sameBytes(stored: usize, start: i32, length: i32): bool {
  const bytes = inputAt + <usize>start;
  let index = 0;
  for (; index + 4 <= length; index += 4) if (load<u32>(stored + <usize>index) != load<u32>(bytes + <usize>index)) return false;
  for (; index < length; index++) if (load<u8>(stored + <usize>index) != load<u8>(bytes + <usize>index)) return false;
  return true;
}
