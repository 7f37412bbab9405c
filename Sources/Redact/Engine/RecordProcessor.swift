/// Redacts or scans one record (one line) in a given format. Shared by the CLI and by library
/// users who stream their own data; immutable and safe to use from several threads.
public struct RecordProcessor: Sendable {
  public let engine: RedactionEngine
  public let format: RecordFormat
  private let fieldNames: FieldNameClassifier
  /// Per ``LeafScreen`` category: whether it skips every detector of this policy.
  private let runsNothing: [Bool]

  public init(engine: RedactionEngine, format: RecordFormat) {
    self.engine = engine
    self.format = format
    // The engine has loaded the bundled lexicon already; this only looks it up.
    fieldNames = FieldNameClassifier(lexicon: try? Lexicon.bundled())
    let active = Set(engine.analyzer.detectors.map(\.id))
    runsNothing = LeafScreen.skippedByCategory.map { active.isSubset(of: $0) }
  }

  /// Appends the redacted record to `output`. On failure nothing is appended.
  ///
  /// - Parameter record: the record's bytes without its line terminator.
  public func redact(
    _ record: UnsafeBufferPointer<UInt8>, into output: inout [UInt8], stats: inout RedactionStats
  ) throws(RecordFailure) {
    let mark = output.count
    // Counts go to a local copy first: a record that fails half-way must not be counted.
    var recordStats = RedactionStats()
    defer { stats.merge(recordStats) }
    do {
      try validate(record)
      switch format {
      case .text, .document:
        let text = AnalysisText(bytes: record)
        let findings = engine.analyzer.findings(text)
        if findings.isEmpty {
          output.append(contentsOf: record)
        } else {
          _ = try engine.redactor.redact(text, findings: findings, into: &output, stats: &recordStats)
        }
      case .ndjson:
        if isBlank(record) {
          output.append(contentsOf: record)
          return
        }
        try NDJSONRewriter.rewrite(record, into: &output) { leaf, _ in
          guard let skipped = skippedDetectors(for: leaf) else { return .unchanged }
          let text = AnalysisText(bytes: leaf.bytes, field: leaf.field)
          let findings = engine.analyzer.findings(text, skipping: skipped)
          guard !findings.isEmpty else { return .unchanged }
          var redacted: [UInt8] = []
          redacted.reserveCapacity(leaf.bytes.count + 16)
          let outcome = try engine.redactor.redact(text, findings: findings, into: &redacted, stats: &recordStats)
          switch leaf.role {
          case .string:
            return outcome.dropRequested ? .null : .replace(redacted)
          case .key:
            // A key cannot be dropped without changing the object's shape: it keeps a label.
            if outcome.dropRequested || redacted.isEmpty { redacted = Redactor.labelled(leaf.bytes, findings) }
            guard !redacted.elementsEqual(leaf.bytes) else { return .unchanged }
            recordStats.keysMasked += 1
            return .replace(redacted)
          case .number:
            guard outcome.dropRequested || !redacted.elementsEqual(leaf.bytes) else { return .unchanged }
            recordStats.numbersMasked += 1
            return outcome.dropRequested ? .null : .replace(redacted)
          }
        }
      }
    } catch {
      output.removeSubrange(mark...)
      recordStats = RedactionStats()
      throw Self.failure(error)
    }
  }

  /// One finding reported by ``scan(_:visit:)``.
  public struct ScanFinding {
    public let finding: Finding
    /// JSON Pointer of the value (NDJSON; for a key, of the object holding it), nil for text.
    /// Keys that the policy would mask appear as their labels (`/contacts/[PHONE]`), never as read.
    public let path: String?
    /// What the finding lies in when it is not a string value: an object key or a number
    /// (offsets then index the decoded key or the number's literal text). Nil for string values
    /// and text.
    public let part: NDJSONRewriter.Leaf.Role?
    /// The bytes the finding's offsets index into.
    public let text: UnsafeBufferPointer<UInt8>
  }

  /// Reports findings without redacting. Offsets are UTF-8 bytes in the line (text), or in the
  /// decoded string value, decoded key or number literal (NDJSON).
  public func scan(_ record: UnsafeBufferPointer<UInt8>, visit: (ScanFinding) -> Void) throws(RecordFailure) {
    do {
      try validate(record)
      switch format {
      case .text, .document:
        for finding in engine.analyzer.analyze(AnalysisText(bytes: record)) {
          visit(ScanFinding(finding: finding, path: nil, part: nil, text: record))
        }
      case .ndjson:
        if isBlank(record) { return }
        var sink: [UInt8] = []
        try NDJSONRewriter.rewrite(record, into: &sink) { leaf, pointer in
          guard let skipped = skippedDetectors(for: leaf) else { return .unchanged }
          let findings = engine.analyzer.analyze(AnalysisText(bytes: leaf.bytes, field: leaf.field), skipping: skipped)
          guard !findings.isEmpty else { return .unchanged }
          let path = pointer()
          let part = leaf.role == .string ? nil : leaf.role
          for finding in findings {
            visit(ScanFinding(finding: finding, path: path, part: part, text: leaf.bytes))
          }
          // Paths of the values inside spell a masked key by its labels, never as read.
          return leaf.role == .key ? .replace(Redactor.labelled(leaf.bytes, findings)) : .unchanged
        }
      }
    } catch {
      throw Self.failure(error)
    }
  }

  /// The detectors not to run on `leaf`, or nil when none of the policy's would run.
  private func skippedDetectors(for leaf: NDJSONRewriter.Leaf) -> Set<String>? {
    let category = LeafScreen.category(of: leaf, isFieldName: fieldNames.isFieldName)
    return runsNothing[category] ? nil : LeafScreen.skippedByCategory[category]
  }

  private func validate(_ record: UnsafeBufferPointer<UInt8>) throws(RecordFailure) {
    if let offset = UTF8Validator.firstInvalidOffset(in: record) {
      throw RecordFailure("invalid UTF-8 at byte \(offset + 1)")
    }
  }

  private func isBlank(_ record: UnsafeBufferPointer<UInt8>) -> Bool {
    record.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
  }

  private static func failure(_ error: any Error) -> RecordFailure {
    switch error {
    case let failure as RecordFailure: failure
    case let syntax as NDJSONRewriter.SyntaxError: RecordFailure(syntax.description)
    case let redactor as Redactor.Error: RecordFailure(redactor.description)
    case let crypto as CryptoError: RecordFailure("operator failed: \(crypto.description)")
    default: RecordFailure("internal error: \(type(of: error))")
    }
  }
}
