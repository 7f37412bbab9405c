import Foundation
import Redact
import Testing

/// Random sets of identifying tags written by ExifTool: each must be reported (by kind and
/// container), and a copy ExifTool stripped of all metadata must read as clean (what the
/// redactor's verification relies on).
@Suite struct ImageIdentifyingTagTests {
  typealias Tag = IdentifyingTag

  /// ExifTool assignment → what the inspector must report.
  static let table: [(String, Tag.Kind, Tag.Container)] = [
    ("-GPSLatitude=23.7", .gps, .exif), ("-GPSAltitude=12", .gps, .exif),
    ("-Artist=Name Example", .owner, .exif), ("-Copyright=Name Example", .owner, .exif),
    ("-ImageDescription=at the shelter", .comment, .exif), ("-UserComment=left on Tuesday", .comment, .exif),
    ("-XPAuthor=Name Example", .owner, .exif), ("-XPComment=hello", .comment, .exif),
    ("-XPKeywords=Name Example", .keywords, .exif), ("-SerialNumber=SN123", .serial, .exif),
    ("-LensSerialNumber=LS9", .serial, .exif), ("-OwnerName=Name Example", .owner, .exif),
    ("-ImageUniqueID=0123456789abcdef", .serial, .exif),
    ("-IPTC:By-line=Name Example", .owner, .iptc), ("-IPTC:Keywords=Name Example", .keywords, .iptc),
    ("-IPTC:City=Kurigram", .place, .iptc), ("-IPTC:Sub-location=Ward 3", .place, .iptc),
    ("-IPTC:Province-State=Rangpur", .place, .iptc), ("-IPTC:Country-PrimaryLocationName=Nepal", .place, .iptc),
    ("-IPTC:Caption-Abstract=Name at home", .comment, .iptc), ("-IPTC:CopyrightNotice=Name", .owner, .iptc),
    ("-IPTC:Contact=+977 1 555", .contact, .iptc),
    ("-XMP-dc:Creator=Name Example", .owner, .xmp), ("-XMP-dc:Subject=Name Example", .keywords, .xmp),
    ("-XMP-dc:Description=Name at home", .comment, .xmp), ("-XMP-dc:Title=Name", .comment, .xmp),
    ("-XMP-dc:Rights=Name", .owner, .xmp), ("-XMP-lr:HierarchicalSubject=People|Name Example", .personName, .xmp),
    ("-XMP-microsoft:LastKeywordXMP=Name Example", .keywords, .xmp),
    ("-XMP-photoshop:City=Pokhara", .place, .xmp), ("-XMP-photoshop:State=Gandaki", .place, .xmp),
    ("-XMP-photoshop:Country=Nepal", .place, .xmp), ("-XMP-photoshop:CaptionWriter=Name", .owner, .xmp),
    ("-XMP-iptcCore:CreatorWorkEmail=name@example.org", .contact, .xmp),
    ("-XMP-iptcCore:CreatorWorkTelephone=+977 1 555", .contact, .xmp),
    ("-XMP-iptcCore:Location=Lakeside", .place, .xmp),
    ("-XMP-iptcExt:LocationCreatedCity=Pokhara", .place, .xmp),
    ("-XMP-iptcExt:LocationShownSublocation=Lakeside", .place, .xmp),
    ("-XMP-iptcExt:PersonInImage=Name Example", .personName, .xmp),
    ("-XMP-exif:GPSLatitude=23.7", .gps, .xmp), ("-XMP-exif:UserComment=hello", .comment, .xmp),
    ("-XMP-aux:SerialNumber=SN1", .serial, .xmp), ("-XMP-aux:OwnerName=Name", .owner, .xmp),
    ("-XMP-exifEX:SerialNumber=SN2", .serial, .xmp), ("-XMP-exifEX:OwnerName=Name", .owner, .xmp),
    ("-XMP-xmpRights:Owner=Name", .owner, .xmp), ("-XMP-tiff:Artist=Name", .owner, .xmp),
    ("-XMP-digiKam:TagsList=People/Name Example", .keywords, .xmp), ("-Comment=hello", .comment, .jpegComment),
    (
      "-RegionInfo={RegionList=[{Area={X=0.5,Y=0.5,W=0.1,H=0.1,Unit=normalized},Name=Name Example,Type=Face}]}",
      .personName, .xmp
    ),
    ("-RegionInfoMP={Regions=[{Rectangle=0.1|, 0.1|, 0.2|, 0.2,PersonDisplayName=Name Example}]}", .personName, .xmp),
  ]

  @Test func everyWrittenIdentifyingTagIsReportedAndAStrippedCopyIsClean() throws {
    let dir = try ImageFixture.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let base = dir.appendingPathComponent("base.jpg")
    let thumb = dir.appendingPathComponent("thumb.jpg")
    try Data(ImageFixture.jpeg()).write(to: base)
    try Data(ImageFixture.jpeg(width: 8, height: 8)).write(to: thumb)
    var rng = SplitMix64(seed: 0x7A65)
    var arguments: [String] = []
    var expected: [[(String, Tag.Kind, Tag.Container)]] = []
    let cases = 40
    for n in 0..<cases {
      let chosen = Array(Self.table.shuffled(using: &rng).prefix(Int.random(in: 1...6, using: &rng)))
      expected.append(chosen)
      var thumbs: [String] = []
      if n % 4 == 0 { thumbs.append("-ThumbnailImage<=\(thumb.path)") }
      if n % 4 == 1 { thumbs.append("-PhotoshopThumbnail<=\(thumb.path)") }
      if n % 8 == 2 { thumbs.append("-ExifByteOrder=II") }
      let tagged = dir.appendingPathComponent("t\(n).jpg").path
      let stripped = dir.appendingPathComponent("s\(n).jpg").path
      arguments += ["-q", "-q", "-m"] + chosen.map(\.0) + thumbs + ["-o", tagged, base.path, "-execute"]
      arguments += ["-q", "-q", "-m", "-all=", "-o", stripped, tagged, "-execute"]
    }
    let argfile = dir.appendingPathComponent("args")
    try Data(arguments.joined(separator: "\n").utf8).write(to: argfile)
    try ImageFixture.exiftool(["-@", argfile.path])
    for n in 0..<cases {
      let tagged = try [UInt8](Data(contentsOf: dir.appendingPathComponent("t\(n).jpg")))
      let metadata = try ImageInspector.inspect(tagged)
      for (assignment, kind, container) in expected[n] {
        #expect(
          metadata.identifyingTags.contains { $0.kind == kind && $0.container == container },
          "case \(n): \(assignment) not reported as \(kind) in \(container): \(metadata)")
      }
      if n % 4 == 0 { #expect(metadata.identifyingTags.contains(Tag(.thumbnail, .exif, "IFD1 JPEGInterchangeFormat"))) }
      if n % 4 == 1 {
        #expect(metadata.identifyingTags.contains { $0.kind == .thumbnail && $0.container == .photoshop })
      }
      let stripped = try [UInt8](Data(contentsOf: dir.appendingPathComponent("s\(n).jpg")))
      let clean = try ImageInspector.inspect(stripped)
      #expect(clean.isClean, "case \(n): stripped copy still reports \(clean)")
      #expect(try clean.pixelBoxes().isEmpty)
    }
  }

  /// The verification direction on real tag sets: the tags the inspector reports, on a file with
  /// everything, cover every identifying group ExifTool itself lists.
  @Test func exifToolAndTheInspectorAgreeOnWhichGroupsIdentify() throws {
    let image = try ImageFixture.tagged(ImageFixture.jpeg(), Self.table.map(\.0))
    let reading = try ImageFixture.exiftoolReading(image)
    let metadata = try ImageInspector.inspect(image)
    let groups = Set(reading.keys.compactMap { $0.split(separator: ":").first.map(String.init) })
    #expect(groups.isSuperset(of: ["EXIF", "IPTC", "XMP", "File"]))
    let containers = Set(metadata.identifyingTags.map(\.container))
    #expect(containers.isSuperset(of: [.exif, .iptc, .xmp, .jpegComment]))
    #expect(metadata.regions.count == 2)
    #expect(
      Set(Tag.Kind.allCases).subtracting(metadata.identifyingTags.map(\.kind)).isSubset(of: [
        .thumbnail, .preview, .makerNote, .opaque,
      ]))
  }
}
