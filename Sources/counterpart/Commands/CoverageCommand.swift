import ArgumentParser
import CounterpartCore
import CounterpartCoverage
import CounterpartReports
import Foundation

/// `counterpart coverage --demand PROFILE`: can the groups cover every single (and double) hit?
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: L(
            "すべての単独被災（--depth 2 では2市町同時被災も）を試し、グループで補えない分を示します。",
            "Sweep every single hit (and, with --depth 2, every pair): what the groups cannot cover."),
        discussion: L(
            """
            被災市町の組合せごとに、需要プロファイルから応援要請を作ります（人口1万人あたりの人数、最低人数以上）。\
            第1期（期 0）を FORMATS.md の計画ルールで計画します。単独被災、次に2市町同時被災の順に、\
            それぞれ深刻なもの（緊急、高、通常の順の不足人数）から報告します。テキストの最後に1画面の要約があります。
            """,
            """
            For each set of hit municipalities the demand profile gives requests (people per 10,000 \
            inhabitants, at least the minimum); rotation period 0 is planned with the planning rule of \
            FORMATS.md. Sets are reported single hits first, then pairs, each most severe first (people \
            missing at critical, then high, then normal priority). The text ends with a one-screen summary.
            """)
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv, html, xlsx }

    @Option(
        help: ArgumentHelp(
            L("需要プロファイルのファイル（urn:counterpart:demand:1）。", "The demand profile file (urn:counterpart:demand:1).")))
    var demand: String

    @Option(
        help: ArgumentHelp(
            L("名簿のファイル（省略時: データベースに登録されている名簿）。", "The roster file (default: the roster stored in the database).")))
    var roster: String?

    @OptionGroup var database: DatabaseOptions

    @Option(
        help: ArgumentHelp(
            L("1: すべての単独被災、2: 単独被災と2市町同時被災のすべて。", "1: every single hit; 2: every single hit and every pair.")))
    var depth: Int = 1

    @Option(
        help: ArgumentHelp(
            L(
                "第1期（期 0）の初日 YYYY-MM-DD（省略時: 名簿の適用開始日）。",
                "The first day of rotation period 0, YYYY-MM-DD (default: the roster's effective day).")))
    var start: String?

    @Option(
        help: ArgumentHelp(
            L(
                "text、csv（UTF-8、BOM 付き: Excel で開けます）、html、xlsx（Excel ブック）のいずれか。",
                "text, csv (UTF-8 with a byte order mark, as Excel opens it), html or xlsx (an Excel workbook).")))
    var format: Format = .text

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(L("標準出力の代わりにこのファイルに書き出します。", "Write to this file instead of standard output.")))
    var output: String?

    func validate() throws {
        guard depth == 1 || depth == 2 else {
            throw ValidationError(L("--depth は 1 か 2 にしてください。", "--depth must be 1 or 2."))
        }
        if let start {
            do { _ = try CalendarDay(start) } catch { throw ValidationError("--start: \(error).") }
        }
    }

    func run() throws {
        let (profile, roster) = try InputLoading.demandAndRoster(
            demand: demand, roster: self.roster, database: database)
        let first = try start.map { try CalendarDay($0) } ?? roster.effective
        // Only rotation period 0 is planned.
        EndedListWarnings.print(
            EndedList.find(in: roster, for: DayRange(spanning: first, first.adding(days: profile.rotationDays - 1))),
            roster: roster)
        let sweep = CoverageSweep(roster: roster, profile: profile, start: first, depth: depth)
        let report = CoverageReport(
            roster: roster, profile: profile, start: first,
            startSource: start != nil ? "--start" : L("名簿の基準日", "the roster's effective day"), depth: depth,
            results: sweep.run(workers: ProcessInfo.processInfo.activeProcessorCount))
        let bytes: [UInt8]
        switch format {
        case .text: bytes = Array(CoverageText.render(report, language: CommandLanguage.current).utf8)
        // The byte order mark makes Excel read the file as UTF-8 (it takes Shift_JIS otherwise).
        case .csv:
            bytes = [0xEF, 0xBB, 0xBF] + Array(CoverageCSV.render(report, language: CommandLanguage.current).utf8)
        case .html: bytes = Array(CoverageHTML.render(report, language: CommandLanguage.current).utf8)
        case .xlsx:
            return try WorkbookOutput.write(
                CoverageWorkbook.workbook(report, language: CommandLanguage.current), to: output)
        }
        let file = try OutputFile(path: output)
        try file.write(bytes)
        try file.commit()
    }
}
