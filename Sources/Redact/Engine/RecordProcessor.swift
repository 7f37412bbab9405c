/// Redacts or scans one record (one line) in a given format. Shared by the CLI and by library
/// users who stream their own data; immutable and safe to use from several threads.
public struct RecordProcessor: Sendable {
  public let engine: RedactionEngine
  public let format: RecordFormat

  public init(engine: RedactionEngine, format: RecordFormat) {
    self.engine = engine
    self.format = format
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
        let findings = engine.analyzer.analyze(text)
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
        try NDJSONRewriter.rewrite(record, into: &output) { value, _ in
          let text = AnalysisText(bytes: value)
          let findings = engine.analyzer.analyze(text)
          guard !findings.isEmpty else { return .unchanged }
          var redacted: [UInt8] = []
          redacted.reserveCapacity(value.count + 16)
          let outcome = try engine.redactor.redact(text, findings: findings, into: &redacted, stats: &recordStats)
          return outcome.dropRequested ? .null : .replace(redacted)
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
    /// JSON Pointer of the string value (NDJSON), nil for text.
    public let path: String?
    /// The bytes the finding's offsets index into.
    public let text: UnsafeBufferPointer<UInt8>
  }

  /// Reports findings without redacting. Offsets are UTF-8 bytes in the line (text) or in the
  /// decoded string value (NDJSON).
  public func scan(_ record: UnsafeBufferPointer<UInt8>, visit: (ScanFinding) -> Void) throws(RecordFailure) {
    do {
      try validate(record)
      switch format {
      case .text, .document:
        for finding in engine.analyzer.analyze(AnalysisText(bytes: record)) {
          visit(ScanFinding(finding: finding, path: nil, text: record))
        }
      case .ndjson:
        if isBlank(record) { return }
        var sink: [UInt8] = []
        try NDJSONRewriter.rewrite(record, into: &sink) { value, pointer in
          let findings = engine.analyzer.analyze(AnalysisText(bytes: value))
          if !findings.isEmpty {
            let path = pointer()
            for finding in findings { visit(ScanFinding(finding: finding, path: path, text: value)) }
          }
          return .unchanged
        }
      }
    } catch {
      throw Self.failure(error)
    }
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
