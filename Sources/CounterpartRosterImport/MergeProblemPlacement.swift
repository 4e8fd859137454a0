import CounterpartCore
import CounterpartXML

/// Where a problem of the roster the files would leave together with the stored one is
/// shown: at the line of the file (or the row of the workbook) that brought the offending
/// entry.
enum MergeProblemPlacement {
    /// `problem` of `merged`, at the line of the last file holding the offending entry,
    /// else at the last file as a whole. Each reading must hold a roster.
    /// Complexity: O(*n*) in the staff or members of the files, plus one pass over the
    /// file found.
    static func place(_ problem: RosterProblem, merged: Roster, in readings: [SourceReading]) -> Diagnostic {
        for reading in readings.reversed() {
            switch (reading, problem.location) {
            case (.workbook(let workbook), .person), (.workbook(let workbook), .member):
                if reading.holds(problem.location, of: merged) {
                    return workbook.diagnostic(for: problem, of: merged)
                }
            case (.xml(let xml), .person(let index)):
                let id = merged.staff[index].id
                if let found = xml.roster?.staff.lastIndex(where: { $0.id == id }) {
                    return xml.diagnostic(at: .person(found), problem.message, japanese: problem.japanese)
                }
            case (.xml(let xml), .member(let index)):
                let id = merged.members[index].id
                if let found = xml.roster?.members.lastIndex(where: { $0.id == id }) {
                    return xml.diagnostic(at: .member(found), problem.message, japanese: problem.japanese)
                }
            default:
                break
            }
        }
        switch readings.last {
        case .workbook(let workbook):
            return workbook.diagnostic(for: problem, of: merged)
        case .xml(let xml):
            return Diagnostic(
                file: xml.file, line: nil, message: problem.message + " (with the stored roster)",
                japanese: problem.japanese + "（登録済みの名簿と合わせた場合）")
        case nil:
            return Diagnostic(file: "", line: nil, message: problem.message, japanese: problem.japanese)
        }
    }
}

extension SourceReading {
    /// Whether the member or person at `location` of `merged` came from this file.
    fileprivate func holds(_ location: RosterLocation, of merged: Roster) -> Bool {
        switch location {
        case .person(let index): roster?.staff.contains { $0.id == merged.staff[index].id } ?? false
        case .member(let index): roster?.members.contains { $0.id == merged.members[index].id } ?? false
        default: false
        }
    }
}
