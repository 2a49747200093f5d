//! Finding 6, charsets: old IIS/ASP Zhibang servers answer in GBK, with `charset=gbk` in `Content-Type`
//! or without any label. Their prose and their tables come back as the same Chinese text.

use serde_json::json;

use super::server::Reply;
use super::{SERVICE_HANDLE, SERVICE_LIST, failure, handling, message, success, table, zhibang, zhibang_server};

const REFUSAL: &str = "处理结果无效，不能保存！";

fn gbk(text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding_rs::GBK.encode(text);
    assert!(!unmappable, "{text} is all GBK");
    assert!(std::str::from_utf8(&bytes).is_err(), "the GBK bytes are not UTF-8 by chance");
    bytes.into_owned()
}

/// The two ways such a server labels a GBK body.
const LABELS: [&str; 2] = ["text/html; charset=gbk", "text/html"];

#[test]
fn a_gbk_save_refusal_is_vendor_rejected_with_the_exact_text() {
    for content_type in LABELS {
        let server = zhibang_server(move |request, _| {
            if request.path() == SERVICE_HANDLE {
                Reply::bytes(200, content_type, gbk(&message(REFUSAL).to_string()))
            } else {
                Reply::status(404)
            }
        });
        let client = zhibang(&server, json!({}));
        let error = failure(client.endpoint("service_handle", &handling()), "vendor_rejected", "vendor", false);
        assert_eq!(error["vendor_message"], json!(REFUSAL), "{content_type}: {error}");
        assert_eq!(server.requests_to(SERVICE_HANDLE).len(), 1);
    }
}

#[test]
fn a_gbk_table_decodes_its_chinese_cells() {
    for content_type in LABELS {
        let server = zhibang_server(move |request, _| {
            if request.path() == SERVICE_LIST {
                let page = table(&[["7", "净水器滤芯更换（张三）"], ["8", "压缩机异响·上门维修"]]);
                Reply::bytes(200, content_type, gbk(&page.to_string()))
            } else {
                Reply::status(404)
            }
        });
        let client = zhibang(&server, json!({}));
        let data = success(client.endpoint("service_list", &json!({})))["data"].clone();
        let titles: Vec<&str> =
            data["rows"].as_array().expect("rows").iter().filter_map(|row| row["title"].as_str()).collect();
        assert_eq!(titles, ["净水器滤芯更换（张三）", "压缩机异响·上门维修"], "{content_type}");
    }
}
