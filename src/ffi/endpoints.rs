//! GENERATED from the catalogue by `tests/catalogue_sync.rs`; do not edit. Change `src/catalogue/` and run
//! `AFTERSALES_BLESS=1 cargo test --test ffi catalogue_sync` to regenerate.
//!
//! One exported function per catalogue endpoint, each the same one-line call by name.

use std::ffi::c_char;

use super::calls;
use crate::{EshouhouClient, ZhibangClient};

/// 获取访问access_token编码 get access token
///
/// Calls `GET /api/TokenApi`. Vendor doc: http://shouhou.teris-tech.com/support/openapi/4.
///
/// `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
/// - `expire` (integer; optional; 0 to 24): 有效期(小时) token lifetime in hours, 0-24 (0 = vendor default 2)
///
/// `data`: {"expires_in": seconds, "expires_at_ms": unix ms}; the token itself is kept inside the client and never returned.
///
/// Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// # Safety
/// `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_eshouhou_token(
    client: *mut EshouhouClient,
    params_json: *const c_char,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_endpoint(client, "token", params_json) }
}

/// 获取服务空间信息 service-space (tenant) information
///
/// Calls `GET /api/CustomerService/GetServiceSpace`. Vendor doc: http://shouhou.teris-tech.com/support/openapi/58.
///
/// `params_json`: no parameters (NULL, `""` or `{}`).
///
/// `data`: the vendor's ResultValue object, with a label field `<Field>Name` added beside each documented enum code.
///
/// Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// # Safety
/// `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_eshouhou_get_service_space(
    client: *mut EshouhouClient,
    params_json: *const c_char,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_endpoint(client, "get_service_space", params_json) }
}

/// 获取工单列表(v1) list work orders, v1
///
/// Calls `GET /api/CustomerService/GetWorkOrders`. Vendor doc: http://shouhou.teris-tech.com/support/openapi/24.
///
/// `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
/// - `condition` (condition; optional): 筛选条件 filter object. Keys: `customerid` (text), `startdate` (date), `enddate` (date), `categorylist` (list), `servicemodelist` (list), `pendstate` (list), `channel` (list), `servicenetworkid` (text)
/// - `pageSize` (integer; optional; 1 to 1000): 每页条数 rows per page (vendor default 10)
/// - `pageIndex` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
///
/// `data`: {"rows": [ResultValue records with `<Field>Name` labels beside enum codes], "page": {"index", "size", "count": null, "total": null, "has_more"}} (page is null when the endpoint does not page).
///
/// One page per call (`pageIndex`, `pageSize`); `aftersales_eshouhou_cursor_new(client, "get_work_orders_v1", params_json)` walks every page.
///
/// Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// # Safety
/// `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_eshouhou_get_work_orders_v1(
    client: *mut EshouhouClient,
    params_json: *const c_char,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_endpoint(client, "get_work_orders_v1", params_json) }
}

/// 获取工单列表(v2) list work orders
///
/// Calls `GET /open/v2/WorkOrder/GetWorkOrders`. Vendor doc: http://www.eshouhou.cn/support/openapi/146.
///
/// `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
/// - `serviceSpaceId` (text; optional; when left out, the client's `service_space_id` config value): 服务空间id service space
/// - `serviceNetworkId` (text; optional; when left out, the client's `service_network_id` config value): 服务网点id service network
/// - `serviceNetworkType` (integer; optional; when left out, the client's `service_network_type` config value; one of: 1 总部, 2 网点): 网点类型: 1 总部 headquarters, 2 网点 outlet
/// - `condition` (condition; optional): 筛选条件 filter object. Keys: `state` (list), `pendstate` (list), `categorylist` (list), `networklist` (list), `servicepersonlist` (list), `customerid` (text), `customername` (text), `contact` (text), `contactnumber` (text), `startdate` (date), `enddate` (date)
/// - `searchKey` (text; optional): 关键字 keyword
/// - `pageSize` (integer; optional; 1 to 1000): 每页条数 rows per page (vendor default 10)
/// - `pageIndex` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
///
/// `data`: {"rows": [ResultValue records with `<Field>Name` labels beside enum codes], "page": {"index", "size", "count": null, "total": null, "has_more"}} (page is null when the endpoint does not page).
///
/// One page per call (`pageIndex`, `pageSize`); `aftersales_eshouhou_cursor_new(client, "get_work_orders", params_json)` walks every page.
///
/// Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// # Safety
/// `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_eshouhou_get_work_orders(
    client: *mut EshouhouClient,
    params_json: *const c_char,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_endpoint(client, "get_work_orders", params_json) }
}

/// 获取工单处理过程 work-order processing timeline
///
/// Calls `GET /api/CustomerService/GetWorkProcess`. Vendor doc: http://www.eshouhou.cn/support/openapi/27.
///
/// `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
/// - `workOrderId` (text; required): 工单id
///
/// `data`: {"rows": [ResultValue records with `<Field>Name` labels beside enum codes], "page": {"index", "size", "count": null, "total": null, "has_more"}} (page is null when the endpoint does not page).
///
/// Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// # Safety
/// `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_eshouhou_get_work_process(
    client: *mut EshouhouClient,
    params_json: *const c_char,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_endpoint(client, "get_work_process", params_json) }
}

/// 获取客户档案详情 customer record detail
///
/// Calls `GET /open/v2/Customer/GetCustomer`. Vendor doc: http://www.eshouhou.cn/support/openapi/121.
///
/// `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
/// - `customerId` (text; required): 客户档案id
/// - `serviceNetworkId` (text; optional; when left out, the client's `service_network_id` config value): 服务网点id service network
/// - `serviceNetworkType` (integer; optional; when left out, the client's `service_network_type` config value; one of: 1 总部, 2 网点): 网点类型: 1 总部 headquarters, 2 网点 outlet
///
/// `data`: {"rows": [{"ShowType": int, "ShowTypeName", "Key", "Value"}], "fields": {Key: Value}} (rows keep every display row with its documented members; fields keeps the first value of each label, in display order).
///
/// Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// # Safety
/// `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_eshouhou_get_customer(
    client: *mut EshouhouClient,
    params_json: *const c_char,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_endpoint(client, "get_customer", params_json) }
}

/// 获取客户项目详情 customer project detail
///
/// Calls `GET /open/v2/Customer/GetCustomerProject`. Vendor doc: http://www.eshouhou.cn/support/openapi/129.
///
/// `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
/// - `projectId` (text; required): 客户项目id
/// - `serviceNetworkId` (text; optional; when left out, the client's `service_network_id` config value): 服务网点id service network
/// - `serviceNetworkType` (integer; optional; when left out, the client's `service_network_type` config value; one of: 1 总部, 2 网点): 网点类型: 1 总部 headquarters, 2 网点 outlet
///
/// `data`: {"rows": [{"ShowType": int, "ShowTypeName", "Key", "Value"}], "fields": {Key: Value}} (rows keep every display row with its documented members; fields keeps the first value of each label, in display order).
///
/// Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// # Safety
/// `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_eshouhou_get_customer_project(
    client: *mut EshouhouClient,
    params_json: *const c_char,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_endpoint(client, "get_customer_project", params_json) }
}

/// 获取客户设备列表 list customer devices
///
/// Calls `GET /open/v2/Customer/GetCustomerProducts`. Vendor doc: http://bio-mall.eshouhou.cn/support/openapi/135.
///
/// `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
/// - `serviceSpaceId` (text; required; when left out, the client's `service_space_id` config value): 服务空间id service space
/// - `serviceNetworkId` (text; required; when left out, the client's `service_network_id` config value): 服务网点id service network
/// - `serviceNetworkType` (integer; required; when left out, the client's `service_network_type` config value; one of: 1 总部, 2 网点): 网点类型: 1 总部 headquarters, 2 网点 outlet
/// - `condition` (condition; optional): 筛选条件 filter object. Keys: `sys_number` (text), `sys_serialnumber1` (text), `sys_customerid` (text), `sys_projectid` (text), `sys_contact` (text), `sys_telephone` (text), `sys_startdate` (date), `sys_enddate` (date), `sys_startservicedate` (date), `sys_endservicedate` (date)
/// - `searchKey` (text; optional): 关键字 keyword
/// - `pageSize` (integer; optional; 1 to 1000): 每页条数 rows per page (vendor default 10)
/// - `pageIndex` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
///
/// `data`: {"rows": [ResultValue records with `<Field>Name` labels beside enum codes], "page": {"index", "size", "count": null, "total": null, "has_more"}} (page is null when the endpoint does not page).
///
/// One page per call (`pageIndex`, `pageSize`); `aftersales_eshouhou_cursor_new(client, "get_customer_products", params_json)` walks every page.
///
/// Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// # Safety
/// `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_eshouhou_get_customer_products(
    client: *mut EshouhouClient,
    params_json: *const c_char,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_endpoint(client, "get_customer_products", params_json) }
}

/// 获取客户设备详情 customer device detail
///
/// Calls `GET /open/v2/Customer/GetCustomerProduct`. Vendor doc: http://bio-mall.eshouhou.cn/support/openapi/136.
///
/// `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
/// - `productId` (text; required): 客户设备id (not the catalogue product id)
/// - `serviceNetworkId` (text; required; when left out, the client's `service_network_id` config value): 服务网点id service network
/// - `serviceNetworkType` (integer; required; when left out, the client's `service_network_type` config value; one of: 1 总部, 2 网点): 网点类型: 1 总部 headquarters, 2 网点 outlet
///
/// `data`: {"rows": [{"ShowType": int, "ShowTypeName", "Key", "Value"}], "fields": {Key: Value}} (rows keep every display row with its documented members; fields keeps the first value of each label, in display order).
///
/// Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// # Safety
/// `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_eshouhou_get_customer_product(
    client: *mut EshouhouClient,
    params_json: *const c_char,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_endpoint(client, "get_customer_product", params_json) }
}

/// 获取客户联系人列表 list customer contacts
///
/// Calls `GET /open/v2/Customer/GetCustomerContacts`. Vendor doc: http://www.eshouhou.cn/support/openapi/142.
///
/// `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
/// - `serviceSpaceId` (text; optional; when left out, the client's `service_space_id` config value): 服务空间id service space
/// - `serviceNetworkId` (text; optional; when left out, the client's `service_network_id` config value): 服务网点id service network
/// - `serviceNetworkType` (integer; optional; when left out, the client's `service_network_type` config value; one of: 1 总部, 2 网点): 网点类型: 1 总部 headquarters, 2 网点 outlet
/// - `condition` (condition; optional): 筛选条件 filter object. Keys: `sys_customername` (text), `sys_name` (text), `sys_telephone` (text), `sys_title` (text), `sys_startdate` (date), `sys_enddate` (date)
/// - `searchKey` (text; optional): 关键字 keyword
/// - `pageSize` (integer; optional; 1 to 1000): 每页条数 rows per page (vendor default 10)
/// - `pageIndex` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
///
/// `data`: {"rows": [ResultValue records with `<Field>Name` labels beside enum codes], "page": {"index", "size", "count": null, "total": null, "has_more"}} (page is null when the endpoint does not page).
///
/// One page per call (`pageIndex`, `pageSize`); `aftersales_eshouhou_cursor_new(client, "get_customer_contacts", params_json)` walks every page.
///
/// Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// # Safety
/// `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_eshouhou_get_customer_contacts(
    client: *mut EshouhouClient,
    params_json: *const c_char,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_endpoint(client, "get_customer_contacts", params_json) }
}

/// 按手机号获取客户 customer by phone number (account)
///
/// Calls `GET /open/v2/Client/GetCustomerByUserName`. Vendor doc: eshouhou open platform, Client/GetCustomerByUserName (page number not recorded).
///
/// `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
/// - `phoneNum` (text; required): 手机号 the customer's mobile number / account
///
/// `data`: the vendor's ResultValue object, with a label field `<Field>Name` added beside each documented enum code.
///
/// Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// # Safety
/// `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_eshouhou_get_customer_by_user_name(
    client: *mut EshouhouClient,
    params_json: *const c_char,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_endpoint(client, "get_customer_by_user_name", params_json) }
}

/// 获取产品分类以及产品 product categories and products under a category
///
/// Calls `GET /api/CustomerService/GetCategoryAndProductList`. Vendor doc: http://www.eshouhou.cn/support/openapi/55.
///
/// `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
/// - `categoryId` (text; optional): 分类id; 0 = root
/// - `queryType` (integer; optional; one of: 1 子分类及产品, 2 仅子分类, 3 仅产品): 1 子分类及产品, 2 仅子分类, 3 仅产品
///
/// `data`: {"ID", "Name", "Product": [products with WarrantyPeriodName], "Category": [...]}.
///
/// Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// # Safety
/// `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_eshouhou_get_category_and_product_list(
    client: *mut EshouhouClient,
    params_json: *const c_char,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_endpoint(client, "get_category_and_product_list", params_json) }
}

/// 搜索查询产品 search products
///
/// Calls `GET /api/CustomerService/SearchProductList`. Vendor doc: http://eshouhou.cn/support/openapi/57.
///
/// `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
/// - `searchKey` (text; optional): 关键字 keyword
/// - `pageSize` (integer; optional; 1 to 1000): 每页条数 rows per page (vendor default 10)
/// - `pageIndex` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
///
/// `data`: {"rows": [ResultValue records with `<Field>Name` labels beside enum codes], "page": {"index", "size", "count": null, "total": null, "has_more"}} (page is null when the endpoint does not page).
///
/// One page per call (`pageIndex`, `pageSize`); `aftersales_eshouhou_cursor_new(client, "search_product_list", params_json)` walks every page.
///
/// Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// # Safety
/// `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_eshouhou_search_product_list(
    client: *mut EshouhouClient,
    params_json: *const c_char,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_endpoint(client, "search_product_list", params_json) }
}

/// 搜索查询配件 search spare parts
///
/// Calls `GET /api/CustomerService/SearchAccessoryList`. Vendor doc: http://www.eshouhou.cn/support/openapi/2.
///
/// `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
/// - `searchKey` (text; optional): 关键字 keyword
/// - `pageSize` (integer; optional; 1 to 1000): 每页条数 rows per page (vendor default 10)
/// - `pageIndex` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
///
/// `data`: {"rows": [ResultValue records with `<Field>Name` labels beside enum codes], "page": {"index", "size", "count": null, "total": null, "has_more"}} (page is null when the endpoint does not page).
///
/// One page per call (`pageIndex`, `pageSize`); `aftersales_eshouhou_cursor_new(client, "search_accessory_list", params_json)` walks every page.
///
/// Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// # Safety
/// `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_eshouhou_search_accessory_list(
    client: *mut EshouhouClient,
    params_json: *const c_char,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_endpoint(client, "search_accessory_list", params_json) }
}

/// 获取产品列表 list products
///
/// Calls `GET /open/v2/Basic/GetProducts`. Vendor doc: http://shouhou.teris-tech.com/support/openapi/171.
///
/// `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
/// - `serviceSpaceId` (text; optional; when left out, the client's `service_space_id` config value): 服务空间id service space
/// - `searchKey` (text; optional): 关键字 keyword
/// - `pageSize` (integer; optional; 1 to 1000): 每页条数 rows per page (vendor default 10)
/// - `pageIndex` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
///
/// `data`: {"rows": [ResultValue records with `<Field>Name` labels beside enum codes], "page": {"index", "size", "count": null, "total": null, "has_more"}} (page is null when the endpoint does not page).
///
/// One page per call (`pageIndex`, `pageSize`); `aftersales_eshouhou_cursor_new(client, "get_products", params_json)` walks every page.
///
/// Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// # Safety
/// `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_eshouhou_get_products(
    client: *mut EshouhouClient,
    params_json: *const c_char,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_endpoint(client, "get_products", params_json) }
}

/// 获取备件列表 list spare parts
///
/// Calls `GET /open/v2/Basic/GetAccessories`. Vendor doc: http://www.eshouhou.cn/support/openapi/173.
///
/// `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
/// - `serviceSpaceId` (text; optional; when left out, the client's `service_space_id` config value): 服务空间id service space
/// - `searchKey` (text; optional): 关键字 keyword
/// - `pageSize` (integer; optional; 1 to 1000): 每页条数 rows per page (vendor default 10)
/// - `pageIndex` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
///
/// `data`: {"rows": [ResultValue records with `<Field>Name` labels beside enum codes], "page": {"index", "size", "count": null, "total": null, "has_more"}} (page is null when the endpoint does not page).
///
/// One page per call (`pageIndex`, `pageSize`); `aftersales_eshouhou_cursor_new(client, "get_accessories", params_json)` walks every page.
///
/// Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// # Safety
/// `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_eshouhou_get_accessories(
    client: *mut EshouhouClient,
    params_json: *const c_char,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_endpoint(client, "get_accessories", params_json) }
}

/// 系统登录 log in (done automatically; call it to check credentials or answer a captcha)
///
/// Calls `POST /webapi/v3/ov1/login`. Vendor doc: help.ashx node 11 (/webapi/v3/ov1/login).
///
/// `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
/// - `rndcode` (text; optional): 验证码 the captcha text, once captcha_required was returned
///
/// `data`: {"logged_in": true, "server_version", "serial_number", "reused": bool}; the session value is never returned.
///
/// Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// # Safety
/// `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_zhibang_login(
    client: *mut ZhibangClient,
    params_json: *const c_char,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_endpoint(client, "login", params_json) }
}

/// 退出系统 log out and forget the session
///
/// Calls `POST /sysa/mobilephone/logout.asp`. Vendor doc: help.ashx node 12; /sysa/mobilephone/logout.asp.
///
/// `params_json`: no parameters (NULL, `""` or `{}`).
///
/// `data`: {"logged_out": bool, "text"}.
///
/// Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// # Safety
/// `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_zhibang_logout(
    client: *mut ZhibangClient,
    params_json: *const c_char,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_endpoint(client, "logout", params_json) }
}

/// 售后服务 after-sales service list
///
/// Calls `POST /sysa/mobilephone/salesmanage/service/list.asp` with cmdkey `refresh`. Vendor doc: help.ashx node 56 (/webapi/v3/ov1/salesmanage/service/list).
///
/// `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
/// - `remind` (text; optional; one of: 22 待处理售后, 137 最新售后, 202 售后共享): 提醒类型: 22 待处理售后, 137 最新售后, 202 售后共享
/// - `stype` (integer; optional; one of: 0 所有售后服务, 1 待处理售后): 列表模式: 0 所有售后服务, 1 待处理售后
/// - `datatype` (text; optional; one of: tel 客户关联, contract 合同关联, product 产品关联, chance 项目关联): 范围: tel 客户, contract 合同, product 产品, chance 项目
/// - `ord` (text; optional): the id of the record `datatype` scopes to (customer/contract/product/project)
/// - `checktype` (text; optional; one of: radio 单选): 关联单据选择模式: radio = single-select picker
/// - `catetype` (id_list; optional): 人员类型 which staff role `cateid` filters on (ids)
/// - `cateid` (id_list; optional): 人员选择 staff ids
/// - `great1` (id_list; optional): 紧急程度 urgency ids
/// - `result1` (id_list; optional): 处理结果 handling-result ids
/// - `sort1` (id_list; optional): 售后分类 after-sales category ids
/// - `title` (text; optional): 售后主题 subject contains
/// - `shid` (text; optional): 售后编号 number contains
/// - `introts` (text; optional): 售后内容 service content contains
/// - `introN` (text; optional): 处理内容 handling content contains
/// - `introb` (text; optional): 备注 remark contains
/// - `telsort` (id_list; optional): 客户分类 customer category ids
/// - `teljz` (id_list; optional): 客户价值 customer value-rating ids
/// - `area` (id_list; optional): 客户区域 customer region ids
/// - `TelName` (text; optional): 客户名称 customer name contains
/// - `ProName` (text; optional): 产品名称 product name contains
/// - `searchKey` (text; optional): 快速检索 quick search over every text column
/// - `pagesize` (integer; optional; 1 to 1000): 每页记录数 rows per page (vendor default 20)
/// - `pageindex` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
/// - `_rpt_sort` (text; optional): 排序列 a column id of the result; prefix `-` for descending
///
/// `data`: {"columns": [{"id", "dbtype"}], "rows": [{column id: cell}], "page": {"index", "size", "count", "total", "has_more"}}.
///
/// One page per call (`pageindex`, `pagesize`); `aftersales_zhibang_cursor_new(client, "service_list", params_json)` walks every page.
///
/// Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// # Safety
/// `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_zhibang_service_list(
    client: *mut ZhibangClient,
    params_json: *const c_char,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_endpoint(client, "service_list", params_json) }
}

/// 服务详情 after-sales service detail
///
/// Calls `POST /sysa/mobilephone/salesmanage/service/add.asp`. Vendor doc: help.ashx node 57 (/webapi/v3/ov1/salesmanage/service/add?apihelptype=get).
///
/// `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
/// - `ord` (integer; required): 记录id record id (from the matching list)
///
/// `data`: {"id": record id, "kind": bill type, "caption", "values": {field id: value or text}, "fields": [{"id", "caption", "group", "text", "value", "kind", "required", "read_only", "max_length", "options": [{"label", "value"}], "table"?}]}.
///
/// Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// # Safety
/// `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_zhibang_service_detail(
    client: *mut ZhibangClient,
    params_json: *const c_char,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_endpoint(client, "service_detail", params_json) }
}

/// 售后处理 handle an after-sales service
///
/// Calls `POST /sysa/mobilephone/salesmanage/service/chuli.asp` with cmdkey `__sys_dosave`. Vendor doc: help.ashx node 58 (/webapi/v3/ov1/salesmanage/service/chuli?apihelptype=save).
///
/// `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
/// - `ord` (integer; required): 售后服务id the service being handled
/// - `cateid` (text; required; at most 50 characters): 指派售后 assigned handler: user id(s) from staff_list/user_list
/// - `info1` (text; required; at most 4000 characters): 处理内容 handling notes (the vendor's caption is missing)
/// - `cate` (text; required; at most 50 characters): 客户销售人员 the customer's salesperson: user id
/// - `intro` (text; required; at most 50 characters): 处理结果 handling result: an option value from service_handle_form
///
/// `data`: {"title", "text", "outcome": "succeeded" | "unconfirmed"}; a text saying it failed is the error vendor_rejected instead.
///
/// Changes data on the server and is never sent twice once it may have left. Without a decisive answer (timeout or reset after sending, HTTP 5xx, a truncated or unreadable answer) the error is `outcome_unknown`, which is not retryable: read the record back before repeating it. A reply saying it failed is `vendor_rejected`.
/// With `verify_writes` (default on), an unknown or unconfirmed outcome is checked by reading the record back with `service_detail` by `ord`: when it shows the values of `info1` and `intro` the call succeeds with `"verified": true`, otherwise it is `outcome_unknown` saying what the read-back saw.
///
/// Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// # Safety
/// `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_zhibang_service_handle(
    client: *mut ZhibangClient,
    params_json: *const c_char,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_endpoint(client, "service_handle", params_json) }
}

/// 售后处理表单 the handling form: captions, current values and the options the server accepts
///
/// Calls `POST /sysa/mobilephone/salesmanage/service/chuli.asp`. Vendor doc: help.ashx node 58, loaded without cmdkey (vendor reference §8.1.3).
///
/// `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
/// - `ord` (integer; required): 售后服务id the service to handle
///
/// `data`: {"id": record id, "kind": bill type, "caption", "values": {field id: value or text}, "fields": [{"id", "caption", "group", "text", "value", "kind", "required", "read_only", "max_length", "options": [{"label", "value"}], "table"?}]}.
///
/// Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// # Safety
/// `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_zhibang_service_handle_form(
    client: *mut ZhibangClient,
    params_json: *const c_char,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_endpoint(client, "service_handle_form", params_json) }
}

/// 售后维修 repair order list
///
/// Calls `POST /sysa/mobilephone/salesmanage/repair/deallist.asp` with cmdkey `refresh`. Vendor doc: help.ashx node 62.
///
/// `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
/// - `remind` (text; optional; one of: 102 维修处理): 提醒类型: 102 维修处理
/// - `stype` (integer; optional): 列表模式 list mode
/// - `datatype` (text; optional; one of: tel 客户关联, contract 合同关联, product 产品关联, chance 项目关联): 范围: tel 客户, contract 合同, product 产品, chance 项目
/// - `ord` (text; optional): the id of the record `datatype` scopes to (customer/contract/product/project)
/// - `searchKey` (text; optional): 快速检索 quick search over every text column
/// - `pagesize` (integer; optional; 1 to 1000): 每页记录数 rows per page (vendor default 20)
/// - `pageindex` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
/// - `_rpt_sort` (text; optional): 排序列 a column id of the result; prefix `-` for descending
///
/// `data`: {"columns": [{"id", "dbtype"}], "rows": [{column id: cell}], "page": {"index", "size", "count", "total", "has_more"}}.
///
/// One page per call (`pageindex`, `pagesize`); `aftersales_zhibang_cursor_new(client, "repair_list", params_json)` walks every page.
///
/// Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// # Safety
/// `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_zhibang_repair_list(
    client: *mut ZhibangClient,
    params_json: *const c_char,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_endpoint(client, "repair_list", params_json) }
}

/// 维修单详情 repair order detail
///
/// Calls `POST /sysa/mobilephone/salesmanage/repair/dealcontent.asp`. Vendor doc: help.ashx node 63.
///
/// `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
/// - `ord` (integer; required): 记录id record id (from the matching list)
///
/// `data`: {"id": record id, "kind": bill type, "caption", "values": {field id: value or text}, "fields": [{"id", "caption", "group", "text", "value", "kind", "required", "read_only", "max_length", "options": [{"label", "value"}], "table"?}]}.
///
/// Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// # Safety
/// `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_zhibang_repair_detail(
    client: *mut ZhibangClient,
    params_json: *const c_char,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_endpoint(client, "repair_detail", params_json) }
}

/// 维修单添加 add (no ord) or edit (ord) a repair order
///
/// Calls `POST /sysa/mobilephone/salesmanage/repair/dealadd.asp` with cmdkey `__sys_dosave`. Vendor doc: help.ashx node 61.
///
/// `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
/// - `ord` (integer; optional): 维修单id when editing; omit to add
/// - `title` (text; required; at most 100 characters): 维修主题 subject
/// - `SerialNumber` (text; required; at most 100 characters): 维修单号 repair number, unique
/// - `repair_sl` (text; required): 关联受理单 the intake record id
/// - `ProcessID` (integer; required): 维修流程 repair workflow id
/// - `Summary` (text; optional; at most 500 characters): 概要 summary
/// - `hiddentmp` (text; optional): vendor helper field; leave out unless the form says otherwise
/// - `num` (text; required): 数量 quantity
/// - `Cost` (text; required): 维修费用 repair fee
///
/// `data`: {"title", "text", "outcome": "succeeded" | "unconfirmed"}; a text saying it failed is the error vendor_rejected instead.
///
/// Changes data on the server and is never sent twice once it may have left. Without a decisive answer (timeout or reset after sending, HTTP 5xx, a truncated or unreadable answer) the error is `outcome_unknown`, which is not retryable: read the record back before repeating it. A reply saying it failed is `vendor_rejected`.
/// No read-back can decide this write's outcome (e.g. a new record whose id the answer does not give), so `verify_writes` does not apply: look the record up in its list before repeating it.
///
/// Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// # Safety
/// `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_zhibang_repair_save(
    client: *mut ZhibangClient,
    params_json: *const c_char,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_endpoint(client, "repair_save", params_json) }
}

/// 客户列表 customer list
///
/// Calls `POST /sysa/mobilephone/salesmanage/custom/list.asp` with cmdkey `refresh`. Vendor doc: help.ashx node 19.
///
/// `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
/// - `datatype` (text; optional; one of: addcontract 合同选择客户): empty = list; addcontract = picker for contracts
/// - `stype` (integer; optional): 列表: 1 客户池, 2 待审核, 3 已保护, 4 我共享的, 5 共享给我的
/// - `remind` (text; optional): 提醒类型: 147 最新客户
/// - `tjly` (text; optional): 统计来源 statistics source
/// - `tdate1` (date; optional): 领用日期起 taken-over from
/// - `tdate2` (date; optional): 领用日期止 taken-over to
/// - `checktype` (text; optional; one of: radio 单选): 关联单据选择模式: radio = single-select picker
/// - `telsort` (id_list; optional): 客户分类 category ids
/// - `Ismode` (text; optional): 供应商概况标记 supplier overview flag
/// - `a_cateid` (id_list; optional): 销售人员 salesperson ids
/// - `khjz` (text; optional): 客户价值 value rating (single)
/// - `khhy` (text; optional): 客户行业 industry (single)
/// - `khly` (text; optional): 客户来源 source (single)
/// - `a_date_0` (date; optional): 添加日期起 added from
/// - `a_date_1` (date; optional): 添加日期止 added to
/// - `telord` (text; optional): 客户id customer id
/// - `name` (text; optional): 客户名称 name contains
/// - `pym` (text; optional): 拼音码 pinyin code contains
/// - `khid` (text; optional): 客户编号 number contains
/// - `phone` (text; optional): 电话 phone contains
/// - `fax` (text; optional): 传真 fax contains
/// - `url` (text; optional): 网址 website contains
/// - `address` (text; optional): 地址 address contains
/// - `zip` (text; optional): 邮编 post code contains
/// - `intro` (text; optional): 备注 remark contains
/// - `catetype` (id_list; optional): 人员类型 1 领用人, 2 释放人, 3 添加人, 4 添加人+领用人, 5 添加人+释放人, 6 保护人, 7 未保护
/// - `cateid` (id_list; optional): 人员 staff ids
/// - `ly` (id_list; optional): 客户来源 source ids
/// - `jz` (id_list; optional): 客户价值 value ids
/// - `area` (id_list; optional): 区域 region ids
/// - `trade` (id_list; optional): 行业 industry ids
/// - `date1_0` (date; optional): 创建日期起 created from
/// - `date1_1` (date; optional): 创建日期止 created to
/// - `searchKey` (text; optional): 快速检索 quick search over every text column
/// - `pagesize` (integer; optional; 1 to 1000): 每页记录数 rows per page (vendor default 20)
/// - `pageindex` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
/// - `_rpt_sort` (text; optional): 排序列 a column id of the result; prefix `-` for descending
///
/// `data`: {"columns": [{"id", "dbtype"}], "rows": [{column id: cell}], "page": {"index", "size", "count", "total", "has_more"}}.
///
/// One page per call (`pageindex`, `pagesize`); `aftersales_zhibang_cursor_new(client, "customer_list", params_json)` walks every page.
///
/// Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// # Safety
/// `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_zhibang_customer_list(
    client: *mut ZhibangClient,
    params_json: *const c_char,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_endpoint(client, "customer_list", params_json) }
}

/// 客户详情 customer detail
///
/// Calls `POST /sysa/mobilephone/salesmanage/custom/add.asp?edit=1`. Vendor doc: help.ashx node 18.
///
/// `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
/// - `ord` (integer; required): 客户id customer id
/// - `intsort` (integer; optional; one of: 1 单位客户, 2 个人客户): 客户类型: 1 单位 company, 2 个人 person
///
/// `data`: {"id": record id, "kind": bill type, "caption", "values": {field id: value or text}, "fields": [{"id", "caption", "group", "text", "value", "kind", "required", "read_only", "max_length", "options": [{"label", "value"}], "table"?}]}.
///
/// Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// # Safety
/// `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_zhibang_customer_detail(
    client: *mut ZhibangClient,
    params_json: *const c_char,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_endpoint(client, "customer_detail", params_json) }
}

/// 产品管理 product list
///
/// Calls `POST /sysa/mobilephone/salesmanage/product/billlist.asp` with cmdkey `refresh`. Vendor doc: help.ashx node 92.
///
/// `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
/// - `listadd` (text; optional): 列表附加模式 list add mode
/// - `company` (text; optional): 客户id customer id (for pricing)
/// - `specialCompany` (text; optional): 供应商id supplier id
/// - `companyFromType` (text; optional): 客户来源类型 company source type
/// - `htcateid` (text; optional): 合同人员 contract staff id
/// - `IsTools` (text; optional): 工具标记 tools flag
/// - `bz` (text; optional): 币种 currency id
/// - `repairOrder` (text; optional): 维修单id repair order id
/// - `secpro` (text; optional): 二级产品标记
/// - `fromtype` (text; optional): 来源类型
/// - `totalNum` (text; optional): 合计数量
/// - `totalCount` (text; optional): 合计条数
/// - `flag` (text; optional): 标记
/// - `remind` (text; optional): 提醒类型: 16001 审批, 9920901 资质到期
/// - `ords` (id_list; optional): 产品id列表 product ids
/// - `idProductClass` (id_list; optional): 产品分类id category id
/// - `cpname` (text; optional): 产品名称 name contains
/// - `cpbh` (text; optional): 产品编号 number contains
/// - `cpxh` (text; optional): 产品型号 model contains
/// - `txm` (text; optional): 条形码 barcode contains
/// - `kcxx_0` (text; optional): 库存下限 min stock from
/// - `kcxx_1` (text; optional): 库存下限 min stock to
/// - `kcsx_0` (text; optional): 库存上限 max stock from
/// - `kcsx_1` (text; optional): 库存上限 max stock to
/// - `cateid` (id_list; optional): 添加人员 staff ids
/// - `adddate_0` (date; optional): 添加日期起 added from
/// - `adddate_1` (date; optional): 添加日期止 added to
/// - `searchKey` (text; optional): 快速检索 quick search over every text column
/// - `pagesize` (integer; optional; 1 to 1000): 每页记录数 rows per page (vendor default 20)
/// - `pageindex` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
/// - `_rpt_sort` (text; optional): 排序列 a column id of the result; prefix `-` for descending
///
/// `data`: {"columns": [{"id", "dbtype"}], "rows": [{column id: cell}], "page": {"index", "size", "count", "total", "has_more"}}.
///
/// One page per call (`pageindex`, `pagesize`); `aftersales_zhibang_cursor_new(client, "product_list", params_json)` walks every page.
///
/// Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// # Safety
/// `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_zhibang_product_list(
    client: *mut ZhibangClient,
    params_json: *const c_char,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_endpoint(client, "product_list", params_json) }
}

/// 产品详情 product detail
///
/// Calls `POST /sysa/mobilephone/salesmanage/product/billservice.asp`. Vendor doc: help.ashx node 93.
///
/// `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
/// - `ord` (integer; required): 产品id product id
/// - `company` (text; optional): 客户id, for customer prices
/// - `repairOrder` (text; optional): 维修单id repair order id
/// - `PID` (text; optional): 父产品id parent product id
/// - `remind` (text; optional): 提醒类型 reminder type
///
/// `data`: {"id": record id, "kind": bill type, "caption", "values": {field id: value or text}, "fields": [{"id", "caption", "group", "text", "value", "kind", "required", "read_only", "max_length", "options": [{"label", "value"}], "table"?}]}.
///
/// Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// # Safety
/// `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_zhibang_product_detail(
    client: *mut ZhibangClient,
    params_json: *const c_char,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_endpoint(client, "product_detail", params_json) }
}

/// 产品分类 product category tree
///
/// Calls `POST /sysa/mobilephone/systemmanage/product_sort_list.asp?stype=check`. Vendor doc: help.ashx node 90.
///
/// `params_json`: no parameters (NULL, `""` or `{}`).
///
/// `data`: {"kind": "table" | "trees" | "options" | "text", then "columns"/"rows"/"page", "nodes": [{"text", "value", "children"}], "options": [{"label", "value"}] or "text"}.
///
/// Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// # Safety
/// `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_zhibang_product_category_tree(
    client: *mut ZhibangClient,
    params_json: *const c_char,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_endpoint(client, "product_category_tree", params_json) }
}

/// 人员选择 staff picker: the user ids for cateid, cate and other staff fields
///
/// Calls `POST /sysa/mobilephone/systemmanage/gate_list.asp`. Vendor doc: vendor reference §8.9 (gate_list.asp).
///
/// `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
/// - `stype` (text; optional; default `check`; one of: check 多选, radio 单选; sent in the URL): check 多选 multi-select, radio 单选 single
/// - `sort` (integer; optional; sent in the URL): 人员范围: 4 销售人员 sales staff, 2 费用人员 expense users
///
/// `data`: {"kind": "table" | "trees" | "options" | "text", then "columns"/"rows"/"page", "nodes": [{"text", "value", "children"}], "options": [{"label", "value"}] or "text"}.
///
/// Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// # Safety
/// `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_zhibang_staff_list(
    client: *mut ZhibangClient,
    params_json: *const c_char,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_endpoint(client, "staff_list", params_json) }
}

/// 账号列表 user accounts with their ids
///
/// Calls `POST /webapi/v3/orgs/user/list`. Vendor doc: vendor reference §8.9 (/webapi/v3/orgs/user/list).
///
/// `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
/// - `userstatus` (integer; optional; one of: 1 正常, 2 冻结): 账号状态: 1 正常 normal, 2 冻结 frozen
/// - `name` (text; optional): 姓名 name contains
/// - `username` (text; optional): 账号 account contains
/// - `orgsid` (text; optional): 部门id department id
/// - `page_size` (integer; optional; 1 to 1000): 每页记录数 rows per page
/// - `page_index` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
///
/// `data`: {"columns": [{"id", "dbtype"}], "rows": [{column id: cell}], "page": {"index", "size", "count", "total", "has_more"}}.
///
/// One page per call (`page_index`, `page_size`); `aftersales_zhibang_cursor_new(client, "user_list", params_json)` walks every page.
///
/// Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// # Safety
/// `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_zhibang_user_list(
    client: *mut ZhibangClient,
    params_json: *const c_char,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_endpoint(client, "user_list", params_json) }
}

/// 部门列表 departments
///
/// Calls `POST /webapi/v3/orgs/dept/list`. Vendor doc: vendor reference §8.9 (/webapi/v3/orgs/dept/list).
///
/// `params_json`: no parameters (NULL, `""` or `{}`).
///
/// `data`: {"rows": [{"NodeId", "ParentId", "NodeText", "fullpath"}]}.
///
/// Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// # Safety
/// `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_zhibang_dept_list(
    client: *mut ZhibangClient,
    params_json: *const c_char,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_endpoint(client, "dept_list", params_json) }
}

/// 区域选择 region tree: the ids for area filters
///
/// Calls `POST /sysa/mobilephone/systemmanage/area_list.asp`. Vendor doc: vendor reference §8.9 (area_list.asp).
///
/// `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
/// - `stype` (text; optional; default `radio`; one of: radio 单选, check 多选; sent in the URL): radio 单选 single, check 多选 multi-select
///
/// `data`: {"kind": "table" | "trees" | "options" | "text", then "columns"/"rows"/"page", "nodes": [{"text", "value", "children"}], "options": [{"label", "value"}] or "text"}.
///
/// Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// # Safety
/// `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_zhibang_region_list(
    client: *mut ZhibangClient,
    params_json: *const c_char,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_endpoint(client, "region_list", params_json) }
}

/// 枚举选项 the options of a vendor enumeration (13 客户来源, 11 行业, 14 客户价值, 98 跟进方式)
///
/// Calls `POST /sysa/mobilephone/source.asp`. Vendor doc: vendor reference §8.9 (source.asp?enumid=N).
///
/// `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
/// - `enumid` (integer; required; sent in the URL): 枚举id enumeration id
///
/// `data`: {"kind": "table" | "trees" | "options" | "text", then "columns"/"rows"/"page", "nodes": [{"text", "value", "children"}], "options": [{"label", "value"}] or "text"}.
///
/// Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// # Safety
/// `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_zhibang_enum_options(
    client: *mut ZhibangClient,
    params_json: *const c_char,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_endpoint(client, "enum_options", params_json) }
}
