import CounterpartCore

/// The roster workbook's sheets, headings and marks: one place for the template that writes
/// them and the import that reads them back.
public enum RosterWorkbookLayout {
    /// The sheet of hotline members.
    public static let membersSheet = "ホットライン"
    /// The sheet of dispatchable staff.
    public static let staffSheet = "職員"
    /// The sheet that names the municipality and explains each column.
    public static let explanationSheet = "説明"

    /// The id column's heading: it says not to change the id.
    public static let idHeading = "ID（変更しないでください）"
    static let nameHeading = "氏名"
    static let roleHeading = "役割"
    static let phoneHeading = "電話番号"
    static let emailHeading = "メールアドレス"

    /// The heading of the `number`-th period's first day (from 1).
    static func startHeading(_ number: Int) -> String { "開始日\(number)" }
    /// The heading of the `number`-th period's last day (from 1).
    static func endHeading(_ number: Int) -> String { "終了日\(number)" }
    /// The fewest periods a template offers.
    static let minimumPeriods = 3

    /// The mark of a skill the person has.
    public static let skillMark = "○"
    /// What is read as the mark too (the kanji zero and the large circle look the same).
    static let skillMarks: Set<String> = ["○", "〇", "◯"]

    /// The labels of the explanation sheet's settings, in column A.
    static let codeLabel = "市町コード"
    static let municipalityNameLabel = "市町名"
    static let effectiveLabel = "適用開始日"
    static let prefectureLabel = "県コード"

    /// The roles a municipality registers (headquarters' are the prefecture's).
    static let municipalRoles = HotlineRole.allCases.filter { !$0.isHeadquarters }
}
