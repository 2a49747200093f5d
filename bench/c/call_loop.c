/*
 * The C side of the call benchmark: one eshouhou client calling GetCustomerProject through the C ABI,
 * each envelope checked by its first bytes and freed as a C caller does, timed after a warm-up that
 * fetches the token and opens the keep-alive connection. Prints {"per_call_us": N}.
 *
 * Usage: call_loop <base-url> <calls>
 */
#define _POSIX_C_SOURCE 199309L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "aftersales.h"

/* The same call as every other contender (bench/src/fixture.rs). */
static const char *const PARAMS = "{\"projectId\":\"a6fa4a6c-f0a8-4684-b09c-880cb29a61b9\"}";
static const int WARM_UP_CALLS = 200;

static double now_us(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)now.tv_sec * 1e6 + (double)now.tv_nsec / 1e3;
}

static int call_once(aftersales_eshouhou_client *client) {
    char *envelope = aftersales_eshouhou_get_customer_project(client, PARAMS);
    int ok = envelope != NULL && strncmp(envelope, "{\"ok\":true", 10) == 0;
    if (!ok) {
        fprintf(stderr, "call failed: %.300s\n", envelope != NULL ? envelope : "(NULL)");
    }
    aftersales_string_free(envelope);
    return ok;
}

int main(int argc, char **argv) {
    char config[512];
    char *error = NULL;
    aftersales_eshouhou_client *client;
    long calls;
    long i;
    double started;
    double elapsed;

    if (argc != 3 || (calls = strtol(argv[2], NULL, 10)) <= 0) {
        fprintf(stderr, "usage: call_loop <base-url> <calls>\n");
        return 2;
    }
    snprintf(config, sizeof config,
             "{\"app_id\":\"ysh54dd4f8arinfx\",\"app_secret\":\"45e1cc23a7144a28ab110804491e3135\","
             "\"base_url\":\"%s\",\"service_space_id\":\"6a8251ba-ce64-46b7-a505-a4e560032706\","
             "\"service_network_id\":\"bd7fc093-0ccf-4335-9daf-10931b4e7c7d\"}",
             argv[1]);
    client = aftersales_eshouhou_client_new(config, &error);
    if (client == NULL) {
        fprintf(stderr, "client_new failed: %s\n", error != NULL ? error : "(NULL)");
        aftersales_string_free(error);
        return 1;
    }
    for (i = 0; i < WARM_UP_CALLS; i++) {
        if (!call_once(client)) {
            return 1;
        }
    }
    started = now_us();
    for (i = 0; i < calls; i++) {
        if (!call_once(client)) {
            return 1;
        }
    }
    elapsed = now_us() - started;
    aftersales_eshouhou_client_free(client);
    printf("{\"per_call_us\": %.3f}\n", elapsed / (double)calls);
    return 0;
}
