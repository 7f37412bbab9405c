import FuzzSupport
@testable import Redact

// JSON/NDJSON rewriter: every line through both string codecs, with a visitor that replaces
// some values, so both the copy-through and the re-encoding paths run.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNDJSON(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: count)
  for codec in [NDJSONRewriter.StringCodec.json, .jsonRepairingMojibake] {
    FuzzSupport.forEachUnit(of: bytes, framing: .lines) { line, _ in
      var output: [UInt8] = []
      _ = try? NDJSONRewriter.rewrite(line, into: &output, codec: codec, visit: FuzzSupport.maskingDigits)
    }
  }
  return 0
}
