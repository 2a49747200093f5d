//! Finding 2, redirects: credentials stay at the origin. A redirect to another origin (a second loopback
//! server on another port) is refused and that server receives nothing; within the origin, 307/308 keep
//! a POST and its body, 301/302 on a POST are refused, and a GET follows a 302.

use serde_json::{Value, json};

use super::server::{Reply, Server};
use super::{
    LOGIN, SERVICE_HANDLE, SERVICE_LIST, SERVICE_SPACE, TOKEN, TOKEN_API, USER_LIST, eshouhou, eshouhou_answer,
    eshouhou_server, failure, handling, login_answer, message, success, table, zhibang, zhibang_server,
};

/// A refused redirect: the message names the target's origin, never its path or query, and the other
/// origin saw nothing at all.
#[track_caller]
fn refused_towards(envelope: Value, elsewhere: &Server) {
    let error = failure(envelope, "redirect_refused", "transport", false);
    let message = error["message"].as_str().expect("message");
    assert!(message.contains(&elsewhere.url()), "the message names the target's origin: {message}");
    for hidden in ["/steal", "loot", "access_token", TOKEN] {
        assert!(!message.contains(hidden), "the message shows the target's path or query: {message}");
    }
    assert_eq!(elsewhere.connections(), 0, "the other origin was contacted: {:?}", elsewhere.requests());
}

#[test]
fn a_login_redirected_to_another_origin_is_refused_and_the_password_stays() {
    for status in [307, 308] {
        let elsewhere = Server::bystander();
        let target = elsewhere.at("/steal/login?loot=1");
        let server =
            Server::start(
                move |request, _| {
                    if request.path() == LOGIN { Reply::redirect(status, &target) } else { Reply::status(404) }
                },
            );
        let client = zhibang(&server, json!({}));
        refused_towards(client.endpoint("service_list", &json!({})), &elsewhere);
        assert_eq!(server.requests_to(LOGIN).len(), 1, "HTTP {status}: the login is not sent again");
        assert_eq!(server.requests().len(), 1, "HTTP {status}: the call stopped at the refused login");
    }
}

#[test]
fn a_web_api_call_with_the_session_header_is_never_redirected_elsewhere() {
    for status in [301, 302, 303, 307, 308] {
        let elsewhere = Server::bystander();
        let target = elsewhere.at("/steal/user/list?loot=1");
        let server = zhibang_server(move |request, _| {
            if request.path() == USER_LIST { Reply::redirect(status, &target) } else { Reply::status(404) }
        });
        let client = zhibang(&server, json!({}));
        refused_towards(client.endpoint("user_list", &json!({"page_size": 5})), &elsewhere);
        let sent = server.requests_to(USER_LIST);
        assert_eq!(sent.len(), 1, "HTTP {status}");
        assert!(sent[0].header("ZBAPI-Token").is_some(), "the call carried the session header");
    }
}

#[test]
fn a_save_redirected_to_another_origin_is_refused() {
    for status in [307, 308] {
        let elsewhere = Server::bystander();
        let target = elsewhere.at("/steal/chuli.asp?loot=1");
        let server = zhibang_server(move |request, _| {
            if request.path() == SERVICE_HANDLE { Reply::redirect(status, &target) } else { Reply::status(404) }
        });
        let client = zhibang(&server, json!({}));
        refused_towards(client.endpoint("service_handle", &handling()), &elsewhere);
        assert_eq!(server.requests_to(SERVICE_HANDLE).len(), 1, "HTTP {status}");
    }
}

#[test]
fn an_eshouhou_redirect_keeping_the_query_is_refused() {
    // On a call carrying the access token, and on the token request carrying the sign.
    for redirected in [SERVICE_SPACE, TOKEN_API] {
        let elsewhere = Server::bystander();
        let origin = elsewhere.url();
        let server = Server::start(move |request, _| match request.path() {
            path if path == redirected => {
                Reply::redirect(302, &format!("{origin}/steal{}?{}", request.path(), request.query()))
            }
            TOKEN_API => eshouhou_answer(json!({"access_token": TOKEN, "expires_in": 7200})),
            _ => Reply::status(404),
        });
        let client = eshouhou(&server, json!({}));
        refused_towards(client.endpoint("get_service_space", &json!({})), &elsewhere);
        let sent = server.requests_to(redirected);
        assert_eq!(sent.len(), 1, "{redirected}");
        let signed = server.requests_to(TOKEN_API)[0].query().to_owned();
        let sign = signed.split('&').find_map(|pair| pair.strip_prefix("sign=")).expect("a sign");
        assert_no_sign(&server, sign);
    }
}

/// The sign never shows in any later request's path (it stays in the token request's query).
fn assert_no_sign(server: &Server, sign: &str) {
    for request in server.requests().iter().filter(|request| request.path() != TOKEN_API) {
        assert!(!request.target.contains(sign), "{}", request.target);
    }
}

#[test]
fn same_origin_307_and_308_on_a_save_are_followed_with_the_body() {
    for status in [307, 308] {
        let server = zhibang_server(move |request, _| match request.path() {
            SERVICE_HANDLE => Reply::redirect(status, "/moved/chuli.asp"),
            "/moved/chuli.asp" => Reply::json(200, &message("保存成功！")),
            _ => Reply::status(404),
        });
        let client = zhibang(&server, json!({}));
        let data = success(client.endpoint("service_handle", &handling()))["data"].clone();
        assert_eq!(data["outcome"], json!("succeeded"), "HTTP {status}");
        let (first, moved) = (server.requests_to(SERVICE_HANDLE), server.requests_to("/moved/chuli.asp"));
        assert_eq!((first.len(), moved.len()), (1, 1), "HTTP {status}: sent once, followed once");
        assert_eq!(moved[0].method, "POST", "HTTP {status} keeps the method");
        assert_eq!(moved[0].body, first[0].body, "HTTP {status} keeps the body");
        assert!(moved[0].body_text().contains("__sys_dosave"), "{}", moved[0].body_text());
    }
}

#[test]
fn same_origin_307_and_308_on_the_login_are_followed() {
    for status in [307, 308] {
        let server = Server::start(move |request, _| match request.path() {
            LOGIN => Reply::redirect(status, "/moved/login"),
            "/moved/login" => login_answer(super::SESSION),
            SERVICE_LIST => Reply::json(200, &table(&[["1", "滤芯更换"]])),
            _ => Reply::status(404),
        });
        let client = zhibang(&server, json!({}));
        let data = success(client.endpoint("service_list", &json!({})))["data"].clone();
        assert_eq!(data["rows"][0]["title"], json!("滤芯更换"));
        let moved = server.requests_to("/moved/login");
        assert_eq!(moved.len(), 1, "HTTP {status}");
        assert_eq!(moved[0].body, server.requests_to(LOGIN)[0].body, "HTTP {status} keeps the login body");
    }
}

#[test]
fn a_301_or_302_on_a_post_is_refused_not_turned_into_a_get() {
    for status in [301, 302] {
        for (endpoint, path, params) in
            [("service_list", SERVICE_LIST, json!({})), ("service_handle", SERVICE_HANDLE, handling())]
        {
            let server = zhibang_server(move |request, _| {
                if request.path() == path {
                    Reply::redirect(status, "/moved/elsewhere.asp")
                } else {
                    Reply::status(404)
                }
            });
            let client = zhibang(&server, json!({}));
            let error = failure(client.endpoint(endpoint, &params), "redirect_refused", "transport", false);
            assert!(error["message"].as_str().is_some_and(|text| text.contains(&status.to_string())), "{error}");
            assert!(server.requests_to("/moved/elsewhere.asp").is_empty(), "HTTP {status} on {endpoint} was followed");
            assert_eq!(server.requests_to(path).len(), 1, "HTTP {status} on {endpoint}: sent once");
        }
    }
}

#[test]
fn a_302_on_an_eshouhou_get_within_the_origin_is_followed() {
    let server = eshouhou_server(|request, _| match request.path() {
        SERVICE_SPACE => Reply::redirect(302, &format!("/moved{}?{}", request.path(), request.query())),
        "/moved/api/CustomerService/GetServiceSpace" => {
            eshouhou_answer(json!({"Id": "space-1", "Name": "华东服务空间"}))
        }
        _ => Reply::status(404),
    });
    let client = eshouhou(&server, json!({}));
    let data = success(client.endpoint("get_service_space", &json!({})))["data"].clone();
    assert_eq!(data["Name"], json!("华东服务空间"));
    let moved = server.requests_to("/moved/api/CustomerService/GetServiceSpace");
    assert_eq!(moved.len(), 1);
    assert_eq!(moved[0].method, "GET");
    assert!(moved[0].query().starts_with("access_token=TOK%2BEN%2Fabc%3D%3D"), "{}", moved[0].target);
}

#[test]
fn a_same_origin_redirect_loop_ends() {
    let server = zhibang_server(|request, _| match request.path() {
        SERVICE_LIST => Reply::redirect(307, "/loop/0"),
        path if path.starts_with("/loop/") => {
            let hop: u32 = path["/loop/".len()..].parse().unwrap_or(0);
            Reply::redirect(307, &format!("/loop/{}", hop + 1))
        }
        _ => Reply::status(404),
    });
    let client = zhibang(&server, json!({"retries": 0}));
    failure(client.endpoint("service_list", &json!({})), "redirect_refused", "transport", false);
    let hops = server.requests().iter().filter(|request| request.path().starts_with("/loop/")).count();
    assert!((1..=10).contains(&hops), "{hops} hops");
}
