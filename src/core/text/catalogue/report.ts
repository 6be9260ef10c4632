import type { Catalogue } from './types';

export const reportMessages: Catalogue = {
  'narrative.raw-html': {
    id: 'HTML atau blok mentah "{subject}" ditampilkan sebagai teks: narasi hanya boleh Markdown.',
    en: 'Raw HTML or raw block "{subject}" is shown as text: narrative is Markdown only.',
  },
  'narrative.link-target': {
    id: 'Tautan atau gambar ke "{target}" dihapus: tautan hanya ke berkas di ruang kerja atau https:, gambar hanya berkas di ruang kerja.',
    en: 'The link or image to "{target}" was removed: links may point only to workspace files or https:, images only to workspace files.',
  },
  'narrative.unknown-variable': {
    id: 'Variabel "{name}" tidak dikenal. Lihat docs/format.md untuk daftar variabel.',
    en: 'Unknown variable "{name}". See docs/format.md for the list of variables.',
  },
  'narrative.claim-ikm': {
    id: 'Narasi menyebut nilai SKM {typed}, padahal hasil perhitungan {actual}.',
    en: 'The narrative states an IKM of {typed}, but the computed value is {actual}.',
  },
  'narrative.claim-nrr': {
    id: 'Narasi menyebut {label} bernilai {typed}, padahal NRR-nya {actual}.',
    en: 'The narrative gives {label} as {typed}, but its NRR is {actual}.',
  },
  'narrative.claim-percent': {
    id: 'Narasi menyebut {label} {typed}, padahal hasil perhitungan {actual}.',
    en: 'The narrative gives {label} as {typed}, but the computed share is {actual}.',
  },
  'narrative.claim-sample': {
    id: 'Narasi menyebut sampel minimal Krejcie & Morgan {typed}, padahal untuk populasi {population} hasilnya {actual} (Slovin 10%: {slovin}).',
    en: 'The narrative gives a Krejcie & Morgan minimum of {typed}, but for a population of {population} it is {actual} (Slovin 10%: {slovin}).',
  },
  'narrative.claim-rank': {
    id: 'Narasi menyebut {label} sebagai unsur {rank}, padahal tidak termasuk tiga unsur {rank} ({actual}).',
    en: 'The narrative names {label} among the {rank} unsur, but it is not one of the three {rank} ({actual}).',
  },
  'narrative.unfilled-template': {
    id: 'Teks templat belum diisi: "{text}".',
    en: 'Unfilled template text: "{text}".',
  },
  'report.rank-lowest': { id: 'terendah', en: 'lowest' },
  'report.rank-highest': { id: 'tertinggi', en: 'highest' },
  'report.stale': {
    id: 'Laporan {file} tidak sesuai dengan data; jalankan skm build.',
    en: 'Report {file} does not match the data; run skm build.',
  },
};
