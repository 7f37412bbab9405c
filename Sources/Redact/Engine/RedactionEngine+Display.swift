extension RedactionEngine {
  /// `text` with everything the policy's detectors find replaced by its kind's label, for
  /// messages and reports that must name something a user chose — an input file such as
  /// `cases/Rahim_Uddin_notes.txt` becomes `cases/[PERSON]_notes.txt`, and a Facebook chat folder
  /// `messages/inbox/rahimuddin_1015…/` becomes `messages/inbox/[PERSON]_1015…/`
  /// (``MessengerThreadFolder``).
  ///
  /// `_`, `-`, `.` and `/` are read as spaces (names in file names are joined by them), so
  /// offsets are unchanged; a file extension (`.json`, `.txt`: up to five letters and digits
  /// after the last dot) is not read at all (the name tagger took a lone `json` for a name). Labels are used whatever the policy's operators: a message is no
  /// place for pseudonyms or tokens.
  package func maskedForDisplay(_ text: String) -> String {
    maskedForDisplay(text, learnt: nil)
  }

  /// ``maskedForDisplay(_:)`` finding also what a document or archive taught (its people's
  /// names), given as `learnt`.
  func maskedForDisplay(_ text: String, learnt: LearntTermsDetector?) -> String {
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
    let findings = bytes.withUnsafeBufferPointer { spaced in
      let text = AnalysisText(bytes: spaced)
      var findings = analyzer.analyze(text)
      let analysed = findings.count
      for range in original.withUnsafeBufferPointer({ MessengerThreadFolder.nameRanges(in: $0) }) {
        findings.append(Finding(kind: .person, range: range, score: 1, detector: "chat-folder"))
      }
      learnt?.detect(in: text, into: &findings)
      // One resolution for what the folders and the learnt names added to the analysis.
      if findings.count > analysed { OverlapResolver.resolve(&findings) }
      return findings
    }
    guard !findings.isEmpty else { return text }
    let masked = original.withUnsafeBufferPointer { Redactor.labelled($0, findings) }
    return String(decoding: masked, as: UTF8.self)
  }
}
