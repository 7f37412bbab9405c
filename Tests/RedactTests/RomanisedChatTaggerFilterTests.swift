import Testing

@testable import Redact

/// The check on the tagger's findings in romanised South Asian chat (RomanisedChatTaggerFilter):
/// in balanced mode, a lower-case finding none of whose words is a lexicon name or place (or
/// only romanised everyday words the lexicon holds as names elsewhere) is dropped on a line that
/// reads as Hinglish/Banglish/Nepali chat; the lexicon's names, a message's first word, a word
/// beside a title or kin term, capitalised findings, lines of other languages and strict mode
/// keep theirs (issue 15, romanised chat precision).
@Suite struct RomanisedChatTaggerFilterTests {
  static let lexicon = try! Lexicon.bundled()

  /// A tagger that finds each of `words` (the first time it occurs as a whole word).
  struct FixedTagger: Detector {
    let id = "tagger"
    let words: [String]
    func detect(in text: AnalysisText, into findings: inout [Finding]) {
      let bytes = Array(text.bytes)
      for word in words {
        let needle = Array(word.utf8)
        guard needle.count <= bytes.count,
          let start = (0...(bytes.count - needle.count)).first(where: { start in
            bytes[start..<(start + needle.count)].elementsEqual(needle)
              && (start == 0 || bytes[start - 1] == 0x20 || bytes[start - 1] == 0x0A)
              && (start + needle.count == bytes.count || [0x20, 0x0A, 0x0D].contains(bytes[start + needle.count]))
          })
        else { continue }
        findings.append(
          Finding(kind: .person, range: start..<(start + needle.count), score: 0.9, detector: id, explanation: "model:id"))
      }
    }
  }

  /// The words of `words` that the filter keeps in `text`.
  static func kept(_ words: [String], in text: String, mode: DetectionMode = .balanced) -> [String] {
    let filter = RomanisedChatTaggerFilter(FixedTagger(words: words), lexicon: lexicon, mode: mode)
    var findings: [Finding] = []
    var text = text
    return text.withUTF8 { bytes in
      filter.detect(in: AnalysisText(bytes: bytes), into: &findings)
      return findings.map { String(decoding: bytes[$0.range], as: UTF8.self) }
    }
  }

  /// Hindi and Nepali chat words that start no name and are no title: lines of them read as
  /// romanised chat that the filter reads (no Banglish word among them).
  static let chatWords = [
    "kal", "mujhe", "bola", "malai", "thiyo", "kya", "nahi", "gaya", "garnu", "bhayo", "uska", "abhi", "aur",
    "hoga", "tyo", "kaise", "hamro", "gareko",
  ]
  static let postpositions = ["ke", "ki", "ko", "se", "mein", "ma", "lai", "par"]
  /// Banglish words (RomanisedFunctionWords.bengaliOnly): one of them on a line spares it.
  static let bengaliWords = ["ami", "tumi", "kothay", "ache", "theke", "kintu", "er", "kore", "amar", "sathe"]
  static let englishFrames = [
    "we met W at the market yesterday", "the report says W was closed", "please send W the forms today",
  ]

  /// A made-up lower-case word of three to four syllables that the lexicon does not know.
  static func unknownWord(_ rng: inout SplitMix64) -> String {
    let syllables = ["ka", "ra", "pu", "ti", "sha", "ne", "gho", "lu", "dra", "mi", "vya", "ba", "ho", "se", "tra"]
    while true {
      let word = (0..<Int.random(in: 3...4, using: &rng)).map { _ in syllables.randomElement(using: &rng)! }.joined()
      if lexicon.flags(of: word).isDisjoint(with: LexiconFlags.name.union(.place)) { return word }
    }
  }

  /// A chat line with `word` after one to three chat words and before a postposition and more.
  static func chatLine(_ word: String, _ rng: inout SplitMix64) -> String {
    let before = (0..<Int.random(in: 1...3, using: &rng)).map { _ in chatWords.randomElement(using: &rng)! }
    let after = [postpositions.randomElement(using: &rng)!, chatWords.randomElement(using: &rng)!, "hai"]
    return (before + [word] + after).joined(separator: " ")
  }

  @Test func unknownLowerCaseWordsInChatAreNoNames() {
    var rng = SplitMix64(seed: 0x40_C4A7)
    var kept: [String] = []
    for _ in 0..<300 {
      var words = [Self.unknownPair(&rng)]
      if Bool.random(using: &rng) { words = [Self.unknownWord(&rng)] }
      let line = Self.chatLine(words[0], &rng)
      kept += Self.kept(words, in: line).map { "\($0) in \(line)" }
    }
    #expect(kept.isEmpty, "\(kept.count) kept, e.g. \(kept.prefix(3))")
  }

  /// Two unknown words as one finding ("bach pae").
  static func unknownPair(_ rng: inout SplitMix64) -> String {
    Self.unknownWord(&rng) + " " + Self.unknownWord(&rng)
  }

  /// Everyday words of the romanised list that the lexicon holds as names or places elsewhere
  /// ("kahana", "samay", "kam") are no evidence of a name in such chat.
  @Test func everydayWordsThatAreNamesElsewhereAreNoNames() {
    let namesElsewhere = RomanisedFunctionWords.common.filter { word in
      let flags = Self.lexicon.flags(of: word)
      return !flags.isDisjoint(with: LexiconFlags.name.union(.place)) && !flags.contains(.commonWord)
        && !Self.chatWords.contains(word) && !Self.postpositions.contains(word)
        && !RomanisedFunctionWords.bengaliOnly.contains(word)  // it would make the line Banglish
    }
    #expect(namesElsewhere.count > 50)
    var rng = SplitMix64(seed: 0x5A_3A7)
    var kept: [String] = []
    for word in namesElsewhere {
      let line = Self.chatLine(word, &rng)
      guard line.split(separator: " ").filter({ $0 == word }).count == 1 else { continue }
      kept += Self.kept([word], in: line).map { "\($0) in \(line)" }
    }
    #expect(kept.isEmpty, "\(kept.count) kept, e.g. \(kept.prefix(3))")
  }

  /// Given names and places of the lexicon stay, as do findings beside a lexicon name.
  @Test func lexiconNamesAndPlacesStay() throws {
    var rng = SplitMix64(seed: 0x1E_C5)
    var dropped: [String] = []
    for name in ["priya", "rahul", "sunita", "rekha", "karim", "salma", "ramesh", "gorakhpur", "sylhet", "pokhara"] {
      #expect(!Self.lexicon.flags(of: name).isDisjoint(with: LexiconFlags.name.union(.place)), "\(name) in the lexicon")
      for finding in [name, name + " " + Self.unknownWord(&rng)] {
        let line = Self.chatLine(finding, &rng)
        if Self.kept([finding], in: line).isEmpty { dropped.append(line) }
      }
    }
    #expect(dropped.isEmpty, "\(dropped.count) dropped, e.g. \(dropped.prefix(3))")
  }

  /// A name found with an everyday word beside it ("obama kahana", "samay rahul") loses the
  /// word in such chat, so that the word is not masked wherever it recurs; elsewhere it keeps it.
  @Test func everydayWordsAreTakenOffTheEdgesOfANameInChat() {
    var rng = SplitMix64(seed: 0xED_9E)
    let words = ["kahana", "samay", "tarah", "dene", "jari", "vahan"]
    var wrong: [String] = []
    for _ in 0..<100 {
      let name = ["priya", "rahul", "sunita", "karim", "ramesh", "Obama", "Rekha"].randomElement(using: &rng)!
      let word = words.randomElement(using: &rng)!
      let finding = Bool.random(using: &rng) ? name + " " + word : word + " " + name
      let line = Self.chatLine(finding, &rng)
      if Self.kept([finding], in: line) != [name] { wrong.append("\(Self.kept([finding], in: line)) of \(line)") }
      let english = Self.englishFrames.randomElement(using: &rng)!.replacing("W", with: finding)
      if Self.kept([finding], in: english) != [finding] { wrong.append(english) }
    }
    #expect(wrong.isEmpty, "\(wrong.count) wrong, e.g. \(wrong.prefix(3))")
  }

  /// A message's first word, a word after a title or before a kin term, a capitalised word, a
  /// word on a line of another language and anything in strict mode stay.
  @Test func cuesCaseOtherLinesAndStrictModeKeepAFinding() {
    var rng = SplitMix64(seed: 0xC0_E5)
    var dropped: [String] = []
    for _ in 0..<100 {
      let word = Self.unknownWord(&rng)
      let line = Self.chatLine(word, &rng)
      let first = word + " " + line.split(separator: " ").dropFirst().joined(separator: " ")
      let kin = line.replacing(" \(word) ", with: " \(word) \(["bhai", "didi", "ji", "apu", "dai"].randomElement(using: &rng)!) ")
      let titled = line.replacing(" \(word) ", with: " shri \(word) ")
      let capitalised = word.prefix(1).uppercased() + word.dropFirst()
      let english = Self.englishFrames.randomElement(using: &rng)!.replacing("W", with: word)
      for (finding, text, mode) in [
        (word, first, DetectionMode.balanced), (word, kin, .balanced), (word, titled, .balanced),
        (capitalised, line.replacing(" \(word) ", with: " \(capitalised) "), .balanced), (word, english, .balanced),
        (word, line, .strict),
      ] where Self.kept([finding], in: text, mode: mode).isEmpty {
        dropped.append("\(finding) in \(text) (\(mode))")
      }
    }
    #expect(dropped.isEmpty, "\(dropped.count) dropped, e.g. \(dropped.prefix(3))")
  }

  /// Chat is decided per line: in a case note of English lines quoting a chat message, the
  /// English lines keep their findings and the chat line loses its unknown words.
  @Test func chatIsDecidedPerLine() {
    var rng = SplitMix64(seed: 0x11_9E5)
    var wrong: [String] = []
    for _ in 0..<100 {
      let english = Self.unknownWord(&rng)
      let chat = Self.unknownWord(&rng)
      var lines = [
        Self.englishFrames.randomElement(using: &rng)!.replacing("W", with: english), "she sent this:",
        Self.chatLine(chat, &rng),
      ]
      if Bool.random(using: &rng) { lines.reverse() }
      let text = lines.joined(separator: Bool.random(using: &rng) ? "\n" : "\r\n")
      let kept = Self.kept([english, chat], in: text)
      if kept != [english] { wrong.append("\(kept) of \(text)") }
    }
    #expect(wrong.isEmpty, "\(wrong.count) wrong, e.g. \(wrong.prefix(3))")
  }

  /// Banglish writes its names as it writes its words ("mokobul", "sojib"), so a line with a
  /// Banglish word keeps the tagger's lower-case findings, even among Hindi or Nepali words.
  @Test func aLineWithABanglishWordKeepsItsFindings() {
    var rng = SplitMix64(seed: 0x31_B4A7)
    var dropped: [String] = []
    for _ in 0..<200 {
      let word = Self.unknownWord(&rng)
      var parts = Self.chatLine(word, &rng).split(separator: " ").map(String.init)
      let at = [0, parts.count].randomElement(using: &rng)!
      parts.insert(Self.bengaliWords.randomElement(using: &rng)!, at: at == 0 ? 0 : parts.count)
      if at == 0 && parts[1] == word { parts.insert(Self.chatWords.randomElement(using: &rng)!, at: 1) }
      let line = parts.joined(separator: " ")
      if Self.kept([word], in: line).isEmpty { dropped.append(line) }
    }
    #expect(dropped.isEmpty, "\(dropped.count) dropped, first: \(dropped.prefix(3))")
  }

  /// The region's names and places in the spellings the lexicon took in from session 32 (a
  /// Bangladeshi spelling of a Perso-Arabic given name, `sohel`, `rabeya`; a city's English or
  /// local spelling, `rajahmundry`, `gauhati`; `nawalpur`; samples the build writes to
  /// `Fixtures/eval/romanised-names/`) stay in Hindi or Nepali chat, in any position but the
  /// first, alone or with an unknown word.
  @Test func theRegionsNameAndCitySpellingsStayInChat() throws {
    let words = try ["bangladeshi-names-in-lexicon.txt", "city-spellings-in-gazetteer.txt"].flatMap { file in
      try RomanisedScriptNameTests.lines(file).map { String($0.split(separator: "\t")[0]).lowercased() }
    }
    try #require(words.count >= 200)
    var rng = SplitMix64(seed: 0x32_B4)
    var dropped: [String] = []
    for word in words where !word.contains(" ") {
      let finding = Bool.random(using: &rng) ? word : word + " " + Self.unknownWord(&rng)
      let line = Self.chatLine(finding, &rng)
      if Self.kept([finding], in: line).isEmpty { dropped.append(line) }
    }
    #expect(dropped.isEmpty, "\(dropped.count) dropped, first: \(dropped.prefix(3))")
  }

  /// On a Banglish line a finding made of romanised chat words alone ("samay", "hajar": the
  /// everyday and function-word lists) is dropped; an unknown word, a lexicon name beside such a
  /// word and a word after a title stay (session 32); the line's first word stays only when it is
  /// an Asian name of the lexicon (session 35).
  @Test func aBanglishLineLosesFindingsOfChatWordsOnly() {
    let everyday = RomanisedFunctionWords.common.filter { word in
      !Self.chatWords.contains(word) && !Self.postpositions.contains(word)
        && !RomanisedFunctionWords.bengaliOnly.contains(word) && word.count >= 4
    }
    var rng = SplitMix64(seed: 0x32_B6A)
    var wrong: [String] = []
    for _ in 0..<200 {
      let word = everyday.randomElement(using: &rng)!
      let finding = Bool.random(using: &rng) ? word : word + " " + everyday.randomElement(using: &rng)!
      var unknown = Self.unknownWord(&rng)
      while RomanisedFunctionWords.vetoes(unknown) { unknown = Self.unknownWord(&rng) }  // "trabaho"
      let name = ["rahim", "karim", "salma", "sylhet", "priya"].randomElement(using: &rng)!
      let bengali = Self.bengaliWords.randomElement(using: &rng)!
      // Two Hindi/Nepali chat words and a Banglish one: the line reads as chat (`er`, `kore` are
      // no evidence alone) and holds a Banglish word.
      func line(_ w: String) -> String {
        let chat = (0..<2).map { _ in Self.chatWords.randomElement(using: &rng)! }.joined(separator: " ")
        return "\(chat) \(bengali) \(w) \(Self.postpositions.randomElement(using: &rng)!) hai"
      }
      let dropped = line(finding)
      if !Self.kept([finding], in: dropped).isEmpty { wrong.append("kept: \(dropped)") }
      for (kept, text) in [
        (unknown, line(unknown)), (name + " " + word, line(name + " " + word)), (finding, line("shri " + finding)),
      ] where Self.kept([kept], in: text).isEmpty {
        wrong.append("dropped: \(kept) in \(text)")
      }
      // The line's first word: dropped too since session 35, unless a word of it is an Asian
      // name of the lexicon ("tamam", "palan").
      let first = finding + " " + line("x")
      let asian = finding.split(separator: " ").contains { Self.lexicon.flags(of: String($0)).contains(.asianName) }
      if Self.kept([finding], in: first).isEmpty == asian { wrong.append("first word, asian \(asian): \(first)") }
    }
    #expect(wrong.isEmpty, "\(wrong.count) wrong, first: \(wrong.prefix(3))")
  }
}
