/// Finds Burmese names after their honorifics (issue 15): in Myanmar script `ဦးအောင်ကျော်က…`,
/// `ဒေါ်ခင်မြ`, `ကိုဇော်ဝင်း`, `မသီတာ`, `မောင်ထက်`, and romanised `U Aung Kyaw`, `Daw Khin Mya`, `Ko Zaw`,
/// `Ma Hla Hla`, `Maung Thet`, `Mg Mg`, and the Karen and Shan `Naw`, `Saw`, `Sai`, `Nang`.
///
/// Myanmar is a main origin country of people trafficked into Thailand and Malaysia, and its names
/// have no family name: a name is a run of syllables that are each a common word, so the rule asks
/// for an honorific and then takes the run of name syllables after it (``nameSyllables``), up to
/// four; the honorific stays outside the mask, as other titles do. The honorifics that are also
/// particles (ကို, the object marker; မ, the negation prefix) count only at a word start and not in
/// a negated clause (`မလှဘူး`, "not pretty"). Romanised, the name words must be name syllables
/// written as the honorific is (capitalised after `U`, lower case after `ko`), and in lower case
/// one of them must be distinctive (`aung`, not `win`), so that "Ko Samui", "Saw the agent" and
/// "Sai Kung" stay.
///
/// - Complexity: O(n) in the text's bytes (the Myanmar script is cut into syllables only when
///   the text has some), then at most five syllables or words after each honorific.
package struct BurmeseNameRules: Detector {
  package let id = "my-names"

  private static let score = 0.85
  /// Most name syllables taken after one honorific.
  private static let maximumSyllables = 4

  package init() {}

  package func detect(in text: AnalysisText, into findings: inout [Finding]) {
    let bytes = text.bytes
    if MyanmarSyllables.containsMyanmar(bytes) { appendScriptNames(bytes, into: &findings) }
    appendRomanisedNames(bytes, into: &findings)
  }

  // MARK: - Myanmar script

  private func appendScriptNames(_ bytes: UnsafeBufferPointer<UInt8>, into findings: inout [Finding]) {
    let runs = MyanmarSyllables(bytes).runs
    // Where the last name found ends: an honorific inside it is a name syllable (ဦးမောင်မောင်).
    var coveredUntil = 0
    for (runIndex, run) in runs.enumerated() {
      for (index, syllable) in run.enumerated() where syllable.range.lowerBound >= coveredUntil {
        let strong = Self.strongHonorifics.contains(syllable.text)
        guard strong || (index == 0 && Self.weakHonorifics.contains(syllable.text)) else { continue }
        // The name goes on in the same run, or (one space after the honorific) in the next.
        var name = Array(run[(index + 1)...])
        if name.isEmpty, runIndex + 1 < runs.count, Self.isOneSpace(bytes, from: syllable.range.upperBound),
          runs[runIndex + 1][0].range.lowerBound == syllable.range.upperBound + 1
        {
          name = runs[runIndex + 1]
        }
        guard let range = Self.nameRun(name, honorific: syllable.text, strong: strong) else { continue }
        findings.append(Finding(kind: .person, range: range, score: Self.score, detector: id, explanation: "honorific"))
        coveredUntil = range.upperBound
      }
    }
  }

  /// The bytes of the name syllables that open `syllables`, or nil: none, or a negated clause
  /// after a weak honorific. The first syllable must be a name syllable; the name goes on over
  /// name syllables and over syllables no list holds (`ဒေါ်ရွှေစင်`: စင် is in no list, and a
  /// name's last syllable left bare leaks half of it), up to a particle, an auxiliary or a verb
  /// that follows names (``syllablesAfterNames``). A trailing ကို after two syllables or more
  /// is the object particle.
  static func nameRun(_ syllables: [MyanmarSyllables.Syllable], honorific: String, strong: Bool) -> Range<Int>? {
    var count = 0
    while count < min(syllables.count, maximumSyllables),
      nameSyllables.contains(syllables[count].text)
        || count > 0 && !syllablesAfterNames.contains(syllables[count].text)
    {
      count += 1
    }
    if count >= 2 && syllables[count - 1].text == "ကို" { count -= 1 }
    guard count > 0 else { return nil }
    if !strong && syllables.contains(where: { $0.text == "ဘူး" }) { return nil }
    return syllables[0].range.lowerBound..<syllables[count - 1].range.upperBound
  }

  private static func isOneSpace(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Bool {
    index + 1 < bytes.count && bytes[index] == UInt8(ascii: " ") && bytes[index + 1] != UInt8(ascii: " ")
  }

  // MARK: - Romanised

  private func appendRomanisedNames(_ bytes: UnsafeBufferPointer<UInt8>, into findings: inout [Finding]) {
    var index = 0
    var previousEnd = 0
    while index < bytes.count {
      // ASCII words only: honorifics are one to five letters, "Mg" may carry a dot.
      guard ASCIIByte.isLetter(bytes[index]), !Self.isWordBefore(index, in: bytes) else {
        index += 1
        continue
      }
      var end = index
      while end < bytes.count && ASCIIByte.isLetter(bytes[end]) { end += 1 }
      defer { index = max(end, index + 1) }
      guard end - index <= 5, end >= previousEnd,
        let folded = Self.romanisedHonorific(UnsafeBufferPointer(rebasing: bytes[index..<end]))
      else { continue }
      let capitalised = ASCIIByte.isUpper(bytes[index])
      if let range = Self.romanisedName(after: end, in: bytes, capitalised: capitalised, honorific: folded) {
        findings.append(Finding(kind: .person, range: range, score: Self.score, detector: id, explanation: "honorific"))
        previousEnd = range.upperBound
        end = range.upperBound
      }
    }
  }

  /// The name words after a romanised honorific ending at `start`: up to four name syllables,
  /// one space apart, written in the honorific's case. (``NameEdgeTrimmer`` asks it too, to
  /// keep an honorific the tagger took with the name out of the mask.)
  static func romanisedName(
    after start: Int, in bytes: UnsafeBufferPointer<UInt8>, capitalised: Bool, honorific: String
  ) -> Range<Int>? {
    var position = start
    if position < bytes.count && bytes[position] == UInt8(ascii: ".") && honorific == "mg" { position += 1 }
    var words: [(range: Range<Int>, folded: String)] = []
    while words.count < Self.maximumSyllables, position < bytes.count, bytes[position] == UInt8(ascii: " ") {
      let wordStart = position + 1
      var wordEnd = wordStart
      while wordEnd < bytes.count && ASCIIByte.isLetter(bytes[wordEnd]) { wordEnd += 1 }
      guard wordEnd > wordStart, wordEnd == bytes.count || !Self.isWordByte(bytes[wordEnd]) else { break }
      let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<wordEnd]), as: UTF8.self)
      let folded = word.lowercased()
      // Each word in the honorific's case: "Aung" or "AUNG" after "U", "aung" after "ko".
      let upper = ASCIIByte.isUpper(bytes[wordStart])
      guard Self.romanisedSyllables.contains(folded), upper == capitalised else { break }
      words.append((wordStart..<wordEnd, folded))
      position = wordEnd
    }
    guard let first = words.first, let last = words.last else { return nil }
    let distinctive = words.contains { Self.distinctiveRomanisedSyllables.contains($0.folded) }
    if !distinctive && (!capitalised || Self.ambiguousRomanisedHonorifics.contains(honorific)) { return nil }
    return first.range.lowerBound..<last.range.upperBound
  }

  /// An ASCII letter or digit, `_`, or the start of any non-ASCII scalar (a word goes on in
  /// another script: "Kosamui" is no honorific).
  private static func isWordByte(_ byte: UInt8) -> Bool {
    ASCIIByte.isAlphanumeric(byte) || byte >= 0x80 || byte == UInt8(ascii: "_")
  }

  /// Whether a word goes on before `index` (a letter, digit or mark of any script).
  private static func isWordBefore(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard index > 0 else { return false }
    let byte = bytes[index - 1]
    if byte < 0x80 { return ASCIIByte.isAlphanumeric(byte) || byte == UInt8(ascii: "_") }
    return UTF8Scalars.scalar(bytes, before: index).map(UTF8Scalars.isWordScalar) ?? false
  }
}
