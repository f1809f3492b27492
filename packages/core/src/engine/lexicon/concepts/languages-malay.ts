/**
 * Plans written in Indonesian or Malay, wholly or mixed with English as teams in Jakarta and Kuala
 * Lumpur write them: the sentence words for the same concepts, appended after the other languages'
 * groups of each family. Labels and headings live with the other aliases in `plan/concepts.ts`.
 */
import type { Group, Tag } from '../types.js';

export const malayLanguages: Partial<Record<Tag, readonly Group[]>> = {
  rationale: [
    {
      why: 'The reason for a number in Indonesian and Malay: "karena", "berdasarkan", "kenapa", a price list, last year\'s price.',
      phrases: ['karena', 'kerana', 'sebab', 'berdasarkan', 'alasan*', 'kenapa', 'mengapa', 'daftar harga', 'senarai harga', 'harga pasar|pasaran', 'harga beli', 'harga tahun lalu', 'tahun lalu'],
      examples: ['Kenapa buka di Rp 55 jt/unit: itu harga beli kita tahun lalu.', 'Harga ini berdasarkan daftar harga 2025.'],
    },
  ],
  'price-challenge': [
    {
      why: 'What a seller hears in Indonesian and Malay: too expensive, someone is cheaper.',
      side: 'seller',
      phrases: ['terlalu mahal', 'kemahalan', 'mahal sangat', 'lebih murah', 'harga … lebih rendah'],
      examples: ['Kalau mereka bilang kita terlalu mahal', 'Kompetitor lebih murah 10%.'],
    },
    {
      why: 'What a buyer hears in Indonesian and Malay: our offer is too low.',
      side: 'buyer',
      phrases: ['terlalu rendah', 'terlalu murah', 'terlalu kecil', 'di bawah harga pokok|modal'],
      examples: ['Kalau Pak Agus bilang harga kita terlalu rendah'],
    },
  ],
  desperation: [
    {
      why: 'Over-investment in Indonesian and Malay: "harus dapat", "tidak boleh kalah".',
      phrases: ['harus dapat|menang deal|proyek|kontrak ini?', 'tidak|nggak|gak boleh kalah|lepas', 'apa pun caranya', 'bagaimanapun caranya'],
      examples: ['Kita harus dapat deal ini apa pun caranya.'],
    },
  ],
  give: [
    {
      why: 'What we give in Indonesian and Malay: a discount, something free.',
      phrases: ['diskon', 'potongan harga', 'gratis', 'percuma', 'kami|kita kasih|berikan|tambah', 'turun|turunkan harga', 'naik rp|#'],
      examples: ['Kita kasih diskon 3% kalau mereka bayar di muka.'],
    },
  ],
  get: [
    {
      why: 'What we get in return in Indonesian and Malay: "dengan syarat", "sebagai gantinya", "asal", "kalau mereka …".',
      phrases: ['dengan syarat', 'sebagai gantinya|imbalan', 'imbal balik', 'asal|asalkan mereka', 'kalau|jika|asal mereka|supplier|vendor setuju|bayar|kasih|komit', 'kalau|jika|asal mereka tanda tangan'],
      examples: ['Diskon 2% dengan syarat kontrak 3 tahun.'],
    },
  ],
  alternative: [
    {
      why: 'What we do without the deal in Indonesian and Malay.',
      phrases: ['kalau|jika deal|kesepakatan nggak|tidak|gak jalan|jadi|tercapai', 'kalau|jika gagal', 'rencana b', 'kita|kami ambil|pilih penawaran'],
      examples: ['Kalau deal nggak jalan, kita ambil penawaran PT Barista Supply.'],
    },
  ],
  withhold: [
    {
      why: 'Keeping something back in Indonesian and Malay: "jangan bilang", "rahasiakan", "nanti saja".',
      phrases: ['jangan bilang|sebut', 'jangan kasih tahu', 'rahasiakan', 'simpan dulu', 'jangan dibuka dulu'],
      examples: ['Soal kebijakan ini jangan bilang dulu sampai harga deal.'],
    },
  ],
  hedge: [
    {
      why: 'Guesses about the other side in Indonesian and Malay: "sepertinya", "mungkin", "kayaknya".',
      phrases: ['sepertinya', 'kayaknya', 'kelihatannya', 'mungkin mereka|supplier|vendor', 'saya kira|rasa', 'kami|kita kira', 'barangkali'],
      examples: ['Sepertinya MKP masih punya stok.'],
    },
  ],
  verify: [
    {
      why: 'Checking a guess in Indonesian and Malay: "cek", "tanyakan", "pastikan".',
      phrases: ['perlu dicek', 'tanyakan', 'pastikan', 'konfirmasi', 'cek dulu'],
      examples: ['Asumsi yang perlu dicek'],
    },
  ],
  'decision-maker': [
    {
      why: 'The one who decides or signs in Indonesian and Malay: "yang memutuskan", "pengambil keputusan", "tanda tangan".',
      phrases: ['yang memutuskan', 'pengambil keputusan', 'pembuat keputusan', 'yang tanda tangan', 'wajib co sign'],
      examples: ['Yang memutuskan: Pak Hendra Wijaya, COO.'],
    },
  ],
  budget: [
    {
      why: 'Money set aside, in Indonesian and Malay: "anggaran", "bajet".',
      phrases: ['anggaran', 'bajet'],
      examples: ['Anggaran yang disetujui: Rp 4 M di CAPEX 2025.'],
    },
  ],
  timeline: [
    {
      why: 'Deadlines in Indonesian and Malay: "paling lambat", "tenggat", "sebelum".',
      phrases: ['paling lambat', 'tenggat', 'batas waktu', 'tarikh akhir'],
      examples: ['PO paling lambat 15 Desember.'],
    },
  ],
  needs: [
    {
      why: 'Why they buy, in Indonesian and Malay: needs.',
      phrases: ['kebutuhan', 'keperluan', 'butuh', 'perlukan'],
      examples: ['Kebutuhan mereka: volume besar dan pembayaran cepat.'],
    },
  ],
};
