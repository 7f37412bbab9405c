extension RedactionEngine {
  /// `text` with everything the policy's detectors find replaced by its kind's label, for
  /// messages and reports that must name something a user chose — an input file such as
  /// `cases/Rahim_Uddin_notes.txt` becomes `cases/[PERSON]_notes.txt`.
  ///
  /// `_`, `-`, `.` and `/` are read as spaces (names in file names are joined by them), so
  /// offsets are unchanged; a file extension (`.json`, `.txt`: up to five letters and digits
  /// after the last dot) is not read at all (the name tagger took a lone `json` for a name). Labels are used whatever the policy's operators: a message is no
  /// place for pseudonyms or tokens.
  package func maskedForDisplay(_ text: String) -> String {
    var bytes = Array(text.utf8)
    let original = bytes
    if let dot = bytes.lastIndex(of: UInt8(ascii: ".")), bytes.count - dot - 1 <= 5,
      bytes[(dot + 1)...].allSatisfy(ASCIIByte.isAlphanumeric)
    {
      for index in dot..<bytes.count { bytes[index] = UInt8(ascii: " ") }
    }
    for index in bytes.indices
    where bytes[index] == UInt8(ascii: "_") || bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: ".")
      || bytes[index] == UInt8(ascii: "/")
    {
      bytes[index] = UInt8(ascii: " ")
    }
    let findings = bytes.withUnsafeBufferPointer { analyzer.analyze(AnalysisText(bytes: $0)) }
    guard !findings.isEmpty else { return text }
    let masked = original.withUnsafeBufferPointer { Redactor.labelled($0, findings) }
    return String(decoding: masked, as: UTF8.self)
  }
}
