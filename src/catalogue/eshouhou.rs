//! The 16 documented eshouhou endpoints (vendor reference §3).
//!
//! Required flags follow the vendor's 是/否 where a copy showed them; elsewhere only the id a call cannot
//! do without is required, so an undocumented rule is left to the vendor rather than guessed.

use super::labels::{
    CATEGORY_QUERY_TYPE, GENDER, NETWORK_TYPE, WARRANTY_PERIOD, WORK_ORDER_PEND_STATE, WORK_ORDER_STATE,
};
use super::{
    ConditionKey, ConditionKind, HttpMethod, LabelledField, MAX_PAGE_INDEX, PageEnd, Paging, Param, ParamType,
    Provider, Shape, Vendor,
};

/// The 易售后 open platform.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Eshouhou;

impl Vendor for Eshouhou {
    const PROVIDER: Provider = Provider::Eshouhou;
    const WITH_ARTICLE: &'static str = "an eshouhou";
    type Wire = Wire;
    const ENDPOINTS: &'static [Endpoint] = ENDPOINTS;

    fn result(wire: Wire) -> Shape {
        match wire {
            Wire::Token => Shape::TokenInfo,
            Wire::Get { result } => result.shape(),
        }
    }

    fn cmdkey(_: Wire) -> Option<&'static str> {
        None
    }
}

type Endpoint = super::Endpoint<Eshouhou>;

/// How an eshouhou call travels on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wire {
    /// `GET /api/TokenApi` with a signature instead of a token; `data` is the token's lifetime.
    Token,
    /// `GET` with `access_token` and the parameters in the query string; `ResultValue` is normalized to
    /// `result`.
    Get { result: ResultShape },
}

/// What the `ResultValue` of a GET endpoint is normalized to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResultShape {
    Record,
    Records,
    DisplayRows,
    CategoryAndProducts,
}

impl ResultShape {
    pub const fn shape(self) -> Shape {
        match self {
            ResultShape::Record => Shape::Record,
            ResultShape::Records => Shape::Records,
            ResultShape::DisplayRows => Shape::DisplayRows,
            ResultShape::CategoryAndProducts => Shape::CategoryAndProducts,
        }
    }
}

const fn text(name: &'static str, description: &'static str) -> Param {
    Param::new(name, ParamType::Text, description).in_query()
}

const fn integer(name: &'static str, description: &'static str) -> Param {
    Param::new(name, ParamType::Integer, description).in_query()
}

const fn key(name: &'static str, kind: ConditionKind, description: &'static str) -> ConditionKey {
    ConditionKey::new(name, kind, description)
}

const SERVICE_SPACE_ID: Param = text("serviceSpaceId", "服务空间id service space").from_config("service_space_id");
const SERVICE_NETWORK_ID: Param =
    text("serviceNetworkId", "服务网点id service network").from_config("service_network_id");
const SERVICE_NETWORK_TYPE: Param = integer("serviceNetworkType", "网点类型: 1 总部 headquarters, 2 网点 outlet")
    .choices(NETWORK_TYPE)
    .from_config("service_network_type");
const SEARCH_KEY: Param = text("searchKey", "关键字 keyword");
/// The vendor documents no largest page; the bound is its 32-bit integers, and `max_response_bytes`
/// bounds what one page may cost.
const PAGE_SIZE: Param = integer("pageSize", "每页条数 rows per page (vendor default 10)").range(1, MAX_PAGE_INDEX);
const PAGE_INDEX: Param = integer("pageIndex", "页码 page number, 1-based").range(1, MAX_PAGE_INDEX);

const PAGING: Option<Paging> = Some(Paging {
    index_param: "pageIndex",
    size_param: "pageSize",
    vendor_default_size: 10,
    cursor_default_size: 100,
    end: PageEnd::ShortPage,
});

const WORK_ORDER_LABELS: &[LabelledField] = &[
    LabelledField { field: "State", label_field: "StateName", labels: WORK_ORDER_STATE },
    LabelledField { field: "PendState", label_field: "PendStateName", labels: WORK_ORDER_PEND_STATE },
];
const WARRANTY_LABELS: &[LabelledField] =
    &[LabelledField { field: "WarrantyPeriod", label_field: "WarrantyPeriodName", labels: WARRANTY_PERIOD }];
const GENDER_LABELS: &[LabelledField] = &[LabelledField { field: "Gender", label_field: "GenderName", labels: GENDER }];

const WORK_ORDER_V1_CONDITION: &[ConditionKey] = &[
    key("customerid", ConditionKind::Text, "客户id"),
    key("startdate", ConditionKind::Date, "创建时间起 yyyy-MM-dd"),
    key("enddate", ConditionKind::Date, "创建时间止 yyyy-MM-dd"),
    key("categorylist", ConditionKind::List, "工单类型id列表"),
    key("servicemodelist", ConditionKind::List, "服务方式id列表"),
    key("pendstate", ConditionKind::List, "待处理状态列表 (PendState codes)"),
    key("channel", ConditionKind::List, "渠道列表"),
    key("servicenetworkid", ConditionKind::Text, "服务网点id"),
];

const WORK_ORDER_V2_CONDITION: &[ConditionKey] = &[
    key("state", ConditionKind::List, "工单状态列表 (State codes)"),
    key("pendstate", ConditionKind::List, "待处理状态列表 (PendState codes)")
        .inferred("eshouhou reference §4: listed on the v2 page, not in its key table; the v1 key of the same name"),
    key("categorylist", ConditionKind::List, "工单类型id列表"),
    key("networklist", ConditionKind::List, "服务网点id列表"),
    key("servicepersonlist", ConditionKind::List, "服务人员id列表"),
    key("customerid", ConditionKind::Text, "客户id"),
    key("customername", ConditionKind::Text, "客户名称"),
    key("contact", ConditionKind::Text, "联系人"),
    key("contactnumber", ConditionKind::Text, "联系电话"),
    key("startdate", ConditionKind::Date, "创建时间起 yyyy-MM-dd"),
    key("enddate", ConditionKind::Date, "创建时间止 yyyy-MM-dd"),
];

const CUSTOMER_PRODUCTS_CONDITION: &[ConditionKey] = &[
    key("sys_number", ConditionKind::Text, "设备编号"),
    key("sys_serialnumber1", ConditionKind::Text, "产品序列号"),
    key("sys_customerid", ConditionKind::Text, "客户id"),
    key("sys_projectid", ConditionKind::Text, "项目id"),
    key("sys_contact", ConditionKind::Text, "联系人"),
    key("sys_telephone", ConditionKind::Text, "联系电话"),
    key("sys_startdate", ConditionKind::Date, "创建时间起"),
    key("sys_enddate", ConditionKind::Date, "创建时间止"),
    key("sys_startservicedate", ConditionKind::Date, "最近服务时间起"),
    key("sys_endservicedate", ConditionKind::Date, "最近服务时间止"),
];

const CUSTOMER_CONTACTS_CONDITION: &[ConditionKey] = &[
    key("sys_customername", ConditionKind::Text, "客户名称"),
    key("sys_name", ConditionKind::Text, "联系人姓名"),
    key("sys_telephone", ConditionKind::Text, "联系电话"),
    key("sys_title", ConditionKind::Text, "职务"),
    key("sys_startdate", ConditionKind::Date, "创建时间起"),
    key("sys_enddate", ConditionKind::Date, "创建时间止"),
];

const fn endpoint(
    name: &'static str,
    title: &'static str,
    path: &'static str,
    doc: &'static str,
    wire: Wire,
    params: &'static [Param],
) -> Endpoint {
    Endpoint::new(name, title, HttpMethod::Get, path, doc, wire, params)
}

const fn get(
    name: &'static str,
    title: &'static str,
    path: &'static str,
    doc: &'static str,
    params: &'static [Param],
    result: ResultShape,
) -> Endpoint {
    endpoint(name, title, path, doc, Wire::Get { result }, params)
}

const fn paged(mut endpoint: Endpoint) -> Endpoint {
    endpoint.paging = PAGING;
    endpoint
}

const fn labelled(mut endpoint: Endpoint, labels: &'static [LabelledField]) -> Endpoint {
    endpoint.labels = labels;
    endpoint
}

const ENDPOINTS: &[Endpoint] = &[
    endpoint(
        "token",
        "获取访问access_token编码 get access token",
        "/api/TokenApi",
        "http://shouhou.teris-tech.com/support/openapi/4",
        Wire::Token,
        &[integer("expire", "有效期(小时) token lifetime in hours, 0-24 (0 = vendor default 2)").range(0, 24)],
    ),
    get(
        "get_service_space",
        "获取服务空间信息 service-space (tenant) information",
        "/api/CustomerService/GetServiceSpace",
        "http://shouhou.teris-tech.com/support/openapi/58",
        &[],
        ResultShape::Record,
    ),
    labelled(
        paged(get(
            "get_work_orders_v1",
            "获取工单列表(v1) list work orders, v1",
            "/api/CustomerService/GetWorkOrders",
            "http://shouhou.teris-tech.com/support/openapi/24",
            &[
                Param::new("condition", ParamType::Condition(WORK_ORDER_V1_CONDITION), "筛选条件 filter object")
                    .in_query(),
                PAGE_SIZE,
                PAGE_INDEX,
            ],
            ResultShape::Records,
        )),
        WORK_ORDER_LABELS,
    ),
    labelled(
        paged(get(
            "get_work_orders",
            "获取工单列表(v2) list work orders",
            "/open/v2/WorkOrder/GetWorkOrders",
            "http://www.eshouhou.cn/support/openapi/146",
            &[
                SERVICE_SPACE_ID,
                SERVICE_NETWORK_ID,
                SERVICE_NETWORK_TYPE,
                Param::new("condition", ParamType::Condition(WORK_ORDER_V2_CONDITION), "筛选条件 filter object")
                    .in_query(),
                SEARCH_KEY,
                PAGE_SIZE,
                PAGE_INDEX,
            ],
            ResultShape::Records,
        )),
        WORK_ORDER_LABELS,
    ),
    get(
        "get_work_process",
        "获取工单处理过程 work-order processing timeline",
        "/api/CustomerService/GetWorkProcess",
        "http://www.eshouhou.cn/support/openapi/27",
        &[text("workOrderId", "工单id").required()],
        ResultShape::Records,
    ),
    get(
        "get_customer",
        "获取客户档案详情 customer record detail",
        "/open/v2/Customer/GetCustomer",
        "http://www.eshouhou.cn/support/openapi/121",
        &[text("customerId", "客户档案id").required(), SERVICE_NETWORK_ID, SERVICE_NETWORK_TYPE],
        ResultShape::DisplayRows,
    ),
    get(
        "get_customer_project",
        "获取客户项目详情 customer project detail",
        "/open/v2/Customer/GetCustomerProject",
        "http://www.eshouhou.cn/support/openapi/129",
        &[text("projectId", "客户项目id").required(), SERVICE_NETWORK_ID, SERVICE_NETWORK_TYPE],
        ResultShape::DisplayRows,
    ),
    paged(get(
        "get_customer_products",
        "获取客户设备列表 list customer devices",
        "/open/v2/Customer/GetCustomerProducts",
        "http://bio-mall.eshouhou.cn/support/openapi/135",
        &[
            SERVICE_SPACE_ID.required(),
            SERVICE_NETWORK_ID.required(),
            SERVICE_NETWORK_TYPE.required(),
            Param::new("condition", ParamType::Condition(CUSTOMER_PRODUCTS_CONDITION), "筛选条件 filter object")
                .in_query(),
            SEARCH_KEY,
            PAGE_SIZE,
            PAGE_INDEX,
        ],
        ResultShape::Records,
    )),
    get(
        "get_customer_product",
        "获取客户设备详情 customer device detail",
        "/open/v2/Customer/GetCustomerProduct",
        "http://bio-mall.eshouhou.cn/support/openapi/136",
        &[
            text("productId", "客户设备id (not the catalogue product id)").required(),
            SERVICE_NETWORK_ID.required(),
            SERVICE_NETWORK_TYPE.required(),
        ],
        ResultShape::DisplayRows,
    ),
    labelled(
        paged(get(
            "get_customer_contacts",
            "获取客户联系人列表 list customer contacts",
            "/open/v2/Customer/GetCustomerContacts",
            "http://www.eshouhou.cn/support/openapi/142",
            &[
                SERVICE_SPACE_ID,
                SERVICE_NETWORK_ID,
                SERVICE_NETWORK_TYPE,
                Param::new("condition", ParamType::Condition(CUSTOMER_CONTACTS_CONDITION), "筛选条件 filter object")
                    .in_query(),
                SEARCH_KEY,
                PAGE_SIZE,
                PAGE_INDEX,
            ],
            ResultShape::Records,
        )),
        GENDER_LABELS,
    ),
    labelled(
        get(
            "get_customer_by_user_name",
            "按手机号获取客户 customer by phone number (account)",
            "/open/v2/Client/GetCustomerByUserName",
            "eshouhou open platform, Client/GetCustomerByUserName (page number not recorded)",
            &[text("phoneNum", "手机号 the customer's mobile number / account").required()],
            ResultShape::Record,
        )
        .inferred("eshouhou reference: the call is documented, its help page number was not recorded"),
        GENDER_LABELS,
    ),
    labelled(
        get(
            "get_category_and_product_list",
            "获取产品分类以及产品 product categories and products under a category",
            "/api/CustomerService/GetCategoryAndProductList",
            "http://www.eshouhou.cn/support/openapi/55",
            &[
                text("categoryId", "分类id; 0 = root"),
                integer("queryType", "1 子分类及产品, 2 仅子分类, 3 仅产品").choices(CATEGORY_QUERY_TYPE),
            ],
            ResultShape::CategoryAndProducts,
        ),
        WARRANTY_LABELS,
    ),
    labelled(
        paged(get(
            "search_product_list",
            "搜索查询产品 search products",
            "/api/CustomerService/SearchProductList",
            "http://eshouhou.cn/support/openapi/57",
            &[SEARCH_KEY, PAGE_SIZE, PAGE_INDEX],
            ResultShape::Records,
        )),
        WARRANTY_LABELS,
    ),
    labelled(
        paged(get(
            "search_accessory_list",
            "搜索查询配件 search spare parts",
            "/api/CustomerService/SearchAccessoryList",
            "http://www.eshouhou.cn/support/openapi/2",
            &[SEARCH_KEY, PAGE_SIZE, PAGE_INDEX],
            ResultShape::Records,
        )),
        WARRANTY_LABELS,
    ),
    labelled(
        paged(get(
            "get_products",
            "获取产品列表 list products",
            "/open/v2/Basic/GetProducts",
            "http://shouhou.teris-tech.com/support/openapi/171",
            &[SERVICE_SPACE_ID, SEARCH_KEY, PAGE_SIZE, PAGE_INDEX],
            ResultShape::Records,
        )),
        WARRANTY_LABELS,
    ),
    labelled(
        paged(get(
            "get_accessories",
            "获取备件列表 list spare parts",
            "/open/v2/Basic/GetAccessories",
            "http://www.eshouhou.cn/support/openapi/173",
            &[SERVICE_SPACE_ID, SEARCH_KEY, PAGE_SIZE, PAGE_INDEX],
            ResultShape::Records,
        )),
        WARRANTY_LABELS,
    ),
];
