internal import CRedactImageShims

/// The call pattern both codecs share: read the header, refuse a bomb before allocating, decode into
/// a Swift-owned buffer, map C status codes to ``ImageError``.
enum ImageCodecCall {
  typealias Header = (UnsafePointer<UInt8>, Int, UnsafeMutablePointer<redact_image_info>) -> Int32
  typealias Decode = (
    UnsafePointer<UInt8>, Int, UnsafeMutablePointer<UInt8>, Int,
    UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>, UnsafeMutablePointer<Int>,
    UnsafeMutablePointer<redact_image_info>
  ) -> Int32

  static func decode(
    _ bytes: [UInt8], as type: ImageFileType, maximumPixels: Int, header: Header, decode: Decode
  ) throws -> (RasterImage, icc: [UInt8]?) {
    guard ImageFileType.sniff(bytes) == type else {
      if let other = ImageFileType.sniff(bytes), !other.isSupported { throw ImageError.unsupportedFormat(other) }
      throw ImageError.notAnImage(expected: type)
    }
    return try bytes.withUnsafeBufferPointer { input in
      let base = input.baseAddress!  // sniff succeeded: not empty
      var info = redact_image_info()
      try check(header(base, input.count, &info), &info, type)
      let width = Int(info.width)
      let height = Int(info.height)
      let channels = Int(info.channels)
      guard width > 0, height > 0 else { throw ImageError.corrupt(type, reason: "empty image") }
      guard width.multipliedReportingOverflow(by: height).partialValue <= maximumPixels,
        width <= maximumPixels, height <= maximumPixels
      else {
        throw ImageError.tooManyPixels(width: width, height: height, limit: maximumPixels)
      }
      guard [1, 3, 4].contains(channels) else {
        throw ImageError.unsupportedContent(type, reason: "\(channels) channels")
      }
      var icc: UnsafeMutablePointer<UInt8>? = nil
      var iccLength = 0
      var status: Int32 = 0
      let count = width * height * channels
      let pixels = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
        status = decode(base, input.count, buffer.baseAddress!, count, &icc, &iccLength, &info)
        // On failure the buffer may be partly written: zero it so no uninitialised memory is read.
        if status != Int32(REDACT_IMAGE_OK) { buffer.initialize(repeating: 0) }
        initialized = count
      }
      defer { redact_image_free(icc) }
      try check(status, &info, type)
      let profile = icc.map { Array(UnsafeBufferPointer(start: $0, count: iccLength)) }
      return (RasterImage(width: width, height: height, channels: channels, pixels: pixels), profile)
    }
  }

  /// Runs an encoder that hands back a malloc'ed buffer.
  static func encode(
    _ type: ImageFileType,
    _ body: (
      UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>, UnsafeMutablePointer<Int>,
      UnsafeMutablePointer<redact_image_info>
    ) -> Int32
  ) throws -> [UInt8] {
    var out: UnsafeMutablePointer<UInt8>? = nil
    var length = 0
    var info = redact_image_info()
    let status = body(&out, &length, &info)
    defer { redact_image_free(out) }
    guard status == Int32(REDACT_IMAGE_OK), let out else {
      throw ImageError.encodingFailed(type, reason: message(&info))
    }
    return Array(UnsafeBufferPointer(start: out, count: length))
  }

  /// Optional bytes as a pointer and a length (NULL, 0 when absent).
  static func withOptional<R>(_ bytes: [UInt8]?, _ body: (UnsafePointer<UInt8>?, Int) throws -> R) rethrows -> R {
    guard let bytes, !bytes.isEmpty else { return try body(nil, 0) }
    return try bytes.withUnsafeBufferPointer { try body($0.baseAddress, $0.count) }
  }

  private static func check(_ status: Int32, _ info: inout redact_image_info, _ type: ImageFileType) throws {
    switch status {
    case Int32(REDACT_IMAGE_OK): return
    case Int32(REDACT_IMAGE_UNSUPPORTED): throw ImageError.unsupportedContent(type, reason: message(&info))
    case Int32(REDACT_IMAGE_NO_MEMORY): throw ImageError.outOfMemory
    default: throw ImageError.corrupt(type, reason: message(&info))
    }
  }

  private static func message(_ info: inout redact_image_info) -> String {
    withUnsafeBytes(of: &info.message) { raw in
      let bytes = raw.prefix { $0 != 0 }
      return String(decoding: bytes, as: UTF8.self)
    }
  }
}
