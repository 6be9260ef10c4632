import type { Catalogue } from './types';

/** Strings of the compute area (`src/core/compute/`, `skm compute`). */
export const computeMessages: Catalogue = {
  'compute.mode.exact': {
    id: 'eksak (bobot 1/{count}, tanpa pembulatan antara)',
    en: 'exact (weight 1/{count}, no intermediate rounding)',
  },
  'compute.mode.template-0.111': { id: 'kompatibel template (bobot 0,111)', en: 'template-compatible (weight 0.111)' },
  'compute.mode.template-0.11': { id: 'kompatibel template (bobot 0,11)', en: 'template-compatible (weight 0.11)' },
  'compute.mode.template-0.111-round3': {
    id: 'kompatibel template (bobot 0,111; NRR dan NRR×bobot dibulatkan 3 desimal)',
    en: 'template-compatible (weight 0.111; NRR and NRR×weight rounded to 3 decimals)',
  },
  'compute.mode.template-0.11-round3': {
    id: 'kompatibel template (bobot 0,11; NRR dan NRR×bobot dibulatkan 3 desimal)',
    en: 'template-compatible (weight 0.11; NRR and NRR×weight rounded to 3 decimals)',
  },
  'compute.mode.template-0.071': { id: 'kompatibel template (bobot 0,071)', en: 'template-compatible (weight 0.071)' },
  'compute.mode.template-0.071-round3': {
    id: 'kompatibel template (bobot 0,071; NRR dan NRR×bobot dibulatkan 3 desimal)',
    en: 'template-compatible (weight 0.071; NRR and NRR×weight rounded to 3 decimals)',
  },
  'compute.mode-not-applicable': {
    id: 'Mode {mode} memakai bobot yang ditulis untuk {expected} unsur, sedangkan unit ini memiliki {count} unsur: bobotnya tidak berjumlah 1, sehingga IKM tidak dihitung dalam mode ini (gunakan mode exact).',
    en: 'Mode {mode} uses a weight written for {expected} unsur, but this unit has {count} unsur: the weights do not sum to 1, so no IKM is computed in this mode (use exact mode).',
  },
  'compute.no-data': {
    id: 'Periode {period} tidak memiliki responses.csv maupun summary.yaml; IKM tidak dapat dihitung.',
    en: 'Period {period} has neither responses.csv nor summary.yaml; the IKM cannot be computed.',
  },
  'compute.no-valid-responses': {
    id: 'Periode {period} tidak memiliki jawaban yang sah; IKM tidak dapat dihitung.',
    en: 'Period {period} has no valid answers; the IKM cannot be computed.',
  },
  'compute.unsur-unanswered': {
    id: 'Tidak ada jawaban sah untuk unsur {codes}; IKM dihitung dari unsur lainnya.',
    en: 'No valid answers for unsur {codes}; the IKM is computed from the other unsur.',
  },
  'compute.template-incomplete': {
    id: 'Mode {mode} memerlukan nilai setiap unsur, seperti templatenya; IKM tidak dihitung dalam mode ini (gunakan mode exact).',
    en: 'Mode {mode} needs a value for every unsur, as its template does; no IKM in this mode (use exact mode).',
  },
  'compute.unknown-period': { id: 'Periode {period} tidak ada di workspace.', en: 'Period {period} is not in the workspace.' },
  'compute.bad-mode': { id: 'Mode tidak dikenal: {mode} (pilihan: {modes})', en: 'Unknown mode: {mode} (choose from: {modes})' },
  'compute.bad-date': { id: 'Tanggal acuan harus berbentuk YYYY-MM-DD: {value}', en: 'The reference date must be YYYY-MM-DD: {value}' },
  'compute.one-period': { id: 'Sebutkan satu periode saja.', en: 'Name one period only.' },
  'compute.no-workspace': { id: 'skm.yaml tidak dapat dibaca di {path}', en: 'cannot read skm.yaml in {path}' },
  'compute.no-period': { id: 'periode "{period}" tidak ditemukan (ada: {known})', en: 'period "{period}" not found (known: {known})' },
  'compute.see-lint': {
    id: '{excluded} jawaban dikecualikan, {errors} galat pada data periode ini; jalankan `skm lint` untuk baris dan kolomnya.',
    en: "{excluded} answers excluded, {errors} errors in this period's data; run `skm lint` for their rows and columns.",
  },
  'compute.table.title': { id: 'SKM {label} ({folder})', en: 'SKM {label} ({folder})' },
  'compute.table.mode': {
    id: 'Aturan: {ruleSet} · Mode: {mode} — {description}',
    en: 'Rule set: {ruleSet} · Mode: {mode} — {description}',
  },
  'compute.table.source.responses': {
    id: 'Sumber: jawaban responden · Responden: {respondents}',
    en: 'Source: raw responses · Respondents: {respondents}',
  },
  'compute.table.source.summary': {
    id: 'Sumber: ringkasan (summary.yaml) · Responden: {respondents}',
    en: 'Source: summary (summary.yaml) · Respondents: {respondents}',
  },
  'compute.table.source.none': {
    id: 'Sumber: tidak ada data · Responden: {respondents}',
    en: 'Source: no data · Respondents: {respondents}',
  },
  'compute.col.unsur': { id: 'Unsur', en: 'Unsur' },
  'compute.col.answered': { id: 'Dijawab', en: 'Answered' },
  'compute.col.total': { id: 'Jumlah', en: 'Total' },
  'compute.col.nrr': { id: 'NRR', en: 'NRR' },
  'compute.col.converted': { id: 'NRR×25', en: 'NRR×25' },
  'compute.col.grade': { id: 'Mutu', en: 'Grade' },
  'compute.col.excluded': { id: 'Dikecualikan', en: 'Excluded' },
  'compute.table.ikm': {
    id: 'IKM {ikm} · IKM×25 {converted} · Mutu {grade} · Kinerja {performance}',
    en: 'IKM {ikm} · IKM×25 {converted} · Grade {grade} · Performance {performance}',
  },
  'compute.table.disagreement': {
    id: 'Perhatian: mode {mode} memberi mutu {grade}, mode eksak memberi {exact}.',
    en: 'Note: mode {mode} gives grade {grade}, exact mode gives {exact}.',
  },
  'compute.table.confidence': {
    id: 'Selang kepercayaan 95% IKM×25: {low} – {high} ({method})',
    en: '95% confidence interval of IKM×25: {low} – {high} ({method})',
  },
  'compute.table.confidence-unavailable': {
    id: 'Selang kepercayaan 95%: tidak tersedia (hanya data ringkasan)',
    en: '95% confidence interval: not available (summary data only)',
  },
  'compute.table.lowest': { id: 'Terendah: {list}', en: 'Lowest: {list}' },
  'compute.table.highest': { id: 'Tertinggi: {list}', en: 'Highest: {list}' },
  'compute.table.ties': { id: ' · sama nilai di batas: {list}', en: ' · tied at the cut-off: {list}' },
  'compute.table.sample': {
    id: 'Sampel: populasi {population} ({scope}) · minimum Krejcie-Morgan {km} · Slovin (e = {margin}) {slovin} · memadai: {adequate}',
    en: 'Sample: population {population} ({scope}) · Krejcie-Morgan minimum {km} · Slovin (e = {margin}) {slovin} · adequate: {adequate}',
  },
  'compute.table.sample-unknown': {
    id: 'Sampel: {respondents} responden; populasi tidak diketahui',
    en: 'Sample: {respondents} respondents; population unknown',
  },
  'compute.scope.period': { id: 'periode', en: 'period' },
  'compute.scope.year': { id: 'setahun', en: 'year' },
  'compute.yes': { id: 'ya', en: 'yes' },
  'compute.no': { id: 'tidak', en: 'no' },
  'compute.table.services': { id: 'Per jenis layanan: {list}', en: 'By service: {list}' },
  'compute.table.profile': { id: 'IKM×25 per {label}: {list}', en: 'IKM×25 by {label}: {list}' },
  'compute.table.trend': { id: 'Tren IKM×25: {list}', en: 'IKM×25 trend: {list}' },
  'compute.significant': { id: 'signifikan', en: 'significant' },
  'compute.not-significant': { id: 'tidak signifikan', en: 'not significant' },
  'compute.table.rtl': {
    id: 'RTL: {realised} dari {planned} terealisasi ({percent}) · terlambat: {overdue}',
    en: 'RTL: {realised} of {planned} realised ({percent}) · overdue: {overdue}',
  },
};
