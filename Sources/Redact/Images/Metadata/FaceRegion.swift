import Foundation

/// A face (or other) region read from image metadata, in its scheme's own convention: the geometry is
/// kept as written, and ``pixelBoxes(storedWidth:storedHeight:orientation:padding:)`` maps it to pixels.
///
/// The region's name is a value (a person's name): it is reachable through ``name`` for the caller
/// that needs it (names learnt for an archive) but never appears in `description`, `debugDescription`
/// or a mirror, so printing or dumping a region cannot leak it.
package struct FaceRegion: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible,
  CustomReflectable
{
  package enum Scheme: String, Sendable, CaseIterable {
    /// `mwg-rs:Regions` (Picasa, digiKam, Lightroom, immich…): centre-based, stored frame.
    case mwg
    /// MWG regions carrying Apple `apple-fi:` face info (masked in both frames on rotated images).
    case apple
    /// `acdsee-rs:Regions`: as MWG.
    case acdsee
    /// `MP:RegionInfo` (Windows Photo Gallery): top-left, frame ambiguous on rotated images.
    case microsoft
    /// `Iptc4xmpExt:ImageRegion`: rectangle (top-left), circle (centre + radius) or polygon.
    case iptc
  }

  package struct Point: Sendable, Equatable {
    package let x: Double
    package let y: Double
    package init(x: Double, y: Double) {
      self.x = x
      self.y = y
    }
  }

  package enum Shape: Sendable, Equatable {
    /// Centre (x, y) and size (MWG, Apple, ACDSee).
    case centredRectangle(x: Double, y: Double, width: Double, height: Double)
    /// Top-left corner and size (Microsoft, IPTC rectangle).
    case rectangle(left: Double, top: Double, width: Double, height: Double)
    /// Centre and radius; a relative radius is a fraction of the image width (IPTC).
    case circle(x: Double, y: Double, radius: Double)
    /// Vertices (IPTC); masked by their bounding box.
    case polygon([Point])
    /// The region exists but its geometry could not be read (missing or non-numeric fields).
    case unreadable(String)
  }

  package enum Unit: String, Sendable {
    /// Fractions of the image width and height.
    case normalized
    /// Pixels of the image the region was drawn on (``appliedTo`` when given).
    case pixel
  }

  package struct Dimensions: Sendable, Equatable {
    package let width: Double
    package let height: Double
    package init(width: Double, height: Double) {
      self.width = width
      self.height = height
    }
  }

  package let scheme: Scheme
  /// `Face`, `Pet`, `Focus`, `BarCode`… as written (MWG `Type`, IPTC `rRole`); nil when absent.
  package let type: String?
  package let shape: Shape
  package let unit: Unit
  /// MWG/ACDSee `AppliedToDimensions`: the size of the image the region was drawn on.
  package let appliedTo: Dimensions?
  /// Where it was found.
  package let container: IdentifyingTag.Container
  private let storedName: String?

  package init(
    scheme: Scheme, type: String? = nil, shape: Shape, unit: Unit, appliedTo: Dimensions? = nil,
    name: String? = nil, container: IdentifyingTag.Container = .xmp
  ) {
    self.scheme = scheme
    self.type = type
    self.shape = shape
    self.unit = unit
    self.appliedTo = appliedTo
    self.container = container
    let trimmed = name?.trimmingCharacters(in: .whitespacesAndNewlines)
    storedName = trimmed?.isEmpty == false ? trimmed : nil
  }

  /// The person's name attached to the region (a value: do not print it). Microsoft's
  /// "ffffffffffffffff" placeholder and empty names are nil.
  package var name: String? { storedName }

  /// Whether the region must be masked: faces, regions without a type, and any named region; not the
  /// unnamed `Focus`, `BarCode` or `Pet` regions cameras and catalogues also write (a focus point has
  /// no area, and failing every photo with one would help nobody).
  package var needsMasking: Bool {
    guard let type, !isNamed else { return true }
    return !["focus", "barcode", "pet"].contains(type.lowercased())
  }

  /// Whether a name is attached (safe to print).
  package var isNamed: Bool { storedName != nil }

  package var description: String {
    let shapeName: String
    switch shape {
    case .centredRectangle: shapeName = "centred rectangle"
    case .rectangle: shapeName = "rectangle"
    case .circle: shapeName = "circle"
    case .polygon(let points): shapeName = "polygon(\(points.count))"
    case .unreadable: shapeName = "unreadable"
    }
    // The type is text from the file: only the MWG vocabulary is printed, anything else as "other".
    let typeName = type.map { ["Face", "Pet", "Focus", "BarCode"].contains($0) ? $0 : "other" } ?? "region"
    return "\(scheme.rawValue) \(typeName) \(shapeName) \(unit.rawValue)\(isNamed ? " named" : "")"
  }

  package var debugDescription: String { description }

  package var customMirror: Mirror {
    Mirror(self, children: ["description": description, "shape": shape])
  }
}
