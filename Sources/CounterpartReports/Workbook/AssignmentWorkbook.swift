import CounterpartCore
import CounterpartOperations
import CounterpartWorkbook

/// The assignments a supporter sends, as a workbook (`assignment list --supplier 松山市
/// --format xlsx`): who goes, where, for which days, to do what, and whom to report to on
/// arrival; a second sheet lists the hotline of every town they go to.
public struct AssignmentWorkbook {
    /// Who is who in the roster.
    public var names: RosterNames
    /// The language of headings and labels.
    public var language: Language

    /// A renderer.
    public init(names: RosterNames, language: Language = .english) {
        self.names = names
        self.language = language
    }

    /// The workbook of `assignments` (in the order given) of the requests `requests`.
    public func workbook(_ assignments: [IncidentAssignment], requests: [IncidentRequest]) -> Workbook {
        let japanese = language == .japanese
        let requestsByID = Dictionary(requests.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let headers =
            japanese
            ? ["割当", "要請", "氏名", "職員ID", "派遣元", "派遣先", "業務", "期", "開始日", "終了日", "状態", "報告先", "報告先の電話", "理由"]
            : [
                "Assignment", "Request", "Name", "Staff id", "From", "To", "Category", "Period", "First day",
                "Last day", "State", "Report to", "Their phone", "Reason",
            ]
        var towns: [LocalGovernmentCode] = []
        let rows = assignments.map { assignment -> [WorkbookCell] in
            let request = requestsByID[assignment.request]
            let town = request?.details.municipality
            if let town, !towns.contains(town) { towns.append(town) }
            let contact = town.flatMap(contact(of:))
            return [
                .text(assignment.id.description), .text(assignment.request.description),
                .text(names.staffName(assignment.staff) ?? assignment.staffName ?? ""),
                .formattedText(assignment.staff.rawValue, .text), .text(names.name(assignment.supplier)),
                town.map { .text(names.name($0)) } ?? .empty,
                request.map { .text(japanese ? $0.details.category.japaneseLabel : $0.details.category.rawValue) }
                    ?? .empty,
                .integer(assignment.period + 1), .date(assignment.window.from), .date(assignment.window.to),
                .text(japanese ? assignment.state.japaneseLabel : assignment.state.rawValue),
                contact.map { .text("\($0.name)（\($0.role.japaneseLabel)）") } ?? .empty,
                contact?.phone.map { .formattedText($0, .text) } ?? .empty,
                assignment.reason.map(WorkbookCell.text) ?? .empty,
            ]
        }
        var sheet = TableWorkbook.sheet(
            TableWorkbook.Table(caption: "", headers: headers, rows: rows), name: japanese ? "割当" : "Assignments")
        sheet.columns[8].format = .date
        sheet.columns[9].format = .date
        sheet.columns[8].width = 12
        sheet.columns[9].width = 12
        return Workbook(sheets: [sheet, hotlineSheet(towns)])
    }

    /// Whom a person sent to `town` reports to: its liaison (実務担当), else its disaster
    /// manager, else its first hotline member.
    func contact(of town: LocalGovernmentCode) -> HotlineMember? {
        let members = names.roster.members.filter { $0.municipality == town }
        return members.first { $0.role == .liaison } ?? members.first { $0.role == .disasterManager } ?? members.first
    }

    /// The hotline members of `towns`, town by town.
    func hotlineSheet(_ towns: [LocalGovernmentCode]) -> Worksheet {
        let japanese = language == .japanese
        let headers =
            japanese ? ["市町", "役割", "氏名", "電話番号", "メールアドレス"] : ["Municipality", "Role", "Name", "Phone", "E-mail"]
        var rows: [[WorkbookCell]] = []
        for town in towns {
            for member in names.roster.members where member.municipality == town {
                rows.append([
                    .text(names.name(town)), .text(japanese ? member.role.japaneseLabel : member.role.rawValue),
                    .text(member.name), member.phone.map { .formattedText($0, .text) } ?? .empty,
                    member.email.map(WorkbookCell.text) ?? .empty,
                ])
            }
        }
        return TableWorkbook.sheet(
            TableWorkbook.Table(caption: "", headers: headers, rows: rows),
            name: japanese ? "派遣先のホットライン" : "Hotline of the towns")
    }
}
