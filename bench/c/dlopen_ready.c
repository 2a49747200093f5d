/*
 * Library cost at rest: in a fresh process, the time from dlopen of libaftersales to the first eshouhou
 * client ready (what a plugin pays on its first use, before any request). The program is not linked to
 * the library, so nothing of it is loaded before the clock starts. Prints {"dlopen_us": N, "ready_us": N}.
 *
 * Usage: dlopen_ready <path/to/libaftersales.so>
 */
#define _POSIX_C_SOURCE 199309L
#include <dlfcn.h>
#include <stdio.h>
#include <time.h>

#include "aftersales.h"

typedef aftersales_eshouhou_client *(*client_new_fn)(const char *, char **);
typedef void (*client_free_fn)(aftersales_eshouhou_client *);

/* No request is sent before the first call, so the URL need not answer. */
static const char *const CONFIG =
    "{\"app_id\":\"ysh54dd4f8arinfx\",\"app_secret\":\"45e1cc23a7144a28ab110804491e3135\","
    "\"base_url\":\"http://127.0.0.1:9\"}";

static double now_us(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)now.tv_sec * 1e6 + (double)now.tv_nsec / 1e3;
}

int main(int argc, char **argv) {
    void *library;
    client_new_fn client_new;
    client_free_fn client_free;
    aftersales_eshouhou_client *client;
    char *error = NULL;
    double started;
    double loaded;
    double ready;

    if (argc != 2) {
        fprintf(stderr, "usage: dlopen_ready <libaftersales.so>\n");
        return 2;
    }
    started = now_us();
    library = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        fprintf(stderr, "dlopen failed: %s\n", dlerror());
        return 1;
    }
    loaded = now_us();
    /* POSIX's way to turn dlsym's object pointer into a function pointer without a pedantic warning. */
    *(void **)(&client_new) = dlsym(library, "aftersales_eshouhou_client_new");
    *(void **)(&client_free) = dlsym(library, "aftersales_eshouhou_client_free");
    if (client_new == NULL || client_free == NULL) {
        fprintf(stderr, "missing export: %s\n", dlerror());
        return 1;
    }
    client = client_new(CONFIG, &error);
    ready = now_us();
    if (client == NULL) {
        fprintf(stderr, "client_new failed: %s\n", error != NULL ? error : "(NULL)");
        return 1;
    }
    client_free(client);
    printf("{\"dlopen_us\": %.1f, \"ready_us\": %.1f}\n", loaded - started, ready - started);
    return 0;
}
