#include "libxml2_errors.h"

#include <libxml/xmlerror.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static _Thread_local char captured[1024];

static void record(void *context, const char *message, ...) {
    (void)context;
    size_t used = strlen(captured);
    if (used + 1 >= sizeof captured) return;
    va_list arguments;
    va_start(arguments, message);
    vsnprintf(captured + used, sizeof captured - used, message, arguments);
    va_end(arguments);
}

void counterpart_capture_generic_errors(void) {
    captured[0] = 0;
    xmlSetGenericErrorFunc(NULL, record);
}

const char *counterpart_captured_generic_errors(void) {
    return captured;
}
