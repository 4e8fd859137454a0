import ArgumentParser
import CounterpartWorkbook

/// Writes a workbook to a file (whole or not at all, mode 0600), or to standard output.
enum WorkbookOutput {
    /// Writes `workbook` to `path` (`nil` or `-`: standard output).
    /// - Throws: the bad-input exit code after saying why it could not be written.
    static func write(_ workbook: Workbook, to path: String?) throws {
        let bytes: [UInt8]
        do {
            bytes = try WorkbookWriter.bytes(of: workbook)
        } catch {
            FileHandleOutput.standardError.write(
                L("ブックを作れませんでした: \(error.reason)\n", "cannot write the workbook: \(error.reason)\n"))
            throw ExitStatus.badInput.exitCode
        }
        let file = try OutputFile(path: path)
        try file.write(bytes)
        try file.commit()
    }
}
