/// Google Photos Takeout sidecars: `<photo>.json` or `<photo>.supplemental-metadata.json` next
/// to each photo, with the people recognised in it, where it was taken, and its caption.
package struct GooglePhotosSidecarFormat: DocumentFormat {
  package init() {}

  package var name: String { "google-photos" }
  package var summary: String { "Google Photos Takeout sidecar JSON (<photo>.json, <photo>.supplemental-metadata.json)" }
  package var framing: Framing { .whole }
  package var nullsDroppedValues: Bool { true }
  package var preset: String? { Self.presetText }

  package func recognition(name: String?, head: UnsafeBufferPointer<UInt8>) -> Recognition {
    let json = JSONHead(head)
    guard json.startsLikeJSON else { return .no }
    let marks = json.count(of: ["photoTakenTime", "geoData", "geoDataExif", "imageViews", "googlePhotosOrigin"])
    let sidecarName = name.map { $0.lowercased().hasSuffix(".supplemental-metadata.json") } ?? false
    return marks >= 2 || (sidecarName && marks >= 1) ? .specific : .no
  }

  package func rewrite(_ unit: FormatUnit, into output: inout [UInt8], visit: PieceVisitor) throws {
    try NDJSONRewriter.rewrite(unit.bytes, into: &output, visit: visit)
  }

  static let presetText = """
    # Google Photos Takeout sidecar JSON.
    fields:
      # People recognised by face grouping and named by the owner: learnt, masked wherever
      # they recur (the description, the title).
      "$..people[*].name": person
      # Where the photo was taken (0/0 means none; dropped all the same).
      "$..geoData": drop
      "$..geoDataExif": drop
      # The photo's private link.
      "$..url": url
      # Never personal data; copied unscanned.
      "$..creationTime": skip
      "$..photoTakenTime": skip
      "$..photoLastModifiedTime": skip
      "$..deviceType": skip
    """
}
