import FuzzSupport
@testable import Redact

// Chat transcripts: each format's own rewrite, then the whole record processor (which reads a
// transcript twice, learning authors first).
let formats: [any DocumentFormat] = [WhatsAppFormat(), KakaoTalkFormat(), LINEFormat(), SignalFormat()]
let processors = formats.map { RecordProcessor(engine: FuzzSupport.engine, format: $0) }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzChat(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: count)
  // The record loop rejects invalid UTF-8 before any format sees it.
  guard String(validating: bytes, as: UTF8.self) != nil else { return 0 }
  for format in formats {
    var output: [UInt8] = []
    _ = try? format.rewrite(FormatUnit(bytes: bytes), into: &output, visit: FuzzSupport.maskingDigits)
  }
  for processor in processors { FuzzSupport.redactAll(bytes, with: processor) }
  return 0
}
