import CounterpartCore

/// The roster of a workbook being read, and the problems found, each at its cell.
struct RosterWorkbookBuilder {
    private let content: WorkbookContent
    private let stored: Roster?
    private(set) var problems: [WorkbookProblem] = []
    private(set) var memberRows: [Int] = []
    private(set) var staffRows: [Int] = []
    private let layout = RosterWorkbookLayout.self

    init(content: WorkbookContent, stored: Roster?) {
        self.content = content
        self.stored = stored
    }

    /// The list the workbook holds, or `nil` when its settings cannot be read; the problems
    /// of every row are collected either way.
    mutating func build() -> Roster? {
        let settings = readSettings()
        // Rows are read even when the code is not, for their problems; they carry a stand-in then.
        guard let standIn = settings.code ?? (try? LocalGovernmentCode("380008")) else { return nil }
        var members = readMembers(code: standIn)
        var staff = readStaff(code: standIn)
        guard let code = settings.code, let effective = settings.effective, let prefecture = settings.prefecture
        else { return nil }
        var ids = RosterIDs(code: code, stored: stored, members: members, staff: staff)
        for index in members.indices where members[index].id.rawValue.isEmpty { members[index].id = ids.newMember() }
        for index in staff.indices where staff[index].id.rawValue.isEmpty { staff[index].id = ids.newPerson() }
        return Roster(
            prefecture: prefecture, effective: effective, scope: .municipality(code), members: members, staff: staff)
    }

    /// A problem of the checks shared with roster files, at its row's id cell.
    func place(_ problem: RosterProblem) -> WorkbookProblem {
        switch problem.location {
        case .person(let index) where index < staffRows.count:
            return WorkbookProblem(
                sheet: layout.staffSheet, cell: CellAddress(row: staffRows[index], column: 0),
                message: problem.message, japanese: problem.japanese)
        case .member(let index) where index < memberRows.count:
            return WorkbookProblem(
                sheet: layout.membersSheet, cell: CellAddress(row: memberRows[index], column: 0),
                message: problem.message, japanese: problem.japanese)
        default:
            return WorkbookProblem(
                sheet: layout.explanationSheet, cell: nil, message: problem.message, japanese: problem.japanese)
        }
    }

    // MARK: The explanation sheet's settings

    private mutating func readSettings() -> (
        code: LocalGovernmentCode?, effective: CalendarDay?, prefecture: LocalGovernmentCode?
    ) {
        guard let sheet = sheet(layout.explanationSheet) else { return (nil, nil, nil) }
        let code = readCode(in: sheet, label: layout.codeLabel)
        let prefecture = readCode(in: sheet, label: layout.prefectureLabel)
        var effective: CalendarDay?
        if let address = settingCell(in: sheet, label: layout.effectiveLabel) {
            switch CellReading.day(sheet[address]) {
            case .success(let day): effective = day
            case .failure(let problem): report(sheet.name, address, problem.english, problem.japanese)
            }
        }
        return (code, effective, prefecture)
    }

    private mutating func readCode(in sheet: SheetContent, label: String) -> LocalGovernmentCode? {
        guard let address = settingCell(in: sheet, label: label) else { return nil }
        let text = CellReading.text(sheet[address]) ?? ""
        guard let code = try? LocalGovernmentCode(text) else {
            report(
                sheet.name, address, "「\(text)」 is not a local government code (six digits); keep the template's",
                "「\(text)」は団体コード（6桁の数字）ではありません。テンプレートのままにしてください。")
            return nil
        }
        return code
    }

    /// The cell right of the label `label` in column A.
    private mutating func settingCell(in sheet: SheetContent, label: String) -> CellAddress? {
        for row in sheet.rowNumbers where CellReading.text(sheet.rows[row]?[0]) == label {
            return CellAddress(row: row, column: 1)
        }
        report(
            sheet.name, nil, "no row 「\(label)」 in column A; keep the template's",
            "A列に「\(label)」の行がありません。テンプレートのままにしてください。")
        return nil
    }

    // MARK: Members and staff

    private mutating func readMembers(code: LocalGovernmentCode) -> [HotlineMember] {
        guard let sheet = sheet(layout.membersSheet),
            let columns = headings(
                of: sheet,
                [layout.idHeading, layout.roleHeading, layout.nameHeading, layout.phoneHeading, layout.emailHeading])
        else { return [] }
        var members: [HotlineMember] = []
        for row in sheet.rowNumbers where row > 1 {
            let cell = { (column: Int) in CellAddress(row: row, column: columns[column]) }
            let id = CellReading.text(sheet[cell(0)]) ?? ""
            let roleText = CellReading.text(sheet[cell(1)])
            let role = roleText.flatMap { HotlineRole(tokenOrLabel: $0) }
            if role == nil {
                let allowed = layout.municipalRoles.map(\.japaneseLabel).joined(separator: "、")
                if let roleText {
                    report(
                        sheet.name, cell(1), "「\(roleText)」 is not a role; choose one of the list",
                        "役割「\(roleText)」は選べません。一覧から選んでください（\(allowed)）。")
                } else {
                    report(sheet.name, cell(1), "no role", "役割がありません。一覧から選んでください（\(allowed)）。")
                }
            }
            let name = requiredName(sheet, cell(2))
            guard let role, let name else { continue }
            members.append(
                HotlineMember(
                    id: MemberID(id), municipality: code, role: role, name: name,
                    phone: CellReading.text(sheet[cell(3)]), email: CellReading.text(sheet[cell(4)])))
            memberRows.append(row)
        }
        return members
    }

    private mutating func readStaff(code: LocalGovernmentCode) -> [StaffPerson] {
        guard let sheet = sheet(layout.staffSheet) else { return [] }
        var wanted = [layout.idHeading, layout.nameHeading] + JobCategory.allCases.map(\.japaneseLabel)
        let headingRow = sheet.rows[1] ?? [:]
        let periodCount = (1...).prefix { number in
            headingRow.values.contains(.text(layout.startHeading(number)))
        }.count
        for number in stride(from: 1, through: periodCount, by: 1) {
            wanted += [layout.startHeading(number), layout.endHeading(number)]
        }
        guard let columns = headings(of: sheet, wanted) else { return [] }
        var staff: [StaffPerson] = []
        for row in sheet.rowNumbers where row > 1 {
            let cell = { (column: Int) in CellAddress(row: row, column: columns[column]) }
            let id = CellReading.text(sheet[cell(0)]) ?? ""
            let name = requiredName(sheet, cell(1))
            let skills = readSkills(sheet, row: row, columns: Array(columns[2..<(2 + JobCategory.allCases.count)]))
            var availability: [DayRange] = []
            var isComplete = name != nil && skills != nil
            for number in 0..<periodCount {
                let start = cell(2 + JobCategory.allCases.count + 2 * number)
                switch readPeriod(sheet, start: start, end: cell(3 + JobCategory.allCases.count + 2 * number)) {
                case .some(.some(let period)): availability.append(period)
                case .some(.none): break
                case .none: isComplete = false
                }
            }
            guard isComplete, let name, let skills else { continue }
            staff.append(
                StaffPerson(
                    id: StaffID(id), municipality: code, name: name,
                    skills: skills, availability: availability))
            staffRows.append(row)
        }
        return staff
    }

    private mutating func requiredName(_ sheet: SheetContent, _ address: CellAddress) -> String? {
        guard let name = CellReading.text(sheet[address]) else {
            report(sheet.name, address, "no name", "氏名がありません。")
            return nil
        }
        return name
    }

    /// The skills marked in `columns` of `row`; `nil` after reporting a cell that is neither
    /// the mark nor empty, or a row without any.
    private mutating func readSkills(_ sheet: SheetContent, row: Int, columns: [Int]) -> JobCategorySet? {
        var skills = JobCategorySet()
        var isValid = true
        for (category, column) in zip(JobCategory.allCases, columns) {
            guard let text = CellReading.text(sheet[CellAddress(row: row, column: column)]) else { continue }
            if layout.skillMarks.contains(text) {
                skills.insert(category)
            } else {
                isValid = false
                report(
                    sheet.name, CellAddress(row: row, column: column),
                    "「\(text)」 cannot stand here: \(layout.skillMark) or nothing",
                    "「\(text)」は書けません。\(layout.skillMark) か空欄にしてください。")
            }
        }
        guard isValid else { return nil }
        guard !skills.isEmpty else {
            report(
                sheet.name, CellAddress(row: row, column: columns[0]),
                "no skill marked; mark at least one with \(layout.skillMark)",
                "業務に \(layout.skillMark) が1つもありません。少なくとも1つに \(layout.skillMark) を付けてください。")
            return nil
        }
        return skills
    }

    /// The period of the two cells: `.some(nil)` when both are empty, `nil` after reporting
    /// a problem.
    private mutating func readPeriod(_ sheet: SheetContent, start: CellAddress, end: CellAddress) -> DayRange?? {
        let startValue = sheet[start]
        let endValue = sheet[end]
        if startValue == nil && endValue == nil { return .some(nil) }
        var first: CalendarDay?
        var last: CalendarDay?
        for (address, value, isStart) in [(start, startValue, true), (end, endValue, false)] {
            guard value != nil else {
                report(
                    sheet.name, address,
                    isStart ? "no first day (the last day is given)" : "no last day (the first day is given)",
                    isStart ? "開始日がありません（終了日だけ入っています）。" : "終了日がありません（開始日だけ入っています）。")
                continue
            }
            switch CellReading.day(value) {
            case .success(let day): if isStart { first = day } else { last = day }
            case .failure(let problem): report(sheet.name, address, problem.english, problem.japanese)
            }
        }
        guard let first, let last else { return nil }
        guard let period = try? DayRange(from: first, to: last) else {
            report(
                sheet.name, end, "the last day comes before the first day (\(first) to \(last))",
                "終了日が開始日より前です（開始日 \(first)、終了日 \(last)）。")
            return nil
        }
        return .some(period)
    }

    // MARK: Sheets and headings

    private mutating func sheet(_ name: String) -> SheetContent? {
        if let sheet = content.sheet(named: name) { return sheet }
        report(
            nil, nil, "there is no sheet 「\(name)」; keep the template's sheets and their names",
            "シート「\(name)」がありません。テンプレートのシートと名前はそのままにしてください。")
        return nil
    }

    /// The column of each heading of `wanted`, in row 1; `nil` after reporting those missing.
    private mutating func headings(of sheet: SheetContent, _ wanted: [String]) -> [Int]? {
        var found: [String: Int] = [:]
        for (column, value) in sheet.rows[1] ?? [:] {
            if let text = CellReading.text(value), found[text].map({ $0 > column }) ?? true { found[text] = column }
        }
        var columns: [Int] = []
        for heading in wanted {
            guard let column = found[heading] else {
                report(
                    sheet.name, nil, "no column headed 「\(heading)」 in row 1; keep the template's headings",
                    "1行目に見出し「\(heading)」の列がありません。見出しの行はテンプレートのままにしてください。")
                continue
            }
            columns.append(column)
        }
        return columns.count == wanted.count ? columns : nil
    }

    private mutating func report(_ sheet: String?, _ cell: CellAddress?, _ message: String, _ japanese: String) {
        problems.append(WorkbookProblem(sheet: sheet, cell: cell, message: message, japanese: japanese))
    }
}
