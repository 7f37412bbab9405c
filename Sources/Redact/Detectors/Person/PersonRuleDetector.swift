/// Finds person names announced by their context: titles and honorifics in many languages
/// ("Ms. Nguyen Thi Lan", "Khun Malee", "Ibu Siti Rahayu", "Md. Rahim Uddin", "श्री राम",
/// "นายสมชาย ใจดี"), name cues ("named Sindhu", "my name is …"), and honorific suffixes in
/// Japanese, Korean and Chinese ("田中さん", "김민지 씨", "王小姐"). Once a name is found, its
/// other occurrences in the same text are reported too (also lower-case and possessive).
///
/// This is the rule half of name detection: lexicons and the learned tagger come on top.
///
/// - Complexity: one Aho–Corasick pass for the triggers, then local work around each match.
package struct PersonRuleDetector: Detector {
  package let id = "person-rules"

  enum TriggerKind {
    /// A title or cue followed by a space and the name ("Mr", "named", "श्री").
    case before(score: Double)
    /// A title written directly before the name, without a space (Thai "นาย").
    case attached(score: Double)
    /// An honorific written after the name ("さん", "씨").
    case after(score: Double)
  }

  static let titles: [String] = PersonContextWords.titles
  private static let cues: [String] = PersonContextWords.cues
  private static let strongTitles: Set<String> = PersonContextWords.strongTitles
  private static let nativeBefore: [String] = PersonContextWords.nativeTitles
  private static let strongNativeTitles: Set<String> = PersonContextWords.strongNativeTitles
  static let nativeOffices: [String] = PersonContextWords.bengaliOffices
  private static let officeStopWords: Set<String> = PersonContextWords.wordsAfterOffices
  /// Thai titles, and the cue ชื่อ ("name"), written directly before the name.
  private static let nativeAttached: [String] = thaiTitles + ["ชื่อ"]
  static let thaiTitles: [String] = PersonContextWords.thaiTitles
  private static let nativeAfter: [String] = PersonContextWords.honorificsAfter
  private static let stopWords: Set<String> = PersonContextWords.notNameWords
  private static let particles: Set<String> = PersonContextWords.nameParticles

  private let triggers: [(text: String, kind: TriggerKind, latin: Bool)]
  private let matcher: AhoCorasick

  /// - Parameter titlesOnly: only the unambiguous triggers (Mr, Mrs, Ms, Dr, Khun, Ibu, Md. …
  ///   and honorific suffixes such as さん or 씨), for balanced mode; the cues and the native
  ///   titles that are also ordinary words (คุณ "you", नाम "name") are strict-mode only.
  package init(titlesOnly: Bool = false) {
    var list: [(String, TriggerKind, Bool)] = []
    for title in Self.titles where !titlesOnly || Self.strongTitles.contains(title) {
      list.append((title, .before(score: 0.9), true))
    }
    for word in Self.nativeAfter { list.append((word, .after(score: 0.85), false)) }
    // Whole words only, and a space before the name: "মন্ত্রীর" (the minister's) is no office cue.
    for word in Self.nativeOffices { list.append((word, .before(score: 0.8), true)) }
    // Native titles that are no ordinary word run in both modes (Khmer `លោកស្រី`, `កញ្ញា`).
    for word in Self.nativeBefore where !titlesOnly || Self.strongNativeTitles.contains(word) {
      list.append((word, .before(score: 0.8), false))
    }
    if !titlesOnly {
      for cue in Self.cues { list.append((cue, .before(score: 0.75), true)) }
      for word in Self.nativeAttached { list.append((word, .attached(score: 0.8), false)) }
    }
    triggers = list
    matcher = AhoCorasick(patterns: list.map { Array($0.0.utf8) })
  }

  package func detect(in text: AnalysisText, into findings: inout [Finding]) {
    let bytes = text.bytes
    // Performance: the matches are gathered first and handled in a plain loop. A closure that
    // read `triggers`, `id` and the helpers captured the whole detector, which was copied per
    // record (a retain and release of each of its arrays, shared by every worker thread).
    var matches: [AhoCorasick.Match] = []
    matcher.forEachMatch(in: bytes, asciiCaseInsensitive: true) { matches.append($0) }
    guard !matches.isEmpty else { return }
    var found: [Finding] = []
    for match in matches { handle(match, in: bytes, into: &found) }
    guard !found.isEmpty else { return }
    findings += found
    findings += recurrences(of: found, in: bytes)
  }

  /// The name a trigger match announces, if any, appended to `found`.
  /// Whether Khmer `ខែ` ("month") stands right before `start`, spaces and zero-width spaces
  /// between them skipped.
  static func followsKhmerMonthWord(_ start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var end = start
    while let previous = UTF8Scalars.scalar(bytes, before: end), previous == " " || previous == "\u{200B}" {
      end -= previous.utf8.count
    }
    let month = Array("ខែ".utf8)
    return end >= month.count && bytes[(end - month.count)..<end].elementsEqual(month)
  }

  private func handle(_ match: AhoCorasick.Match, in bytes: UnsafeBufferPointer<UInt8>, into found: inout [Finding]) {
    let trigger = triggers[match.pattern]
    if trigger.latin {
      // Whole words only: "Mr" not inside "Mrs" or "summer".
      if let before = UTF8Scalars.scalar(bytes, before: match.range.lowerBound), UTF8Scalars.isWordScalar(before) {
        return
      }
      if let after = UTF8Scalars.scalar(bytes, at: match.range.upperBound), UTF8Scalars.isWordScalar(after) {
        return
      }
    }
    // Khmer `កញ្ញា` is also September: after `ខែ` ("month"), a date follows, not a name.
    if trigger.text == "កញ្ញា" && Self.followsKhmerMonthWord(match.range.lowerBound, in: bytes) { return }
    switch trigger.kind {
    case .before(let score):
      // A lower-case name after a title only in chat-style text, where the title is lower case too.
      let allowLowercase =
        Self.strongTitles.contains(trigger.text) && ASCIIByte.isLetter(bytes[match.range.lowerBound])
        && bytes[match.range.lowerBound] >= UInt8(ascii: "a")
      if let range = nameAfter(
        match.range.upperBound, in: bytes, latinTrigger: trigger.latin, allowLowercase: allowLowercase)
      {
        let isCue = Self.cues.contains(trigger.text)
        // After a cue ("met", "with") only a capitalised name counts; titles are stronger.
        if isCue && !startsUppercase(bytes, at: range.lowerBound) && !isNonLatinLetter(bytes, at: range.lowerBound) {
          return
        }
        found.append(Finding(kind: .person, range: range, score: score, detector: id, explanation: "title"))
      }
    case .attached(let score):
      // "นางสาว" also contains "นาง": only the longest title at a position counts.
      let start = match.range.lowerBound
      for other in Self.nativeAttached where other.utf8.count > trigger.text.utf8.count {
        if start + other.utf8.count <= bytes.count
          && bytes[start..<(start + other.utf8.count)].elementsEqual(other.utf8)
        {
          return
        }
      }
      // Only words of up to 12 scalars are taken: 13 of 4 bytes bound the scan (unbounded, each
      // title scanned to the end of a long unspaced line).
      let end = wordEnd(bytes, from: match.range.upperBound, limit: match.range.upperBound + 52)
      // Thai runs have no spaces between words: a run much longer than a given name cannot be
      // segmented here (the learned tagger will), so it is left alone.
      let length = String(decoding: UnsafeBufferPointer(rebasing: bytes[match.range.upperBound..<end]), as: UTF8.self)
        .unicodeScalars.count
      guard end > match.range.upperBound, length <= 12 else { return }
      var range = match.range.upperBound..<end
      // A formal Thai title announces given name and surname: take the next word too.
      if let surname = nextWord(bytes, after: end), isNonLatinLetter(bytes, at: surname.lowerBound) {
        range = range.lowerBound..<surname.upperBound
      }
      found.append(Finding(kind: .person, range: range, score: score, detector: id, explanation: "title"))
    case .after(let score):
      // 씨/님/군/양 also stand inside ordinary words (마음씨, 고양이, 대단하더군요): here a Hangul
      // honorific counts written as its own word, alone or with a particle (제임스 씨가); one
      // glued to a name (김민지씨) is the Korean name rules' (their family-name list decides).
      if isHangulSyllable(bytes, at: match.range.lowerBound)
        && (match.range.lowerBound == 0 || bytes[match.range.lowerBound - 1] != UInt8(ascii: " ")
          || !endsHangulWord(bytes, from: match.range.upperBound))
      {
        return
      }
      // A given name in hiragana (`ゆいちゃん`, `友達のさくらちゃん`): the run of hiragana before the
      // honorific, back to a word boundary (JapaneseKanaName.swift).
      if let scalar = UTF8Scalars.scalar(bytes, before: match.range.lowerBound), JapaneseKanaName.isHiragana(scalar) {
        if let range = JapaneseKanaName.before(match.range, in: bytes) {
          found.append(Finding(kind: .person, range: range, score: score, detector: id, explanation: "honorific"))
        }
      } else if let range = nameBefore(match.range.lowerBound, in: bytes), !Self.isPoliteNoun(range, in: bytes) {
        found.append(Finding(kind: .person, range: range, score: score, detector: id, explanation: "honorific"))
      }
    }
  }

  // MARK: - Name extents

  /// Up to four name words after a trigger: capitalised words, initials ("S."), particles
  /// between them; a single lower-case word after a title (chat style) too.
  private func nameAfter(
    _ start: Int, in bytes: UnsafeBufferPointer<UInt8>, latinTrigger: Bool, allowLowercase: Bool
  ) -> Range<Int>? {
    var index = start
    if index < bytes.count && (bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ":")) { index += 1 }
    var spaces = 0
    while index < bytes.count && (bytes[index] == UInt8(ascii: " ") || bytes[index] == 0x09) && spaces < 3 {
      index += 1
      spaces += 1
    }
    guard spaces > 0 || !latinTrigger else { return nil }
    var nameStart: Int?
    var nameEnd = index
    var words = 0
    var position = index
    while words < 4 {
      // Non-Latin words over 12 scalars stop the name: 13 of 4 bytes bound the scan.
      let end = wordEnd(bytes, from: position, limit: isNonLatinLetter(bytes, at: position) ? position + 52 : .max)
      guard end > position else { break }
      let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<end]), as: UTF8.self)
      let lower = word.lowercased()
      // Scripts written without spaces (Thai) make whole clauses look like one word: too long
      // to be a name part, so stop (the learned tagger segments these).
      if word.unicodeScalars.count > 12 && isNonLatinLetter(bytes, at: position) { break }
      let isInitial =
        end - position == 1 && end < bytes.count && bytes[end] == UInt8(ascii: ".")
        && startsUppercase(bytes, at: position)
      if (Self.stopWords.contains(lower) || Self.officeStopWords.contains(word)) && !isInitial { break }
      if Self.particles.contains(lower) && nameStart != nil {
        // A particle counts only when a name word follows it.
        guard let following = nextWord(bytes, after: end), startsUppercase(bytes, at: following.lowerBound) else {
          break
        }
      } else if !(startsUppercase(bytes, at: position) || isNonLatinLetter(bytes, at: position)) {
        // A lower-case word: accepted once, directly after a title, in chat-style text.
        guard nameStart == nil, latinTrigger, allowLowercase, word.unicodeScalars.count >= 3 else { break }
        nameStart = position
        nameEnd = end
        words += 1
        break
      }
      if nameStart == nil { nameStart = position }
      nameEnd = isInitial ? end + 1 : end
      words += 1
      // Next word: one space (or ". " after an initial).
      var next = nameEnd
      guard next < bytes.count, bytes[next] == UInt8(ascii: " ") else { break }
      next += 1
      position = next
      // Non-Latin scripts: two words at most (given name, family name).
      if isNonLatinLetter(bytes, at: nameStart!) && words >= 2 { break }
    }
    guard let nameStart, nameEnd > nameStart else { return nil }
    return nameStart..<nameEnd
  }

  private func isHangulSyllable(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    guard let scalar = UTF8Scalars.scalar(bytes, at: index) else { return false }
    return KoreanWord.isSyllable(scalar.value)
  }

  /// Whether the Hangul letters from `index` to the end of the word are none or a particle.
  private func endsHangulWord(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Bool {
    var end = index
    while end < bytes.count && isHangulSyllable(bytes, at: end) { end += 3 }
    guard end > index else { return true }
    return Self.particlesAfterHonorific.contains(
      String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self))
  }

  /// The particles that may follow a Korean honorific in the same word (김민지 씨가, 선생님께서).
  private static let particlesAfterHonorific: Set<String> = [
    "이", "가", "은", "는", "을", "를", "의", "에게", "와", "과", "도", "께", "께서", "한테", "만", "랑", "이랑",
  ]

  /// The name before an honorific suffix: Han/Katakana/Hangul runs (not Hiragana particles),
  /// with one space allowed between family and given name.
  private func nameBefore(_ end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    var index = end
    if index > 0 && bytes[index - 1] == UInt8(ascii: " ") { index -= 1 }
    let nameEnd = index
    var start = index
    var scalars = 0
    var usedSpace = false
    while start > 0 && scalars < 8 {
      let previous = UTF8Scalars.previousStart(bytes, before: start)
      let (scalar, _) = UTF8Scalars.decode(bytes, at: previous)
      if isNameScalarForHonorific(scalar) {
        start = previous
        scalars += 1
      } else if scalar == " " && !usedSpace && scalars > 0 && previous > 0,
        let before = UTF8Scalars.scalar(bytes, before: previous), isNameScalarForHonorific(before)
      {
        usedSpace = true
        start = previous
      } else {
        break
      }
    }
    guard scalars > 0 else { return nil }
    while start < nameEnd && bytes[start] == UInt8(ascii: " ") { start += 1 }
    return start..<nameEnd
  }

  /// Whether the kanji before a Japanese honorific make a polite noun, not a name: written after
  /// the polite `お`/`ご` (`お母さん`, `お兄ちゃん`, `お客様`, `ご主人様`), or one of the nouns said with
  /// an honorific alone (`赤ちゃん` baby, `神様` god, `皆さん` everyone) (issue 15, session 34).
  static func isPoliteNoun(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = UTF8Scalars.scalar(bytes, at: range.lowerBound), (0x4E00...0x9FFF).contains(first.value) else {
      return false
    }
    if let before = UTF8Scalars.scalar(bytes, before: range.lowerBound), before == "お" || before == "ご" { return true }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    return politeNouns.contains(text)
  }

  /// Nouns said with an honorific that are no name: baby, god, everyone, king, princess, wife.
  private static let politeNouns: Set<String> = ["赤", "神", "皆", "王", "姫", "奥", "仏", "殿"]

  private func isNameScalarForHonorific(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x30A0...0x30FF).contains(v)
      || (0xAC00...0xD7AF).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
  }

  /// Other occurrences of the found names' words in the same text (whole words, any case,
  /// also before "'s"). The analyzer also calls it over a whole record analysed in windows.
  func recurrences(of found: [Finding], in bytes: UnsafeBufferPointer<UInt8>) -> [Finding] {
    var words = Set<[UInt8]>()
    for finding in found {
      var position = finding.range.lowerBound
      while position < finding.range.upperBound {
        let end = wordEnd(bytes, from: position, limit: finding.range.upperBound)
        if end > position {
          let word = Array(bytes[position..<end])
          let isLatin = word.allSatisfy { $0 < 0x80 }
          let lower = word.map { ASCIIByte.lower($0) }
          if (!isLatin || word.count >= 3) && !Self.particles.contains(String(decoding: lower, as: UTF8.self)) {
            words.insert(lower)
          }
          position = end
        } else {
          position += UTF8Scalars.sequenceLength(lead: bytes[position])
        }
      }
    }
    guard !words.isEmpty else { return [] }
    // Found anywhere no ASCII letter or digit touches them (a Devanagari name goes on with its
    // case ending); a hashed matcher, not an automaton built for each text (RecurrencePass.swift).
    let matcher = RecurrenceMatcher(
      patterns: words.map { RecurrenceMatcher.Pattern(bytes: $0, startsWord: true, endsWord: true) },
      edges: .asciiWords)
    var result: [Finding] = []
    // A local: the closure reading `self.id` would capture (copy) the whole detector.
    let id = self.id
    matcher.forEachMatch(in: bytes, startingIn: 0..<bytes.count) { _, range in
      result.append(Finding(kind: .person, range: range, score: 0.75, detector: id, explanation: "recurrence"))
    }
    return result
  }

  // MARK: - Scalars and words

  /// The end of the word at `start`, or `limit` when the word goes on past it.
  private func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int = .max) -> Int {
    var index = start
    while index < bytes.count && index < limit {
      let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
      if UTF8Scalars.isWordScalar(scalar) && !(PhoneDigits.value(scalar) != nil) {
        index += length
      } else if (scalar == "'" || scalar == "-") && index > start && index + 1 < bytes.count,
        let next = UTF8Scalars.scalar(bytes, at: index + 1), next.properties.isAlphabetic,
        !(scalar == "'" && (next == "s" || next == "S"))
      {
        index += length
      } else {
        break
      }
    }
    return index
  }

  private func nextWord(_ bytes: UnsafeBufferPointer<UInt8>, after end: Int) -> Range<Int>? {
    guard end < bytes.count, bytes[end] == UInt8(ascii: " ") else { return nil }
    let wordEnd = self.wordEnd(bytes, from: end + 1)
    return wordEnd > end + 1 ? (end + 1)..<wordEnd : nil
  }

  private func startsUppercase(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    guard let scalar = UTF8Scalars.scalar(bytes, at: index) else { return false }
    return scalar.properties.isUppercase
  }

  /// A letter of a script without letter case (Devanagari, Thai, Han …), where capitalisation
  /// is no evidence either way.
  private func isNonLatinLetter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    guard let scalar = UTF8Scalars.scalar(bytes, at: index) else { return false }
    return scalar.value >= 0x0530 && scalar.properties.isAlphabetic && !scalar.properties.isUppercase
      && !scalar.properties.isLowercase
  }
}
