//! The Chinese vocabulary both vendors' demo data is made of: people, companies, places and the
//! appliances an after-sales department services.

use fastrand::Rng;

use crate::seed::pick;

const SURNAMES: &[&str] = &[
    "张", "王", "李", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马",
    "罗",
];
const GIVEN_NAMES: &[&str] = &[
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞",
    "平", "刚", "桂英", "建华", "志强", "晓东", "海燕", "文博", "子涵", "雨轩", "建国",
];
const COMPANY_WORDS: &[&str] =
    &["华夏", "恒信", "金鼎", "瑞丰", "新世纪", "宏达", "鑫源", "博远", "天成", "嘉禾", "众邦", "盛世", "蓝海", "远航"];
const COMPANY_TRADES: &[&str] =
    &["餐饮管理", "物业管理", "酒店管理", "科技", "教育咨询", "医疗器械", "食品", "建筑工程", "商贸", "健身服务"];
const STREETS: &[&str] = &[
    "建国路",
    "中山路",
    "人民路",
    "解放路",
    "长安街",
    "南京路",
    "天府大道",
    "文三路",
    "科技园路",
    "花园路",
    "滨江大道",
];
const JOB_TITLES: &[&str] = &["总经理", "行政主管", "采购经理", "后勤主管", "店长", "工程部经理", "前台", "设备管理员"];

/// A person's name, e.g. 张伟.
pub fn person_name(rng: &mut Rng) -> String {
    format!("{}{}", pick(rng, SURNAMES), pick(rng, GIVEN_NAMES))
}

/// A company name rooted in `city`, e.g. 北京华夏餐饮管理有限公司.
pub fn company_name(rng: &mut Rng, city: &str) -> String {
    let city = city.trim_end_matches('市');
    format!("{city}{}{}有限公司", pick(rng, COMPANY_WORDS), pick(rng, COMPANY_TRADES))
}

/// A street address without the region, e.g. 建国路88号3号楼1201室.
pub fn street_address(rng: &mut Rng) -> String {
    format!("{}{}号{}号楼{}{:02}室", pick(rng, STREETS), rng.u32(1..300), rng.u32(1..12), rng.u32(1..25), rng.u32(1..9))
}

pub fn job_title(rng: &mut Rng) -> &'static str {
    pick(rng, JOB_TITLES)
}

/// A region of the three-level Chinese administrative tree; ids are the national division codes.
pub struct Region {
    pub id: u32,
    pub name: &'static str,
    /// 0 for a province.
    pub parent: u32,
}

const fn region(id: u32, name: &'static str, parent: u32) -> Region {
    Region { id, name, parent }
}

pub const REGIONS: &[Region] = &[
    region(110_000, "北京市", 0),
    region(110_100, "北京市", 110_000),
    region(110_101, "东城区", 110_100),
    region(110_105, "朝阳区", 110_100),
    region(110_108, "海淀区", 110_100),
    region(110_112, "通州区", 110_100),
    region(310_000, "上海市", 0),
    region(310_100, "上海市", 310_000),
    region(310_104, "徐汇区", 310_100),
    region(310_106, "静安区", 310_100),
    region(310_115, "浦东新区", 310_100),
    region(440_000, "广东省", 0),
    region(440_100, "广州市", 440_000),
    region(440_104, "越秀区", 440_100),
    region(440_106, "天河区", 440_100),
    region(440_300, "深圳市", 440_000),
    region(440_304, "福田区", 440_300),
    region(440_305, "南山区", 440_300),
    region(330_000, "浙江省", 0),
    region(330_100, "杭州市", 330_000),
    region(330_106, "西湖区", 330_100),
    region(330_110, "余杭区", 330_100),
    region(510_000, "四川省", 0),
    region(510_100, "成都市", 510_000),
    region(510_104, "锦江区", 510_100),
    region(510_107, "武侯区", 510_100),
    region(320_000, "江苏省", 0),
    region(320_100, "南京市", 320_000),
    region(320_106, "鼓楼区", 320_100),
    region(320_500, "苏州市", 320_000),
    region(320_505, "虎丘区", 320_500),
];

pub fn region_by_id(id: u32) -> Option<&'static Region> {
    REGIONS.iter().find(|region| region.id == id)
}

/// The districts: the leaves a customer's address points at.
pub fn districts() -> impl Iterator<Item = &'static Region> {
    REGIONS.iter().filter(|region| region_by_id(region.parent).is_some_and(|parent| parent.parent != 0))
}

pub fn random_district(rng: &mut Rng) -> &'static Region {
    let count = districts().count();
    districts().nth(rng.usize(..count)).unwrap_or(&REGIONS[0])
}

/// The district, its city and its province.
pub fn region_chain(district: &'static Region) -> impl Iterator<Item = &'static Region> {
    std::iter::successors(Some(district), |region| region_by_id(region.parent))
}

/// `北京市-北京市-朝阳区`, the form eshouhou writes a region in.
pub fn region_path(district: &'static Region, separator: &str) -> String {
    let mut names: Vec<&str> = region_chain(district).map(|region| region.name).collect();
    names.reverse();
    names.join(separator)
}

/// The city of a district.
pub fn city_of(district: &'static Region) -> &'static str {
    region_by_id(district.parent).map_or(district.name, |city| city.name)
}

/// A kind of appliance with what goes wrong with it.
pub struct Appliance {
    pub kind: &'static str,
    pub model_prefixes: &'static [&'static str],
    pub problems: &'static [&'static str],
    pub unit: &'static str,
    /// Retail price range in yuan.
    pub price: (u32, u32),
    pub warranty_years: u8,
}

pub const WATER_PURIFIER: Appliance = Appliance {
    kind: "净水器",
    model_prefixes: &["RO-400G", "MRC1586", "JR-75", "LPR-30", "HRO5011"],
    problems: &["漏水", "出水慢", "滤芯到期需更换", "TDS值偏高", "制水不停机"],
    unit: "台",
    price: (1_280, 6_800),
    warranty_years: 1,
};
pub const WATER_HEATER: Appliance = Appliance {
    kind: "热水器",
    model_prefixes: &["F60-21WB1", "EC6002-D", "JSQ30-16", "CEWH-50P5", "ES80H-Q1"],
    problems: &["不加热", "漏水", "显示E1故障", "水温忽冷忽热", "漏电保护跳闸"],
    unit: "台",
    price: (999, 4_599),
    warranty_years: 3,
};
pub const AIR_CONDITIONER: Appliance = Appliance {
    kind: "空调",
    model_prefixes: &["KFR-35GW", "KFR-72LW", "KFR-26GW/BP3", "RF12WQ/NhA", "KFR-50LW"],
    problems: &["不制冷", "外机异响", "室内机漏水", "遥控失灵", "显示F2故障"],
    unit: "套",
    price: (2_199, 12_800),
    warranty_years: 6,
};
pub const WASHING_MACHINE: Appliance = Appliance {
    kind: "洗衣机",
    model_prefixes: &["EG100B129", "MG100V11D", "XQB90-BM12", "TG100V88", "HR_2020"],
    problems: &["不脱水", "排水慢", "运行噪音大", "门锁打不开", "显示E4故障"],
    unit: "台",
    price: (1_299, 5_999),
    warranty_years: 1,
};
pub const REFRIGERATOR: Appliance = Appliance {
    kind: "冰箱",
    model_prefixes: &["BCD-470WDPG", "BCD-516WKPZM", "BCD-258WTPM", "KA92NV03TI"],
    problems: &["不制冷", "冷藏室结霜", "压缩机不停机", "门封不严"],
    unit: "台",
    price: (1_999, 9_999),
    warranty_years: 1,
};
pub const KITCHEN_HOOD: Appliance = Appliance {
    kind: "油烟机",
    model_prefixes: &["CXW-260-EMC5", "CXW-200-JQ01T", "CXW-258-27A5"],
    problems: &["吸力变小", "噪音大", "漏油", "按键失灵"],
    unit: "台",
    price: (1_599, 6_999),
    warranty_years: 5,
};

pub const BRANDS: &[&str] = &["海尔", "美的", "格力", "安吉尔", "沁园", "A.O.史密斯", "方太", "老板", "西门子", "松下"];

#[cfg(test)]
mod tests {
    use super::{districts, region_by_id, region_path};

    #[test]
    fn every_district_has_a_city_and_a_province() {
        assert!(districts().count() > 10);
        for district in districts() {
            let city = region_by_id(district.parent).expect("city");
            let province = region_by_id(city.parent).expect("province");
            assert_eq!(province.parent, 0);
        }
        assert_eq!(region_path(region_by_id(110_112).expect("通州区"), "-"), "北京市-北京市-通州区");
    }
}
