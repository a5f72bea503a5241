#pragma once

// Real DKIM public keys (the p= values), generated once with openssl genrsa /
// genpkey, for the tests of DKIM records and of the DKIM check.
namespace mt::test::dkimkeys {

inline constexpr char rsa512[] =
    "MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBAJSXyKujEb5k3xfVKarW59r5pCcRxkHZpNtZatmRJGhHglDDOIbmvNo9EyGjPEfv"
    "HPUqW5JG6VKRgquWDb618B8CAwEAAQ==";
inline constexpr char rsa1024[] =
    "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDH6OLck7ZAx8lyf9ugYQYwomd7Wnh6hqpaJ7ylB+atYNL1Y5jws+"
    "o5mAu2OZD1DbaHErfsM9Brz86hYZ/ERJNtws/"
    "kH8+lKMCaaucv6nkWjxZ4zmv+67t5NrUYv+B0Z+2sGSOWsV7lHpfs5Wa8gl6Bm9b+iEbQqEnTeqrgyOS5hQIDAQAB";
inline constexpr char rsa2048[] =
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAyQybHOc2T4LuV/"
    "U0MQh98rPNTV821kPRAG+3JU2KqExCjvWGaFVvmFFltVkumIdzSo59vf2w+QtXEXwtJAq9Z7dARjfBBcIEN2aQ0506aqOy5xYaG5mSyaJo3+"
    "nrTT4EE8lL3STUESaG0Bi02f3++xpeOdR1RiAMRgeTKYLCwBt9uroY/"
    "i2RkKAJ7Qlfz2YHjg8qFWxSwF0yp14qJB+QDfHRbch9rdR0QYcjirqoj6l4Oa3jrxWQaBO7fGHjHw/"
    "7HvluRwk5DxgKRP2A26YpLRp1tEnkhUH0llGCm9CsoDOPsX7u4tkkmyZ5CBV0+Of0eKkqHzGE2PqVCSFakwUAaQIDAQAB";
// The same 1024-bit key as a bare PKCS#1 RSAPublicKey (openssl rsa -RSAPublicKey_out).
inline constexpr char rsa1024Pkcs1[] =
    "MIGJAoGBAMfo4tyTtkDHyXJ/26BhBjCiZ3taeHqGqlonvKUH5q1g0vVjmPCz6jmYC7Y5kPUNtocSt+wz0GvPzqFhn8REk23Cz+Qfz6UowJpq5y/"
    "qeRaPFnjOa/7ru3k2tRi/4HRn7awZI5axXuUel+zlZryCXoGb1v6IRtCoSdN6quDI5LmFAgMBAAE=";
inline constexpr char ed25519[] = "scCk3FlJNcy48JBkEny8uumruSWZABmHgDA+EypYvMg=";

} // namespace mt::test::dkimkeys
