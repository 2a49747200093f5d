/*
 * Calls every endpoint of both vendors through libaftersales and prints a short, indented excerpt of
 * each result. Usage: demo <sandbox-url>   (scripts/demo.sh builds and runs it against the sandbox)
 *
 * Ids for the detail calls are taken from the list answers, and the handling options from the server's
 * own form, as an integration would do it. A real program would parse envelopes with a JSON library;
 * this demo only needs a few values and pretty-prints the rest.
 */
#include <stdio.h>
#include <string.h>

#include "aftersales.h"

#define EXCERPT_LINES 7

/* Prints the JSON value at the start of `json` indented, at most `max_lines` lines. */
static void print_indented(const char *json, int max_lines) {
    int depth = 0, in_string = 0, escaped = 0, lines = 1;
    const char *c;
    printf("      ");
    for (c = json; *c != '\0'; c++) {
        if (in_string) {
            putchar(*c);
            if (escaped) {
                escaped = 0;
            } else if (*c == '\\') {
                escaped = 1;
            } else if (*c == '"') {
                in_string = 0;
            }
            continue;
        }
        if (*c == '"') {
            in_string = 1;
            putchar(*c);
        } else if (*c == '{' || *c == '[' || *c == ',') {
            if (*c != ',') {
                depth++;
            }
            putchar(*c);
            if (++lines > max_lines) {
                printf(" …\n");
                return;
            }
            printf("\n      %*s", depth * 2, "");
        } else if (*c == '}' || *c == ']') {
            depth--;
            putchar(*c);
            if (depth == 0) {
                break;
            }
        } else if (*c == ':') {
            printf(": ");
        } else {
            putchar(*c);
        }
    }
    putchar('\n');
}

/* Copies the first value (string or number) following `key` (e.g. "\"ord\":") after `from`. */
static int value_after(const char *from, const char *key, char *out, size_t size) {
    const char *start = from != NULL ? strstr(from, key) : NULL;
    size_t length = 0;
    if (start == NULL) {
        return 0;
    }
    start += strlen(key);
    if (*start == '"') {
        start++;
    }
    while (start[length] != '\0' && start[length] != '"' && start[length] != ',' && start[length] != '}' &&
           length + 1 < size) {
        length++;
    }
    memcpy(out, start, length);
    out[length] = '\0';
    return length > 0;
}

/* Prints one call's outcome and returns the envelope (the caller frees it). */
static char *show(const char *provider, const char *endpoint, char *envelope) {
    const char *data = strstr(envelope, "\"data\":");
    char code[64];
    if (strncmp(envelope, "{\"ok\":true", 10) == 0 && data != NULL) {
        printf("  %-8s %-30s ok\n", provider, endpoint);
        print_indented(data + 7, EXCERPT_LINES);
    } else {
        value_after(envelope, "\"code\":", code, sizeof code);
        printf("  %-8s %-30s %s\n", provider, endpoint, code);
        print_indented(envelope, EXCERPT_LINES);
    }
    return envelope;
}

static void eshouhou_tour(const char *url) {
    static const char *calls[][2] = {
        {"token", "{\"expire\": 2}"},
        {"get_service_space", NULL},
        {"get_work_orders_v1", "{\"pageSize\": 2}"},
        {"get_work_orders", "{\"pageSize\": 2, \"condition\": {\"state\": [5, 6]}}"},
        {"get_work_process", "{\"workOrderId\": \"4cda4c70-9d53-47c6-8641-c9e50d078c09\"}"},
        {"get_customer", "{\"customerId\": \"dc540ce7-5bc5-4275-b8fa-2004eb5839e3\"}"},
        {"get_customer_project", "{\"projectId\": \"a6fa4a6c-f0a8-4684-b09c-880cb29a61b9\"}"},
        {"get_customer_products", "{\"pageSize\": 2}"},
        {"get_customer_product", "{\"productId\": \"034f293b-ef48-44b5-8fcc-ead69235829e\"}"},
        {"get_customer_contacts", "{\"pageSize\": 2}"},
        {"get_customer_by_user_name", "{\"phoneNum\": \"13888888888\"}"},
        {"get_category_and_product_list", "{\"categoryId\": \"0\", \"queryType\": 2}"},
        {"search_product_list", "{\"searchKey\": \"净水\", \"pageSize\": 2}"},
        {"search_accessory_list", "{\"pageSize\": 2}"},
        {"get_products", "{\"pageSize\": 2}"},
        {"get_accessories", "{\"pageSize\": 2}"},
    };
    char config[512];
    char *error = NULL;
    size_t index;
    aftersales_eshouhou_client *client;
    snprintf(config, sizeof config,
             "{\"app_id\": \"ysh54dd4f8arinfx\", \"app_secret\": \"45e1cc23a7144a28ab110804491e3135\", "
             "\"base_url\": \"%s\", \"service_space_id\": \"6a8251ba-ce64-46b7-a505-a4e560032706\", "
             "\"service_network_id\": \"bd7fc093-0ccf-4335-9daf-10931b4e7c7d\"}",
             url);
    client = aftersales_eshouhou_client_new(config, &error);
    if (client == NULL) {
        printf("eshouhou client: %s\n", error);
        aftersales_string_free(error);
        return;
    }
    printf("易售后 eshouhou\n");
    for (index = 0; index < sizeof calls / sizeof calls[0]; index++) {
        aftersales_string_free(show("eshouhou", calls[index][0], aftersales_eshouhou_call(client, calls[index][0], calls[index][1])));
    }
    aftersales_string_free(show("eshouhou", "get_customer_project (bad id)",
                                aftersales_eshouhou_get_customer_project(client, "{\"projectId\": \"nope\"}")));
    aftersales_eshouhou_client_free(client);
}

/* Lists, then the detail of the first row. */
static void list_and_detail(aftersales_zhibang_client *client, const char *list, const char *detail) {
    char ord[32], params[96];
    char *page = show("zhibang", list, aftersales_zhibang_call(client, list, "{\"pagesize\": 2}"));
    if (value_after(strstr(page, "\"rows\":"), "\"ord\":", ord, sizeof ord)) {
        snprintf(params, sizeof params, "{\"ord\": \"%s\"}", ord);
        aftersales_string_free(show("zhibang", detail, aftersales_zhibang_call(client, detail, params)));
    }
    aftersales_string_free(page);
}

/* The value of the first option of a form field. */
static int first_option(const char *form, const char *field, char *out, size_t size) {
    char pattern[64];
    const char *at;
    snprintf(pattern, sizeof pattern, "\"id\":\"%s\"", field);
    at = strstr(form, pattern);
    at = at != NULL ? strstr(at, "\"options\":[") : NULL;
    return value_after(at, "\"value\":", out, size);
}

/* Loads the handling form of the first pending service, then saves a handling with the form's options. */
static void handle_a_service(aftersales_zhibang_client *client) {
    char ord[32], handler[32], salesperson[32], result[32], params[512];
    char *list = aftersales_zhibang_service_list(client, "{\"stype\": 1, \"pagesize\": 1}");
    char *form;
    int found = value_after(strstr(list, "\"rows\":"), "\"ord\":", ord, sizeof ord);
    aftersales_string_free(list);
    if (!found) {
        return;
    }
    snprintf(params, sizeof params, "{\"ord\": \"%s\"}", ord);
    form = show("zhibang", "service_handle_form", aftersales_zhibang_service_handle_form(client, params));
    found = first_option(form, "cateid", handler, sizeof handler) &&
            first_option(form, "cate", salesperson, sizeof salesperson) &&
            first_option(form, "intro", result, sizeof result);
    aftersales_string_free(form);
    if (!found) {
        return;
    }
    snprintf(params, sizeof params,
             "{\"ord\": \"%s\", \"cateid\": \"%s\", \"cate\": \"%s\", \"intro\": \"%s\", \"info1\": \"上门更换滤芯，客户确认出水正常。\"}",
             ord, handler, salesperson, result);
    aftersales_string_free(show("zhibang", "service_handle", aftersales_zhibang_service_handle(client, params)));
    snprintf(params, sizeof params, "{\"ord\": \"%s\", \"cateid\": \"%s\", \"cate\": \"%s\", \"intro\": \"0\", \"info1\": \"x\"}",
             ord, handler, salesperson);
    aftersales_string_free(show("zhibang", "service_handle (bad result)", aftersales_zhibang_service_handle(client, params)));
}

static void zhibang_tour(const char *url) {
    char config[256];
    char *error = NULL;
    aftersales_zhibang_client *client;
    snprintf(config, sizeof config, "{\"base_url\": \"%s\", \"username\": \"apiuser\", \"password\": \"sandbox-pass\"}", url);
    client = aftersales_zhibang_client_new(config, &error);
    if (client == NULL) {
        printf("zhibang client: %s\n", error);
        aftersales_string_free(error);
        return;
    }
    printf("\n智邦国际 Zhibang\n");
    aftersales_string_free(show("zhibang", "login", aftersales_zhibang_login(client, NULL)));
    list_and_detail(client, "service_list", "service_detail");
    handle_a_service(client);
    list_and_detail(client, "repair_list", "repair_detail");
    aftersales_string_free(show("zhibang", "repair_save",
                                aftersales_zhibang_repair_save(client, "{\"title\": \"压缩机更换\", \"SerialNumber\": \"WX-DEMO-1\", "
                                                                       "\"repair_sl\": \"5001\", \"ProcessID\": 1, \"num\": \"1\", \"Cost\": \"380\"}")));
    list_and_detail(client, "customer_list", "customer_detail");
    list_and_detail(client, "product_list", "product_detail");
    aftersales_string_free(show("zhibang", "product_category_tree", aftersales_zhibang_product_category_tree(client, NULL)));
    aftersales_string_free(show("zhibang", "staff_list", aftersales_zhibang_staff_list(client, "{\"sort\": 4}")));
    aftersales_string_free(show("zhibang", "user_list", aftersales_zhibang_user_list(client, "{\"page_size\": 3}")));
    aftersales_string_free(show("zhibang", "dept_list", aftersales_zhibang_dept_list(client, NULL)));
    aftersales_string_free(show("zhibang", "region_list", aftersales_zhibang_region_list(client, NULL)));
    aftersales_string_free(show("zhibang", "enum_options", aftersales_zhibang_enum_options(client, "{\"enumid\": 13}")));
    aftersales_string_free(show("zhibang", "logout", aftersales_zhibang_logout(client, NULL)));
    aftersales_zhibang_client_free(client);
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s <sandbox-url>\n", argv[0]);
        return 2;
    }
    printf("libaftersales %s (ABI %u) against %s\n\n", aftersales_version(), (unsigned)aftersales_abi_version(), argv[1]);
    eshouhou_tour(argv[1]);
    zhibang_tour(argv[1]);
    return 0;
}
