import FuzzSupport
@testable import Redact

// The JSON document format and every JSON preset, each through the whole record processor
// (field rules, learnt authors, detection) on the input as one document.
let processors = FormatRegistry.all.filter { format in
  format.framing != .quotedRecords
    && !(format is WhatsAppFormat || format is KakaoTalkFormat || format is LINEFormat || format is SignalFormat
      || format is PlainTextFormat || format is TextDocumentFormat)
}.map { RecordProcessor(engine: FuzzSupport.engine, format: $0) }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONDocument(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: count)
  for processor in processors { FuzzSupport.redactAll(bytes, with: processor) }
  return 0
}
