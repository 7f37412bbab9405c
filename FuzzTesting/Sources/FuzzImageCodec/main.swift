import FuzzSupport
@testable import Redact

// The image path end to end: recognise, read metadata, decode with libjpeg/libpng (errors come
// back by longjmp through the C shims), mask face boxes, encode. Small pixel limit so a header
// declaring a huge image is refused rather than allocated.
let redactor = ImageRedactor(options: ImageRedactor.Options(maximumPixels: 1 << 20))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImageCodec(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: count))
  _ = try? redactor.redact(bytes, displayBoxes: [.init(x: 1, y: 1, width: 4, height: 4)])
  return 0
}
