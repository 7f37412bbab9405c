import Foundation
import Redact
import Testing

/// The metadata reader against images tagged by ExifTool, with ExifTool as the independent reader.
@Suite struct ImageMetadataTests {
  static let regionTags = [
    "-RegionInfo={AppliedToDimensions={W=640,H=480,Unit=pixel},RegionList=[{Area={X=0.5,Y=0.4,W=0.1,H=0.2,Unit=normalized},Name=Alice Example,Type=Face},{Area={X=0.2,Y=0.2,W=0.1,H=0.1,Unit=normalized},Type=Face}]}",
    "-RegionInfoMP={Regions=[{Rectangle=0.1|, 0.2|, 0.3|, 0.4,PersonDisplayName=Bob Example}]}",
    "-ImageRegion=[{RegionBoundary={RbShape=rectangle,RbUnit=relative,RbX=0.1,RbY=0.1,RbW=0.2,RbH=0.2},Name=Carol Example},"
      + "{RegionBoundary={RbShape=circle,RbUnit=pixel,RbX=320,RbY=240,RbRx=40}},"
      + "{RegionBoundary={RbShape=polygon,RbUnit=pixel,RbVertices=[{RbX=10,RbY=20},{RbX=30,RbY=40},{RbX=50,RbY=10}]}}]",
  ]

  @Test func readsMWGMicrosoftAndIPTCRegionsAsExifToolDoes() throws {
    let image = try ImageFixture.tagged(ImageFixture.jpeg(), Self.regionTags)
    let metadata = try ImageInspector.inspect(image)
    let reading = try ImageFixture.exiftoolReading(image)
    let mwg = ((reading["XMP:RegionInfo"] as? [String: Any])?["RegionList"] as? [Any])?.count ?? 0
    let microsoft = ((reading["XMP:RegionInfoMP"] as? [String: Any])?["Regions"] as? [Any])?.count ?? 0
    let iptc = (reading["XMP:ImageRegion"] as? [Any])?.count ?? 0
    #expect(mwg == 2 && microsoft == 1 && iptc == 3)
    #expect(metadata.regions.filter { $0.scheme == .mwg }.count == mwg)
    #expect(metadata.regions.filter { $0.scheme == .microsoft }.count == microsoft)
    #expect(metadata.regions.filter { $0.scheme == .iptc }.count == iptc)
    #expect(metadata.width == 640 && metadata.height == 480)
    #expect(Set(metadata.personNames) == ["Alice Example", "Bob Example", "Carol Example"])
    #expect(metadata.has(.personName))
    let shapes = metadata.regions.map(\.shape)
    #expect(shapes.contains(.centredRectangle(x: 0.5, y: 0.4, width: 0.1, height: 0.2)))
    #expect(shapes.contains(.rectangle(left: 0.1, top: 0.2, width: 0.3, height: 0.4)))
    #expect(shapes.contains(.circle(x: 320, y: 240, radius: 40)))
    #expect(shapes.contains(.polygon([.init(x: 10, y: 20), .init(x: 30, y: 40), .init(x: 50, y: 10)])))
    let alice = try #require(metadata.regions.first { $0.name == "Alice Example" })
    #expect(alice.appliedTo == .init(width: 640, height: 480))
    #expect(
      try alice.pixelBoxes(storedWidth: 640, storedHeight: 480, orientation: 1, padding: .none)
        == [PixelRect(x: 288, y: 144, width: 64, height: 96, imageWidth: 640, imageHeight: 480)])
  }

  @Test(arguments: ["II", "MM"])
  func findsEXIFIdentifyingTagsInBothByteOrders(order: String) throws {
    let image = try ImageFixture.tagged(
      ImageFixture.jpeg(),
      [
        "-ExifByteOrder=\(order)", "-GPSLatitude=23.5", "-GPSLatitudeRef=N", "-GPSLongitude=90.1",
        "-GPSLongitudeRef=E", "-Artist=Someone Example", "-Copyright=Someone", "-ImageDescription=at home",
        "-UserComment=met her", "-XPAuthor=Someone", "-XPKeywords=Someone", "-SerialNumber=A1B2C3",
        "-LensSerialNumber=L123", "-OwnerName=Someone", "-Orientation#=8",
      ])
    let reading = try ImageFixture.exiftoolReading(image)
    #expect(
      reading["File:ExifByteOrder"] as? String
        == (order == "II" ? "Little-endian (Intel, II)" : "Big-endian (Motorola, MM)"))
    let metadata = try ImageInspector.inspect(image)
    #expect(metadata.orientation == 8)
    let fields = Set(metadata.identifyingTags.filter { $0.container == .exif }.map(\.field))
    // Every identifying EXIF tag ExifTool sees is reported by its field name.
    let expected: [String: String] = [
      "EXIF:GPSLatitude": "GPS IFD", "EXIF:Artist": "Artist", "EXIF:Copyright": "Copyright",
      "EXIF:ImageDescription": "ImageDescription", "EXIF:UserComment": "UserComment", "EXIF:XPAuthor": "XPAuthor",
      "EXIF:XPKeywords": "XPKeywords", "EXIF:SerialNumber": "BodySerialNumber",
      "EXIF:LensSerialNumber": "LensSerialNumber", "EXIF:OwnerName": "CameraOwnerName",
    ]
    for (exiftoolTag, field) in expected {
      #expect(reading[exiftoolTag] != nil, "exiftool did not write \(exiftoolTag)")
      #expect(fields.contains(field), "missing \(field)")
    }
    #expect(metadata.has(.gps) && metadata.has(.serial) && metadata.has(.owner) && metadata.has(.comment))
  }

  @Test func findsEveryEmbeddedThumbnail() throws {
    let dir = try ImageFixture.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let thumb = dir.appendingPathComponent("thumb.jpg")
    try Data(ImageFixture.jpeg(width: 8, height: 8)).write(to: thumb)
    let base64 = Data(ImageFixture.jpeg(width: 8, height: 8)).base64EncodedString()
    let image = try ImageFixture.tagged(
      ImageFixture.jpeg(),
      [
        "-ThumbnailImage<=\(thumb.path)", "-PhotoshopThumbnail<=\(thumb.path)",
        "-XMP-xmp:Thumbnails={Format=JPEG,Width=8,Height=8,Image=\(base64)}",
      ])
    let reading = try ImageFixture.exiftoolReading(image)
    #expect(reading["EXIF:ThumbnailImage"] != nil && reading["Photoshop:PhotoshopThumbnail"] != nil)
    #expect(reading["XMP:Thumbnails"] != nil)
    let metadata = try ImageInspector.inspect(image)
    let thumbnails = Set(metadata.identifyingTags.filter { $0.kind == .thumbnail }.map(\.container))
    #expect(thumbnails == [.exif, .photoshop, .xmp])
  }

  @Test func findsIPTCIIMFieldsAndTheByline() throws {
    let image = try ImageFixture.tagged(
      ImageFixture.jpeg(),
      [
        "-IPTC:By-line=Dana Example", "-IPTC:Keywords=Dana Example", "-IPTC:City=Kurigram",
        "-IPTC:Sub-location=Ward 3", "-IPTC:Province-State=Rangpur", "-IPTC:Country-PrimaryLocationName=Bangladesh",
        "-IPTC:CopyrightNotice=Dana", "-IPTC:Caption-Abstract=Dana at home",
      ])
    let reading = try ImageFixture.exiftoolReading(image)
    #expect(reading["IPTC:By-line"] as? String == "Dana Example")
    let metadata = try ImageInspector.inspect(image)
    let fields = Set(metadata.identifyingTags.filter { $0.container == .iptc }.map(\.field))
    #expect(
      fields.isSuperset(of: [
        "2:080 By-line", "2:025 Keywords", "2:090 City", "2:092 Sub-location", "2:095 Province-State",
        "2:101 Country-PrimaryLocationName", "2:116 CopyrightNotice", "2:120 Caption-Abstract",
      ]))
    #expect(metadata.personNames == ["Dana Example"])
  }

  @Test func readsALatin1BylineAsLatin1() throws {
    let image = try ImageFixture.tagged(ImageFixture.jpeg(), ["-charset", "iptc=Latin", "-IPTC:By-line=José Núñez"])
    let app13 = try #require(try JPEGSegments(image).segments(.photoshop).first)
    #expect(image[app13.payload].contains(0xE9), "ExifTool wrote Latin-1 bytes")
    #expect(try ImageInspector.inspect(image).personNames == ["José Núñez"])
  }

  @Test func findsNamesPlacesAndGPSOutsideRegions() throws {
    let image = try ImageFixture.tagged(
      ImageFixture.jpeg(),
      [
        "-XMP-dc:Subject=Eve Example", "-XMP-lr:HierarchicalSubject=People|Eve Example",
        "-XMP-microsoft:LastKeywordXMP=Eve Example", "-XMP-dc:Creator=Frank Example", "-XMP-photoshop:City=Sylhet",
        "-XMP-photoshop:Country=Bangladesh", "-XMP-iptcCore:CreatorWorkEmail=frank@example.org",
        "-XMP-iptcExt:LocationShownCity=Sylhet", "-XMP-iptcExt:PersonInImage=Grace Example",
        "-XMP-exif:GPSLatitude=23.5", "-XMP-exif:GPSLongitude=90.1", "-XMP-aux:SerialNumber=123",
        "-XMP-exifEX:SerialNumber=456",
      ])
    let metadata = try ImageInspector.inspect(image)
    let fields = Set(metadata.identifyingTags.filter { $0.container == .xmp }.map(\.field))
    #expect(
      fields.isSuperset(of: [
        "dc:subject", "lr:hierarchicalSubject", "lr:hierarchicalSubject People", "MicrosoftPhoto:LastKeywordXMP",
        "dc:creator", "photoshop:City", "photoshop:Country", "Iptc4xmpCore:CreatorContactInfo",
        "Iptc4xmpExt:LocationShown", "Iptc4xmpExt:PersonInImage", "exif:GPS*", "aux:SerialNumber",
        "exifEX:BodySerialNumber",
      ]), "\(fields.sorted())")
    #expect(Set(metadata.personNames) == ["Eve Example", "Frank Example", "Grace Example"])
    #expect(metadata.regions.isEmpty)
  }

  /// Orientation 6: the MWG area is in the stored frame, the Microsoft rectangle in the display
  /// frame (as a real sample had). Both readings must cover the same face.
  @Test func rotatedImageWithDisagreeingSchemesIsCoveredByBothReadings() throws {
    // Stored 640×480; face at stored pixels x 400..480, y 100..200. Displayed (rotated 90° CW,
    // 480×640): x' = 480 − y → 280..380, y' = x → 400..480.
    let image = try ImageFixture.tagged(
      ImageFixture.jpeg(),
      [
        "-Orientation#=6",
        "-RegionInfo={AppliedToDimensions={W=480,H=640,Unit=pixel},RegionList=[{Area={X=0.6875,Y=0.3125,W=0.125,H=0.2083333,Unit=normalized},Type=Face,Name=Hana Example}]}",
        "-RegionInfoMP={Regions=[{Rectangle=0.5833333|, 0.625|, 0.2083333|, 0.125,PersonDisplayName=Hana Example}]}",
      ])
    let metadata = try ImageInspector.inspect(image)
    #expect(metadata.orientation == 6)
    let face = PixelRect(x: 400, y: 100, width: 80, height: 100, imageWidth: 640, imageHeight: 480)
    for region in metadata.regions {
      let boxes = try region.pixelBoxes(storedWidth: 640, storedHeight: 480, orientation: 6)
      #expect(boxes.count == 2, "ambiguous frame: both readings for \(region.scheme)")
      #expect(boxes.contains { $0.contains(face) }, "\(region.scheme) misses the face: \(boxes)")
    }
  }

  @Test func readsCompressedXMPAfterImageDataInPNG() throws {
    let xmp = Self.sidecarXMP
    let png = ImageFixture.png(afterData: [ImageFixture.compressedITXt("XML:com.adobe.xmp", xmp)])
    let reading = try ImageFixture.exiftoolReading(png, ext: "png")
    #expect(reading["XMP:RegionInfo"] != nil, "exiftool reads the XMP after IDAT")
    let metadata = try ImageInspector.inspect(png)
    #expect(metadata.format == .png && metadata.width == 40 && metadata.height == 30)
    #expect(Set(metadata.regions.map(\.scheme)) == [.apple, .acdsee, .iptc])
    #expect(metadata.personNames.contains("Ivan Example"))
  }

  @Test func readsEXIfAndTextChunksWrittenByExifTool() throws {
    let png = try ImageFixture.tagged(
      ImageFixture.png(), ["-EXIF:Artist=Someone", "-EXIF:GPSLatitude=1", "-PNG:Comment=hello", "-Orientation#=3"],
      ext: "png")
    let metadata = try ImageInspector.inspect(png)
    #expect(metadata.orientation == 3)
    #expect(metadata.has(.gps) && metadata.has(.owner))
    #expect(metadata.identifyingTags.contains { $0.container == .pngText })
  }

  @Test func readsImageMagickRawProfilesAndHidesOddTextKeywords() throws {
    let tagged = try ImageFixture.tagged(ImageFixture.jpeg(), ["-Artist=Someone", "-GPSLatitude=1"])
    let exif = try #require(try JPEGSegments(tagged).segments(.exif).first)
    let payload = Array(tagged[exif.payload])
    var hex = ""
    for (i, byte) in payload.enumerated() {
      hex += String(byte, radix: 16).count == 1 ? "0" + String(byte, radix: 16) : String(byte, radix: 16)
      if i % 36 == 35 { hex += "\n" }
    }
    let profile = "\nexif\n\(String(repeating: " ", count: 4))\(payload.count)\n\(hex)\n"
    let zTXt = ImageFixture.chunk(
      "zTXt", Array("Raw profile type exif".utf8) + [0, 0] + ImageFixture.zlibStored(Array(profile.utf8)))
    let odd = ImageFixture.chunk("tEXt", Array("Hana Example".utf8) + [0] + Array("x".utf8))
    let png = ImageFixture.png(beforeData: [zTXt, odd])
    let reading = try ImageFixture.exiftoolReading(png, ext: "png")
    #expect(reading["EXIF:Artist"] as? String == "Someone", "exiftool reads the raw profile")
    let metadata = try ImageInspector.inspect(png)
    #expect(metadata.has(.gps) && metadata.identifyingTags.contains(IdentifyingTag(.owner, .exif, "Artist")))
    #expect(metadata.identifyingTags.contains(IdentifyingTag(.comment, .pngText, "tEXt other keyword")))
    #expect(!metadata.description.contains("Hana"))
  }

  @Test func refusesExtendedXMPWithAMissingChunk() throws {
    let dir = try ImageFixture.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let text = dir.appendingPathComponent("description.txt")
    try Data(String(repeating: "long description ", count: 9000).utf8).write(to: text)
    let image = try ImageFixture.tagged(ImageFixture.jpeg(), ["-XMP-dc:Description<=\(text.path)"])
    let file = try JPEGSegments(image)
    let chunks = file.segments(.extendedXMP)
    #expect(chunks.count >= 2)
    let second = chunks[1]
    let cut = Array(image[0..<second.offset]) + Array(image[second.payload.upperBound...])
    #expect(throws: ImageMetadataError.self) { try ImageInspector.inspect(cut) }
    #expect(try ImageInspector.inspect(image).has(.comment))
  }

  static let sidecarXMP = """
    <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
    <x:xmpmeta xmlns:x="adobe:ns:meta/">
     <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
      <rdf:Description rdf:about=""
        xmlns:mwg-rs="http://www.metadataworkinggroup.com/schemas/regions/"
        xmlns:stArea="http://ns.adobe.com/xmp/sType/Area#"
        xmlns:stDim="http://ns.adobe.com/xap/1.0/sType/Dimensions#"
        xmlns:apple-fi="http://ns.apple.com/faceinfo/1.0/"
        xmlns:acdsee-rs="http://ns.acdsee.com/regions/"
        xmlns:acdsee-stArea="http://ns.acdsee.com/sType/Area#"
        xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/">
       <mwg-rs:Regions>
        <rdf:Description>
         <mwg-rs:AppliedToDimensions stDim:w="40" stDim:h="30" stDim:unit="pixel"/>
         <mwg-rs:RegionList>
          <rdf:Seq>
           <rdf:li>
            <rdf:Description mwg-rs:Type="Face" mwg-rs:Name="Ivan Example">
             <mwg-rs:Area stArea:x="0.5" stArea:y="0.5" stArea:w="0.2" stArea:h="0.3" stArea:unit="normalized"/>
             <mwg-rs:Extensions apple-fi:FaceID="3" apple-fi:ConfidenceLevel="900"/>
            </rdf:Description>
           </rdf:li>
          </rdf:Seq>
         </mwg-rs:RegionList>
        </rdf:Description>
       </mwg-rs:Regions>
       <acdsee-rs:Regions rdf:parseType="Resource">
        <acdsee-rs:RegionList>
         <rdf:Bag>
          <rdf:li rdf:parseType="Resource">
           <acdsee-rs:Type>Face</acdsee-rs:Type>
           <acdsee-rs:Name>Judy Example</acdsee-rs:Name>
           <acdsee-rs:DLYArea acdsee-stArea:x="0.25" acdsee-stArea:y="0.25" acdsee-stArea:w="0.1" acdsee-stArea:h="0.1"/>
          </rdf:li>
         </rdf:Bag>
        </acdsee-rs:RegionList>
       </acdsee-rs:Regions>
       <Iptc4xmpExt:ImageRegion>
        <rdf:Bag>
         <rdf:li Iptc4xmpExt:rId="r1">
          <Iptc4xmpExt:RegionBoundary rdf:parseType="Resource">
           <Iptc4xmpExt:rbShape>polygon</Iptc4xmpExt:rbShape>
           <Iptc4xmpExt:rbUnit>relative</Iptc4xmpExt:rbUnit>
           <Iptc4xmpExt:rbVertices>
            <rdf:Seq>
             <rdf:li Iptc4xmpExt:rbX="0.1" Iptc4xmpExt:rbY="0.1"/>
             <rdf:li Iptc4xmpExt:rbX="0.3" Iptc4xmpExt:rbY="0.2"/>
            </rdf:Seq>
           </Iptc4xmpExt:rbVertices>
          </Iptc4xmpExt:RegionBoundary>
          <Iptc4xmpExt:PersonInImage><rdf:Bag><rdf:li>Ken Example</rdf:li></rdf:Bag></Iptc4xmpExt:PersonInImage>
         </rdf:li>
        </rdf:Bag>
       </Iptc4xmpExt:ImageRegion>
      </rdf:Description>
     </rdf:RDF>
    </x:xmpmeta>
    <?xpacket end="w"?>
    """

  @Test func readsASidecarInAttributeElementAndResourceForms() throws {
    let reading = try ImageFixture.exiftoolReading(Array(Self.sidecarXMP.utf8), ext: "xmp")
    #expect(reading["XMP:RegionInfo"] != nil && reading["XMP:ImageRegion"] != nil)
    let metadata = try ImageInspector.inspect(
      ImageFixture.jpeg(width: 40, height: 30), sidecar: Array(Self.sidecarXMP.utf8))
    #expect(metadata.regions.allSatisfy { $0.container == .sidecarXMP })
    #expect(metadata.regions.map(\.scheme) == [.apple, .acdsee, .iptc])
    #expect(Set(metadata.personNames) == ["Ivan Example", "Judy Example", "Ken Example"])
    #expect(metadata.regions[0].appliedTo == .init(width: 40, height: 30))
    #expect(metadata.regions[2].shape == .polygon([.init(x: 0.1, y: 0.1), .init(x: 0.3, y: 0.2)]))
    #expect(
      try metadata.regions[2].pixelBoxes(storedWidth: 40, storedHeight: 30, orientation: 1, padding: .none)
        == [PixelRect(x: 4, y: 3, width: 8, height: 3, imageWidth: 40, imageHeight: 30)])
  }

  @Test func findsGooglePortraitOriginalAndDepthMapInXMP() throws {
    let xmp = """
      <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
      <rdf:Description xmlns:GImage="http://ns.google.com/photos/1.0/image/"
        xmlns:GDepth="http://ns.google.com/photos/1.0/depthmap/" GImage:Mime="image/jpeg" GImage:Data="/9j/4AAQ"
        GDepth:Format="RangeInverse" GDepth:Data="/9j/4AAQ"/>
      </rdf:RDF></x:xmpmeta>
      """
    let reading = try ImageFixture.exiftoolReading(Array(xmp.utf8), ext: "xmp")
    #expect(reading["XMP:ImageData"] != nil && reading["XMP:DepthImage"] != nil, "\(reading.keys.sorted())")
    var metadata = try ImageInspector.inspect(ImageFixture.jpeg())
    try ImageInspector.readSidecar(Array(xmp.utf8), into: &metadata)
    let previews = Set(metadata.identifyingTags.filter { $0.kind == .preview }.map(\.field))
    #expect(previews == ["GImage:Data", "GDepth:Data"])
  }

  @Test func minimalEXIFKeepsOrientationAndNothingElse() throws {
    for orientation in 1...8 {
      let image = ImageFixture.withSegment(0xE1, MinimalEXIF.orientationOnly(orientation), in: ImageFixture.jpeg())
      let metadata = try ImageInspector.inspect(image)
      #expect(metadata.orientation == orientation)
      #expect(metadata.isClean, "\(metadata)")
      let reading = try ImageFixture.exiftoolReading(image)
      let exifTags = reading.keys.filter { $0.hasPrefix("EXIF:") }
      #expect(exifTags == ["EXIF:Orientation"], "\(exifTags)")
    }
  }

  @Test func reportsMPFPreviewsAndDataAfterTheImage() throws {
    // MPF index: big-endian TIFF, IFD with NumberOfImages = 2 and two 16-byte MPEntry records.
    var mpf = Array("MPF\0".utf8) + [0x4D, 0x4D, 0x00, 0x2A, 0, 0, 0, 8, 0, 2]
    mpf += [0xB0, 0x01, 0, 4, 0, 0, 0, 1, 0, 0, 0, 2]
    mpf += [0xB0, 0x02, 0, 7, 0, 0, 0, 32, 0, 0, 0, 38, 0, 0, 0, 0]
    mpf += [UInt8](repeating: 0, count: 32)
    let primary = ImageFixture.withSegment(0xE2, mpf, in: ImageFixture.jpeg())
    let image = primary + ImageFixture.jpeg(width: 16, height: 12)
    let metadata = try ImageInspector.inspect(image)
    #expect(metadata.mpfPreviewCount == 1)
    #expect(metadata.identifyingTags.contains(IdentifyingTag(.preview, .mpf, "MPF images")))
    #expect(metadata.identifyingTags.contains(IdentifyingTag(.preview, .jpegTrailer, "image after EOI")))
  }

  @Test func reassemblesExtendedXMP() throws {
    // A description too large for one APP1 makes ExifTool move it to ExtendedXMP chunks.
    let dir = try ImageFixture.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let text = dir.appendingPathComponent("description.txt")
    try Data(String(repeating: "long description ", count: 9000).utf8).write(to: text)
    let image = try ImageFixture.tagged(
      ImageFixture.jpeg(), ["-XMP-dc:Description<=\(text.path)", "-XMP-dc:Creator=Lee Example"])
    let signature = Array("http://ns.adobe.com/xmp/extension/\0".utf8)
    let chunks = image.indices.filter { image[$0...].starts(with: signature) }.count
    #expect(chunks >= 2, "ExifTool wrote ExtendedXMP in several chunks")
    let metadata = try ImageInspector.inspect(image)
    #expect(metadata.identifyingTags.contains(IdentifyingTag(.comment, .extendedXMP, "dc:description")))
    #expect(metadata.personNames == ["Lee Example"])
  }

  static let otherFormats: [(String, [UInt8])] = [
    ("HEIF/HEIC", [0, 0, 0, 24] + Array("ftypheic".utf8) + [0, 0, 0, 0]),
    ("TIFF", Array("II*\0".utf8) + [8, 0, 0, 0]),
    ("WebP", Array("RIFF".utf8) + [0, 0, 0, 0] + Array("WEBPVP8 ".utf8)),
  ]

  @Test(arguments: otherFormats)
  func refusesOtherFormatsByName(name: String, bytes: [UInt8]) {
    #expect(throws: ImageMetadataError.unsupportedFormat(name)) { try ImageInspector.inspect(bytes) }
  }

  @Test func refusesATruncatedJPEGAndABadPNGCRC() {
    let jpeg = ImageFixture.jpeg()
    #expect(throws: ImageMetadataError.self) { try ImageInspector.inspect(Array(jpeg.dropLast(2))) }
    var png = ImageFixture.png()
    png[20] ^= 1
    #expect(throws: ImageMetadataError.self) { try ImageInspector.inspect(png) }
  }

  @Test func printingMetadataShowsNoValues() throws {
    let image = try ImageFixture.tagged(ImageFixture.jpeg(), Self.regionTags + ["-Artist=Alice Example"])
    let metadata = try ImageInspector.inspect(image)
    var dumped = ""
    dump(metadata, to: &dumped)
    for text in [String(describing: metadata), String(reflecting: metadata), dumped] {
      #expect(!text.contains("Example") && !text.contains("Alice"), "\(text)")
      #expect(text.contains("mwg"))
    }
  }
}
