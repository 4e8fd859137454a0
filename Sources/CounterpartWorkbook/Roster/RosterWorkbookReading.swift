import CounterpartCore
import CounterpartXML

/// What reading a roster workbook gave: one municipality's list as a `scope="municipality"`
/// roster when the workbook has no problem, and every problem at its sheet and cell.
public struct RosterWorkbookReading: Sendable {
    /// The file as the user named it.
    public let file: String
    /// The list, or `nil` when the workbook has any problem.
    public let roster: Roster?
    /// Every problem, sheet by sheet, row by row.
    public let problems: [WorkbookProblem]
    /// The row of each member of ``roster``, in order.
    let memberRows: [Int]
    /// The row of each person of ``roster``, in order.
    let staffRows: [Int]

    /// The problems as diagnostics of ``file``.
    public var diagnostics: [Diagnostic] { problems.map { $0.diagnostic(file: file) } }

    /// A problem of the roster the list makes together with the stored one, at the row of the
    /// member or person it is about (`職員!A12`), else at the municipality's code.
    public func diagnostic(for problem: RosterProblem, of merged: Roster) -> Diagnostic {
        let layout = RosterWorkbookLayout.self
        switch problem.location {
        case .person(let index):
            if let row = roster?.staff.firstIndex(where: { $0.id == merged.staff[index].id }).map({ staffRows[$0] }) {
                return WorkbookProblem(
                    sheet: layout.staffSheet, cell: CellAddress(row: row, column: 0), message: problem.message,
                    japanese: problem.japanese
                ).diagnostic(file: file)
            }
        case .member(let index):
            if let row = roster?.members.firstIndex(where: { $0.id == merged.members[index].id }).map({
                memberRows[$0]
            }) {
                return WorkbookProblem(
                    sheet: layout.membersSheet, cell: CellAddress(row: row, column: 0), message: problem.message,
                    japanese: problem.japanese
                ).diagnostic(file: file)
            }
        default:
            break
        }
        return WorkbookProblem(
            sheet: layout.explanationSheet, cell: nil, message: problem.message + " (with the stored roster)",
            japanese: problem.japanese + "（登録済みの名簿と合わせた場合）"
        ).diagnostic(file: file)
    }
}
