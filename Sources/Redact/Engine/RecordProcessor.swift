/// The record loop's work on one unit of input, for every format and every subcommand: it
/// hands the unit to its ``DocumentFormat``, and decides for each piece of text the format
/// hands back — field rules, learnt names, detection, operators, counting — whether it is
/// redacted (`redact`, `--check`), reported (`scan`), learnt or revealed.
///
/// Immutable and safe to use from several threads; library users who stream their own data
/// call it directly.
public struct RecordProcessor: Sendable {
  /// The policy's engine: what is found and how it is masked.
  public let engine: RedactionEngine
  /// How units are read and written back.
  public let format: any DocumentFormat
  /// The policy's field rules, then the format's preset's; the first match wins.
  package let rules: [FieldRule]
  private let fieldNames: FieldNameClassifier
  /// Per ``LeafScreen`` category: whether it skips every detector of this policy.
  private let runsNothing: [Bool]
  /// Per ``LeafScreen`` category, the detectors it skips (worked out once, not per piece).
  private let skipsByCategory: [Analyzer.DetectorSkips]
  private let skipsNone: Analyzer.DetectorSkips
  /// Whether units are read twice, first to learn what their structure states (``DocumentScope``).
  package let learns: Bool
  /// For generic JSON: tells units no field rule can match, which are then read once and walked
  /// without rule look-ups (nil: every unit is read with the rules).
  private let ruleScreen: FieldRuleKeyScreen?
  /// Structured units of at least this many bytes have their pieces analysed in parallel
  /// before the rewrite (``PrefetchedAnalyses``); tests set it to compare both paths.
  var prefetchUnitBytes = PrefetchedAnalyses.minimumUnitBytes
  /// The findings of short structured pieces the walk has analysed, per worker, across units
  /// (``RepeatedPieceCache``); nil analyses every piece (tests compare both).
  var repeatedPieces: RepeatedPieceCaches? = RepeatedPieceCaches()

  /// - Precondition: the format's preset, if any, is a valid policy (every registered format's
  ///   is checked by the tests).
  public init(engine: RedactionEngine, format: some DocumentFormat) {
    self.engine = engine
    self.format = format
    var rules = engine.policy.fields
    if let preset = format.preset {
      do {
        rules += try PolicyLoader.parse(preset).fields
      } catch {
        preconditionFailure("the preset of format '\(format.name)' is not a valid policy: \(error)")
      }
    }
    rules += Self.generatedPresetRules(of: format)
    self.rules = rules
    // The engine has loaded the bundled lexicon already; this only looks it up.
    fieldNames = FieldNameClassifier(lexicon: try? Lexicon.bundled())
    let active = Set(engine.analyzer.detectors.map(\.id))
    runsNothing = LeafScreen.skippedByCategory.map { active.isSubset(of: $0) }
    skipsByCategory = LeafScreen.skippedByCategory.map(engine.analyzer.skips)
    skipsNone = engine.analyzer.skips([])
    ruleScreen = format is NDJSONFormat || format is JSONDocumentFormat ? FieldRuleKeyScreen(rules: rules) : nil
    learns =
      format.marksCertainPieces
      || rules.contains { rule in
        if case .kind(let kind, _) = rule.action { return DocumentScope.learntKinds.contains(kind) }
        return false
      }
  }

  /// Appends the redacted unit to `output`. On failure nothing is appended.
  ///
  /// - Parameters:
  ///   - record: the unit's bytes (a line without its terminator, or a whole input).
  ///   - header: the input's header record, for ``Framing/quotedRecords`` formats.
  ///   - scope: what was learnt from a whole archive (``learn(_:header:into:)``); when nil,
  ///     the unit is its own document and is read once first to learn from it.
  ///   - output: where the redacted unit is appended.
  ///   - stats: counts of what was found and done, added to only when the unit succeeds.
  /// - Throws: ``RecordFailure`` saying why (never quoting the input); `output` is then unchanged.
  public func redact(
    _ record: UnsafeBufferPointer<UInt8>, header: UnsafeBufferPointer<UInt8>? = nil, scope: DocumentScope? = nil,
    into output: inout [UInt8], stats: inout RedactionStats
  ) throws(RecordFailure) {
    let mark = output.count
    // Counts go to a local copy first: a record that fails half-way must not be counted.
    var recordStats = RedactionStats()
    defer { stats.merge(recordStats) }
    do {
      try Self.validate(record, header)
      let unit = FormatUnit(bytes: record, header: header)
      let ruled = ruled(unit)
      let learnt = try scope ?? learnt(from: unit, ruled: ruled, scratch: &output)
      try walk(unit, ruled: ruled, scope: learnt, into: &output, stats: &recordStats, scanned: nil)
    } catch {
      output.removeSubrange(mark...)
      recordStats = RedactionStats()
      throw Self.failure(error, in: record)
    }
  }

  /// Learns what the unit's structure states (authors, mentions, fields ruled to a learnt
  /// kind) into `scope`, for an archive whose members share one scope.
  public func learn(
    _ record: UnsafeBufferPointer<UInt8>, header: UnsafeBufferPointer<UInt8>? = nil, into scope: inout DocumentScope
  ) throws(RecordFailure) {
    do {
      try Self.validate(record, header)
      var scratch: [UInt8] = []
      let unit = FormatUnit(bytes: record, header: header)
      scope.merge(try learnt(from: unit, ruled: ruled(unit), scratch: &scratch))
    } catch {
      throw Self.failure(error, in: record)
    }
  }

  /// One finding reported by ``scan(_:header:scope:visit:)``.
  public struct ScanFinding {
    /// What was found; its offsets index ``text``.
    public let finding: Finding
    /// Where the piece lies in a structured unit, as a JSON Pointer (for a key, of the object
    /// holding it); nil for plain text. Keys that the policy would mask appear as their labels
    /// (`/contacts/[PHONE]`), never as read.
    public let path: String?
    /// What the finding lies in when it is not text: an object key or a number (offsets then
    /// index the decoded key or the number's literal text). Nil for string values and text.
    public let part: TextPiece.Role?
    /// The bytes the finding's offsets index into.
    public let text: UnsafeBufferPointer<UInt8>
  }

  /// Reports findings without redacting: the same decisions as ``redact(_:header:scope:into:stats:)``.
  /// Offsets are UTF-8 bytes in the line (text), or in the decoded piece (structured formats).
  public func scan(
    _ record: UnsafeBufferPointer<UInt8>, header: UnsafeBufferPointer<UInt8>? = nil, scope: DocumentScope? = nil,
    visit: (ScanFinding) -> Void
  ) throws(RecordFailure) {
    do {
      try Self.validate(record, header)
      let unit = FormatUnit(bytes: record, header: header)
      let ruled = ruled(unit)
      var sink: [UInt8] = []
      let learnt = try scope ?? learnt(from: unit, ruled: ruled, scratch: &sink)
      var stats = RedactionStats()
      // The walk holds `visit` only while it runs.
      try withoutActuallyEscaping(visit) { visit in
        try walk(unit, ruled: ruled, scope: learnt, into: &sink, stats: &stats, scanned: visit)
      }
    } catch {
      throw Self.failure(error, in: record)
    }
  }

  // MARK: - The walk

  /// What the unit states outright, read in a first pass (empty when nothing can be learnt).
  /// The format's rewrite goes to the end of `scratch` and is taken back: the buffer that will
  /// hold the real output, so a large document is not copied once more for nothing.
  private func learnt(from unit: FormatUnit, ruled: Bool, scratch: inout [UInt8]) throws -> DocumentScope {
    var scope = DocumentScope()
    guard learns && (ruled || format.marksCertainPieces) else { return scope }
    let mark = scratch.count
    defer { scratch.removeSubrange(mark...) }
    let cache = ruled ? repeatedPieces?.borrow() : nil
    defer { if let cache { repeatedPieces?.giveBack(cache) } }
    try format.rewrite(unit, into: &scratch) { piece, path in
      guard piece.role != .key else { return .unchanged }
      var kind = piece.certain
      if ruled, let rule = firstRule(matching: path(), cache) {
        switch rule.action {
        case .kind(let ruledKind, _): kind = ruledKind
        case .skip, .drop: return .unchanged
        }
      }
      if let kind, !Self.isLabel(piece.bytes) {
        let recurrence = engine.analyzer.recurrence
        if let cache {
          scope.learn(piece.bytes, as: kind) { cache.learntTerms.terms(learning: $0, as: kind, recurrence: recurrence) }
        } else {
          scope.learn(piece.bytes, as: kind, recurrence: recurrence)
        }
      }
      return .unchanged
    }
    return scope
  }

  /// Rewrites (or, with `scanned`, only reports) every piece of the unit.
  private func walk(
    _ unit: FormatUnit, ruled: Bool, scope: DocumentScope, into output: inout [UInt8], stats: inout RedactionStats,
    scanned: ((ScanFinding) -> Void)?
  ) throws {
    let learnt = scope.detector()
    if format.unitIsOneTextPiece && learnt == nil && !ruled {
      try redactWholeText(unit.bytes, into: &output, stats: &stats, scanned: scanned)
      return
    }
    let structured = !format.unitIsOneTextPiece
    let cache = structured || ruled ? repeatedPieces?.borrow() : nil
    defer { if let cache { repeatedPieces?.giveBack(cache) } }
    let prefetched = try prefetch(unit, ruled: ruled, learnt: learnt, cache: cache)
    var ordinal = -1
    try format.rewrite(unit, into: &output) { piece, path in
      ordinal += 1
      let certain = piece.role == .key || Self.isLabel(piece.bytes) ? nil : piece.certain
      var location: FieldPath?
      if ruled {
        let here = path()
        location = here
        if let rule = firstRule(matching: here, cache) {
          switch rule.action {
          case .skip where piece.role == .number || !UTF8Scalars.containsLetter(piece.bytes):
            // Skipped only while it holds no letter (a timestamp, an id): a name or an address
            // put where the preset expected a date is still scanned.
            return .unchanged
          case .skip:
            break
          case .drop where piece.role != .key:
            let finding = Finding(kind: Self.droppedField, range: 0..<piece.bytes.count, score: 1, detector: "field")
            if let scanned {
              scanned(
                ScanFinding(
                  finding: finding, path: here.pointer, part: piece.role == .number ? .number : nil, text: piece.bytes))
              return .unchanged
            }
            stats.record(finding, operator: .drop)
            if piece.role == .number { stats.numbersMasked += 1 }
            return .null
          case .drop:
            break
          case .kind where piece.role != .key && Self.isLabel(piece.bytes):
            // Already masked (a redacted export run again, `--check` on clean output).
            return .unchanged
          case .kind(let kind, let op) where piece.role != .key:
            // The rule says what the value is: masked whole as its kind (a detector's other
            // reading of it, `VN` as a name, does not change the label).
            guard let whole = Self.trimmed(piece.bytes) else { return .unchanged }
            let finding = Finding(kind: kind, range: whole, score: 1, detector: "field")
            if let scanned {
              let part = piece.role == .string ? nil : piece.role
              scanned(ScanFinding(finding: finding, path: here.pointer, part: part, text: piece.bytes))
              return .unchanged
            }
            var redacted: [UInt8] = []
            let outcome = try engine.redactor.redact(
              AnalysisText(bytes: piece.bytes), findings: [finding], into: &redacted, stats: &stats,
              operatorOverride: op)
            if piece.role == .number { stats.numbersMasked += 1 }
            return outcome.dropRequested && (format.nullsDroppedValues || piece.role == .number)
              ? .null : .replace(redacted)
          case .kind:
            break
          }
        }
      }
      guard let skipped = skippedDetectors(for: piece, certain: certain, learnt: learnt != nil) else {
        return .unchanged
      }
      let text = AnalysisText(bytes: piece.bytes, field: piece.field)
      var findings =
        prefetched?.findings(ordinal: ordinal, piece, skipped: skipped)
        ?? analyzed(text, skipping: skipped, learnt: learnt, cache: structured ? cache : nil)
      if let certain, !Self.covers(findings, piece.bytes), let whole = Self.trimmed(piece.bytes) {
        findings = [Finding(kind: certain, range: whole, score: 1, detector: "field")]
      }
      guard !findings.isEmpty else { return .unchanged }
      if let scanned {
        let pointer = structured ? (location ?? path()).pointer : nil
        let part = piece.role == .string ? nil : piece.role
        for finding in findings { scanned(ScanFinding(finding: finding, path: pointer, part: part, text: piece.bytes)) }
        // Paths of the values inside spell a masked key by its labels, never as read.
        return piece.role == .key ? .replace(Redactor.labelled(piece.bytes, findings)) : .unchanged
      }
      var redacted: [UInt8] = []
      redacted.reserveCapacity(piece.bytes.count + 16)
      let outcome = try engine.redactor.redact(text, findings: findings, into: &redacted, stats: &stats)
      switch piece.role {
      case .string:
        return outcome.dropRequested && format.nullsDroppedValues ? .null : .replace(redacted)
      case .key:
        // A key cannot be dropped without changing the object's shape: it keeps a label.
        if outcome.dropRequested || redacted.isEmpty { redacted = Redactor.labelled(piece.bytes, findings) }
        guard !redacted.elementsEqual(piece.bytes) else { return .unchanged }
        stats.keysMasked += 1
        return .replace(redacted)
      case .number:
        guard outcome.dropRequested || !redacted.elementsEqual(piece.bytes) else { return .unchanged }
        stats.numbersMasked += 1
        return outcome.dropRequested ? .null : .replace(redacted)
      }
    }
  }

  /// The preset rules a generic format builds in code, after its preset's text: the spellings
  /// of relation and role name fields (``PersonNameFields``) and of place and coordinate fields
  /// (``PlaceFields``), too many to parse at each start.
  static func generatedPresetRules(of format: some DocumentFormat) -> [FieldRule] {
    switch format {
    case is CSVFormat, is TSVFormat: CSVNameColumns.generatedRules + PlaceFields.tableRules
    case is NDJSONFormat, is JSONDocumentFormat: JSONNameKeys.generatedRules + PlaceFields.jsonRules
    default: []
    }
  }

  /// Whether the unit is read with the field rules: there are some, and (for generic JSON) one
  /// of their keys is written in the unit (``FieldRuleKeyScreen``).
  private func ruled(_ unit: FormatUnit) -> Bool {
    !rules.isEmpty && (ruleScreen?.mayMatch(unit.bytes) ?? true)
  }

  /// The first of the field rules matching `path`, remembered in `cache` when there is one.
  func firstRule(matching path: FieldPath, _ cache: RepeatedPieceCache?) -> FieldRule? {
    guard let cache else { return FieldRule.first(in: rules, matching: path) }
    return cache.fieldRules.first(in: rules, matching: path)
  }

  /// The findings of one piece of a structured unit: the analyzer's, and what the unit taught
  /// (``DocumentScope``).
  /// A piece `cache` holds an earlier analysis of is not analysed again.
  func analyzed(
    _ text: AnalysisText, skipping skips: Analyzer.DetectorSkips, learnt: LearntTermsDetector?,
    cache: RepeatedPieceCache? = nil
  ) -> [Finding] {
    var findings =
      cache?.findings(text, skipping: skips, analysis: engine.analyzer.analyze)
      ?? engine.analyzer.analyze(text, skipping: skips)
    if let learnt {
      let before = findings.count
      learnt.detect(in: text, into: &findings)
      if findings.count > before { OverlapResolver.resolve(&findings) }
    }
    return findings
  }

  /// A unit that is one text piece with nothing learnt or ruled: redacted straight into the
  /// output, its findings held compactly (a 64 MiB record is not copied again).
  private func redactWholeText(
    _ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8], stats: inout RedactionStats,
    scanned: ((ScanFinding) -> Void)?
  ) throws {
    let text = AnalysisText(bytes: bytes)
    if let scanned {
      for finding in engine.analyzer.analyze(text) {
        scanned(ScanFinding(finding: finding, path: nil, part: nil, text: bytes))
      }
      return
    }
    let findings = engine.analyzer.findings(text)
    if findings.isEmpty {
      output.append(contentsOf: bytes)
    } else {
      _ = try engine.redactor.redact(text, findings: findings, into: &output, stats: &stats)
    }
  }

  /// The line of `record` that `offset` is on, when that is after a line break (a
  /// pretty-printed JSON document); else nil.
  private static func line(of offset: Int, in record: UnsafeBufferPointer<UInt8>?) -> Int? {
    guard let record else { return nil }
    let end = min(offset, record.count)
    var lines = 1
    for index in 0..<end where record[index] == 0x0A { lines += 1 }
    return lines > 1 ? lines : nil
  }

  /// Whether `bytes` is one redaction label and nothing else (`[PERSON]`, `[PHONE]#2`,
  /// `[LOCATION: Telangāna, India]`): what this tool wrote, not a name to learn or mask again.
  static func isLabel(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let whole = trimmed(bytes), bytes[whole.lowerBound] == UInt8(ascii: "[") else { return false }
    var index = whole.lowerBound + 1
    let nameStart = index
    while index < whole.upperBound, ASCIIByte.isUpper(bytes[index]) || bytes[index] == UInt8(ascii: "_") { index += 1 }
    guard index > nameStart, index < whole.upperBound else { return false }
    if bytes[index] == UInt8(ascii: ":") {
      while index < whole.upperBound, bytes[index] != UInt8(ascii: "]") { index += 1 }
      guard index < whole.upperBound else { return false }
    }
    guard bytes[index] == UInt8(ascii: "]") else { return false }
    index += 1
    if index < whole.upperBound, bytes[index] == UInt8(ascii: "#") {
      index += 1
      while index < whole.upperBound, ASCIIByte.isDigit(bytes[index]) { index += 1 }
    }
    return index == whole.upperBound
  }

  /// The kind counted for values removed by a `drop` field rule.
  static let droppedField = EntityKind("field")

  /// Whether `findings` cover every letter and digit of `bytes`.
  private static func covers(_ findings: [Finding], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    for finding in findings {
      if finding.range.lowerBound > index,
        UTF8Scalars.containsWordScalar(UnsafeBufferPointer(rebasing: bytes[index..<finding.range.lowerBound]))
      {
        return false
      }
      index = max(index, finding.range.upperBound)
    }
    return index >= bytes.count
      || !UTF8Scalars.containsWordScalar(UnsafeBufferPointer(rebasing: bytes[index...]))
  }

  /// The range of `bytes` without leading and trailing white space; nil when blank.
  private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    var lower = 0
    var upper = bytes.count
    while lower < upper, ASCIIByte.isSpace(bytes[lower]) { lower += 1 }
    while upper > lower, ASCIIByte.isSpace(bytes[upper - 1]) { upper -= 1 }
    return lower < upper ? lower..<upper : nil
  }

  private func category(of piece: TextPiece) -> Int {
    LeafScreen.category(of: piece, isFieldName: fieldNames.isFieldName)
  }

  /// The detectors not to run on a piece the walk analyses (one the format says is certain,
  /// or any piece of a unit with learnt values: every detector on text), or nil when none of
  /// the policy's would run.
  func skippedDetectors(for piece: TextPiece, certain: EntityKind?, learnt: Bool) -> Analyzer.DetectorSkips? {
    guard certain == nil && !learnt else {
      return piece.role == .string ? skipsNone : skipsByCategory[category(of: piece)]
    }
    return skippedDetectors(for: piece)
  }

  /// The detectors not to run on `piece`, or nil when none of the policy's would run.
  private func skippedDetectors(for piece: TextPiece) -> Analyzer.DetectorSkips? {
    let category = category(of: piece)
    return runsNothing[category] ? nil : skipsByCategory[category]
  }

  static func validate(_ record: UnsafeBufferPointer<UInt8>, _ header: UnsafeBufferPointer<UInt8>?)
    throws(RecordFailure)
  {
    if let (offset, reason) = UTF8Validator.unreadableText(in: record) {
      throw RecordFailure("\(reason) at byte \(offset + 1)")
    }
    if let header, let (offset, reason) = UTF8Validator.unreadableText(in: header) {
      throw RecordFailure("\(reason) in the header at byte \(offset + 1)")
    }
  }

  static func failure(_ error: any Error, in record: UnsafeBufferPointer<UInt8>? = nil) -> RecordFailure {
    switch error {
    case let failure as RecordFailure: failure
    case let syntax as NDJSONRewriter.SyntaxError:
      RecordFailure(syntax.description, line: line(of: syntax.offset, in: record))
    case let format as FormatError: RecordFailure(format.description, line: line(of: format.offset, in: record))
    case let redactor as Redactor.Error: RecordFailure(redactor.description)
    case let crypto as CryptoError: RecordFailure("operator failed: \(crypto.description)")
    default: RecordFailure("internal error: \(type(of: error))")
    }
  }
}
