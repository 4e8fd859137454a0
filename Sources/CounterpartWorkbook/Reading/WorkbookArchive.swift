import Foundation
internal import ZIPFoundation

/// The zip of a workbook, opened for reading within ``WorkbookLimits``: the file's kind is
/// told from its first bytes (an OLE file is an `.xls` or an encrypted workbook), the parts
/// are counted and their sizes and packing checked before any is unpacked, and unpacking
/// stops as soon as a part gives more bytes than it said or than the limits allow.
final class WorkbookArchive {
    private let archive: Archive
    private let limits: WorkbookLimits
    /// The parts by path.
    private let entries: [String: Entry]
    /// The paths of the parts, in the zip's order.
    let paths: [String]
    private var unpacked = 0

    /// Opens `bytes`.
    /// - Throws: ``WorkbookRefusal`` for anything that is not a workbook within the limits.
    init(bytes: [UInt8], limits: WorkbookLimits) throws(WorkbookRefusal) {
        self.limits = limits
        guard bytes.count <= limits.maximumFileSize else {
            throw .fileTooLarge(size: bytes.count, limit: limits.maximumFileSize)
        }
        try WorkbookArchive.checkSignature(bytes)
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw .damaged(reason: "zip: \(error)")
        }
        var entries: [String: Entry] = [:]
        var paths: [String] = []
        var declaredTotal: UInt64 = 0
        for entry in archive {
            guard paths.count < limits.maximumPartCount else { throw .tooManyParts(limit: limits.maximumPartCount) }
            let path = entry.path
            guard entry.type == .file || entry.type == .directory else {
                throw .damaged(reason: "\(path): not a file")
            }
            guard entry.uncompressedSize <= UInt64(limits.maximumPartSize) else {
                throw .tooLargeUnpacked(part: path, limit: limits.maximumPartSize)
            }
            declaredTotal += entry.uncompressedSize
            guard declaredTotal <= UInt64(limits.maximumTotalSize) else {
                throw .tooLargeUnpacked(part: path, limit: limits.maximumTotalSize)
            }
            try WorkbookArchive.checkRatio(
                path: path, unpacked: entry.uncompressedSize, packed: entry.compressedSize, limits: limits)
            entries[path] = entry
            paths.append(path)
        }
        self.entries = entries
        self.paths = paths
    }

    /// Whether the zip has a part at `path`.
    func contains(_ path: String) -> Bool { entries[path] != nil }

    /// The unpacked bytes of the part at `path`, or `nil` when there is none.
    /// - Throws: ``WorkbookRefusal`` when the part gives more than it declared or than the
    ///   limits allow, or cannot be unpacked.
    func part(_ path: String) throws(WorkbookRefusal) -> [UInt8]? {
        guard let entry = entries[path] else { return nil }
        let declared = Int(entry.uncompressedSize)
        var out: [UInt8] = []
        out.reserveCapacity(declared)
        let limits = self.limits
        let alreadyUnpacked = unpacked
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard out.count + chunk.count <= declared else {
                    throw WorkbookRefusal.tooLargeUnpacked(part: path, limit: declared)
                }
                guard alreadyUnpacked + out.count + chunk.count <= limits.maximumTotalSize else {
                    throw WorkbookRefusal.tooLargeUnpacked(part: path, limit: limits.maximumTotalSize)
                }
                out.append(contentsOf: chunk)
            }
        } catch let refusal as WorkbookRefusal {
            throw refusal
        } catch {
            throw .damaged(reason: "\(path): \(error)")
        }
        guard out.count == declared else { throw .damaged(reason: "\(path): shorter than it says") }
        unpacked += out.count
        return out
    }

    /// Refuses an OLE file (an `.xls`, or a workbook encrypted with a password) and anything
    /// that is not a zip.
    static func checkSignature(_ bytes: [UInt8]) throws(WorkbookRefusal) {
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        if bytes.starts(with: ole) {
            // An encrypted OOXML workbook is an OLE file with a stream named EncryptedPackage
            // (its name in the directory is UTF-16LE).
            let name = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            throw contains(bytes, name) ? .passwordProtected : .oldExcelFormat
        }
        guard bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { throw .notAWorkbook }
    }

    /// Whether `needle` occurs in `bytes`.
    private static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        var index = 0
        while index + needle.count <= bytes.count {
            if bytes[index] == first, bytes[index..<index + needle.count].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }

    /// Refuses a part packed more tightly than ``WorkbookLimits/maximumRatio``.
    static func checkRatio(path: String, unpacked: UInt64, packed: UInt64, limits: WorkbookLimits)
        throws(WorkbookRefusal)
    {
        guard unpacked > UInt64(limits.ratioFloor) else { return }
        let ratio = unpacked / max(packed, 1)
        guard ratio <= UInt64(limits.maximumRatio) else {
            throw .compressionRatio(part: path, ratio: Int(clamping: ratio), limit: limits.maximumRatio)
        }
    }
}
