import Foundation
import Testing

@testable import Redact

/// The resource bundle is found beside the executable as `Bundle.module` finds it, and the
/// start-up check of lists read on first use refuses what their loaders would refuse.
@Suite struct ResourceLocatorTests {
  @Test func findsTheBundleWhereBundleModuleDoes() throws {
    let module = try #require(Bundle.module.resourceURL)
    // Beside the test executable in a SwiftPM build directory, as beside `redact`.
    let beside = try #require(ResourceLocator.besideExecutable())
    #expect(beside.standardizedFileURL.path == module.standardizedFileURL.path)
    #expect(ResourceLocator.bundleDirectory?.standardizedFileURL.path == module.standardizedFileURL.path)
    for name in ["lexicon", "models"] {
      #expect(
        try ResourceLocator.directory(name).standardizedFileURL.path
          == module.appendingPathComponent(name).standardizedFileURL.path)
    }
  }

  @Test func requiresEveryFileToBeThereAndNotEmpty() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("resource-locator-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data("a\n".utf8).write(to: directory.appendingPathComponent("full.txt"))
    try Data().write(to: directory.appendingPathComponent("empty.txt"))
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent("folder.txt"), withIntermediateDirectories: false)
    try FileManager.default.createSymbolicLink(
      at: directory.appendingPathComponent("dangling.txt"),
      withDestinationURL: directory.appendingPathComponent("nowhere.txt"))

    try ResourceLocator.requireFiles(["full.txt"], at: directory)
    for bad in ["empty.txt", "missing.txt", "folder.txt", "dangling.txt"] {
      #expect(throws: ResourceError.missing(file: bad)) {
        try ResourceLocator.requireFiles(["full.txt", bad, "full.txt"], at: directory)
      }
    }
    // The bundled lists the tagger filters read on first use are all there.
    try ResourceLocator.requireFiles(IndicThaiTaggerFilter.Lists.files, in: "models")
    try KoreanWordLists.require()
  }
}
