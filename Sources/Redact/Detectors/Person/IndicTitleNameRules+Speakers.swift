/// Bengali speakers with no title: the subject of an honorific verb of saying that opens or
/// closes a quotation (`রহিম উদ্দিন বলেন, …`, `“…” — বললেন রহিম।`, `“…” রহিম জানালেন।`).
///
/// Bengali marks respect on the verb: `বলেন`/`জানান` (not `বলে`/`জানায়`) take a person or an
/// office as subject, and a comma or a quotation after it says the verb introduces speech, not a
/// light verb (`আহ্বান জানান`, "appealed"). So the one to three words right before it (one space
/// between), or right after it when a quotation closes just before it, are a name when each
/// passes ``isBareBengaliNameWord(_:in:)``: pronouns (`তিনি`), offices (`ওসি`, which the title rules
/// read), plural and common nouns of the corpus (`স্থানীয়রা`, `প্রত্যক্ষদর্শীরা`, `সাংবাদিকদের`) and
/// light-verb nouns stop it. One time word or addressee may stand between the name and the verb
/// (`রহিম মঙ্গলবার বলেন`, `রহিম সাংবাদিকদের জানান`).
extension IndicTitleNameRules {
  /// Honorific third-person verbs of saying and telling, present and past, and of complaining and
  /// claiming (`অভিযোগ করেন`, `দাবি করেন`), which introduce speech the same way.
  static let sayingVerbs: [String] = [
    "বলেন", "বললেন", "বলেছেন", "বলছিলেন", "বলছেন", "জানান", "জানালেন", "জানিয়েছেন", "জানাচ্ছিলেন",
    "অভিযোগ করেন", "অভিযোগ করলেন", "দাবি করেন", "দাবি করলেন",
  ]

  /// Words that may stand between a speaker and the verb: times and addressees.
  static let speakerAsides: Set<String> = [
    "আজ", "গতকাল", "সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রবিবার", "রোববার", "সাংবাদিকদের",
    "মুঠোফোনে", "আরও", "আরো", "তখন", "পরে",
  ]

  static let sayingMatcher = AhoCorasick(patterns: BengaliNukta.bothForms(sayingVerbs))

  /// Appends a finding for each speaker of an honorific verb of saying in Bengali text.
  ///
  /// - Complexity: O(n) in the text's bytes, then at most four words around each verb.
  static func appendSpeakers(in bytes: UnsafeBufferPointer<UInt8>, id: String, into findings: inout [Finding]) {
    var verbs: [Range<Int>] = []
    sayingMatcher.forEachMatch(in: bytes, asciiCaseInsensitive: false) { verbs.append($0.range) }
    for verb in verbs {
      // A whole word: a space before, no word letter after.
      guard verb.lowerBound > 0, bytes[verb.lowerBound - 1] == UInt8(ascii: " ") else { continue }
      if let after = UTF8Scalars.scalar(bytes, at: verb.upperBound), isWordScalar(after) { continue }
      if let name = speaker(before: verb, in: bytes) ?? speaker(after: verb, in: bytes) {
        findings.append(Finding(kind: .person, range: name, score: 0.8, detector: id, explanation: "indic speaker"))
      }
    }
  }

  /// The next non-space byte index at or after `index`.
  private static func skipSpaces(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
    var index = index
    while index < bytes.count && bytes[index] == UInt8(ascii: " ") { index += 1 }
    return index
  }

  /// Whether a closing quotation mark (`’ ” "`), with a comma, dash or spaces after it, ends
  /// right before `index`.
  static func closesQuotation(before index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = index
    while index > 0, let scalar = UTF8Scalars.scalar(bytes, before: index),
      scalar == " " || scalar == "," || scalar == "—" || scalar == "–" || scalar == "-"
    {
      index = UTF8Scalars.previousStart(bytes, before: index)
    }
    guard let scalar = UTF8Scalars.scalar(bytes, before: index) else { return false }
    return scalar == "’" || scalar == "”" || scalar == "\""
  }

  /// The speaker before a verb that a comma or colon follows (speech comes next), or that ends
  /// a sentence right after a closed quotation.
  static func speaker(before verb: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    let next = skipSpaces(bytes, from: verb.upperBound)
    guard next < bytes.count else { return nil }
    let introducesSpeech = bytes[next] == UInt8(ascii: ",") || bytes[next] == UInt8(ascii: ":")
    guard introducesSpeech || isSentenceEnd(bytes, at: next) else { return nil }
    // Up to one time word or addressee between the name and the verb.
    var end = verb.lowerBound - 1
    if let start = wordStart(bytes, endingAt: end), start > 0, bytes[start - 1] == UInt8(ascii: " "),
      speakerAsides.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
    {
      end = start - 1
    }
    // Name words leftwards: a word with a case ending is no subject (`রহিমের ভাই বলেন`).
    var cursor = end
    var first: Int?
    var words = 0
    while words < 3, let start = wordStart(bytes, endingAt: cursor), isBareBengaliNameWord(start..<cursor, in: bytes),
      !hasCaseEnding(start..<cursor, in: bytes)
    {
      first = start
      words += 1
      guard start > 1, bytes[start - 1] == UInt8(ascii: " ") else { break }
      cursor = start - 1
    }
    guard let start = first else { return nil }
    // Closing a sentence, the verb needs a quotation right before its speaker.
    if !introducesSpeech && !closesQuotation(before: start, in: bytes) { return nil }
    return start..<end
  }

  /// The speaker after a verb that follows a closed quotation (`’ বললেন রহিম।`): one to three
  /// name words and then the end of the sentence.
  static func speaker(after verb: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    guard closesQuotation(before: verb.lowerBound, in: bytes), verb.upperBound < bytes.count,
      bytes[verb.upperBound] == UInt8(ascii: " ")
    else { return nil }
    let start = verb.upperBound + 1
    var index = start
    var end: Int?
    for _ in 0..<3 {
      let wordEnd = Self.wordEnd(bytes, from: index)
      guard wordEnd > index, isBareBengaliNameWord(index..<wordEnd, in: bytes) else { return nil }
      end = wordEnd
      guard wordEnd < bytes.count, bytes[wordEnd] == UInt8(ascii: " ") else { break }
      index = wordEnd + 1
    }
    guard let end, isSentenceEnd(bytes, at: skipSpaces(bytes, from: end)) else { return nil }
    return start..<end
  }

  /// Whether a danda, full stop, question or exclamation mark, a line break or the end of the
  /// text is at `index`.
  static func isSentenceEnd(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    guard index < bytes.count, let scalar = UTF8Scalars.scalar(bytes, at: index) else { return true }
    switch scalar {
    case "।", ".", "?", "!", "\n", "\r": return true
    default: return false
    }
  }
}
