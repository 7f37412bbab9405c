extension DocumentFormat {
  /// Turns `encrypt` tokens in every text piece and key of a unit back into their values,
  /// writing the unit back in its format (a JSON value stays valid JSON).
  ///
  /// - Returns: how many tokens were revealed, and how many looked like tokens but could not
  ///   be opened (altered, or another key or domain); those are left as they were.
  /// - Throws: ``RecordFailure`` when the unit is not valid in the format; nothing is appended.
  package func reveal(
    _ record: UnsafeBufferPointer<UInt8>, header: UnsafeBufferPointer<UInt8>? = nil, cipher: TokenCipher,
    into output: inout [UInt8]
  ) throws(RecordFailure) -> (revealed: Int, failed: Int) {
    let mark = output.count
    var counts = (revealed: 0, failed: 0)
    do {
      try RecordProcessor.validate(record, header)
      try rewrite(FormatUnit(bytes: record, header: header), into: &output) { piece, _ in
        guard piece.role != .number else { return .unchanged }
        let result = cipher.reveal(Array(piece.bytes))
        counts.revealed += result.revealed
        counts.failed += result.failed
        return result.revealed > 0 ? .replace(result.text) : .unchanged
      }
    } catch {
      output.removeSubrange(mark...)
      throw RecordProcessor.failure(error)
    }
    return counts
  }
}
