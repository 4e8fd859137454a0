import CounterpartCore

/// Reads a roster workbook (as ``RosterTemplate`` writes it, then edited) into the same
/// model as a `scope="municipality"` roster file, with the same checks, every problem at
/// its sheet and cell. Rows without an id are new people, given the next free id of the
/// municipality (`s-382035-0412`); a row removed is a person who leaves the list.
public enum RosterWorkbookReader {
    /// Reads the workbook whose file, named `file`, holds `bytes`. `stored` is the roster
    /// as it stands, whose ids new people's ids must not repeat. Never throws: a file that
    /// is not read at all gives one problem that says why and what to do.
    /// Complexity: O(*n*) in the workbook's unpacked size.
    public static func read(
        bytes: [UInt8], file: String, stored: Roster?, limits: WorkbookLimits = .standard
    ) -> RosterWorkbookReading {
        let content: WorkbookContent
        do {
            content = try WorkbookReader.read(bytes, limits: limits)
        } catch {
            return RosterWorkbookReading(
                file: file, roster: nil,
                problems: [WorkbookProblem(sheet: nil, cell: nil, message: error.message, japanese: error.japanese)],
                memberRows: [], staffRows: [])
        }
        return read(content, file: file, stored: stored)
    }

    /// Reads workbook `content` already unpacked.
    public static func read(_ content: WorkbookContent, file: String, stored: Roster?) -> RosterWorkbookReading {
        var builder = RosterWorkbookBuilder(content: content, stored: stored)
        let roster = builder.build()
        var problems = builder.problems
        if let roster, problems.isEmpty {
            problems += RosterCheck.problems(in: roster).map { builder.place($0) }
        }
        return RosterWorkbookReading(
            file: file, roster: problems.isEmpty ? roster : nil, problems: problems, memberRows: builder.memberRows,
            staffRows: builder.staffRows)
    }
}

extension RosterWorkbookReader {
    /// Reads the workbook at `path`, named `file` in problems, like ``read(bytes:file:stored:limits:)``.
    public static func read(path: String, file: String, stored: Roster?, limits: WorkbookLimits = .standard)
        -> RosterWorkbookReading
    {
        do {
            return read(
                bytes: try WorkbookFile.bytes(path: path, limit: limits.maximumFileSize), file: file, stored: stored,
                limits: limits)
        } catch {
            return RosterWorkbookReading(
                file: file, roster: nil,
                problems: [WorkbookProblem(sheet: nil, cell: nil, message: error.message, japanese: error.japanese)],
                memberRows: [], staffRows: [])
        }
    }
}

extension RosterWorkbookReader {
    /// The municipality a roster workbook is for (its explanation sheet's code), or `nil`
    /// when the workbook cannot be read that far. For deciding who may import it before
    /// reading it whole.
    public static func municipalityCode(bytes: [UInt8], limits: WorkbookLimits = .standard) -> LocalGovernmentCode? {
        guard let content = try? WorkbookReader.read(bytes, limits: limits),
            let sheet = content.sheet(named: RosterWorkbookLayout.explanationSheet)
        else { return nil }
        for row in sheet.rowNumbers where CellReading.text(sheet.rows[row]?[0]) == RosterWorkbookLayout.codeLabel {
            return CellReading.text(sheet[CellAddress(row: row, column: 1)]).flatMap { try? LocalGovernmentCode($0) }
        }
        return nil
    }
}
