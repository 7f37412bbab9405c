import Foundation
import Testing

@testable import Redact

/// The image redactor end to end, with ExifTool as the independent writer of the fixtures and the
/// independent reader of the output. Tests need ExifTool (Debian `libimage-exiftool-perl`) and fail
/// without it.
@Suite struct ImageRedactorTests {
  typealias Support = ImageTestSupport

  /// A face in the stored frame (the truth), in whole pixels.
  struct Face {
    var x: Int, y: Int, width: Int, height: Int
    var name: String
  }

  /// One generated case: an image, its faces, the ExifTool assignments that describe them (in
  /// several schemes and frames) and the secret strings written into other tags.
  struct Case {
    var file: URL
    var format: ImageFileType
    var image: RasterImage
    var orientation: Int
    var faces: [Face]
    var assignments: [String] = []
    var secrets: [String] = []
  }

  /// A stored-frame normalized point in the display frame (EXIF orientations 1, 3, 6, 8), derived
  /// here from the rotations themselves: 6 turns the stored image a quarter clockwise.
  static func displayPoint(_ x: Double, _ y: Double, orientation: Int) -> (Double, Double) {
    switch orientation {
    case 3: (1 - x, 1 - y)
    case 6: (1 - y, x)
    case 8: (y, 1 - x)
    default: (x, y)
    }
  }

  /// The face as a normalized `left, top, width, height` in the display frame.
  static func displayRect(_ face: Face, _ image: RasterImage, orientation: Int) -> (Double, Double, Double, Double) {
    let w = Double(image.width), h = Double(image.height)
    let a = displayPoint(Double(face.x) / w, Double(face.y) / h, orientation: orientation)
    let b = displayPoint(Double(face.x + face.width) / w, Double(face.y + face.height) / h, orientation: orientation)
    return (min(a.0, b.0), min(a.1, b.1), abs(b.0 - a.0), abs(b.1 - a.1))
  }

  static func number(_ value: Double) -> String { String(format: "%.6f", value) }

  /// Random faces written in random schemes: MWG in the stored frame (its convention), Microsoft
  /// and IPTC in the stored or the display frame (real rotated files have both), AppliedToDimensions
  /// sometimes at the display size; plus GPS, owner, creator, people, keywords, serials, comments,
  /// places and (JPEG) an EXIF thumbnail.
  static func makeCase(_ index: Int, in directory: URL, thumbnail: URL, using rng: inout SplitMix64) throws -> Case {
    let format: ImageFileType = Bool.random(using: &rng) ? .jpeg : .png
    let channels = format == .png && Bool.random(using: &rng) ? 4 : 3
    let image = Support.randomImage(
      width: Int.random(in: 96...201, using: &rng), height: Int.random(in: 96...201, using: &rng), channels: channels,
      texture: .mixed, using: &rng)
    let orientation = [1, 3, 6, 8].randomElement(using: &rng)!
    let file = directory.appendingPathComponent("in\(index).\(format == .jpeg ? "jpg" : "png")")
    try Data(format == .jpeg ? try JPEGCodec.encode(image) : try PNGCodec.encode(image)).write(to: file)
    var faces: [Face] = []
    for faceIndex in 0..<Int.random(in: 1...3, using: &rng) {
      let width = Int.random(in: image.width / 10...image.width / 4, using: &rng)
      let height = Int.random(in: image.height / 10...image.height / 4, using: &rng)
      faces.append(
        Face(
          x: Int.random(in: 0...image.width - width, using: &rng),
          y: Int.random(in: 0...image.height - height, using: &rng),
          width: width, height: height, name: "Qzv Person\(index)x\(faceIndex)"))
    }
    var item = Case(file: file, format: format, image: image, orientation: orientation, faces: faces)
    let w = Double(image.width), h = Double(image.height)
    var mwg: [String] = [], microsoft: [String] = [], iptc: [String] = []
    for face in faces {
      var schemes = [0, 1, 2].filter { _ in Bool.random(using: &rng) }
      if schemes.isEmpty { schemes = [Int.random(in: 0...2, using: &rng)] }
      let displayed = orientation != 1 && Bool.random(using: &rng)
      let rect =
        displayed
        ? displayRect(face, image, orientation: orientation)
        : (Double(face.x) / w, Double(face.y) / h, Double(face.width) / w, Double(face.height) / h)
      for scheme in schemes {
        switch scheme {
        case 0:
          let cx = (Double(face.x) + Double(face.width) / 2) / w, cy = (Double(face.y) + Double(face.height) / 2) / h
          mwg.append(
            "{Area={X=\(number(cx)),Y=\(number(cy)),W=\(number(Double(face.width) / w)),H=\(number(Double(face.height) / h)),Unit=normalized},Name=\(face.name),Type=Face}"
          )
        case 1:
          microsoft.append(
            "{Rectangle=\(number(rect.0))|, \(number(rect.1))|, \(number(rect.2))|, \(number(rect.3)),PersonDisplayName=\(face.name)}"
          )
        default:
          iptc.append(
            "{RegionBoundary={RbShape=rectangle,RbUnit=relative,RbX=\(number(rect.0)),RbY=\(number(rect.1)),RbW=\(number(rect.2)),RbH=\(number(rect.3))},Name=\(face.name)}"
          )
        }
      }
      item.secrets.append(face.name)
    }
    if !mwg.isEmpty {
      let applied =
        orientation >= 5 && Bool.random(using: &rng) ? (image.height, image.width) : (image.width, image.height)
      item.assignments.append(
        "-XMP-mwg-rs:RegionInfo={AppliedToDimensions={W=\(applied.0),H=\(applied.1),Unit=pixel},RegionList=[\(mwg.joined(separator: ","))]}"
      )
    }
    if !microsoft.isEmpty { item.assignments.append("-RegionInfoMP={Regions=[\(microsoft.joined(separator: ","))]}") }
    if !iptc.isEmpty { item.assignments.append("-ImageRegion=[\(iptc.joined(separator: ","))]") }
    if orientation != 1 { item.assignments.append("-IFD0:Orientation#=\(orientation)") }
    let others: [(String, String)] = [
      ("-GPSLatitude=23.456", "23.456"), ("-GPSLatitudeRef=N", ""), ("-GPSLongitude=90.123", "90.123"),
      ("-Artist=Qzv Owner\(index)", "Qzv Owner\(index)"),
      ("-XMP-dc:Creator=Qzv Creator\(index)", "Qzv Creator\(index)"),
      ("-XMP-iptcExt:PersonInImage=Qzv Shown\(index)", "Qzv Shown\(index)"),
      ("-XMP-dc:Subject=Qzv Keyword\(index)", "Qzv Keyword\(index)"),
      ("-SerialNumber=QZV\(index)SERIAL", "QZV\(index)SERIAL"),
      ("-UserComment=Qzv comment \(index)", "Qzv comment \(index)"),
      ("-XMP-photoshop:City=Qzvtown\(index)", "Qzvtown\(index)"),
    ]
    for (assignment, secret) in others where Bool.random(using: &rng) {
      item.assignments.append(assignment)
      if !secret.isEmpty { item.secrets.append(secret) }
    }
    if format == .jpeg && Bool.random(using: &rng) { item.assignments.append("-ThumbnailImage<=\(thumbnail.path)") }
    return item
  }

  /// Writes every case's tags with one ExifTool process (`-execute` between files).
  static func tagAll(_ cases: [Case], in directory: URL) throws {
    var lines: [String] = []
    for item in cases {
      lines += ["-q", "-q", "-m", "-overwrite_original"] + item.assignments + [item.file.path, "-execute"]
    }
    let argfile = directory.appendingPathComponent("args.txt")
    try lines.joined(separator: "\n").write(to: argfile, atomically: true, encoding: .utf8)
    try ImageFixture.exiftool(["-@", argfile.path])
  }

  /// ExifTool's reading (`-j -G -a -u -struct`) of every file, in one process: path → group:tag → value.
  static func readAll(_ files: [URL]) throws -> [String: [String: Any]] {
    let json = try ImageFixture.exiftool(["-j", "-G", "-a", "-u", "-struct"] + files.map(\.path))
    let list = try #require(try JSONSerialization.jsonObject(with: json) as? [[String: Any]])
    var result: [String: [String: Any]] = [:]
    for entry in list { if let path = entry["SourceFile"] as? String { result[path] = entry } }
    return result
  }

  /// What a clean output may hold, as ExifTool names it: file facts, image structure, the ICC
  /// profile, the orientation. Anything else is a leak.
  static func isAllowed(_ key: String) -> Bool {
    let group = key.split(separator: ":").first.map(String.init) ?? ""
    let tag = key.split(separator: ":").last.map(String.init) ?? ""
    if key == "SourceFile" || key == "ExifTool:ExifToolVersion" { return true }
    if group == "File" { return tag != "Comment" }  // a JPEG COM segment shows as File:Comment
    if group.hasPrefix("ICC") { return true }
    if group == "Composite" { return ["ImageSize", "Megapixels"].contains(tag) }
    if group == "JFIF" { return ["JFIFVersion", "ResolutionUnit", "XResolution", "YResolution"].contains(tag) }
    if group == "PNG" {
      return ["ImageWidth", "ImageHeight", "BitDepth", "ColorType", "Compression", "Filter", "Interlace"].contains(tag)
    }
    if group == "EXIF" || group == "IFD0" { return tag == "Orientation" }
    return false
  }

  @Test func randomlyTaggedImagesComeOutWithFacesMaskedAndNothingIdentifying() throws {
    let directory = try ImageFixture.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    var rng = SplitMix64(seed: 14_200)
    let thumbnail = directory.appendingPathComponent("thumb.jpg")
    try Data(
      try JPEGCodec.encode(Support.randomImage(width: 40, height: 30, channels: 3, texture: .mixed, using: &rng))
    )
    .write(to: thumbnail)
    let cases = try (0..<24).map { try Self.makeCase($0, in: directory, thumbnail: thumbnail, using: &rng) }
    try Self.tagAll(cases, in: directory)
    let redactor = ImageRedactor()
    var outputs: [URL] = []
    var worstOutside = 0, worstInside = 0
    for item in cases {
      let input = [UInt8](try Data(contentsOf: item.file))
      let result = try redactor.redact(input)
      let output = directory.appendingPathComponent("out-" + item.file.lastPathComponent)
      try Data(result.bytes).write(to: output)
      outputs.append(output)
      // No secret anywhere in the output's bytes.
      for secret in item.secrets {
        #expect(result.bytes.firstRange(of: Array(secret.utf8)) == nil, "\(item.file.lastPathComponent) holds a secret")
      }
      // Pixels: each face, padded by the default quarter (less a pixel for rounding), is black;
      // outside every masked box (and, for JPEG, its 8×8 ring) the image is as before.
      let before = item.format == .jpeg ? try JPEGCodec.decode(input).0 : try PNGCodec.decode(input).0
      let after = item.format == .jpeg ? try JPEGCodec.decode(result.bytes).0 : try PNGCodec.decode(result.bytes).0
      for face in item.faces {
        let padX = max(0, face.width / 4 - 1), padY = max(0, face.height / 4 - 1)
        let inner = PixelRect(
          minX: face.x - padX, minY: face.y - padY, maxX: face.x + face.width + padX, maxY: face.y + face.height + padY,
          imageWidth: after.width, imageHeight: after.height)
        for y in inner.y..<inner.maxY {
          for x in inner.x..<inner.maxX {
            for (channel, value) in Support.pixel(after, x, y).enumerated() {
              worstInside = max(worstInside, abs(Int(value) - (channel == 3 ? 255 : 0)))
            }
          }
        }
      }
      func nearMask(_ x: Int, _ y: Int) -> Bool {
        let margin = item.format == .jpeg ? 8 : 0
        return result.maskedBoxes.contains {
          x >= $0.x - margin && x < $0.maxX + margin && y >= $0.y - margin && y < $0.maxY + margin
        }
      }
      let outside = Support.maximumDifference(before, after) { !nearMask($0, $1) }
      if item.format == .png { #expect(outside == 0) }
      worstOutside = max(worstOutside, outside)
    }
    #expect(worstInside <= 24, "a face pixel is \(worstInside) levels from black")
    #expect(worstOutside <= 20, "outside the masks a sample moved by \(worstOutside)")

    let readings = try Self.readAll(cases.map(\.file) + outputs)
    for (item, output) in zip(cases, outputs) {
      // The fixture holds what was written (ExifTool reads it back)...
      let input = try #require(readings[item.file.path])
      #expect(input.keys.contains { $0.hasPrefix("XMP:Region") || $0 == "XMP:ImageRegion" })
      // ...and the output nothing but the allowed tags, with the orientation kept.
      let reading = try #require(readings[output.path])
      let leaked = reading.keys.filter { !Self.isAllowed($0) }.sorted()
      #expect(leaked.isEmpty, "\(output.lastPathComponent) still has \(leaked)")
      let orientation = reading["EXIF:Orientation"] ?? reading["IFD0:Orientation"]
      #expect((orientation == nil) == (item.orientation == 1), "\(output.lastPathComponent): orientation")
    }
  }

  /// Whether every pixel of `box` is black (within JPEG noise; alpha opaque).
  static func isMasked(_ image: RasterImage, _ box: PixelRect, tolerance: Int = 24) -> Bool {
    for y in box.y..<box.maxY {
      for x in box.x..<box.maxX {
        for (channel, value) in Support.pixel(image, x, y).enumerated()
        where abs(Int(value) - (channel == 3 ? 255 : 0)) > tolerance {
          return false
        }
      }
    }
    return true
  }

  /// A rotated photo (Orientation 6) whose MWG region is in the stored frame and whose Microsoft
  /// rectangle for the same face was left in the display frame, as seen in real files: the face is
  /// masked where it is, the Microsoft rectangle is masked in both readings, nothing is left.
  @Test func aRotatedImageWhoseSchemesDisagreeIsMaskedInBothReadings() throws {
    var rng = SplitMix64(seed: 14_201)
    let image = Support.randomImage(width: 240, height: 160, channels: 3, texture: .mixed, using: &rng)
    // The face, stored frame: x 150..<190, y 20..<60. Displayed (rotated a quarter clockwise,
    // 160 wide, 240 tall) it is at x 100..<140, y 150..<190: left 0.625, top 0.625.
    let tagged = try ImageFixture.tagged(
      try JPEGCodec.encode(image),
      [
        "-IFD0:Orientation#=6",
        "-XMP-mwg-rs:RegionInfo={AppliedToDimensions={W=240,H=160,Unit=pixel},RegionList=[{Area={X=0.708333,Y=0.25,W=0.166667,H=0.25,Unit=normalized},Name=Qzv Rotated,Type=Face}]}",
        "-RegionInfoMP={Regions=[{Rectangle=0.625|, 0.625|, 0.25|, 0.166667,PersonDisplayName=Qzv Rotated}]}",
      ])
    let input = try ImageFixture.exiftoolReading(tagged)
    #expect(input["XMP:RegionInfo"] != nil && input["XMP:RegionInfoMP"] != nil)
    let result = try ImageRedactor().redact(tagged)
    let output = try JPEGCodec.decode(result.bytes).0
    let face = PixelRect(x: 150, y: 20, width: 40, height: 40, imageWidth: 240, imageHeight: 160)
    // The Microsoft rectangle read as if it were in the stored frame: x 150..<210, y 100..<127.
    let otherReading = PixelRect(x: 150, y: 100, width: 60, height: 26, imageWidth: 240, imageHeight: 160)
    #expect(Self.isMasked(output, face))
    #expect(Self.isMasked(output, otherReading))
    #expect(!Self.isMasked(output, PixelRect(x: 0, y: 0, width: 100, height: 160, imageWidth: 240, imageHeight: 160)))
    let reading = try ImageFixture.exiftoolReading(result.bytes)
    #expect(reading.keys.filter { !Self.isAllowed($0) }.isEmpty, "left: \(reading.keys.filter { !Self.isAllowed($0) })")
    #expect(reading["EXIF:Orientation"] as? String == "Rotate 90 CW")
  }

  /// XMP may follow the image data in a PNG; ExifTool finds it there, and so must the redactor.
  @Test func aPNGWithXMPAfterTheImageDataHasItsFaceMasked() throws {
    var rng = SplitMix64(seed: 14_202)
    let image = Support.randomImage(width: 120, height: 90, channels: 3, texture: .mixed, using: &rng)
    let xmp = """
      <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\
      <rdf:Description rdf:about="" xmlns:mwg-rs="http://www.metadataworkinggroup.com/schemas/regions/" \
      xmlns:stArea="http://ns.adobe.com/xmp/sType/Area#" xmlns:stDim="http://ns.adobe.com/xap/1.0/sType/Dimensions#">\
      <mwg-rs:Regions rdf:parseType="Resource"><mwg-rs:AppliedToDimensions stDim:w="120" stDim:h="90" stDim:unit="pixel"/>\
      <mwg-rs:RegionList><rdf:Bag><rdf:li rdf:parseType="Resource"><mwg-rs:Name>Qzv After</mwg-rs:Name>\
      <mwg-rs:Type>Face</mwg-rs:Type><mwg-rs:Area stArea:x="0.5" stArea:y="0.5" stArea:w="0.25" stArea:h="0.3" \
      stArea:unit="normalized"/></rdf:li></rdf:Bag></mwg-rs:RegionList></mwg-rs:Regions></rdf:Description>\
      </rdf:RDF></x:xmpmeta>
      """
    var png = try PNGCodec.encode(image)
    let iend = png.count - 12
    png.insert(
      contentsOf: ImageFixture.chunk("iTXt", Array("XML:com.adobe.xmp".utf8) + [0, 0, 0, 0, 0] + Array(xmp.utf8)),
      at: iend)
    let input = try ImageFixture.exiftoolReading(png, ext: "png")
    #expect((input["XMP:RegionInfo"] as? [String: Any]) != nil, "the fixture's region is readable by ExifTool")
    let result = try ImageRedactor().redact(png)
    let output = try PNGCodec.decode(result.bytes).0
    // Face: x 45..<75, y 31.5..<58.5.
    #expect(
      Self.isMasked(
        output, PixelRect(x: 45, y: 31, width: 30, height: 28, imageWidth: 120, imageHeight: 90), tolerance: 0))
    #expect(result.bytes.firstRange(of: Array("Qzv After".utf8)) == nil)
    let reading = try ImageFixture.exiftoolReading(result.bytes, ext: "png")
    #expect(reading.keys.filter { !Self.isAllowed($0) }.isEmpty, "left: \(reading.keys.filter { !Self.isAllowed($0) })")
  }

  /// A face handed in by the caller is given as displayed; on a rotated image it lands where the
  /// face is stored.
  @Test func callerBoxesAreInTheDisplayFrame() throws {
    var rng = SplitMix64(seed: 14_203)
    let image = Support.randomImage(width: 200, height: 100, channels: 3, texture: .mixed, using: &rng)
    let tagged = try ImageFixture.tagged(try PNGCodec.encode(image), ["-IFD0:Orientation#=8"], ext: "png")
    // Displayed 100 wide, 200 tall; orientation 8 turns the stored image a quarter counter-
    // clockwise: display (x, y) comes from stored (200 - y, x). Display box x 10..<30, y 20..<60
    // is stored x 140..<180, y 10..<30.
    let redactor = ImageRedactor(options: .init(padding: .none))
    let result = try redactor.redact(tagged, displayBoxes: [.init(x: 10, y: 20, width: 20, height: 40)])
    let output = try PNGCodec.decode(result.bytes).0
    #expect(result.maskedBoxes == [PixelRect(x: 140, y: 10, width: 40, height: 20, imageWidth: 200, imageHeight: 100)])
    #expect(Self.isMasked(output, result.maskedBoxes[0], tolerance: 0))
  }

  @Test func whatCannotBeDoneSafelyIsRefused() throws {
    var rng = SplitMix64(seed: 14_204)
    let jpeg = try JPEGCodec.encode(
      Support.randomImage(width: 64, height: 48, channels: 3, texture: .mixed, using: &rng))
    // A face region without a size cannot be placed: nothing is written.
    let unplaceable = try ImageFixture.tagged(
      jpeg, ["-XMP-mwg-rs:RegionInfo={RegionList=[{Area={X=0.5,Y=0.5,Unit=normalized},Name=Qzv Nowhere,Type=Face}]}"])
    #expect(throws: RegionMappingError.self) { try ImageRedactor().redact(unplaceable) }
    // Truncated (the metadata reader or the decoder refuses it), other formats, a bomb.
    let tagged = try ImageFixture.tagged(jpeg, ["-Artist=Qzv Owner"])
    #expect(throws: (any Error).self) { try ImageRedactor().redact(Array(tagged.dropLast(40))) }
    #expect(throws: ImageError.unsupportedFormat(.heif)) {
      try ImageRedactor().redact([0, 0, 0, 0x18] + Array("ftypheic".utf8) + [0, 0, 0, 0])
    }
    let small = ImageRedactor(options: .init(maximumPixels: 1000))
    #expect(throws: ImageError.tooManyPixels(width: 64, height: 48, limit: 1000)) { try small.redact(tagged) }
  }
}
