import Foundation

/// Reads what identifies from a parsed XMP packet: face regions of every scheme (MWG, Apple, ACDSee,
/// Microsoft, IPTC Extension), names outside regions, places, GPS, owners, serials, thumbnails.
/// Properties of namespaces not listed are screened by name (gps, person, owner, serial, location…)
/// so a vendor's private schema does not slip through unseen.
enum XMPReader {
  typealias Kind = IdentifyingTag.Kind
  typealias N = XMPNamespace

  /// Known properties: (namespace, local name) → kind.
  static let known: [String: [String: Kind]] = [
    N.dublinCore: [
      "creator": .owner, "contributor": .owner, "rights": .owner, "publisher": .owner,
      "subject": .keywords, "description": .comment, "title": .comment, "source": .comment,
    ],
    N.lightroom: ["hierarchicalSubject": .keywords, "weightedFlatSubject": .keywords],
    N.microsoftPhoto: ["LastKeywordXMP": .keywords, "LastKeywordIPTC": .keywords, "CameraSerialNumber": .serial],
    N.mwgKeywords: ["Keywords": .keywords],
    N.digiKam: ["TagsList": .keywords, "CaptionsAuthorNames": .owner, "CaptionsDateTimeStamps": .comment],
    N.photoshop: [
      "City": .place, "State": .place, "Country": .place, "AuthorsPosition": .owner, "CaptionWriter": .owner,
      "Credit": .owner, "Source": .owner, "Headline": .comment, "Instructions": .comment,
      "TransmissionReference": .comment, "SupplementalCategories": .keywords,
    ],
    N.iptcCore: [
      "CreatorContactInfo": .contact, "Location": .place, "CountryCode": .place, "SubjectCode": .keywords,
    ],
    N.iptcExtension: [
      "LocationCreated": .place, "LocationShown": .place, "PersonInImage": .personName,
      "PersonInImageWDetails": .personName, "AOCreator": .owner, "Contributor": .owner,
      "CreatorIdentifier": .owner, "ArtworkOrObject": .comment, "Event": .comment, "OrganisationInImageName": .comment,
      "AddlModelInfo": .comment, "ModelReleaseID": .owner, "PropertyReleaseID": .owner,
    ],
    N.exif: ["UserComment": .comment, "ImageUniqueID": .serial, "MakerNote": .makerNote],
    N.exifEX: [
      "BodySerialNumber": .serial, "LensSerialNumber": .serial, "CameraOwnerName": .owner, "ImageUniqueID": .serial,
    ],
    N.exifAux: ["SerialNumber": .serial, "LensSerialNumber": .serial, "OwnerName": .owner, "ImageNumber": .serial],
    N.tiff: ["Artist": .owner, "Copyright": .owner, "ImageDescription": .comment],
    N.xmp: ["Thumbnails": .thumbnail, "Label": .comment, "Nickname": .comment, "Author": .owner],
    N.xmpRights: ["Owner": .owner],
    // Google camera portrait mode: the original (unblurred) image and the depth map, base64 in
    // (Extended)XMP. Both show the face.
    N.googleImage: ["Data": .preview],
    N.googleDepth: ["Data": .preview, "Confidence": .preview],
    N.acdsee: [
      "author": .owner, "caption": .comment, "notes": .comment, "keywords": .keywords, "categories": .keywords,
      "Snapshots": .thumbnail,
    ],
  ]

  /// Region containers, handled apart.
  static let regionProperties: Set<String> = [
    N.mwgRegions + "Regions", N.microsoftPhoto12 + "RegionInfo", N.iptcExtension + "ImageRegion",
    N.acdseeRegions + "Regions",
  ]

  /// Namespaces whose properties are known not to identify (no screening by name).
  static let quiet: Set<String> = [
    N.xmpNote, "http://ns.adobe.com/xap/1.0/mm/", "http://ns.adobe.com/camera-raw-settings/1.0/",
    "http://ns.adobe.com/pdf/1.3/", "http://ns.adobe.com/xap/1.0/sType/ResourceEvent#",
    "http://ns.adobe.com/xap/1.0/sType/ResourceRef#",
  ]

  /// Words that mark an unknown property as identifying.
  static let screenedWords: [(String, Kind)] = [
    ("gps", .gps), ("latitude", .gps), ("longitude", .gps), ("person", .personName), ("people", .personName),
    ("face", .personName), ("name", .personName), ("owner", .owner), ("author", .owner), ("creator", .owner),
    ("artist", .owner), ("serial", .serial), ("city", .place), ("location", .place), ("country", .place),
    ("address", .place), ("email", .contact), ("phone", .contact), ("keyword", .keywords), ("thumbnail", .thumbnail),
    ("region", .personName), ("comment", .comment),
  ]

  static let prefixes: [String: String] = [
    N.dublinCore: "dc", N.lightroom: "lr", N.microsoftPhoto: "MicrosoftPhoto", N.mwgKeywords: "mwg-kw",
    N.digiKam: "digiKam", N.photoshop: "photoshop", N.iptcCore: "Iptc4xmpCore", N.iptcExtension: "Iptc4xmpExt",
    N.exif: "exif", N.exifEX: "exifEX", N.exifAux: "aux", N.tiff: "tiff", N.xmp: "xmp", N.xmpRights: "xmpRights",
    N.acdsee: "acdsee", N.mwgRegions: "mwg-rs", N.microsoftPhoto12: "MP", N.acdseeRegions: "acdsee-rs",
    N.plus: "plus", N.googleImage: "GImage", N.googleDepth: "GDepth",
  ]

  static func fieldName(_ property: XMPProperty) -> String {
    (prefixes[property.uri] ?? "?") + ":" + property.name
  }

  static func read(_ document: XMPDocument, container: IdentifyingTag.Container, into metadata: inout ImageMetadata) {
    for property in document.properties {
      let field = fieldName(property)
      if regionProperties.contains(property.uri + property.name) {
        readRegions(property, container: container, into: &metadata)
        continue
      }
      if property.uri == N.tiff && property.name == "Orientation" {
        if metadata.orientation == nil, let value = property.value.number { metadata.orientation = Int(value) }
        continue
      }
      if property.uri == N.exif && property.name.hasPrefix("GPS") {
        if property.name != "GPSVersionID" { metadata.add(.gps, container, "exif:GPS*") }
        continue
      }
      if property.uri == N.plus {
        metadata.add(.owner, container, field)
        continue
      }
      if let kind = known[property.uri]?[property.name] {
        metadata.add(kind, container, field)
        collectNames(property, into: &metadata, container: container)
        continue
      }
      if known[property.uri] == nil && !quiet.contains(property.uri) {
        screen(property, container: container, into: &metadata)
      }
    }
  }

  /// Names stated by structure in non-region properties.
  static func collectNames(
    _ property: XMPProperty, into metadata: inout ImageMetadata, container: IdentifyingTag.Container
  ) {
    switch (property.uri, property.name) {
    case (N.dublinCore, "creator"), (N.iptcExtension, "PersonInImage"):
      property.value.allTexts.forEach { metadata.addName($0) }
    case (N.iptcExtension, "PersonInImageWDetails"):
      for item in property.value.items {
        if let name = item.field(nil, "PersonName") { name.allTexts.forEach { metadata.addName($0) } }
      }
    case (N.lightroom, "hierarchicalSubject"), (N.digiKam, "TagsList"), (N.mwgKeywords, "Keywords"):
      for keyword in property.value.allTexts {
        let parts = keyword.split(whereSeparator: { $0 == "|" || $0 == "/" }).map(String.init)
        if parts.count >= 2, ["people", "persons", "person", "personen", "faces"].contains(parts[0].lowercased()) {
          metadata.add(.personName, container, fieldName(property) + " People")
          metadata.addName(parts[parts.count - 1])
        }
      }
    default: break
    }
  }

  /// A property of an unknown namespace: flagged when its name (or a nested field's) says what it is.
  static func screen(_ property: XMPProperty, container: IdentifyingTag.Container, into metadata: inout ImageMetadata) {
    var names = [property.name]
    func nested(_ value: XMPValue, depth: Int) {
      guard depth < 8 else { return }
      switch value {
      case .text: break
      case .array(let items): items.forEach { nested($0, depth: depth + 1) }
      case .structure(let fields):
        for field in fields {
          names.append(field.name)
          nested(field.value, depth: depth + 1)
        }
      }
    }
    nested(property.value, depth: 0)
    for name in names {
      let lower = name.lowercased()
      if let (_, kind) = screenedWords.first(where: { lower.contains($0.0) }) {
        metadata.add(kind, container, fieldName(property))
        return
      }
    }
  }

  // MARK: Regions

  static func readRegions(
    _ property: XMPProperty, container: IdentifyingTag.Container, into metadata: inout ImageMetadata
  ) {
    let before = metadata.regions.count
    switch property.uri {
    case N.mwgRegions, N.acdseeRegions:
      let scheme: FaceRegion.Scheme = property.uri == N.mwgRegions ? .mwg : .acdsee
      let appliedTo = property.value.field(nil, "AppliedToDimensions").flatMap(dimensions)
      for item in property.value.field(nil, "RegionList")?.items ?? [] {
        let isApple =
          item.field(nil, "Extensions").map { value -> Bool in
            if case .structure(let fields) = value { return fields.contains { $0.uri == N.appleFaceInfo } }
            return false
          } ?? false
        let areas = scheme == .mwg ? ["Area"] : ["DLYArea", "ALGArea"]
        var found = false
        for areaName in areas {
          guard let area = item.field(nil, areaName) else { continue }
          found = true
          metadata.regions.append(
            FaceRegion(
              scheme: isApple ? .apple : scheme, type: item.field(nil, "Type")?.text, shape: centredShape(area),
              unit: area.field(nil, "unit")?.text == "pixel" ? .pixel : .normalized, appliedTo: appliedTo,
              name: item.field(nil, "Name")?.text, container: container))
        }
        if !found {
          metadata.regions.append(
            FaceRegion(
              scheme: scheme, type: item.field(nil, "Type")?.text, shape: .unreadable("no Area"), unit: .normalized,
              appliedTo: appliedTo, name: item.field(nil, "Name")?.text, container: container))
        }
      }
    case N.microsoftPhoto12:
      for item in property.value.field(nil, "Regions")?.items ?? [] {
        var name = item.field(nil, "PersonDisplayName")?.text
        if let n = name, n.allSatisfy({ $0 == "f" || $0 == "F" }) { name = nil }
        guard let rectangle = item.field(nil, "Rectangle")?.text else {
          name.map { metadata.addName($0) }  // a person tagged without a box
          if name != nil { metadata.add(.personName, container, "MP:RegionInfo name without rectangle") }
          continue
        }
        let numbers = rectangle.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        let shape: FaceRegion.Shape
        if numbers.count == 4, let l = numbers[0], let t = numbers[1], let w = numbers[2], let h = numbers[3] {
          shape = .rectangle(left: l, top: t, width: w, height: h)
        } else {
          shape = .unreadable("MPReg:Rectangle")
        }
        metadata.regions.append(
          FaceRegion(scheme: .microsoft, type: nil, shape: shape, unit: .normalized, name: name, container: container))
      }
    case N.iptcExtension:
      for item in property.value.items {
        var names: [String] = []
        if let name = item.field(nil, "Name") { names += name.allTexts }
        if let persons = item.field(N.iptcExtension, "PersonInImage") { names += persons.allTexts }
        if let details = item.field(N.iptcExtension, "PersonInImageWDetails") {
          for person in details.items { names += person.field(nil, "PersonName")?.allTexts ?? [] }
        }
        names.dropFirst().forEach { metadata.addName($0) }
        let boundary = item.field(nil, "RegionBoundary")
        let unit: FaceRegion.Unit = boundary?.field(nil, "rbUnit")?.text == "pixel" ? .pixel : .normalized
        metadata.regions.append(
          FaceRegion(
            scheme: .iptc, type: nil, shape: boundary.map(iptcShape) ?? .unreadable("no RegionBoundary"), unit: unit,
            name: names.first, container: container))
      }
    default: break
    }
    if metadata.regions[before...].contains(where: \.isNamed) {
      metadata.add(.personName, container, fieldName(property) + " Name")
    }
  }

  static func dimensions(_ value: XMPValue) -> FaceRegion.Dimensions? {
    guard let w = value.field(nil, "w")?.number, let h = value.field(nil, "h")?.number else { return nil }
    return FaceRegion.Dimensions(width: w, height: h)
  }

  static func centredShape(_ area: XMPValue) -> FaceRegion.Shape {
    guard let x = area.field(nil, "x")?.number, let y = area.field(nil, "y")?.number else {
      return .unreadable("Area x/y")
    }
    if let w = area.field(nil, "w")?.number, let h = area.field(nil, "h")?.number {
      return .centredRectangle(x: x, y: y, width: w, height: h)
    }
    if let d = area.field(nil, "d")?.number { return .circle(x: x, y: y, radius: d / 2) }
    return .unreadable("Area w/h")
  }

  static func iptcShape(_ boundary: XMPValue) -> FaceRegion.Shape {
    let shape = boundary.field(nil, "rbShape")?.text ?? "rectangle"
    let x = boundary.field(nil, "rbX")?.number, y = boundary.field(nil, "rbY")?.number
    switch shape {
    case "circle":
      guard let x, let y, let r = boundary.field(nil, "rbRx")?.number else { return .unreadable("rbX/rbY/rbRx") }
      return .circle(x: x, y: y, radius: r)
    case "polygon":
      let points = (boundary.field(nil, "rbVertices")?.items ?? []).compactMap { vertex -> FaceRegion.Point? in
        guard let x = vertex.field(nil, "rbX")?.number, let y = vertex.field(nil, "rbY")?.number else { return nil }
        return FaceRegion.Point(x: x, y: y)
      }
      guard points.count == boundary.field(nil, "rbVertices")?.items.count, !points.isEmpty else {
        return .unreadable("rbVertices")
      }
      return .polygon(points)
    default:
      guard let x, let y, let w = boundary.field(nil, "rbW")?.number, let h = boundary.field(nil, "rbH")?.number else {
        return .unreadable("rbX/rbY/rbW/rbH")
      }
      return .rectangle(left: x, top: y, width: w, height: h)
    }
  }
}
