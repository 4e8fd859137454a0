import Foundation

/// LibreOffice Calc, run headless to open a workbook as a person's spreadsheet would and turn
/// each sheet into CSV: what it shows is what the tests compare.
enum LibreOffice {
    /// The `soffice` program, when installed (Debian's `libreoffice-calc`; CI installs it).
    static let program: String? = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/opt/libreoffice/program/soffice"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static var isAvailable: Bool { program != nil }

    /// Why a test is skipped without it.
    static let absence = "LibreOffice (soffice) is not installed: apt-get install libreoffice-calc"

    /// Each sheet of the workbook at `path` as LibreOffice shows it (dates as formatted),
    /// by sheet name: rows of cells. Uses a profile of its own, so runs can go side by side.
    static func sheets(of path: String, names: [String]) throws -> [String: [[String]]] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "counterpart-lo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program!)
        process.arguments = [
            "-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,1041,false,false,true,false,false,-1", "--outdir",
            folder.path, path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let base = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        var sheets: [String: [[String]]] = [:]
        for name in names {
            let csv = folder.appendingPathComponent("\(base)-\(name).csv")
            guard let text = try? String(contentsOf: csv, encoding: .utf8) else { continue }
            sheets[name] = parse(text)
        }
        return sheets
    }

    /// The workbook at `path` opened and saved again by LibreOffice as `.xlsx` into `folder`
    /// (its own SpreadsheetML: other parts, styles and strings than Counterpart's); the new path.
    static func savedAgain(_ path: String, into folder: String) throws -> String {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent(
            "counterpart-lo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program!)
        process.arguments = [
            "-env:UserInstallation=file://\(profile.path)", "--headless", "--convert-to",
            "xlsx:Calc MS Excel 2007 XML", "--outdir", folder, path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return folder + "/" + URL(fileURLWithPath: path).lastPathComponent
    }

    /// CSV as LibreOffice writes it: rows of fields, quotes around fields that need them.
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var isQuoted = false
        var characters = text.makeIterator()
        while let character = characters.next() {
            if isQuoted {
                if character == "\"" {
                    isQuoted = false
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"":
                if !field.isEmpty { field.append("\"") }
                isQuoted = true
            case ",":
                row.append(field)
                field = ""
            case "\n", "\r\n":
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            default:
                field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}
