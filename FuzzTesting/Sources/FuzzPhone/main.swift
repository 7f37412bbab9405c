import FuzzSupport
@testable import Redact

// Phone candidate scanner and numbering-plan parser: every region's rules and the strict
// mode's looser candidates, on arbitrary bytes (made valid UTF-8 as the record loop does).
let detectors = [
  PhoneNumberDetector(regions: [], mode: .balanced),
  PhoneNumberDetector(regions: ["BD", "IN", "TH", "VN", "KR"], mode: .strict),
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPhone(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let text = Array(String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self).utf8)
  text.withUnsafeBufferPointer { bytes in
    let analysis = AnalysisText(bytes: bytes)
    for detector in detectors {
      var findings: [Finding] = []
      detector.detect(in: analysis, into: &findings)
      for finding in findings {
        precondition(finding.range.lowerBound >= 0 && finding.range.upperBound <= bytes.count, "finding out of bounds")
      }
    }
  }
  return 0
}
