/// Limits applied before an image is decoded.
public enum ImageLimits {
  /// 100 megapixels: above ordinary camera and phone photos (the 108/200 MP full-resolution modes
  /// of some phones need a higher limit) and at most 400 MB of RGBA. A decompression bomb's header
  /// is refused before any pixel memory is allocated.
  public static let defaultMaximumPixels = 100_000_000
}
