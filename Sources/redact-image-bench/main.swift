// Image pipeline figures. Not a test: it prints them.
//
//   swift build -c release --product redact-image-bench
//   .build/release/redact-image-bench [--megapixels 24] [--style fill|pixelate|blur] [--write FILE] [FILE.jpg]
//   .build/release/redact-image-bench --redactor FILE.jpg   (the whole ImageRedactor instead)
//
// Times JPEG decode → mask (eight face-sized boxes) → encode (quality 95, 4:4:4) on FILE or on a
// generated photo-like image (smooth gradients plus sensor-like noise), and prints seconds per
// megapixel for each step and the peak resident set size. For a clean peak-memory figure give a
// FILE (generating the image costs memory of its own): `--write` saves the generated one.
import Foundation
import Redact

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? {
  arguments.firstIndex(of: name).flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
}
let megapixels = option("--megapixels").flatMap(Double.init) ?? 24
let style = option("--style").flatMap(PixelMasker.Style.init(rawValue:)) ?? .fill
let writePath = option("--write")
/// The one argument that is neither an option nor an option's value.
let inputPath = arguments.indices.first { index in
  !arguments[index].hasPrefix("--") && (index == 0 || !arguments[index - 1].hasPrefix("--"))
}.map { arguments[$0] }

func peakRSSMegabytes() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
}

func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
func seconds(since start: UInt64) -> Double { Double(now() - start) / 1e9 }

/// A 3:2 photo-like RGB image: smooth gradients and soft blobs plus ±6 levels of noise.
func generatedJPEG() throws -> [UInt8] {
  let width = Int((megapixels * 1e6 * 1.5).squareRoot())
  let height = Int(megapixels * 1e6) / width
  var pixels = [UInt8](repeating: 0, count: width * height * 3)
  var rng = SplitMix64(seed: 24)
  pixels.withUnsafeMutableBufferPointer { buffer in
    for y in 0..<height {
      for x in 0..<width {
        let base = (y * width + x) * 3
        let noise = Int(rng.next() % 13) - 6
        let u = Double(x) / Double(width)
        let v = Double(y) / Double(height)
        let wave = sin(u * 17) * cos(v * 11) * 60
        buffer[base] = UInt8(clamping: Int(90 + 120 * u + wave) + noise)
        buffer[base + 1] = UInt8(clamping: Int(70 + 100 * v - wave / 2) + noise)
        buffer[base + 2] = UInt8(clamping: Int(60 + 80 * (1 - u) + wave / 3) + noise)
      }
    }
  }
  return try JPEGCodec.encode(RasterImage(width: width, height: height, channels: 3, pixels: pixels))
}

let input: [UInt8]
if let inputPath {
  guard let data = FileManager.default.contents(atPath: inputPath) else {
    print("cannot read \(inputPath)")
    exit(2)
  }
  input = [UInt8](data)
} else {
  input = try generatedJPEG()
  if let writePath {
    _ = FileManager.default.createFile(atPath: writePath, contents: Data(input))
    print("wrote \(writePath)")
  }
}
let rssBefore = peakRSSMegabytes()

/// The whole redactor: metadata read, decode, mask, encode, verification (re-read and decode).
if arguments.contains("--redactor") {
  let redactor = ImageRedactor(options: .init(masker: PixelMasker(style: style)))
  var best = Double.infinity
  var result: ImageRedactor.Output?
  for _ in 0..<3 {
    let start = now()
    // Eight faces along a row, as the caller would hand them in (display frame).
    result = try redactor.redact(
      input,
      displayBoxes: (0..<8).map { index in
        ImageRedactor.DisplayBox(x: Double(600 * (index + 1)), y: 1300, width: 400, height: 500)
      })
    best = min(best, seconds(since: start))
  }
  let megapixels = Double(result!.input.width * result!.input.height) / 1e6
  print(
    String(
      format: "ImageRedactor, style %@: %.1f ms/MP (%.3f s for %.1f MP, %d boxes), peak RSS %.0f MB (%.0f MB before)",
      style.rawValue, best / megapixels * 1000, best, megapixels, result!.maskedBoxes.count, peakRSSMegabytes(),
      rssBefore))
  exit(0)
}

var best = (decode: Double.infinity, mask: Double.infinity, encode: Double.infinity)
var outputBytes = 0
var imageMegapixels = 0.0
var shape = ""
for _ in 0..<3 {
  // Plain `var`s and no closures: an optional or captured raster would be copied on write.
  var start = now()
  var image = try JPEGCodec.decode(input).0
  let decode = seconds(since: start)
  imageMegapixels = Double(image.pixelCount) / 1e6
  shape = "\(image.width)×\(image.height)"
  // Eight face boxes of a group photo: each a tenth of the shorter side, spread along a row.
  let side = min(image.width, image.height) / 10
  let boxes = (0..<8).map { index in
    PixelRect(
      x: image.width * (index + 1) / 10, y: image.height / 3, width: side, height: side * 5 / 4,
      imageWidth: image.width, imageHeight: image.height)
  }
  start = now()
  PixelMasker(style: style).mask(&image, boxes: boxes)
  let mask = seconds(since: start)
  start = now()
  let output = try JPEGCodec.encode(image)
  let encode = seconds(since: start)
  outputBytes = output.count
  best = (min(best.decode, decode), min(best.mask, mask), min(best.encode, encode))
}
let total = best.decode + best.mask + best.encode
print(
  "redact-image-bench: \(shape) JPEG (\(String(format: "%.1f", imageMegapixels)) MP, \(input.count / 1000) kB in, \(outputBytes / 1000) kB out), style \(style.rawValue), best of 3"
)
for (name, value) in [("decode", best.decode), ("mask", best.mask), ("encode", best.encode), ("total", total)] {
  print(String(format: "  %-7@ %7.1f ms/MP  (%.3f s)", name as NSString, value / imageMegapixels * 1000, value))
}
print(String(format: "  peak RSS %.0f MB (%.0f MB before the pipeline)", peakRSSMegabytes(), rssBefore))
