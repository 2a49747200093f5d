/*
 * The C ABI as a C (and C++) program sees it: compiled against include/aftersales.h with
 * -std=c99 -Wall -Wextra -Werror (and as C++), linked to the built library, run against the sandbox
 * and under valgrind. Usage: abi_test <sandbox-url>
 *
 * Envelopes are checked with substring matches on the compact JSON the library writes; the Rust and
 * Python suites check their full structure.
 */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "aftersales.h"

static int failures = 0;
static int checks = 0;

#define CHECK(condition, what)                                   \
    do {                                                         \
        checks++;                                                \
        if (!(condition)) {                                      \
            failures++;                                          \
            fprintf(stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__, what); \
        }                                                        \
    } while (0)

/* Checks that an envelope contains `expected`, prints it on failure, and frees it. */
static void expect_and_free(char *envelope, const char *expected, const char *what) {
    CHECK(envelope != NULL, what);
    if (envelope == NULL) {
        return;
    }
    if (strstr(envelope, expected) == NULL) {
        fprintf(stderr, "  envelope of %s: %.300s\n", what, envelope);
    }
    CHECK(strstr(envelope, expected) != NULL, what);
    aftersales_string_free(envelope);
}

static char config_buffer[512];

static const char *eshouhou_config(const char *url) {
    snprintf(config_buffer, sizeof config_buffer,
             "{\"app_id\":\"ysh54dd4f8arinfx\",\"app_secret\":\"45e1cc23a7144a28ab110804491e3135\","
             "\"base_url\":\"%s\",\"service_space_id\":\"6a8251ba-ce64-46b7-a505-a4e560032706\","
             "\"service_network_id\":\"bd7fc093-0ccf-4335-9daf-10931b4e7c7d\"}",
             url);
    return config_buffer;
}

static const char *zhibang_config(const char *url) {
    snprintf(config_buffer, sizeof config_buffer,
             "{\"base_url\":\"%s\",\"username\":\"apiuser\",\"password\":\"sandbox-pass\"}", url);
    return config_buffer;
}

static void test_versions_and_catalogue(void) {
    char *catalogue;
    CHECK(aftersales_abi_version() == AFTERSALES_ABI_VERSION, "runtime ABI version equals the header's");
    CHECK(strcmp(aftersales_version(), AFTERSALES_VERSION) == 0, "runtime version equals the header's");
    catalogue = aftersales_endpoints();
    CHECK(catalogue != NULL && strstr(catalogue, "\"function\":\"aftersales_zhibang_service_list\"") != NULL,
          "the catalogue lists service_list");
    aftersales_string_free(catalogue);
}

static void test_bad_config(void) {
    char *error = NULL;
    aftersales_zhibang_client *client =
        aftersales_zhibang_client_new("{\"base_url\":\"http://127.0.0.1:9\",\"username\":\"u\",\"password\":\"p\",\"pasword\":\"x\"}",
                                      &error);
    CHECK(client == NULL, "an unknown config key is refused");
    expect_and_free(error, "\"code\":\"unknown_parameter\"", "unknown config key");
    CHECK(aftersales_eshouhou_client_new("{}", NULL) == NULL, "a NULL error_json is allowed");
}

/* The code of a failure envelope, as the number a switch takes. */
static aftersales_error_code code_of(const char *envelope) {
    char name[64] = "";
    const char *start = envelope == NULL ? NULL : strstr(envelope, "\"code\":\"");
    if (start != NULL) {
        sscanf(start + strlen("\"code\":\""), "%63[a-z0-9_]", name);
    }
    return aftersales_error_code_from_string(name);
}

static void test_error_codes(void) {
    char *error = NULL;
    CHECK(aftersales_zhibang_client_new("{\"username\":\"u\",\"password\":\"p\"}", &error) == NULL, "base_url is required");
    switch (code_of(error)) {
        case AFTERSALES_ERROR_MISSING_PARAMETER:
            CHECK(1, "a missing config key maps to AFTERSALES_ERROR_MISSING_PARAMETER");
            break;
        default:
            CHECK(0, "a missing config key maps to AFTERSALES_ERROR_MISSING_PARAMETER");
    }
    aftersales_string_free(error);
    CHECK(aftersales_error_code_from_string("timeout") == AFTERSALES_ERROR_TIMEOUT, "timeout");
    CHECK(aftersales_error_code_from_string("outcome_unknown") == AFTERSALES_ERROR_OUTCOME_UNKNOWN, "outcome_unknown");
    CHECK(AFTERSALES_ERROR_NULL_ARGUMENT == 1 && AFTERSALES_ERROR_UNKNOWN == 0, "numbers are the documented ones");
    CHECK(aftersales_error_code_from_string("no_such_code") == AFTERSALES_ERROR_UNKNOWN, "an unknown name is 0");
    CHECK(aftersales_error_code_from_string(NULL) == AFTERSALES_ERROR_UNKNOWN, "NULL is 0");
}

static void test_eshouhou(const char *url) {
    char *error = NULL;
    aftersales_eshouhou_client *client = aftersales_eshouhou_client_new(eshouhou_config(url), &error);
    CHECK(client != NULL && error == NULL, "eshouhou client created");
    expect_and_free(aftersales_eshouhou_get_customer_project(
                        client, "{\"projectId\":\"a6fa4a6c-f0a8-4684-b09c-880cb29a61b9\"}"),
                    "\"Value\":\"CP00000097\"", "get_customer_project");
    expect_and_free(aftersales_eshouhou_call(client, "get_work_orders", "{\"pageSize\":3}"), "\"StateName\":",
                    "get_work_orders through _call");
    expect_and_free(aftersales_eshouhou_get_customer_project(client, NULL), "\"code\":\"missing_parameter\"",
                    "a missing projectId");
    expect_and_free(aftersales_eshouhou_call(client, NULL, NULL), "\"code\":\"null_argument\"", "a NULL endpoint");
    aftersales_eshouhou_client_free(client);
}

static void test_zhibang_cursor(aftersales_zhibang_client *client) {
    aftersales_zhibang_cursor *cursor = aftersales_zhibang_cursor_new(client, "customer_list", "{\"pagesize\":100}");
    int pages = 0;
    int done = 0;
    while (!done && pages < 100) {
        char *page = aftersales_zhibang_cursor_next(cursor);
        CHECK(page != NULL && strstr(page, "\"ok\":true") != NULL, "each page is a success");
        done = page != NULL && strstr(page, "\"done\":true") != NULL;
        aftersales_string_free(page);
        pages++;
    }
    CHECK(done && pages > 1, "the cursor walks several pages to the end");
    expect_and_free(aftersales_zhibang_cursor_next(cursor), "\"data\":null", "after the end");
    aftersales_zhibang_cursor_free(cursor);
}

static void *list_services(void *client) {
    int call;
    for (call = 0; call < 3; call++) {
        expect_and_free(aftersales_zhibang_service_list((aftersales_zhibang_client *)client, "{\"pagesize\":5}"),
                        "\"ok\":true", "service_list from a thread");
    }
    return NULL;
}

static void test_zhibang(const char *url) {
    char *error = NULL;
    pthread_t threads[8];
    int index;
    aftersales_zhibang_client *client = aftersales_zhibang_client_new(zhibang_config(url), &error);
    CHECK(client != NULL && error == NULL, "zhibang client created");
    for (index = 0; index < 8; index++) {
        CHECK(pthread_create(&threads[index], NULL, list_services, client) == 0, "thread started");
    }
    for (index = 0; index < 8; index++) {
        pthread_join(threads[index], NULL);
    }
    expect_and_free(aftersales_zhibang_login(client, NULL), "\"reused\":true", "one shared login");
    expect_and_free(aftersales_zhibang_service_handle(client, "{\"ord\":1}"), "\"parameter\":\"cateid\"",
                    "a handling without its required fields");
    expect_and_free(aftersales_zhibang_list_all(client, "product_list", "{\"pagesize\":50}", 2),
                    "\"complete\":false", "list_all with a page limit");
    test_zhibang_cursor(client);
    expect_and_free(aftersales_zhibang_logout(client, NULL), "\"logged_out\":true", "logout");
    aftersales_zhibang_client_free(client);
}

/* What the log callback saw: a count per kind, and whether any event held the password. */
static struct {
    pthread_mutex_t lock;
    int calls;
    int requests;
    int logins;
    int leaked;
    int wrong_user_data;
} seen = {PTHREAD_MUTEX_INITIALIZER, 0, 0, 0, 0, 0};

static void on_event(void *user_data, uint32_t level, const char *event_json) {
    pthread_mutex_lock(&seen.lock);
    if (user_data != (void *)&seen) {
        seen.wrong_user_data++;
    }
    if (strstr(event_json, "\"event\":\"call\"") != NULL && level == AFTERSALES_LOG_INFO) {
        seen.calls++;
    }
    if (strstr(event_json, "\"event\":\"request\"") != NULL && level == AFTERSALES_LOG_DEBUG) {
        seen.requests++;
    }
    if (strstr(event_json, "\"event\":\"login\"") != NULL) {
        seen.logins++;
    }
    if (strstr(event_json, "sandbox-pass") != NULL) {
        seen.leaked++;
    }
    pthread_mutex_unlock(&seen.lock);
}

static void test_log_callback_and_stats(const char *url) {
    char *error = NULL;
    int calls_before_off;
    aftersales_zhibang_client *client;
    aftersales_set_log_callback(on_event, &seen, AFTERSALES_LOG_DEBUG);
    client = aftersales_zhibang_client_new(zhibang_config(url), &error);
    CHECK(client != NULL, "zhibang client for logging");
    expect_and_free(aftersales_zhibang_service_list(client, "{\"pagesize\":5}"), "\"request_id\":\"",
                    "meta.request_id");
    CHECK(seen.calls == 1 && seen.requests == 2 && seen.logins == 1, "call, request and login events arrived");
    aftersales_set_log_callback(on_event, &seen, AFTERSALES_LOG_WARN);
    expect_and_free(aftersales_zhibang_service_list(client, NULL), "\"ok\":true", "a quiet call");
    calls_before_off = seen.calls;
    CHECK(calls_before_off == 1, "no info event below the warn minimum");
    aftersales_set_log_callback(NULL, NULL, AFTERSALES_LOG_OFF);
    expect_and_free(aftersales_zhibang_service_list(client, NULL), "\"ok\":true", "a call without a callback");
    CHECK(seen.calls == calls_before_off && seen.leaked == 0 && seen.wrong_user_data == 0,
          "no event after the callback was removed, none with the password, user_data as given");
    expect_and_free(aftersales_zhibang_client_stats(client), "\"calls\":3", "stats count the calls");
    expect_and_free(aftersales_zhibang_client_describe(client), "\"username\":\"apiuser\"", "description");
    aftersales_zhibang_client_free(client);
}

int main(int argc, char **argv) {
    uint64_t live_before;
    if (argc != 2) {
        fprintf(stderr, "usage: %s <sandbox-url>\n", argv[0]);
        return 2;
    }
    live_before = aftersales_live_string_count();
    test_versions_and_catalogue();
    test_bad_config();
    test_error_codes();
    test_eshouhou(argv[1]);
    test_zhibang(argv[1]);
    test_log_callback_and_stats(argv[1]);
    aftersales_string_free(NULL);
    aftersales_zhibang_client_free(NULL);
    aftersales_eshouhou_cursor_free(NULL);
    CHECK(aftersales_live_string_count() == live_before, "every returned string was freed");
    printf("%d checks, %d failed\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
