#pragma once

#include <QString>
#include <QTemporaryDir>

#include <optional>

namespace wh::test {

// A throwaway PKI for TLS tests, made with the openssl command line in a temporary folder: a CA, a server
// certificate for the loopback broker (subjectAltName IP:127.0.0.1 and DNS:localhost), client certificates
// whose common name is the identity the broker sees (Mosquitto's use_identity_as_username), and a second,
// unrelated CA for clients the broker must turn away; it also signs requests made elsewhere and revokes
// certificates into a CRL (the appliance's provisioning). Keys are P-256 so a test spends milliseconds, not
// seconds, on key generation. Every openssl run is checked; the first failure is kept in error().
class TestPki
{
public:
    struct KeyPair
    {
        QString certFile; // PEM
        QString keyFile;  // PEM, unencrypted
    };

    TestPki();

    // Makes both CAs and the server certificate. False (with error()) if openssl failed.
    bool create();

    QString caFile() const { return path(QStringLiteral("ca.crt")); }
    QString otherCaFile() const { return path(QStringLiteral("other-ca.crt")); }
    KeyPair server() const { return pair(QStringLiteral("server")); }
    // A server certificate from the CA that names only `dnsName` (no IP address), for hostname checks.
    std::optional<KeyPair> serverNamed(const QString& dnsName);

    // A client certificate with this common name, signed by the CA, or (foreign) by the unrelated CA.
    // Made once per name and CA; nullopt (with error()) if openssl failed.
    std::optional<KeyPair> client(const QString& commonName);
    std::optional<KeyPair> foreignClient(const QString& commonName);

    // Signs a certificate request made elsewhere (the appliance's `provision`) as a client certificate of the
    // CA, written to certFile; the subject is the request's. False (with error()) if openssl failed.
    bool signRequest(const QString& requestFile, const QString& certFile);

    // Revokes a certificate of the CA and writes the CA's certificate revocation list anew (crlFile(), PEM,
    // valid for a day), with `openssl ca` on a record of its own. False (with error()) if openssl failed.
    bool revoke(const QString& certFile);
    QString crlFile() const { return path(QStringLiteral("ca.crl")); }

    QString error() const { return m_error; }
    QString dir() const { return m_dir.path(); }

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    KeyPair pair(const QString& stem) const
    {
        return {path(stem + QStringLiteral(".crt")), path(stem + QStringLiteral(".key"))};
    }
    bool openssl(const QStringList& arguments);
    bool makeCa(const QString& stem, const QString& commonName);
    bool sign(const QString& requestFile, const QString& certFile, const QString& caStem,
              const QString& extensionFile);
    bool writeText(const QString& file, const QString& text);
    bool issue(const QString& stem, const QString& commonName, const QString& caStem,
               const QString& extensions);
    std::optional<KeyPair> issueClient(const QString& stem, const QString& commonName, const QString& caStem);

    QTemporaryDir m_dir;
    QString m_error;
    int m_serial = 1;
};

} // namespace wh::test
