import CounterpartCore
import Foundation

/// Cell values read as roster values: text trimmed, days from dates, serial numbers or
/// typed text.
enum CellReading {
    /// The cell as text, spaces around it aside; `nil` when empty.
    static func text(_ value: CellValue?) -> String? {
        guard let value else { return nil }
        let text = value.displayText.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    /// The day a cell holds: an Excel date, a serial number, or text `2026-04-01`,
    /// `2026/4/1`; else the sentence (English, Japanese) that says why not.
    static func day(_ value: CellValue?) -> Result<CalendarDay, DayProblem> {
        switch value {
        case .date(let day):
            return .success(day)
        case .number(let serial):
            if let day = CalendarDay(excelSerial: serial) { return .success(day) }
        case .text(let text):
            if let day = parse(text.trimmingCharacters(in: .whitespacesAndNewlines)) { return .success(day) }
        default:
            break
        }
        let shown = value?.displayText ?? ""
        return .failure(
            DayProblem(
                "「\(shown)」 is not a date; enter one such as 2026/04/01",
                "「\(shown)」は日付ではありません。2026/04/01 のように日付で入れてください。"))
    }

    /// `YYYY-MM-DD`, `YYYY/M/D` and the like (month and day of one or two digits).
    static func parse(_ text: String) -> CalendarDay? {
        let pieces = text.split(omittingEmptySubsequences: false) { $0 == "-" || $0 == "/" || $0 == "." }
        guard pieces.count == 3, pieces[0].count == 4, (1...2).contains(pieces[1].count),
            (1...2).contains(pieces[2].count), let year = Int(pieces[0]), let month = Int(pieces[1]),
            let day = Int(pieces[2])
        else { return nil }
        return CalendarDay(year: year, month: month, day: day)
    }

    /// Why a cell is not a day, in English and in Japanese.
    struct DayProblem: Error {
        var english: String
        var japanese: String
        init(_ english: String, _ japanese: String) {
            self.english = english
            self.japanese = japanese
        }
        var tuple: (String, String) { (english, japanese) }
    }
}
