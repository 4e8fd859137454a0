/// Invented Japanese names for synthetic people: common family and given names.
enum JapaneseNames {
    static let family = [
        "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤",
        "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "清水", "山崎",
        "森", "池田", "橋本", "阿部", "石川", "山下", "中島", "石井", "小川", "前田",
        "岡田", "長谷川", "藤田", "後藤", "近藤", "村上", "遠藤", "青木", "坂本", "斉藤",
        "福田", "太田", "西村", "藤井", "岡本", "松田", "中川", "原田", "三好", "兵頭",
    ]
    static let given = [
        "一郎", "健太", "翔太", "大輔", "拓也", "直樹", "誠", "浩二", "隆", "修",
        "花子", "美咲", "陽子", "恵", "由美", "智子", "真由美", "愛", "舞", "彩",
        "亮", "聡", "剛", "実", "進", "和也", "裕子", "明美", "香織", "幸子",
    ]

    /// A full name, family name first, separated by a space.
    static func random(using generator: inout SeededGenerator) -> String {
        "\(generator.pick(family)) \(generator.pick(given))"
    }
}
