extension VietnameseText {
  /// What is known of one ``AnalysisText``'s Vietnamese view, kept on the text
  /// (``AnalysisText/vietnamese``) so that ``VietnameseNameRules`` and
  /// ``VietnamesePlaceRules`` compute it once between them.
  enum Cache {
    case unknown
    /// The signal is known (nil: nothing Vietnamese), the words are not built yet.
    case signal(Signal?)
    case built(VietnameseText)
  }

  /// The text's ``signal(of:)``, computed on first use and kept on the text.
  static func sharedSignal(of text: AnalysisText) -> Signal? {
    switch text.vietnamese {
    case .unknown:
      let signal = signal(of: text)
      text.vietnamese = .signal(signal)
      return signal
    case .signal(let signal): return signal
    case .built(let vi): return vi.signal
    }
  }

  /// The text's words, built on first use and kept on the text; nil when the text shows
  /// nothing Vietnamese.
  ///
  /// Performance: building the words (a folded and a lower-case string per word, its casing
  /// and syllable shape) was 2.8 s of 7.65 s on English text ×20 when both rules built them.
  static func shared(_ text: AnalysisText) -> VietnameseText? {
    if case .built(let vi) = text.vietnamese { return vi }
    guard let signal = sharedSignal(of: text) else { return nil }
    let vi = VietnameseText(text, signal: signal)
    text.vietnamese = .built(vi)
    return vi
  }

  /// Whether a text whose signal is ``Signal/none`` may hold a name that
  /// ``VietnameseNameRules`` finds there. In such text it finds only a capitalised family name
  /// followed by a capitalised word (`Nguyen Van An`) and a capitalised word right after a
  /// title or kin term or `là` (`anh Tuan`), each pair of words separated by spaces only. A
  /// text without such a pair gets no finding, so the screen is exact.
  ///
  /// Performance: English text passes the signal's gate on almost every line (`to`, `do`,
  /// `than`, `van`, `la` are family names or function words); this screen reads the shared
  /// token keys and the first byte of a word, and decodes no word.
  static func mayHoldName(withoutSignal text: AnalysisText) -> Bool {
    let bytes = text.bytes
    let tokens = text.tokens
    let keys = text.tokenKeys
    func isCapitalised(_ token: TaggerToken) -> Bool {
      let lead = bytes[token.start]
      if lead < 0x80 { return ASCIIByte.isUpper(lead) }
      return UTF8Scalars.decode(bytes, at: token.start).0.properties.isUppercase
    }
    var index = 1
    while index < tokens.count {
      let word = tokens[index - 1]
      let next = tokens[index]
      index += 1
      // The next word's capital first (most words of English text have none), then the key
      // probes: the same tests as before, none with a side effect.
      guard word.script == .spaced, next.script == .spaced, next.spaceBefore, isCapitalised(next) else { continue }
      let key = keys[index - 2]
      if VietnameseLexicon.titleKeys.contains(key) { return true }
      guard VietnameseLexicon.familyKeys.contains(key), isCapitalised(word) else { continue }
      return true
    }
    return false
  }
}
