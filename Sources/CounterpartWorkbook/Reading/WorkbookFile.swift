import Foundation

/// Telling a workbook from a roster XML file, and reading its bytes from disk.
public enum WorkbookFile {
    /// Whether the file named `name` whose first bytes are `head` is to be read as a
    /// workbook: a zip or OLE signature, or an Excel name (`.xlsx`, `.xlsm`, `.xls`), so
    /// that a `.xls` or a damaged `.xlsx` gets a workbook's answer rather than an XML one.
    public static func isWorkbook(name: String, head: [UInt8]) -> Bool {
        let lowered = name.lowercased()
        if lowered.hasSuffix(".xlsx") || lowered.hasSuffix(".xlsm") || lowered.hasSuffix(".xls") { return true }
        return head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0xD0, 0xCF, 0x11, 0xE0])
    }

    /// The first `count` bytes of the regular file at `path` (fewer when shorter); none when
    /// it cannot be read (its reading then says why).
    public static func head(path: String, count: Int = 8) -> [UInt8] {
        guard isRegularFile(path), let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        return [UInt8]((try? handle.read(upToCount: count)) ?? Data())
    }

    /// The bytes of the regular file at `path`, at most `limit` of them.
    /// - Throws: ``WorkbookRefusal/fileTooLarge(size:limit:)``, or
    ///   ``WorkbookRefusal/damaged(reason:)`` with the reason it cannot be read.
    public static func bytes(path: String, limit: Int = WorkbookLimits.standard.maximumFileSize)
        throws(WorkbookRefusal) -> [UInt8]
    {
        guard isRegularFile(path), let handle = FileHandle(forReadingAtPath: path) else {
            throw .damaged(reason: "\(path): cannot be read as a file")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: limit + 1) ?? Data()
            guard data.count <= limit else { throw WorkbookRefusal.fileTooLarge(size: data.count, limit: limit) }
            return [UInt8](data)
        } catch let refusal as WorkbookRefusal {
            throw refusal
        } catch {
            throw .damaged(reason: "\(error)")
        }
    }

    private static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }
}
