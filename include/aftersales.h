/*
 * libaftersales: one native library for the eshouhou (易售后) open platform and the Zhibang (智邦国际)
 * ERP after-sales module. Every endpoint is one function taking and returning JSON.
 *
 * Conventions
 * - Handles (aftersales_eshouhou_client, aftersales_zhibang_client, their cursors) are opaque. A client
 *   is safe to use from many threads at once; free it with its _free function once no call on it is in
 *   flight. Cursors are used by one thread at a time.
 * - Strings passed in are NUL-terminated UTF-8 and are not kept after the call returns. params_json is
 *   a JSON object with the vendor's own parameter names; NULL or "" mean {}.
 * - Every call returns a JSON envelope owned by the caller, freed only with aftersales_string_free
 *   (never free(), Python or .NET). NULL is returned only if memory itself ran out.
 *     success: {"ok": true, "data": <normalized result>, "meta": {"provider", "endpoint", "requests",
 *              "reauthenticated", "elapsed_ms", "done"?}}
 *     failure: {"ok": false, "error": {"code", "family", "message", "retryable", "parameter"?,
 *              "http_status"?, "vendor_code"?, "vendor_message"?, "captcha_url"?}, "meta"?: {"done"}}
 *   (a cursor page's failure carries meta.done: true when the walk is over).
 * - Signing, tokens, sessions, re-login after a kick, retries, paging and the vendors' quirks are
 *   handled inside. No message ever contains an app secret, password, token, sign or session value, in
 *   any encoding it travelled in.
 * - Every server is untrusted. A call ends within the config's deadline_ms (default 60 s) whatever the
 *   server does; an answer larger than max_response_bytes (default 32 MiB, after decompression) is cut
 *   off while it streams; a redirect is followed only within the origin of base_url (http to https on
 *   the same host included, never a downgrade; a POST only through 307/308), so no credential leaves
 *   it; a write is never sent twice once it may have left, and without a decisive answer it is
 *   outcome_unknown (never retryable). Answers in GBK/GB2312/GB18030 are decoded.
 * - One call's own options (deadline_ms, timeout_ms, request_id) and a cancel token go through
 *   aftersales_<provider>_call_with, _call_async (returns at once; the envelope goes to a callback on a
 *   library thread) and _cursor_new_with. aftersales_cancel_token_cancel may be called from any thread.
 *
 * Error codes and config keys: see the generated comment below.
 */

/*
 * Error codes. A failure envelope's error.code is one of these stable names; "family" groups them and
 * "retryable" says whether the same call may succeed later. aftersales_error_code_from_string maps a name
 * to enum aftersales_error_code (AFTERSALES_ERROR_<CODE>, numbers that never change; 0 for a name this
 * header does not know).
 *   input:
 *     null_argument: A required pointer argument (client, endpoint name, cursor) was NULL.
 *     invalid_utf8: A string argument was not valid UTF-8.
 *     invalid_json: A JSON argument did not parse, or was not a JSON object.
 *     unknown_endpoint: The endpoint name is not in the catalogue of this provider.
 *     unknown_parameter: A parameter or config key is not one the endpoint (or client) knows;
 *         `parameter` names it.
 *     missing_parameter: A required parameter or config key is absent or empty; `parameter` names it.
 *     invalid_parameter: A parameter has the wrong JSON type, format or value; `parameter` names it.
 *     value_too_long: A text parameter is longer than the vendor's documented limit (in characters).
 *   auth:
 *     credentials_rejected: The vendor rejected the app id / secret or the user name / password. Never
 *         retried; `captcha_url` is set when the server will want a captcha at the next login.
 *     captcha_required: Zhibang wants a captcha after repeated failed logins; `captcha_url` points at
 *         the image.
 *     account_disabled: Zhibang reports the account as frozen or invalid.
 *     token_expired (retryable): The eshouhou token was rejected even after it was renewed once.
 *     session_expired (retryable): The Zhibang session ended and a new login plus one retry did not
 *         help.
 *     session_kicked (retryable): Another login of the same Zhibang account ended this session, again
 *         after one re-login.
 *   transport:
 *     connect_failed (retryable): The server could not be reached (DNS, refused, reset before an
 *         answer).
 *     timeout (retryable): The request or the connection timed out.
 *     tls_failed: The TLS handshake or certificate check failed.
 *     http_status: The server answered with a non-2xx HTTP status other than those of
 *         `server_unavailable`; `http_status` holds it.
 *     server_unavailable (retryable): The server answered HTTP 408, 429, 502, 503 or 504 (busy, or a
 *         gateway could not reach it) on every attempt the call's deadline allowed; `http_status` holds the
 *         last status.
 *     transport_failed (retryable): Any other HTTP-level failure (e.g. a connection reset during a
 *         read).
 *     response_too_large: The answer was larger than the config's `max_response_bytes` (counted after
 *         decompression); the connection was dropped without reading the rest.
 *     redirect_refused: The server redirected to another origin (or to plain `http`, or a POST through
 *         a 301/302), which is never followed: the request carries a credential. The message names the
 *         target's origin only.
 *     cancelled: The caller cancelled the call with its cancel token (a write that may have left is
 *         `outcome_unknown` instead).
 *     outcome_unknown: A write (or another call that is not safe to repeat) may have reached the
 *         server, but no decisive answer came back (timeout or reset after sending, 5xx, truncated or
 *         undecodable answer). Do not simply repeat it: read the record back first.
 *   vendor:
 *     vendor_error: The vendor answered with a non-zero result code or status;
 *         `vendor_code`/`vendor_message` keep it.
 *     vendor_rejected: Zhibang answered in prose that it did not do it (e.g. 不能保存); `vendor_message`
 *         keeps the text.
 *   decode:
 *     invalid_response: The answer was not JSON or not the documented shape.
 *   internal:
 *     internal_error: A bug in the library was caught at the boundary; the client stays usable.
 *
 * Config keys. config_json of aftersales_<provider>_client_new is a JSON object with these keys; an unknown
 * key, a missing required one or a value of the wrong type or out of range is refused with error.parameter
 * naming it.
 *   eshouhou (aftersales_eshouhou_client_new):
 *     app_id (text; required): the app's 接口凭证Id, from 系统设置 → 我的应用
 *     app_secret (text; required; secret: never echoed): the app's secret, from 系统设置 → 我的应用; it only
 *         signs the token request
 *     base_url (url; default `https://api.eshouhou.cn`): the platform, or a white-label host of it
 *     token_expire_hours (integer; default `2`; 1 to 24): the token lifetime asked for, in hours; the
 *         token is renewed shortly before it ends
 *     service_space_id (text; optional): sent as `serviceSpaceId` wherever an endpoint takes it and the
 *         call leaves it out
 *     service_network_id (text; optional): sent as `serviceNetworkId` wherever an endpoint takes it and
 *         the call leaves it out
 *     service_network_type (integer; default `1`; 1 to 2; one of: 1 总部, 2 网点): sent as
 *         `serviceNetworkType` wherever an endpoint takes it and the call leaves it out
 *   zhibang (aftersales_zhibang_client_new):
 *     base_url (url; required): the customer's ZB server, e.g. `http://erp.example.com:8080`
 *     username (text; required): a dedicated API account (a login elsewhere with it ends this client's
 *         session); sent as `txt:` plain text
 *     password (text; required; secret: never echoed): the account's password; sent as `txt:` plain
 *         text
 *     serial_number (text; default derived from the user name and server): the device serial (用户串号), 1
 *         to 20 letters or digits; the default stays the same across restarts
 *     login_path (text; default `/webapi/v3/ov1/login`; one of: /webapi/v3/ov1/login the v3 API,
 *         /sysa/mobilephone/login.asp servers without the v3 API): the login page
 *     verify_writes (boolean; default `true`): when a write gets no decisive answer (a timeout or reset
 *         once it was sent, a 5xx, an answer that cannot be read, or prose saying neither success nor
 *         failure), read the record back: the outcome is `succeeded` with `verified` true when the record
 *         shows the write, else `outcome_unknown` saying what was seen; false reports the outcome as it
 *         came
 *   Both:
 *     name (text; optional): a label for this client in log events, stats and descriptions, e.g.
 *         `erp-sync`
 *     credential_store (text; optional): share the session or token with the clients of the same
 *         account and server in other processes and on other machines: a directory path (this machine), or
 *         `callbacks:NAME` for a store the host registered under NAME (in C with
 *         `aftersales_credential_store_register`)
 *     timeout_ms (integer; default `30000`; 1 to 600000): the limit of one request, from connect to the
 *         last byte of the answer (within the deadline)
 *     connect_timeout_ms (integer; default `10000`; 1 to 600000): the limit of connecting
 *     deadline_ms (integer; default `60000`; 1 to 3600000): the limit of the whole call: every attempt,
 *         back-off, token renewal, re-login and read-back
 *     retries (integer; default `2`; 0 to 10): how many times a read is retried after a connect
 *         failure, a reset, a timeout or HTTP 408/429/502/503/504 (a write only when it never left), each
 *         within the deadline
 *     retry_backoff_ms (integer; default `200`; 0 to 60000): the ceiling of the first retry's random
 *         wait (full jitter), doubled for each further one; `Retry-After` wins
 *     max_response_bytes (integer; default `33554432`; 1024 to 1073741824): the largest answer accepted
 *         (32 MiB by default), counted after decompression and enforced while it streams in; a larger one
 *         is `response_too_large`
 *     user_agent (text; default `aftersales/` and the library version): the HTTP User-Agent: printable
 *         text without line breaks (checked when the client is created)
 *     proxy (text; optional): an HTTP(S) proxy URL; without it the usual proxy environment variables
 *         apply
 *     ca_certificates (text; optional): extra trust anchors for a server behind an internal CA or with
 *         a self-signed certificate: PEM text, or the path of a PEM file
 *     ca_certificates_only (boolean; default `false`): trust only `ca_certificates` (which it then
 *         requires), not the system's trust store; there is no switch that turns verification off
 *     prefetch (integer; default `1`; 0 to 8): pages a cursor, `list_all` or a binding's row iterator
 *         fetches ahead while the caller works on the current one: Zhibang tables (page count known) fetch
 *         that many at once, eshouhou lists one ahead; pages come out in order, and memory holds only the
 *         pages in flight
 */

#ifndef AFTERSALES_H
#define AFTERSALES_H

/* Generated by ./scripts/codegen.sh from the catalogue and the doc comments in src/ffi/; do not edit. */

#include <stddef.h>
#include <stdint.h>

#define AFTERSALES_VERSION "0.1.0"
#define AFTERSALES_VERSION_MAJOR 0
#define AFTERSALES_VERSION_MINOR 1
#define AFTERSALES_VERSION_PATCH 0



/**
 * The highest page number a list accepts: the vendors' page numbers are 32-bit integers (VBScript
 * `Long`, .NET `int`), and a bound keeps a cursor's page arithmetic from ever wrapping.
 */
#define MAX_PAGE_INDEX (int64_t)INT32_MAX

/**
 * 32 MiB: far above any page the vendors send (a 1,000-row Zhibang table is about 1 MiB), far below
 * what hurts an ERP host.
 */
#define DEFAULT_MAX_RESPONSE_BYTES ((32 * 1024) * 1024)

/**
 * The ABI version. It changes only when an existing function's signature or ownership rule changes;
 * new functions do not change it. Wrappers compare it with the version they were written for.
 */
#define AFTERSALES_ABI_VERSION 1

/**
 * No events (pass as `min_level`, or pass a NULL callback).
 */
#define AFTERSALES_LOG_OFF 0

/**
 * Failures the host should see: none are emitted today, kept for the order of levels.
 */
#define AFTERSALES_LOG_ERROR 1

/**
 * A call that failed, a retry, a re-login, a refused redirect, an over-large answer, an unknown outcome.
 */
#define AFTERSALES_LOG_WARN 2

/**
 * One event per call, logins, token renewals and write verifications.
 */
#define AFTERSALES_LOG_INFO 3

/**
 * Every HTTP request and response as well.
 */
#define AFTERSALES_LOG_DEBUG 4

/**
 * The most pages a cursor keeps in flight: a server sees at most this many requests from one walk.
 */
#define MOST_PREFETCH 8

/**
 * The most calls started with a callback that run at once; more wait their turn. This bounds the
 * threads the library adds to a host, whatever it starts.
 */
#define MOST_CALLBACK_CALLS 64

/**
 * The stable number of each error code (the `error.code` of a failure envelope), for a `switch`. A code keeps
 * its number in every later version; a library newer than this header may return codes it does not list.
 */
enum aftersales_error_code
#if defined(__cplusplus) || __STDC_VERSION__ >= 202311L
  : uint32_t
#endif // defined(__cplusplus) || __STDC_VERSION__ >= 202311L
 {
  /**
   * A code this header does not know (from a newer library), or no code at all.
   */
  AFTERSALES_ERROR_UNKNOWN = 0,
  /**
   * `null_argument` (input): A required pointer argument (client, endpoint name, cursor) was NULL.
   */
  AFTERSALES_ERROR_NULL_ARGUMENT = 1,
  /**
   * `invalid_utf8` (input): A string argument was not valid UTF-8.
   */
  AFTERSALES_ERROR_INVALID_UTF8 = 2,
  /**
   * `invalid_json` (input): A JSON argument did not parse, or was not a JSON object.
   */
  AFTERSALES_ERROR_INVALID_JSON = 3,
  /**
   * `unknown_endpoint` (input): The endpoint name is not in the catalogue of this provider.
   */
  AFTERSALES_ERROR_UNKNOWN_ENDPOINT = 4,
  /**
   * `unknown_parameter` (input): A parameter or config key is not one the endpoint (or client) knows; `parameter`
   * names it.
   */
  AFTERSALES_ERROR_UNKNOWN_PARAMETER = 5,
  /**
   * `missing_parameter` (input): A required parameter or config key is absent or empty; `parameter` names it.
   */
  AFTERSALES_ERROR_MISSING_PARAMETER = 6,
  /**
   * `invalid_parameter` (input): A parameter has the wrong JSON type, format or value; `parameter` names it.
   */
  AFTERSALES_ERROR_INVALID_PARAMETER = 7,
  /**
   * `value_too_long` (input): A text parameter is longer than the vendor's documented limit (in characters).
   */
  AFTERSALES_ERROR_VALUE_TOO_LONG = 8,
  /**
   * `credentials_rejected` (auth): The vendor rejected the app id / secret or the user name / password. Never
   * retried; `captcha_url` is set when the server will want a captcha at the next login.
   */
  AFTERSALES_ERROR_CREDENTIALS_REJECTED = 9,
  /**
   * `captcha_required` (auth): Zhibang wants a captcha after repeated failed logins; `captcha_url` points at the
   * image.
   */
  AFTERSALES_ERROR_CAPTCHA_REQUIRED = 10,
  /**
   * `account_disabled` (auth): Zhibang reports the account as frozen or invalid.
   */
  AFTERSALES_ERROR_ACCOUNT_DISABLED = 11,
  /**
   * `token_expired` (auth): The eshouhou token was rejected even after it was renewed once.
   */
  AFTERSALES_ERROR_TOKEN_EXPIRED = 12,
  /**
   * `session_expired` (auth): The Zhibang session ended and a new login plus one retry did not help.
   */
  AFTERSALES_ERROR_SESSION_EXPIRED = 13,
  /**
   * `session_kicked` (auth): Another login of the same Zhibang account ended this session, again after one
   * re-login.
   */
  AFTERSALES_ERROR_SESSION_KICKED = 14,
  /**
   * `connect_failed` (transport): The server could not be reached (DNS, refused, reset before an answer).
   */
  AFTERSALES_ERROR_CONNECT_FAILED = 15,
  /**
   * `timeout` (transport): The request or the connection timed out.
   */
  AFTERSALES_ERROR_TIMEOUT = 16,
  /**
   * `tls_failed` (transport): The TLS handshake or certificate check failed.
   */
  AFTERSALES_ERROR_TLS_FAILED = 17,
  /**
   * `http_status` (transport): The server answered with a non-2xx HTTP status other than those of
   * `server_unavailable`; `http_status` holds it.
   */
  AFTERSALES_ERROR_HTTP_STATUS = 18,
  /**
   * `server_unavailable` (transport): The server answered HTTP 408, 429, 502, 503 or 504 (busy, or a gateway could
   * not reach it) on every attempt the call's deadline allowed; `http_status` holds the last status.
   */
  AFTERSALES_ERROR_SERVER_UNAVAILABLE = 19,
  /**
   * `transport_failed` (transport): Any other HTTP-level failure (e.g. a connection reset during a read).
   */
  AFTERSALES_ERROR_TRANSPORT_FAILED = 20,
  /**
   * `response_too_large` (transport): The answer was larger than the config's `max_response_bytes` (counted after
   * decompression); the connection was dropped without reading the rest.
   */
  AFTERSALES_ERROR_RESPONSE_TOO_LARGE = 21,
  /**
   * `redirect_refused` (transport): The server redirected to another origin (or to plain `http`, or a POST through
   * a 301/302), which is never followed: the request carries a credential. The message names the target's origin
   * only.
   */
  AFTERSALES_ERROR_REDIRECT_REFUSED = 22,
  /**
   * `cancelled` (transport): The caller cancelled the call with its cancel token (a write that may have left is
   * `outcome_unknown` instead).
   */
  AFTERSALES_ERROR_CANCELLED = 23,
  /**
   * `outcome_unknown` (transport): A write (or another call that is not safe to repeat) may have reached the
   * server, but no decisive answer came back (timeout or reset after sending, 5xx, truncated or undecodable
   * answer). Do not simply repeat it: read the record back first.
   */
  AFTERSALES_ERROR_OUTCOME_UNKNOWN = 24,
  /**
   * `vendor_error` (vendor): The vendor answered with a non-zero result code or status;
   * `vendor_code`/`vendor_message` keep it.
   */
  AFTERSALES_ERROR_VENDOR_ERROR = 25,
  /**
   * `vendor_rejected` (vendor): Zhibang answered in prose that it did not do it (e.g. 不能保存); `vendor_message`
   * keeps the text.
   */
  AFTERSALES_ERROR_VENDOR_REJECTED = 26,
  /**
   * `invalid_response` (decode): The answer was not JSON or not the documented shape.
   */
  AFTERSALES_ERROR_INVALID_RESPONSE = 27,
  /**
   * `internal_error` (internal): A bug in the library was caught at the boundary; the client stays usable.
   */
  AFTERSALES_ERROR_INTERNAL_ERROR = 28,
};
#ifndef __cplusplus
#if __STDC_VERSION__ >= 202311L
typedef enum aftersales_error_code aftersales_error_code;
#else
typedef uint32_t aftersales_error_code;
#endif // __STDC_VERSION__ >= 202311L
#endif // __cplusplus

/**
 * A cancel token: cancels every call that carries it, once and for good (clones share the token).
 */
typedef struct aftersales_cancel_token aftersales_cancel_token;

/**
 * A thread-safe eshouhou client. Cloning is cheap and shares the connection pool and the token.
 */
typedef struct aftersales_eshouhou_client aftersales_eshouhou_client;

/**
 * A cursor over an eshouhou list endpoint: the next page and the filters, one page in
 * memory at a time.
 */
typedef struct aftersales_eshouhou_cursor aftersales_eshouhou_cursor;

/**
 * Where a `get` callback puts the value it found (copied by `aftersales_store_reply_set`).
 */
typedef struct aftersales_store_reply aftersales_store_reply;

/**
 * A thread-safe Zhibang client. Cloning is cheap and shares the connection pool and the session.
 */
typedef struct aftersales_zhibang_client aftersales_zhibang_client;

/**
 * A cursor over a Zhibang list endpoint: the next page and the filters, one page in memory at a time.
 */
typedef struct aftersales_zhibang_cursor aftersales_zhibang_cursor;

/**
 * Receives the envelope of a call started with a callback: `user_data` as given, and the envelope,
 * which the callback owns and frees with `aftersales_string_free`.
 */
typedef void (*aftersales_call_callback)(void *user_data,
                                         char *envelope_json);

/**
 * Receives one log event: `user_data` as registered, the event's level (`AFTERSALES_LOG_ERROR` …
 * `AFTERSALES_LOG_DEBUG`) and the event as a JSON object (see `aftersales_set_log_callback`), valid only
 * until the callback returns.
 */
typedef void (*aftersales_log_callback)(void *user_data,
                                        uint32_t level,
                                        const char *event_json);

/**
 * The four operations of a host's credential store, each given the `user_data` registered with it. Keys
 * are short ASCII names; values are JSON text holding a session or token and its generation, never a
 * password or app secret. Every callback may be called from any thread that calls the library.
 */
typedef struct {
  /**
   * Looks `key` up: on a hit, hands the value to `aftersales_store_reply_set(reply, ...)` and returns
   * 0; returns 1 when there is none, anything else on a failure.
   */
  int32_t (*get)(void *user_data,
                 const char *key,
                 aftersales_store_reply *reply);
  /**
   * Stores `length` bytes of `value` under `key`, replacing what was there; returns 0 on success.
   */
  int32_t (*put)(void *user_data,
                 const char *key,
                 const char *value,
                 size_t length);
  /**
   * Takes the lock of `key`, waiting at most `timeout_ms`: returns 0 when taken, 1 when the time ran out,
   * anything else on a failure. A lock whose holder dies must expire by itself (e.g. Redis `SET NX PX`).
   */
  int32_t (*lock)(void *user_data,
                  const char *key,
                  uint32_t timeout_ms);
  /**
   * Releases the lock of `key` this process took; returns 0 on success.
   */
  int32_t (*unlock)(void *user_data,
                    const char *key);
} aftersales_credential_store_callbacks;



#ifdef __cplusplus
extern "C" {
#endif // __cplusplus

/**
 * A new cancel token, not cancelled. Hand it to `aftersales_<provider>_call_with`,
 * `_call_async` or `_cursor_new_with`; one token may serve many calls at once. Free it with
 * `aftersales_cancel_token_free`.
 *
 * Returns NULL only if memory ran out.
 */
aftersales_cancel_token *aftersales_cancel_token_new(void);

/**
 * Cancels every call that carries the token, those in flight and those started with it later. Callable
 * from any thread, any number of times; a token stays cancelled. NULL is a no-op.
 *
 * # Safety
 * `token` is NULL or a live token from `aftersales_cancel_token_new`.
 */
void aftersales_cancel_token_cancel(aftersales_cancel_token *token);

/**
 * Frees a token; NULL is a no-op. Calls in flight that carry it keep their own reference, so freeing it
 * never disturbs them (they can no longer be cancelled through it).
 *
 * # Safety
 * `token` is NULL or a token from `aftersales_cancel_token_new` that was not freed before.
 */
void aftersales_cancel_token_free(aftersales_cancel_token *token);

/**
 * 获取访问access_token编码 get access token
 *
 * Calls `GET /api/TokenApi`. Vendor doc: http://shouhou.teris-tech.com/support/openapi/4.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `expire` (integer; optional; 0 to 24): 有效期(小时) token lifetime in hours, 0-24 (0 = vendor default 2)
 *
 * `data`: {"expires_in": seconds, "expires_at_ms": unix ms}; the token itself is kept inside the client and never returned.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_eshouhou_token(aftersales_eshouhou_client *client,
                                const char *params_json);

/**
 * 获取服务空间信息 service-space (tenant) information
 *
 * Calls `GET /api/CustomerService/GetServiceSpace`. Vendor doc: http://shouhou.teris-tech.com/support/openapi/58.
 *
 * `params_json`: no parameters (NULL, `""` or `{}`).
 *
 * `data`: the vendor's ResultValue object, with a label field `<Field>Name` added beside each documented enum code.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_eshouhou_get_service_space(aftersales_eshouhou_client *client,
                                            const char *params_json);

/**
 * 获取工单列表(v1) list work orders, v1
 *
 * Calls `GET /api/CustomerService/GetWorkOrders`. Vendor doc: http://shouhou.teris-tech.com/support/openapi/24.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `condition` (condition; optional): 筛选条件 filter object
 *   - `customerid` (text): 客户id
 *   - `startdate` (date): 创建时间起 yyyy-MM-dd
 *   - `enddate` (date): 创建时间止 yyyy-MM-dd
 *   - `categorylist` (list): 工单类型id列表
 *   - `servicemodelist` (list): 服务方式id列表
 *   - `pendstate` (list): 待处理状态列表 (PendState codes)
 *   - `channel` (list): 渠道列表
 *   - `servicenetworkid` (text): 服务网点id
 * - `pageSize` (integer; optional; 1 to 1000): 每页条数 rows per page (vendor default 10)
 * - `pageIndex` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
 *
 * `data`: {"rows": [ResultValue records with `<Field>Name` labels beside enum codes], "page": {"index", "size", "count": null, "total": null, "has_more"}} (page is null when the endpoint does not page).
 *
 * One page per call (`pageIndex`, `pageSize`); `aftersales_eshouhou_cursor_new(client, "get_work_orders_v1", params_json)` walks every page.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_eshouhou_get_work_orders_v1(aftersales_eshouhou_client *client,
                                             const char *params_json);

/**
 * 获取工单列表(v2) list work orders
 *
 * Calls `GET /open/v2/WorkOrder/GetWorkOrders`. Vendor doc: http://www.eshouhou.cn/support/openapi/146.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `serviceSpaceId` (text; optional; when left out, the client's `service_space_id` config value): 服务空间id service space
 * - `serviceNetworkId` (text; optional; when left out, the client's `service_network_id` config value): 服务网点id service network
 * - `serviceNetworkType` (integer; optional; when left out, the client's `service_network_type` config value; one of: 1 总部, 2 网点): 网点类型: 1 总部 headquarters, 2 网点 outlet
 * - `condition` (condition; optional): 筛选条件 filter object
 *   - `state` (list): 工单状态列表 (State codes)
 *   - `pendstate` (list): 待处理状态列表 (PendState codes; listed on the v2 page, not in its key table)
 *   - `categorylist` (list): 工单类型id列表
 *   - `networklist` (list): 服务网点id列表
 *   - `servicepersonlist` (list): 服务人员id列表
 *   - `customerid` (text): 客户id
 *   - `customername` (text): 客户名称
 *   - `contact` (text): 联系人
 *   - `contactnumber` (text): 联系电话
 *   - `startdate` (date): 创建时间起 yyyy-MM-dd
 *   - `enddate` (date): 创建时间止 yyyy-MM-dd
 * - `searchKey` (text; optional): 关键字 keyword
 * - `pageSize` (integer; optional; 1 to 1000): 每页条数 rows per page (vendor default 10)
 * - `pageIndex` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
 *
 * `data`: {"rows": [ResultValue records with `<Field>Name` labels beside enum codes], "page": {"index", "size", "count": null, "total": null, "has_more"}} (page is null when the endpoint does not page).
 *
 * One page per call (`pageIndex`, `pageSize`); `aftersales_eshouhou_cursor_new(client, "get_work_orders", params_json)` walks every page.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_eshouhou_get_work_orders(aftersales_eshouhou_client *client,
                                          const char *params_json);

/**
 * 获取工单处理过程 work-order processing timeline
 *
 * Calls `GET /api/CustomerService/GetWorkProcess`. Vendor doc: http://www.eshouhou.cn/support/openapi/27.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `workOrderId` (text; required): 工单id
 *
 * `data`: {"rows": [ResultValue records with `<Field>Name` labels beside enum codes], "page": {"index", "size", "count": null, "total": null, "has_more"}} (page is null when the endpoint does not page).
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_eshouhou_get_work_process(aftersales_eshouhou_client *client,
                                           const char *params_json);

/**
 * 获取客户档案详情 customer record detail
 *
 * Calls `GET /open/v2/Customer/GetCustomer`. Vendor doc: http://www.eshouhou.cn/support/openapi/121.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `customerId` (text; required): 客户档案id
 * - `serviceNetworkId` (text; optional; when left out, the client's `service_network_id` config value): 服务网点id service network
 * - `serviceNetworkType` (integer; optional; when left out, the client's `service_network_type` config value; one of: 1 总部, 2 网点): 网点类型: 1 总部 headquarters, 2 网点 outlet
 *
 * `data`: {"rows": [{"ShowType": int, "ShowTypeName", "Key", "Value"}], "fields": {Key: Value}} (rows keep every display row with its documented members; fields keeps the first value of each label, in display order).
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_eshouhou_get_customer(aftersales_eshouhou_client *client,
                                       const char *params_json);

/**
 * 获取客户项目详情 customer project detail
 *
 * Calls `GET /open/v2/Customer/GetCustomerProject`. Vendor doc: http://www.eshouhou.cn/support/openapi/129.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `projectId` (text; required): 客户项目id
 * - `serviceNetworkId` (text; optional; when left out, the client's `service_network_id` config value): 服务网点id service network
 * - `serviceNetworkType` (integer; optional; when left out, the client's `service_network_type` config value; one of: 1 总部, 2 网点): 网点类型: 1 总部 headquarters, 2 网点 outlet
 *
 * `data`: {"rows": [{"ShowType": int, "ShowTypeName", "Key", "Value"}], "fields": {Key: Value}} (rows keep every display row with its documented members; fields keeps the first value of each label, in display order).
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_eshouhou_get_customer_project(aftersales_eshouhou_client *client,
                                               const char *params_json);

/**
 * 获取客户设备列表 list customer devices
 *
 * Calls `GET /open/v2/Customer/GetCustomerProducts`. Vendor doc: http://bio-mall.eshouhou.cn/support/openapi/135.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `serviceSpaceId` (text; required; when left out, the client's `service_space_id` config value): 服务空间id service space
 * - `serviceNetworkId` (text; required; when left out, the client's `service_network_id` config value): 服务网点id service network
 * - `serviceNetworkType` (integer; required; when left out, the client's `service_network_type` config value; one of: 1 总部, 2 网点): 网点类型: 1 总部 headquarters, 2 网点 outlet
 * - `condition` (condition; optional): 筛选条件 filter object
 *   - `sys_number` (text): 设备编号
 *   - `sys_serialnumber1` (text): 产品序列号
 *   - `sys_customerid` (text): 客户id
 *   - `sys_projectid` (text): 项目id
 *   - `sys_contact` (text): 联系人
 *   - `sys_telephone` (text): 联系电话
 *   - `sys_startdate` (date): 创建时间起
 *   - `sys_enddate` (date): 创建时间止
 *   - `sys_startservicedate` (date): 最近服务时间起
 *   - `sys_endservicedate` (date): 最近服务时间止
 * - `searchKey` (text; optional): 关键字 keyword
 * - `pageSize` (integer; optional; 1 to 1000): 每页条数 rows per page (vendor default 10)
 * - `pageIndex` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
 *
 * `data`: {"rows": [ResultValue records with `<Field>Name` labels beside enum codes], "page": {"index", "size", "count": null, "total": null, "has_more"}} (page is null when the endpoint does not page).
 *
 * One page per call (`pageIndex`, `pageSize`); `aftersales_eshouhou_cursor_new(client, "get_customer_products", params_json)` walks every page.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_eshouhou_get_customer_products(aftersales_eshouhou_client *client,
                                                const char *params_json);

/**
 * 获取客户设备详情 customer device detail
 *
 * Calls `GET /open/v2/Customer/GetCustomerProduct`. Vendor doc: http://bio-mall.eshouhou.cn/support/openapi/136.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `productId` (text; required): 客户设备id (not the catalogue product id)
 * - `serviceNetworkId` (text; required; when left out, the client's `service_network_id` config value): 服务网点id service network
 * - `serviceNetworkType` (integer; required; when left out, the client's `service_network_type` config value; one of: 1 总部, 2 网点): 网点类型: 1 总部 headquarters, 2 网点 outlet
 *
 * `data`: {"rows": [{"ShowType": int, "ShowTypeName", "Key", "Value"}], "fields": {Key: Value}} (rows keep every display row with its documented members; fields keeps the first value of each label, in display order).
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_eshouhou_get_customer_product(aftersales_eshouhou_client *client,
                                               const char *params_json);

/**
 * 获取客户联系人列表 list customer contacts
 *
 * Calls `GET /open/v2/Customer/GetCustomerContacts`. Vendor doc: http://www.eshouhou.cn/support/openapi/142.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `serviceSpaceId` (text; optional; when left out, the client's `service_space_id` config value): 服务空间id service space
 * - `serviceNetworkId` (text; optional; when left out, the client's `service_network_id` config value): 服务网点id service network
 * - `serviceNetworkType` (integer; optional; when left out, the client's `service_network_type` config value; one of: 1 总部, 2 网点): 网点类型: 1 总部 headquarters, 2 网点 outlet
 * - `condition` (condition; optional): 筛选条件 filter object
 *   - `sys_customername` (text): 客户名称
 *   - `sys_name` (text): 联系人姓名
 *   - `sys_telephone` (text): 联系电话
 *   - `sys_title` (text): 职务
 *   - `sys_startdate` (date): 创建时间起
 *   - `sys_enddate` (date): 创建时间止
 * - `searchKey` (text; optional): 关键字 keyword
 * - `pageSize` (integer; optional; 1 to 1000): 每页条数 rows per page (vendor default 10)
 * - `pageIndex` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
 *
 * `data`: {"rows": [ResultValue records with `<Field>Name` labels beside enum codes], "page": {"index", "size", "count": null, "total": null, "has_more"}} (page is null when the endpoint does not page).
 *
 * One page per call (`pageIndex`, `pageSize`); `aftersales_eshouhou_cursor_new(client, "get_customer_contacts", params_json)` walks every page.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_eshouhou_get_customer_contacts(aftersales_eshouhou_client *client,
                                                const char *params_json);

/**
 * 按手机号获取客户 customer by phone number (account)
 *
 * Calls `GET /open/v2/Client/GetCustomerByUserName`. Vendor doc: eshouhou open platform, Client/GetCustomerByUserName (page number not recorded).
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `phoneNum` (text; required): 手机号 the customer's mobile number / account
 *
 * `data`: the vendor's ResultValue object, with a label field `<Field>Name` added beside each documented enum code.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_eshouhou_get_customer_by_user_name(aftersales_eshouhou_client *client,
                                                    const char *params_json);

/**
 * 获取产品分类以及产品 product categories and products under a category
 *
 * Calls `GET /api/CustomerService/GetCategoryAndProductList`. Vendor doc: http://www.eshouhou.cn/support/openapi/55.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `categoryId` (text; optional): 分类id; 0 = root
 * - `queryType` (integer; optional; one of: 1 子分类及产品, 2 仅子分类, 3 仅产品): 1 子分类及产品, 2 仅子分类, 3 仅产品
 *
 * `data`: {"ID", "Name", "Product": [products with WarrantyPeriodName], "Category": [...]}.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_eshouhou_get_category_and_product_list(aftersales_eshouhou_client *client,
                                                        const char *params_json);

/**
 * 搜索查询产品 search products
 *
 * Calls `GET /api/CustomerService/SearchProductList`. Vendor doc: http://eshouhou.cn/support/openapi/57.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `searchKey` (text; optional): 关键字 keyword
 * - `pageSize` (integer; optional; 1 to 1000): 每页条数 rows per page (vendor default 10)
 * - `pageIndex` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
 *
 * `data`: {"rows": [ResultValue records with `<Field>Name` labels beside enum codes], "page": {"index", "size", "count": null, "total": null, "has_more"}} (page is null when the endpoint does not page).
 *
 * One page per call (`pageIndex`, `pageSize`); `aftersales_eshouhou_cursor_new(client, "search_product_list", params_json)` walks every page.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_eshouhou_search_product_list(aftersales_eshouhou_client *client,
                                              const char *params_json);

/**
 * 搜索查询配件 search spare parts
 *
 * Calls `GET /api/CustomerService/SearchAccessoryList`. Vendor doc: http://www.eshouhou.cn/support/openapi/2.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `searchKey` (text; optional): 关键字 keyword
 * - `pageSize` (integer; optional; 1 to 1000): 每页条数 rows per page (vendor default 10)
 * - `pageIndex` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
 *
 * `data`: {"rows": [ResultValue records with `<Field>Name` labels beside enum codes], "page": {"index", "size", "count": null, "total": null, "has_more"}} (page is null when the endpoint does not page).
 *
 * One page per call (`pageIndex`, `pageSize`); `aftersales_eshouhou_cursor_new(client, "search_accessory_list", params_json)` walks every page.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_eshouhou_search_accessory_list(aftersales_eshouhou_client *client,
                                                const char *params_json);

/**
 * 获取产品列表 list products
 *
 * Calls `GET /open/v2/Basic/GetProducts`. Vendor doc: http://shouhou.teris-tech.com/support/openapi/171.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `serviceSpaceId` (text; optional; when left out, the client's `service_space_id` config value): 服务空间id service space
 * - `searchKey` (text; optional): 关键字 keyword
 * - `pageSize` (integer; optional; 1 to 1000): 每页条数 rows per page (vendor default 10)
 * - `pageIndex` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
 *
 * `data`: {"rows": [ResultValue records with `<Field>Name` labels beside enum codes], "page": {"index", "size", "count": null, "total": null, "has_more"}} (page is null when the endpoint does not page).
 *
 * One page per call (`pageIndex`, `pageSize`); `aftersales_eshouhou_cursor_new(client, "get_products", params_json)` walks every page.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_eshouhou_get_products(aftersales_eshouhou_client *client,
                                       const char *params_json);

/**
 * 获取备件列表 list spare parts
 *
 * Calls `GET /open/v2/Basic/GetAccessories`. Vendor doc: http://www.eshouhou.cn/support/openapi/173.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `serviceSpaceId` (text; optional; when left out, the client's `service_space_id` config value): 服务空间id service space
 * - `searchKey` (text; optional): 关键字 keyword
 * - `pageSize` (integer; optional; 1 to 1000): 每页条数 rows per page (vendor default 10)
 * - `pageIndex` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
 *
 * `data`: {"rows": [ResultValue records with `<Field>Name` labels beside enum codes], "page": {"index", "size", "count": null, "total": null, "has_more"}} (page is null when the endpoint does not page).
 *
 * One page per call (`pageIndex`, `pageSize`); `aftersales_eshouhou_cursor_new(client, "get_accessories", params_json)` walks every page.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_eshouhou_get_accessories(aftersales_eshouhou_client *client,
                                          const char *params_json);

/**
 * 系统登录 log in (done automatically; call it to check credentials or answer a captcha)
 *
 * Calls `POST /webapi/v3/ov1/login`. Vendor doc: help.ashx node 11 (/webapi/v3/ov1/login).
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `rndcode` (text; optional): 验证码 the captcha text, once captcha_required was returned
 *
 * `data`: {"logged_in": true, "server_version", "serial_number", "reused": bool}; the session value is never returned.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_login(aftersales_zhibang_client *client,
                               const char *params_json);

/**
 * 退出系统 log out and forget the session
 *
 * Calls `POST /sysa/mobilephone/logout.asp`. Vendor doc: help.ashx node 12; /sysa/mobilephone/logout.asp.
 *
 * `params_json`: no parameters (NULL, `""` or `{}`).
 *
 * `data`: {"logged_out": bool, "text"}.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_logout(aftersales_zhibang_client *client,
                                const char *params_json);

/**
 * 售后服务 after-sales service list
 *
 * Calls `POST /sysa/mobilephone/salesmanage/service/list.asp` with cmdkey `refresh`. Vendor doc: help.ashx node 56 (/webapi/v3/ov1/salesmanage/service/list).
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `remind` (text; optional; one of: 22 待处理售后, 137 最新售后, 202 售后共享): 提醒类型: 22 待处理售后, 137 最新售后, 202 售后共享
 * - `stype` (integer; optional; one of: 0 所有售后服务, 1 待处理售后): 列表模式: 0 所有售后服务, 1 待处理售后
 * - `datatype` (text; optional; one of: tel 客户关联, contract 合同关联, product 产品关联, chance 项目关联): 范围: tel 客户, contract 合同, product 产品, chance 项目
 * - `ord` (text; optional): the id of the record `datatype` scopes to (customer/contract/product/project)
 * - `checktype` (text; optional; one of: radio 单选): 关联单据选择模式: radio = single-select picker
 * - `catetype` (id_list; optional): 人员类型 which staff role `cateid` filters on (ids)
 * - `cateid` (id_list; optional): 人员选择 staff ids
 * - `great1` (id_list; optional): 紧急程度 urgency ids
 * - `result1` (id_list; optional): 处理结果 handling-result ids
 * - `sort1` (id_list; optional): 售后分类 after-sales category ids
 * - `title` (text; optional): 售后主题 subject contains
 * - `shid` (text; optional): 售后编号 number contains
 * - `introts` (text; optional): 售后内容 service content contains
 * - `introN` (text; optional): 处理内容 handling content contains
 * - `introb` (text; optional): 备注 remark contains
 * - `telsort` (id_list; optional): 客户分类 customer category ids
 * - `teljz` (id_list; optional): 客户价值 customer value-rating ids
 * - `area` (id_list; optional): 客户区域 customer region ids
 * - `TelName` (text; optional): 客户名称 customer name contains
 * - `ProName` (text; optional): 产品名称 product name contains
 * - `searchKey` (text; optional): 快速检索 quick search over every text column
 * - `pagesize` (integer; optional; 1 to 1000): 每页记录数 rows per page (vendor default 20)
 * - `pageindex` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
 * - `_rpt_sort` (text; optional): 排序列 a column id of the result; prefix `-` for descending
 *
 * `data`: {"columns": [{"id", "dbtype"}], "rows": [{column id: cell}], "page": {"index", "size", "count", "total", "has_more"}}.
 *
 * One page per call (`pageindex`, `pagesize`); `aftersales_zhibang_cursor_new(client, "service_list", params_json)` walks every page.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_service_list(aftersales_zhibang_client *client,
                                      const char *params_json);

/**
 * 服务详情 after-sales service detail
 *
 * Calls `POST /sysa/mobilephone/salesmanage/service/add.asp`. Vendor doc: help.ashx node 57 (/webapi/v3/ov1/salesmanage/service/add?apihelptype=get).
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; required): 记录id record id (from the matching list)
 *
 * `data`: {"id": record id, "kind": bill type, "caption", "values": {field id: value or text}, "fields": [{"id", "caption", "group", "text", "value", "kind", "required", "read_only", "max_length", "options": [{"label", "value"}], "table"?}]}.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_service_detail(aftersales_zhibang_client *client,
                                        const char *params_json);

/**
 * 售后处理 handle an after-sales service
 *
 * Calls `POST /sysa/mobilephone/salesmanage/service/chuli.asp` with cmdkey `__sys_dosave`. Vendor doc: help.ashx node 58 (/webapi/v3/ov1/salesmanage/service/chuli?apihelptype=save).
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; required): 售后服务id the service being handled
 * - `cateid` (text; required; at most 50 characters): 指派售后 assigned handler: user id(s) from staff_list/user_list
 * - `info1` (text; required; at most 4000 characters): 处理内容 handling notes (the vendor's caption is missing)
 * - `cate` (text; required; at most 50 characters): 客户销售人员 the customer's salesperson: user id
 * - `intro` (text; required; at most 50 characters): 处理结果 handling result: an option value from service_handle_form
 *
 * `data`: {"title", "text", "outcome": "succeeded" | "unconfirmed"}; a text saying it failed is the error vendor_rejected instead.
 *
 * Changes data on the server and is never sent twice once it may have left. Without a decisive answer (timeout or reset after sending, HTTP 5xx, a truncated or unreadable answer) the error is `outcome_unknown`, which is not retryable: read the record back before repeating it. A reply saying it failed is `vendor_rejected`.
 * With `verify_writes` (default on), an unknown or unconfirmed outcome is checked by reading the record back with `service_detail` by `ord`: when it shows the values of `info1` and `intro` the call succeeds with `"verified": true`, otherwise it is `outcome_unknown` saying what the read-back saw.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_service_handle(aftersales_zhibang_client *client,
                                        const char *params_json);

/**
 * 售后处理表单 the handling form: captions, current values and the options the server accepts
 *
 * Calls `POST /sysa/mobilephone/salesmanage/service/chuli.asp`. Vendor doc: help.ashx node 58, loaded without cmdkey (vendor reference §8.1.3).
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; required): 售后服务id the service to handle
 *
 * `data`: {"id": record id, "kind": bill type, "caption", "values": {field id: value or text}, "fields": [{"id", "caption", "group", "text", "value", "kind", "required", "read_only", "max_length", "options": [{"label", "value"}], "table"?}]}.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_service_handle_form(aftersales_zhibang_client *client,
                                             const char *params_json);

/**
 * 售后维修 repair order list
 *
 * Calls `POST /sysa/mobilephone/salesmanage/repair/deallist.asp` with cmdkey `refresh`. Vendor doc: help.ashx node 62.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `remind` (text; optional; one of: 102 维修处理): 提醒类型: 102 维修处理
 * - `stype` (integer; optional): 列表模式 list mode
 * - `datatype` (text; optional; one of: tel 客户关联, contract 合同关联, product 产品关联, chance 项目关联): 范围: tel 客户, contract 合同, product 产品, chance 项目
 * - `ord` (text; optional): the id of the record `datatype` scopes to (customer/contract/product/project)
 * - `searchKey` (text; optional): 快速检索 quick search over every text column
 * - `pagesize` (integer; optional; 1 to 1000): 每页记录数 rows per page (vendor default 20)
 * - `pageindex` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
 * - `_rpt_sort` (text; optional): 排序列 a column id of the result; prefix `-` for descending
 *
 * `data`: {"columns": [{"id", "dbtype"}], "rows": [{column id: cell}], "page": {"index", "size", "count", "total", "has_more"}}.
 *
 * One page per call (`pageindex`, `pagesize`); `aftersales_zhibang_cursor_new(client, "repair_list", params_json)` walks every page.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_repair_list(aftersales_zhibang_client *client,
                                     const char *params_json);

/**
 * 维修单详情 repair order detail
 *
 * Calls `POST /sysa/mobilephone/salesmanage/repair/dealcontent.asp`. Vendor doc: help.ashx node 63.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; required): 记录id record id (from the matching list)
 *
 * `data`: {"id": record id, "kind": bill type, "caption", "values": {field id: value or text}, "fields": [{"id", "caption", "group", "text", "value", "kind", "required", "read_only", "max_length", "options": [{"label", "value"}], "table"?}]}.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_repair_detail(aftersales_zhibang_client *client,
                                       const char *params_json);

/**
 * 维修单添加 add (no ord) or edit (ord) a repair order
 *
 * Calls `POST /sysa/mobilephone/salesmanage/repair/dealadd.asp` with cmdkey `__sys_dosave`. Vendor doc: help.ashx node 61.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; optional): 维修单id when editing; omit to add
 * - `title` (text; required; at most 100 characters): 维修主题 subject
 * - `SerialNumber` (text; required; at most 100 characters): 维修单号 repair number, unique
 * - `repair_sl` (text; required): 关联受理单 the intake record id
 * - `ProcessID` (integer; required): 维修流程 repair workflow id
 * - `Summary` (text; optional; at most 500 characters): 概要 summary
 * - `hiddentmp` (text; optional): vendor helper field; leave out unless the form says otherwise
 * - `num` (text; required): 数量 quantity
 * - `Cost` (text; required): 维修费用 repair fee
 *
 * `data`: {"title", "text", "outcome": "succeeded" | "unconfirmed"}; a text saying it failed is the error vendor_rejected instead.
 *
 * Changes data on the server and is never sent twice once it may have left. Without a decisive answer (timeout or reset after sending, HTTP 5xx, a truncated or unreadable answer) the error is `outcome_unknown`, which is not retryable: read the record back before repeating it. A reply saying it failed is `vendor_rejected`.
 * No read-back can decide this write's outcome (e.g. a new record whose id the answer does not give), so `verify_writes` does not apply: look the record up in its list before repeating it.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_repair_save(aftersales_zhibang_client *client,
                                     const char *params_json);

/**
 * 客户列表 customer list
 *
 * Calls `POST /sysa/mobilephone/salesmanage/custom/list.asp` with cmdkey `refresh`. Vendor doc: help.ashx node 19.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `datatype` (text; optional; one of: addcontract 合同选择客户): empty = list; addcontract = picker for contracts
 * - `stype` (integer; optional): 列表: 1 客户池, 2 待审核, 3 已保护, 4 我共享的, 5 共享给我的
 * - `remind` (text; optional): 提醒类型: 147 最新客户
 * - `tjly` (text; optional): 统计来源 statistics source
 * - `tdate1` (date; optional): 领用日期起 taken-over from
 * - `tdate2` (date; optional): 领用日期止 taken-over to
 * - `checktype` (text; optional; one of: radio 单选): 关联单据选择模式: radio = single-select picker
 * - `telsort` (id_list; optional): 客户分类 category ids
 * - `Ismode` (text; optional): 供应商概况标记 supplier overview flag
 * - `a_cateid` (id_list; optional): 销售人员 salesperson ids
 * - `khjz` (text; optional): 客户价值 value rating (single)
 * - `khhy` (text; optional): 客户行业 industry (single)
 * - `khly` (text; optional): 客户来源 source (single)
 * - `a_date_0` (date; optional): 添加日期起 added from
 * - `a_date_1` (date; optional): 添加日期止 added to
 * - `telord` (text; optional): 客户id customer id
 * - `name` (text; optional): 客户名称 name contains
 * - `pym` (text; optional): 拼音码 pinyin code contains
 * - `khid` (text; optional): 客户编号 number contains
 * - `phone` (text; optional): 电话 phone contains
 * - `fax` (text; optional): 传真 fax contains
 * - `url` (text; optional): 网址 website contains
 * - `address` (text; optional): 地址 address contains
 * - `zip` (text; optional): 邮编 post code contains
 * - `intro` (text; optional): 备注 remark contains
 * - `catetype` (id_list; optional): 人员类型 1 领用人, 2 释放人, 3 添加人, 4 添加人+领用人, 5 添加人+释放人, 6 保护人, 7 未保护
 * - `cateid` (id_list; optional): 人员 staff ids
 * - `ly` (id_list; optional): 客户来源 source ids
 * - `jz` (id_list; optional): 客户价值 value ids
 * - `area` (id_list; optional): 区域 region ids
 * - `trade` (id_list; optional): 行业 industry ids
 * - `date1_0` (date; optional): 创建日期起 created from
 * - `date1_1` (date; optional): 创建日期止 created to
 * - `searchKey` (text; optional): 快速检索 quick search over every text column
 * - `pagesize` (integer; optional; 1 to 1000): 每页记录数 rows per page (vendor default 20)
 * - `pageindex` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
 * - `_rpt_sort` (text; optional): 排序列 a column id of the result; prefix `-` for descending
 *
 * `data`: {"columns": [{"id", "dbtype"}], "rows": [{column id: cell}], "page": {"index", "size", "count", "total", "has_more"}}.
 *
 * One page per call (`pageindex`, `pagesize`); `aftersales_zhibang_cursor_new(client, "customer_list", params_json)` walks every page.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_customer_list(aftersales_zhibang_client *client,
                                       const char *params_json);

/**
 * 客户详情 customer detail
 *
 * Calls `POST /sysa/mobilephone/salesmanage/custom/add.asp?edit=1`. Vendor doc: help.ashx node 18.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; required): 客户id customer id
 * - `intsort` (integer; optional; one of: 1 单位客户, 2 个人客户): 客户类型: 1 单位 company, 2 个人 person
 *
 * `data`: {"id": record id, "kind": bill type, "caption", "values": {field id: value or text}, "fields": [{"id", "caption", "group", "text", "value", "kind", "required", "read_only", "max_length", "options": [{"label", "value"}], "table"?}]}.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_customer_detail(aftersales_zhibang_client *client,
                                         const char *params_json);

/**
 * 产品管理 product list
 *
 * Calls `POST /sysa/mobilephone/salesmanage/product/billlist.asp` with cmdkey `refresh`. Vendor doc: help.ashx node 92.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `listadd` (text; optional): 列表附加模式 list add mode
 * - `company` (text; optional): 客户id customer id (for pricing)
 * - `specialCompany` (text; optional): 供应商id supplier id
 * - `companyFromType` (text; optional): 客户来源类型 company source type
 * - `htcateid` (text; optional): 合同人员 contract staff id
 * - `IsTools` (text; optional): 工具标记 tools flag
 * - `bz` (text; optional): 币种 currency id
 * - `repairOrder` (text; optional): 维修单id repair order id
 * - `secpro` (text; optional): 二级产品标记
 * - `fromtype` (text; optional): 来源类型
 * - `totalNum` (text; optional): 合计数量
 * - `totalCount` (text; optional): 合计条数
 * - `flag` (text; optional): 标记
 * - `remind` (text; optional): 提醒类型: 16001 审批, 9920901 资质到期
 * - `ords` (id_list; optional): 产品id列表 product ids
 * - `idProductClass` (id_list; optional): 产品分类id category id
 * - `cpname` (text; optional): 产品名称 name contains
 * - `cpbh` (text; optional): 产品编号 number contains
 * - `cpxh` (text; optional): 产品型号 model contains
 * - `txm` (text; optional): 条形码 barcode contains
 * - `kcxx_0` (text; optional): 库存下限 min stock from
 * - `kcxx_1` (text; optional): 库存下限 min stock to
 * - `kcsx_0` (text; optional): 库存上限 max stock from
 * - `kcsx_1` (text; optional): 库存上限 max stock to
 * - `cateid` (id_list; optional): 添加人员 staff ids
 * - `adddate_0` (date; optional): 添加日期起 added from
 * - `adddate_1` (date; optional): 添加日期止 added to
 * - `searchKey` (text; optional): 快速检索 quick search over every text column
 * - `pagesize` (integer; optional; 1 to 1000): 每页记录数 rows per page (vendor default 20)
 * - `pageindex` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
 * - `_rpt_sort` (text; optional): 排序列 a column id of the result; prefix `-` for descending
 *
 * `data`: {"columns": [{"id", "dbtype"}], "rows": [{column id: cell}], "page": {"index", "size", "count", "total", "has_more"}}.
 *
 * One page per call (`pageindex`, `pagesize`); `aftersales_zhibang_cursor_new(client, "product_list", params_json)` walks every page.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_product_list(aftersales_zhibang_client *client,
                                      const char *params_json);

/**
 * 产品详情 product detail
 *
 * Calls `POST /sysa/mobilephone/salesmanage/product/billservice.asp`. Vendor doc: help.ashx node 93.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; required): 产品id product id
 * - `company` (text; optional): 客户id, for customer prices
 * - `repairOrder` (text; optional): 维修单id repair order id
 * - `PID` (text; optional): 父产品id parent product id
 * - `remind` (text; optional): 提醒类型 reminder type
 *
 * `data`: {"id": record id, "kind": bill type, "caption", "values": {field id: value or text}, "fields": [{"id", "caption", "group", "text", "value", "kind", "required", "read_only", "max_length", "options": [{"label", "value"}], "table"?}]}.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_product_detail(aftersales_zhibang_client *client,
                                        const char *params_json);

/**
 * 产品分类 product category tree
 *
 * Calls `POST /sysa/mobilephone/systemmanage/product_sort_list.asp?stype=check`. Vendor doc: help.ashx node 90.
 *
 * `params_json`: no parameters (NULL, `""` or `{}`).
 *
 * `data`: {"kind": "table" | "trees" | "options" | "text", then "columns"/"rows"/"page", "nodes": [{"text", "value", "children"}], "options": [{"label", "value"}] or "text"}.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_product_category_tree(aftersales_zhibang_client *client,
                                               const char *params_json);

/**
 * 人员选择 staff picker: the user ids for cateid, cate and other staff fields
 *
 * Calls `POST /sysa/mobilephone/systemmanage/gate_list.asp`. Vendor doc: vendor reference §8.9 (gate_list.asp).
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `stype` (text; optional; default `check`; one of: check 多选, radio 单选; sent in the URL): check 多选 multi-select, radio 单选 single
 * - `sort` (integer; optional; sent in the URL): 人员范围: 4 销售人员 sales staff, 2 费用人员 expense users
 *
 * `data`: {"kind": "table" | "trees" | "options" | "text", then "columns"/"rows"/"page", "nodes": [{"text", "value", "children"}], "options": [{"label", "value"}] or "text"}.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_staff_list(aftersales_zhibang_client *client,
                                    const char *params_json);

/**
 * 账号列表 user accounts with their ids
 *
 * Calls `POST /webapi/v3/orgs/user/list`. Vendor doc: vendor reference §8.9 (/webapi/v3/orgs/user/list).
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `userstatus` (integer; optional; one of: 1 正常, 2 冻结): 账号状态: 1 正常 normal, 2 冻结 frozen
 * - `name` (text; optional): 姓名 name contains
 * - `username` (text; optional): 账号 account contains
 * - `orgsid` (text; optional): 部门id department id
 * - `page_size` (integer; optional; 1 to 1000): 每页记录数 rows per page
 * - `page_index` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
 *
 * `data`: {"columns": [{"id", "dbtype"}], "rows": [{column id: cell}], "page": {"index", "size", "count", "total", "has_more"}}.
 *
 * One page per call (`page_index`, `page_size`); `aftersales_zhibang_cursor_new(client, "user_list", params_json)` walks every page.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_user_list(aftersales_zhibang_client *client,
                                   const char *params_json);

/**
 * 部门列表 departments
 *
 * Calls `POST /webapi/v3/orgs/dept/list`. Vendor doc: vendor reference §8.9 (/webapi/v3/orgs/dept/list).
 *
 * `params_json`: no parameters (NULL, `""` or `{}`).
 *
 * `data`: {"rows": [{"NodeId", "ParentId", "NodeText", "fullpath"}]}.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_dept_list(aftersales_zhibang_client *client,
                                   const char *params_json);

/**
 * 区域选择 region tree: the ids for area filters
 *
 * Calls `POST /sysa/mobilephone/systemmanage/area_list.asp`. Vendor doc: vendor reference §8.9 (area_list.asp).
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `stype` (text; optional; default `radio`; one of: radio 单选, check 多选; sent in the URL): radio 单选 single, check 多选 multi-select
 *
 * `data`: {"kind": "table" | "trees" | "options" | "text", then "columns"/"rows"/"page", "nodes": [{"text", "value", "children"}], "options": [{"label", "value"}] or "text"}.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_region_list(aftersales_zhibang_client *client,
                                     const char *params_json);

/**
 * 枚举选项 the options of a vendor enumeration (13 客户来源, 11 行业, 14 客户价值, 98 跟进方式)
 *
 * Calls `POST /sysa/mobilephone/source.asp`. Vendor doc: vendor reference §8.9 (source.asp?enumid=N).
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `enumid` (integer; required; sent in the URL): 枚举id enumeration id
 *
 * `data`: {"kind": "table" | "trees" | "options" | "text", then "columns"/"rows"/"page", "nodes": [{"text", "value", "children"}], "options": [{"label", "value"}] or "text"}.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_enum_options(aftersales_zhibang_client *client,
                                      const char *params_json);

/**
 * The `enum aftersales_error_code` value of an error code name, e.g. of the `error.code` of a failure envelope:
 * `"timeout"` gives `AFTERSALES_ERROR_TIMEOUT`. NULL, a name this library does not know and text that is not
 * UTF-8 give `AFTERSALES_ERROR_UNKNOWN` (0).
 *
 * Thread-safe; keeps nothing of `code`.
 *
 * # Safety
 * `code` is NULL or a NUL-terminated string.
 */
aftersales_error_code aftersales_error_code_from_string(const char *code);

/**
 * Creates an eshouhou client.
 *
 * `config_json` is a JSON object with the eshouhou config keys listed under "Config keys" at the top of
 * this header (their types, defaults and ranges). Unknown keys are an error.
 * Nothing is sent until the first call; the token is fetched then, cached until shortly before it
 * expires, and renewed once if the vendor refuses it.
 *
 * Returns NULL on a bad config and, if `error_json` is not NULL, stores a failure envelope there (free
 * it with `aftersales_string_free`); on success `*error_json` is set to NULL.
 *
 * The client is safe to use from many threads at once. Free it with `aftersales_eshouhou_client_free`
 * once no call on it is in flight.
 *
 * # Safety
 * `config_json` is NULL or a NUL-terminated string; `error_json` is NULL or writable.
 */
aftersales_eshouhou_client *aftersales_eshouhou_client_new(const char *config_json,
                                                           char **error_json);

/**
 * Frees an eshouhou client; NULL is a no-op. No call on the client may be in flight. Cursors made from
 * it stay valid (they share the client internally) until freed.
 *
 * # Safety
 * `client` is NULL or a client from `aftersales_eshouhou_client_new` that was not freed before.
 */
void aftersales_eshouhou_client_free(aftersales_eshouhou_client *client);

/**
 * Calls any eshouhou endpoint by its catalogue name (e.g. `"get_customer_project"`), exactly as its
 * own function would. An unknown name is the error `unknown_endpoint`.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is a live client or NULL; `endpoint` and `params_json` are NULL or NUL-terminated strings.
 */
char *aftersales_eshouhou_call(aftersales_eshouhou_client *client,
                               const char *endpoint,
                               const char *params_json);

/**
 * Starts a walk over every page of an eshouhou list endpoint (see `paging` in the catalogue).
 *
 * `params_json` holds the endpoint's parameters; `pageIndex` is the first page (default 1) and
 * `pageSize` the page size (default 100). Each `aftersales_eshouhou_cursor_next` fetches one page, so
 * memory stays flat however long the list is. eshouhou sends no totals: a page shorter than `pageSize`
 * is the last.
 *
 * Never returns NULL: a bad argument or a non-list endpoint is reported by the first `_next`. The
 * cursor keeps its own reference to the client. One thread at a time per cursor (calls are
 * serialized). Free it with `aftersales_eshouhou_cursor_free`.
 *
 * # Safety
 * As `aftersales_eshouhou_call`.
 */
aftersales_eshouhou_cursor *aftersales_eshouhou_cursor_new(aftersales_eshouhou_client *client,
                                                           const char *endpoint,
                                                           const char *params_json);

/**
 * The next page of a cursor as an envelope: `data` is the endpoint's list shape (`rows`, `page`) and
 * `meta.done` is true on the last page. After the last page: `{"ok": true, "data": null, "meta":
 * {"done": true, ...}}`. A token renewal during the walk is handled inside. A failed page is an error
 * envelope with `"meta": {"done": ...}`: a retryable failure (e.g. a timeout) says `false` and the next
 * call asks for the same page again; any other failure says `true`, ends the walk, and every later call
 * returns the same envelope without a request. Stop a loop on `"ok":false` or on `"done":true`.
 *
 * Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `cursor` is NULL or a live cursor from `aftersales_eshouhou_cursor_new`.
 */
char *aftersales_eshouhou_cursor_next(aftersales_eshouhou_cursor *cursor);

/**
 * Frees a cursor; NULL is a no-op.
 *
 * # Safety
 * `cursor` is NULL or a cursor from `aftersales_eshouhou_cursor_new` that was not freed before.
 */
void aftersales_eshouhou_cursor_free(aftersales_eshouhou_cursor *cursor);

/**
 * Fetches every page of an eshouhou list endpoint, up to `max_pages` pages (0: no limit), into one
 * envelope: `data` is `{"rows": [...], "pages": n, "complete": bool}`; `complete` is false when the
 * limit stopped the walk. Prefer a cursor for long lists: this holds every row in memory.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * As `aftersales_eshouhou_call`.
 */
char *aftersales_eshouhou_list_all(aftersales_eshouhou_client *client,
                                   const char *endpoint,
                                   const char *params_json,
                                   uint32_t max_pages);

/**
 * The client's counters since it was created, as an envelope whose `data` is `{"calls", "errors": {code:
 * count}, "requests", "retries", "logins", "token_renewals", "bytes_in", "bytes_out", "latency_ms":
 * {"p50", "p95", "p99"}}` (latencies of whole calls, within 25 %; null before the first call). Makes no
 * request and holds no secret.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_eshouhou_client_new`.
 */
char *aftersales_eshouhou_client_stats(aftersales_eshouhou_client *client);

/**
 * What the client is, for a host's logs and diagnostics: an envelope whose `data` is `{"provider",
 * "base_url", "app_id", "name"}` (`name` is the config's label, or null). Never a secret.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_eshouhou_client_new`.
 */
char *aftersales_eshouhou_client_describe(aftersales_eshouhou_client *client);

/**
 * Calls any eshouhou endpoint by its catalogue name, as `aftersales_eshouhou_call` does, with options for this
 * call only and an optional cancel token.
 *
 * `options_json` (NULL or `""`: none) is a JSON object: `deadline_ms` (replaces the config's bound on the
 * whole call), `timeout_ms` (replaces the config's bound on one request), `request_id` (the host's own
 * id for the call, 1–64 printable characters without spaces, in `meta.request_id`, the log events and
 * the error), and for a cursor `prefetch` (pages fetched ahead, 0–8, replacing the config's). Unknown keys
 * are an error, as in a config. `cancel` (NULL: none) is a token from
 * `aftersales_cancel_token_new`: once it is cancelled, from any thread, the call returns `cancelled`
 * within a few milliseconds, also while its request is in flight. A write that may already have left
 * is `outcome_unknown` instead, never `cancelled` alone. The client stays usable.
 *
 * The per-endpoint functions (`aftersales_eshouhou_<endpoint>`) keep their two arguments, so existing
 * callers never change; this function reaches every endpoint with options.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client; `endpoint`, `params_json` and `options_json` are NULL or
 * NUL-terminated strings; `cancel` is NULL or a live cancel token.
 */
char *aftersales_eshouhou_call_with(aftersales_eshouhou_client *client,
                                    const char *endpoint,
                                    const char *params_json,
                                    const char *options_json,
                                    aftersales_cancel_token *cancel);

/**
 * Starts a call as `aftersales_eshouhou_call_with` makes it, and returns at once: the call runs on one of
 * the library's call threads, and its envelope goes to `callback(user_data, envelope_json)` there. The
 * callback owns the envelope and frees it with `aftersales_string_free`.
 *
 * The callback is called exactly once (unless `callback` is NULL, which starts nothing), from a thread
 * of the library, or on the calling thread before this function returns when an argument is bad. At
 * most 64 started calls run at once; more wait for a free call thread, so the threads the library adds
 * to a process stay bounded however many calls a host starts. The strings are copied before this
 * returns; the client and the token may be freed once the callback has run (the call keeps its own
 * references until then). Cancel with the token as for `aftersales_eshouhou_call_with`.
 *
 * # Safety
 * As `aftersales_eshouhou_call_with`; `callback` is NULL or a function that may be called from any
 * thread with `user_data`.
 */
void aftersales_eshouhou_call_async(aftersales_eshouhou_client *client,
                                    const char *endpoint,
                                    const char *params_json,
                                    const char *options_json,
                                    aftersales_cancel_token *cancel,
                                    aftersales_call_callback callback,
                                    void *user_data);

/**
 * Starts a walk as `aftersales_eshouhou_cursor_new` does, with options (`deadline_ms`, `timeout_ms`,
 * `request_id`; see `aftersales_eshouhou_call_with`) and a cancel token applied to every page's call.
 * A page whose call was cancelled is an error envelope with `"meta": {"done": false}`: the cursor stays
 * on that page, and the next `_cursor_next` (with the token no longer cancelled, i.e. a cursor made
 * with another token, or none) asks for it again. Since a cancelled token stays cancelled, a walk
 * cancelled for good simply stops being asked for pages.
 *
 * # Safety
 * As `aftersales_eshouhou_call_with`.
 */
aftersales_eshouhou_cursor *aftersales_eshouhou_cursor_new_with(aftersales_eshouhou_client *client,
                                                                const char *endpoint,
                                                                const char *params_json,
                                                                const char *options_json,
                                                                aftersales_cancel_token *cancel);

/**
 * The library version as `"MAJOR.MINOR.PATCH"` (equal to `AFTERSALES_VERSION`).
 *
 * Returns a static string: do not free it.
 */
const char *aftersales_version(void);

/**
 * The ABI version of the loaded library (equal to `AFTERSALES_ABI_VERSION` of the matching header).
 * Check it at load time: a different value means the header or wrapper does not match the library.
 */
uint32_t aftersales_abi_version(void);

/**
 * The endpoint catalogue as JSON: `{"version", "abi_version", "endpoints": [{"provider", "name",
 * "function", "title", "method", "path", "cmdkey"?, "doc", "writes", "paging", "result",
 * "result_description", "params": [{"name", "type", "required", "max_length", "range"?, "choices"?,
 * "default"?, "in", "description", "keys"?}]}], "error_codes": [{"code", "number", "family", "retryable",
 * "description"}], "config": [{"name", "providers", "type", "required", "default"?, "default_description"?,
 * "range"?, "choices"?, "secret", "description"}]}`.
 *
 * Thread-safe. Returns a new string: free it with `aftersales_string_free`.
 */
char *aftersales_endpoints(void);

/**
 * Frees a string returned by any `aftersales_` function (envelopes, `error_json`, the catalogue).
 * NULL is a no-op. Never free these strings with `free()`, Python or .NET, and never free the static
 * string of `aftersales_version`.
 *
 * # Safety
 * `text` is NULL or a string returned by this library that has not been freed yet.
 */
void aftersales_string_free(char *text);

/**
 * How many strings this library has returned that were not yet freed with `aftersales_string_free`
 * (envelopes, `error_json` values, catalogues). It goes back to its earlier value when a piece of code
 * frees everything it received, which makes leaks easy to test for. Thread-safe.
 */
uint64_t aftersales_live_string_count(void);

/**
 * Sets the process-wide log callback, or turns logging off with a NULL `callback` or `min_level` 0.
 *
 * Each event is one JSON object: `level` ("error", "warn", "info", "debug"), `event` (`call`, `request`,
 * `response`, `retry`, `login`, `relogin`, `token_issued`, `token_refused`, `verify`,
 * `redirect_refused`, `response_too_large`, `outcome_unknown`), and whichever apply of `provider`,
 * `client` (the config's `name`), `endpoint`, `method`, `url` (origin and path only), `status`,
 * `attempt`, `requests`, `elapsed_ms`, `bytes`, `wait_ms`, `request_id`, `code`, `message`. No event
 * ever holds a password, app secret, token, sign, session or query string.
 *
 * Events at `min_level` and more severe are delivered (`AFTERSALES_LOG_ERROR` 1 … `AFTERSALES_LOG_DEBUG`
 * 4); less severe ones cost one atomic read and are never built.
 *
 * Threads: the callback is called on the thread making the call, from any thread that calls the
 * library, possibly from several at once, so it must be thread-safe. It must not call
 * `aftersales_set_log_callback` itself. Once `aftersales_set_log_callback` returns (with a new
 * callback or NULL), the previous callback is never called again: the call waits for deliveries in
 * flight. `event_json` is owned by the library and valid only during the callback; copy it to keep it.
 *
 * # Safety
 * `callback` is NULL or a function that may be called from any thread with `user_data` until this
 * function is called again.
 */
void aftersales_set_log_callback(aftersales_log_callback callback,
                                 void *user_data,
                                 uint32_t min_level);

/**
 * Registers a credential store the host provides, under `name`, for the whole process: clients created
 * afterwards with `"credential_store": "callbacks:NAME"` in their config share their Zhibang session or
 * eshouhou token through it, so processes on several machines log in once between them. Registering a
 * name again replaces the store for clients created afterwards.
 *
 * `callbacks` is copied; `user_data` is handed to every callback. Returns 0, or -1 when `name` or
 * `callbacks` is NULL, `name` is not UTF-8, or a callback is missing.
 *
 * # Safety
 * `name` is NULL or NUL-terminated; `callbacks` is NULL or valid for reading; its functions may be
 * called from any thread with `user_data` for as long as the process runs.
 */
int32_t aftersales_credential_store_register(const char *name,
                                             const aftersales_credential_store_callbacks *callbacks,
                                             void *user_data);

/**
 * Hands the value a `get` callback found to the library, which copies `length` bytes of `value`. Call
 * it only from within that `get` callback, with the `reply` it was given.
 *
 * # Safety
 * `reply` is the pointer the `get` callback received; `value` is valid for `length` bytes.
 */
void aftersales_store_reply_set(aftersales_store_reply *reply,
                                const char *value,
                                size_t length);

/**
 * Creates a Zhibang client.
 *
 * `config_json` is a JSON object with the zhibang config keys listed under "Config keys" at the top of
 * this header (their types, defaults and ranges). Unknown keys are an error.
 *
 * Nothing is sent until the first call. The client logs in then, once for all threads, and shares the
 * session; when the server ends the session (time-out, or another login of the same account) it logs in
 * again once and retries the call once. A refused password is reported and remembered, never retried:
 * the server asks for a captcha after 3 failures (answer it with `aftersales_zhibang_login` and
 * `rndcode`). Use an account of its own for each client: a second login elsewhere ends this session.
 *
 * Returns NULL on a bad config and, if `error_json` is not NULL, stores a failure envelope there (free
 * it with `aftersales_string_free`); on success `*error_json` is set to NULL.
 *
 * The client is safe to use from many threads at once. Free it with `aftersales_zhibang_client_free`
 * once no call on it is in flight.
 *
 * # Safety
 * `config_json` is NULL or a NUL-terminated string; `error_json` is NULL or writable.
 */
aftersales_zhibang_client *aftersales_zhibang_client_new(const char *config_json,
                                                         char **error_json);

/**
 * Frees a Zhibang client; NULL is a no-op. It does not log out (call `aftersales_zhibang_logout` first
 * to end the session on the server). No call on the client may be in flight. Cursors made from it stay
 * valid until freed.
 *
 * # Safety
 * `client` is NULL or a client from `aftersales_zhibang_client_new` that was not freed before.
 */
void aftersales_zhibang_client_free(aftersales_zhibang_client *client);

/**
 * Calls any Zhibang endpoint by its catalogue name (e.g. `"service_list"`), exactly as its own
 * function would. An unknown name is the error `unknown_endpoint`.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is a live client or NULL; `endpoint` and `params_json` are NULL or NUL-terminated strings.
 */
char *aftersales_zhibang_call(aftersales_zhibang_client *client,
                              const char *endpoint,
                              const char *params_json);

/**
 * Starts a walk over every page of a Zhibang list endpoint (see `paging` in the catalogue).
 *
 * `params_json` holds the endpoint's filters; `pageindex` (`page_index` for `user_list`) is the first
 * page (default 1) and `pagesize` (`page_size`) the page size (default 200). Each
 * `aftersales_zhibang_cursor_next` fetches one page, so memory stays flat however long the table is;
 * the walk ends at the server's page count or at an empty page.
 *
 * Never returns NULL: a bad argument or a non-list endpoint is reported by the first `_next`. The
 * cursor keeps its own reference to the client. One thread at a time per cursor (calls are
 * serialized). Free it with `aftersales_zhibang_cursor_free`.
 *
 * # Safety
 * As `aftersales_zhibang_call`.
 */
aftersales_zhibang_cursor *aftersales_zhibang_cursor_new(aftersales_zhibang_client *client,
                                                         const char *endpoint,
                                                         const char *params_json);

/**
 * The next page of a cursor as an envelope: `data` is the endpoint's table shape (`columns`, `rows`,
 * `page`) and `meta.done` is true on the last page. After the last page: `{"ok": true, "data": null,
 * "meta": {"done": true, ...}}`. A re-login during the walk is handled inside. A failed page is an error
 * envelope with `"meta": {"done": ...}`: a retryable failure (e.g. a timeout) says `false` and the next
 * call asks for the same page again; any other failure (a refused password, an HTTP 500) says `true`,
 * ends the walk, and every later call returns the same envelope without a request. Stop a loop on
 * `"ok":false` or on `"done":true`.
 *
 * Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `cursor` is NULL or a live cursor from `aftersales_zhibang_cursor_new`.
 */
char *aftersales_zhibang_cursor_next(aftersales_zhibang_cursor *cursor);

/**
 * Frees a cursor; NULL is a no-op.
 *
 * # Safety
 * `cursor` is NULL or a cursor from `aftersales_zhibang_cursor_new` that was not freed before.
 */
void aftersales_zhibang_cursor_free(aftersales_zhibang_cursor *cursor);

/**
 * Fetches every page of a Zhibang list endpoint, up to `max_pages` pages (0: no limit), into one
 * envelope: `data` is `{"rows": [...], "columns": [...], "pages": n, "complete": bool}`; `complete` is
 * false when the limit stopped the walk. Prefer a cursor for long tables: this holds every row in memory.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * As `aftersales_zhibang_call`.
 */
char *aftersales_zhibang_list_all(aftersales_zhibang_client *client,
                                  const char *endpoint,
                                  const char *params_json,
                                  uint32_t max_pages);

/**
 * The client's counters since it was created, as an envelope whose `data` is `{"calls", "errors": {code:
 * count}, "requests", "retries", "logins", "token_renewals", "bytes_in", "bytes_out", "latency_ms":
 * {"p50", "p95", "p99"}}` (latencies of whole calls, within 25 %; null before the first call). Makes no
 * request and holds no secret.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_zhibang_client_new`.
 */
char *aftersales_zhibang_client_stats(aftersales_zhibang_client *client);

/**
 * What the client is, for a host's logs and diagnostics: an envelope whose `data` is `{"provider",
 * "base_url", "username", "name"}` (`name` is the config's label, or null). Never a secret.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client from `aftersales_zhibang_client_new`.
 */
char *aftersales_zhibang_client_describe(aftersales_zhibang_client *client);

/**
 * Calls any Zhibang endpoint by its catalogue name, as `aftersales_zhibang_call` does, with options for this
 * call only and an optional cancel token.
 *
 * `options_json` (NULL or `""`: none) is a JSON object: `deadline_ms` (replaces the config's bound on the
 * whole call), `timeout_ms` (replaces the config's bound on one request), `request_id` (the host's own
 * id for the call, 1–64 printable characters without spaces, in `meta.request_id`, the log events and
 * the error), and for a cursor `prefetch` (pages fetched ahead, 0–8, replacing the config's). Unknown keys
 * are an error, as in a config. `cancel` (NULL: none) is a token from
 * `aftersales_cancel_token_new`: once it is cancelled, from any thread, the call returns `cancelled`
 * within a few milliseconds, also while its request is in flight. A write that may already have left
 * is `outcome_unknown` instead, never `cancelled` alone. The client stays usable.
 *
 * The per-endpoint functions (`aftersales_zhibang_<endpoint>`) keep their two arguments, so existing
 * callers never change; this function reaches every endpoint with options.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * # Safety
 * `client` is NULL or a live client; `endpoint`, `params_json` and `options_json` are NULL or
 * NUL-terminated strings; `cancel` is NULL or a live cancel token.
 */
char *aftersales_zhibang_call_with(aftersales_zhibang_client *client,
                                   const char *endpoint,
                                   const char *params_json,
                                   const char *options_json,
                                   aftersales_cancel_token *cancel);

/**
 * Starts a call as `aftersales_zhibang_call_with` makes it, and returns at once: the call runs on one of
 * the library's call threads, and its envelope goes to `callback(user_data, envelope_json)` there. The
 * callback owns the envelope and frees it with `aftersales_string_free`.
 *
 * The callback is called exactly once (unless `callback` is NULL, which starts nothing), from a thread
 * of the library, or on the calling thread before this function returns when an argument is bad. At
 * most 64 started calls run at once; more wait for a free call thread, so the threads the library adds
 * to a process stay bounded however many calls a host starts. The strings are copied before this
 * returns; the client and the token may be freed once the callback has run (the call keeps its own
 * references until then). Cancel with the token as for `aftersales_zhibang_call_with`.
 *
 * # Safety
 * As `aftersales_zhibang_call_with`; `callback` is NULL or a function that may be called from any
 * thread with `user_data`.
 */
void aftersales_zhibang_call_async(aftersales_zhibang_client *client,
                                   const char *endpoint,
                                   const char *params_json,
                                   const char *options_json,
                                   aftersales_cancel_token *cancel,
                                   aftersales_call_callback callback,
                                   void *user_data);

/**
 * Starts a walk as `aftersales_zhibang_cursor_new` does, with options (`deadline_ms`, `timeout_ms`,
 * `request_id`; see `aftersales_zhibang_call_with`) and a cancel token applied to every page's call.
 * A page whose call was cancelled is an error envelope with `"meta": {"done": false}`: the cursor stays
 * on that page, and the next `_cursor_next` (with the token no longer cancelled, i.e. a cursor made
 * with another token, or none) asks for it again. Since a cancelled token stays cancelled, a walk
 * cancelled for good simply stops being asked for pages.
 *
 * # Safety
 * As `aftersales_zhibang_call_with`.
 */
aftersales_zhibang_cursor *aftersales_zhibang_cursor_new_with(aftersales_zhibang_client *client,
                                                              const char *endpoint,
                                                              const char *params_json,
                                                              const char *options_json,
                                                              aftersales_cancel_token *cancel);

#ifdef __cplusplus
}  // extern "C"
#endif  // __cplusplus

#endif  /* AFTERSALES_H */
