/// Strict mode's lexicon sweep for Latin-script text: masks every token of the name lexicon
/// (given names and surnames of every tier) that is not an ordinary English word, and — in
/// English text — every capitalised word that is neither an ordinary word, a stop word, nor the
/// first word of a sentence, plus unknown capitalised words right next to such a name.
///
/// It trades precision for recall, as strict mode promises: organisations and brands are masked
/// too. Scripts without capital letters are left to the tagger, because there names *are*
/// ordinary words (see DATA-SOURCES.md).
public struct NameLexiconDetector: Detector {
  public let id = "name-lexicon"
  private let lexicon: Lexicon

  /// Capitalised words that are never names by themselves.
  private static let stopWords: Set<String> = [
    "i", "i'm", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam", "khun", "ibu", "pak", "bapak", "md",
    "smt", "shri", "sri", "begum", "ok", "okay", "yes", "no", "hi", "hello", "dear", "thanks", "please", "god",
    "allah", "covid", "whatsapp", "facebook", "instagram", "telegram", "line", "viber", "imo", "tiktok",
    "twitter", "youtube", "gmail", "google", "police", "officer", "ngo", "un", "tv", "am", "pm", "usd", "rs",
    "inr", "bdt", "thb", "idr", "php", "vnd", "re", "fw", "fwd", "cc", "bcc", "subject",
  ]

  public init(lexicon: Lexicon) {
    self.lexicon = lexicon
  }

  public func detect(in text: AnalysisText, into findings: inout [Finding]) {
    let bytes = text.bytes
    let tokens = text.tokens
    var folded = FoldedToken()
    var marked = [Bool](repeating: false, count: tokens.count)
    var capitalised = [Bool](repeating: false, count: tokens.count)
    var common = [Bool](repeating: false, count: tokens.count)
    // Capitalisation is evidence in English only: Indonesian or Malay capitalise every proper
    // noun, and the common-word list that vetoes ordinary words is English.
    var words: [UInt64] = []
    for token in tokens.prefix(64) where token.script == .spaced {
      folded.load(bytes, token.start..<token.end)
      words.append(Lexicon.key(of: folded.bytes))
    }
    let english = LanguageGuesser(languages: []).language(for: .latin, words: words, hasKana: false) == .en
    for (index, token) in tokens.enumerated() where token.script == .spaced {
      let (first, _) = UTF8Scalars.decode(bytes, at: token.start)
      guard LanguageGuesser.family(of: first.value) == .latin else { continue }
      folded.load(bytes, token.start..<token.end)
      let word = String(decoding: folded.bytes, as: UTF8.self)
      if Self.stopWords.contains(word) || folded.bytes.count < 2 { continue }
      let flags = lexicon.flags(forKey: Lexicon.key(of: folded.bytes))
      let isCommon = flags.contains(.commonWord) || flags.contains(.demonym)
      common[index] = isCommon
      capitalised[index] = first.properties.isUppercase
      let sentenceStart = Self.startsSentence(bytes, tokens, index)
      if !isCommon && !flags.isDisjoint(with: .name) && (english || capitalised[index]) {
        marked[index] = true
      } else if english && capitalised[index] && !isCommon && !sentenceStart {
        marked[index] = true
      }
    }
    // Unknown capitalised neighbours of a marked name ("Ploy Srisuk", sentence-initial
    // "Somchai Jaidee owns…").
    for index in tokens.indices where marked[index] {
      for neighbour in [index - 1, index + 1] where neighbour >= 0 && neighbour < tokens.count {
        if english && !marked[neighbour] && capitalised[neighbour] && !common[neighbour]
          && tokens[neighbour].script == .spaced
        {
          folded.load(bytes, tokens[neighbour].start..<tokens[neighbour].end)
          if !Self.stopWords.contains(String(decoding: folded.bytes, as: UTF8.self)) { marked[neighbour] = true }
        }
      }
    }
    var index = 0
    while index < tokens.count {
      guard marked[index] else {
        index += 1
        continue
      }
      var last = index
      while last + 1 < tokens.count && marked[last + 1] && tokens[last + 1].spaceBefore { last += 1 }
      findings.append(
        Finding(
          kind: .person, range: tokens[index].start..<tokens[last].end, score: 0.6, detector: id,
          explanation: "lexicon"))
      index = last + 1
    }
  }

  /// Whether the token begins a sentence: first in the text, or after `.`, `!`, `?`, `:`, a
  /// quote or a line break.
  static func startsSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ index: Int) -> Bool {
    guard index > 0 else { return true }
    let previous = tokens[index - 1]
    guard previous.script == .symbol else { return false }
    let byte = bytes[previous.start]
    return byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
      || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "(")
      || byte == UInt8(ascii: "-")
  }
}
