import FuzzSupport
@testable import Redact

// The whole record loop on arbitrary bytes: the format recognised from the input (as the CLI
// does on standard input), then every unit redacted with the default and the strict engines.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRecordProcessor(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: count)
  let head = UnsafeBufferPointer(rebasing: bytes.prefix(FormatRegistry.headBytes))
  let format = FormatRegistry.detect(name: nil, head: head)
  for engine in [FuzzSupport.engine, FuzzSupport.strictEngine] {
    FuzzSupport.redactAll(bytes, with: RecordProcessor(engine: engine, format: format))
  }
  return 0
}
