//! Shipments, stock, warehouses and products (help nodes 72, 84–94, 304–306 and the stock-view pages):
//! what was shipped to a customer and what the store holds for a repair.
//!
//! Three API families meet here. The mobile pages (shipments, the stock list and detail) work on every
//! 32.x server; the v3 inventory lists and product writes need a server with the v3 web API, and the
//! warehouse structure list 32.15 or later; the unit, invoice-type and warehouse pickers are apiHelper
//! handlers (family C), which answer at most 50 rows.

use super::{
    CHECKTYPE, Endpoint, PAGE_INDEX, PAGE_SIZE, Param, ResultShape, SCOPE_ORD, SEARCH_KEY, SORT, WEB_PAGE_INDEX,
    WEB_PAGE_SIZE, c, concat, date, decimal, handler, ids, integer, list, mobile, optional, rows, text, web_list,
    web_write,
};

const INVENTORY_DETAIL_PARAMS: &[Param] = &[
    integer("cks", "仓库 warehouse id (warehouse_list)"),
    text("adShelves", "库位 storage location"),
    text("PackCode", "入库包装码 package code"),
    integer("addcate", "产品添加人员 added by (user id)"),
    text("title", "产品名称 product name"),
    text("order1", "产品编号 product number"),
    text("type1", "产品型号 model"),
    integer("cpfl", "产品分类 category id (product_category_tree)"),
    text("intro1", "产品说明 description"),
    text("intro2", "产品参数 parameters"),
    text("intro3", "图片与附件 pictures and attachments"),
    text("Ph", "批号 batch number"),
    text("Xlh", "序列号 serial number"),
    text("gysname", "关联供应商 supplier"),
    text("Bz", "包装 package: an option id of the server (sample: 331 纸箱包装, 332 塑料瓶装, 361 真空包装)"),
    text("allunit", "产品单位 unit id (product_units)"),
    text("Js", "件数 pieces; 此字段为区间字段 (range field, written as the server expects)"),
    text("kcnum", "库存数量 stock quantity; 此字段为区间字段 (range field, written as the server expects)"),
    text("djnum", "冻结库存 frozen quantity; 此字段为区间字段 (range field, written as the server expects)"),
    text("Daterk", "初始入库日期 first received, yyyy-MM-dd HH:mm:ss; 此字段为区间字段 (range field)"),
    text("Datesc", "生产日期 produced, yyyy-MM-dd HH:mm:ss; 此字段为区间字段 (range field)"),
    text("Dateyx", "有效日期 expires, yyyy-MM-dd HH:mm:ss; 此字段为区间字段 (range field)"),
    text("Dateadd", "产品添加日期 product added, yyyy-MM-dd HH:mm:ss; 此字段为区间字段 (range field)"),
    WEB_PAGE_SIZE,
    WEB_PAGE_INDEX,
];

const INVENTORY_SUMMARY_PARAMS: &[Param] = &[
    integer("cks", "仓库 warehouse id (warehouse_list)"),
    integer("addcate", "添加人员 added by (user id)"),
    text("title", "产品名称 product name"),
    text("order1", "产品编号 product number"),
    text("type1", "产品型号 model"),
    integer("cpfl", "产品分类 category id (product_category_tree)"),
    text("intro1", "产品说明 description"),
    text("intro2", "产品参数 parameters"),
    text("intro3", "图片与附件 pictures and attachments"),
    text("allunit", "产品单位 unit id (product_units)"),
    text("kcnum", "库存数量 stock quantity; 此字段为区间字段 (range field, written as the server expects)"),
    text("djnum", "冻结库存 frozen quantity; 此字段为区间字段 (range field, written as the server expects)"),
    text("zdy2", "单价 unit price (custom field 2)"),
    text("zdy3", "供应商 supplier (custom field 3)"),
    WEB_PAGE_SIZE,
    WEB_PAGE_INDEX,
];

const SHIPMENT_LIST_PARAMS: &[Param] = &[
    integer("stype", "列表模式: 0 所有发货单 all, 1 未发货单 not shipped yet")
        .choices(&[c("0", "所有发货单"), c("1", "未发货单")]),
    text("datatype", "范围: contract 合同关联, tel 客户关联")
        .choices(&[c("contract", "合同关联"), c("tel", "客户关联")]),
    SCOPE_ORD,
    text("remind", "提醒类型: 62 发货审批提醒 awaiting approval").choices(&[c("62", "发货审批提醒")]),
    CHECKTYPE,
    text("title", "发货主题 subject contains"),
    text("fhbh", "发货单号 shipment number contains"),
    date("dateYF_0", "应发日期起 due from"),
    date("dateYF_1", "应发日期止 due to"),
    date("dateSF_0", "实发日期起 shipped from"),
    date("dateSF_1", "实发日期止 shipped to"),
    ids("fhfs", "发货方式 shipping method ids"),
    text("khmc", "客户名称 customer name contains"),
    ids("area", "客户区域 customer region ids"),
    ids("cateid", "发货人 shipper ids"),
    SEARCH_KEY,
    PAGE_SIZE,
    PAGE_INDEX,
    SORT,
];

const TITLE: Param =
    text("Title", "产品名称 name; whether it is required and unique is the server's product policy").max_chars(500);
const CODE: Param = text("Code", "产品编号 number; uniqueness is the server's product policy").max_chars(500);
const MODEL: Param = text("Model", "产品型号 model").max_chars(500);
const SORT1: Param =
    integer("Sort1", "产品分类 category id, more than 0 (product_category_tree)").required().range(1, i64::MAX);
const USER_LIST: Param = ids("User_List", "可调用范围 user ids who may use it (default 0: everyone)");
const PYM: Param = text("Pym", "产品拼音码 pinyin code (default: the initials of the name)").max_chars(500);
const CAN_OUT_STORE: Param = integer("CanOutStore", "产品属性: 1 实体 goods (can leave the store), 0 虚拟 virtual")
    .required()
    .choices(&[c("1", "实体"), c("0", "虚拟")]);
const ROLES: Param =
    ids("Roles", "产品角色 roles: 1 自制件 made, 2 委外件 outsourced, 3 外购件 bought; 0 for a virtual product")
        .required();
const PRICE_MODE: Param =
    integer("PriceMode", "计价方式 costing: 0 先进先出法, 1 个别计价法, 2 全月平均法, 3 移动加权平均法")
        .required()
        .choices(&[c("0", "先进先出法"), c("1", "个别计价法"), c("2", "全月平均法"), c("3", "移动加权平均法")]);
const INCLUDE_TAX: Param = integer("IncludeTax", "是否含税 prices include tax: 1 含税, 0 不含税 (default)")
    .choices(&[c("1", "含税"), c("0", "不含税")]);
const INVOICE_TYPES: Param = ids("InvoiceTypes", "可开票据类型 invoice type ids (invoice_types; default 不开票)");
const UNITJB: Param = integer("Unitjb", "基本单位 base unit id (product_units)").required();
const INTRO1: Param = text("Intro1", "产品说明 description");
const INTRO2: Param = text("Intro2", "产品参数 parameters");
const INTRO3: Param = text("Intro3", "图片与附件 pictures and attachments");
const PH_MANAGE: Param = integer("PhManage", "产品批号管理 batch numbers: 1 是, otherwise 否");
const ZDY1: Param = text("zdy1", "自定义1 custom field 1").max_chars(200);
const ZDY2: Param = text("zdy2", "自定义2 custom field 2").max_chars(200);
const ZDY3: Param = text("zdy3", "自定义3 custom field 3").max_chars(200);
const ZDY4: Param = text("zdy4", "自定义4 custom field 4").max_chars(200);
const ZDY5: Param = integer("zdy5", "自定义5 custom option id of the server");
const ZDY6: Param = integer("zdy6", "自定义6 custom option id of the server");
const HAS_QC: Param =
    integer("HasQC", "是否需要质检 quality check: 1 是, 0 否 (default)").choices(&[c("1", "是"), c("0", "否")]);
const PERIOD_UNITS: &[super::Choice] = &[c("1", "小时"), c("2", "天"), c("3", "周"), c("4", "月"), c("5", "年")];
const CPYXQ_UNIT: Param = integer("CpyxqUnit", "产品有效期单位 shelf-life unit: 2 天 (default), 3 周, 4 月, 5 年")
    .choices(&[c("2", "天"), c("3", "周"), c("4", "月"), c("5", "年")]);
const REMIND_UNIT: Param =
    integer("RemindUnit", "失效提前期单位 unit: 1 小时, 2 天 (default), 3 周, 4 月, 5 年").choices(PERIOD_UNITS);
const MAINTAIN_UNIT: Param =
    integer("MaintainUnit", "养护周期单位 unit: 1 小时, 2 天 (default), 3 周, 4 月, 5 年").choices(PERIOD_UNITS);
const REMIND_PERSON: Param = ids("RemindPerson", "提醒人员ID user ids to remind (user_list)");
const PURCHALEAD_DAYS: Param =
    integer("PurchaleadDays", "采购提前期 purchase lead days (1–9999; 0 or none: empty)").range(0, 9999);
const CPYXQ_NUM: Param = integer("CpyxqNum", "产品有效期 shelf life (1–9999; 0 or none: empty)").range(0, 9999);
const REMIND_NUM: Param = integer("RemindNum", "产品失效提前期 expiry warning (0–9999)").range(0, 9999);
const MAINTAIN_NUM: Param = integer("MaintainNum", "产品养护周期 care cycle (0–9999)").range(0, 9999);
const PRODUCELEAD_DAYS: Param = integer("ProduceleadDays", "制造提前期 production lead days");
const EXTLEAD_DAYS: Param = integer("ExtleadDays", "变动提前期 variable lead days");
const EXTLEAD_NUM: Param = integer("ExtleadNum", "变动提前期批量 variable lead batch");
const ADDCATE: Param = integer("Addcate", "添加人ID added by (user id)");
const COMPANY: Param = integer("Company", "主供应商 main supplier: a customer id (customer_list)");
const WW_SUPPLIER: Param = integer("WWSupplier", "主委外供应商 main outsourcing supplier: a customer id");
const TCSORT2: Param =
    integer("Tcsort2", "产品提成比例方式 commission mode: 1 同一比例, 2 累加比例, 3 产品比例, 4 提成公式").choices(&[
        c("1", "同一比例"),
        c("2", "累加比例"),
        c("3", "产品比例"),
        c("4", "有提成公式的提成比例记录"),
    ]);

const PRICE_FIELDS: [Param; 16] = [
    integer("ID", "产品价格策略明细ID price line id"),
    integer("Bm", "部门ID department id; 0 = the base price").required(),
    integer("Bl", "单位比例 how many base units this unit holds (1 箱 = 100 个: 100)").required(),
    integer("UnitID", "单位ID unit id (product_units)").required(),
    text("Txm", "条形码 barcode"),
    decimal("Price1jy", "建议进价 suggested purchase price"),
    decimal("Price1", "最高进价 highest purchase price"),
    decimal("Price2jy", "建议售价 suggested sale price"),
    decimal("Price2", "最低售价 lowest sale price"),
    decimal("Price3", "客户分类的价格 price for the customer category Sort"),
    integer("Sort", "客户分类id customer category id"),
    integer("ProductID", "产品id product id"),
    integer("CgMainUnit", "采购主单位 main purchase unit: 1 开启, 0 关闭").choices(&[c("1", "开启"), c("0", "关闭")]),
    integer("XlhManage", "序列号管理 serial numbers: 1 开启, 0 关闭").choices(&[c("1", "开启"), c("0", "关闭")]),
    integer("MainStore", "主仓库ID main warehouse id (0: none)"),
    integer("StoreCapacity", "仓库容量 capacity in the main warehouse (0: unlimited)"),
];

const PRODUCT_FIELDS: [Param; 54] = [
    TITLE,
    CODE,
    MODEL,
    SORT1,
    USER_LIST,
    PYM,
    CAN_OUT_STORE,
    ROLES,
    PRICE_MODE,
    INCLUDE_TAX,
    INVOICE_TYPES,
    UNITJB,
    INTRO1,
    INTRO2,
    INTRO3,
    integer("Jf", "积分 points"),
    PH_MANAGE,
    ZDY1,
    ZDY2,
    ZDY3,
    ZDY4,
    ZDY5,
    ZDY6,
    integer("Period", "预计销售周期 expected sales period (default 3.5 months)"),
    PURCHALEAD_DAYS,
    HAS_QC,
    integer("Aleat1", "库存下限 minimum stock (default 0)"),
    integer("Aleat2", "库存上限 maximum stock (default 0)"),
    integer("SafeNum", "安全库存 safety stock (default 0)"),
    CPYXQ_NUM,
    CPYXQ_UNIT,
    REMIND_NUM,
    REMIND_UNIT,
    MAINTAIN_NUM,
    MAINTAIN_UNIT,
    REMIND_PERSON,
    PRODUCELEAD_DAYS,
    EXTLEAD_DAYS,
    EXTLEAD_NUM,
    integer("WastAge", "损耗率 wastage rate (default 0)"),
    integer("Per1", "下限紧急度 urgency below the minimum (default 0)"),
    date("InDate", "创建时间 created (default: now)"),
    ADDCATE,
    integer("Yxq", "有效期 validity (0–9999)").range(0, 9999),
    integer("Unit_yxq", "有效期单位 unit: 1 小时, 2 天 (default), 3 周, 4 月, 5 年").choices(PERIOD_UNITS),
    integer("Num_tc", "提成比例 commission percentage, e.g. 20"),
    COMPANY,
    WW_SUPPLIER,
    integer("Num_sc", "生产周期 production days"),
    integer("QualityType", "质检方案 quality-check plan id"),
    integer("Tcsort1", "产品提成基数值 commission base"),
    TCSORT2,
    integer("LimitExcess", "超量入库上限 over-receipt limit"),
    rows("PackingPrices", "产品价格策略信息 price lines", &PRICE_FIELDS),
];

const PRICE_FIELDS_EDIT: [Param; 16] = optional(PRICE_FIELDS);

/// The edit takes fewer fields than the add, and none of them is required.
const PRODUCT_EDIT_FIELDS: [Param; 46] = optional([
    TITLE,
    CODE,
    MODEL,
    SORT1,
    USER_LIST,
    PYM,
    ROLES,
    PRICE_MODE,
    INCLUDE_TAX,
    INVOICE_TYPES,
    UNITJB,
    INTRO1,
    INTRO2,
    INTRO3,
    integer("Jf", "积分 points"),
    PH_MANAGE,
    ZDY1,
    ZDY2,
    ZDY3,
    ZDY4,
    ZDY5,
    ZDY6,
    integer("Period", "预计销售周期 expected sales period"),
    PURCHALEAD_DAYS,
    HAS_QC,
    integer("Aleat1", "库存下限 minimum stock"),
    integer("Aleat2", "库存上限 maximum stock"),
    integer("SafeNum", "安全库存 safety stock"),
    CPYXQ_NUM,
    CPYXQ_UNIT,
    REMIND_NUM,
    REMIND_UNIT,
    MAINTAIN_NUM,
    MAINTAIN_UNIT,
    REMIND_PERSON,
    PRODUCELEAD_DAYS,
    EXTLEAD_DAYS,
    EXTLEAD_NUM,
    integer("WastAge", "损耗率 wastage rate"),
    integer("Num_tc", "提成比例 commission percentage, e.g. 20"),
    WW_SUPPLIER,
    integer("Num_sc", "生产周期 production days"),
    integer("Tcsort1", "产品提成基数值 commission base"),
    TCSORT2,
    integer("LimitExcess", "超量入库上限 over-receipt limit, more than 0").range(1, i64::MAX),
    rows("PackingPrices", "产品价格策略信息 price lines", &PRICE_FIELDS_EDIT),
]);

const PRODUCT_EDIT_PARAMS: [Param; 47] =
    concat(&[&[integer("ord", "单据ID the product to edit (product_list)").required()], &PRODUCT_EDIT_FIELDS]);

const BATCH_PRODUCT: &[Param] = &[
    TITLE,
    CODE,
    MODEL,
    SORT1,
    USER_LIST,
    PYM,
    integer("CanOutStore", "产品属性: 1 实体 goods (default), 0 虚拟 virtual")
        .choices(&[c("1", "实体"), c("0", "虚拟")]),
    ROLES,
    PRICE_MODE,
    INCLUDE_TAX,
    INVOICE_TYPES,
    UNITJB,
    INTRO1,
    INTRO2,
    INTRO3,
    PH_MANAGE,
    ZDY1,
    ZDY2,
    ZDY3,
    ZDY4,
    ZDY5,
    ZDY6,
    decimal("Period", "预计销售周期 expected sales period, e.g. 10 (default 3.5 months)"),
    PURCHALEAD_DAYS,
    HAS_QC,
    decimal("Aleat1", "库存下限 minimum stock (default 0)"),
    decimal("SafeNum", "安全库存 safety stock (default 0)"),
    decimal("KuoutLimitExcess", "销售出库超量上限 over-issue limit (default 0)"),
    decimal("LimitMASQNum", "最小分配供货量 minimum allocation (default 0)"),
    decimal("LimitBuyNum", "最小采购量 minimum purchase (default 0)"),
    decimal("LimitPackNum", "最小包装量 minimum package (default 0)"),
    decimal("Aleat2", "库存上限 maximum stock (default 0)"),
    CPYXQ_NUM,
    CPYXQ_UNIT,
    decimal("RemindNum", "产品失效提前期 expiry warning (default 0)"),
    REMIND_UNIT,
    decimal("MaintainNum", "产品养护周期 care cycle (default 0)"),
    MAINTAIN_UNIT,
    REMIND_PERSON,
    PRODUCELEAD_DAYS,
    EXTLEAD_DAYS,
    EXTLEAD_NUM,
    decimal("WastAge", "损耗率 wastage rate (default 0)"),
    date("InDate", "创建时间 created, yyyy-MM-dd HH:mm:ss (default: now)"),
    decimal("Num_tc", "提成比例 commission percentage (default 0)"),
    ADDCATE,
    COMPANY,
    WW_SUPPLIER,
    decimal("LimitExcess", "超量入库上限 over-receipt limit (default 0)"),
];

const BATCH_PRICE: &[Param] = &[
    text("Title", "产品名称 the product this price line belongs to (matches a productlvw line)"),
    text("Code", "产品编号 the product's number"),
    text("Model", "产品型号 the product's model"),
    integer("Bm", "部门ID department id; 0 = the base price").required(),
    decimal("Bl", "单位比例 how many base units this unit holds").required(),
    integer("UnitID", "单位ID unit id (product_units)").required(),
    decimal("Price1jy", "建议进价 suggested purchase price"),
    decimal("Price1", "最高进价 highest purchase price"),
    decimal("Price2jy", "建议售价 suggested sale price"),
    decimal("Price2", "最低售价 lowest sale price"),
    decimal("Price3", "客户分类的价格 price for the customer category Sort"),
    integer("Sort", "客户分类id customer category id"),
    integer("CgMainUnit", "采购主单位: 1 开启 (default), 0 关闭").choices(&[c("1", "开启"), c("0", "关闭")]),
    integer("XlhManage", "序列号管理: 1 开启, 0 关闭 (default)").choices(&[c("1", "开启"), c("0", "关闭")]),
    integer("PackManage", "入库包装码: 1 开启, 0 关闭 (default)").choices(&[c("1", "开启"), c("0", "关闭")]),
];

pub(super) const ENDPOINTS: &[Endpoint] = &[
    list(
        "shipment_list",
        "发货管理 shipment list",
        "/sysa/mobilephone/storemanage/sent/list.asp",
        "help.ashx node 86",
        SHIPMENT_LIST_PARAMS,
    ),
    mobile(
        "shipment_detail",
        "发货单详情 shipment detail",
        "/sysa/mobilephone/storemanage/sent/detail.asp",
        "help.ashx node 84",
        None,
        &[integer("ord", "发货ID shipment id (shipment_list)").required()],
        ResultShape::Bill,
    ),
    list(
        "shipment_products",
        "发货产品信息 the products of a shipment",
        "/sysa/mobilephone/storemanage/sent/moresendlist.asp",
        "help.ashx node 85",
        &[text("ord", "发货ID shipment id").required(), PAGE_SIZE, PAGE_INDEX, SORT],
    ),
    list(
        "stock_list",
        "库存查看 stock records (dataType product + ord: one product's)",
        "/sysa/mobilephone/storemanage/store/list.asp",
        "help.ashx node 72",
        &[
            text("dataType", "列表模式: empty all, product 产品关联").choices(&[c("product", "产品关联")]),
            text("ord", "产品ID the product (dataType product)"),
            SEARCH_KEY,
            PAGE_SIZE,
            PAGE_INDEX,
            SORT,
        ],
    ),
    mobile(
        "stock_detail",
        "库存详情 one stock record",
        "/sysa/mobilephone/storemanage/store/content.asp",
        "help.ashx 库存栏目 › 库存查看 › 库存详情 (/sysa/mobilephone/storemanage/store/content.asp)",
        None,
        &[integer("ord", "库存记录ID stock record id (stock_list)").required()],
        ResultShape::Bill,
    ),
    web_list(
        "inventory_details",
        "产品库存列表 stock by batch, serial and location (servers with /webapi/v3)",
        "/webapi/v3/store/inventory/InventoryDetails",
        "help.ashx 库存栏目 › 库存查看 › 产品库存列表 (/webapi/v3/store/inventory/InventoryDetails)",
        INVENTORY_DETAIL_PARAMS,
    ),
    web_list(
        "inventory_summary",
        "产品库存汇总 stock per product and warehouse (servers with /webapi/v3)",
        "/webapi/v3/store/inventory/InventorySummary",
        "help.ashx 库存栏目 › 库存查看 › 产品库存列表 (/webapi/v3/store/inventory/InventorySummary)",
        INVENTORY_SUMMARY_PARAMS,
    ),
    handler(
        "warehouse_list",
        "获取仓库列表 warehouses with their ids (apiHelper; at most 50)",
        "/webapi/api/ZBServices/webapi/Store/Stock/StockHandler/GetWarehouses",
        "help.ashx 库存栏目 › 仓库 › 获取仓库列表 (StockHandler/GetWarehouses)",
    ),
    web_list(
        "location_list",
        "库位列表 storage locations (servers with /webapi/v3)",
        "/webapi/v3/uview/stock/Pages/WareHouse/SettingApiList",
        "help.ashx 库存栏目 › 仓库 › 库位列表 (/webapi/v3/uview/stock/Pages/WareHouse/SettingApiList)",
        &[
            text("Title", "库位名称 location name"),
            integer("Store", "所属仓库 warehouse id"),
            ids("Status", "库位状态 statuses: 0 正常, 1 禁入, 2 禁出, 3 封闭, 4 停用, e.g. 0,1,2"),
            WEB_PAGE_SIZE,
            WEB_PAGE_INDEX,
        ],
    ),
    web_list(
        "warehouse_structure",
        "获取仓库列表 warehouses with their paths (servers 32.15 and later)",
        "/webapi/v3/store/WareHouseStructList",
        "help.ashx 库存栏目 › 仓库 › 获取仓库列表（32.15及以后） (/webapi/v3/store/WareHouseStructList)",
        &[text("Sort1", "仓库名称 warehouse name"), integer("Del", "状态 status"), WEB_PAGE_SIZE, WEB_PAGE_INDEX],
    ),
    handler(
        "product_units",
        "获取产品单位列表 product units with their ids (apiHelper; at most 50)",
        "/webapi/api/ZBServices/webapi/Sales/Product/ProductHandler/GetProductUnitLists",
        "help.ashx node 89 (ProductHandler/GetProductUnitLists)",
    ),
    handler(
        "invoice_types",
        "获取发票类型列表 invoice types with their ids (apiHelper; at most 50)",
        "/webapi/api/ZBServices/webapi/Sales/Product/ProductHandler/GetInvoiceTypesLists",
        "help.ashx node 91 (ProductHandler/GetInvoiceTypesLists)",
    ),
    web_write(
        "product_add",
        "产品添加 add a product (servers with /webapi/v3)",
        "/webapi/v3/store/product/add",
        "help.ashx node 305",
        &PRODUCT_FIELDS,
    ),
    web_write(
        "product_edit",
        "产品修改 edit a product (servers with /webapi/v3)",
        "/webapi/v3/store/product/edit",
        "help.ashx node 306",
        &PRODUCT_EDIT_PARAMS,
    ),
    web_write(
        "product_batch_add",
        "产品批量添加 add several products with their price lines (servers with /webapi/v3)",
        "/webapi/v3/store/productbatch/add",
        "help.ashx node 304",
        &[
            rows("productlvw", "产品明细 the products", BATCH_PRODUCT).required(),
            rows("pricelvw", "产品价格策略信息 price lines, matched to the products by Title/Code/Model", BATCH_PRICE),
        ],
    ),
];
