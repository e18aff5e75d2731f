//! The chars numerals are written with: what each one stands for in a numeral
//! (三 a digit, 千 a small unit, 亿 a big unit, 点 the decimal point).

/// One symbol of a Chinese or Arabic numeral.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Symbol {
    /// 0–9 (Chinese or Arabic, full- or half-width).
    Digit(u8),
    /// 几/幾: an unknown digit, read as zero and marking the number approximate.
    Some,
    /// 十/拾 (1), 百/佰 (2), 千/仟 (3): the power of ten.
    Small(i64),
    /// 万/萬 (4), 亿/億 (8), 兆 (12).
    Big(i64),
    /// 点/點: the decimal point.
    Point,
    /// 廿 (20), 卅 (30), 卌 (40): a digit and 十 in one char.
    Tens(u8),
}

/// Classify one char.
pub(crate) fn symbol(c: char) -> Option<Symbol> {
    Some(match c {
        '0'..='9' => Symbol::Digit(c as u8 - b'0'),
        '０'..='９' => Symbol::Digit((c as u32 - '０' as u32) as u8),
        '零' | '〇' | '○' | 'Ｏ' => Symbol::Digit(0),
        '一' | '壹' | '弌' => Symbol::Digit(1),
        '二' | '贰' | '貳' | '两' | '兩' | '弍' | '俩' | '倆' => Symbol::Digit(2),
        '三' | '叁' | '參' | '弎' => Symbol::Digit(3),
        '四' | '肆' => Symbol::Digit(4),
        '五' | '伍' => Symbol::Digit(5),
        '六' | '陆' | '陸' => Symbol::Digit(6),
        '七' | '柒' => Symbol::Digit(7),
        '八' | '捌' => Symbol::Digit(8),
        '九' | '玖' => Symbol::Digit(9),
        '几' | '幾' => Symbol::Some,
        '十' | '拾' => Symbol::Small(1),
        '百' | '佰' => Symbol::Small(2),
        '千' | '仟' => Symbol::Small(3),
        '万' | '萬' => Symbol::Big(4),
        '亿' | '億' => Symbol::Big(8),
        '兆' => Symbol::Big(12),
        '点' | '點' => Symbol::Point,
        '廿' => Symbol::Tens(2),
        '卅' => Symbol::Tens(3),
        '卌' => Symbol::Tens(4),
        _ => return None,
    })
}

/// Whether `c` is an Arabic digit, ASCII or full-width (３).
pub(crate) fn is_arabic(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// The ASCII digit of an Arabic digit, ASCII or full-width (３ → 3).
pub(crate) fn ascii_digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
        _ => None,
    }
}
