@testable import Redact

/// Shared set-up for the harnesses: engines are built once per process (loading the lexicon
/// and the tagger models takes longer than thousands of inputs).
public enum FuzzSupport {
  /// The default policy's engine (labels, balanced mode, every detector).
  public static let engine: RedactionEngine = {
    guard let policy = Policy.builtIn(named: "default") else { fatalError("no default policy") }
    do { return try RedactionEngine(policy: policy) } catch { fatalError("engine: \(error)") }
  }()

  /// The `publish` policy's engine (strict mode, lower threshold): more detectors fire.
  public static let strictEngine: RedactionEngine = {
    guard let policy = Policy.builtIn(named: "publish") else { fatalError("no publish policy") }
    do { return try RedactionEngine(policy: policy) } catch { fatalError("engine: \(error)") }
  }()

  /// A visitor that replaces every string piece whose bytes contain a digit with a label and
  /// keeps the rest: exercises both the copy-through and the replacement paths of a rewriter.
  public static func maskingDigits(_ piece: TextPiece, _ path: () -> FieldPath) -> PieceAction {
    _ = path()
    if piece.bytes.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { return .replace(Array("[X]".utf8)) }
    return .unchanged
  }

  /// Calls `body` with each record of `bytes` as the record loop frames it for `format`, with
  /// the input's header record for ``Framing/quotedRecords``.
  public static func forEachUnit(
    of bytes: UnsafeBufferPointer<UInt8>, framing: Framing,
    _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>?) -> Void
  ) {
    switch framing {
    case .whole:
      body(bytes, nil)
    case .lines:
      var start = 0
      while start < bytes.count {
        let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
        body(UnsafeBufferPointer(rebasing: bytes[start..<end]), nil)
        start = end + 1
      }
    case .quotedRecords:
      var start = 0
      var header: UnsafeBufferPointer<UInt8>?
      while start < bytes.count {
        let end = CSVRecordSplitter.recordEnd(in: bytes, from: start) ?? bytes.count
        let strip = end > start && bytes[end - 1] == 0x0A
        let record = UnsafeBufferPointer(rebasing: bytes[start..<(strip ? end - 1 : end)])
        body(record, header)
        if header == nil { header = record }
        start = max(end, start + 1)
      }
    }
  }

  /// Redacts every unit of `bytes` with `processor`; a failing unit is skipped (the record loop
  /// counts it), anything else — a crash, a hang, a sanitizer report — is the finding.
  public static func redactAll(_ bytes: UnsafeBufferPointer<UInt8>, with processor: RecordProcessor) {
    var output: [UInt8] = []
    var stats = RedactionStats()
    forEachUnit(of: bytes, framing: processor.format.framing) { record, header in
      let mark = output.count
      do {
        try processor.redact(record, header: header, into: &output, stats: &stats)
      } catch {
        // Fail closed: a failed unit appends nothing.
        precondition(output.count == mark, "a failed unit left output behind")
      }
    }
  }
}
