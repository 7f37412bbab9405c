/// Wraps the tagger and carries a Thai person finding to the end of the surname it stops inside.
///
/// Thai writes a name as given name, one space, surname (`นายนิสิต สินธุไพร`), and the surname
/// runs straight into the next word (`สินธุไพรแกนนำ`, "Sinthuphrai, leader of…"). A Thai surname
/// is a compound of ordinary words and Pali–Sanskrit pieces (`สินธุ|ไพร`, `แหลม|ผัก|แว่น`,
/// `กิตติ|อำพน`), and the model, reading the segmenter's words, often ends the name at one of
/// them: `[นายนิสิต สินธุ]ไพร…` leaves the last piece of the surname visible, which is enough to
/// find the family again. So a person finding whose last space-separated word is Thai and ends
/// between two Thai letters goes on over the next segmenter words, up to the first word that
/// follows names rather than forms them (a verb of saying, an office, an age, a kin word, a
/// function word: ``followers`` and the Thai ordinary-word list), the end of the Thai run, or
/// ``longestSurname`` letters. A titled given name found alone (`[นางสาวิณี] ปะการะนัง`) takes the
/// Thai word after its space the same way. A surname the finding gives no start of — after an
/// untitled one-word finding and a space, or written onto a titled given name — is taken only
/// when it reads as one (``hasSurnameEvidence(_:in:words:)``).
///
/// Recall first: an unknown word after a surname is taken with it (an extra mask, not a leak).
///
/// - Complexity: O(w × ``ThaiSegmenter/maximumWordClusters``) per Thai person finding, w the
///   bytes of ``ThaiSegmenter/window`` segmented once around its end (twice more when a one-word
///   or titled finding is followed by a surname candidate, to read its first word).
package struct ThaiSurnameCompletion: Detector {
  package var id: String { inner.id }
  /// The wrapped detector.
  package let inner: any Detector
  /// Thai surnames listed as such: evidence for a surname the finding gives no start of.
  let lexicon: Lexicon?

  package init(_ inner: any Detector, lexicon: Lexicon? = nil) {
    self.inner = inner
    self.lexicon = lexicon
  }

  /// The most Thai letters (scalars) a surname is taken to, from its first letter.
  static let longestSurname = 18

  /// Words that follow a name in Thai and never end one: verbs of saying and reporting, common
  /// verbs and auxiliaries, offices and roles (abbreviations without their dots), kin words, age,
  /// conjunctions and prepositions.
  static let followers: [String] = [
    // saying, reporting
    "กล่าว", "เปิดเผย", "เผย", "แถลง", "ระบุ", "ยืนยัน", "ชี้แจง", "ตอบ", "บอก", "อธิบาย", "ให้สัมภาษณ์", "ให้การ",
    "ยอมรับ", "ปฏิเสธ", "เสนอ", "ประกาศ", "รายงาน", "ย้ำ", "เตือน", "ชี้", "อ้าง", "แจ้ง", "โพสต์", "เล่า", "ถาม",
    "พูด", "สั่ง", "ขอ", "ร้อง", "วอน", "เรียกร้อง", "ยอม", "ทรง", "โทร",
    // verbs and auxiliaries
    "ได้", "ไม่", "จะ", "ยัง", "ก็", "ไป", "มี", "เป็น", "คือ", "ถูก", "เคย", "กำลัง", "ต้อง", "จึง", "ซึ่ง", "ที่",
    "ว่า", "ให้", "เข้า", "ออก", "เดินทาง", "พร้อม", "เสียชีวิต", "ป่วย", "อาศัย", "ทำงาน", "เกิด", "ตาย", "หนี", "หาย",
    // conjunctions, prepositions
    "และ", "หรือ", "กับ", "ของ", "จาก", "ใน", "ด้วย", "เพื่อ", "ตั้งแต่", "หลังจาก", "ส่วน", "โดย", "แต่", "เมื่อ",
    "หลัง", "ขณะ",
    // offices and roles
    "อายุ", "ผู้", "นัก", "คณะ", "คณบดี", "รอง", "ประธาน", "อดีต", "รมว", "รมช", "รัฐมนตรี", "เลขาธิการ", "เลขานุการ", "หัวหน้า", "ผู้อำนวยการ",
    "ผู้ว่า", "ผู้ว่าราชการ", "ผวจ", "ผกก", "ผบก", "ผบช", "ผบ", "สวป", "สว", "สส", "อธิบดี", "ปลัด", "โฆษก", "แกนนำ",
    "ที่ปรึกษา", "กรรมการ", "กรรมาธิการ", "ผู้จัดการ", "ผู้ช่วย", "ผู้ต้องหา", "ผู้ตาย", "ผู้เสียหาย", "ผู้ป่วย",
    "ผู้บัญชาการ", "ผู้กำกับ", "ผู้ใหญ่บ้าน", "กำนัน", "พนักงาน", "ร้อยเวร", "สารวัตร", "รักษาการ", "ทนายความ",
    "เจ้าหน้าที่", "เจ้าอาวาส", "เจ้าของ", "นักธุรกิจ", "นักแสดง", "นักร้อง", "นักการเมือง", "นักข่าว", "นักศึกษา",
    "นักเรียน", "นายกรัฐมนตรี", "สมาชิก", "ตัวแทน", "อาจารย์", "แพทย์", "ครู", "ชาวบ้าน", "ประชาชน",
    // kin
    "ลูก", "ลูกชาย", "ลูกสาว", "บุตร", "บุตรสาว", "บุตรชาย", "ภรรยา", "สามี", "พ่อ", "แม่", "บิดา", "มารดา", "หลาน",
  ]

  /// ``followers`` as segmenter-word keys.
  static let followerKeys = KeySet(words: followers)


  package func detect(in text: AnalysisText, into findings: inout [Finding]) {
    let first = findings.count
    inner.detect(in: text, into: &findings)
    let bytes = text.bytes
    // The word list is read on the first Thai name only: English text never loads it.
    for index in first..<findings.count
    where findings[index].kind == .person && ThaiSegmenter.letter(bytes, at: findings[index].range.upperBound - 3) != nil {
      guard let words = ThaiSegmenter.words else { return }
      let range = findings[index].range
      if let end = Self.surnameEnd(of: range, in: bytes, words: words)
        ?? untitledPairEnd(of: range, in: bytes, words: words) ?? runOnSurnameEnd(of: range, in: bytes, words: words)
      {
        findings[index].range = findings[index].range.lowerBound..<end
      }
    }
  }

  /// Where the surname that `range` stops inside (or, after a titled given name, starts after it)
  /// ends; nil when there is nothing to add.
  static func surnameEnd(of range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, words: KeySet) -> Int? {
    let end = range.upperBound
    guard end > range.lowerBound, ThaiSegmenter.letter(bytes, at: end - 3) != nil else { return nil }
    var space = end - 1
    while space > range.lowerBound && bytes[space] != UInt8(ascii: " ") { space -= 1 }
    if space > range.lowerBound {
      // Given name and the start of a surname: go on only from inside the Thai run.
      guard ThaiSegmenter.letter(bytes, at: end) != nil, ThaiSegmenter.letter(bytes, at: space + 1) != nil else {
        return nil
      }
      let taken = extend(from: end, surnameStart: space + 1, in: bytes, words: words)
      return taken > end ? taken : nil
    }
    // A titled given name alone, then one space and a Thai word: its surname.
    guard end + 1 < bytes.count, bytes[end] == UInt8(ascii: " "), ThaiSegmenter.letter(bytes, at: end + 1) != nil,
      startsWithTitle(range, bytes)
    else { return nil }
    let taken = extend(from: end + 1, surnameStart: end + 1, in: bytes, words: words)
    return taken > end + 1 ? taken : nil
  }

  /// The end of the surname that starts at `surnameStart`, taken over whole segmenter words from
  /// `position` (a point inside it, or its start); `position` when what the finding holds of it
  /// is no whole word, or holds a word that follows names (`… ประธาน`, `นายสมศักดิ์ กล่าวว่า`).
  static func extend(from position: Int, surnameStart: Int, in bytes: UnsafeBufferPointer<UInt8>, words: KeySet) -> Int {
    let boundaries = ThaiSegmenter.wordBoundaries(
      bytes, around: position, words: words, prefixes: ThaiSegmenter.wordPrefixes)
    guard var at = boundaries.firstIndex(where: { $0 >= position }),
      let first = boundaries.firstIndex(of: surnameStart), first + 1 < boundaries.count
    else { return position }
    if position > surnameStart {
      // The words already taken: three letters or half of the first word at least (less is the
      // tagger running a letter into the next word: `รัตนากร ค…`), none that follows names.
      let firstEnd = boundaries[first + 1]
      let taken = position - surnameStart
      guard firstEnd <= position || taken >= 3 * 3 || 2 * taken >= firstEnd - surnameStart,
        !(first..<at).contains(where: { endsName(at: boundaries[$0], before: boundaries[$0 + 1], bytes) })
      else { return position }
    } else if endsName(at: surnameStart, before: boundaries[first + 1], bytes) {
      return position
    }
    // Never past a follower written into the run, wherever the segmenter put its words.
    let limit = followerInRun(after: position, surnameStart: surnameStart, bytes)
    var end = boundaries[at]
    while at + 1 < boundaries.count {
      let next = boundaries[at + 1]
      guard ThaiSegmenter.letter(bytes, at: end) != nil, !endsName(at: end, before: next, bytes) else { break }
      // A word that runs into the follower (`เรือง|รอง` read as `เรืองรอง`) is taken up to it.
      if next > limit {
        end = max(end, limit)
        break
      }
      end = next
      at += 1
    }
    return end
  }

  /// The first byte after `position`, within ``longestSurname`` letters of `surnameStart`, where
  /// a follower of three letters or more or a title starts, or the end of that stretch.
  static func followerInRun(after position: Int, surnameStart: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let stop = surnameStart + 3 * longestSurname
    var index = position
    while index < stop, ThaiSegmenter.letter(bytes, at: index) != nil {
      if index > position && ThaiSegmenter.isClusterBoundary(bytes, index)
        && (startsWithTitle(index..<bytes.count, bytes, inRun: true) || startsWithLongFollower(index, bytes))
      {
        return index
      }
      index += 3
    }
    return min(index, stop)
  }

  /// Whether the segmenter word `start..<end` follows names rather than forms them: a follower
  /// or an ordinary word, a word that starts with a follower of three letters or more
  /// (`กล่าวว่า`), a title (the next name's), or a dotted abbreviation (`ผกก.`).
  static func endsName(at start: Int, before end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let key = FNV1a.add(FNV1a.basis, bytes[start..<end])
    if followerKeys.contains(key) || IndicThaiTaggerFilter.Lists.bundled?.thai.contains(key) == true { return true }
    if isAbbreviation(at: start, bytes) || startsWithTitle(start..<bytes.count, bytes) { return true }
    return startsWithLongFollower(start, bytes)
  }

  /// Whether a follower of three letters or more starts at `start`.
  static func startsWithLongFollower(_ start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    longFollowers.contains { follower in
      start + follower.count <= bytes.count && bytes[start..<(start + follower.count)].elementsEqual(follower)
    }
  }

  /// The ``followers`` of three letters or more, as bytes: a segmenter word that starts with one
  /// is a follower with more written onto it.
  private static let longFollowers: [[UInt8]] = followers.map { Array($0.utf8) }.filter { $0.count >= 9 }

  /// Whether a short run of Thai letters ending in a dot starts at `index` (`ผกก.`, `รมว.`).
  static func isAbbreviation(at index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var probe = index
    while ThaiSegmenter.letter(bytes, at: probe) != nil && probe - index < 4 * 3 { probe += 3 }
    return probe < bytes.count && bytes[probe] == UInt8(ascii: ".")
  }

  /// Whether `range` starts with a Thai title (`นาย`, `พ.ต.อ.`); `inRun`: not `คุณ`, which
  /// also ends surnames (`…คุณ`), as a title inside a run of letters.
  static func startsWithTitle(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, inRun: Bool = false) -> Bool {
    // The longest title written there must leave letters after it: `นางสาว` alone is no `นาง`
    // before a name `สาว`.
    guard
      let title = PersonContextWords.thaiTitleBytes.first(where: { title in
        range.lowerBound + title.count <= bytes.count
          && bytes[range.lowerBound..<(range.lowerBound + title.count)].elementsEqual(title)
      })
    else { return false }
    return !(inRun && title == khun) && range.lowerBound + title.count < range.upperBound
  }

  private static let khun = Array("คุณ".utf8)
}
