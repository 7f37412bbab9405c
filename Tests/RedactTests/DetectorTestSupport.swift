@testable import Redact

extension Detector {
  /// What this detector alone finds in `text` (no other detector, no overlap resolution).
  func findings(in text: String) -> [Finding] {
    var bytes = Array(text.utf8)
    return bytes.withUnsafeMutableBufferPointer { buffer in
      var findings: [Finding] = []
      detect(in: AnalysisText(bytes: UnsafeBufferPointer(buffer)), into: &findings)
      return findings
    }
  }
}

/// Whether every letter and digit of `part`, written from byte `offset` of the text, lies inside
/// one of `findings`: the part is masked whole.
func isMaskedWhole(_ part: String, at offset: Int, by findings: [Finding]) -> Bool {
  var offset = offset
  for scalar in part.unicodeScalars {
    if scalar.properties.isAlphabetic || scalar.properties.numericType != nil,
      !findings.contains(where: { $0.range.contains(offset) })
    {
      return false
    }
    offset += UTF8.width(scalar)
  }
  return true
}
