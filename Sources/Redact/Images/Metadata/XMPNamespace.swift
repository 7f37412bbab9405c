/// Namespace URIs of the XMP schemas read for faces, names, places and thumbnails.
enum XMPNamespace {
  static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  static let xml = "http://www.w3.org/XML/1998/namespace"
  static let mwgRegions = "http://www.metadataworkinggroup.com/schemas/regions/"
  static let mwgKeywords = "http://www.metadataworkinggroup.com/schemas/keywords/"
  static let area = "http://ns.adobe.com/xmp/sType/Area#"
  static let dimensions = "http://ns.adobe.com/xap/1.0/sType/Dimensions#"
  static let microsoftPhoto12 = "http://ns.microsoft.com/photo/1.2/"
  static let microsoftPhoto = "http://ns.microsoft.com/photo/1.0/"
  static let iptcExtension = "http://iptc.org/std/Iptc4xmpExt/2008-02-29/"
  static let iptcCore = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"
  static let dublinCore = "http://purl.org/dc/elements/1.1/"
  static let lightroom = "http://ns.adobe.com/lightroom/1.0/"
  static let photoshop = "http://ns.adobe.com/photoshop/1.0/"
  static let exif = "http://ns.adobe.com/exif/1.0/"
  static let exifEX = "http://cipa.jp/exif/1.0/"
  static let exifAux = "http://ns.adobe.com/exif/1.0/aux/"
  static let tiff = "http://ns.adobe.com/tiff/1.0/"
  static let xmp = "http://ns.adobe.com/xap/1.0/"
  static let xmpRights = "http://ns.adobe.com/xap/1.0/rights/"
  static let xmpNote = "http://ns.adobe.com/xmp/note/"
  static let appleFaceInfo = "http://ns.apple.com/faceinfo/1.0/"
  static let acdseeRegions = "http://ns.acdsee.com/regions/"
  static let acdsee = "http://ns.acdsee.com/iptc/1.0/"
  static let digiKam = "http://www.digikam.org/ns/1.0/"
  static let plus = "http://ns.useplus.org/ldf/xmp/1.0/"
  static let googleImage = "http://ns.google.com/photos/1.0/image/"
  static let googleDepth = "http://ns.google.com/photos/1.0/depthmap/"

  /// Namespaces written with and without their final "/" by different tools (ExifTool writes
  /// `http://ns.microsoft.com/photo/1.0`): the variant is mapped to the canonical URI.
  static let variants: [String: String] = {
    var map: [String: String] = [:]
    for uri in [
      microsoftPhoto, microsoftPhoto12, mwgRegions, mwgKeywords, iptcExtension, iptcCore, dublinCore, lightroom,
      photoshop, exif, exifEX, exifAux, tiff, xmp, xmpRights, appleFaceInfo, acdseeRegions, acdsee, digiKam, plus,
    ] where uri.hasSuffix("/") {
      map[String(uri.dropLast())] = uri
    }
    return map
  }()

  static func canonical(_ uri: String) -> String {
    variants[uri] ?? uri
  }
}
