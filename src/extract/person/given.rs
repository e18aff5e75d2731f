//! Given-name plausibility: chars that are common in Chinese given names. A dictionary
//! word jieba tags as a name (胡萝卜, 安全感, 高水平) is usually a word when its "given
//! name" part uses chars that names seldom use; a real name (邓颖超, 范志毅) uses common
//! ones. Listed from general knowledge of naming practice (virtues, nature, jewels,
//! flowers, brightness, strength, the generation chars of older names).

use crate::chars::CharSet;
use crate::lexicon::Lexicon;
use std::sync::LazyLock;

/// Chars common in given names.
static GIVEN_NAME_CHARS: LazyLock<CharSet> = LazyLock::new(|| {
    CharSet::new(concat!(
        // Strength, achievement, ambition.
        "伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发",
        "武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪",
        "心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之翰朗伯宏言若鸣朋斌梁栋维启克",
        "伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘",
        // Beauty, grace, flowers, jewels.
        "秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱",
        "妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露",
        "瑶怡婵雁蓓仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希",
        "欣飘育滢馥筠柔竹凝晓欢霄枫芸菲寒伊亚宜可舒影荔丽阳妮宝贝初程恒鸿桦骅剑娇纪宽灵",
        "琪晴容睿烁堂唯威韦雯萱彦宇雨洋忠宗曼紫逸贤蝶菡儿钊",
        // Eras, virtues and generation chars.
        "兵卫方立晖斐铭瑜琨璋尧舜禹汉晋宋唐远长洪涌淼森鑫垚焱金银铁锋钢锐镇钰铎仲叔季孟",
        "一二三四五六七八九十百千万甲乙丙丁正道礼智孝廉忠俭恭让温敏捷慎默定禄寿喜财旺吉",
        "如意润泉溪涵源深湘沛澄渊潮洲济瀚淳滨浦洛汇沁涓秉乾坤谷岭峻崇嵩巍崎岳屹陵川昆仑石",
        "坦培基城圣显照熙煜炳焕烨灿炜晔昊昕晟晗暄景曦朝旦曙昱晏映夏冬凯麟骏驰鹤鸥鹰鹃鸾",
        "虎豹蛟鲲骥书画诗歌章典笑怀念恩慈愉憬悟觉知识问通阔展开拓举奋扬耀煌霓虹霏霖霆雷",
        "电霁霜凌桃李杏柳杨桐梧樟楷模标榜棠楚荆蒙苗芹茹茵蔚蕾萌莹苹芊芷苓蓁葵蓬薰兆盈满",
        "丰余存守佑助援浪汐滔沧宪律治理邦宅宙寰亿勋绩业就帅将戈斗朴实净姝婧娉妙姗娆嫣姿",
        "颜情本根枝果鲜优卓越小大双少继绪延宣传登科魁占春田野耕农福贵亭台阁楼铮铿锵",
        "莎琪霆淇湛琦琳璇玮琬珂玲珏瑛璟瑄瑀恺悦慕怡恬惟愈鼎彤丹桢梓楠柏桓权衡",
    ))
});

/// Whether every char of `given` is common in given names.
pub(super) fn plausible_given_name(given: &str) -> bool {
    !given.is_empty() && given.chars().all(|c| GIVEN_NAME_CHARS.contains(c))
}

/// Whether a dictionary word tagged as a name has a plausible given name: common
/// given-name chars, not a reduplication (金灿灿).
pub(super) fn dictionary_name_plausible(lexicon: &Lexicon, word: &str) -> bool {
    let Some(surname) = lexicon.surname_of(word) else {
        return false;
    };
    let given = word.get(surname.len()..).unwrap_or_default();
    let mut chars = given.chars();
    let reduplicated = given.chars().count() == 2 && chars.next() == chars.next();
    plausible_given_name(given) && !reduplicated
}

/// Whether some char of the given name of a dictionary word tagged as a name is common in
/// given names (介石 in 蒋介石, not 萝卜 in 胡萝卜): then the statistical tagger may
/// still read it as a name from its context, as it may a transliterated one (毕加索).
pub(super) fn some_given_char_plausible(lexicon: &Lexicon, word: &str) -> bool {
    let given = lexicon
        .surname_of(word)
        .and_then(|s| word.get(s.len()..))
        .unwrap_or_default();
    given.chars().any(|c| {
        let mut buf = [0; 4];
        plausible_given_name(c.encode_utf8(&mut buf))
    })
}

#[cfg(test)]
mod tests {
    use super::plausible_given_name;

    #[test]
    fn name_chars_are_plausible_word_chars_are_not() {
        assert!(plausible_given_name("建国"));
        assert!(plausible_given_name("秀英"));
        assert!(!plausible_given_name("萝卜"));
        assert!(!plausible_given_name("全感"));
        assert!(!plausible_given_name(""));
    }
}
