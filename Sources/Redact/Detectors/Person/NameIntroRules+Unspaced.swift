/// The name after a phrase in the scripts that write no space between words: Thai, Khmer, Burmese,
/// Korean (a name glued to its copula), Japanese and Chinese. The name ends at a closing word
/// (`ครับ`, `ពិត`, `ပါ`, `입니다`, `です`) or at punctuation or a space, within a few syllables; a
/// candidate that starts with a negation, pronoun or common word is refused.
extension NameIntroRules {
  // MARK: - Thai and Khmer

  /// Words after `ชื่อ` that say which name follows (nickname, real name, full name).
  static let thaiNameKinds = ["เล่น", "จริง", "เต็ม"]
  static let thaiLinkers = ["ว่า", "คือ"]
  /// Words that end a Thai name: polite particles, "age", "from", "is", "lives", "and"…
  static let thaiClosers = [
    "ครับ", "คับ", "ค่ะ", "คะ", "ค่า", "จ้ะ", "จ้า", "จ๊ะ", "นะ", "น่ะ", "อายุ", "มาจาก", "เป็น", "อยู่", "และ", "ซึ่ง",
    "จาก", "เกิด", "ทำงาน", "ไม่", "แต่", "หรือ", "นามสกุล", "เรียน", "แล้ว",
  ]
  /// Words after `ชื่อ` that make it no name: negation, "what", "reputation" (ชื่อเสียง), "company",
  /// "shop", "of", places, "sign in" (ลงชื่อเข้า…), "user" (ชื่อผู้ใช้), pronouns.
  static let thaiStopPrefixes = [
    "ไม่", "อะไร", "เสียง", "บริษัท", "ร้าน", "ของ", "นี้", "นั้น", "ใน", "ที่", "เรื่อง", "หมู่บ้าน", "จังหวัด", "ถนน", "โรง",
    "วัด", "อำเภอ", "ตำบล", "ไว้", "ด้วย", "เดิม", "ใคร", "คน", "บัญชี", "เฟส", "ไลน์", "ผู้", "หนัง", "เพลง", "ภาษา",
    "สินค้า", "ยา", "แบรนด์", "ทีม", "เมือง", "ประเทศ", "สถาน", "กลุ่ม", "งาน", "เรา", "เขา", "เธอ", "ผม", "ฉัน", "หนู",
    "ตัว", "บ้าน", "ถูก", "ก็", "ได้", "เลย", "ให้", "จะ", "ต้อง", "เข้า", "ลูก", "ครับ", "ค่ะ", "คะ", "ดัง", "ก้อง",
    "เสีย", "ย่อ", "เรียก", "ตำแหน่ง", "สกุล", "ภาพ", "โครงการ", "หนังสือ", "ไฟล์", "ตัวเอง", "ละคร", "รุ่น", "วง",
  ]

  /// Whether `ชื่อ` at `range` is the word "name" of a person: not the end of `เชื่อ` ("believe",
  /// a leading vowel before it), and not in `ขึ้นชื่อ` ("famous for"), `เข้าชื่อ` ("co-sign"),
  /// `รายชื่อ` ("list of names"), `ลงชื่อ` ("sign") or `นำชื่อ` ("used the name of": a brand's,
  /// a company's; 31 letters of the Thai dev set).
  static func thaiStandsAlone(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let before = UTF8Scalars.scalar(bytes, before: range.lowerBound) else { return true }
    if (0x0E40...0x0E44).contains(before.value) { return false }
    return !thaiWordsBeforeOtherNames.contains { word in
      range.lowerBound >= word.count && bytes[(range.lowerBound - word.count)..<range.lowerBound].elementsEqual(word)
    }
  }

  static let thaiWordsBeforeOtherNames: [[UInt8]] = ["ขึ้น", "เข้า", "ราย", "ลง", "นำ"].map { Array($0.utf8) }
  static let khmerLinkers = ["របស់ខ្ញុំ", "របស់គាត់", "របស់នាង", "ខ្ញុំ", "គឺ", "ថា"]
  static let khmerClosers = ["ទេ", "ហើយ", "អាយុ", "មកពី", "នៅ", "ជា", "និង", "បាទ", "ចាស"]
  static let khmerStopPrefixes = ["មិន", "អ្វី", "ទេ", "នេះ", "នោះ", "អី"]

  /// The name after `ชื่อ` or `ឈ្មោះ`: one word glued or after spaces, up to a closing word,
  /// and a second word (the surname) when it ends the clause.
  func gluedName(after start: Int, _ phrase: Phrase, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    let thai = phrase.language == .thai
    let (scalars, offsets) = Window.scalars(from: start, in: bytes, limit: Self.window)
    var index = 0
    func skipSpaces() { while index < scalars.count && scalars[index] == " " { index += 1 } }
    func skip(_ words: [String]) {
      var skipped = true
      while skipped {
        skipped = false
        for word in words where Self.hasPrefix(scalars, at: index, word) {
          index += word.unicodeScalars.count
          skipped = true
        }
      }
    }
    if thai {
      skip(Self.thaiNameKinds)
      skipSpaces()
      skip(Self.thaiLinkers)
    } else {
      skip(Self.khmerLinkers)
    }
    skipSpaces()
    let closers = thai ? Self.thaiClosers : Self.khmerClosers
    let stops = thai ? Self.thaiStopPrefixes : Self.khmerStopPrefixes
    guard index < scalars.count, !stops.contains(where: { Self.hasPrefix(scalars, at: index, $0) }) else { return nil }
    let nameStart = index
    guard let firstEnd = Self.wordEnd(scalars, from: index, closers: closers), firstEnd - index >= 2 else { return nil }
    var nameEnd = firstEnd
    // A surname after one space, when the clause (or the text) ends after it, or a closing word
    // follows (after spaces or not).
    if firstEnd < scalars.count, scalars[firstEnd] == " ", firstEnd + 1 < scalars.count,
      !stops.contains(where: { Self.hasPrefix(scalars, at: firstEnd + 1, $0) }),
      !closers.contains(where: { Self.hasPrefix(scalars, at: firstEnd + 1, $0) }),
      let secondEnd = Self.wordEnd(scalars, from: firstEnd + 1, closers: closers), secondEnd - firstEnd - 1 >= 2
    {
      var after = secondEnd
      while after < scalars.count && scalars[after] == " " { after += 1 }
      if after == scalars.count || Window.isPunctuation(scalars[after]) || Self.closes(scalars, at: after, closers) {
        nameEnd = secondEnd
      }
    }
    return offsets[nameStart]..<offsets[nameEnd]
  }

  /// Where a glued word that starts at `start` ends: at a space, punctuation or closing word,
  /// within 20 scalars; nil when none comes (a clause this rule cannot cut).
  static func wordEnd(_ scalars: [Unicode.Scalar], from start: Int, closers: [String]) -> Int? {
    var index = start
    while index < scalars.count && index - start <= 20 {
      let scalar = scalars[index]
      if scalar == " " || Window.isPunctuation(scalar) || !scalar.properties.isAlphabetic && !Self.isMark(scalar) {
        return index
      }
      if index > start && closes(scalars, at: index, closers) { return index }
      index += 1
    }
    return index == scalars.count ? index : nil
  }

  /// Whether a closing word starts at `index`. One of two scalars or fewer (`นะ`, `ជា`) closes
  /// only where its word ends (a space, punctuation, the end), since names hold such syllables.
  static func closes(_ scalars: [Unicode.Scalar], at index: Int, _ closers: [String]) -> Bool {
    closers.contains { closer in
      guard hasPrefix(scalars, at: index, closer) else { return false }
      let count = closer.unicodeScalars.count
      let end = index + count
      return count >= 3 || end == scalars.count || scalars[end] == " " || Window.isPunctuation(scalars[end])
    }
  }

  static func isMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: true
    default: false
    }
  }

  static func hasPrefix(_ scalars: [Unicode.Scalar], at index: Int, _ word: String) -> Bool {
    var position = index
    for scalar in word.unicodeScalars {
      guard position < scalars.count, scalars[position] == scalar else { return false }
      position += 1
    }
    return true
  }

  // MARK: - Burmese

  /// Particles after `နာမည်` ("name") before the name: topic and subject markers.
  static let burmeseLinkers: Set<String> = ["က", "ဟာ", "ကတော့", "တော့"]
  /// Words that close a Burmese name: polite ending, "is", reported speech, "called".
  static let burmeseClosers: Set<String> = ["ပါ", "ဖြစ်", "တဲ့", "လို့", "ဆို", "ခေါ်", "ပဲ", "ရယ်", "ပေါ့", "ဗျ", "ရှင့်"]
  /// Syllables that cannot start a name there: "what", "which", "importance", "not".
  static let burmeseStops: Set<String> = ["ဘာ", "ဘယ်", "အရေး", "မ", "မသိ", "မှ", "ကို", "တော့"]

  /// The syllables after `နာမည်` up to a closing word or the end of the phrase.
  func burmeseName(after start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    let end = min(bytes.count, start + Self.window)
    let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
    var syllables: [MyanmarSyllables.Syllable] = []
    var runStarts: Set<Int> = []
    // The phrase's own clause: up to ။ or the end of the window; spaces join its runs.
    var clauseEnd = slice.count
    for (index, byte) in slice.enumerated() where byte == 0xE1 && index + 2 < slice.count {
      if slice[index + 1] == 0x81 && (slice[index + 2] == 0x8B || slice[index + 2] == 0x8A) {
        clauseEnd = index
        break
      }
    }
    for run in MyanmarSyllables(UnsafeBufferPointer(rebasing: slice[0..<clauseEnd])).runs {
      runStarts.insert(syllables.count)
      syllables += run
    }
    if syllables.contains(where: { $0.text == "ဘူး" }) { return nil }  // a negated clause
    var index = 0
    if index < syllables.count && Self.burmeseLinkers.contains(syllables[index].text) { index += 1 }
    // A name right after the phrase (glued) or after a space.
    guard index < syllables.count, !Self.burmeseStops.contains(syllables[index].text) else { return nil }
    let first = index
    while index < syllables.count && index - first < 5 && !Self.burmeseClosers.contains(syllables[index].text) {
      if index > first && runStarts.contains(index) && !BurmeseNameRules.nameSyllables.contains(syllables[index].text) {
        break
      }
      index += 1
    }
    guard index > first else { return nil }
    return (start + syllables[first].range.lowerBound)..<(start + syllables[index - 1].range.upperBound)
  }

  // MARK: - Korean

  /// Copula endings glued to a Korean name (`민지입니다`, `민지예요`, `민지라고`), longest first.
  static let koreanCopulas = ["이라고", "입니다", "이에요", "이예요", "예요", "에요", "이야", "이다", "이고", "인데", "라고", "야"]
  /// Words after `이름은` or `저는` that are no name.
  static let koreanStops: Set<String> = ["비밀", "뭐", "무엇", "누구", "아무", "모르", "없", "중요", "가명", "익명"]

  /// The Hangul word after `이름은` or `저는`, less its copula: two to four syllables, with the
  /// copula or a comma after them. After `저는` the copula must be there and the word must be no
  /// common noun or verb (`저는 학생입니다`); after `이름은` the phrase says a name follows, so a
  /// name that is also a word (`수민`, `경숙`) is taken.
  func koreanName(after start: Int, _ phrase: Phrase, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    let (scalars, offsets) = Window.scalars(from: start, in: bytes, limit: 64)
    var index = 0
    while index < scalars.count && scalars[index] == " " { index += 1 }
    guard index > 0 else { return nil }
    let first = index
    while index < scalars.count && (0xAC00...0xD7A3).contains(scalars[index].value) { index += 1 }
    let word = String(String.UnicodeScalarView(scalars[first..<index]))
    guard index == scalars.count || scalars[index] == " " || Window.isPunctuation(scalars[index]) else { return nil }
    var stem = word
    if let copula = Self.koreanCopulas.first(where: { word.hasSuffix($0) && word.count > $0.count }) {
      stem = String(word.dropLast(copula.count))
    } else if phrase.weak || !(index < scalars.count && Window.isComma(scalars[index])) {
      return nil
    }
    let syllables = stem.unicodeScalars.map(\.value)
    guard (2...4).contains(syllables.count), !Self.koreanStops.contains(where: { stem.hasPrefix($0) }) else {
      return nil
    }
    if phrase.weak && (KoreanWordLists.isCommonNoun(syllables) || KoreanWordLists.verbs.contains(syllables)) {
      return nil
    }
    return offsets[first]..<offsets[first + syllables.count]
  }

  /// The Hangul word glued before `라고 합니다` ("I am called …"), less the `이` that follows a
  /// name ending in a consonant (`민준이라고`).
  func koreanName(before end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    var start = end
    var syllables: [UInt32] = []
    while start >= 3 && syllables.count < 6 {
      let scalar = UTF8Scalars.decode(bytes, at: start - 3).0
      guard (0xAC00...0xD7A3).contains(scalar.value) else { break }
      syllables.insert(scalar.value, at: 0)
      start -= 3
    }
    var stop = end
    if syllables.count >= 3, syllables.last == 0xC774, (syllables[syllables.count - 2] - 0xAC00) % 28 != 0 {
      syllables.removeLast()
      stop -= 3
    }
    let stem = String(String.UnicodeScalarView(syllables.compactMap(Unicode.Scalar.init)))
    guard (2...4).contains(syllables.count), !Self.koreanStops.contains(where: { stem.hasPrefix($0) }) else {
      return nil
    }
    return start..<stop
  }

  // MARK: - Japanese

  /// What closes a Japanese name: the copula, `と` of `と申します` / `といいます`, `さん`.
  static let japaneseClosers = ["です", "でございます", "だ", "と申", "といい", "と言", "と呼", "さん"]
  static let japaneseStops: Set<String> = ["秘密", "学生", "大丈夫", "誰", "何", "日本人", "元気", "無職", "未定", "不明"]

  /// The name after `名前は` or `私は`: kanji and kana up to the copula (after `私は` the copula
  /// must come: `私は学生です` is refused as a common word).
  func japaneseName(after start: Int, _ phrase: Phrase, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    let (scalars, offsets) = Window.scalars(from: start, in: bytes, limit: 60)
    var index = 0
    while index < scalars.count && (scalars[index] == " " || scalars[index] == "\u{3000}") { index += 1 }
    let first = index
    var closed = false
    while index < scalars.count && index - first <= 10 {
      if index > first && Self.japaneseClosers.contains(where: { Self.hasPrefix(scalars, at: index, $0) }) {
        closed = true
        break
      }
      guard Self.isJapaneseLetter(scalars[index]) else { break }
      index += 1
    }
    // Without the copula, only kanji and katakana (`名前は忘れました。` ends in a verb).
    let bare =
      !phrase.weak && (index == scalars.count || Window.isPunctuation(scalars[index]))
      && !scalars[first..<index].contains { (0x3041...0x309F).contains($0.value) }
    guard closed || bare else { return nil }
    return japaneseCandidate(first..<index, scalars, offsets, in: bytes)
  }

  /// The name before `と申します`: back to punctuation, a space, `は` or the start.
  func japaneseName(before end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    let start = max(0, end - 40)
    var from = start
    while from < end && bytes[from] & 0xC0 == 0x80 { from += 1 }
    let (scalars, offsets) = Window.scalars(from: from, in: bytes, limit: end - from)
    var first = scalars.count
    while first > 0 && Self.isJapaneseLetter(scalars[first - 1]) && scalars[first - 1] != "は"
      && scalars[first - 1] != "が" && scalars.count - first < 10
    {
      first -= 1
    }
    return japaneseCandidate(first..<scalars.count, scalars, offsets, in: bytes)
  }

  private func japaneseCandidate(
    _ range: Range<Int>, _ scalars: [Unicode.Scalar], _ offsets: [Int], in bytes: UnsafeBufferPointer<UInt8>
  ) -> Range<Int>? {
    guard !range.isEmpty else { return nil }
    let candidate = scalars[range]
    let text = String(String.UnicodeScalarView(candidate))
    let particles: Set<Unicode.Scalar> = ["は", "が", "を", "に", "で", "も", "の"]
    // A single kana, a clause with particles, or a common noun is no name.
    guard !(candidate.count == 1 && !Self.isHan(candidate.first!)), !candidate.contains(where: particles.contains),
      !Self.japaneseStops.contains(text)
    else { return nil }
    let byteRange = offsets[range.lowerBound]..<offsets[range.upperBound]
    if let words = CommonNounTaggerFilter.japaneseWords, byteRange.count >= 6,
      words.contains(FNV1a.add(FNV1a.basis, bytes[byteRange])), !lexicon.isNameOrPlace(byteRange, in: bytes)
    {
      return nil
    }
    return byteRange
  }

  static func isJapaneseLetter(_ scalar: Unicode.Scalar) -> Bool {
    isHan(scalar) || (0x3041...0x309F).contains(scalar.value) || (0x30A0...0x30FF).contains(scalar.value)
  }

  static func isHan(_ scalar: Unicode.Scalar) -> Bool {
    (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value) || scalar == "々"
  }

  // MARK: - Chinese

  /// Words that close a Chinese name: "this year", "from", "is", "of", "at", "lives", "and".
  static let chineseClosers = ["今年", "来自", "是", "的", "在", "住", "从", "和", "跟", "也", "家住", "出生", "现在", "岁"]
  /// Characters that cannot start a name after `我叫`: pronouns, aspect particles, negations,
  /// measure words ("我叫他等一下", "她叫了一辆车").
  static let chineseStops: Set<Unicode.Scalar> = [
    "他", "她", "我", "你", "您", "们", "了", "着", "过", "人", "什", "谁", "一", "这", "那", "不", "没", "啥", "给",
    "要", "把", "被", "让", "个", "它", "大", "来", "去", "出", "声", "醒", "车", "外", "卖", "道", "喊", "嚷", "起",
    "住", "好", "累", "饿", "疼", "痛", "苦", "妈", "爸",
  ]

  /// Two to four Han characters after the phrase, up to punctuation or a closing word (one
  /// alone before punctuation: `我叫浩。`); after `我是` the first must be a family name and the
  /// name no common word. A common word right before punctuation after `我叫` is still a name
  /// (`我叫海燕。`).
  func chineseName(after start: Int, _ phrase: Phrase, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    let (scalars, offsets) = Window.scalars(from: start, in: bytes, limit: 40)
    var index = 0
    while index < scalars.count && index < 5 && Self.isHan(scalars[index]) {
      if index >= 2 && Self.chineseClosers.contains(where: { Self.hasPrefix(scalars, at: index, $0) }) { break }
      index += 1
    }
    let punctuated = index < scalars.count && Window.isPunctuation(scalars[index])
    guard (2...4).contains(index) || (index == 1 && punctuated && !phrase.weak), !Self.chineseStops.contains(scalars[0])
    else { return nil }
    let ended =
      index == scalars.count || !Self.isHan(scalars[index])
      || Self.chineseClosers.contains(where: { Self.hasPrefix(scalars, at: index, $0) })
    guard ended else { return nil }
    let text = String(String.UnicodeScalarView(scalars[0..<index]))
    let byteRange = offsets[0]..<offsets[index]
    if phrase.weak || !(punctuated || index == scalars.count) {
      if ChineseNameRules.commonWords.contains(text) { return nil }
      if let words = CommonNounTaggerFilter.chineseWords, words.contains(FNV1a.add(FNV1a.basis, bytes[byteRange])),
        !lexicon.isNameOrPlace(byteRange, in: bytes)
      {
        return nil
      }
    }
    if phrase.weak {
      guard index <= 3, lexicon.flags(of: String(Character(scalars[0]))).contains(.surname) else { return nil }
    }
    return byteRange
  }
}
