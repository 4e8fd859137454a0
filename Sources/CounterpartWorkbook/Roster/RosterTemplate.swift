import CounterpartCore

/// The workbook of one municipality's list (`roster template`): its hotline members and its
/// staff as they stand, a sheet each, and a sheet that names the municipality, holds the day
/// the list is effective from, and explains each column in Japanese. Importing it unchanged
/// changes nothing.
public enum RosterTemplate {
    /// The workbook of municipality `code` of `roster`, which must hold it.
    /// Complexity: O(*n*) in the roster's members and staff.
    public static func workbook(of roster: Roster, municipality code: LocalGovernmentCode) -> Workbook {
        let members = roster.members.filter { $0.municipality == code }
        let staff = roster.staff.filter { $0.municipality == code }
        let periods = max(RosterWorkbookLayout.minimumPeriods, staff.map(\.availability.count).max() ?? 0)
        let name = roster.municipality(code)?.name ?? code.description
        return Workbook(sheets: [
            membersSheet(members),
            staffSheet(staff, periods: periods),
            explanationSheet(
                code: code, name: name, effective: roster.effective(of: code), prefecture: roster.prefecture,
                periods: periods),
        ])
    }

    static func membersSheet(_ members: [HotlineMember]) -> Worksheet {
        let layout = RosterWorkbookLayout.self
        var rows: [[WorkbookCell]] = [
            [layout.idHeading, layout.roleHeading, layout.nameHeading, layout.phoneHeading, layout.emailHeading]
                .map(WorkbookCell.heading)
        ]
        for member in members {
            rows.append([
                .formattedText(member.id.rawValue, .text), .text(member.role.japaneseLabel), .text(member.name),
                member.phone.map { .formattedText($0, .text) } ?? .empty,
                member.email.map(WorkbookCell.text) ?? .empty,
            ])
        }
        return Worksheet(
            name: layout.membersSheet, rows: rows,
            columns: [
                WorksheetColumn(width: 26, format: .text), WorksheetColumn(width: 18), WorksheetColumn(width: 16),
                WorksheetColumn(width: 16, format: .text), WorksheetColumn(width: 34),
            ],
            listValidations: [
                ListValidation(
                    columns: 1...1, rows: 2...CellAddress.lastRow,
                    choices: layout.municipalRoles.map(\.japaneseLabel))
            ],
            freezesFirstRow: true)
    }

    static func staffSheet(_ staff: [StaffPerson], periods: Int) -> Worksheet {
        let layout = RosterWorkbookLayout.self
        var headings = [layout.idHeading, layout.nameHeading]
        for number in 1...periods { headings += [layout.startHeading(number), layout.endHeading(number)] }
        headings += JobCategory.allCases.map(\.japaneseLabel)
        var rows: [[WorkbookCell]] = [headings.map(WorkbookCell.heading)]
        for person in staff {
            var row: [WorkbookCell] = [.formattedText(person.id.rawValue, .text), .text(person.name)]
            for index in 0..<periods {
                if index < person.availability.count {
                    row += [.date(person.availability[index].from), .date(person.availability[index].to)]
                } else {
                    row += [.empty, .empty]
                }
            }
            row += JobCategory.allCases.map { person.skills.contains($0) ? .text(layout.skillMark) : .empty }
            rows.append(row)
        }
        let firstSkill = 2 + 2 * periods
        var columns = [WorksheetColumn(width: 18, format: .text), WorksheetColumn(width: 16)]
        columns += Array(repeating: WorksheetColumn(width: 12, format: .date), count: 2 * periods)
        columns += JobCategory.allCases.map { WorksheetColumn(width: Double(max(8, 2 * $0.japaneseLabel.count + 2))) }
        return Worksheet(
            name: layout.staffSheet, rows: rows, columns: columns,
            listValidations: [
                ListValidation(
                    columns: firstSkill...(firstSkill + JobCategory.allCases.count - 1),
                    rows: 2...CellAddress.lastRow, choices: [layout.skillMark])
            ],
            freezesFirstRow: true)
    }

    static func explanationSheet(
        code: LocalGovernmentCode, name: String, effective: CalendarDay, prefecture: LocalGovernmentCode, periods: Int
    ) -> Worksheet {
        let layout = RosterWorkbookLayout.self
        var rows: [[WorkbookCell]] = [
            [.heading(layout.codeLabel), .formattedText(code.description, .text), .text("変更しないでください。")],
            [.heading(layout.municipalityNameLabel), .text(name), .text("確認のための表示です（取込みでは読みません）。")],
            [
                .heading(layout.effectiveLabel), .date(effective),
                .text("この一覧を使い始める日。4月の人事異動では新年度の初日（例: 2027/04/01）にしてください。"),
            ],
            [.heading(layout.prefectureLabel), .formattedText(prefecture.description, .text), .text("変更しないでください。")],
            [],
            [.heading("シート"), .heading("列"), .heading("書き方")],
        ]
        let membersSheet = layout.membersSheet
        let staffSheet = layout.staffSheet
        rows += [
            [
                .text(membersSheet), .text(layout.idHeading),
                .text("ホットラインのメンバーの ID。変更しないでください。新しい人は空欄のままにすると、取込み時に ID を付けます。"),
            ],
            [
                .text(membersSheet), .text(layout.roleHeading),
                .text("一覧から選びます: " + layout.municipalRoles.map(\.japaneseLabel).joined(separator: "、") + "。"),
            ],
            [.text(membersSheet), .text(layout.nameHeading), .text("氏名（必須）。姓と名の間は空白1つ。")],
            [.text(membersSheet), .text(layout.phoneHeading), .text("電話番号（任意）。書いたとおりに記録します。")],
            [.text(membersSheet), .text(layout.emailHeading), .text("メールアドレス（任意）。")],
            [
                .text(staffSheet), .text(layout.idHeading),
                .text("職員の ID。変更しないでください。新しい人は空欄のままにすると、取込み時に ID を付けます。行を消すと、その人は名簿から外れます。"),
            ],
            [.text(staffSheet), .text(layout.nameHeading), .text("氏名（必須）。")],
            [
                .text(staffSheet), .text("\(layout.startHeading(1))〜\(layout.endHeading(periods))"),
                .text("派遣できる期間。開始日と終了日を日付で入れます（例: 2026/04/01）。期間がいくつもある人は 2 つ目以降の列に入れます。終了日は開始日と同じ日かそれより後。"),
            ],
        ]
        for category in JobCategory.allCases {
            rows.append([
                .text(staffSheet), .text(category.japaneseLabel),
                .text("この業務ができる人に \(layout.skillMark)、できなければ空欄（一覧から選べます）。少なくとも1つに \(layout.skillMark) が必要です。"),
            ])
        }
        return Worksheet(
            name: layout.explanationSheet, rows: rows,
            columns: [
                WorksheetColumn(width: 16), WorksheetColumn(width: 26, format: .text), WorksheetColumn(width: 90),
            ])
    }
}
