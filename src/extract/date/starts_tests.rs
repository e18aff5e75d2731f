//! The start tests of date expressions, on their own sentences: which places open
//! an expression and which start nothing.

use super::*;

#[test]
fn table_words_open_expressions() {
    for w in start_words() {
        assert!(may_start(w), "{w}");
        let marked = format!("从{w}");
        assert!(may_start(&marked), "{marked}");
    }
    for w in [
        "上周",
        "下下周一",
        "这个星期",
        "近三年",
        "过两天",
        "“十四五”",
        "Q3",
        "2024",
    ] {
        assert!(may_start(w), "{w}");
    }
}

#[test]
fn common_words_do_not() {
    for w in [
        "中国",
        "大家",
        "上海",
        "下面",
        "前往",
        "日本",
        "本地",
        "这是",
        "同时",
        "第名",
        "过程",
        // A pair of start words, but no start word goes on so.
        "这个问题",
        "这一点",
        "下一代",
        "上一轮",
        "本上",
    ] {
        assert!(!may_start(w), "{w}");
    }
    for w in [
        "这个月",
        "这一年",
        "这一周",
        "这个星期",
        "上上周",
        "下下个月",
        "这个季度",
    ] {
        assert!(may_start(w), "{w}");
    }
}

#[test]
fn named_days_start_only_as_whole_names() {
    let rows = [
        ("青年节当天", true),
        ("从青年节起", true),
        ("消费者权益日前夕", true),
        ("儿童节", true),
        ("青年人就业", false),
        ("消费市场回暖", false),
        ("儿童医院", false),
        ("从青年中选拔", false),
    ];
    for (text, starts) in rows {
        assert_eq!(may_start(text), starts, "{text}");
    }
}

#[test]
fn lone_numerals_before_other_words_start_nothing() {
    let rows = [
        ("一些企业", true),
        ("三种方案", true),
        ("两位专家", true),
        ("一", true),
        // A unit, a date part, a connector or a table word follows.
        ("一个月前", false),
        ("三天后", false),
        ("三至五年", false),
        ("七夕节", false),
        ("五月", false),
        ("八点", false),
        // A longer numeral: what follows it counts too.
        ("二十五元", true),
        ("三十届", true),
        ("十四五", false),
        ("二十年前", false),
        ("二〇二四年", false),
        // 廿三 alone is a lunar day.
        ("廿三那天", false),
        // No number: 万 starts no table word.
        ("万元", true),
        ("〇八年", false),
        // Not a Chinese numeral.
        ("2024年", false),
        ("今年", false),
    ];
    for (text, nowhere) in rows {
        assert_eq!(lone_numeral_goes_nowhere(text, 0), nowhere, "{text}");
    }
    for w in start_words() {
        assert!(!lone_numeral_goes_nowhere(w, 0), "{w}");
    }
}

#[test]
fn counted_numbers_start_only_amounts_of_time() {
    let rows = [
        ("一个人", true),
        ("三个方面", true),
        ("30多个国家", true),
        ("十几个项目", true),
        ("两个", true),
        // An amount of time goes on.
        ("一个月前", false),
        ("两个多月", false),
        ("一个半小时", false),
        ("20个交易日", false),
        ("三个星期后", false),
        // No 个 after the number, or a bare year.
        ("三年前", false),
        ("2018个", false),
        ("今年", false),
    ];
    for (text, nowhere) in rows {
        assert_eq!(count_goes_nowhere(text, 0), nowhere, "{text}");
    }
    for w in start_words() {
        assert!(!count_goes_nowhere(w, 0), "{w}");
    }
}

#[test]
fn ordinals_start_only_days_and_quarters() {
    let rows = [
        ("第一名", true),
        ("第三届", true),
        ("第10位", true),
        ("第二", true),
        ("第二天", false),
        ("第3日", false),
        ("第三季度", false),
        ("第二个季度", false),
        ("第一季度", false),
        // No number: not judged here.
        ("第", false),
        ("第100天", false),
    ];
    for (text, nowhere) in rows {
        assert_eq!(ordinal_goes_nowhere(text, 0), nowhere, "{text}");
    }
    for w in start_words() {
        assert!(!ordinal_goes_nowhere(w, 0), "{w}");
    }
}

#[test]
fn digit_runs_before_other_chars_start_nothing() {
    let rows = [
        // Amounts and scores: no reader goes on after the run.
        ("50万元", true),
        ("0万元", true),
        ("３０％", true),
        ("3∶1", true),
        ("30多万人", true),
        ("1.5亿", true),
        ("30多年前", false),
        ("20余个交易日", false),
        ("12", true),
        // A unit, a date part, a separator or a connector follows.
        ("3个月前", false),
        ("20天后", false),
        ("80年代", false),
        ("9月", false),
        ("27日", false),
        ("8点", false),
        ("8:30", false),
        ("2024-09-28", false),
        ("11/3号", false),
        ("6·30", false),
        ("9~12点", false),
        ("13季度", false),
        // A bare year and a compact date need nothing after them; other
        // four-digit runs go on as shorter ones do.
        ("2018", false),
        ("2018万", false),
        ("1000元", true),
        ("１０００多", false),
        ("1000年前", false),
        ("1230.5", false),
        ("20240307", false),
        // Not a digit.
        ("今年", false),
    ];
    for (text, nowhere) in rows {
        assert_eq!(digits_go_nowhere(text, 0), nowhere, "{text}");
    }
}

#[test]
fn one_char_parts_of_day_need_a_date() {
    for (word, _, alone) in PARTS_OF_DAY {
        if word.chars().count() == 1 {
            assert!(!alone, "{word} stands alone: list it in the start words");
        }
    }
}
