import Foundation
import Testing

@testable import Redact

/// Photos inside an archive go through the image redactor: faces from their metadata are
/// masked, identifying tags removed, a sidecar applied and left out, and the names tagged on
/// the photo are masked in the archive's text members too.
@Suite struct ArchiveImageTests {
  @Test func photosAreRedactedAndTheirTaggedNamesMaskedInText() throws {
    var rng = SplitMix64(seed: 41)
    let raster = ImageTestSupport.randomImage(width: 160, height: 120, channels: 3, texture: .gradient, using: &rng)
    let photo = try ImageFixture.tagged(
      try JPEGCodec.encode(raster),
      [
        "-XMP-mwg-rs:RegionInfo={AppliedToDimensions={W=160,H=120,Unit=pixel},RegionList=[{Area={X=0.5,Y=0.5,W=0.25,H=0.3,Unit=normalized},Name=Vokate Rumilan,Type=Face}]}",
        "-GPSLatitude=23.7", "-GPSLatitudeRef=N", "-Artist=Vokate Rumilan",
      ])
    let second = try JPEGCodec.encode(raster)
    let sidecar = """
      <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\
      <rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>Qoxu Terilan</rdf:li>\
      </rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>
      """
    let input = try ZipFixture.make([
      .file("media/one.jpg", photo),
      .file("media/two.jpg", second),
      .file("media/two.xmp", Array(sidecar.utf8)),
      .file("notes.txt", Array("Vokate came back; Rumilan said so.\n".utf8)),
    ])
    defer { try? FileManager.default.removeItem(at: input) }
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("zip-out-\(UUID().uuidString).zip")
    defer { try? FileManager.default.removeItem(at: output) }
    let writer = try ZipArchiveWriter(path: output.path)
    let report = try ArchiveRedactor(engine: try engine()).redact(archiveAt: input.path, into: writer)
    writer.close()
    #expect(report.processed.map(\.name).sorted() == ["media/one.jpg", "media/two.jpg", "notes.txt"])
    #expect(report.dropped.map(\.name) == ["media/two.xmp"])
    let reader = try ZipArchiveReader(path: output.path)
    let members = Dictionary(uniqueKeysWithValues: try reader.members.map { ($0.name, try reader.contents(of: $0)) })
    let redactedPhoto = try #require(members["media/one.jpg"])
    let metadata = try ImageInspector.inspect(redactedPhoto)
    #expect(metadata.isClean && metadata.regions.isEmpty)
    let reading = try ImageFixture.exiftoolReading(redactedPhoto)
    #expect(!reading.values.contains { "\($0)".contains("Vokate") || "\($0)".contains("23.7") }, "\(reading)")
    // The face's centre is masked (filled black by default).
    let (decoded, _) = try JPEGCodec.decode(redactedPhoto)
    #expect(ImageTestSupport.pixel(decoded, 80, 60).allSatisfy { $0 < 24 })
    #expect(String(decoding: members["notes.txt"] ?? [], as: UTF8.self) == "[PERSON] came back; [PERSON] said so.\n")
  }
}
