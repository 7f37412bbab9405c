extension LanguageGuesser {
  /// Whether a Latin run's first words (lexicon keys of their folded forms) are Vietnamese:
  /// at least three Vietnamese function words (`cua`, `khong`, `duoc`, `nguoi`…, which folding
  /// gives the same with or without diacritics) making a quarter of the words; or, for short
  /// lines, at least one syllable of a shape only Vietnamese has (``syllableKeys``) and, with the
  /// function words, half of the words (`Mùa thu ở miền bắc rất đẹp`, `a tuan o ha noi goi e`);
  /// or words nearly all Vietnamese syllables, several of a shape no English, Indonesian or
  /// Tagalog word has (``VietnameseSyllables/readsAsVietnamese(_:)``).
  /// Vietnamese has no tagger model: the English one masked titles, place words, whole chat
  /// lines and ordinary words there ("Tin đồn lan truyền", "Giá vàng", "Biển": a third of the
  /// hard negatives of `Fixtures/eval/vi2`), so such runs are left to ``VietnameseNameRules``
  /// and ``VietnamesePlaceRules``.
  static func isVietnamese(_ words: [UInt64]) -> Bool {
    // The sets read once, not per word (a `swift_once` each: this runs for every Latin run).
    let filter = VietnameseLexicon.listedKeyFilter
    let functionWordKeys = VietnameseLexicon.functionWordKeys
    let syllableKeys = vietnameseSyllableKeys
    var hits = 0
    var shaped = 0
    for word in words {
      if VietnameseLexicon.mayBeListed(word, in: filter), functionWordKeys.contains(word) {
        hits += 1
      } else if syllableKeys.contains(word) {
        shaped += 1
      }
    }
    if hits >= 3 && hits * 4 >= words.count { return true }
    // A longer line with fewer function words (news: "tại cửa khẩu nghi lộc, lực lượng chức
    // năng phát hiện…" has three in nineteen words) is Vietnamese when such syllables make up
    // a third of it.
    if shaped >= 2 && hits + shaped >= 4 && (hits + shaped) * 3 >= words.count { return true }
    if shaped >= 1 && hits + shaped >= 2 && (hits + shaped) * 2 >= words.count { return true }
    // Typed without diacritics and with few function words (short chat: "ai biet vui phong ko
    // a"): read by the shape of its syllables.
    return VietnameseSyllables.readsAsVietnamese(words)
  }

  /// Common Vietnamese syllables, folded, whose shape no English, Indonesian, Malay, Tagalog or
  /// romanised Hindi word has (onsets ng/ngh/nh/kh/tr before Vietnamese rhymes; rhymes uo/uoi/
  /// ie/uy/oai; the coda nh), written for this project. Family names are not here: an English
  /// text may name a Vietnamese person.
  private static let vietnameseSyllableKeys = KeySet(words: [
    "nghe", "nghiep", "nghi", "nghia", "nghiem", "nguoc", "ngoai", "ngay", "ngu", "nguy", "nhanh", "nhung",
    "nhieu", "nhe", "nhu", "nhan", "nho", "nhat", "nhin", "nhom", "nhanh", "nhac", "nhuoc", "khoe", "khen",
    "khi", "kho", "khac", "khach", "khoang", "khoi", "khuyen", "truyen", "tren", "truoc", "tro", "tranh",
    "trai", "trau", "troi", "tien", "viec", "dieu", "hieu", "yeu", "muon", "cuoc", "nuoc", "thuoc", "buoc",
    "thuong", "chuong", "mien", "bien", "dien", "tieng", "thoai", "thay", "chay", "xay", "roi", "moi", "doi",
    "chua", "vua", "thich", "chung", "xong", "giai", "giua", "chuyen", "quyen", "tuyen", "xuyen", "suot",
    "xoi", "rat", "dep", "hom", "biet", "manh", "loai", "tinh", "canh", "danh", "lanh", "sinh", "xinh",
    "khanh", "hanh", "thuoc", "huong", "nhung", "dung", "muoi", "cuoi", "tuoi", "buoi", "nguoi", "khong",
    "duoc", "cua", "voi", "ruou", "ngoan", "thuong", "khuya", "thuy", "huyen", "luon", "cuon", "muon",
    "suong", "vuong", "ruong", "giuong", "nuong", "truong", "phuong", "duong", "luong", "dau", "dc", "hok",
    "vay", "oi", "thoi", "giup", "gium", "tre", "giay",
    // Syllables of police and court news (lực lượng chức năng, vượt biên, khởi tố, quyết định,
    // giải cứu, chuẩn, xuất, nhập, buôn, viện, đối tượng), none an English, Indonesian, Tagalog
    // or romanised Hindi word (`nang`, `phat`, `bat` are).
    "luc", "chuc", "vuot", "chieu", "khau", "khoi", "quyet", "cuu", "chuan", "xuat", "nhap", "buon", "vien",
    "tuong", "khach", "toa", "muc",
    // Chat: `alo`, `xe` ("vehicle": bến xe, đi xe), `ko`/`hok` ("not").
    "alo", "xe", "ko",
  ])
}
