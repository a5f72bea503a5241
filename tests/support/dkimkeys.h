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

// A key pair whose public halves are published in the fixture zone under
// signed.example.test (selectors msg2048 and msged), so that the message
// analyzer's tests can sign there and verify through knotd. Test keys only.
inline constexpr char signedRsa2048Private[] = "-----BEGIN RSA PRIVATE KEY-----\n"
                                               "MIIEowIBAAKCAQEAq0pAvwZdwoip3DCUEV5KPjS4d5Ubgq+nJlauZ4la49kXfD9V\n"
                                               "kVb4592vLlzFwk46GoWOCz3k14vrk6x3YCSti87/Gft3/4GjSssrBcZtWDM7/41G\n"
                                               "fGibTjh0yRiAgJX/2AAja53G9Efz2xxcJAsoyEXLSakjQ+THcW9RTHo/SwTHG2pi\n"
                                               "P58LcfC8SJhxDCWZHuAJnde6Wvx2V7hYOEplpaXPVRrFqXK1GmXP1NrkRPI4wYyE\n"
                                               "BeL+Oq6ioaZ10E1owfvYotTl+V6gYEd/i2iJbsTUuJYTIbsGDhca5EY9s5YieTGp\n"
                                               "f7tPnZfhKJXyofy5hCabSEaPDqGrzZl9uhdyTQIDAQABAoIBACnaf16Nwiwt839D\n"
                                               "eXKS/QYdILPLgcjZfbiu9neDBuvkmEn6OcDFJRWWw97KuWGkdqsTViVmDrwiSsIv\n"
                                               "Io4h+CvQvOGO4f/TH+C/KviCxyYFgtQLI51ze/tNbS/T5lZFEJopUn5Rs5Lt3+Z6\n"
                                               "lAMUnPbuouERTHYi+R69CfrrZfrAvXsbp0wd5praxV+sLKcbQjwmbiC5pnG9zKNl\n"
                                               "FDH0ShDwh2hL+iOr0kL1sfVv4GMuffRtoxwOk+3XVo4LC0h2rJKAr6PwnEaQ3VDY\n"
                                               "q0hWExe4CLlmezMF34snrF9dVXOuOkh+iSEza+2X3sjXTvMW+QvbvVYsiVuQxt+I\n"
                                               "ZtpM92sCgYEA7SkJ7dlcP3TGXATk1yHCPXF1sJGYufctfsjDiBvIxYc8qSvpTe33\n"
                                               "2U9H1WV+cW/SpG4NLWzOXLZdvAQ69rI5S9aSrufwt5kzynxVtgtjdH8eabyGAxWV\n"
                                               "5qC4GgxWde0i4ihILalLcDu6YfxuSyXzwMJgUtS9sltmXqjfP4u2tusCgYEAuOWo\n"
                                               "SJmfVtXvxhl02VZrGypQvbJJGi+TnnhxnkHDXqJm35lnhvDuczqp5skUfv9QTdnU\n"
                                               "ojogLnBy0WD1FEmaP0mpwyBo363iLb+4Iz+OeJNLQXf8pT3Sal0Rw5cwHvs8GzlL\n"
                                               "fLBrlg1Ks9xTJBGrh0NttvGGvk7h1XSbkxkonacCgYAyLkvOiv5s4t2R3Os65ga+\n"
                                               "j4JSgQwq1TVILVzKMO7TdOEN/p+YALE/xvmxGo+dmwacCjk5kls73M6KmO6NAnsD\n"
                                               "I/zXi3Ywsvb1ckeEhHZf0QHzZ5OHlYqpSPqLcG7e9vU5m0Jifv7aWZj/YLVJq1cf\n"
                                               "Q0G0ZRVaZuKLRvot7PcVTwKBgQCttq9dzl9i0Usd/qrGyyeD9US4hPmjjZGOsLBm\n"
                                               "tHiev8wRRep7YH9XaYVZHBCSpMNI8WCSLjQwDVwClaqMrf4qecXyWs/NX2wB+X9C\n"
                                               "NqNfa1uoHdgTU7sOTXS0I6aFZRt6pGDkvEfISaKmy1idqbBTPCmnWNJ0mF4bExxb\n"
                                               "nqaHPwKBgHuAimOkFmBZnbJY41IYfXp3uSthp7PWEa6kTUl+AtbNYjCHWeAYzmHS\n"
                                               "yEG3uD4oUqW8tNtxCxyR2h33A+jsEruCFauFq18zQJjMXoc3cm1oEpYJdXz7rpqO\n"
                                               "uSkWyGdjFr7Ipc1ubUThsqcDFYZe3GpXwC/gyJ2fUYA3XZb0h5D7\n"
                                               "-----END RSA PRIVATE KEY-----\n";
inline constexpr char signedEd25519Private[] = "-----BEGIN PRIVATE KEY-----\n"
                                               "MC4CAQAwBQYDK2VwBCIEIE7zLAR5AQ3X2IfSS1Yb1AXR7nYigVG39ji9jr5y0zAY\n"
                                               "-----END PRIVATE KEY-----\n";

} // namespace mt::test::dkimkeys
