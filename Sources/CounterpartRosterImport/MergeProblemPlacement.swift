import CounterpartCore
import CounterpartXML

/// Where a problem of the roster the files would leave together with the stored one is
/// shown: at the line of the file that brought the offending entry.
enum MergeProblemPlacement {
    /// `problem` of `merged`, at the line of the last file holding the offending entry,
    /// else at the last file as a whole. Each reading must hold a roster.
    /// Complexity: O(*n*) in the staff or members of the files, plus one pass over the
    /// file found.
    static func place(_ problem: RosterProblem, merged: Roster, in readings: [RosterReading]) -> Diagnostic {
        switch problem.location {
        case .person(let index):
            let id = merged.staff[index].id
            for reading in readings.reversed() {
                if let found = reading.roster!.staff.lastIndex(where: { $0.id == id }) {
                    return reading.diagnostic(at: .person(found), problem.message, japanese: problem.japanese)
                }
            }
        case .member(let index):
            let id = merged.members[index].id
            for reading in readings.reversed() {
                if let found = reading.roster!.members.lastIndex(where: { $0.id == id }) {
                    return reading.diagnostic(at: .member(found), problem.message, japanese: problem.japanese)
                }
            }
        default:
            break
        }
        return Diagnostic(
            file: readings.last!.file, line: nil, message: problem.message + " (with the stored roster)",
            japanese: problem.japanese + "（登録済みの名簿と合わせた場合）")
    }
}
