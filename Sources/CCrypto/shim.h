#ifndef COUNTERPART_CCRYPTO_SHIM_H
#define COUNTERPART_CCRYPTO_SHIM_H

/* OpenSSL's digests, for SHA-256 with the CPU's SHA instructions where it has them. */
#include <openssl/evp.h>

#endif
