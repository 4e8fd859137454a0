import Foundation
import Testing

/// Issue "Japanese first", item 3: `validate` prints its problems in the language of the
/// command line, `FILE:LINE: ` in front of each in both.
@Suite struct ValidateLanguageTests {
    let folder = ScratchFolder()

    func badRoster() -> String {
        folder.write(
            "bad.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <roster xmlns="urn:counterpart:roster:1" prefecture="380008" effective="2026-04-01">
              <municipalities>
                <municipality code="382018" name="松山市" kind="city" lat="33.8392" lon="132.7657"/>
                <municipality code="382035" name="宇和島市" kind="metropolis" lat="33.2233" lon="132.5606"/>
              </municipalities>
              <staff>
                <person id="s-1" municipality="382035" name="宇和島 一郎" skills="shelter"/>
                <person id="s-1" municipality="382035" name="宇和島 二郎" skills="general"/>
              </staff>
            </roster>
            """)
    }

    @Test func inJapaneseByTheLocale() throws {
        let bad = badRoster()
        let result = try CommandRunner.run(["validate", bad], environment: ["LANG": "ja_JP.UTF-8", "LC_ALL": ""])
        #expect(result.status == 1)
        #expect(result.standardOutput == "")
        #expect(
            result.standardError == """
                \(bad):4: 市町の団体コード code="382018" は正しい団体コードではありません。最後の桁（検査数字）は 9 のはずです。打ち間違いがないか確かめてください。
                \(bad):5: 市町の種別 kind="metropolis" は使えません。使えるのは 市（city）、町（town）、村（village） です。
                \(bad):9: 職員ID id="s-1" が2回使われています。派遣可能職員のIDは重ならないようにしてください。
                1 個のファイルのうち 1 個に、合わせて 3 件の問題があります。

                """)
    }

    @Test func inEnglishByTheOption() throws {
        let bad = badRoster()
        let result = try CommandRunner.run(
            ["validate", "--lang", "en", bad], environment: ["LANG": "ja_JP.UTF-8", "LC_ALL": ""])
        #expect(result.status == 1)
        #expect(
            result.standardError == """
                \(bad):4: code: '382018' is not a valid local government code: its check digit should be 9
                \(bad):5: does not follow the schema: Element 'municipality', attribute 'kind': [facet 'enumeration'] The value 'metropolis' is not an element of the set {'city', 'town', 'village'}.
                \(bad):9: staff id 's-1' is used twice
                3 problems in 1 of 1 file.

                """)
    }
}
