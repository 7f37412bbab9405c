/// Wraps the tagger and adds the Thai name written after a kin word or title: `พี่ต้อม`, `น้องเมย์`,
/// `ป้าสมศรี`, `ลุงจอย`, `นางสาวมาลี ใจดี`, `ด.ญ.ฝน` (titles: ``titleWords``).
///
/// Thai chat and case notes call people by a kin word and a nickname or given name, written on
/// with no space (`เมื่อวานเจอพี่ต้อมที่ตลาด`, "met elder-sibling Tom at the market yesterday").
/// The Thai model, trained on news, knows neither the frame nor most nicknames (`ต้อม`, `บีม`,
/// `นัท` are no words of its training text), and many nicknames are ordinary words (`นก` bird,
/// `ส้ม` orange, `ต้น` tree), so the name after the kin word stays visible.
///
/// A name is taken when the kin word (``kinWords``) is a whole word of the segmenter — not the
/// start of a longer one (`แม่น้ำ` river, `พ่อค้า` merchant, `พี่เลี้ยง` nanny, `อาหาร` food, `ตาราง`
/// table are words of its list) — and the word after it is no word that follows kin words rather
/// than names (``notNames``: `ชาย`, `สาว`, `ข้าง`, `ของ`…; a follower or ordinary word of
/// ``ThaiSurnameCompletion``, another kin word, a title), and no place of the lexicon (`แม่สาย`).
/// The kin word follows a word of the segmenter's list or no Thai letter (not `นิ|ป้า|ไวรัส`, a
/// foreign word spelt out). After the kin words that are other words too (``weakKinWords``: `ตา`
/// eye, `แม่` in `แม่พันธุ์` breeding stock) the name needs more evidence
/// (``hasNameEvidence(_:end:in:words:boundaries:)``).
/// The name runs over the segmenter's words up to the first that follows names, as a surname
/// does (``ThaiSurnameCompletion/extend(from:surnameStart:in:words:)``); the kin word stays
/// outside the mask, as a title does. Nothing is added where findings already cover every
/// letter of the name (the tagger's own person or place); one that covers only the kin word or
/// a piece of the name does not stop it (issue 15, session 34: `[น้อง]แพรวไปทำงาน` left the name).
///
/// Recall first: a kin word before a word that is no name (`น้องเล็ก`, the youngest) is masked
/// too when no list says otherwise — an extra mask, not a leak.
///
/// - Complexity: O(n) bytes scanned for kin words; each candidate segments at most
///   2 × ``ThaiSegmenter/window`` bytes, reused for the candidates after it in the same window.
package struct ThaiKinNames: Detector {
  package var id: String { inner.id }
  /// The wrapped detector.
  package let inner: any Detector
  private let lexicon: Lexicon

  package init(_ inner: any Detector, lexicon: Lexicon) {
    self.inner = inner
    self.lexicon = lexicon
  }

  /// Kin words that Thai writes before a name: elder and younger sibling, aunts and uncles,
  /// grandparents, mother, father; each also with the polite `คุณ` before it, which the
  /// segmenter's list holds as one word (`คุณแม่`, `คุณตา`: `ขอบ|คุณแม่|ต่าย`).
  static let kinWords: [String] = plainKinWords + plainKinWords.map { "คุณ" + $0 }
  /// The kin words as written without `คุณ`.
  static let plainKinWords: [String] = ["พี่", "น้อง", "ป้า", "ลุง", "น้า", "ยาย", "อา", "ตา", "แม่", "พ่อ"]

  /// Kin words that are also other words before ordinary ones (`ตาบวม` swollen eye, `แม่พันธุ์`
  /// breeding stock, `แม่อุ้มไก่` mother carried the hens, a mother called by `แม่` in a letter):
  /// the word after them is a name only with more evidence (``hasNameEvidence(_:end:in:words:boundaries:)``).
  static let weakKinWords: [String] = ["อา", "ตา", "แม่", "พ่อ", "คุณอา", "คุณตา", "คุณแม่", "คุณพ่อ"]

  /// Words after a kin word that say which relative, not who: sex, age and order, side of the
  /// family, step and in-law, newcomer (`น้องใหม่`) and guard (`ลุงยาม`), possession and place,
  /// pronouns, counting words.
  static let notNames: [String] = [
    "ชาย", "สาว", "ใหญ่", "คนโต", "คนเล็ก", "คนกลาง", "คน", "ใหม่", "ยาม", "ข้าง", "ตัว", "เขย", "สะใภ้", "เลี้ยง", "บุญธรรม",
    "แท้", "ร่วม", "ท่าน", "ทั้ง", "ทุก", "หลาย", "บาง", "ผม", "ฉัน", "เขา", "เรา", "หนู", "เธอ", "มัน", "แก", "ตัวเอง",
    "ของ", "ที่", "นี้", "นั้น", "โน้น", "ค้า", "ครัว", "บ้าน", "ยาย", "พี่", "น้อง", "ป้า", "ลุง", "น้า", "อา", "ตา",
    "แม่", "พ่อ", "หลาน", "ลูก", "เหลน", "ผู้", "จ๋า", "ครับ", "ค่ะ", "คะ", "นะ", "จ้ะ", "จ้า", "อย่า",
  ]

  /// Titles written onto the name (Mr, Mrs, Miss, girl, boy): as kin words are, except that a
  /// formal title also takes the surname after one space (`นางสาวมาลี ใจดี`), and a dotted one
  /// ends where its last dot does. The tagger often reads the title alone as the person (issue 15,
  /// session 34), and the person rules take titles in strict mode only.
  static let titleWords: [String] = ["นางสาว", "นาย", "นาง", "ด.ญ.", "ด.ช.", "น.ส."]

  /// ``kinWords`` and ``titleWords`` as bytes, longest first.
  static let kinBytes: [[UInt8]] = (kinWords + titleWords).map { Array($0.utf8) }.sorted { $0.count > $1.count }
  /// ``titleWords`` as bytes.
  static let titleBytes: [[UInt8]] = titleWords.map { Array($0.utf8) }
  /// ``weakKinWords`` as bytes.
  static let weakKinBytes: [[UInt8]] = weakKinWords.map { Array($0.utf8) }

  /// The Thai letters (E0 B8 80 … E0 B9 BF, by their last two bytes) a kin word starts with: a
  /// letter no kin word starts with is passed over without comparing the words (performance: on
  /// the Asian mix, the comparisons at every Thai letter cost 3% of the run; issue 16).
  static let kinFirstLetters: [Bool] = {
    var table = [Bool](repeating: false, count: 128)
    for kin in kinBytes where kin.count >= 3 && kin[0] == 0xE0 && (0xB8...0xB9).contains(kin[1]) {
      table[firstLetterIndex(kin[1], kin[2])] = true
    }
    return table
  }()

  /// The index of a Thai letter's last two bytes in ``kinFirstLetters``.
  @inline(__always) static func firstLetterIndex(_ second: UInt8, _ third: UInt8) -> Int {
    Int(second - 0xB8) << 6 | Int(third & 0x3F)
  }
  /// ``notNames`` as segmenter-word keys.
  static let notNameKeys = KeySet(words: notNames)

  package func detect(in text: AnalysisText, into findings: inout [Finding]) {
    inner.detect(in: text, into: &findings)
    let bytes = text.bytes
    var boundaries: [Int] = []
    var index = 0
    while index + 6 <= bytes.count {
      // Thai letters are E0 B8 xx / E0 B9 xx: skip every other byte at once.
      guard bytes[index] == 0xE0, bytes[index + 1] == 0xB8 || bytes[index + 1] == 0xB9 else {
        index += 1
        continue
      }
      if Self.kinFirstLetters[Self.firstLetterIndex(bytes[index + 1], bytes[index + 2])],
        let kin = Self.kinBytes.first(where: { matches($0, at: index, bytes) }),
        let words = ThaiSegmenter.words,
        let name = name(
          after: index..<(index + kin.count), weak: Self.weakKinBytes.contains(kin),
          title: Self.titleBytes.contains(kin), in: bytes, words: words, boundaries: &boundaries),
        !Self.isCovered(name, by: findings)
      {
        findings.append(Finding(kind: .person, range: name, score: 0.8, detector: id, explanation: "thai kin word"))
        index = name.upperBound
        continue
      }
      index += 3
    }
  }

  /// The name written after the kin word at `kin` (one of ``weakKinWords`` when `weak`, of
  /// ``titleWords`` when `title`), or nil when none is.
  func name(
    after kin: Range<Int>, weak: Bool, title: Bool = false, in bytes: UnsafeBufferPointer<UInt8>, words: KeySet,
    boundaries: inout [Int]
  ) -> Range<Int>? {
    let start = kin.upperBound
    // A dotted title (`ด.ญ.`) is no word of the segmenter: its last dot is the boundary.
    let dotted = bytes[start - 1] == UInt8(ascii: ".")
    guard ThaiSegmenter.letter(bytes, at: start) != nil, ThaiSegmenter.isClusterBoundary(bytes, kin.lowerBound),
      dotted || ThaiSegmenter.isClusterBoundary(bytes, start)
    else { return nil }
    // Segment once per window: the candidates after this one in the same run reuse it.
    if boundaries.isEmpty || kin.lowerBound < boundaries[0] || start + ThaiSegmenter.window / 2 > boundaries[boundaries.count - 1] {
      boundaries = ThaiSegmenter.wordBoundaries(bytes, around: start, words: words)
    }
    // The kin word is a word of its own, after a word of the list or no Thai letter: not a
    // piece of a foreign word spelt out in Thai (`นิ|ป้า|ไวรัส`, Nipah virus).
    guard let at = boundaries.firstIndex(of: start), at + 1 < boundaries.count else { return nil }
    // A dotted title is a word whatever stands before it; a kin word must be one of the
    // segmenter's after a word of its list or no Thai letter.
    if !dotted {
      guard let kinAt = boundaries.firstIndex(of: kin.lowerBound), kinAt + 1 == at else { return nil }
      if kinAt > 0, ThaiSegmenter.letter(bytes, at: kin.lowerBound - 3) != nil,
        !words.contains(FNV1a.add(FNV1a.basis, bytes[boundaries[kinAt - 1]..<kin.lowerBound]))
      {
        return nil
      }
    }
    let firstWord = start..<boundaries[at + 1]
    guard !Self.notNameKeys.contains(FNV1a.add(FNV1a.basis, bytes[firstWord])),
      !ThaiSurnameCompletion.endsName(at: firstWord.lowerBound, before: firstWord.upperBound, bytes)
    else { return nil }
    var end = ThaiSurnameCompletion.extend(from: start, surnameStart: start, in: bytes, words: words)
    guard end > start else { return nil }
    // A formal title's given name and, after one space, its surname.
    if title, let surnameEnd = ThaiSurnameCompletion.surnameEnd(of: kin.lowerBound..<end, in: bytes, words: words),
      surnameEnd > end
    {
      end = surnameEnd
    }
    if weak && !hasNameEvidence(firstWord, end: end, in: bytes, words: words, boundaries: boundaries) { return nil }
    // A place written with the kin word (`แม่สาย`, `แม่สอด`) or after it is no name.
    for place in [kin.lowerBound..<end, start..<end, kin.lowerBound..<firstWord.upperBound, firstWord] {
      let flags = lexicon.flags(ofFolded: UnsafeBufferPointer(rebasing: bytes[place]))
      if !flags.isDisjoint(with: .place) && flags.isDisjoint(with: .name) { return nil }
    }
    return start..<end
  }

  /// Whether the word after a weak kin word reads as a name: a piece of it is no word of the
  /// segmenter's list (`ต้อม`, `บี|ม`, `จตุ|ร|พร`: a phrase of words such as `อุ้ม|ไก่` or
  /// `พันธุ์|ดู|รา` is made of listed words only), the lexicon holds it as a given name, or it is one word followed at
  /// once by a word that follows names (`แม่นกบอกว่า`, `พ่อต้นไม่อยู่`; not `แม่อุ้มไก่ในบ้าน`,
  /// `แม่ขอบคุณรัก…`, two words of a phrase).
  func hasNameEvidence(
    _ firstWord: Range<Int>, end: Int, in bytes: UnsafeBufferPointer<UInt8>, words: KeySet, boundaries: [Int]
  ) -> Bool {
    var piece = boundaries.firstIndex(of: firstWord.lowerBound) ?? boundaries.count
    while piece + 1 < boundaries.count && boundaries[piece + 1] <= end {
      if !words.contains(FNV1a.add(FNV1a.basis, bytes[boundaries[piece]..<boundaries[piece + 1]])) { return true }
      piece += 1
    }
    for name in [firstWord, firstWord.lowerBound..<end]
    where lexicon.flags(ofFolded: UnsafeBufferPointer(rebasing: bytes[name])).contains(.givenName) {
      return true
    }
    guard firstWord.upperBound == end, ThaiSegmenter.letter(bytes, at: end) != nil,
      let next = boundaries.firstIndex(of: end), next + 1 < boundaries.count
    else { return false }
    return ThaiSurnameCompletion.endsName(at: end, before: boundaries[next + 1], bytes)
  }

  /// Whether the findings together cover every byte of `name`. A finding that covers only the
  /// kin word (`[น้อง]แพรวไปทำงาน`, the tagger reading the kin word as the person) or a piece of the
  /// name leaves the rest visible: the name is added, and the overlap resolver joins the two.
  static func isCovered(_ name: Range<Int>, by findings: [Finding]) -> Bool {
    var covered = name.lowerBound
    // Few findings touch a name: take the one reaching furthest from the covered point until
    // none does.
    while covered < name.upperBound {
      var reach = covered
      for finding in findings where finding.range.lowerBound <= covered && finding.range.upperBound > reach {
        reach = finding.range.upperBound
      }
      guard reach > covered else { return false }
      covered = reach
    }
    return true
  }

  private func matches(_ word: [UInt8], at index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    index + word.count <= bytes.count && bytes[index..<(index + word.count)].elementsEqual(word)
  }
}
