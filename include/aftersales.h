/*
 * libaftersales: one native library for the eshouhou (易售后) open platform and the Zhibang (智邦国际)
 * ERP after-sales module. Every endpoint is one function taking and returning JSON.
 *
 * Conventions
 * - Handles (aftersales_eshouhou_client, aftersales_zhibang_client, their cursors, cancel tokens) are
 *   opaque pointers made by a _new function and released by the matching _free function, exactly once;
 *   every _free accepts NULL. A client may be used from many threads at once; free it only once no call
 *   on it is in flight. A cursor is used by one thread at a time and keeps its client alive: freeing the
 *   client first is allowed, the cursor still works until it is freed.
 * - Threads: every function may be called from any thread. The library starts its own threads on first
 *   use (two for network I/O, and up to AFTERSALES_MOST_CALLBACK_CALLS for calls started with a
 *   callback); they live until the process ends, so do not unload the library with dlclose/FreeLibrary
 *   while it may still run. Callbacks (log events, _call_async results, credential stores) may run on
 *   those threads or on the caller's.
 * - Strings passed in are NUL-terminated UTF-8 and are not kept after the call returns. params_json is
 *   a JSON object with the vendor's own parameter names; NULL or "" mean {}.
 * - Every call returns a JSON envelope (a NUL-terminated UTF-8 string) that the caller owns and frees
 *   with aftersales_string_free, never with free(): the library's allocator is not the C runtime's.
 *   NULL is returned only if memory itself ran out.
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
#define AFTERSALES_MAX_PAGE_INDEX (int64_t)INT32_MAX

/**
 * The default `max_response_bytes`, 32 MiB: far above any page the vendors send (a 1,000-row Zhibang table is about 1 MiB), far below
 * what hurts an ERP host.
 */
#define AFTERSALES_DEFAULT_MAX_RESPONSE_BYTES ((32 * 1024) * 1024)

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
#define AFTERSALES_MOST_PREFETCH 8

/**
 * The most calls started with a callback that run at once; more wait their turn. This bounds the
 * threads the library adds to a host, whatever it starts.
 */
#define AFTERSALES_MOST_CALLBACK_CALLS 64

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
 * A cancel token: cancels every call that carries it, once and for good (every call given it watches the same token).
 */
typedef struct aftersales_cancel_token aftersales_cancel_token;

/**
 * An eshouhou client: one account on one server, safe to use from many threads at once. Its calls share
 * one connection pool and one token.
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
 * A Zhibang client: one account on one server, safe to use from many threads at once. Its calls share
 * one connection pool and one session.
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
 * Pointers: `token` is NULL or a live token from `aftersales_cancel_token_new`.
 */
void aftersales_cancel_token_cancel(aftersales_cancel_token *token);

/**
 * Frees a token; NULL is a no-op. Calls in flight that carry it keep their own reference, so freeing it
 * never disturbs them (they can no longer be cancelled through it).
 *
 * Pointers: `token` is NULL or a token from `aftersales_cancel_token_new` that was not freed before.
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
 * Pointers: `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
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
 * Pointers: `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
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
 * - `pageSize` (integer; optional; 1 to 2147483647): 每页条数 rows per page (vendor default 10)
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
 * Pointers: `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
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
 *   - `pendstate` (list, inferred): 待处理状态列表 (PendState codes)
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
 * - `pageSize` (integer; optional; 1 to 2147483647): 每页条数 rows per page (vendor default 10)
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
 * Pointers: `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
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
 * Pointers: `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
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
 * Pointers: `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
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
 * Pointers: `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
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
 * - `pageSize` (integer; optional; 1 to 2147483647): 每页条数 rows per page (vendor default 10)
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
 * Pointers: `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
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
 * Pointers: `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
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
 * - `pageSize` (integer; optional; 1 to 2147483647): 每页条数 rows per page (vendor default 10)
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
 * Pointers: `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_eshouhou_get_customer_contacts(aftersales_eshouhou_client *client,
                                                const char *params_json);

/**
 * 按手机号获取客户 customer by phone number (account)
 *
 * Calls `GET /open/v2/Client/GetCustomerByUserName`. Vendor doc: eshouhou open platform, Client/GetCustomerByUserName (page number not recorded).
 *
 * Inferred, not documented by the vendor: eshouhou reference: the call is documented, its help page number was not recorded.
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
 * Pointers: `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
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
 * Pointers: `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
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
 * - `pageSize` (integer; optional; 1 to 2147483647): 每页条数 rows per page (vendor default 10)
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
 * Pointers: `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
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
 * - `pageSize` (integer; optional; 1 to 2147483647): 每页条数 rows per page (vendor default 10)
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
 * Pointers: `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
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
 * - `pageSize` (integer; optional; 1 to 2147483647): 每页条数 rows per page (vendor default 10)
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
 * Pointers: `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
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
 * - `pageSize` (integer; optional; 1 to 2147483647): 每页条数 rows per page (vendor default 10)
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
 * Pointers: `client` is NULL or a live client from `aftersales_eshouhou_client_new`; `params_json` is NULL or a NUL-terminated string.
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
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
 * - `pagesize` (integer; optional; 1 to 2147483647): 每页记录数 rows per page (vendor default 20)
 * - `pageindex` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
 * - `_rpt_sort` (text; optional): 排序列 a column id of the result; prefix `-` for descending
 *
 * `data`: {"columns": [{"id", "dbtype", "type"}], "rows": [{column id: cell}], "page": {"index", "size", "count", "total", "has_more"}}; cells by the column's type: integer a number, decimal exact text ("12800.00"), datetime ISO 8601, text as sent, empty null, unreadable {"raw": vendor text}.
 *
 * One page per call (`pageindex`, `pagesize`); `aftersales_zhibang_cursor_new(client, "service_list", params_json)` walks every page.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
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
 * `data`: {"id": record id, "kind": bill type, "caption", "values": {field id: value or text, converted by the field's type like table cells}, "fields": [{"id", "caption", "group", "text", "value" (both as the vendor sent them), "kind", "dbtype", "type", "required", "read_only", "max_length", "options": [{"label", "value"}], "table"?}]}.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_service_handle(aftersales_zhibang_client *client,
                                        const char *params_json);

/**
 * 售后处理表单 the handling form: captions, current values and the options the server accepts
 *
 * Calls `POST /sysa/mobilephone/salesmanage/service/chuli.asp`. Vendor doc: help.ashx node 58, loaded without cmdkey (vendor reference §8.1.3).
 *
 * Inferred, not documented by the vendor: vendor reference §8.1.3 and §3: a page loaded without cmdkey answers its form; the help documents only the save.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; required): 售后服务id the service to handle
 *
 * `data`: {"id": record id, "kind": bill type, "caption", "values": {field id: value or text, converted by the field's type like table cells}, "fields": [{"id", "caption", "group", "text", "value" (both as the vendor sent them), "kind", "dbtype", "type", "required", "read_only", "max_length", "options": [{"label", "value"}], "table"?}]}.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
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
 * - `pagesize` (integer; optional; 1 to 2147483647): 每页记录数 rows per page (vendor default 20)
 * - `pageindex` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
 * - `_rpt_sort` (text; optional): 排序列 a column id of the result; prefix `-` for descending
 *
 * `data`: {"columns": [{"id", "dbtype", "type"}], "rows": [{column id: cell}], "page": {"index", "size", "count", "total", "has_more"}}; cells by the column's type: integer a number, decimal exact text ("12800.00"), datetime ISO 8601, text as sent, empty null, unreadable {"raw": vendor text}.
 *
 * One page per call (`pageindex`, `pagesize`); `aftersales_zhibang_cursor_new(client, "repair_list", params_json)` walks every page.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
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
 * `data`: {"id": record id, "kind": bill type, "caption", "values": {field id: value or text, converted by the field's type like table cells}, "fields": [{"id", "caption", "group", "text", "value" (both as the vendor sent them), "kind", "dbtype", "type", "required", "read_only", "max_length", "options": [{"label", "value"}], "table"?}]}.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
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
 * - `repair_sl` (integer; required): 关联受理单 the intake record id, from repair_intake_list
 * - `ProcessID` (integer; required): 维修流程 repair workflow id
 * - `Summary` (text; optional; at most 500 characters): 概要 summary
 * - `hiddentmp` (text; optional; at most 50 characters): vendor helper field; leave out unless the form says otherwise
 * - `num` (decimal; required; 0 to 999999999): 数量 quantity
 * - `Cost` (decimal; required; 0 to 999999999): 维修费 repair fee
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
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
 * - `pagesize` (integer; optional; 1 to 2147483647): 每页记录数 rows per page (vendor default 20)
 * - `pageindex` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
 * - `_rpt_sort` (text; optional): 排序列 a column id of the result; prefix `-` for descending
 *
 * `data`: {"columns": [{"id", "dbtype", "type"}], "rows": [{column id: cell}], "page": {"index", "size", "count", "total", "has_more"}}; cells by the column's type: integer a number, decimal exact text ("12800.00"), datetime ISO 8601, text as sent, empty null, unreadable {"raw": vendor text}.
 *
 * One page per call (`pageindex`, `pagesize`); `aftersales_zhibang_cursor_new(client, "customer_list", params_json)` walks every page.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
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
 * `data`: {"id": record id, "kind": bill type, "caption", "values": {field id: value or text, converted by the field's type like table cells}, "fields": [{"id", "caption", "group", "text", "value" (both as the vendor sent them), "kind", "dbtype", "type", "required", "read_only", "max_length", "options": [{"label", "value"}], "table"?}]}.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
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
 * - `pagesize` (integer; optional; 1 to 2147483647): 每页记录数 rows per page (vendor default 20)
 * - `pageindex` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
 * - `_rpt_sort` (text; optional): 排序列 a column id of the result; prefix `-` for descending
 *
 * `data`: {"columns": [{"id", "dbtype", "type"}], "rows": [{column id: cell}], "page": {"index", "size", "count", "total", "has_more"}}; cells by the column's type: integer a number, decimal exact text ("12800.00"), datetime ISO 8601, text as sent, empty null, unreadable {"raw": vendor text}.
 *
 * One page per call (`pageindex`, `pagesize`); `aftersales_zhibang_cursor_new(client, "product_list", params_json)` walks every page.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
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
 * `data`: {"id": record id, "kind": bill type, "caption", "values": {field id: value or text, converted by the field's type like table cells}, "fields": [{"id", "caption", "group", "text", "value" (both as the vendor sent them), "kind", "dbtype", "type", "required", "read_only", "max_length", "options": [{"label", "value"}], "table"?}]}.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_product_category_tree(aftersales_zhibang_client *client,
                                               const char *params_json);

/**
 * 人员选择 staff picker: the user ids for cateid, cate and other staff fields
 *
 * Calls `POST /sysa/mobilephone/systemmanage/gate_list.asp`. Vendor doc: vendor reference §8.9 (gate_list.asp).
 *
 * Inferred, not documented by the vendor: vendor reference §8.9: the help names gate_list.asp as the source of staff fields (sort=4&stype=radio) but has no page of its own; the answer's type (trees or table) is not documented.
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_staff_list(aftersales_zhibang_client *client,
                                    const char *params_json);

/**
 * 账号列表 user accounts with their ids
 *
 * Calls `POST /webapi/v3/orgs/user/list`. Vendor doc: help.ashx 组织架构 › 账号 › 账号列表 (/webapi/v3/orgs/user/list).
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `userstatus` (integer; optional; one of: 1 正常, 2 冻结): 账号状态: 1 正常 normal, 2 冻结 frozen
 * - `name` (text; optional): 员工姓名 name contains
 * - `username` (text; optional): 账号名称 account contains
 * - `orgsid` (integer; optional): 部门id department id (dept_list NodeId); the departments below it count too
 * - `page_size` (integer; optional; 1 to 2147483647): 每页返回数据行数 rows per page (vendor default 20)
 * - `page_index` (integer; optional; 1 to 2147483647): 从第几页开始返回 page number, 1-based
 *
 * `data`: {"columns": [{"id", "dbtype", "type"}], "rows": [{column id: cell}], "page": {"index", "size", "count", "total", "has_more"}}; cells by the column's type: integer a number, decimal exact text ("12800.00"), datetime ISO 8601, text as sent, empty null, unreadable {"raw": vendor text}.
 *
 * One page per call (`page_index`, `page_size`); `aftersales_zhibang_cursor_new(client, "user_list", params_json)` walks every page.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_user_list(aftersales_zhibang_client *client,
                                   const char *params_json);

/**
 * 部门列表 departments with their ids and paths
 *
 * Calls `POST /webapi/v3/orgs/dept/list`. Vendor doc: help.ashx 组织架构 › 部门 › 部门列表 (/webapi/v3/orgs/dept/list).
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `orgsname` (text; optional): 部门名称 department name contains
 * - `page_size` (integer; optional; 1 to 2147483647): 每页返回数据行数 rows per page (vendor default 20)
 * - `page_index` (integer; optional; 1 to 2147483647): 从第几页开始返回 page number, 1-based
 *
 * `data`: {"columns": [{"id", "dbtype", "type"}], "rows": [{column id: cell}], "page": {"index", "size", "count", "total", "has_more"}}; cells by the column's type: integer a number, decimal exact text ("12800.00"), datetime ISO 8601, text as sent, empty null, unreadable {"raw": vendor text}.
 *
 * One page per call (`page_index`, `page_size`); `aftersales_zhibang_cursor_new(client, "dept_list", params_json)` walks every page.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_dept_list(aftersales_zhibang_client *client,
                                   const char *params_json);

/**
 * 区域选择 region tree: the ids for area filters
 *
 * Calls `POST /sysa/mobilephone/systemmanage/area_list.asp`. Vendor doc: vendor reference §8.9 (area_list.asp).
 *
 * Inferred, not documented by the vendor: vendor reference §8.9: named by the customer save's `area` (来自接口 area_list.asp?stype=radio); no help page of its own.
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_region_list(aftersales_zhibang_client *client,
                                     const char *params_json);

/**
 * 枚举选项 the options of a vendor enumeration (13 客户来源, 11 行业, 14 客户价值, 98 跟进方式)
 *
 * Calls `POST /sysa/mobilephone/source.asp`. Vendor doc: vendor reference §8.9 (source.asp?enumid=N).
 *
 * Inferred, not documented by the vendor: vendor reference §8.9: from a hand-compiled community document; the page exists on 32.05 servers, the enumeration ids are that document's.
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_enum_options(aftersales_zhibang_client *client,
                                      const char *params_json);

/**
 * 分配新客户ID allocate the id (bill id) and a suggested number (field khid) of a new customer, before customer_save_company or customer_save_person (every 32.x server)
 *
 * Calls `POST /sysa/mobilephone/salesmanage/custom/add.asp`. Vendor doc: help.ashx node 15.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `intsort` (integer; optional; one of: 1 单位客户, 2 个人客户): 客户类型: 1 单位客户 company, 2 个人客户 person
 *
 * `data`: {"id": record id, "kind": bill type, "caption", "values": {field id: value or text, converted by the field's type like table cells}, "fields": [{"id", "caption", "group", "text", "value" (both as the vendor sent them), "kind", "dbtype", "type", "required", "read_only", "max_length", "options": [{"label", "value"}], "table"?}]}.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_customer_new_id(aftersales_zhibang_client *client,
                                         const char *params_json);

/**
 * 单位客户添加 save a company customer under an id from customer_new_id, or edit one (every 32.x server; customer_add is the v3 way)
 *
 * Calls `POST /sysa/mobilephone/salesmanage/custom/add.asp?intsort=1` with cmdkey `__sys_dosave`. Vendor doc: help.ashx node 16.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; required): 客户id: the id customer_new_id handed out (adding) or an existing customer's (editing); the help marks it optional, but the page saves nothing without it
 * - `name` (text; required; at most 100 characters): 客户名称 customer name, unique
 * - `pym` (text; optional; at most 200 characters): 拼音码 pinyin code
 * - `khid` (text; optional; at most 50 characters): 客户编号 customer number (customer_new_id suggests one)
 * - `sort1` (text; required; at most 50 characters): 客户分类 customer category id (enum_options, or the category tree of the form)
 * - `ly` (integer; optional): 客户来源 source: an option id of the server (enum_options 13)
 * - `jf2` (integer; optional; one of: 1 积分, 0 不积分): 是否积分 earns points: 1 积分, 0 不积分
 * - `area` (text; optional): 客户区域 region id from region_list
 * - `trade` (integer; optional): 客户行业 industry: an option id of the server (enum_options 11)
 * - `jz` (integer; optional): 价值评估 value rating: an option id of the server (enum_options 14)
 * - `credit` (text; optional; at most 50 characters): 信用等级 credit rating
 * - `url` (text; optional; at most 100 characters): 客户网址 website
 * - `bz` (text; optional; at most 50 characters): 客户币种 currency id (the sample server's 14 = 人民币)
 * - `hk_xz` (decimal; optional): 到款限制 payment limit
 * - `address` (text; optional; at most 200 characters): 客户地址 address
 * - `lng` (text; optional; at most 50 characters): 经度 longitude
 * - `lat` (text; optional; at most 50 characters): 纬度 latitude
 * - `zip` (text; optional; at most 10 characters): 邮编 post code
 * - `faren` (text; optional; at most 50 characters): 法人代表 legal representative
 * - `zijin` (decimal; optional): 注册资本 registered capital
 * - `pernum1` (integer; optional): 人员数量-销售 sales headcount
 * - `pernum2` (integer; optional): 人员数量-技术 technical headcount
 * - `date1` (date; optional): 添加时间 added on
 * - `person_name` (text; required; at most 50 characters): 联系人姓名 the contact's name
 * - `@personpym` (text; optional; at most 50 characters): 联系人拼音码 the contact's pinyin code
 * - `sex` (text; optional; one of: 男 男, 女 女): 性别 sex: 男 or 女 (the help types it int, with the values 男/女)
 * - `age` (integer; optional): 年龄 age
 * - `year1` (date; optional): 生日 birthday
 * - `part1` (text; optional; at most 50 characters): 部门 department
 * - `job` (text; optional; at most 50 characters): 职务 job title
 * - `phone` (text; optional; at most 50 characters): 办公电话 office phone
 * - `fax` (text; optional; at most 50 characters): 传真 fax
 * - `mobile` (text; optional; at most 50 characters): 手机 mobile
 * - `phone2` (text; optional; at most 50 characters): 家庭电话 home phone
 * - `email` (text; optional; at most 50 characters): 电子邮件 e-mail
 * - `qq` (text; optional; at most 20 characters): QQ
 * - `weixinAcc` (text; optional; at most 50 characters): 微信 WeChat
 * - `XiQueIntro` (text; optional; at most 50 characters): 喜鹊声声
 * - `msn` (text; optional; at most 50 characters): MSN
 * - `jg` (text; optional; at most 50 characters): 籍贯 native place
 * - `product` (text; optional; at most 4000 characters): 客户简介 profile
 * - `c2` (text; optional; at most 4000 characters): 合作现状 cooperation status
 * - `c3` (text; optional; at most 4000 characters): 合作前景 prospects
 * - `c4` (text; optional; at most 4000 characters): 跟进策略 follow-up strategy
 * - `intro` (text; optional; at most 4000 characters): 备注 remark
 * - `bank_1` (text; optional; at most 50 characters): 开户银行1 bank 1
 * - `bank_2` (text; optional; at most 50 characters): 开户名称1 account name 1
 * - `bank_7` (text; optional; at most 50 characters): 银行行号1 bank code 1
 * - `bank_3` (text; optional; at most 50 characters): 银行账号1 account number 1
 * - `bank_4` (text; optional; at most 50 characters): 税号1 tax number 1
 * - `bank_5` (text; optional; at most 50 characters): 地址1 address 1
 * - `bank_6` (text; optional; at most 50 characters): 电话1 phone 1
 * - `bank2_1` (text; optional; at most 50 characters): 开户银行2 bank 2
 * - `bank2_2` (text; optional; at most 50 characters): 开户名称2 account name 2
 * - `bank2_7` (text; optional; at most 50 characters): 银行行号2 bank code 2
 * - `bank2_3` (text; optional; at most 50 characters): 银行账号2 account number 2
 * - `bank2_4` (text; optional; at most 50 characters): 税号2 tax number 2
 * - `bank2_5` (text; optional; at most 50 characters): 地址2 address 2
 * - `bank2_6` (text; optional; at most 50 characters): 电话2 phone 2
 * - `fkdays` (integer; optional): 账期 credit days
 * - `fkdate` (integer; optional): 结算日期 settlement day of the month
 *
 * `data`: {"title", "text", "outcome": "succeeded" | "unconfirmed"}; a text saying it failed is the error vendor_rejected instead.
 *
 * Changes data on the server and is never sent twice once it may have left. Without a decisive answer (timeout or reset after sending, HTTP 5xx, a truncated or unreadable answer) the error is `outcome_unknown`, which is not retryable: read the record back before repeating it. A reply saying it failed is `vendor_rejected`.
 * With `verify_writes` (default on), an unknown or unconfirmed outcome is checked by reading the record back with `customer_detail` by `ord`: when it shows the values of `name` the call succeeds with `"verified": true`, otherwise it is `outcome_unknown` saying what the read-back saw.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_customer_save_company(aftersales_zhibang_client *client,
                                               const char *params_json);

/**
 * 个人客户添加 save a person customer under an id from customer_new_id, or edit one (every 32.x server; customer_add is the v3 way)
 *
 * Calls `POST /sysa/mobilephone/salesmanage/custom/add.asp?intsort=2` with cmdkey `__sys_dosave`. Vendor doc: help.ashx node 17.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; required): 客户id: the id customer_new_id handed out (adding) or an existing customer's (editing); the help marks it optional, but the page saves nothing without it
 * - `name` (text; required; at most 100 characters): 客户名称 customer name, unique
 * - `pym` (text; optional; at most 200 characters): 拼音码 pinyin code
 * - `khid` (text; optional; at most 50 characters): 客户编号 customer number (customer_new_id suggests one)
 * - `sort1` (text; required; at most 50 characters): 客户分类 customer category id (enum_options, or the category tree of the form)
 * - `ly` (integer; optional): 客户来源 source: an option id of the server (enum_options 13)
 * - `jf2` (integer; optional; one of: 1 积分, 0 不积分): 是否积分 earns points: 1 积分, 0 不积分
 * - `area` (text; optional): 客户区域 region id from region_list
 * - `trade` (integer; optional): 客户行业 industry: an option id of the server (enum_options 11)
 * - `jz` (integer; optional): 价值评估 value rating: an option id of the server (enum_options 14)
 * - `credit` (text; optional; at most 50 characters): 信用等级 credit rating
 * - `url` (text; optional; at most 100 characters): 客户网址 website
 * - `bz` (text; optional; at most 50 characters): 客户币种 currency id (the sample server's 14 = 人民币)
 * - `hk_xz` (decimal; optional): 到款限制 payment limit
 * - `address` (text; optional; at most 200 characters): 客户地址 address
 * - `lng` (text; optional; at most 50 characters): 经度 longitude
 * - `lat` (text; optional; at most 50 characters): 纬度 latitude
 * - `zip` (text; optional; at most 10 characters): 邮编 post code
 * - `date1` (date; optional): 添加时间 added on
 * - `sex` (text; optional; one of: 男 男, 女 女): 性别 sex: 男 or 女 (the help types it int, with the values 男/女)
 * - `age` (integer; optional): 年龄 age
 * - `year1` (date; optional): 生日 birthday
 * - `part1` (text; optional; at most 50 characters): 部门 department
 * - `job` (text; optional; at most 50 characters): 职务 job title
 * - `phone` (text; optional; at most 50 characters): 办公电话 office phone
 * - `fax` (text; optional; at most 50 characters): 传真 fax
 * - `mobile` (text; optional; at most 50 characters): 手机 mobile
 * - `phone2` (text; optional; at most 50 characters): 家庭电话 home phone
 * - `email` (text; optional; at most 50 characters): 电子邮件 e-mail
 * - `qq` (text; optional; at most 20 characters): QQ
 * - `weixinAcc` (text; optional; at most 50 characters): 微信 WeChat
 * - `XiQueIntro` (text; optional; at most 50 characters): 喜鹊声声
 * - `msn` (text; optional; at most 50 characters): MSN
 * - `jg` (text; optional; at most 50 characters): 籍贯 native place
 * - `faren` (text; optional; at most 50 characters): 所在单位 employer
 * - `product` (text; optional; at most 4000 characters): 客户简介 profile
 * - `c2` (text; optional; at most 4000 characters): 合作现状 cooperation status
 * - `c3` (text; optional; at most 4000 characters): 合作前景 prospects
 * - `c4` (text; optional; at most 4000 characters): 跟进策略 follow-up strategy
 * - `intro` (text; optional; at most 4000 characters): 备注 remark
 *
 * `data`: {"title", "text", "outcome": "succeeded" | "unconfirmed"}; a text saying it failed is the error vendor_rejected instead.
 *
 * Changes data on the server and is never sent twice once it may have left. Without a decisive answer (timeout or reset after sending, HTTP 5xx, a truncated or unreadable answer) the error is `outcome_unknown`, which is not retryable: read the record back before repeating it. A reply saying it failed is `vendor_rejected`.
 * With `verify_writes` (default on), an unknown or unconfirmed outcome is checked by reading the record back with `customer_detail` by `ord`: when it shows the values of `name` the call succeeds with `"verified": true`, otherwise it is `outcome_unknown` saying what the read-back saw.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_customer_save_person(aftersales_zhibang_client *client,
                                              const char *params_json);

/**
 * 客户添加 add a company or person customer through the v3 web API (servers with /webapi/v3, 32.17 help); the answer names no id: find the customer in customer_list
 *
 * Calls `POST /webapi/v3/sales/customer/add`. Vendor doc: help.ashx node 297.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `sort2` (integer; required; one of: 1 单位客户, 2 个人客户): 客户属性 kind: 1 单位客户 company, 2 个人客户 person
 * - `name` (text; required): 客户名称 customer name; the server's policy decides whether it must be unique
 * - `khid` (text; optional): 客户编号 customer number, unique
 * - `sort` (text; required): 客户分类 customer category, by name
 * - `sort1` (text; required): 跟进程度 follow-up stage, by name
 * - `ly` (text; optional): 客户来源 source, by name
 * - `area` (text; optional; at most 50 characters): 客户区域 region by name, following the region tree (at most 50 characters)
 * - `trade` (text; optional): 客户行业 industry, by name
 * - `jz` (text; optional): 价值评估 value rating, by name
 * - `credit` (text; optional): 信用等级 credit rating
 * - `url` (text; optional): 客户网址 website, e.g. https://www.example.com/
 * - `hk_xz` (integer; optional; 0 to 100): 到款限制(%) share of the amount that must be paid before goods leave
 * - `pernum1` (integer; optional): 人员数量(销售) sales headcount
 * - `pernum2` (integer; optional): 人员数量(技术) technical headcount
 * - `address` (text; optional): 客户地址 address
 * - `zip` (integer; optional; 0 to 999999): 邮编 post code, at most 6 digits
 * - `faren` (text; optional): 法人代表 legal representative
 * - `zijin` (integer; optional): 注册资本(万元) registered capital in 10,000 yuan
 * - `product` (text; optional): 客户简介 profile
 * - `c2` (text; optional): 合作现状 cooperation status
 * - `c3` (text; optional): 合作前景 prospects
 * - `c4` (text; optional): 跟进策略 follow-up strategy
 * - `intro` (text; optional): 备注 remark
 * - `bank_1` (text; optional): 开户银行1 bank 1
 * - `bank_2` (text; optional): 开户名称1 account name 1
 * - `bank_7` (text; optional): 银行行号1 bank code 1
 * - `bank_3` (text; optional): 银行账号1 account number 1
 * - `bank_4` (text; optional): 税号1 tax number 1
 * - `bank_5` (text; optional): 地址1 address 1
 * - `bank_6` (text; optional): 电话1 phone 1
 * - `bank2_1` (text; optional): 开户银行2 bank 2
 * - `bank2_2` (text; optional): 开户名称2 account name 2
 * - `bank2_7` (text; optional): 银行行号2 bank code 2
 * - `bank2_3` (text; optional): 银行账号2 account number 2
 * - `bank2_4` (text; optional): 税号2 tax number 2
 * - `bank2_5` (text; optional): 地址2 address 2
 * - `bank2_6` (text; optional): 电话2 phone 2
 * - `fkdays` (integer; optional; 1 to 365): 账期 days after the contract's approval within which the customer pays
 * - `fkdate` (integer; optional; 1 to 31): 结算日期 day of the month by which the customer pays (wins over fkdays)
 * - `sort98` (text; optional): 跟进方式 follow-up method, by name
 * - `reply` (text; optional): 洽谈进展 the sales progress with this customer
 * - `cateName` (text; optional): 销售人员 salesperson, one name
 * - `Date1` (date; optional): 添加时间 added on (default: now)
 * - `person_name` (text; required): 联系人姓名 contact name; needed for any other contact field to be written
 * - `sex` (text; optional): 联系人性别 the contact's sex
 * - `year1` (date; optional): 联系人生日 the contact's birthday (Gregorian)
 * - `jg` (text; optional): 联系人籍贯 native place
 * - `part1` (text; optional): 联系人部门 department
 * - `job` (text; optional): 联系人职务 job title
 * - `role` (text; optional): 联系人角色 role
 * - `phone` (text; optional): 联系人办公电话 office phone: area code + number + extension, e.g. 01012345678-052
 * - `fax` (text; optional): 联系人传真 fax, written like the phone
 * - `mobile` (text; optional): 联系人手机 mobile: an 11-digit number
 * - `email` (text; optional): 联系人电子邮件 e-mail
 * - `sphone` (text; optional): 联系人收货固定电话 delivery phone
 * - `smobile` (text; optional): 联系人收货手机 delivery mobile
 * - `sarea` (text; optional; at most 50 characters): 联系人收货区域 delivery region by name (at most 50 characters)
 * - `saddress` (text; optional): 联系人收货详细地址 delivery address
 * - `szip` (integer; optional): 联系人收货邮编 delivery post code
 * - `qq` (integer; optional): 联系人QQ QQ number
 * - `weixinAcc` (text; optional): 联系人微信 WeChat
 * - `msn` (text; optional): 联系人MSN MSN
 * - `Cateadd` (text; optional): 添加人员 added by, one name (default: the API account)
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_customer_add(aftersales_zhibang_client *client,
                                      const char *params_json);

/**
 * 客户修改 edit a customer through the v3 web API (servers with /webapi/v3); every 32.x server takes customer_save_company / customer_save_person instead
 *
 * Calls `POST /webapi/v3/sales/customer/edit`. Vendor doc: help.ashx node 298.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; required): 单据ID the customer to edit
 * - `sort2` (integer; required; one of: 1 单位客户, 2 个人客户): 客户属性 kind: 1 单位客户 company, 2 个人客户 person
 * - `name` (text; required): 客户名称 customer name; the server's policy decides whether it must be unique
 * - `khid` (text; optional): 客户编号 customer number, unique
 * - `sort` (text; required): 客户分类 customer category, by name
 * - `sort1` (text; required): 跟进程度 follow-up stage, by name
 * - `ly` (text; optional): 客户来源 source, by name
 * - `area` (text; optional; at most 50 characters): 客户区域 region by name, following the region tree (at most 50 characters)
 * - `trade` (text; optional): 客户行业 industry, by name
 * - `jz` (text; optional): 价值评估 value rating, by name
 * - `credit` (text; optional): 信用等级 credit rating
 * - `url` (text; optional): 客户网址 website, e.g. https://www.example.com/
 * - `hk_xz` (integer; optional; 0 to 100): 到款限制(%) share of the amount that must be paid before goods leave
 * - `pernum1` (integer; optional): 人员数量(销售) sales headcount
 * - `pernum2` (integer; optional): 人员数量(技术) technical headcount
 * - `address` (text; optional): 客户地址 address
 * - `zip` (integer; optional; 0 to 999999): 邮编 post code, at most 6 digits
 * - `faren` (text; optional): 法人代表 legal representative
 * - `zijin` (integer; optional): 注册资本(万元) registered capital in 10,000 yuan
 * - `product` (text; optional): 客户简介 profile
 * - `c2` (text; optional): 合作现状 cooperation status
 * - `c3` (text; optional): 合作前景 prospects
 * - `c4` (text; optional): 跟进策略 follow-up strategy
 * - `intro` (text; optional): 备注 remark
 * - `bank_1` (text; optional): 开户银行1 bank 1
 * - `bank_2` (text; optional): 开户名称1 account name 1
 * - `bank_7` (text; optional): 银行行号1 bank code 1
 * - `bank_3` (text; optional): 银行账号1 account number 1
 * - `bank_4` (text; optional): 税号1 tax number 1
 * - `bank_5` (text; optional): 地址1 address 1
 * - `bank_6` (text; optional): 电话1 phone 1
 * - `bank2_1` (text; optional): 开户银行2 bank 2
 * - `bank2_2` (text; optional): 开户名称2 account name 2
 * - `bank2_7` (text; optional): 银行行号2 bank code 2
 * - `bank2_3` (text; optional): 银行账号2 account number 2
 * - `bank2_4` (text; optional): 税号2 tax number 2
 * - `bank2_5` (text; optional): 地址2 address 2
 * - `bank2_6` (text; optional): 电话2 phone 2
 * - `fkdays` (integer; optional; 1 to 365): 账期 days after the contract's approval within which the customer pays
 * - `fkdate` (integer; optional; 1 to 31): 结算日期 day of the month by which the customer pays (wins over fkdays)
 * - `sort98` (text; optional): 跟进方式 follow-up method, by name
 * - `reply` (text; optional): 洽谈进展 the sales progress with this customer
 * - `cateName` (text; optional): 销售人员 salesperson, one name
 * - `Date1` (date; optional): 添加时间 added on (default: now)
 * - `person_name` (text; required): 联系人姓名 contact name; needed for any other contact field to be written
 * - `sex` (text; optional): 联系人性别 the contact's sex
 * - `year1` (date; optional): 联系人生日 the contact's birthday (Gregorian)
 * - `jg` (text; optional): 联系人籍贯 native place
 * - `part1` (text; optional): 联系人部门 department
 * - `job` (text; optional): 联系人职务 job title
 * - `role` (text; optional): 联系人角色 role
 * - `phone` (text; optional): 联系人办公电话 office phone: area code + number + extension, e.g. 01012345678-052
 * - `fax` (text; optional): 联系人传真 fax, written like the phone
 * - `mobile` (text; optional): 联系人手机 mobile: an 11-digit number
 * - `email` (text; optional): 联系人电子邮件 e-mail
 * - `sphone` (text; optional): 联系人收货固定电话 delivery phone
 * - `smobile` (text; optional): 联系人收货手机 delivery mobile
 * - `sarea` (text; optional; at most 50 characters): 联系人收货区域 delivery region by name (at most 50 characters)
 * - `saddress` (text; optional): 联系人收货详细地址 delivery address
 * - `szip` (integer; optional): 联系人收货邮编 delivery post code
 * - `qq` (integer; optional): 联系人QQ QQ number
 * - `weixinAcc` (text; optional): 联系人微信 WeChat
 * - `msn` (text; optional): 联系人MSN MSN
 * - `Cateadd` (text; optional): 添加人员 added by, one name (default: the API account)
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_customer_edit(aftersales_zhibang_client *client,
                                       const char *params_json);

/**
 * 客户指派 assign a customer to users, or open it to everyone
 *
 * Calls `POST /sysa/mobilephone/systemmanage/order.asp?datatype=tel` with cmdkey `__sys_dosave`. Vendor doc: help.ashx node 20.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; required): 客户ID customer id
 * - `member1` (integer; required; one of: 1 对所有用户公开, 0 指派给以下用户): 指派方式: 1 对所有用户公开 open to everyone, 0 指派给以下用户 assign to member2
 * - `member2` (id_list; optional; at most 50 characters): 指派用户 user ids (from staff_list), needed with member1 0
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_customer_assign(aftersales_zhibang_client *client,
                                         const char *params_json);

/**
 * 客户收回 take a customer back into the customer pool
 *
 * Calls `POST /sysa/mobilephone/salesmanage/custom/takeback.asp`. Vendor doc: help.ashx node 21.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; required): 客户ID customer id, from customer_list
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_customer_take_back(aftersales_zhibang_client *client,
                                            const char *params_json);

/**
 * 客户申请 apply to take over a customer of the pool (then customer_approve or customer_review)
 *
 * Calls `POST /sysa/mobilephone/salesmanage/custom/apply.asp`. Vendor doc: help.ashx node 22.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; required): 客户ID customer id, from customer_list
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_customer_apply(aftersales_zhibang_client *client,
                                        const char *params_json);

/**
 * 客户审批 approve or reject an application for a customer
 *
 * Calls `POST /sysa/mobilephone/salesmanage/custom/approve.asp?__msgid=onsave` with cmdkey `onsave`. Vendor doc: help.ashx node 23.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; required): 客户ID customer id
 * - `blset` (integer; required; one of: 1 同意, 0 否决): 审批结果: 1 同意 agree, 0 否决 reject
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_customer_approve(aftersales_zhibang_client *client,
                                          const char *params_json);

/**
 * 客户审核 review an application for a customer, with a comment
 *
 * Calls `POST /sysa/mobilephone/salesmanage/custom/approve_set.asp` with cmdkey `__sys_dosave`. Vendor doc: help.ashx node 24.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; required): 客户ID customer id
 * - `jg` (integer; required; one of: 1 同意, 2 否决): 审核结果: 1 同意 agree, 2 否决 reject
 * - `intro` (text; optional; at most 500 characters): 审核意见 comment
 * - `approveSign` (text; optional; at most 50 characters): 手写签名 signature
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_customer_review(aftersales_zhibang_client *client,
                                         const char *params_json);

/**
 * 客户共享 share a customer with everyone or with listed users, and what goes with it
 *
 * Calls `POST /sysa/mobilephone/salesmanage/custom/share.asp` with cmdkey `__sys_dosave`. Vendor doc: help.ashx node 26.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; required): 客户ID customer id
 * - `member1` (integer; required; one of: 1 共享给所有用户, 0 共享给以下用户): 共享类型: 1 共享给所有用户 everyone, 0 共享给以下用户 member2
 * - `member2` (id_list; optional; at most 50 characters): 共享用户 user ids (from staff_list), needed with member1 0
 * - `sharecontact` (integer; required; one of: 1 是, 0 否): 客户联系人 also the contacts: 1 是, 0 否
 * - `replyshare` (integer; required; one of: 1 是, 0 否): 洽谈进展 also the follow-ups: 1 是, 0 否
 * - `chanceshare` (integer; required; one of: 1 是, 0 否): 客户项目 also the projects: 1 是, 0 否
 * - `contractshare` (integer; required; one of: 1 是, 0 否): 客户合同 also the contracts: 1 是, 0 否
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_customer_share(aftersales_zhibang_client *client,
                                        const char *params_json);

/**
 * 客户保护 protect a customer (it cannot be taken back into the pool)
 *
 * Calls `POST /sysa/mobilephone/salesmanage/custom/add.asp?__msgid=profect` with cmdkey `profect`. Vendor doc: help.ashx node 27.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; required): 客户ID customer id, from customer_list
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_customer_protect(aftersales_zhibang_client *client,
                                          const char *params_json);

/**
 * 客户放弃保护 stop protecting a customer
 *
 * Calls `POST /sysa/mobilephone/salesmanage/custom/add.asp?__msgid=unprofect` with cmdkey `unprofect`. Vendor doc: help.ashx node 28.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; required): 客户ID customer id, from customer_list
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_customer_unprotect(aftersales_zhibang_client *client,
                                            const char *params_json);

/**
 * 联系人添加 add a contact to a customer (no ord) or edit one (ord)
 *
 * Calls `POST /sysa/mobilephone/salesmanage/person/add.asp` with cmdkey `__sys_dosave`. Vendor doc: help.ashx node 30.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; optional): 联系人ID when editing; leave out to add
 * - `company` (integer; required): 关联客户 customer id (customer_list)
 * - `person_name` (text; required; at most 50 characters): 联系人姓名 name
 * - `pym` (text; optional; at most 50 characters): 拼音码 pinyin code
 * - `sex` (text; optional; at most 50 characters; one of: 男 男, 女 女): 性别 sex: 男 or 女 (the help types it int, with the values 男/女)
 * - `age` (integer; optional): 年龄 age
 * - `year1` (date; optional): 生日 birthday
 * - `part1` (text; optional; at most 50 characters): 部门 department
 * - `job` (text; optional; at most 50 characters): 职务 job title
 * - `phone` (text; optional; at most 50 characters): 办公电话 office phone
 * - `fax` (text; optional; at most 50 characters): 传真 fax
 * - `mobile` (text; optional; at most 50 characters): 手机 mobile
 * - `mobile2` (text; optional; at most 50 characters): 手机2 second mobile
 * - `phone2` (text; optional; at most 50 characters): 家庭电话 home phone
 * - `email` (text; optional; at most 50 characters): 电子邮件 e-mail
 * - `qq` (text; optional; at most 20 characters): QQ
 * - `weixinAcc` (text; optional; at most 50 characters): 微信 WeChat
 * - `XiQueIntro` (text; optional; at most 50 characters): 喜鹊声声
 * - `msn` (text; optional; at most 50 characters): MSN
 * - `jg` (text; optional; at most 50 characters): 籍贯 native place
 * - `zip` (text; optional; at most 10 characters): 邮编 post code
 * - `joy` (text; optional; at most 3000 characters): 爱好特长 hobbies
 * - `intro` (text; optional; at most 5000 characters): 备注 remark
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_contact_save(aftersales_zhibang_client *client,
                                      const char *params_json);

/**
 * 联系人详情 contact detail, with the contact's follow-ups
 *
 * Calls `POST /sysa/mobilephone/salesmanage/person/add.asp?edit=1`. Vendor doc: help.ashx node 31.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; required): 联系人ID contact id (contact_list)
 *
 * `data`: {"id": record id, "kind": bill type, "caption", "values": {field id: value or text, converted by the field's type like table cells}, "fields": [{"id", "caption", "group", "text", "value" (both as the vendor sent them), "kind", "dbtype", "type", "required", "read_only", "max_length", "options": [{"label", "value"}], "table"?}]}.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_contact_detail(aftersales_zhibang_client *client,
                                        const char *params_json);

/**
 * 联系人列表 contact list; checktype radio is the contact picker (person/list.asp?checktype=radio)
 *
 * Calls `POST /sysa/mobilephone/salesmanage/person/list.asp` with cmdkey `refresh`. Vendor doc: help.ashx node 32.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `stype` (integer; optional; one of: 1 生日提醒): 列表模式: empty 联系人列表, 1 生日提醒 birthdays coming up
 * - `company` (integer; optional): 客户ID the customer whose contacts to list
 * - `remind` (text; optional; one of: 7 生日提醒): 提醒类型: 7 生日提醒 birthdays
 * - `checktype` (text; optional; one of: radio 单选): 关联单据选择模式: radio = single-select picker
 * - `person_name` (text; optional): 联系人姓名 contact name contains
 * - `pym` (text; optional): 拼音码 pinyin code contains
 * - `name` (text; optional): 客户名称 customer name contains
 * - `telsort` (id_list; optional): 客户分类 customer category ids
 * - `area` (id_list; optional): 客户区域 customer region ids
 * - `trade` (id_list; optional): 客户行业 customer industry ids
 * - `part1` (text; optional): 部门 department contains
 * - `job` (text; optional): 职务 job title contains
 * - `mobile` (text; optional): 手机 mobile contains
 * - `phone` (text; optional): 办公电话 office phone contains
 * - `fax` (text; optional): 传真 fax contains
 * - `qq` (text; optional): QQ contains
 * - `email` (text; optional): 电子邮件 e-mail contains
 * - `joy` (text; optional): 联系人爱好 hobbies contain
 * - `intro` (text; optional): 联系人备注 remark contains
 * - `sex` (id_list; optional): 性别 sexes, comma-separated (男,女)
 * - `date1_0` (date; optional): 添加时间起 added from
 * - `date1_1` (date; optional): 添加时间止 added to
 * - `searchKey` (text; optional): 快速检索 quick search over every text column
 * - `pagesize` (integer; optional; 1 to 2147483647): 每页记录数 rows per page (vendor default 20)
 * - `pageindex` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
 * - `_rpt_sort` (text; optional): 排序列 a column id of the result; prefix `-` for descending
 *
 * `data`: {"columns": [{"id", "dbtype", "type"}], "rows": [{column id: cell}], "page": {"index", "size", "count", "total", "has_more"}}; cells by the column's type: integer a number, decimal exact text ("12800.00"), datetime ISO 8601, text as sent, empty null, unreadable {"raw": vendor text}.
 *
 * One page per call (`pageindex`, `pagesize`); `aftersales_zhibang_cursor_new(client, "contact_list", params_json)` walks every page.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_contact_list(aftersales_zhibang_client *client,
                                      const char *params_json);

/**
 * 洽谈进展 write a follow-up of a customer, contact, project or contract (reply.asp?datatype=tel, person, chance, contract)
 *
 * Calls `POST /sysa/mobilephone/systemmanage/reply.asp` with cmdkey `__sys_dosave`. Vendor doc: help.ashx nodes 25, 33, 38, 51.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `datatype` (text; required; one of: tel 客户, person 联系人, chance 项目, contract 合同; sent in the URL): 跟进对象 what the follow-up is about: tel 客户, person 联系人, chance 项目, contract 合同
 * - `ord` (integer; required): the customer, contact, project or contract id (the help's generic text says edits only)
 * - `intro` (text; required; at most 1000 characters): 选择模板 the follow-up text, or a template id of the server (sample: 106 谈的很好，让发合同。)
 * - `files` (text; optional; at most 50 characters): 添加附件 attachment
 * - `sort` (integer; required): 跟进方式 method: an option id of the server (enum_options 98; sample: 481 电话, 482 邮件, 483 上门, 484 其他)
 * - `lead` (integer; optional): 关联联系人 a contact of the customer, 0 none (datatype tel only)
 * - `plantype` (integer; required; one of: 2 已完成日程, 1 待完成日程, 0 不生成): 日程类型 schedule: 2 已完成日程 done, 1 待完成日程 to do, 0 不生成 none
 * - `@ret2_0` (date; optional): 开始时间 start of the done schedule (required with plantype 2; the help marks it always required)
 * - `@ret2_1` (date; optional): 结束时间 end of the done schedule (required with plantype 2)
 * - `@title2` (text; optional; at most 1000 characters): 日程内容 content of the done schedule (required with plantype 2)
 * - `@intro2` (text; optional; at most 1000 characters): 完成情况 result of the done schedule (required with plantype 2)
 * - `@cateid` (id_list; optional; at most 4000 characters): 执行人员 executors: user ids
 * - `@remind` (integer; optional; one of: 0 提醒, 1 不提醒): 是否提醒 remind: 0 提醒, 1 不提醒 (required with plantype 1)
 * - `@ret_0` (date; optional): 开始时间 start of the to-do schedule (required with plantype 1)
 * - `@ret_1` (date; optional): 结束时间 end of the to-do schedule (required with plantype 1)
 * - `@title1` (text; optional; at most 1000 characters): 日程内容 content of the to-do schedule (required with plantype 1)
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_follow_up(aftersales_zhibang_client *client,
                                   const char *params_json);

/**
 * 维修受理单 the repair intakes repair_save's repair_sl is picked from (datatype addDeal, checktype radio)
 *
 * Calls `POST /sysa/mobilephone/salesmanage/repair/list.asp` with cmdkey `refresh`. Vendor doc: named by help.ashx node 61 (repair_sl: 来自接口 repair/list.asp?datatype=addDeal&checktype=radio); the page's own help was not captured.
 *
 * Inferred, not documented by the vendor: vendor reference §8.2: repair_save's repair_sl comes from this list; no parameter table was captured.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `datatype` (text; optional; one of: addDeal 维修单选择受理单): 列表模式: addDeal = the picker of dealadd.asp
 * - `checktype` (text; optional; one of: radio 单选): 关联单据选择模式: radio = single-select picker
 * - `searchKey` (text; optional): 快速检索 quick search over every text column
 * - `pagesize` (integer; optional; 1 to 2147483647): 每页记录数 rows per page (vendor default 20)
 * - `pageindex` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
 * - `_rpt_sort` (text; optional): 排序列 a column id of the result; prefix `-` for descending
 *
 * `data`: {"columns": [{"id", "dbtype", "type"}], "rows": [{column id: cell}], "page": {"index", "size", "count", "total", "has_more"}}; cells by the column's type: integer a number, decimal exact text ("12800.00"), datetime ISO 8601, text as sent, empty null, unreadable {"raw": vendor text}.
 *
 * One page per call (`pageindex`, `pagesize`); `aftersales_zhibang_cursor_new(client, "repair_intake_list", params_json)` walks every page.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_repair_intake_list(aftersales_zhibang_client *client,
                                            const char *params_json);

/**
 * 项目列表 project (opportunity) list
 *
 * Calls `POST /sysa/mobilephone/salesmanage/chance/list.asp` with cmdkey `refresh`. Vendor doc: help.ashx node 36.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `remind` (text; optional; one of: 146 最新项目): 提醒类型: 146 最新项目 newest
 * - `ly` (text; optional): 来源 statistics source
 * - `tdate1` (text; optional): 发现日期 found on (statistics)
 * - `tdate2` (text; optional): 预计签单日期 expected signing (statistics)
 * - `stype` (integer; optional; one of: 1 待审批项目): 列表模式: empty all, 1 待审批项目 awaiting approval
 * - `company` (text; optional): 客户id customer id
 * - `isCanQA` (text; optional): 是否可以质检 quality-check flag
 * - `datatype` (text; optional; one of: contract 合同关联, tel 客户关联): 范围: contract 合同关联, tel 客户关联
 * - `ord` (text; optional): the contract (datatype contract) or customer (datatype tel) id
 * - `checktype` (text; optional; one of: radio 单选): 关联单据选择模式: radio = single-select picker
 * - `a_cateid` (text; optional): 领用人Id owner id
 * - `a_date_0` (date; optional): 发现日期起 found from
 * - `a_date_1` (date; optional): 发现日期止 found to
 * - `a_date2_0` (date; optional): 预计签单日期起 expected signing from
 * - `a_date2_1` (date; optional): 预计签单日期止 expected signing to
 * - `complete1` (id_list; optional): 项目状态 status ids
 * - `sorce` (id_list; optional): 项目来源 source ids
 * - `complete2` (id_list; optional): 项目阶段 stage ids
 * - `title` (text; optional): 项目主题 subject contains
 * - `xmid` (text; optional): 项目编号 number contains
 * - `cName` (text; optional): 客户名称 customer name contains
 * - `cAddr` (text; optional): 客户地址 customer address contains
 * - `cPhone` (text; optional): 办公电话 customer phone contains
 * - `cFax` (text; optional): 传真 customer fax contains
 * - `trade` (id_list; optional): 项目分类 category ids
 * - `area` (id_list; optional): 项目地区 region ids
 * - `searchKey` (text; optional): 快速检索 quick search over every text column
 * - `pagesize` (integer; optional; 1 to 2147483647): 每页记录数 rows per page (vendor default 20)
 * - `pageindex` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
 * - `_rpt_sort` (text; optional): 排序列 a column id of the result; prefix `-` for descending
 *
 * `data`: {"columns": [{"id", "dbtype", "type"}], "rows": [{column id: cell}], "page": {"index", "size", "count", "total", "has_more"}}; cells by the column's type: integer a number, decimal exact text ("12800.00"), datetime ISO 8601, text as sent, empty null, unreadable {"raw": vendor text}.
 *
 * One page per call (`pageindex`, `pagesize`); `aftersales_zhibang_cursor_new(client, "project_list", params_json)` walks every page.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_project_list(aftersales_zhibang_client *client,
                                      const char *params_json);

/**
 * 项目详情 project detail, with its follow-ups
 *
 * Calls `POST /sysa/mobilephone/salesmanage/chance/add.asp`. Vendor doc: help.ashx node 37.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; required): 项目ID project id (project_list)
 *
 * `data`: {"id": record id, "kind": bill type, "caption", "values": {field id: value or text, converted by the field's type like table cells}, "fields": [{"id", "caption", "group", "text", "value" (both as the vendor sent them), "kind", "dbtype", "type", "required", "read_only", "max_length", "options": [{"label", "value"}], "table"?}]}.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_project_detail(aftersales_zhibang_client *client,
                                        const char *params_json);

/**
 * 项目审批 approve or reject a project
 *
 * Calls `POST /sysa/mobilephone/systemmanage/approve.asp?dtype=25` with cmdkey `__sys_dosave`. Vendor doc: help.ashx node 39.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; required): 项目ID project id (project_list stype 1)
 * - `@__sp_money` (decimal; required; 0 to 999999999): 审批金额 approved amount
 * - `@__sp_result` (integer; required; one of: 1 同意, 2 否决): 审批结果 result
 * - `@__sp_intro` (text; optional; at most 50 characters): 审批意见 comment
 * - `@__sp_sign` (text; optional; at most 50 characters): 手写签名 signature
 * - `@bill.approve.list` (text; optional; at most 50 characters): 审批列表 (the help's caption is missing)
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_project_approve(aftersales_zhibang_client *client,
                                         const char *params_json);

/**
 * 加入合同 put a product on the account's pending contract lines (for contract_save)
 *
 * Calls `POST /sysa/mobilephone/salesmanage/contract/contractlist.asp?__msgid=addtocontract` with cmdkey `addtocontract`. Vendor doc: help.ashx nodes 42, 94.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; required): 产品ID product id (product_list)
 * - `num1` (decimal; optional; 0 to 999999999): 产品数量 quantity (default 1)
 * - `company` (integer; optional): 客户ID customer id, to price the line for that customer
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_contract_line_add(aftersales_zhibang_client *client,
                                           const char *params_json);

/**
 * 合同产品明细 the account's pending contract lines
 *
 * Calls `POST /sysa/mobilephone/salesmanage/contract/contractlist.asp` with cmdkey `refresh`. Vendor doc: help.ashx node 43.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `company` (text; optional): 关联客户ID customer id
 * - `pagesize` (integer; optional; 1 to 2147483647): 每页记录数 rows per page (vendor default 20)
 * - `pageindex` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
 * - `_rpt_sort` (text; optional): 排序列 a column id of the result; prefix `-` for descending
 *
 * `data`: {"columns": [{"id", "dbtype", "type"}], "rows": [{column id: cell}], "page": {"index", "size", "count", "total", "has_more"}}; cells by the column's type: integer a number, decimal exact text ("12800.00"), datetime ISO 8601, text as sent, empty null, unreadable {"raw": vendor text}.
 *
 * One page per call (`pageindex`, `pagesize`); `aftersales_zhibang_cursor_new(client, "contract_line_list", params_json)` walks every page.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_contract_line_list(aftersales_zhibang_client *client,
                                            const char *params_json);

/**
 * 删除合同明细 delete one pending contract line (batch 0, id) or all of them (batch 1)
 *
 * Calls `POST /sysa/mobilephone/salesmanage/contract/contractlist.asp?__msgid=delete&batch=0` with cmdkey `delete`. Vendor doc: help.ashx node 44.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `batch` (text; optional; one of: 1 所有行删除, 0 单一选择删除): 删除方式: 1 所有行 all lines, 0 单一选择 the line `id`
 * - `id` (text; optional): 明细ID the line to delete (contract_line_list id)
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_contract_line_delete(aftersales_zhibang_client *client,
                                              const char *params_json);

/**
 * 编辑产品明细 edit a pending contract line
 *
 * Calls `POST /sysa/mobilephone/salesmanage/contract/contractlist_edit.asp` with cmdkey `__sys_dosave`. Vendor doc: help.ashx node 45.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; required): 明细ID the pending line to edit (contract_line_list id)
 * - `productOrd` (text; optional; at most 50 characters): 产品id product id
 * - `jf_per_num` (text; optional; at most 50 characters): 积分 points per unit
 * - `includeTax` (text; optional; at most 50 characters): 是否含税 price includes tax
 * - `title` (text; optional; at most 50 characters): 产品名称 product name
 * - `order1` (text; optional; at most 50 characters): 编号 product number
 * - `type1` (text; optional; at most 50 characters): 型号 model
 * - `unit` (integer; required): 单位 unit id (contract_unit_choices)
 * - `num1` (decimal; required; 0 to 999999999): 数量 quantity
 * - `price1` (decimal; required; 0 to 999999999): 未税单价 unit price before tax
 * - `discountValue` (text; required; at most 50 characters): 折扣 discount as shown
 * - `discount` (decimal; required): 折扣 discount rate
 * - `priceAfterDiscount` (decimal; required; 0 to 999999999): 未税折后单价 discounted unit price before tax
 * - `priceIncludeTax` (decimal; required; 0 to 999999999): 含税单价 unit price with tax
 * - `priceAfterTaxPre` (decimal; required; 0 to 999999999): 含税折后单价 discounted unit price with tax
 * - `invoiceType` (integer; required): 票据类型 invoice type id (sample: 0 不开票)
 * - `taxRate` (decimal; required; 0 to 999999999): 税率 tax rate
 * - `moneyAfterTax` (decimal; required; 0 to 999999999): 税后总价 total with tax
 * - `concessions` (decimal; required; 0 to 999999999): 明细优惠 line concession
 * - `priceAfterTax` (decimal; required; 0 to 999999999): 优惠后单价 unit price after concession
 * - `moneyAfterConcessions` (decimal; required; 0 to 999999999): 金额 amount
 * - `money1` (decimal; required; 0 to 999999999): 优惠后总价 total after concession
 * - `taxValue` (decimal; required; 0 to 999999999): 税额 tax
 * - `pricejy` (decimal; required; 0 to 999999999): 建议进价 suggested purchase price
 * - `tpricejy` (decimal; required; 0 to 999999999): 建议总价 suggested purchase total
 * - `date2` (date; optional): 交货日期 delivery date
 * - `intro` (text; optional; at most 50 characters): 备注 remark
 * - `@InheritId_id_1` (text; optional; at most 50 characters): 自定义1 custom field 1
 * - `@InheritId_id_2` (text; optional; at most 50 characters): 自定义2 custom field 2
 * - `@InheritId_id_3` (text; optional; at most 50 characters): 自定义3 custom field 3
 * - `@InheritId_id_4` (text; optional; at most 50 characters): 自定义4 custom field 4
 * - `@InheritId_id_5` (integer; optional): 自定义5 custom option id of the server (sample: 1 红色 … 5 灰色)
 * - `@InheritId_id_6` (integer; optional): 自定义6 custom option id of the server (sample: 6 大码, 7 中码, 8 小码)
 * - `jf` (integer; required): 积分 points
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_contract_line_edit(aftersales_zhibang_client *client,
                                            const char *params_json);

/**
 * 单位选择 the units a product's contract line can be in
 *
 * Calls `POST /sysa/mobilephone/salesmanage/contract/unitchange.asp?ord=0&__unit=0&company=0`. Vendor doc: help.ashx node 46.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; required): 产品ID product id
 * - `company` (text; optional): 客户ID customer id
 *
 * `data`: {"id": record id, "kind": bill type, "caption", "values": {field id: value or text, converted by the field's type like table cells}, "fields": [{"id", "caption", "group", "text", "value" (both as the vendor sent them), "kind", "dbtype", "type", "required", "read_only", "max_length", "options": [{"label", "value"}], "table"?}]}.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_contract_unit_choices(aftersales_zhibang_client *client,
                                               const char *params_json);

/**
 * 合同添加 add a contract with the pending lines (no ord) or edit one (every 32.x server; contract_add is the v3 way)
 *
 * Calls `POST /sysa/mobilephone/salesmanage/contract/add.asp` with cmdkey `__sys_dosave`. Vendor doc: help.ashx node 47.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; optional): 合同ID when editing; leave out to add a contract that takes the pending lines
 * - `company` (integer; required): 关联客户 customer id (customer_list datatype addcontract)
 * - `htid` (text; required; at most 50 characters): 合同编号 contract number, unique
 * - `title` (text; required; at most 100 characters): 合同主题 subject
 * - `date3` (date; required): 签订日期 signed on
 * - `date1` (date; required): 开始日期 start
 * - `date2` (date; optional): 结束日期 end
 * - `cateid` (integer; optional): 销售人员 salesperson id (staff_list sort 4)
 * - `person2id` (integer; optional): 对方代表 the customer's representative: a contact id (contact_list checktype radio)
 * - `sort` (integer; required): 合同分类 category: an option id of the server (sample: 192 产品销售, 985 技术服务)
 * - `complete1` (integer; optional): 合同状态 status: an option id of the server (sample: 195 生效执行中, 196 执行完毕)
 * - `bz` (integer; required): 币种 currency id (sample: 14 人民币)
 * - `intro` (text; optional; at most 4000 characters): 合同概要 summary
 * - `chance` (text; optional; at most 50 characters): 关联项目 project id
 * - `premoney` (decimal; required; 0 to 999999999): 合同总额 total
 * - `yhvalue` (decimal; required; 0 to 999999999): 优惠总额 discount
 * - `money1` (decimal; required; 0 to 999999999): 优惠后总额 net total
 * - `fqhk` (integer; required): 收款计划 collection plan (sample: 0 自动生成, 3 出库自动收款, 4 发货自动收款, 5 开票自动收款, 6 对账手动生成)
 * - `invoicePlan` (integer; required): 开票计划 invoicing plan (sample: 1 自动开票, 3 出库自动开票, 4 发货自动开票)
 * - `invoiceMode` (integer; required): 开票类型 invoicing mode (sample: 2 明细, 0 不开票)
 * - `extras` (decimal; optional; 0 to 999999999): 运杂费 freight and sundries
 * - `维修单id` (integer; optional): 维修单id the repair order the contract is for (the help names the field this way)
 * - `@contractlist` (text; optional; at most 50 characters): 合同明细 (the lines come from the pending line list)
 * - `jh_intro3` (text; optional; at most 100 characters): 付款方式 payment terms
 * - `jh_intro4` (text; optional; at most 100 characters): 交货地址 delivery address
 * - `jh_intro5` (text; optional; at most 100 characters): 交货方式 delivery method
 * - `jh_intro6` (text; optional; at most 100 characters): 交货时间 delivery time
 * - `jh_intro1` (text; optional; at most 100 characters): 配件 accessories
 * - `jh_intro2` (text; optional; at most 500 characters): 备注 remark
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_contract_save(aftersales_zhibang_client *client,
                                       const char *params_json);

/**
 * 所有合同列表 contract list
 *
 * Calls `POST /sysa/mobilephone/salesmanage/contract/billlist.asp` with cmdkey `refresh`. Vendor doc: help.ashx node 50.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `stype` (integer; optional; one of: 0 所有合同列表, 1 待审批合同, 2 即将到期合同): 列表模式: 0 all, 1 待审批合同 awaiting approval, 2 即将到期合同 expiring
 * - `datatype` (text; optional; one of: tel 客户关联, product 产品关联, chance 项目关联): 范围: tel 客户关联, product 产品关联, chance 项目关联
 * - `ord` (text; optional): the id of the record `datatype` scopes to (customer/contract/product/project)
 * - `remind` (text; optional): 提醒类型: 14 合同审批, 17/156 员工合同到期, 21 合同到期, 23 合同交货, 128 员工合同审批, 151 最新合同, 201 合同共享
 * - `ly` (text; optional): 来源 statistics source
 * - `tdate1` (date; optional): 添加时间起 added from (statistics)
 * - `tdate2` (date; optional): 添加时间止 added to (statistics)
 * - `bzpara` (text; optional): 币种 currency (statistics)
 * - `checktype` (text; optional; one of: radio 单选): 关联单据选择模式: radio = single-select picker
 * - `a_cateid` (text; optional): 销售人员 salesperson
 * - `a_sort1` (text; optional): 合同来源 source
 * - `a_date_0` (date; optional): 签订日期起 signed from
 * - `a_date_1` (date; optional): 签订日期止 signed to
 * - `a_sort2` (text; optional): 合同状态 status
 * - `a_sort3` (text; optional): 合同分类 category
 * - `catetype` (integer; optional; one of: 1 销售人员, 2 创建人员): 人员类型: 1 销售人员 salesperson, 2 创建人员 creator (which person cateid filters)
 * - `cateid` (id_list; optional): 人员选择 staff ids
 * - `bz` (id_list; optional): 币种 currency ids
 * - `htfl` (id_list; optional): 合同分类 category ids
 * - `htzt` (id_list; optional): 合同状态 status ids
 * - `title` (text; optional): 合同主题 subject contains
 * - `htbh` (text; optional): 合同编号 number contains
 * - `khmc` (text; optional): 客户名称 customer name contains
 * - `htmoney_0` (decimal; optional): 合同金额 total from (the help swaps the captions; empty: no lower bound)
 * - `htmoney_1` (decimal; optional): 合同金额 total to (empty: no upper bound)
 * - `moneyall_0` (decimal; optional): 优惠后金额 net amount from
 * - `moneyall_1` (decimal; optional): 优惠后金额 net amount to
 * - `dateQD_0` (date; optional): 签订日期起 signed from
 * - `dateQD_1` (date; optional): 签订日期止 signed to
 * - `dateKS_0` (date; optional): 开始日期起 start from
 * - `dateKS_1` (date; optional): 开始日期止 start to
 * - `dateZZ_0` (date; optional): 终止日期起 end from
 * - `dateZZ_1` (date; optional): 终止日期止 end to
 * - `searchKey` (text; optional): 快速检索 quick search over every text column
 * - `pagesize` (integer; optional; 1 to 2147483647): 每页记录数 rows per page (vendor default 20)
 * - `pageindex` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
 * - `_rpt_sort` (text; optional): 排序列 a column id of the result; prefix `-` for descending
 *
 * `data`: {"columns": [{"id", "dbtype", "type"}], "rows": [{column id: cell}], "page": {"index", "size", "count", "total", "has_more"}}; cells by the column's type: integer a number, decimal exact text ("12800.00"), datetime ISO 8601, text as sent, empty null, unreadable {"raw": vendor text}.
 *
 * One page per call (`pageindex`, `pagesize`); `aftersales_zhibang_cursor_new(client, "contract_list", params_json)` walks every page.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_contract_list(aftersales_zhibang_client *client,
                                       const char *params_json);

/**
 * 合同共享 share a contract with everyone or with listed users
 *
 * Calls `POST /sysa/mobilephone/salesmanage/contract/share.asp` with cmdkey `__sys_dosave`. Vendor doc: help.ashx node 52.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; required): 合同ID contract id
 * - `member1` (integer; required; one of: 1 共享给所有用户, 0 共享给以下用户): 共享用户类型: 1 共享给所有用户 everyone, 0 共享给以下用户 member2
 * - `member2` (id_list; optional; at most 50 characters): 共享用户集合 user ids (staff_list), needed with member1 0
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_contract_share(aftersales_zhibang_client *client,
                                        const char *params_json);

/**
 * 合同审批 approve, reject or send back a contract (every 32.x server; contract_approval_edit is the v3 way)
 *
 * Calls `POST /sysa/mobilephone/systemmanage/approve.asp?dtype=2` with cmdkey `__sys_dosave`. Vendor doc: help.ashx node 53.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; required): 合同ID contract id (contract_list stype 1)
 * - `@__sp_money` (decimal; required; 0 to 999999999): 审批金额 approved amount
 * - `@__sp_result` (integer; required; one of: 1 同意, 2 否决, 3 退回): 审批结果 result
 * - `@__sp_intro` (text; optional; at most 50 characters): 审批意见 comment
 * - `@__sp_sign` (text; optional; at most 50 characters): 手写签名 signature
 * - `@bill.approve.list` (text; optional; at most 50 characters): 审批列表 (the help's caption is missing)
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_contract_approve(aftersales_zhibang_client *client,
                                          const char *params_json);

/**
 * 合同详情 contract detail with its lines, approvals and deliveries (servers with /webapi/v3)
 *
 * Calls `POST /webapi/v3/sales/contract/detail`. Vendor doc: help.ashx node 252.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; required): 单据ID contract id (contract_list)
 *
 * `data`: the answer's `Data` object as the server sends it (field names and JSON types are the vendor's); a `Data` list (the pages that answer several records) as {"rows": [...]}.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_contract_detail(aftersales_zhibang_client *client,
                                         const char *params_json);

/**
 * 合同审批修改 approve, reject or send back a contract, or change a decision (servers with /webapi/v3)
 *
 * Calls `POST /webapi/v3/sales/contract/approve/edit`. Vendor doc: help.ashx node 285.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; required): 单据ID contract id
 * - `approveResult` (text; required; one of: 1 同意, 0 否决, 2 退回): 审批结果: 1 同意 agree, 0 否决 reject, 2 退回 send back
 * - `returnProc` (text; optional): 退回级别 the stage to send back to (contract_approval_stages StageID)
 * - `approveMessage` (text; required): 审批意见 comment
 * - `newApprovers` (text; optional): 下一级审批人 next approvers
 * - `__cmdtag` (text; optional; one of: __cmd_updateapprove 改批): 审批模式: empty = approve, __cmd_updateapprove = change a decision (改批)
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_contract_approval_edit(aftersales_zhibang_client *client,
                                                const char *params_json);

/**
 * 合同审批记录详情 the approval stages of a contract, for returnProc (servers with /webapi/v3)
 *
 * Calls `POST /webapi/v3/sales/contract/approve/approveStageList/detail`. Vendor doc: help.ashx node 286.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; required): 单据ID contract id
 *
 * `data`: the answer's `Data` object as the server sends it (field names and JSON types are the vendor's); a `Data` list (the pages that answer several records) as {"rows": [...]}.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_contract_approval_stages(aftersales_zhibang_client *client,
                                                  const char *params_json);

/**
 * 合同添加 add a contract with its lines inline (servers with /webapi/v3; every 32.x server takes contract_line_add + contract_save)
 *
 * Calls `POST /webapi/v3/sale/contract/add`. Vendor doc: help.ashx node 296.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `Title` (text; required; at most 100 characters): 合同主题 subject
 * - `HTId` (text; required; at most 50 characters): 合同编号 contract number
 * - `CompanyName` (text; required): 客户名称 customer, by its name
 * - `SignDate` (date; required): 签订日期 signed on
 * - `BeginDate` (date; required): 开始日期 start
 * - `EndDate` (date; optional): 终止日期 end
 * - `PersonName` (text; optional): 对方代表 the customer's representative, by name
 * - `SeleManName` (text; optional): 销售人员 salesperson, by name
 * - `SortName` (text; required): 合同分类 category, by name
 * - `Currency` (text; required): 币种 currency: a currency name set up on the server
 * - `AutoCreateType` (integer; required; one of: 0 否, 1 是): 自动预计划 plan ahead automatically: 0 否, 1 是
 * - `Intro` (text; optional; at most 4000 characters): 合同概要 summary
 * - `StatusName` (text; required): 合同状态 status, by name
 * - `Extras` (decimal; optional): 运杂费 freight and sundries, not negative
 * - `Payment` (text; optional; at most 200 characters): 收款方式 payment terms
 * - `DeliveryAddress` (text; optional; at most 200 characters): 交货地址 delivery address
 * - `DeliveryWay` (text; optional; at most 200 characters): 交货方式 delivery method
 * - `DeliveryDate` (text; optional; at most 200 characters): 交货时间 delivery time
 * - `Accessory` (text; optional; at most 200 characters): 配件 accessories
 * - `Remark` (text; optional; at most 200 characters): 备注 remark
 * - `PaymentStatus` (integer; required; one of: 0 自动生成, 1 手动生成, 3 出库自动收款, 4 发货自动收款, 5 开票自动收款, 6 对账手动生成): 收款计划 collection plan
 * - `PaybackMode` (integer; required; one of: 1 汇总, 2 明细): 收款类型 collection mode
 * - `CKAccModel` (integer; optional; one of: 1 按合同对账, 2 按出库对账, 3 按发货对账, 4 按开票对账): 对账方式 reconciliation (only with PaymentStatus 6)
 * - `InvoiceStatus` (integer; required; one of: 1 自动开票, 2 手动开票, 3 出库自动开票, 4 发货自动开票, 5 对账手动生成): 开票计划 invoicing plan
 * - `InvoiceMode` (integer; required; one of: 0 不开票, 1 汇总开票, 2 明细开票): 开票类型 invoicing mode
 * - `contractList` (rows; optional): 合同明细 the lines
 *   - `ProductName` (text, required): 产品名称 product name
 *   - `ProductCode` (text, required): 产品编号 product number
 *   - `ProductType` (text): 产品型号 model
 *   - `productUnitName` (text, required): 产品单位 unit, by name
 *   - `InvoiceTypeName` (text, required): 可开具票据类型 invoice type, by name
 *   - `Id` (integer): Id
 *   - `Num` (decimal, required): 数量 quantity, more than 0
 *   - `Discount` (decimal, required): 折扣 discount, not negative
 *   - `TaxRate` (decimal, required): 税率 tax rate, not negative
 *   - `Price` (decimal, required): 单价 unit price, not negative
 *   - `Concessions` (decimal): 优惠金额 concession, not negative
 *   - `Intro` (text): 备注 remark
 *   - `DeliveryDate` (date): 交货日期 delivery date
 *   - `Points` (integer): 积分 points, not negative
 *   - `IsTax` (integer, required): 是否含税 price includes tax: 0 不含税, 1 含税
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_contract_add(aftersales_zhibang_client *client,
                                      const char *params_json);

/**
 * 发货管理 shipment list
 *
 * Calls `POST /sysa/mobilephone/storemanage/sent/list.asp` with cmdkey `refresh`. Vendor doc: help.ashx node 86.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `stype` (integer; optional; one of: 0 所有发货单, 1 未发货单): 列表模式: 0 所有发货单 all, 1 未发货单 not shipped yet
 * - `datatype` (text; optional; one of: contract 合同关联, tel 客户关联): 范围: contract 合同关联, tel 客户关联
 * - `ord` (text; optional): the id of the record `datatype` scopes to (customer/contract/product/project)
 * - `remind` (text; optional; one of: 62 发货审批提醒): 提醒类型: 62 发货审批提醒 awaiting approval
 * - `checktype` (text; optional; one of: radio 单选): 关联单据选择模式: radio = single-select picker
 * - `title` (text; optional): 发货主题 subject contains
 * - `fhbh` (text; optional): 发货单号 shipment number contains
 * - `dateYF_0` (date; optional): 应发日期起 due from
 * - `dateYF_1` (date; optional): 应发日期止 due to
 * - `dateSF_0` (date; optional): 实发日期起 shipped from
 * - `dateSF_1` (date; optional): 实发日期止 shipped to
 * - `fhfs` (id_list; optional): 发货方式 shipping method ids
 * - `khmc` (text; optional): 客户名称 customer name contains
 * - `area` (id_list; optional): 客户区域 customer region ids
 * - `cateid` (id_list; optional): 发货人 shipper ids
 * - `searchKey` (text; optional): 快速检索 quick search over every text column
 * - `pagesize` (integer; optional; 1 to 2147483647): 每页记录数 rows per page (vendor default 20)
 * - `pageindex` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
 * - `_rpt_sort` (text; optional): 排序列 a column id of the result; prefix `-` for descending
 *
 * `data`: {"columns": [{"id", "dbtype", "type"}], "rows": [{column id: cell}], "page": {"index", "size", "count", "total", "has_more"}}; cells by the column's type: integer a number, decimal exact text ("12800.00"), datetime ISO 8601, text as sent, empty null, unreadable {"raw": vendor text}.
 *
 * One page per call (`pageindex`, `pagesize`); `aftersales_zhibang_cursor_new(client, "shipment_list", params_json)` walks every page.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_shipment_list(aftersales_zhibang_client *client,
                                       const char *params_json);

/**
 * 发货单详情 shipment detail
 *
 * Calls `POST /sysa/mobilephone/storemanage/sent/detail.asp`. Vendor doc: help.ashx node 84.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; required): 发货ID shipment id (shipment_list)
 *
 * `data`: {"id": record id, "kind": bill type, "caption", "values": {field id: value or text, converted by the field's type like table cells}, "fields": [{"id", "caption", "group", "text", "value" (both as the vendor sent them), "kind", "dbtype", "type", "required", "read_only", "max_length", "options": [{"label", "value"}], "table"?}]}.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_shipment_detail(aftersales_zhibang_client *client,
                                         const char *params_json);

/**
 * 发货产品信息 the products of a shipment
 *
 * Calls `POST /sysa/mobilephone/storemanage/sent/moresendlist.asp` with cmdkey `refresh`. Vendor doc: help.ashx node 85.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (text; required): 发货ID shipment id
 * - `pagesize` (integer; optional; 1 to 2147483647): 每页记录数 rows per page (vendor default 20)
 * - `pageindex` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
 * - `_rpt_sort` (text; optional): 排序列 a column id of the result; prefix `-` for descending
 *
 * `data`: {"columns": [{"id", "dbtype", "type"}], "rows": [{column id: cell}], "page": {"index", "size", "count", "total", "has_more"}}; cells by the column's type: integer a number, decimal exact text ("12800.00"), datetime ISO 8601, text as sent, empty null, unreadable {"raw": vendor text}.
 *
 * One page per call (`pageindex`, `pagesize`); `aftersales_zhibang_cursor_new(client, "shipment_products", params_json)` walks every page.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_shipment_products(aftersales_zhibang_client *client,
                                           const char *params_json);

/**
 * 库存查看 stock records (dataType product + ord: one product's)
 *
 * Calls `POST /sysa/mobilephone/storemanage/store/list.asp` with cmdkey `refresh`. Vendor doc: help.ashx node 72.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `dataType` (text; optional; one of: product 产品关联): 列表模式: empty all, product 产品关联
 * - `ord` (text; optional): 产品ID the product (dataType product)
 * - `searchKey` (text; optional): 快速检索 quick search over every text column
 * - `pagesize` (integer; optional; 1 to 2147483647): 每页记录数 rows per page (vendor default 20)
 * - `pageindex` (integer; optional; 1 to 2147483647): 页码 page number, 1-based
 * - `_rpt_sort` (text; optional): 排序列 a column id of the result; prefix `-` for descending
 *
 * `data`: {"columns": [{"id", "dbtype", "type"}], "rows": [{column id: cell}], "page": {"index", "size", "count", "total", "has_more"}}; cells by the column's type: integer a number, decimal exact text ("12800.00"), datetime ISO 8601, text as sent, empty null, unreadable {"raw": vendor text}.
 *
 * One page per call (`pageindex`, `pagesize`); `aftersales_zhibang_cursor_new(client, "stock_list", params_json)` walks every page.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_stock_list(aftersales_zhibang_client *client,
                                    const char *params_json);

/**
 * 库存详情 one stock record
 *
 * Calls `POST /sysa/mobilephone/storemanage/store/content.asp`. Vendor doc: help.ashx 库存栏目 › 库存查看 › 库存详情 (/sysa/mobilephone/storemanage/store/content.asp).
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; required): 库存记录ID stock record id (stock_list)
 *
 * `data`: {"id": record id, "kind": bill type, "caption", "values": {field id: value or text, converted by the field's type like table cells}, "fields": [{"id", "caption", "group", "text", "value" (both as the vendor sent them), "kind", "dbtype", "type", "required", "read_only", "max_length", "options": [{"label", "value"}], "table"?}]}.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_stock_detail(aftersales_zhibang_client *client,
                                      const char *params_json);

/**
 * 产品库存列表 stock by batch, serial and location (servers with /webapi/v3)
 *
 * Calls `POST /webapi/v3/store/inventory/InventoryDetails`. Vendor doc: help.ashx 库存栏目 › 库存查看 › 产品库存列表 (/webapi/v3/store/inventory/InventoryDetails).
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `cks` (integer; optional): 仓库 warehouse id (warehouse_list)
 * - `adShelves` (text; optional): 库位 storage location
 * - `PackCode` (text; optional): 入库包装码 package code
 * - `addcate` (integer; optional): 产品添加人员 added by (user id)
 * - `title` (text; optional): 产品名称 product name
 * - `order1` (text; optional): 产品编号 product number
 * - `type1` (text; optional): 产品型号 model
 * - `cpfl` (integer; optional): 产品分类 category id (product_category_tree)
 * - `intro1` (text; optional): 产品说明 description
 * - `intro2` (text; optional): 产品参数 parameters
 * - `intro3` (text; optional): 图片与附件 pictures and attachments
 * - `Ph` (text; optional): 批号 batch number
 * - `Xlh` (text; optional): 序列号 serial number
 * - `gysname` (text; optional): 关联供应商 supplier
 * - `Bz` (text; optional): 包装 package: an option id of the server (sample: 331 纸箱包装, 332 塑料瓶装, 361 真空包装)
 * - `allunit` (text; optional): 产品单位 unit id (product_units)
 * - `Js` (text; optional): 件数 pieces; 此字段为区间字段 (range field, written as the server expects)
 * - `kcnum` (text; optional): 库存数量 stock quantity; 此字段为区间字段 (range field, written as the server expects)
 * - `djnum` (text; optional): 冻结库存 frozen quantity; 此字段为区间字段 (range field, written as the server expects)
 * - `Daterk` (text; optional): 初始入库日期 first received, yyyy-MM-dd HH:mm:ss; 此字段为区间字段 (range field)
 * - `Datesc` (text; optional): 生产日期 produced, yyyy-MM-dd HH:mm:ss; 此字段为区间字段 (range field)
 * - `Dateyx` (text; optional): 有效日期 expires, yyyy-MM-dd HH:mm:ss; 此字段为区间字段 (range field)
 * - `Dateadd` (text; optional): 产品添加日期 product added, yyyy-MM-dd HH:mm:ss; 此字段为区间字段 (range field)
 * - `page_size` (integer; optional; 1 to 2147483647): 每页返回数据行数 rows per page (vendor default 20)
 * - `page_index` (integer; optional; 1 to 2147483647): 从第几页开始返回 page number, 1-based
 *
 * `data`: {"columns": [{"id", "dbtype", "type"}], "rows": [{column id: cell}], "page": {"index", "size", "count", "total", "has_more"}}; cells by the column's type: integer a number, decimal exact text ("12800.00"), datetime ISO 8601, text as sent, empty null, unreadable {"raw": vendor text}.
 *
 * One page per call (`page_index`, `page_size`); `aftersales_zhibang_cursor_new(client, "inventory_details", params_json)` walks every page.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_inventory_details(aftersales_zhibang_client *client,
                                           const char *params_json);

/**
 * 产品库存汇总 stock per product and warehouse (servers with /webapi/v3)
 *
 * Calls `POST /webapi/v3/store/inventory/InventorySummary`. Vendor doc: help.ashx 库存栏目 › 库存查看 › 产品库存列表 (/webapi/v3/store/inventory/InventorySummary).
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `cks` (integer; optional): 仓库 warehouse id (warehouse_list)
 * - `addcate` (integer; optional): 添加人员 added by (user id)
 * - `title` (text; optional): 产品名称 product name
 * - `order1` (text; optional): 产品编号 product number
 * - `type1` (text; optional): 产品型号 model
 * - `cpfl` (integer; optional): 产品分类 category id (product_category_tree)
 * - `intro1` (text; optional): 产品说明 description
 * - `intro2` (text; optional): 产品参数 parameters
 * - `intro3` (text; optional): 图片与附件 pictures and attachments
 * - `allunit` (text; optional): 产品单位 unit id (product_units)
 * - `kcnum` (text; optional): 库存数量 stock quantity; 此字段为区间字段 (range field, written as the server expects)
 * - `djnum` (text; optional): 冻结库存 frozen quantity; 此字段为区间字段 (range field, written as the server expects)
 * - `zdy2` (text; optional): 单价 unit price (custom field 2)
 * - `zdy3` (text; optional): 供应商 supplier (custom field 3)
 * - `page_size` (integer; optional; 1 to 2147483647): 每页返回数据行数 rows per page (vendor default 20)
 * - `page_index` (integer; optional; 1 to 2147483647): 从第几页开始返回 page number, 1-based
 *
 * `data`: {"columns": [{"id", "dbtype", "type"}], "rows": [{column id: cell}], "page": {"index", "size", "count", "total", "has_more"}}; cells by the column's type: integer a number, decimal exact text ("12800.00"), datetime ISO 8601, text as sent, empty null, unreadable {"raw": vendor text}.
 *
 * One page per call (`page_index`, `page_size`); `aftersales_zhibang_cursor_new(client, "inventory_summary", params_json)` walks every page.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_inventory_summary(aftersales_zhibang_client *client,
                                           const char *params_json);

/**
 * 获取仓库列表 warehouses with their ids (apiHelper; at most 50)
 *
 * Calls `POST /webapi/api/ZBServices/webapi/Store/Stock/StockHandler/GetWarehouses`. Vendor doc: help.ashx 库存栏目 › 仓库 › 获取仓库列表 (StockHandler/GetWarehouses).
 *
 * `params_json`: no parameters (NULL, `""` or `{}`).
 *
 * `data`: {"columns": [{"id", "dbtype", "type"}], "rows": [{column id: cell}], "page": {"index", "size", "count", "total", "has_more"}}; cells by the column's type: integer a number, decimal exact text ("12800.00"), datetime ISO 8601, text as sent, empty null, unreadable {"raw": vendor text}.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_warehouse_list(aftersales_zhibang_client *client,
                                        const char *params_json);

/**
 * 库位列表 storage locations (servers with /webapi/v3)
 *
 * Calls `POST /webapi/v3/uview/stock/Pages/WareHouse/SettingApiList`. Vendor doc: help.ashx 库存栏目 › 仓库 › 库位列表 (/webapi/v3/uview/stock/Pages/WareHouse/SettingApiList).
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `Title` (text; optional): 库位名称 location name
 * - `Store` (integer; optional): 所属仓库 warehouse id
 * - `Status` (id_list; optional): 库位状态 statuses: 0 正常, 1 禁入, 2 禁出, 3 封闭, 4 停用, e.g. 0,1,2
 * - `page_size` (integer; optional; 1 to 2147483647): 每页返回数据行数 rows per page (vendor default 20)
 * - `page_index` (integer; optional; 1 to 2147483647): 从第几页开始返回 page number, 1-based
 *
 * `data`: {"columns": [{"id", "dbtype", "type"}], "rows": [{column id: cell}], "page": {"index", "size", "count", "total", "has_more"}}; cells by the column's type: integer a number, decimal exact text ("12800.00"), datetime ISO 8601, text as sent, empty null, unreadable {"raw": vendor text}.
 *
 * One page per call (`page_index`, `page_size`); `aftersales_zhibang_cursor_new(client, "location_list", params_json)` walks every page.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_location_list(aftersales_zhibang_client *client,
                                       const char *params_json);

/**
 * 获取仓库列表 warehouses with their paths (servers 32.15 and later)
 *
 * Calls `POST /webapi/v3/store/WareHouseStructList`. Vendor doc: help.ashx 库存栏目 › 仓库 › 获取仓库列表（32.15及以后） (/webapi/v3/store/WareHouseStructList).
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `Sort1` (text; optional): 仓库名称 warehouse name
 * - `Del` (integer; optional): 状态 status
 * - `page_size` (integer; optional; 1 to 2147483647): 每页返回数据行数 rows per page (vendor default 20)
 * - `page_index` (integer; optional; 1 to 2147483647): 从第几页开始返回 page number, 1-based
 *
 * `data`: {"columns": [{"id", "dbtype", "type"}], "rows": [{column id: cell}], "page": {"index", "size", "count", "total", "has_more"}}; cells by the column's type: integer a number, decimal exact text ("12800.00"), datetime ISO 8601, text as sent, empty null, unreadable {"raw": vendor text}.
 *
 * One page per call (`page_index`, `page_size`); `aftersales_zhibang_cursor_new(client, "warehouse_structure", params_json)` walks every page.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_warehouse_structure(aftersales_zhibang_client *client,
                                             const char *params_json);

/**
 * 获取产品单位列表 product units with their ids (apiHelper; at most 50)
 *
 * Calls `POST /webapi/api/ZBServices/webapi/Sales/Product/ProductHandler/GetProductUnitLists`. Vendor doc: help.ashx node 89 (ProductHandler/GetProductUnitLists).
 *
 * `params_json`: no parameters (NULL, `""` or `{}`).
 *
 * `data`: {"columns": [{"id", "dbtype", "type"}], "rows": [{column id: cell}], "page": {"index", "size", "count", "total", "has_more"}}; cells by the column's type: integer a number, decimal exact text ("12800.00"), datetime ISO 8601, text as sent, empty null, unreadable {"raw": vendor text}.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_product_units(aftersales_zhibang_client *client,
                                       const char *params_json);

/**
 * 获取发票类型列表 invoice types with their ids (apiHelper; at most 50)
 *
 * Calls `POST /webapi/api/ZBServices/webapi/Sales/Product/ProductHandler/GetInvoiceTypesLists`. Vendor doc: help.ashx node 91 (ProductHandler/GetInvoiceTypesLists).
 *
 * `params_json`: no parameters (NULL, `""` or `{}`).
 *
 * `data`: {"columns": [{"id", "dbtype", "type"}], "rows": [{column id: cell}], "page": {"index", "size", "count", "total", "has_more"}}; cells by the column's type: integer a number, decimal exact text ("12800.00"), datetime ISO 8601, text as sent, empty null, unreadable {"raw": vendor text}.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_invoice_types(aftersales_zhibang_client *client,
                                       const char *params_json);

/**
 * 产品添加 add a product (servers with /webapi/v3)
 *
 * Calls `POST /webapi/v3/store/product/add`. Vendor doc: help.ashx node 305.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `Title` (text; optional; at most 500 characters): 产品名称 name; whether it is required and unique is the server's product policy
 * - `Code` (text; optional; at most 500 characters): 产品编号 number; uniqueness is the server's product policy
 * - `Model` (text; optional; at most 500 characters): 产品型号 model
 * - `Sort1` (integer; required; at least 1): 产品分类 category id, more than 0 (product_category_tree)
 * - `User_List` (id_list; optional): 可调用范围 user ids who may use it (default 0: everyone)
 * - `Pym` (text; optional; at most 500 characters): 产品拼音码 pinyin code (default: the initials of the name)
 * - `CanOutStore` (integer; required; one of: 1 实体, 0 虚拟): 产品属性: 1 实体 goods (can leave the store), 0 虚拟 virtual
 * - `Roles` (id_list; required): 产品角色 roles: 1 自制件 made, 2 委外件 outsourced, 3 外购件 bought; 0 for a virtual product
 * - `PriceMode` (integer; required; one of: 0 先进先出法, 1 个别计价法, 2 全月平均法, 3 移动加权平均法): 计价方式 costing: 0 先进先出法, 1 个别计价法, 2 全月平均法, 3 移动加权平均法
 * - `IncludeTax` (integer; optional; one of: 1 含税, 0 不含税): 是否含税 prices include tax: 1 含税, 0 不含税 (default)
 * - `InvoiceTypes` (id_list; optional): 可开票据类型 invoice type ids (invoice_types; default 不开票)
 * - `Unitjb` (integer; required): 基本单位 base unit id (product_units)
 * - `Intro1` (text; optional): 产品说明 description
 * - `Intro2` (text; optional): 产品参数 parameters
 * - `Intro3` (text; optional): 图片与附件 pictures and attachments
 * - `Jf` (integer; optional): 积分 points
 * - `PhManage` (integer; optional): 产品批号管理 batch numbers: 1 是, otherwise 否
 * - `zdy1` (text; optional; at most 200 characters): 自定义1 custom field 1
 * - `zdy2` (text; optional; at most 200 characters): 自定义2 custom field 2
 * - `zdy3` (text; optional; at most 200 characters): 自定义3 custom field 3
 * - `zdy4` (text; optional; at most 200 characters): 自定义4 custom field 4
 * - `zdy5` (integer; optional): 自定义5 custom option id of the server
 * - `zdy6` (integer; optional): 自定义6 custom option id of the server
 * - `Period` (integer; optional): 预计销售周期 expected sales period (default 3.5 months)
 * - `PurchaleadDays` (integer; optional; 0 to 9999): 采购提前期 purchase lead days (1–9999; 0 or none: empty)
 * - `HasQC` (integer; optional; one of: 1 是, 0 否): 是否需要质检 quality check: 1 是, 0 否 (default)
 * - `Aleat1` (integer; optional): 库存下限 minimum stock (default 0)
 * - `Aleat2` (integer; optional): 库存上限 maximum stock (default 0)
 * - `SafeNum` (integer; optional): 安全库存 safety stock (default 0)
 * - `CpyxqNum` (integer; optional; 0 to 9999): 产品有效期 shelf life (1–9999; 0 or none: empty)
 * - `CpyxqUnit` (integer; optional; one of: 2 天, 3 周, 4 月, 5 年): 产品有效期单位 shelf-life unit: 2 天 (default), 3 周, 4 月, 5 年
 * - `RemindNum` (integer; optional; 0 to 9999): 产品失效提前期 expiry warning (0–9999)
 * - `RemindUnit` (integer; optional; one of: 1 小时, 2 天, 3 周, 4 月, 5 年): 失效提前期单位 unit: 1 小时, 2 天 (default), 3 周, 4 月, 5 年
 * - `MaintainNum` (integer; optional; 0 to 9999): 产品养护周期 care cycle (0–9999)
 * - `MaintainUnit` (integer; optional; one of: 1 小时, 2 天, 3 周, 4 月, 5 年): 养护周期单位 unit: 1 小时, 2 天 (default), 3 周, 4 月, 5 年
 * - `RemindPerson` (id_list; optional): 提醒人员ID user ids to remind (user_list)
 * - `ProduceleadDays` (integer; optional): 制造提前期 production lead days
 * - `ExtleadDays` (integer; optional): 变动提前期 variable lead days
 * - `ExtleadNum` (integer; optional): 变动提前期批量 variable lead batch
 * - `WastAge` (integer; optional): 损耗率 wastage rate (default 0)
 * - `Per1` (integer; optional): 下限紧急度 urgency below the minimum (default 0)
 * - `InDate` (date; optional): 创建时间 created (default: now)
 * - `Addcate` (integer; optional): 添加人ID added by (user id)
 * - `Yxq` (integer; optional; 0 to 9999): 有效期 validity (0–9999)
 * - `Unit_yxq` (integer; optional; one of: 1 小时, 2 天, 3 周, 4 月, 5 年): 有效期单位 unit: 1 小时, 2 天 (default), 3 周, 4 月, 5 年
 * - `Num_tc` (integer; optional): 提成比例 commission percentage, e.g. 20
 * - `Company` (integer; optional): 主供应商 main supplier: a customer id (customer_list)
 * - `WWSupplier` (integer; optional): 主委外供应商 main outsourcing supplier: a customer id
 * - `Num_sc` (integer; optional): 生产周期 production days
 * - `QualityType` (integer; optional): 质检方案 quality-check plan id
 * - `Tcsort1` (integer; optional): 产品提成基数值 commission base
 * - `Tcsort2` (integer; optional; one of: 1 同一比例, 2 累加比例, 3 产品比例, 4 有提成公式的提成比例记录): 产品提成比例方式 commission mode: 1 同一比例, 2 累加比例, 3 产品比例, 4 提成公式
 * - `LimitExcess` (integer; optional): 超量入库上限 over-receipt limit
 * - `PackingPrices` (rows; optional): 产品价格策略信息 price lines
 *   - `ID` (integer): 产品价格策略明细ID price line id
 *   - `Bm` (integer, required): 部门ID department id; 0 = the base price
 *   - `Bl` (integer, required): 单位比例 how many base units this unit holds (1 箱 = 100 个: 100)
 *   - `UnitID` (integer, required): 单位ID unit id (product_units)
 *   - `Txm` (text): 条形码 barcode
 *   - `Price1jy` (decimal): 建议进价 suggested purchase price
 *   - `Price1` (decimal): 最高进价 highest purchase price
 *   - `Price2jy` (decimal): 建议售价 suggested sale price
 *   - `Price2` (decimal): 最低售价 lowest sale price
 *   - `Price3` (decimal): 客户分类的价格 price for the customer category Sort
 *   - `Sort` (integer): 客户分类id customer category id
 *   - `ProductID` (integer): 产品id product id
 *   - `CgMainUnit` (integer): 采购主单位 main purchase unit: 1 开启, 0 关闭
 *   - `XlhManage` (integer): 序列号管理 serial numbers: 1 开启, 0 关闭
 *   - `MainStore` (integer): 主仓库ID main warehouse id (0: none)
 *   - `StoreCapacity` (integer): 仓库容量 capacity in the main warehouse (0: unlimited)
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_product_add(aftersales_zhibang_client *client,
                                     const char *params_json);

/**
 * 产品修改 edit a product (servers with /webapi/v3)
 *
 * Calls `POST /webapi/v3/store/product/edit`. Vendor doc: help.ashx node 306.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; required): 单据ID the product to edit (product_list)
 * - `Title` (text; optional; at most 500 characters): 产品名称 name; whether it is required and unique is the server's product policy
 * - `Code` (text; optional; at most 500 characters): 产品编号 number; uniqueness is the server's product policy
 * - `Model` (text; optional; at most 500 characters): 产品型号 model
 * - `Sort1` (integer; optional; at least 1): 产品分类 category id, more than 0 (product_category_tree)
 * - `User_List` (id_list; optional): 可调用范围 user ids who may use it (default 0: everyone)
 * - `Pym` (text; optional; at most 500 characters): 产品拼音码 pinyin code (default: the initials of the name)
 * - `Roles` (id_list; optional): 产品角色 roles: 1 自制件 made, 2 委外件 outsourced, 3 外购件 bought; 0 for a virtual product
 * - `PriceMode` (integer; optional; one of: 0 先进先出法, 1 个别计价法, 2 全月平均法, 3 移动加权平均法): 计价方式 costing: 0 先进先出法, 1 个别计价法, 2 全月平均法, 3 移动加权平均法
 * - `IncludeTax` (integer; optional; one of: 1 含税, 0 不含税): 是否含税 prices include tax: 1 含税, 0 不含税 (default)
 * - `InvoiceTypes` (id_list; optional): 可开票据类型 invoice type ids (invoice_types; default 不开票)
 * - `Unitjb` (integer; optional): 基本单位 base unit id (product_units)
 * - `Intro1` (text; optional): 产品说明 description
 * - `Intro2` (text; optional): 产品参数 parameters
 * - `Intro3` (text; optional): 图片与附件 pictures and attachments
 * - `Jf` (integer; optional): 积分 points
 * - `PhManage` (integer; optional): 产品批号管理 batch numbers: 1 是, otherwise 否
 * - `zdy1` (text; optional; at most 200 characters): 自定义1 custom field 1
 * - `zdy2` (text; optional; at most 200 characters): 自定义2 custom field 2
 * - `zdy3` (text; optional; at most 200 characters): 自定义3 custom field 3
 * - `zdy4` (text; optional; at most 200 characters): 自定义4 custom field 4
 * - `zdy5` (integer; optional): 自定义5 custom option id of the server
 * - `zdy6` (integer; optional): 自定义6 custom option id of the server
 * - `Period` (integer; optional): 预计销售周期 expected sales period
 * - `PurchaleadDays` (integer; optional; 0 to 9999): 采购提前期 purchase lead days (1–9999; 0 or none: empty)
 * - `HasQC` (integer; optional; one of: 1 是, 0 否): 是否需要质检 quality check: 1 是, 0 否 (default)
 * - `Aleat1` (integer; optional): 库存下限 minimum stock
 * - `Aleat2` (integer; optional): 库存上限 maximum stock
 * - `SafeNum` (integer; optional): 安全库存 safety stock
 * - `CpyxqNum` (integer; optional; 0 to 9999): 产品有效期 shelf life (1–9999; 0 or none: empty)
 * - `CpyxqUnit` (integer; optional; one of: 2 天, 3 周, 4 月, 5 年): 产品有效期单位 shelf-life unit: 2 天 (default), 3 周, 4 月, 5 年
 * - `RemindNum` (integer; optional; 0 to 9999): 产品失效提前期 expiry warning (0–9999)
 * - `RemindUnit` (integer; optional; one of: 1 小时, 2 天, 3 周, 4 月, 5 年): 失效提前期单位 unit: 1 小时, 2 天 (default), 3 周, 4 月, 5 年
 * - `MaintainNum` (integer; optional; 0 to 9999): 产品养护周期 care cycle (0–9999)
 * - `MaintainUnit` (integer; optional; one of: 1 小时, 2 天, 3 周, 4 月, 5 年): 养护周期单位 unit: 1 小时, 2 天 (default), 3 周, 4 月, 5 年
 * - `RemindPerson` (id_list; optional): 提醒人员ID user ids to remind (user_list)
 * - `ProduceleadDays` (integer; optional): 制造提前期 production lead days
 * - `ExtleadDays` (integer; optional): 变动提前期 variable lead days
 * - `ExtleadNum` (integer; optional): 变动提前期批量 variable lead batch
 * - `WastAge` (integer; optional): 损耗率 wastage rate
 * - `Num_tc` (integer; optional): 提成比例 commission percentage, e.g. 20
 * - `WWSupplier` (integer; optional): 主委外供应商 main outsourcing supplier: a customer id
 * - `Num_sc` (integer; optional): 生产周期 production days
 * - `Tcsort1` (integer; optional): 产品提成基数值 commission base
 * - `Tcsort2` (integer; optional; one of: 1 同一比例, 2 累加比例, 3 产品比例, 4 有提成公式的提成比例记录): 产品提成比例方式 commission mode: 1 同一比例, 2 累加比例, 3 产品比例, 4 提成公式
 * - `LimitExcess` (integer; optional; at least 1): 超量入库上限 over-receipt limit, more than 0
 * - `PackingPrices` (rows; optional): 产品价格策略信息 price lines
 *   - `ID` (integer): 产品价格策略明细ID price line id
 *   - `Bm` (integer): 部门ID department id; 0 = the base price
 *   - `Bl` (integer): 单位比例 how many base units this unit holds (1 箱 = 100 个: 100)
 *   - `UnitID` (integer): 单位ID unit id (product_units)
 *   - `Txm` (text): 条形码 barcode
 *   - `Price1jy` (decimal): 建议进价 suggested purchase price
 *   - `Price1` (decimal): 最高进价 highest purchase price
 *   - `Price2jy` (decimal): 建议售价 suggested sale price
 *   - `Price2` (decimal): 最低售价 lowest sale price
 *   - `Price3` (decimal): 客户分类的价格 price for the customer category Sort
 *   - `Sort` (integer): 客户分类id customer category id
 *   - `ProductID` (integer): 产品id product id
 *   - `CgMainUnit` (integer): 采购主单位 main purchase unit: 1 开启, 0 关闭
 *   - `XlhManage` (integer): 序列号管理 serial numbers: 1 开启, 0 关闭
 *   - `MainStore` (integer): 主仓库ID main warehouse id (0: none)
 *   - `StoreCapacity` (integer): 仓库容量 capacity in the main warehouse (0: unlimited)
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_product_edit(aftersales_zhibang_client *client,
                                      const char *params_json);

/**
 * 产品批量添加 add several products with their price lines (servers with /webapi/v3)
 *
 * Calls `POST /webapi/v3/store/productbatch/add`. Vendor doc: help.ashx node 304.
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `productlvw` (rows; required): 产品明细 the products
 *   - `Title` (text): 产品名称 name; whether it is required and unique is the server's product policy
 *   - `Code` (text): 产品编号 number; uniqueness is the server's product policy
 *   - `Model` (text): 产品型号 model
 *   - `Sort1` (integer, required): 产品分类 category id, more than 0 (product_category_tree)
 *   - `User_List` (id_list): 可调用范围 user ids who may use it (default 0: everyone)
 *   - `Pym` (text): 产品拼音码 pinyin code (default: the initials of the name)
 *   - `CanOutStore` (integer): 产品属性: 1 实体 goods (default), 0 虚拟 virtual
 *   - `Roles` (id_list, required): 产品角色 roles: 1 自制件 made, 2 委外件 outsourced, 3 外购件 bought; 0 for a virtual product
 *   - `PriceMode` (integer, required): 计价方式 costing: 0 先进先出法, 1 个别计价法, 2 全月平均法, 3 移动加权平均法
 *   - `IncludeTax` (integer): 是否含税 prices include tax: 1 含税, 0 不含税 (default)
 *   - `InvoiceTypes` (id_list): 可开票据类型 invoice type ids (invoice_types; default 不开票)
 *   - `Unitjb` (integer, required): 基本单位 base unit id (product_units)
 *   - `Intro1` (text): 产品说明 description
 *   - `Intro2` (text): 产品参数 parameters
 *   - `Intro3` (text): 图片与附件 pictures and attachments
 *   - `PhManage` (integer): 产品批号管理 batch numbers: 1 是, otherwise 否
 *   - `zdy1` (text): 自定义1 custom field 1
 *   - `zdy2` (text): 自定义2 custom field 2
 *   - `zdy3` (text): 自定义3 custom field 3
 *   - `zdy4` (text): 自定义4 custom field 4
 *   - `zdy5` (integer): 自定义5 custom option id of the server
 *   - `zdy6` (integer): 自定义6 custom option id of the server
 *   - `Period` (decimal): 预计销售周期 expected sales period, e.g. 10 (default 3.5 months)
 *   - `PurchaleadDays` (integer): 采购提前期 purchase lead days (1–9999; 0 or none: empty)
 *   - `HasQC` (integer): 是否需要质检 quality check: 1 是, 0 否 (default)
 *   - `Aleat1` (decimal): 库存下限 minimum stock (default 0)
 *   - `SafeNum` (decimal): 安全库存 safety stock (default 0)
 *   - `KuoutLimitExcess` (decimal): 销售出库超量上限 over-issue limit (default 0)
 *   - `LimitMASQNum` (decimal): 最小分配供货量 minimum allocation (default 0)
 *   - `LimitBuyNum` (decimal): 最小采购量 minimum purchase (default 0)
 *   - `LimitPackNum` (decimal): 最小包装量 minimum package (default 0)
 *   - `Aleat2` (decimal): 库存上限 maximum stock (default 0)
 *   - `CpyxqNum` (integer): 产品有效期 shelf life (1–9999; 0 or none: empty)
 *   - `CpyxqUnit` (integer): 产品有效期单位 shelf-life unit: 2 天 (default), 3 周, 4 月, 5 年
 *   - `RemindNum` (decimal): 产品失效提前期 expiry warning (default 0)
 *   - `RemindUnit` (integer): 失效提前期单位 unit: 1 小时, 2 天 (default), 3 周, 4 月, 5 年
 *   - `MaintainNum` (decimal): 产品养护周期 care cycle (default 0)
 *   - `MaintainUnit` (integer): 养护周期单位 unit: 1 小时, 2 天 (default), 3 周, 4 月, 5 年
 *   - `RemindPerson` (id_list): 提醒人员ID user ids to remind (user_list)
 *   - `ProduceleadDays` (integer): 制造提前期 production lead days
 *   - `ExtleadDays` (integer): 变动提前期 variable lead days
 *   - `ExtleadNum` (integer): 变动提前期批量 variable lead batch
 *   - `WastAge` (decimal): 损耗率 wastage rate (default 0)
 *   - `InDate` (date): 创建时间 created, yyyy-MM-dd HH:mm:ss (default: now)
 *   - `Num_tc` (decimal): 提成比例 commission percentage (default 0)
 *   - `Addcate` (integer): 添加人ID added by (user id)
 *   - `Company` (integer): 主供应商 main supplier: a customer id (customer_list)
 *   - `WWSupplier` (integer): 主委外供应商 main outsourcing supplier: a customer id
 *   - `LimitExcess` (decimal): 超量入库上限 over-receipt limit (default 0)
 * - `pricelvw` (rows; optional): 产品价格策略信息 price lines, matched to the products by Title/Code/Model
 *   - `Title` (text): 产品名称 the product this price line belongs to (matches a productlvw line)
 *   - `Code` (text): 产品编号 the product's number
 *   - `Model` (text): 产品型号 the product's model
 *   - `Bm` (integer, required): 部门ID department id; 0 = the base price
 *   - `Bl` (decimal, required): 单位比例 how many base units this unit holds
 *   - `UnitID` (integer, required): 单位ID unit id (product_units)
 *   - `Price1jy` (decimal): 建议进价 suggested purchase price
 *   - `Price1` (decimal): 最高进价 highest purchase price
 *   - `Price2jy` (decimal): 建议售价 suggested sale price
 *   - `Price2` (decimal): 最低售价 lowest sale price
 *   - `Price3` (decimal): 客户分类的价格 price for the customer category Sort
 *   - `Sort` (integer): 客户分类id customer category id
 *   - `CgMainUnit` (integer): 采购主单位: 1 开启 (default), 0 关闭
 *   - `XlhManage` (integer): 序列号管理: 1 开启, 0 关闭 (default)
 *   - `PackManage` (integer): 入库包装码: 1 开启, 0 关闭 (default)
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_product_batch_add(aftersales_zhibang_client *client,
                                           const char *params_json);

/**
 * 部门添加 add a department
 *
 * Calls `POST /webapi/v3/orgs/dept/add`. Vendor doc: help.ashx 组织架构 › 部门 › 部门添加 (/webapi/v3/orgs/dept/add).
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `name` (text; required): 部门名称 name
 * - `shortname` (text; optional): 部门简称 short name
 * - `pid` (integer; required): 上级部门 parent department id (dept_list NodeId)
 * - `openprice` (text; optional; one of: 1 开启, 0 关闭): 价格策略 price policy: 1 开启, 0 关闭
 * - `sort` (integer; optional): 重要指数 importance
 * - `funtext` (text; optional): 部门职能 function
 * - `intro` (text; optional): 部门概要 summary
 * - `Stoped` (integer; optional; one of: 1 停用, 0 正常): 是否停用: 1 停用 stopped, 0 正常 in use (default)
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_dept_add(aftersales_zhibang_client *client,
                                  const char *params_json);

/**
 * 部门修改 edit a department
 *
 * Calls `POST /webapi/v3/orgs/dept/edit`. Vendor doc: help.ashx 组织架构 › 部门 › 部门修改 (/webapi/v3/orgs/dept/edit).
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; required): 单据ID department id
 * - `name` (text; required): 部门名称 name
 * - `shortname` (text; optional): 部门简称 short name
 * - `pid` (integer; required): 上级部门 parent department id (dept_list NodeId)
 * - `openprice` (text; optional; one of: 1 开启, 0 关闭): 价格策略 price policy: 1 开启, 0 关闭
 * - `sort` (integer; optional): 重要指数 importance
 * - `funtext` (text; optional): 部门职能 function
 * - `intro` (text; optional): 部门概要 summary
 * - `Stoped` (integer; optional; one of: 1 停用, 0 正常): 是否停用: 1 停用 stopped, 0 正常 in use (default)
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_dept_edit(aftersales_zhibang_client *client,
                                   const char *params_json);

/**
 * 部门详情 department detail
 *
 * Calls `POST /webapi/v3/orgs/dept/detail`. Vendor doc: help.ashx 组织架构 › 部门 › 部门详情 (/webapi/v3/orgs/dept/detail).
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; required): 单据ID
 *
 * `data`: the answer's `Data` object as the server sends it (field names and JSON types are the vendor's); a `Data` list (the pages that answer several records) as {"rows": [...]}.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_dept_detail(aftersales_zhibang_client *client,
                                     const char *params_json);

/**
 * 账号添加 add an account
 *
 * Calls `POST /webapi/v3/orgs/user/add`. Vendor doc: help.ashx 组织架构 › 账号 › 账号添加 (/webapi/v3/orgs/user/add).
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `Name` (text; required): 姓名 name
 * - `Autohrm` (text; optional; one of: 1 将该员工同步至员工档案): 1 = 将该员工同步至员工档案 also file the employee record
 * - `Partadmin` (text; optional; one of: 1 标记为所属部门负责人): 1 = 将该账号标记为所属部门负责人 head of the department
 * - `Orgsid` (integer; required): 所属部门 department id (dept_list NodeId)
 * - `WorkPosition` (integer; required): 岗位 position: an option id of the server (sample: 476 经理, 891 代表, 939 客服)
 * - `Title` (text; optional): 职位 job title
 * - `Username` (text; required): 用户名 login name
 * - `Pw` (text; required; a secret, kept out of every message): 密码 password (a secret: kept out of every message)
 * - `ConfirmPassword` (text; required; a secret, kept out of every message): 确认密码 the password again
 * - `Top1` (integer; optional; one of: 2 超级管理员, 1 普通管理员, 0 普通账号): 账号性质: 2 超级管理员, 1 普通管理员, 0 普通账号
 * - `QxTemplate` (integer; required): 权限模板 permission template id of the server (sample: -1 普通员工, -5 销售经理)
 * - `IsMobileLoginOn` (text; optional; one of: 1 允许移动登录): 1 = 允许移动登录 mobile login allowed
 * - `mobileRole` (integer; optional): 移动端账号角色配置 mobile role (sample: 1 默认, 3 销售经理, 4 销售代表, 6 库管)
 * - `zxbflag` (text; optional; one of: 1 启用在线客服): 1 = 启用在线客服 online service on
 * - `limitMobile` (rows; optional): 可登录设备 devices the account may log in from
 *   - `id` (integer): id
 *   - `addcate` (integer): addcate
 *   - `macsn` (text): 设备串号 device serial
 *   - `useBind` (text): 状态 state
 *   - `phone` (text): 备注 remark
 *   - `date7` (date): 添加时间 added on
 *   - `addName` (text): 添加人员 added by
 * - `Ygid` (text; optional): 员工编码 employee number
 * - `Cardid` (text; optional): 身份证号 identity card number
 * - `Sex` (text; optional; one of: 男 男, 女 女): 性别 男 or 女
 * - `Jg` (text; optional): 籍贯 native place
 * - `Mz` (text; optional): 民族 ethnicity
 * - `Date1` (date; optional): 出生日期 birthday
 * - `Date2` (date; optional): 合同开始 contract start
 * - `date3` (date; optional): 合同截止 contract end
 * - `Xl` (text; optional): 学历 education (小学, 初中, 高中, 技校, 中专, 大专, 本科, 硕士, 博士)
 * - `Zy` (text; optional): 专业 major
 * - `Xx` (text; optional): 毕业院校 school
 * - `Phone1` (text; optional): 办公电话 office phone
 * - `Phone2` (text; optional): 家庭电话 home phone
 * - `Mobile` (text; optional): 手机 mobile
 * - `Fax` (text; optional): 传真 fax
 * - `Email` (text; optional): 电子邮件 e-mail
 * - `Address` (text; optional): 家庭住址 home address
 * - `Alt` (integer; optional; one of: 1 开启, 0 关闭): 合同提醒 contract reminder: 1 开启, 0 关闭
 * - `Intro` (text; optional): 特长/爱好/备注 skills, hobbies, remark
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_user_add(aftersales_zhibang_client *client,
                                  const char *params_json);

/**
 * 账号修改 edit an account
 *
 * Calls `POST /webapi/v3/orgs/user/edit`. Vendor doc: help.ashx 组织架构 › 账号 › 账号修改 (/webapi/v3/orgs/user/edit).
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; required): 单据ID account id (user_list ord)
 * - `Name` (text; required): 姓名 name
 * - `Autohrm` (text; optional; one of: 1 将该员工同步至员工档案): 1 = 将该员工同步至员工档案 also file the employee record
 * - `Partadmin` (text; optional; one of: 1 标记为所属部门负责人): 1 = 将该账号标记为所属部门负责人 head of the department
 * - `Orgsid` (integer; required): 所属部门 department id (dept_list NodeId)
 * - `WorkPosition` (integer; required): 岗位 position: an option id of the server (sample: 476 经理, 891 代表, 939 客服)
 * - `Title` (text; optional): 职位 job title
 * - `Username` (text; required): 用户名 login name
 * - `Pw` (text; required; a secret, kept out of every message): 密码 password (a secret: kept out of every message)
 * - `ConfirmPassword` (text; required; a secret, kept out of every message): 确认密码 the password again
 * - `Top1` (integer; optional; one of: 2 超级管理员, 1 普通管理员, 0 普通账号): 账号性质: 2 超级管理员, 1 普通管理员, 0 普通账号
 * - `QxTemplate` (integer; required): 权限模板 permission template id of the server (sample: -1 普通员工, -5 销售经理)
 * - `IsMobileLoginOn` (text; optional; one of: 1 允许移动登录): 1 = 允许移动登录 mobile login allowed
 * - `mobileRole` (integer; optional): 移动端账号角色配置 mobile role (sample: 1 默认, 3 销售经理, 4 销售代表, 6 库管)
 * - `zxbflag` (text; optional; one of: 1 启用在线客服): 1 = 启用在线客服 online service on
 * - `limitMobile` (rows; optional): 可登录设备 devices the account may log in from
 *   - `id` (integer): id
 *   - `addcate` (integer): addcate
 *   - `macsn` (text): 设备串号 device serial
 *   - `useBind` (text): 状态 state
 *   - `phone` (text): 备注 remark
 *   - `date7` (date): 添加时间 added on
 *   - `addName` (text): 添加人员 added by
 * - `Ygid` (text; optional): 员工编码 employee number
 * - `Cardid` (text; optional): 身份证号 identity card number
 * - `Sex` (text; optional; one of: 男 男, 女 女): 性别 男 or 女
 * - `Jg` (text; optional): 籍贯 native place
 * - `Mz` (text; optional): 民族 ethnicity
 * - `Date1` (date; optional): 出生日期 birthday
 * - `Date2` (date; optional): 合同开始 contract start
 * - `date3` (date; optional): 合同截止 contract end
 * - `Xl` (text; optional): 学历 education (小学, 初中, 高中, 技校, 中专, 大专, 本科, 硕士, 博士)
 * - `Zy` (text; optional): 专业 major
 * - `Xx` (text; optional): 毕业院校 school
 * - `Phone1` (text; optional): 办公电话 office phone
 * - `Phone2` (text; optional): 家庭电话 home phone
 * - `Mobile` (text; optional): 手机 mobile
 * - `Fax` (text; optional): 传真 fax
 * - `Email` (text; optional): 电子邮件 e-mail
 * - `Address` (text; optional): 家庭住址 home address
 * - `Alt` (integer; optional; one of: 1 开启, 0 关闭): 合同提醒 contract reminder: 1 开启, 0 关闭
 * - `Intro` (text; optional): 特长/爱好/备注 skills, hobbies, remark
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_user_edit(aftersales_zhibang_client *client,
                                   const char *params_json);

/**
 * 账号删除 delete an account
 *
 * Calls `POST /webapi/v3/orgs/user/delete`. Vendor doc: help.ashx 组织架构 › 账号 › 账号删除 (/webapi/v3/orgs/user/delete).
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; required): 单据ID
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_user_delete(aftersales_zhibang_client *client,
                                     const char *params_json);

/**
 * 账号详情 account detail (the password comes as the server sends it; the sandbox masks it)
 *
 * Calls `POST /webapi/v3/orgs/user/detail`. Vendor doc: help.ashx 组织架构 › 账号 › 账号详情 (/webapi/v3/orgs/user/detail).
 *
 * `params_json`, a JSON object with the vendor's parameter names (NULL or `""` mean `{}`):
 * - `ord` (integer; required): 单据ID
 *
 * `data`: the answer's `Data` object as the server sends it (field names and JSON types are the vendor's); a `Data` list (the pages that answer several records) as {"rows": [...]}.
 *
 * Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the top of this header.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`; `params_json` is NULL or a NUL-terminated string.
 */
char *aftersales_zhibang_user_detail(aftersales_zhibang_client *client,
                                     const char *params_json);

/**
 * The `enum aftersales_error_code` value of an error code name, e.g. of the `error.code` of a failure envelope:
 * `"timeout"` gives `AFTERSALES_ERROR_TIMEOUT`. NULL, a name this library does not know and text that is not
 * UTF-8 give `AFTERSALES_ERROR_UNKNOWN` (0).
 *
 * Thread-safe; keeps nothing of `code`.
 *
 * Pointers: `code` is NULL or a NUL-terminated string.
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
 * Pointers: `config_json` is NULL or a NUL-terminated string; `error_json` is NULL or writable.
 */
aftersales_eshouhou_client *aftersales_eshouhou_client_new(const char *config_json,
                                                           char **error_json);

/**
 * Frees an eshouhou client; NULL is a no-op. No call on the client may be in flight. Cursors made from
 * it stay valid (they share the client internally) until freed.
 *
 * Pointers: `client` is NULL or a client from `aftersales_eshouhou_client_new` that was not freed before.
 */
void aftersales_eshouhou_client_free(aftersales_eshouhou_client *client);

/**
 * Calls any eshouhou endpoint by its catalogue name (e.g. `"get_customer_project"`), exactly as its
 * own function would. An unknown name is the error `unknown_endpoint`.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is a live client or NULL; `endpoint` and `params_json` are NULL or NUL-terminated strings.
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
 * Pointers: as for `aftersales_eshouhou_call`.
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
 * Pointers: `cursor` is NULL or a live cursor from `aftersales_eshouhou_cursor_new`.
 */
char *aftersales_eshouhou_cursor_next(aftersales_eshouhou_cursor *cursor);

/**
 * Frees a cursor; NULL is a no-op.
 *
 * Pointers: `cursor` is NULL or a cursor from `aftersales_eshouhou_cursor_new` that was not freed before.
 */
void aftersales_eshouhou_cursor_free(aftersales_eshouhou_cursor *cursor);

/**
 * Fetches every page of an eshouhou list endpoint, up to `max_pages` pages (0: no limit), into one
 * envelope: `data` is `{"rows": [...], "pages": n, "complete": bool}`; `complete` is false when the
 * limit stopped the walk. Prefer a cursor for long lists: this holds every row in memory.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: as for `aftersales_eshouhou_call`.
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
 * Pointers: `client` is NULL or a live client from `aftersales_eshouhou_client_new`.
 */
char *aftersales_eshouhou_client_stats(aftersales_eshouhou_client *client);

/**
 * What the client is, for a host's logs and diagnostics: an envelope whose `data` is `{"provider",
 * "base_url", "app_id", "name"}` (`name` is the config's label, or null). Never a secret.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_eshouhou_client_new`.
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
 * Pointers: `client` is NULL or a live client; `endpoint`, `params_json` and `options_json` are NULL or
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
 * Pointers: as for `aftersales_eshouhou_call_with`; `callback` is NULL or a function that may be called from any
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
 * Pointers: as for `aftersales_eshouhou_call_with`.
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
 * Pointers: `text` is NULL or a string returned by this library that has not been freed yet.
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
 * Pointers: `callback` is NULL or a function that may be called from any thread with `user_data` until this
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
 * Pointers: `name` is NULL or NUL-terminated; `callbacks` is NULL or valid for reading; its functions may be
 * called from any thread with `user_data` for as long as the process runs.
 */
int32_t aftersales_credential_store_register(const char *name,
                                             const aftersales_credential_store_callbacks *callbacks,
                                             void *user_data);

/**
 * Hands the value a `get` callback found to the library, which copies `length` bytes of `value`. Call
 * it only from within that `get` callback, with the `reply` it was given.
 *
 * Pointers: `reply` is the pointer the `get` callback received; `value` is valid for `length` bytes.
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
 * Pointers: `config_json` is NULL or a NUL-terminated string; `error_json` is NULL or writable.
 */
aftersales_zhibang_client *aftersales_zhibang_client_new(const char *config_json,
                                                         char **error_json);

/**
 * Frees a Zhibang client; NULL is a no-op. It does not log out (call `aftersales_zhibang_logout` first
 * to end the session on the server). No call on the client may be in flight. Cursors made from it stay
 * valid until freed.
 *
 * Pointers: `client` is NULL or a client from `aftersales_zhibang_client_new` that was not freed before.
 */
void aftersales_zhibang_client_free(aftersales_zhibang_client *client);

/**
 * Calls any Zhibang endpoint by its catalogue name (e.g. `"service_list"`), exactly as its own
 * function would. An unknown name is the error `unknown_endpoint`.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is a live client or NULL; `endpoint` and `params_json` are NULL or NUL-terminated strings.
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
 * Pointers: as for `aftersales_zhibang_call`.
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
 * Pointers: `cursor` is NULL or a live cursor from `aftersales_zhibang_cursor_new`.
 */
char *aftersales_zhibang_cursor_next(aftersales_zhibang_cursor *cursor);

/**
 * Frees a cursor; NULL is a no-op.
 *
 * Pointers: `cursor` is NULL or a cursor from `aftersales_zhibang_cursor_new` that was not freed before.
 */
void aftersales_zhibang_cursor_free(aftersales_zhibang_cursor *cursor);

/**
 * Fetches every page of a Zhibang list endpoint, up to `max_pages` pages (0: no limit), into one
 * envelope: `data` is `{"rows": [...], "columns": [...], "pages": n, "complete": bool}`; `complete` is
 * false when the limit stopped the walk. Prefer a cursor for long tables: this holds every row in memory.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: as for `aftersales_zhibang_call`.
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
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`.
 */
char *aftersales_zhibang_client_stats(aftersales_zhibang_client *client);

/**
 * What the client is, for a host's logs and diagnostics: an envelope whose `data` is `{"provider",
 * "base_url", "username", "name"}` (`name` is the config's label, or null). Never a secret.
 *
 * Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
 *
 * Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`.
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
 * Pointers: `client` is NULL or a live client; `endpoint`, `params_json` and `options_json` are NULL or
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
 * Pointers: as for `aftersales_zhibang_call_with`; `callback` is NULL or a function that may be called from any
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
 * Pointers: as for `aftersales_zhibang_call_with`.
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
