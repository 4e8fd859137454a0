#ifndef COUNTERPART_CLIBXML2_SHIM_H
#define COUNTERPART_CLIBXML2_SHIM_H

/* Debian's libxml2 headers pull in the system ICU, whose UErrorCode clashes with
   Foundation's private ICU module. Counterpart never touches the ICU fields. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlerror.h>
#include <libxml/tree.h>
#include <libxml/parserInternals.h> /* xmlSwitchToEncoding: Shift_JIS read as Windows-31J */

/* xmlFree is a global function-pointer variable; Swift 6 cannot call it safely. */
static inline void counterpart_xml_free(void *pointer) {
    xmlFree(pointer);
}

/* xmlParserVersion is a macro in this libxml2. */
static inline const char *counterpart_xml_parser_version(void) {
    return xmlParserVersion;
}

#endif
