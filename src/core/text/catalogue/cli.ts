import type { Catalogue } from './types';

/** Strings of the command line that belong to no single engine area (`skm build`). */
export const cliMessages: Catalogue = {
  'git.missing': { id: 'git tidak ditemukan; pasang paket Debian `git`.', en: 'git not found; install the Debian package `git`.' },
  'git.not-a-repository': { id: 'bukan repositori git: {path}', en: 'not a git repository: {path}' },
  'git.unknown-revision': { id: 'revisi tidak dikenal: {revision}', en: 'unknown revision: {revision}' },
  'git.failed': { id: 'git gagal: {detail}', en: 'git failed: {detail}' },
  'build.history-unavailable': {
    id: 'skm build: riwayat RTL tidak tersedia: {reason}',
    en: 'skm build: RTL history unavailable: {reason}',
  },
  'import.mapping-unreadable': {
    id: 'Berkas pemetaan {file} tidak dapat dibaca: {reason}',
    en: 'Cannot read the mapping file {file}: {reason}',
  },
  'import.mapping-no-columns': {
    id: '{file}: perlu kunci "columns" (judul kolom → kode).',
    en: '{file}: needs a "columns" map (column header → code).',
  },
  'cli.internal-error': {
    id: 'kesalahan internal saat memproses {input}: {message} — ini bug skm; mohon laporkan bersama berkas tersebut (SKM_DEBUG=1 menampilkan rinciannya).',
    en: 'internal error while processing {input}: {message} — this is a bug in skm; please report it with that file (SKM_DEBUG=1 shows the details).',
  },
  'build.summary': { id: 'Bangun Laporan SKM dan LHTL (Markdown, HTML, PDF)', en: 'Build the SKM and LHTL reports (Markdown, HTML, PDF)' },
  'build.bad-report': { id: '--report harus skm, lhtl, atau all: {value}', en: '--report must be skm, lhtl or all: {value}' },
  'build.one-target': { id: 'Sebutkan satu periode atau satu ruang kerja saja.', en: 'Name one period or one workspace only.' },
  'build.bad-epoch': {
    id: 'SOURCE_DATE_EPOCH harus bilangan bulat detik: {value}',
    en: 'SOURCE_DATE_EPOCH must be whole seconds: {value}',
  },
  'build.check-conflict': {
    id: '--check tidak menulis berkas; jangan gabungkan dengan --html atau --pdf.',
    en: '--check writes nothing; do not combine it with --html or --pdf.',
  },
  'build.no-periods': { id: 'Ruang kerja {path} tidak memiliki periode.', en: 'Workspace {path} has no periods.' },
  'build.gate': {
    id: 'skm build: {errors} kesalahan pemeriksaan; tidak ada laporan yang ditulis. Perbaiki kesalahannya (skm lint), atau bangun draf dengan --draft.',
    en: 'skm build: {errors} lint error(s); no report was written. Fix them (skm lint), or build a draft with --draft.',
  },
  'build.marked': {
    id: 'ditandai DRAF: {path} ({count} catatan pemeriksaan)',
    en: 'marked DRAF: {path} ({count} review finding(s))',
  },
  'build.wrote': { id: 'ditulis: {path}', en: 'written: {path}' },
  'build.current': { id: 'mutakhir: {path}', en: 'up to date: {path}' },
  'build.stale': { id: 'usang: {path} (jalankan `skm build` lalu commit)', en: 'stale: {path} (run `skm build` and commit)' },
  'build.missing': { id: 'belum ada: {path} (jalankan `skm build` lalu commit)', en: 'missing: {path} (run `skm build` and commit)' },
  'build.check-summary': {
    id: '{stale} laporan Markdown usang atau belum ada dari {total}.',
    en: '{stale} of {total} Markdown reports are stale or missing.',
  },
  'build.tool-missing': {
    id: '{tool} tidak ditemukan ({looked}); pasang paket Debian `{package}` (apt-get install {package}). Markdown tetap ditulis; {skipped} dilewati.',
    en: '{tool} not found ({looked}); install the Debian package `{package}` (apt-get install {package}). The Markdown is still written; {skipped} skipped.',
  },
  'build.pandoc-failed': { id: 'pandoc gagal untuk {path}: {message}', en: 'pandoc failed for {path}: {message}' },
  'build.chromium-failed': { id: 'Chromium gagal mencetak {path}: {message}', en: 'Chromium failed to print {path}: {message}' },
  'build.image-refused': {
    id: 'gambar "{source}" di {path} tidak dimuat: bukan berkas gambar di dalam ruang kerja',
    en: 'image "{source}" in {path} was left out: not an image file inside the workspace',
  },
  'build.charts-failed': {
    id: 'grafik mermaid gagal digambar di {path}: {message}',
    en: 'mermaid charts failed to draw in {path}: {message}',
  },
};
