import FuzzSupport
@testable import Redact

// Image metadata: JPEG segments and PNG chunks, and behind them EXIF/TIFF, XMP, IPTC,
// Photoshop resources, MPF and zlib-compressed PNG text; also the input as an XMP sidecar.
// Inputs get a JPEG or PNG signature from their first byte so most reach the parsers.
let jpeg: [UInt8] = [0xFF, 0xD8]
let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImageMetadata(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let raw = Array(UnsafeBufferPointer(start: data, count: count))
  _ = try? ImageInspector.inspect(raw)
  _ = try? JPEGSegments(raw)
  _ = try? PNGChunks(raw)
  if let first = raw.first, !raw.starts(with: jpeg), !raw.starts(with: png) {
    let body = Array(raw.dropFirst())
    _ = try? ImageInspector.inspect((first & 1 == 0 ? jpeg : png) + body)
  }
  var metadata = ImageMetadata(format: .jpeg, width: 640, height: 480)
  _ = try? ImageInspector.readSidecar(raw, into: &metadata)
  _ = try? metadata.pixelBoxes()
  return 0
}
