/**
 * Default narrative for sections a period does not write itself. Our own wording; variables are
 * filled like any narrative. A unit overrides a section by adding its Markdown to period.yaml.
 */
export const DEFAULT_TEXT: Record<string, string> = {
  latarBelakang: [
    'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik meminta penyelenggara layanan melibatkan',
    'masyarakat dalam menilai pelayanan yang mereka terima. Survei Kepuasan Masyarakat menurut Peraturan',
    'Menteri PANRB Nomor 14 Tahun 2017 adalah cara baku untuk itu. {{ unit }} melaksanakannya pada',
    '{{ period }} untuk mengetahui mutu layanannya dan menentukan perbaikan yang paling dibutuhkan.',
  ].join('\n'),
  dasarPelaksanaan: [
    '- Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik.',
    '- Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 25 Tahun 2009.',
    '- Peraturan Menteri PANRB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik.',
  ].join('\n'),
  maksudTujuan: [
    'Survei ini mengukur kepuasan pengguna layanan {{ unit }}, menunjukkan unsur pelayanan yang masih',
    'lemah, dan menjadi dasar rencana tindak lanjut serta pemantauan kinerja dari periode ke periode.',
  ].join('\n'),
  pelaksana: 'Survei dilaksanakan secara mandiri oleh tim pelaksana {{ unit }}.',
  metode: 'Data dikumpulkan dengan kuesioner yang memuat satu pertanyaan untuk setiap unsur pelayanan.',
  lokasi: 'Kuesioner diisi oleh penerima layanan di lokasi unit pelayanan.',
  analisis: [
    'Tiga unsur dengan nilai terendah adalah {{ lowest }}; ketiganya menjadi prioritas perbaikan.',
    'Tiga unsur dengan nilai tertinggi adalah {{ highest }}.',
  ].join('\n'),
  saranPengaduan: 'Saran dan masukan responden dirangkum dalam tabel berikut.',
  rencanaTindakLanjut: 'Rencana tindak lanjut disusun mulai dari unsur dengan nilai terendah.',
  tren: 'Nilai SKM setiap periode yang tercatat di repositori ditunjukkan berikut ini.',
  kesimpulan: [
    '- Nilai SKM {{ unit }} pada {{ period }} adalah {{ ikm }} dengan mutu {{ mutu }} ({{ kinerja }}).',
    '- Unsur yang menjadi prioritas perbaikan: {{ lowest }}.',
    '- Unsur dengan nilai tertinggi: {{ highest }}.',
  ].join('\n'),
  lhtlPendahuluan: [
    'Hasil survei baru bermanfaat bila ditindaklanjuti. Laporan ini mencatat tindak lanjut {{ unit }}',
    'atas hasil survei {{ period }}, mulai dari rencana sampai realisasi dan buktinya.',
  ].join('\n'),
  lhtlKesimpulan: '{{ unit }} telah menindaklanjuti {{ rtl.percent }} dari rencana tindak lanjut hasil survei {{ period }}.',
  // A period without a plan: nothing was followed up, and the text says so.
  lhtlKesimpulanTanpaRtl: 'Hasil survei {{ period }} tidak diikuti rencana tindak lanjut; tidak ada realisasi yang dilaporkan.',
};
