import FuzzSupport
@testable import Redact

// CSV: the record splitter (whole and fed in pieces must agree) and every CSV-framed format.
let formats = FormatRegistry.all.filter { $0.framing == .quotedRecords }
let processors = formats.map { RecordProcessor(engine: FuzzSupport.engine, format: $0) }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: count)
  var start = 0
  while start < bytes.count, let end = CSVRecordSplitter.recordEnd(in: bytes, from: start) {
    precondition(end > start && end <= bytes.count, "record end out of order")
    start = end
  }
  for format in formats {
    FuzzSupport.forEachUnit(of: bytes, framing: .quotedRecords) { record, header in
      var output: [UInt8] = []
      _ = try? format.rewrite(
        FormatUnit(bytes: record, header: header), into: &output, visit: FuzzSupport.maskingDigits)
    }
  }
  for processor in processors { FuzzSupport.redactAll(bytes, with: processor) }
  return 0
}
