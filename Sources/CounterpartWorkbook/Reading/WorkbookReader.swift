import CounterpartCore

/// Reads a workbook's sheets (`.xlsx`) safely: the zip within ``WorkbookLimits``, every XML
/// part with the safe libxml2 options, and no reference outside the file ever followed: a
/// workbook linking to another file or data source is refused (a link in a cell, which Excel
/// makes of every e-mail address typed, is ignored, never opened).
public enum WorkbookReader {
    /// The sheets of the workbook whose file holds `bytes`.
    /// - Throws: ``WorkbookRefusal`` for anything not read; then nothing of it is kept.
    /// Complexity: O(*n*) in the unpacked size.
    public static func read(_ bytes: [UInt8], limits: WorkbookLimits = .standard) throws(WorkbookRefusal)
        -> WorkbookContent
    {
        let archive = try WorkbookArchive(bytes: bytes, limits: limits)
        try refuseExternalReferences(archive)
        guard let workbookBytes = try archive.part("xl/workbook.xml") else { throw .missingPart("xl/workbook.xml") }
        let sheets = try sheetList(workbookBytes)
        let targets = try relationshipTargets(archive, part: "xl/_rels/workbook.xml.rels", base: "xl/")
        var strings: [String] = []
        if let stringBytes = try archive.part("xl/sharedStrings.xml") {
            strings = try SharedStringsReader.read(stringBytes)
        }
        var dateStyles = DateStyles()
        if let styleBytes = try archive.part("xl/styles.xml") { dateStyles = try DateStyles.read(styleBytes) }
        var content = WorkbookContent(sheets: [])
        for (name, relationship) in sheets {
            guard let path = targets[relationship] else { throw .missingPart("\(name) (\(relationship))") }
            guard let sheetBytes = try archive.part(path) else { throw .missingPart(path) }
            let reader = SheetReader(strings: strings, dateStyles: dateStyles)
            content.sheets.append(SheetContent(name: name, rows: try reader.read(sheetBytes, part: path)))
        }
        return content
    }

    /// Refuses links to other workbooks and data sources, and relationships pointing outside
    /// the file (cell hyperlinks aside, which nothing follows).
    static func refuseExternalReferences(_ archive: WorkbookArchive) throws(WorkbookRefusal) {
        for path in archive.paths {
            let lowered = path.lowercased()
            if lowered.contains("externallink") || lowered.hasSuffix("connections.xml")
                || lowered.contains("querytable")
            {
                throw .externalLink(part: path)
            }
            guard lowered.hasSuffix(".rels"), let bytes = try archive.part(path) else { continue }
            try PartReader(bytes, part: path).walk { node throws(WorkbookRefusal) in
                guard case .start("Relationship", let attributes, _) = node,
                    attributes["TargetMode"]?.lowercased() == "external"
                else { return }
                let type = attributes["Type"] ?? ""
                if type.hasSuffix("/hyperlink") { return }
                if type.hasSuffix("/externalLink") || type.hasSuffix("/externalLinkPath") {
                    throw .externalLink(part: path)
                }
                throw .externalRelationship(part: path, target: attributes["Target"] ?? "")
            }
        }
    }

    /// The sheets named in `xl/workbook.xml`, each with its relationship id, in tab order.
    static func sheetList(_ bytes: [UInt8]) throws(WorkbookRefusal) -> [(String, String)] {
        var sheets: [(String, String)] = []
        try PartReader(bytes, part: "xl/workbook.xml").walk { node throws(WorkbookRefusal) in
            guard case .start("sheet", let attributes, _) = node else { return }
            sheets.append((attributes["name"] ?? "", attributes["id"] ?? ""))
        }
        return sheets
    }

    /// The targets of the relationships of `part`, by id, as paths inside the zip (`base` is
    /// the folder relative targets start from).
    static func relationshipTargets(_ archive: WorkbookArchive, part: String, base: String) throws(WorkbookRefusal)
        -> [String: String]
    {
        guard let bytes = try archive.part(part) else { throw .missingPart(part) }
        var targets: [String: String] = [:]
        try PartReader(bytes, part: part).walk { node throws(WorkbookRefusal) in
            guard case .start("Relationship", let attributes, _) = node, let id = attributes["Id"],
                let target = attributes["Target"]
            else { return }
            targets[id] = resolve(target, base: base)
        }
        return targets
    }

    /// `target` as a path inside the zip: absolute (`/xl/…`) or relative to `base`, with
    /// `..` taken back.
    static func resolve(_ target: String, base: String) -> String {
        let joined = target.hasPrefix("/") ? String(target.dropFirst()) : base + target
        var parts: [Substring] = []
        for piece in joined.split(separator: "/") {
            if piece == ".." {
                _ = parts.popLast()
            } else if piece != "." {
                parts.append(piece)
            }
        }
        return parts.joined(separator: "/")
    }
}
