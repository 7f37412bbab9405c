/// Finds person names and places with the learned tagger (a CRF per language).
///
/// The text is tokenised once, cut into runs of one script family (Latin, Devanagari, Bengali,
/// Thai, Kana/Han), and each run is tagged with its language's model. Decoding is recall-first:
/// a token is part of a name when the probability that it is inside one exceeds the mode's
/// threshold, not only when it lies on the single best path.
package struct EntityTaggerDetector: Detector {
  package let id = "tagger"
  private let models: TaggerModels
  private let lexicon: Lexicon
  private let scratchPool: TaggerScratchPool
  private let guesser: LanguageGuesser
  /// Probability above which a token is masked.
  package let threshold: Float
  private let mode: DetectionMode
  /// The surety a Latin-script name without any capital letter needs in balanced mode. At 0.5
  /// it cost 2.6 points of English dev PERSON recall and 8 on the dev set lower-cased (lower-case
  /// chat names: "tell brad", "where's kishan") for 2.6 points of precision there; below 0.25
  /// "centre" in the bundled note's "drop-in centre" becomes a place.
  static let uncasedMinimum: Float = 0.25
  /// Entities grow over neighbouring tokens whose probability reaches this share of the seed
  /// threshold (a quarter masked far more non-names in Bengali and Nepali for little recall).
  static let extendFactor: Float = 0.5
  /// Runs are cut where their tokens cross a multiple of this many bytes of the record (the
  /// cut costs a little context at the seam, never a token). It bounds the per-token arrays of
  /// a run, and, being fixed to record offsets rather than counted from where the text starts
  /// (4,096 tokens, before), it cuts a long record analysed in windows where it cuts it whole.
  package static let runBytes = 16 << 10

  package init(models: TaggerModels, lexicon: Lexicon, languages: [String], mode: DetectionMode) {
    self.init(
      models: models, lexicon: lexicon, languages: languages, threshold: Self.threshold(for: mode), mode: mode)
  }

  /// A detector with an explicit decoding threshold (for evaluation and tuning).
  package init(
    models: TaggerModels, lexicon: Lexicon, languages: [String], threshold: Float, mode: DetectionMode = .balanced
  ) {
    self.mode = mode
    self.models = models
    self.lexicon = lexicon
    self.scratchPool = TaggerScratchPool(lexicon: lexicon)
    self.guesser = LanguageGuesser(languages: languages)
    self.threshold = threshold
  }

  /// Recall-first thresholds, chosen on the development sets (see docs/MEASUREMENTS.md).
  package static func threshold(for mode: DetectionMode) -> Float {
    switch mode {
    case .balanced: 0.15
    case .strict: 0.05
    }
  }

  package func detect(in text: AnalysisText, into findings: inout [Finding]) {
    let tokens = text.tokens
    guard !tokens.isEmpty else { return }
    scratchPool.with { scratch in
      scratch.families.removeAll(keepingCapacity: true)
      scratch.families.append(contentsOf: repeatElement(.none, count: tokens.count))
      var hasKana = false
      // Written through the buffer: an `append` per token checked the array's uniqueness each time.
      scratch.families.withUnsafeMutableBufferPointer { families in
        for (index, token) in tokens.enumerated() where token.script != .symbol && token.script != .digits {
          let first = text.bytes[token.start]
          let family = LanguageGuesser.family(
            of: first < 0x80 ? UInt32(first) : UTF8Scalars.decode(text.bytes, at: token.start).0.value)
          if family == .kana { hasKana = true }
          families[index] = family
        }
      }
      // Runs: maximal stretches of one family; digits and symbols join the run they sit in.
      var start = 0
      while start < tokens.count {
        var family = scratch.families[start]
        var end = start + 1
        while end < tokens.count
          && (text.offset + tokens[end].start) / Self.runBytes
            == (text.offset + tokens[end - 1].start) / Self.runBytes
        {
          // A line break ends a run: the models were trained on one sentence or line at a time.
          if text.bytes[tokens[end - 1].end..<tokens[end].start].contains(0x0A) { break }
          let next = scratch.families[end]
          let japanese = (next == .kana && family == .han) || (next == .han && family == .kana)
          if next != .none && family != .none && next != family && !japanese { break }
          if family == .none { family = next }
          if family == .han && next == .kana { family = .kana }
          end += 1
        }
        if family != .none {
          scratch.runTokens.removeAll(keepingCapacity: true)
          scratch.runTokens.append(contentsOf: tokens[start..<end])
          tag(text, &scratch, family: family, hasKana: hasKana, into: &findings)
        }
        start = end
      }
    }
  }

  private func tag(
    _ text: AnalysisText, _ scratch: inout TaggerScratch, family: LanguageGuesser.Family, hasKana: Bool,
    into findings: inout [Finding]
  ) {
    let tokens = scratch.runTokens
    scratch.extractor.prepare(text.bytes, tokens)
    scratch.words.removeAll(keepingCapacity: true)
    var nepaliEndings = 0
    if family == .latin || family == .devanagari {
      for (index, token) in tokens.prefix(64).enumerated() where token.script == .spaced {
        scratch.words.append(scratch.extractor.word(at: index))
        if family == .devanagari {
          nepaliEndings += LanguageGuesser.devanagariEndingVote(
            UnsafeBufferPointer(rebasing: text.bytes[token.start..<token.end]))
        }
      }
    }
    guard
      let language = guesser.language(
        for: family, words: scratch.words, nepaliEndings: nepaliEndings, hasKana: hasKana)
    else { return }
    models.withModel(language) { model in
      model.emissions(of: tokens, from: &scratch.extractor, into: &scratch.scores)
      model.marginals(emissions: scratch.scores, workspace: &scratch.workspace, into: &scratch.marginals)
    }
    let seed = threshold * Self.languageFactor(language)
    let marginals = scratch.marginals
    // Growing a name over "said" or "the" is never right: ordinary lower-case English words
    // are not reached by extension (they can still be part of a name on their own merit).
    // Filled through its buffer (an element written into `scratch.blocked` checked the array's
    // uniqueness per token), taken out of the scratch meanwhile so the extractor can be read.
    var blockedBuffer: [Bool] = []
    swap(&blockedBuffer, &scratch.blocked)
    blockedBuffer.removeAll(keepingCapacity: true)
    blockedBuffer.append(contentsOf: repeatElement(false, count: tokens.count))
    if family == .latin {
      let common = UInt64(LexiconFlags.commonWord.rawValue)
      blockedBuffer.withUnsafeMutableBufferPointer { blocked in
        for (index, token) in tokens.enumerated() where token.script == .spaced {
          let first = text.bytes[token.start]
          blocked[index] =
            first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z")
            && scratch.extractor.lexiconCode(at: index) & common != 0
        }
      }
    }
    swap(&blockedBuffer, &scratch.blocked)
    let blocked = scratch.blocked
    Self.decode(
      marginals, tokens, seed: seed, extend: seed * Self.extendFactor, blocked: blocked, buffers: &scratch.decoding)
    for span in scratch.decoding.spans {
      var range = tokens[span.first].start..<tokens[span.last].end
      if family == .latin && !Self.hasCapital(text.bytes, range) {
        // Without a capital letter, the model leans on context alone ("en", "the centre"):
        // balanced mode wants it surer; no mode takes one or two lower-case letters.
        // Lexicon names and countries ("priya sharma", "mexico") pass: chats are written
        // in lower case.
        if range.count <= 2
          || (mode == .balanced && span.probability < Self.uncasedMinimum
            && !allInLexicon(text.bytes, tokens, span, span.entity == .person ? .name : [.country, .region]))
        {
          continue
        }
      }
      if span.entity == .person && language == .th {
        range = Self.withThaiTitle(text.bytes, range)
      }
      findings.append(
        Finding(
          kind: span.entity == .person ? .person : .location, range: range,
          score: 0.5 + 0.5 * Double(min(span.probability, 1)), detector: id,
          explanation: Self.explanation(language)))
    }
  }

  /// Whether every word of the span is a lexicon entry of `kinds` (names, or places) that is
  /// not an ordinary word.
  private func allInLexicon(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ span: Span, _ kinds: LexiconFlags
  ) -> Bool {
    var folded = FoldedToken()
    var words = 0
    for index in span.first...span.last where tokens[index].script == .spaced {
      folded.load(bytes, tokens[index].start..<tokens[index].end)
      let flags = lexicon.flags(forKey: Lexicon.key(of: folded.bytes))
      if flags.isDisjoint(with: kinds) || flags.contains(.commonWord) || folded.bytes.count < 3 { return false }
      words += 1
    }
    return words > 0
  }

  /// The explanation of the tagger's findings in `language`: literals, not a `String` built
  /// by interpolation for every finding.
  static func explanation(_ language: TaggerLanguage) -> String {
    switch language {
    case .en: "model:en"
    case .hi: "model:hi"
    case .bn: "model:bn"
    case .ne: "model:ne"
    case .th: "model:th"
    case .ja: "model:ja"
    case .zh: "model:zh"
    case .id: "model:id"
    case .ko: "model:ko"
    }
  }

  /// Per-language scaling of the threshold, from the development sets: models trained on
  /// little or noisy data are less sure of themselves and need a lower cut for the same recall.
  static func languageFactor(_ language: TaggerLanguage) -> Float {
    switch language {
    case .bn: 0.87
    case .ne: 0.75
    case .hi, .id: 0.67
    case .en: 0.5
    case .zh: 0.6
    case .ja: 0.33
    case .th: 0.1
    case .ko: 0.67
    }
  }

  struct Span {
    var entity: TaggerEntity
    var first: Int
    var last: Int
    var probability: Float
  }

  /// Hysteresis decoding: a token whose probability of being inside a person (place) reaches
  /// `seed` starts an entity, which then grows over neighbouring tokens that reach `extend`.
  /// Names the model is sure of in part are masked whole; doubtful tokens alone are not.
  static func decode(
    _ marginals: [Float], _ tokens: [TaggerToken], seed: Float, extend: Float, blocked: [Bool]? = nil
  ) -> [Span] {
    var buffers = DecodeBuffers()
    decode(marginals, tokens, seed: seed, extend: extend, blocked: blocked, buffers: &buffers)
    return buffers.spans
  }

  /// Working arrays of ``decode(_:_:seed:extend:blocked:buffers:)``, kept between runs.
  struct DecodeBuffers {
    var assigned: [TaggerEntity?] = []
    var strength: [Float] = []
    /// The decoded entities.
    var spans: [Span] = []
  }

  /// Hysteresis decoding into `buffers.spans`.
  static func decode(
    _ marginals: [Float], _ tokens: [TaggerToken], seed: Float, extend: Float, blocked: [Bool]?,
    buffers: inout DecodeBuffers
  ) {
    let L = TaggerLabel.count
    let n = tokens.count
    func probability(_ entity: TaggerEntity, _ t: Int) -> Float {
      entity == .person
        ? marginals[t * L + 1] + marginals[t * L + 2] : marginals[t * L + 3] + marginals[t * L + 4]
    }
    buffers.spans.removeAll(keepingCapacity: true)
    buffers.assigned.removeAll(keepingCapacity: true)
    buffers.assigned.append(contentsOf: repeatElement(nil, count: n))
    buffers.strength.removeAll(keepingCapacity: true)
    buffers.strength.append(contentsOf: repeatElement(0, count: n))
    for t in 0..<n where tokens[t].script != .symbol {
      if let entity = TaggerModel.entity(marginals, at: t, threshold: seed) {
        buffers.assigned[t] = entity
        buffers.strength[t] = probability(entity, t)
      }
    }
    for t in 0..<n {
      guard let entity = buffers.assigned[t], buffers.strength[t] >= seed else { continue }
      var left = t - 1
      while left >= 0, buffers.assigned[left] == nil, tokens[left].script != .symbol, blocked?[left] != true,
        probability(entity, left) >= extend
      {
        buffers.assigned[left] = entity
        left -= 1
      }
      var right = t + 1
      while right < n, buffers.assigned[right] == nil, tokens[right].script != .symbol, blocked?[right] != true,
        probability(entity, right) >= extend
      {
        buffers.assigned[right] = entity
        right += 1
      }
    }
    var t = 0
    while t < n {
      guard let entity = buffers.assigned[t] else {
        t += 1
        continue
      }
      var span = Span(entity: entity, first: t, last: t, probability: 0)
      while t < n,
        buffers.assigned[t] == entity || (Self.joins(tokens, t) && t + 1 < n && buffers.assigned[t + 1] == entity)
      {
        span.probability = max(span.probability, probability(entity, t))
        if tokens[t].script != .symbol { span.last = t }
        t += 1
      }
      // Symbols do not start or end an entity.
      while span.first < span.last, tokens[span.first].script == .symbol { span.first += 1 }
      if tokens[span.first].script != .symbol { buffers.spans.append(span) }
    }
  }

  /// A symbol inside a name that does not end it: the `.` of an initial, a hyphen, an
  /// apostrophe, glued to the tokens on both sides or followed by a space after an initial.
  static func joins(_ tokens: [TaggerToken], _ t: Int) -> Bool {
    guard tokens[t].script == .symbol, t > 0, t + 1 < tokens.count, !tokens[t].spaceBefore else { return false }
    let length = tokens[t].end - tokens[t].start
    let previousLength = tokens[t - 1].end - tokens[t - 1].start
    // "S. Reddy": a one-letter token, a dot, a space. "Al-Amin", "O'Brien": glued both sides.
    return length == 1 && (!tokens[t + 1].spaceBefore || previousLength == 1)
  }

  /// Whether a byte range contains an upper-case letter.
  static func hasCapital(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = bytes[index]
      if byte < 0x80 {
        if byte >= 0x41 && byte <= 0x5A { return true }
        index += 1
        continue
      }
      let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
      if scalar.properties.isUppercase { return true }
      index += length
    }
    return false
  }

  /// Thai writes titles (นาย, นาง, น.ส.…) directly before the name; they belong to it.
  static func withThaiTitle(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
    for title in PersonContextWords.thaiTitleBytes where range.lowerBound >= title.count {
      let start = range.lowerBound - title.count
      if bytes[start..<range.lowerBound].elementsEqual(title) { return start..<range.upperBound }
    }
    return range
  }
}
