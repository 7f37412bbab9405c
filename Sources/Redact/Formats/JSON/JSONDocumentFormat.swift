/// One JSON document per input (`--format json`): pretty-printed API responses and exports,
/// arrays at the top. Keys, strings and numbers are rewritten in place; everything else,
/// indentation included, is kept byte for byte.
public struct JSONDocumentFormat: DocumentFormat {
  /// One JSON document per input.
  public init() {}
  public var name: String { "json" }
  public var summary: String { "one JSON document per input (pretty-printed or not)" }
  public var framing: Framing { .whole }
  public var nullsDroppedValues: Bool { true }
  /// Values under keys that name a person's name (`name`, `full_name`, `nama`, `이름`…) are
  /// persons: ``JSONNameKeys``.
  public var preset: String? { JSONNameKeys.preset }

  /// `.json` names; content that parses as JSON as far as it goes, over more than one line.
  public func recognition(name: String?, head: UnsafeBufferPointer<UInt8>) -> Recognition {
    if let name, name.hasSuffix(".json") { return .generic }
    return JSONSniffer.isJSONSoFar(head) && !JSONSniffer.firstLineIsWholeJSON(head) ? .generic : .no
  }

  public func rewrite(_ unit: FormatUnit, into output: inout [UInt8], visit: PieceVisitor) throws {
    try NDJSONRewriter.rewrite(unit.bytes, into: &output, codec: .jsonRepairingMojibake, visit: visit)
  }
}

/// Cheap looks at the first bytes of an input, for recognising JSON formats.
enum JSONSniffer {
  /// Whether `head` opens an object or array and parses as JSON up to where it is cut off
  /// (`[PERSON] met…` or `[1] See…` does not).
  static func isJSONSoFar(_ head: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = head.firstIndex(where: { !ASCIIByte.isSpace($0) }),
      head[first] == UInt8(ascii: "{") || head[first] == UInt8(ascii: "["),
      head[(first + 1)...].contains(where: { !ASCIIByte.isSpace($0) })  // a lone `{` is text
    else { return false }
    // A head cut inside a UTF-8 sequence is trimmed to whole scalars first.
    var end = head.count
    while end > first, head[end - 1] & 0xC0 == 0x80 { end -= 1 }
    if end > first, head[end - 1] >= 0xC0 { end -= 1 }
    var discarded: [UInt8] = []
    do {
      try NDJSONRewriter.rewrite(UnsafeBufferPointer(rebasing: head[first..<end]), into: &discarded) { _, _ in .unchanged }
      return true
    } catch let error as NDJSONRewriter.SyntaxError {
      // Cut off, not wrong: the error is at the end of what was read.
      return error.reason.contains("end of input") || error.reason.contains("truncated") || error.offset >= end - first - 1
    } catch {
      return false
    }
  }

  /// Whether the first non-blank line is a complete JSON object or array.
  static func firstLineIsWholeJSON(_ head: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let start = head.firstIndex(where: { !ASCIIByte.isSpace($0) }),
      head[start] == UInt8(ascii: "{") || head[start] == UInt8(ascii: "["),
      let end = head[start...].firstIndex(of: 0x0A)
    else { return false }
    var discarded: [UInt8] = []
    do {
      try NDJSONRewriter.rewrite(UnsafeBufferPointer(rebasing: head[start..<end]), into: &discarded) { _, _ in .unchanged }
      return true
    } catch {
      return false
    }
  }
}
