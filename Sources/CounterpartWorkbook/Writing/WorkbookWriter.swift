import Foundation
internal import ZIPFoundation

/// Writes a ``Workbook`` as an `.xlsx` file's bytes: the minimal parts of SpreadsheetML,
/// deflated in a zip whose entries all carry the same fixed time, so that the same workbook
/// always gives the same bytes.
public enum WorkbookWriter {
    /// The time every entry carries: 1980-01-01 00:00 (the first a zip can hold).
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    /// The media type of an `.xlsx` file.
    public static let mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    /// Why a workbook could not be written.
    public struct WriteError: Error, Sendable, CustomStringConvertible {
        /// What the zip library said.
        public var reason: String
        public var description: String { "cannot write the workbook: \(reason)" }
    }

    /// The bytes of `workbook` as an `.xlsx` file.
    /// - Throws: ``WriteError`` when the zip cannot be made (out of memory).
    /// Complexity: O(*n*) in the cells.
    public static func bytes(of workbook: Workbook) throws(WriteError) -> [UInt8] {
        var strings = SharedStrings()
        let sheets = workbook.sheets.map { WorksheetXML.xml($0, strings: &strings) }
        var parts: [(String, String)] = [
            ("[Content_Types].xml", PartXML.contentTypes(sheetCount: sheets.count)),
            ("_rels/.rels", PartXML.packageRelationships),
            ("xl/workbook.xml", PartXML.workbook(sheetNames: workbook.sheets.map(\.name))),
            ("xl/_rels/workbook.xml.rels", PartXML.workbookRelationships(sheetCount: sheets.count)),
            ("xl/styles.xml", PartXML.styles),
        ]
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", sheet))
        }
        parts.append(("xl/sharedStrings.xml", strings.xml))
        return try zip(parts.map { ($0.0, Data($0.1.utf8)) })
    }

    /// A zip of `parts` (path, content), deflated, in the order given.
    static func zip(_ parts: [(String, Data)]) throws(WriteError) -> [UInt8] {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, content) in parts {
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(content.count), modificationDate: entryDate,
                    permissions: 0o644, compressionMethod: .deflate,
                    provider: { position, size in
                        content.subdata(in: Int(position)..<Int(position) + size)
                    })
            }
            guard let data = archive.data else { throw WriteError(reason: "no data") }
            return [UInt8](data)
        } catch let error as WriteError {
            throw error
        } catch {
            throw WriteError(reason: "\(error)")
        }
    }
}
