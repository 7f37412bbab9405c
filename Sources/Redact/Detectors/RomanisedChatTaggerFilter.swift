/// Wraps the tagger and, in balanced mode, drops what it takes for a person or a place in a line
/// of romanised Hindi, Urdu, Bengali or Nepali chat when the finding is written all in lower case
/// and none of its words is a name or place the lexicon knows ("upahar", "sarakar", "tarah" in
/// Hinglish).
///
/// No model was trained on such text: the language guesser reads Hinglish as Indonesian (`ke`,
/// `di`, `ada`), and the Indonesian or English model, seeing unknown lower-case words, takes
/// content words for names; the recurrence pass then masked each wherever it recurred. On the
/// Hindi dev set romanised as chat these were most of the false letters (docs/MEASUREMENTS.md,
/// session 30). The names of such chat that matter are the lexicon's (the South Asian given
/// names and surnames, the region's districts and towns): those stay, as do capitalised
/// findings and any finding outside such a line. A word that is a romanised function word or an
/// everyday word (``RomanisedFunctionWords/vetoes(_:)``, ``RomanisedFunctionWords/common``:
/// "samay", "kam", "jari") counts as no name even when the lexicon holds it as one elsewhere.
///
/// A line reads as such chat by its lower-case function words
/// (``RomanisedFunctionWords/readsAsChat(_:tokens:)``), decided per line (a case note quoting a
/// chat message keeps its rules). Only Hindi, Urdu and Nepali chat lines are filtered: a line with
/// a Banglish word (``RomanisedFunctionWords/hasBengaliWord(_:tokens:)``: "ami", "er", "theke")
/// keeps every finding, since Banglish spells its names as its words and the filter lost more of
/// them than false guesses (session 31); there only a finding made of romanised chat words alone
/// ("samay", "hajar", "kore") is dropped (session 32). Strict mode, recall first, keeps everything.
///
/// - Complexity: O(w) per finding of w words, plus one pass over a line's tokens the first time
///   a finding on it asks.
package struct RomanisedChatTaggerFilter: Detector {
  package var id: String { inner.id }
  /// The wrapped tagger.
  package let inner: any Detector
  private let lexicon: Lexicon
  private let mode: DetectionMode

  /// The romanised function words (``RomanisedFunctionWords/vetoes(_:)``) and everyday words
  /// (``RomanisedFunctionWords/common``, ``RomanisedFunctionWords/colloquialBengali``): none of
  /// them shows a finding is a name.
  static let chatWordKeys = KeySet(
    words: RomanisedFunctionWords.distinctive.union(RomanisedFunctionWords.shared).union(RomanisedFunctionWords.licensed)
      .union(RomanisedFunctionWords.common).union(RomanisedFunctionWords.colloquialBengali)
      .union(RomanisedFunctionWords.occasions))

  /// Whether token `index` is a romanised chat word (``chatWordKeys``: "hajar", "lage", "gari")
  /// written in lower-case ASCII on a line of Banglish chat, with no title right before it and no
  /// kin term or honorific right after it ("hajar apu"), and not a name of the lexicon's South,
  /// Southeast or East Asian sources (``LexiconFlags/asianName``: "tamam", "palan" stay). The
  /// lexicon sweep and the tagger take such words for names (Hajar, Lage and Gari are names of
  /// the US lists), and the recurrence pass then masked them wherever they recurred (session 33:
  /// most false findings of the Banglish checks).
  ///
  /// - Complexity: O(1) for most words; one pass over the word's line for a chat word.
  static func isBanglishChatWord(_ index: Int, in text: AnalysisText, lexicon: Lexicon) -> Bool {
    let tokens = text.tokens
    guard index < tokens.count, tokens[index].script == .spaced, chatWordKeys.contains(text.tokenKeys[index]),
      text.bytes[tokens[index].start..<tokens[index].end].allSatisfy(ASCIIByte.isLower),
      !lexicon.flags(forKey: text.tokenKeys[index]).contains(.asianName)
    else { return false }
    func isTitle(_ other: Int, _ titles: FoldedWordSet) -> Bool {
      other >= 0 && other < tokens.count && tokens[other].script == .spaced
        && titles.contains(key: text.tokenKeys[other], folding: text.bytes, tokens[other].start..<tokens[other].end)
    }
    if isTitle(index - 1, titlesBefore) || isTitle(index + 1, titlesAfter) { return false }
    let line = NameLexiconDetector.LowercaseLines.line(around: index, tokens, text.bytes)
    return RomanisedFunctionWords.readsAsChat(text, tokens: line) && RomanisedFunctionWords.hasBengaliWord(text, tokens: line)
  }

  package init(_ inner: any Detector, lexicon: Lexicon, mode: DetectionMode = .balanced) {
    self.inner = inner
    self.lexicon = lexicon
    self.mode = mode
  }

  package func detect(in text: AnalysisText, into findings: inout [Finding]) {
    let first = findings.count
    inner.detect(in: text, into: &findings)
    guard mode == .balanced, findings.count > first else { return }
    var lines = ChatLines()
    var kept = first
    for index in first..<findings.count {
      var finding = findings[index]
      if finding.kind == .person || finding.kind == .location {
        let start = NameEdgeTrimmer.firstToken(text.tokens, startingAtOrAfter: finding.range.lowerBound)
        // A finding of chat words alone ("mila", "pls", "eid") on any line with some chat
        // evidence, short messages and a line's first word included (session 35), unless a title
        // or kin term stands beside it or a word is a name of the lexicon's Asian sources.
        if isChatWordsOnly(finding.range, in: text) && lines.hasSomeChatEvidence(at: start, in: text)
          && !hasTitle(around: finding.range, in: text) && !hasAsianName(finding.range, in: text)
        {
          continue
        }
        if isUnknownLowerCase(finding.range, in: text) {
          // A Hindi/Nepali chat line drops every such finding; a Banglish one only those of chat
          // words ("samay", "hajar"), since Banglish names are often unknown to the lexicon.
          let chat = lines.readsAsChat(at: start, in: text)
          let chatWords = !chat && lines.readsAsBanglish(at: start, in: text) && isChatWordsOnly(finding.range, in: text)
          if (chat || chatWords) && start != lines.start && !hasTitle(around: finding.range, in: text) {
            continue
          }
        } else if let trimmed = withoutChatWordEdges(finding.range, in: text), lines.readsAsChat(at: start, in: text) {
          finding.range = trimmed
        }
      }
      findings[kept] = finding
      kept += 1
    }
    findings.removeSubrange(kept...)
  }

  /// Whether every word of `range` is written in lower-case ASCII letters and none is a name or
  /// place of the lexicon (that is no romanised function or common word).
  func isUnknownLowerCase(_ range: Range<Int>, in text: AnalysisText) -> Bool {
    let tokens = text.tokens
    let bytes = text.bytes
    var index = NameEdgeTrimmer.firstToken(tokens, startingAtOrAfter: range.lowerBound)
    var words = 0
    while index < tokens.count && tokens[index].start < range.upperBound {
      let token = tokens[index]
      defer { index += 1 }
      guard token.script == .spaced else { continue }
      let word = bytes[token.start..<token.end]
      guard word.allSatisfy(ASCIIByte.isLower) else { return false }
      words += 1
      let key = text.tokenKeys[index]
      let flags = lexicon.flags(forKey: key)
      if !flags.isDisjoint(with: LexiconFlags.name.union(.place)) && !flags.contains(.commonWord)
        && !Self.chatWordKeys.contains(key)
      {
        return false
      }
    }
    return words > 0
  }

  /// Whether every word of `range` is a romanised chat word written in lower-case ASCII
  /// (``chatWordKeys``: "samay", "hajar", "kore"): on a Banglish line such a finding is no name
  /// even though Banglish names unknown to the lexicon stay there.
  func isChatWordsOnly(_ range: Range<Int>, in text: AnalysisText) -> Bool {
    let tokens = text.tokens
    var words = 0
    for t in NameEdgeTrimmer.wordTokens(in: range, of: text) where tokens[t].script == .spaced {
      guard text.bytes[tokens[t].start..<tokens[t].end].allSatisfy(ASCIIByte.isLower),
        Self.chatWordKeys.contains(text.tokenKeys[t])
      else { return false }
      words += 1
    }
    return words > 0
  }

  /// Whether a word of `range` is a name of the lexicon's South, Southeast or East Asian sources
  /// (``LexiconFlags/asianName``: "tamam", "palan", "kora"): such a chat word may be the name.
  func hasAsianName(_ range: Range<Int>, in text: AnalysisText) -> Bool {
    NameEdgeTrimmer.wordTokens(in: range, of: text).contains {
      lexicon.flags(forKey: text.tokenKeys[$0]).contains(.asianName)
    }
  }

  /// `range` without the lower-case romanised words at its ends ("obama kahana", "sena pramukh
  /// …"; ``chatWordKeys``) when a word that is none is left, or nil when there is none to take
  /// off: the rest of the finding holds a name, but a chat word kept with it is masked wherever
  /// it recurs.
  func withoutChatWordEdges(_ range: Range<Int>, in text: AnalysisText) -> Range<Int>? {
    let tokens = text.tokens
    let words = NameEdgeTrimmer.wordTokens(in: range, of: text)
    func isChatWord(_ t: Int) -> Bool {
      text.bytes[tokens[t].start..<tokens[t].end].allSatisfy(ASCIIByte.isLower)
        && Self.chatWordKeys.contains(text.tokenKeys[t])
    }
    var low = 0
    var high = words.count - 1
    while low < high && isChatWord(words[low]) { low += 1 }
    while high > low && isChatWord(words[high]) { high -= 1 }
    guard high >= 0, low > 0 || high < words.count - 1, !isChatWord(words[low]) else { return nil }
    return max(range.lowerBound, tokens[words[low]].start)..<min(range.upperBound, tokens[words[high]].end)
  }

  /// Titles and kin terms written before or after a name ("shri", "mr"; "ji", "bhai", "didi",
  /// "apu", "dai").
  private static let titlesBefore = FoldedWordSet(PersonContextWords.titlesBeforeNames)
  private static let titlesAfter = FoldedWordSet(PersonContextWords.titlesAfterNames)

  /// Whether a title stands right before `range` or a kin term or honorific right after it
  /// ("rubel bhai", "shathi apu"): the finding is a name even in lower case.
  func hasTitle(around range: Range<Int>, in text: AnalysisText) -> Bool {
    let tokens = text.tokens
    let before = NameEdgeTrimmer.firstToken(tokens, startingAtOrAfter: range.lowerBound) - 1
    let after = NameEdgeTrimmer.firstToken(tokens, startingAtOrAfter: range.upperBound)
    func word(_ index: Int) -> Range<Int>? {
      index >= 0 && index < tokens.count && tokens[index].script == .spaced ? tokens[index].start..<tokens[index].end : nil
    }
    if let word = word(before), Self.titlesBefore.contains(key: text.tokenKeys[before], folding: text.bytes, word) {
      return true
    }
    if let word = word(after), Self.titlesAfter.contains(key: text.tokenKeys[after], folding: text.bytes, word) {
      return true
    }
    return false
  }

  /// Answers, for a token, whether the line it stands on reads as romanised South Asian chat,
  /// working a line out when one of its tokens first asks and keeping the last line's answer.
  struct ChatLines {
    private var line = 0..<0
    private var answer = false
    private var banglish = false
    private var someEvidence = false
    /// The first token of the last line asked about: a message's first word is most often the
    /// name it is about ("shathi bolse …"; a third of the romanised Hindi dev sentences start
    /// with a name or place, and few false findings stand there).
    var start: Int { line.lowerBound }

    mutating func readsAsChat(at index: Int, in text: AnalysisText) -> Bool {
      guard index < text.tokens.count else { return false }
      ask(index, text)
      return answer
    }

    /// Whether the line of token `index` holds chat evidence 2 or more
    /// (``RomanisedFunctionWords/chatEvidence(_:tokens:enough:)``: one distinctive word or two weak
    /// ones), as short messages do that fall short of reading as chat.
    mutating func hasSomeChatEvidence(at index: Int, in text: AnalysisText) -> Bool {
      guard index < text.tokens.count else { return false }
      ask(index, text)
      return someEvidence
    }

    /// Whether the line of token `index` reads as romanised chat and holds a Banglish word: there
    /// only findings made of chat words are dropped (session 32).
    mutating func readsAsBanglish(at index: Int, in text: AnalysisText) -> Bool {
      guard index < text.tokens.count else { return false }
      ask(index, text)
      return banglish
    }

    private mutating func ask(_ index: Int, _ text: AnalysisText) {
      guard !line.contains(index) else { return }
      line = NameLexiconDetector.LowercaseLines.line(around: index, text.tokens, text.bytes)
      let evidence = RomanisedFunctionWords.chatEvidence(text, tokens: line, enough: 3)
      let chat = evidence >= 3
      let bengali = chat && RomanisedFunctionWords.hasBengaliWord(text, tokens: line)
      answer = chat && !bengali
      banglish = bengali
      someEvidence = evidence >= 2
    }
  }
}
