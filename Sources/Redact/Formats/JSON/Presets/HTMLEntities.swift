/// X writes tweet text HTML-escaped (`Priya &amp; Rahim`, `&lt;3`); a name or number next to an
/// entity is one token with it, which the detectors do not see apart. The X formats hand the
/// detectors each string with its entities decoded, and write a masked string back escaped as X
/// does (`&`, `<`, `>`); untouched strings keep their bytes.
enum HTMLEntities {
  /// Calls `visit` with the piece's entities decoded (when it has any).
  static func visitDecoded(_ piece: TextPiece, _ path: () -> FieldPath, _ visit: PieceVisitor) throws -> PieceAction {
    try withoutActuallyEscaping(path) { path in
      guard piece.role == .string, piece.bytes.contains(UInt8(ascii: "&")), let decoded = decode(piece.bytes) else {
        return try visit(piece, path)
      }
      let action = try decoded.withUnsafeBufferPointer {
        try visit(TextPiece(role: piece.role, bytes: $0, field: piece.field, certain: piece.certain), path)
      }
      guard case .replace(let text) = action else { return action }
      return .replace(escape(text))
    }
  }

  /// `bytes` with `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&nbsp;`, `&#N;` and `&#xH;`
  /// decoded; nil when there is none. Anything else after `&` stays as it is.
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    let named: [(String, [UInt8])] = [
      ("amp", [0x26]), ("lt", [0x3C]), ("gt", [0x3E]), ("quot", [0x22]), ("apos", [0x27]), ("nbsp", [0xC2, 0xA0]),
    ]
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var changed = false
    var index = 0
    while index < bytes.count {
      guard bytes[index] == UInt8(ascii: "&"),
        let semicolon = bytes[(index + 1)..<min(bytes.count, index + 12)].firstIndex(of: UInt8(ascii: ";"))
      else {
        result.append(bytes[index])
        index += 1
        continue
      }
      let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<semicolon]), as: UTF8.self)
      var replacement: [UInt8]?
      if let entry = named.first(where: { $0.0 == name }) {
        replacement = entry.1
      } else if name.hasPrefix("#") {
        let digits = name.dropFirst()
        let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        if let value, value > 0, let scalar = Unicode.Scalar(value) { replacement = Array(String(scalar).utf8) }
      }
      if let replacement {
        result += replacement
        changed = true
        index = semicolon + 1
      } else {
        result.append(bytes[index])
        index += 1
      }
    }
    return changed ? result : nil
  }

  /// `text` with `&`, `<` and `>` escaped, as X writes tweet text.
  static func escape(_ text: [UInt8]) -> [UInt8] {
    guard text.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E }) else { return text }
    var result: [UInt8] = []
    result.reserveCapacity(text.count + 8)
    for byte in text {
      switch byte {
      case 0x26: result += Array("&amp;".utf8)
      case 0x3C: result += Array("&lt;".utf8)
      case 0x3E: result += Array("&gt;".utf8)
      default: result.append(byte)
      }
    }
    return result
  }
}
