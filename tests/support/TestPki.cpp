#include "TestPki.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace wh::test {

namespace {

const QStringList kNewKey{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                          QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};

// A day is enough for a test and keeps a leaked key worthless.
const QString kDays = QStringLiteral("1");

const QString kClientExtensions = QStringLiteral("basicConstraints=CA:FALSE\n"
                                                 "keyUsage=critical,digitalSignature\n"
                                                 "extendedKeyUsage=clientAuth\n");

const QString kServerExtensions = QStringLiteral("basicConstraints=CA:FALSE\n"
                                                 "keyUsage=critical,digitalSignature\n"
                                                 "extendedKeyUsage=serverAuth\n"
                                                 "subjectAltName=IP:127.0.0.1,DNS:localhost\n");

// The name becomes a file name and an openssl -subj value: keep it to the protocol's id characters.
bool safeName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return pattern.match(name).hasMatch();
}

} // namespace

TestPki::TestPki() = default;

bool TestPki::openssl(const QStringList& arguments)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (program.isEmpty()) {
        m_error = QStringLiteral("openssl is not installed (tools/deps.sh installs it)");
        return false;
    }
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(program, arguments);
    if (!process.waitForStarted(5000) || !process.waitForFinished(30000)) {
        m_error = QStringLiteral("openssl %1 did not run: %2")
                      .arg(arguments.join(QLatin1Char(' ')), process.errorString());
        process.kill();
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("openssl %1 failed (exit %2): %3")
                      .arg(arguments.join(QLatin1Char(' ')))
                      .arg(process.exitCode())
                      .arg(QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}

bool TestPki::makeCa(const QString& stem, const QString& commonName)
{
    return openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + kNewKey +
                   QStringList{QStringLiteral("-keyout"), path(stem + QStringLiteral(".key")),
                               QStringLiteral("-out"), path(stem + QStringLiteral(".crt")),
                               QStringLiteral("-days"), kDays, QStringLiteral("-subj"),
                               QStringLiteral("/CN=") + commonName, QStringLiteral("-addext"),
                               QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                               QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
}

bool TestPki::writeText(const QString& fileName, const QString& text)
{
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0) {
        m_error = QStringLiteral("cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

bool TestPki::sign(const QString& requestFile, const QString& certFile, const QString& caStem,
                   const QString& extensionFile)
{
    // Distinct serials per CA keep the certificates distinguishable in the broker's log.
    return openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), requestFile,
                    QStringLiteral("-CA"), path(caStem + QStringLiteral(".crt")), QStringLiteral("-CAkey"),
                    path(caStem + QStringLiteral(".key")), QStringLiteral("-set_serial"),
                    QString::number(m_serial++), QStringLiteral("-days"), kDays, QStringLiteral("-extfile"),
                    extensionFile, QStringLiteral("-out"), certFile});
}

bool TestPki::issue(const QString& stem, const QString& commonName, const QString& caStem,
                    const QString& extensions)
{
    const QString request = path(stem + QStringLiteral(".csr"));
    const QString extensionFile = path(stem + QStringLiteral(".ext"));
    if (!writeText(extensionFile, extensions))
        return false;
    if (!openssl(QStringList{QStringLiteral("req"), QStringLiteral("-new")} + kNewKey +
                 QStringList{QStringLiteral("-keyout"), path(stem + QStringLiteral(".key")),
                             QStringLiteral("-out"), request, QStringLiteral("-subj"),
                             QStringLiteral("/CN=") + commonName}))
        return false;
    return sign(request, path(stem + QStringLiteral(".crt")), caStem, extensionFile);
}

bool TestPki::signRequest(const QString& requestFile, const QString& certFile)
{
    const QString extensionFile = path(QStringLiteral("signed-client.ext"));
    return writeText(extensionFile, kClientExtensions) &&
           sign(requestFile, certFile, QStringLiteral("ca"), extensionFile);
}

bool TestPki::revoke(const QString& certFile)
{
    // `openssl ca` keeps the revocations in its database (index.txt); a certificate it did not issue is added
    // there as revoked.
    const QString config = path(QStringLiteral("ca.cnf"));
    if (!QFile::exists(config)) {
        const QString text = QStringLiteral("[ ca ]\n"
                                            "default_ca = test\n"
                                            "[ test ]\n"
                                            "database = %1\n"
                                            "crlnumber = %2\n"
                                            "certificate = %3\n"
                                            "private_key = %4\n"
                                            "default_md = sha256\n"
                                            "default_crl_days = 1\n")
                                 .arg(path(QStringLiteral("index.txt")), path(QStringLiteral("crlnumber")),
                                      caFile(), path(QStringLiteral("ca.key")));
        if (!writeText(path(QStringLiteral("index.txt")), QString()) ||
            !writeText(path(QStringLiteral("crlnumber")), QStringLiteral("1000\n")) ||
            !writeText(config, text))
            return false;
    }
    return openssl({QStringLiteral("ca"), QStringLiteral("-config"), config, QStringLiteral("-revoke"),
                    certFile}) &&
           openssl({QStringLiteral("ca"), QStringLiteral("-config"), config, QStringLiteral("-gencrl"),
                    QStringLiteral("-out"), crlFile()});
}

bool TestPki::create()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder: %1").arg(m_dir.errorString());
        return false;
    }
    return makeCa(QStringLiteral("ca"), QStringLiteral("wh-test-ca")) &&
           makeCa(QStringLiteral("other-ca"), QStringLiteral("wh-test-other-ca")) &&
           issue(QStringLiteral("server"), QStringLiteral("localhost"), QStringLiteral("ca"),
                 kServerExtensions);
}

std::optional<TestPki::KeyPair> TestPki::issueClient(const QString& stem, const QString& commonName,
                                                     const QString& caStem)
{
    if (!safeName(commonName)) {
        m_error = QStringLiteral("not a usable common name: %1").arg(commonName);
        return std::nullopt;
    }
    const KeyPair keys = pair(stem);
    if (QFile::exists(keys.certFile))
        return keys;
    if (!issue(stem, commonName, caStem, kClientExtensions))
        return std::nullopt;
    return keys;
}

std::optional<TestPki::KeyPair> TestPki::serverNamed(const QString& dnsName)
{
    if (!safeName(dnsName)) {
        m_error = QStringLiteral("not a usable host name: %1").arg(dnsName);
        return std::nullopt;
    }
    const QString stem = QStringLiteral("server-") + dnsName;
    const KeyPair keys = pair(stem);
    if (QFile::exists(keys.certFile))
        return keys;
    const QString extensions = QStringLiteral("basicConstraints=CA:FALSE\n"
                                              "keyUsage=critical,digitalSignature\n"
                                              "extendedKeyUsage=serverAuth\n"
                                              "subjectAltName=DNS:%1\n")
                                   .arg(dnsName);
    if (!issue(stem, dnsName, QStringLiteral("ca"), extensions))
        return std::nullopt;
    return keys;
}

std::optional<TestPki::KeyPair> TestPki::client(const QString& commonName)
{
    return issueClient(QStringLiteral("client-") + commonName, commonName, QStringLiteral("ca"));
}

std::optional<TestPki::KeyPair> TestPki::foreignClient(const QString& commonName)
{
    return issueClient(QStringLiteral("foreign-") + commonName, commonName, QStringLiteral("other-ca"));
}

} // namespace wh::test
