#ifndef COUNTERPART_CCRYPTO_SHIM_H
#define COUNTERPART_CCRYPTO_SHIM_H

/* OpenSSL's digests, for SHA-256 with the CPU's SHA instructions where it has them. */
#include <openssl/evp.h>
/* PEM keys and RSA signatures (RS256), for the LINE WORKS service account's JWT. */
#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/err.h>

#endif
