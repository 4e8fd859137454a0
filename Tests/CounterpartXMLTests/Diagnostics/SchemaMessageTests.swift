import Testing

@testable import CounterpartXML

/// Issue "Japanese first", item 3: libxml2's schema messages, in the forms libxml2 2.9 writes
/// them, said in Japanese. Each expectation is written by hand.
@Suite struct SchemaMessageTests {
    static let roster = "urn:counterpart:roster:1"
    static let scenario = "urn:counterpart:scenario:1"

    func japanese(_ message: String, _ namespace: String = scenario) -> String {
        SchemaMessage(message).japanese(namespace: namespace)
    }

    @Test func anEnumerationListsWhatIsAllowedInJapaneseAndAsTokens() {
        let message =
            "Element '{urn:counterpart:scenario:1}request', attribute 'category': [facet 'enumeration'] The value '給付' is not an element of the set {'shelter', 'certificate', 'damage-survey', 'health', 'civil-engineering', 'building', 'water', 'waste', 'management', 'general'}."
        #expect(
            SchemaMessage(message).kind
                == .enumeration(
                    value: "給付",
                    allowed: [
                        "shelter", "certificate", "damage-survey", "health", "civil-engineering", "building", "water",
                        "waste", "management", "general",
                    ]))
        #expect(
            japanese(message)
                == "要請の業務区分 category=\"給付\" は使えません。使えるのは 避難所運営（shelter）、罹災証明書交付（certificate）、住家被害認定調査（damage-survey）、保健師（health）、土木（civil-engineering）、建築（building）、給水（water）、災害廃棄物（waste）、総括支援（management）、一般事務（general） です。"
        )
    }

    @Test func rolesPrioritiesAndKindsHaveTheirLabels() {
        #expect(
            japanese(
                "Element '{urn:counterpart:roster:1}member', attribute 'role': [facet 'enumeration'] The value 'mayor' is not an element of the set {'vice-mayor', 'liaison'}.",
                Self.roster)
                == "ホットライン登録者の役割 role=\"mayor\" は使えません。使えるのは 副市町長（vice-mayor）、実務担当（liaison） です。")
        #expect(
            japanese(
                "Element '{urn:counterpart:scenario:1}request', attribute 'priority': [facet 'enumeration'] The value 'urgent' is not an element of the set {'critical', 'high', 'normal'}."
            ) == "要請の優先度 priority=\"urgent\" は使えません。使えるのは 緊急（critical）、高（high）、通常（normal） です。")
        #expect(
            japanese(
                "Element '{urn:counterpart:roster:1}municipality', attribute 'kind': [facet 'enumeration'] The value 'metropolis' is not an element of the set {'city', 'town', 'village'}.",
                Self.roster) == "市町の種別 kind=\"metropolis\" は使えません。使えるのは 市（city）、町（town）、村（village） です。")
    }

    @Test func patternsOfCodesDatesAndOthers() {
        #expect(
            japanese(
                "Element '{urn:counterpart:roster:1}municipality', attribute 'code': [facet 'pattern'] The value '38201X' is not accepted by the pattern '[0-9]{6}'.",
                Self.roster) == "市町の団体コード code=\"38201X\" は団体コードの形ではありません。団体コードは半角数字6桁です（例: 382019）。")
        #expect(
            japanese(
                "Element '{urn:counterpart:scenario:1}request', attribute 'from': [facet 'pattern'] The value '2026/11/02' is not accepted by the pattern '[0-9]{4}-[0-9]{2}-[0-9]{2}'."
            ) == "要請の開始日 from=\"2026/11/02\" は日付の形ではありません。YYYY-MM-DD の形（例: 2026-04-01）で書いてください。")
        #expect(
            japanese(
                "Element '{urn:counterpart:scenario:1}request', attribute 'id': [facet 'pattern'] The value 'r 1' is not accepted by the pattern '[a-z0-9-]+'."
            ) == "要請のID id=\"r 1\" は決められた形に合いません（形: [a-z0-9-]+）。")
    }

    @Test func boundsAndDigits() {
        #expect(
            japanese(
                "Element '{urn:counterpart:scenario:1}request', attribute 'headcount': [facet 'minInclusive'] The value '0' is less than the minimum value allowed ('1')."
            ) == "要請の必要人数 headcount=\"0\" は小さすぎます。1 以上にしてください。")
        #expect(
            japanese(
                "Element '{urn:counterpart:roster:1}municipality', attribute 'lat': [facet 'maxInclusive'] The value '132.7657' is greater than the maximum value allowed ('90').",
                Self.roster) == "市町の緯度 lat=\"132.7657\" は大きすぎます。90 以下にしてください。")
        #expect(
            japanese(
                "Element '{urn:counterpart:demand:1}need', attribute 'days': [facet 'minExclusive'] The value '0' must be greater than '0'.",
                "urn:counterpart:demand:1") == "必要人員の日数 days=\"0\" は小さすぎます。0 より大きい値にしてください。")
        #expect(
            japanese(
                "Element '{urn:counterpart:demand:1}need', attribute 'perTenThousand': [facet 'fractionDigits'] The value '6.125' has more fractional digits than are allowed ('2').",
                "urn:counterpart:demand:1")
                == "必要人員の1万人あたりの人数 perTenThousand=\"6.125\" は小数点以下の桁が多すぎます。小数点以下は 2 桁までにしてください。")
        #expect(
            japanese(
                "Element '{urn:counterpart:demand:1}demand', attribute 'id': [facet 'minLength'] The value '' has a length of '0'; this underruns the allowed minimum length of '1'.",
                "urn:counterpart:demand:1") == "必要人員想定のID id が空です。1文字以上書いてください。")
        #expect(
            japanese(
                "Element '{urn:counterpart:roster:1}person', attribute 'skills': [facet 'minLength'] The value has a length of '0'; this underruns the allowed minimum length of '1'.",
                Self.roster) == "派遣可能職員の職種 skills が空です。少なくとも1つ書いてください。")
    }

    @Test func wrongTypes() {
        #expect(
            japanese(
                "Element '{urn:counterpart:scenario:1}pin', attribute 'period': 'one' is not a valid value of the atomic type 'xs:int'."
            ) == "確定済みの派遣の期間番号 period=\"one\" は整数ではないか、扱える範囲を超えています。半角数字の整数で書いてください（例: 7）。")
        #expect(
            japanese(
                "Element '{urn:counterpart:roster:1}municipality', attribute 'lat': 'north' is not a valid value of the local atomic type.",
                Self.roster
            ).hasPrefix("市町の緯度 lat=\"north\" は"))
        #expect(
            japanese(
                "Element '{urn:counterpart:scenario:1}x', attribute 'isDrill': 'yes' is not a valid value of the atomic type 'xs:boolean'."
            )
                == "<x> の属性 isDrill=\"yes\" は「true」か「false」で書いてください。")
        #expect(
            japanese(
                "Element '{urn:counterpart:scenario:1}scenario', attribute 'start': '2026/11/01' is not a valid value of the atomic type 'xs:date'."
            )
                == "想定の開始日 start=\"2026/11/01\" は日付ではありません。YYYY-MM-DD の形（例: 2026-04-01）で書いてください。")
    }

    @Test func attributesAndElements() {
        #expect(
            japanese(
                "Element '{urn:counterpart:roster:1}municipality': The attribute 'name' is required but missing.",
                Self.roster)
                == "市町 <municipality> に必要な名前 name=\"…\" がありません。")
        #expect(
            japanese(
                "Element '{urn:counterpart:roster:1}municipality', attribute 'mayor': The attribute 'mayor' is not allowed.",
                Self.roster)
                == "市町 <municipality> に mayor=\"…\" という属性は書けません。市町に書ける属性は code、name、kind、lat、lon、dispatchCapacity、population です。"
        )
        #expect(
            japanese(
                "Element '{urn:counterpart:roster:1}notes': This element is not expected. Expected is one of ( {urn:counterpart:roster:1}municipalities, {urn:counterpart:roster:1}groups ).",
                Self.roster) == "<notes> はここには書けません。ここに書けるのは <municipalities>（市町一覧）、<groups>（グループ一覧） です。")
        #expect(
            japanese(
                "Element 'municipality': This element is not expected. Expected is ( {urn:counterpart:roster:1}municipality ).",
                Self.roster)
                == "市町 <municipality> はここには書けません。ここに書けるのは <municipality>（市町） です。（この要素には名前空間がありません。Counterpart の要素は名前空間 urn:counterpart:roster:1 に属します。xmlns を確かめてください）"
        )
        #expect(
            japanese(
                "Element '{urn:counterpart:demand:1}demand': Missing child element(s). Expected is ( {urn:counterpart:demand:1}need ).",
                "urn:counterpart:demand:1")
                == "必要人員想定 <demand> の中に <need>（必要人員） が必要ですが、ありません。")
        #expect(
            japanese(
                "Element '{urn:counterpart:roster:1}staff': Character content other than whitespace is not allowed because the content type is 'element-only'.",
                Self.roster)
                == "派遣可能職員一覧 <staff> の中に文字は書けません（書けるのは要素だけです）。")
    }

    @Test func identityConstraintsAndTheRoot() {
        #expect(
            japanese(
                "Element '{urn:counterpart:scenario:1}request': Duplicate key-sequence ['r-001'] in unique identity-constraint '{urn:counterpart:scenario:1}uniqueRequest'."
            )
                == "要請 <request> の値 'r-001' が重複しています。同じ値は1回だけ使えます（一意制約 uniqueRequest）。")
        #expect(
            japanese(
                "Element '{urn:counterpart:scenario:1}pin': No match found for key-sequence ['r-999'] of keyref '{urn:counterpart:scenario:1}pinRequest'."
            )
                == "確定済みの派遣 <pin> の値 'r-999' が参照先に見つかりません（参照 pinRequest）。")
        #expect(
            japanese("Element 'plan': No matching global declaration available for the validation root.")
                == "ルート要素 <plan> はこの種類のファイルでは使えません。（この要素には名前空間がありません。Counterpart の要素は名前空間 urn:counterpart:scenario:1 に属します。xmlns を確かめてください）"
        )
    }

    @Test func anUnknownMessageNamesTheElementAndAttributeThenQuotesTheOriginal() {
        #expect(
            japanese("Element '{urn:counterpart:scenario:1}request', attribute 'from': Something new happened.")
                == "要請 <request> の属性 from がスキーマ（ファイルの決まり）に合いません。元のメッセージ: Something new happened.")
        #expect(japanese("Something else.") == "スキーマ（ファイルの決まり）に合わない所があります。元のメッセージ: Something else.")
    }

    @Test func wellFormednessMessages() {
        #expect(
            ParserMessage.japanese(
                "Opening and ending tag mismatch: municipalities line 5 and municipality", column: 17)
                == "XML の書き方に誤りがあります: 開始タグ <municipalities>（5 行目）と終了タグ </municipality> が対応していません。閉じ忘れや綴りを確かめてください。（17 文字目）"
        )
        #expect(
            ParserMessage.japanese("Premature end of data in tag roster line 2")
                == "XML の書き方に誤りがあります: <roster>（2 行目）が閉じられないまま、ファイルが終わっています。</roster> を確かめてください。")
        #expect(
            ParserMessage.japanese("Attribute name redefined")
                == "XML の書き方に誤りがあります: 属性 name が同じ要素に2回書かれています。")
        #expect(
            ParserMessage.japanese("Input is not proper UTF-8, indicate encoding !\nBytes: 0x91 0x30 0x22 0x20")
                == "XML の書き方に誤りがあります: UTF-8 として読めないバイトがあります。UTF-8 で保存し直してください。")
        #expect(
            ParserMessage.japanese("Something unheard of")
                == "XML の書き方に誤りがあります: 元のメッセージ: Something unheard of")
    }
}
