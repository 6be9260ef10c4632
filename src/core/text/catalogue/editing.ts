import type { Catalogue } from './types';

/** Messages of the editing help (rename, completion) in the editor. */
export const editingMessages: Catalogue = {
  'editing.rename.invalid': {
    id: '"{name}" bukan kode yang sah: awali dengan huruf, lalu huruf, angka, _ atau -.',
    en: '"{name}" is not a valid code: start with a letter, then letters, digits, _ or -.',
  },
  'editing.rename.taken': { id: 'Kode "{name}" sudah dipakai di skm.yaml.', en: 'The code "{name}" is already used in skm.yaml.' },
  'editing.rename.no-definition': {
    id: 'Kode {code} tidak didefinisikan di skm.yaml (berasal dari aturan bawaan); tambahkan daftar unsur ke skm.yaml untuk mengganti namanya.',
    en: 'The code {code} is not defined in skm.yaml (it comes from the rule set); add the unsur list to skm.yaml to rename it.',
  },
};
