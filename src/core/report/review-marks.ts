/**
 * The visible marks of a report built with open findings (see `review.ts`): the "DRAF" watermark
 * element, a mark where each contradicted figure stands in the narrative (the typed text kept,
 * highlighted, with the derived value beside it and the finding's number), a mark on RTL items
 * whose status the data contradicts, a note beside an unsur label that contradicts its question
 * and scale wherever the tables print it, and the closing annex "Catatan Pemeriksaan".
 *
 * Narrative marks travel through sanitising and variable rendering as private-use sentinels and
 * become Markdown only at the end (`renderMarks`), so the markup is ours and never escaped twice.
 * The marks use pandoc's own syntax (raw HTML is off in the build): the typed text struck through
 * (`~~84,37~~`) followed by the note in bold starting with "⚠ N:" (`**⚠ 6: data: 85,20**`) —
 * readable as such on GitHub; `markReview` in the HTML stage turns that pair into a highlighted
 * `<mark class="skm-cek">` and its `<span class="skm-cek-catatan">`. The watermark is a div the
 * print stylesheet fixes on every page: no script, no image, no remote font.
 */
import type { Diagnostic } from '../model/diagnostic';
import { LineIndex } from '../parse/line-index';
import { mdText } from './escape';
import { table } from './markdown';
import type { ReportReview } from './review';
import { brand, joinSafe, mdt } from './safe';
import type { SafeMarkdown } from './safe';
import { PAGE_BREAK } from './signature';

/** One highlighted span of a narrative file. */
export interface NarrativeMark {
  offset: number;
  length: number;
  number: number;
  note: string;
}

const OPEN = '\uE000';
const MIDDLE = '\uE001';
const CLOSE = '\uE002';
const SENTINELS = /[\uE000-\uE002]/g;
const MARKED = /\uE000(\d+)\uE001([^\uE000-\uE002]*)\uE002/g;

/** The note printed beside a mark: the value the data gives, or what is wrong. */
function note(finding: Diagnostic): string {
  const actual = typeof finding.data?.['actual'] === 'string' ? finding.data['actual'] : undefined;
  switch (finding.code) {
    case 'narrative.claim-sample':
      return `Krejcie & Morgan: ${actual ?? '?'}`;
    case 'narrative.claim-rank':
      return `${typeof finding.data?.['rank'] === 'string' ? finding.data['rank'] : 'urutan'} menurut data: ${actual ?? '?'}`;
    case 'narrative.unfilled-template':
      return 'teks templat belum diisi';
    case 'lhtl.no-rtl-claim':
      return 'periode ini tidak punya RTL';
    default:
      return actual === undefined ? 'lihat catatan' : `data: ${actual}`;
  }
}

export class ReviewMarks {
  private readonly numbers = new Map<Diagnostic, number>();

  constructor(
    readonly review: ReportReview,
    private readonly texts: Map<string, string>,
  ) {
    review.findings.forEach((finding, index) => this.numbers.set(finding, index + 1));
  }

  /** The marks of one narrative file, from the findings located in it. */
  narrative(file: string): NarrativeMark[] {
    const text = this.texts.get(file);
    if (text === undefined) return [];
    const lines = new LineIndex(text);
    const marks: NarrativeMark[] = [];
    for (const finding of this.review.findings) {
      if (finding.file !== file) continue;
      const offset = lines.offset(finding.range.start);
      const end = finding.range.end.line === finding.range.start.line ? lines.offset(finding.range.end) : offset + 1;
      marks.push({ offset, length: Math.max(1, end - offset), number: this.numbers.get(finding) ?? 0, note: note(finding) });
    }
    return marks.sort((a, b) => a.offset - b.offset);
  }

  /** A mark after an RTL item's status when a finding contradicts it ('' when none does). */
  item(id: string): SafeMarkdown {
    const finding = this.review.findings.find((candidate) => candidate.code === 'rtl.sudah-contradicted' && candidate.data?.['id'] === id);
    if (!finding) return mdt``;
    return mdt` **⚠ ${this.numbers.get(finding) ?? 0}: uraian menyatakan belum dilaksanakan**`;
  }

  /**
   * A note after an unsur's label in the tables when the label contradicts the unsur's own question
   * and answer scale (`unsur.label-mismatch`, seed 000's U4): plain text, the cell escapes it ('' when none).
   */
  unsurLabel(code: string): string {
    const finding = this.review.findings.find(
      (candidate) => candidate.code === 'unsur.label-mismatch' && candidate.data?.['code'] === code,
    );
    if (!finding) return '';
    return ` ⚠ ${this.numbers.get(finding) ?? 0}: label tidak sesuai dengan pertanyaan dan skala jawabannya`;
  }

  /** The watermark element (a pandoc div); print CSS repeats it on every page, GitHub shows the word. */
  watermark(): SafeMarkdown {
    return mdt`<div class="skm-draf" aria-hidden="true">\n\n**DRAF**\n\n</div>`;
  }

  /** The closing annex listing every finding with its file and line. */
  annex(): SafeMarkdown {
    const { draft, findings } = this.review;
    const intro = draft
      ? mdt`Laporan ini dibangun sebagai draf (\`skm build --draft\`) dan belum boleh ditandatangani.`
      : mdt`Laporan ini dibangun ketika pemeriksaan (\`skm lint\`) masih menemukan hal yang menyentuh angka atau pernyataan yang dicetak, sehingga ditandai DRAF.`;
    const rows = findings.map((finding) => [
      String(this.numbers.get(finding) ?? 0),
      `${finding.file}:${finding.range.start.line + 1}:${finding.range.start.column + 1}`,
      finding.severity === 'error' ? 'kesalahan' : 'peringatan',
      finding.code,
      finding.message,
    ]);
    return joinSafe([
      PAGE_BREAK,
      mdt``,
      mdt`# Lampiran. Catatan Pemeriksaan`,
      mdt``,
      mdt`${intro} Angka yang dibantah data ditandai ⚠ di tempatnya, dengan nilai hasil perhitungan di sampingnya.`,
      mdt``,
      rows.length === 0
        ? mdt`Tidak ada temuan pemeriksaan untuk periode ini.`
        : table(['No', 'Letak (berkas:baris:kolom)', 'Tingkat', 'Kode', 'Temuan'], rows, ['right']),
      mdt``,
    ]);
  }
}

/** Wraps each marked span of `source` in sentinels (from the end, so offsets stay valid). */
export function insertMarks(source: string, marks: readonly NarrativeMark[]): string {
  let text = source.replace(SENTINELS, '');
  if (text.length !== source.length) return source;
  let last = Number.POSITIVE_INFINITY;
  for (const mark of [...marks].reverse()) {
    const end = Math.min(mark.offset + mark.length, last);
    if (mark.offset >= end) continue;
    text = `${text.slice(0, mark.offset)}${OPEN}${mark.number}${MIDDLE}${text.slice(mark.offset, end)}${CLOSE}${text.slice(end)}`;
    last = mark.offset;
  }
  return text;
}

/**
 * Turns sentinels in sanitised, rendered narrative into the highlighted text and its note. The
 * marked text is already safe Markdown; the note is escaped; the markup is ours. A sentinel left
 * unpaired (a mark the sanitiser split) is dropped.
 */
export function renderMarks(text: SafeMarkdown, marks: readonly NarrativeMark[]): SafeMarkdown {
  if (marks.length === 0) return text;
  const notes = new Map(marks.map((mark) => [String(mark.number), mark.note]));
  const marked = text.replace(MARKED, (_whole, number: string, inner: string) =>
    // `inner` is a piece of the already-sanitised narrative, so it stays safe Markdown.
    inner.trim() === ''
      ? mdt`**⚠ ${Number(number)}: ${mdText(notes.get(number) ?? '')}**`
      : mdt`~~${brand<'markdown'>(inner)}~~ **⚠ ${Number(number)}: ${mdText(notes.get(number) ?? '')}**`,
  );
  return brand<'markdown'>(marked.replace(SENTINELS, ''));
}
