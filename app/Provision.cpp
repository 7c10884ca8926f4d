#include "Provision.h"

#include "Appliance.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace wh::app {

namespace {

template <auto Free> struct OpenSslFree
{
    template <typename T> void operator()(T* pointer) const { Free(pointer); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, OpenSslFree<EVP_PKEY_free>>;
using KeyContextPtr = std::unique_ptr<EVP_PKEY_CTX, OpenSslFree<EVP_PKEY_CTX_free>>;
using RequestPtr = std::unique_ptr<X509_REQ, OpenSslFree<X509_REQ_free>>;
using BioPtr = std::unique_ptr<BIO, OpenSslFree<BIO_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, OpenSslFree<X509_EXTENSION_free>>;

// The reason libcrypto gave for the last failure (its error queue is per thread), and the queue emptied.
QString openSslReason()
{
    QString reason;
    while (const unsigned long code = ERR_get_error()) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        reason = QString::fromLatin1(text);
    }
    return reason.isEmpty() ? QStringLiteral("no reason given") : reason;
}

Error cryptoError(const char* what)
{
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("%1 failed: %2").arg(QLatin1String(what), openSslReason()));
}

QString systemReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// A PEM text out of a memory BIO that a PEM_write_bio_* call filled.
QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, qsizetype(size)) : QByteArray();
}

Result<KeyPtr> newP256Key()
{
    KeyContextPtr context(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    if (!context || EVP_PKEY_keygen_init(context.get()) <= 0 ||
        EVP_PKEY_CTX_set_group_name(context.get(), "P-256") <= 0)
        return cryptoError("Setting up an EC P-256 key");
    EVP_PKEY* key = nullptr;
    if (EVP_PKEY_generate(context.get(), &key) <= 0)
        return cryptoError("Generating the EC P-256 key");
    return KeyPtr(key);
}

// The extensions the request asks for: a client certificate (TLS client authentication, signing only, not
// a CA). A CA may add or override them; `openssl x509 -req` ignores requested extensions unless told to copy
// them, so docs/operations.md passes them again in its extension file.
bool addRequestedExtensions(X509_REQ* request)
{
    STACK_OF(X509_EXTENSION)* extensions = sk_X509_EXTENSION_new_null();
    if (!extensions)
        return false;
    bool ok = true;
    for (const auto& [nid, value] : {std::pair{NID_basic_constraints, "critical,CA:FALSE"},
                                     std::pair{NID_key_usage, "critical,digitalSignature"},
                                     std::pair{NID_ext_key_usage, "clientAuth"}}) {
        ExtensionPtr extension(X509V3_EXT_nconf_nid(nullptr, nullptr, nid, value));
        if (!extension || !sk_X509_EXTENSION_push(extensions, extension.get())) {
            ok = false;
            break;
        }
        extension.release(); // the stack owns it now
    }
    ok = ok && X509_REQ_add_extensions(request, extensions) == 1;
    sk_X509_EXTENSION_pop_free(extensions, X509_EXTENSION_free);
    return ok;
}

Result<QByteArray> certificateRequest(EVP_PKEY* key, const ProvisionRequest& provision)
{
    RequestPtr request(X509_REQ_new());
    if (!request || X509_REQ_set_version(request.get(), X509_REQ_VERSION_1) != 1)
        return cryptoError("Making the certificate request");
    X509_NAME* subject = X509_REQ_get_subject_name(request.get());
    const QByteArray commonName = provision.warehouse.toUtf8();
    const QByteArray unit = provision.station.toUtf8();
    if (X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char*>(commonName.constData()), -1, -1,
                                   0) != 1 ||
        (!unit.isEmpty() && X509_NAME_add_entry_by_txt(
                                subject, "OU", MBSTRING_UTF8,
                                reinterpret_cast<const unsigned char*>(unit.constData()), -1, -1, 0) != 1))
        return cryptoError("Writing the request's subject");
    if (X509_REQ_set_pubkey(request.get(), key) != 1 || !addRequestedExtensions(request.get()))
        return cryptoError("Filling the certificate request");
    if (X509_REQ_sign(request.get(), key, EVP_sha256()) <= 0)
        return cryptoError("Signing the certificate request");
    BioPtr out(BIO_new(BIO_s_mem()));
    if (!out || PEM_write_bio_X509_REQ(out.get(), request.get()) != 1)
        return cryptoError("Encoding the certificate request");
    return bioBytes(out.get());
}

Result<QByteArray> privateKeyPem(EVP_PKEY* key)
{
    // Unencrypted PKCS#8: the appliance starts unattended, with nobody to type a passphrase. The file's mode
    // (0600) and the appliance's disk protect it, as for the store.
    BioPtr out(BIO_new(BIO_s_mem()));
    if (!out || PEM_write_bio_PrivateKey(out.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return cryptoError("Encoding the private key");
    return bioBytes(out.get());
}

// Creates `path` (never an existing file) with exactly `mode`, writes all of `bytes` and flushes them to
// disk. On any failure the file is removed and the reason returned.
std::optional<QString> writeNewFile(const QString& path, const QByteArray& bytes, mode_t mode)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0) {
        const int error = errno;
        return QStringLiteral("Cannot create %1: %2").arg(path, systemReason(error));
    }
    int error = 0;
    // The umask may have taken bits away; it cannot have added any, but say exactly what the file gets.
    if (::fchmod(fd, mode) != 0)
        error = errno;
    for (qsizetype written = 0; error == 0 && written < bytes.size();) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            error = n < 0 ? errno : EIO;
        else
            written += n;
    }
    if (error == 0 && ::fsync(fd) != 0)
        error = errno;
    if (::close(fd) != 0 && error == 0)
        error = errno;
    if (error != 0) {
        ::unlink(name.constData());
        return QStringLiteral("Cannot write %1: %2").arg(path, systemReason(error));
    }
    return std::nullopt;
}

void syncFolder(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

// Gives `partial` the name `target` without ever replacing a file of that name (link() refuses one).
std::optional<QString> nameFile(const QString& partial, const QString& target)
{
    if (::link(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData()) != 0) {
        const int error = errno;
        return error == EEXIST ? QStringLiteral("%1 appeared meanwhile; nothing was replaced.").arg(target)
                               : QStringLiteral("Cannot name %1: %2").arg(target, systemReason(error));
    }
    return std::nullopt;
}

} // namespace

QString warehouseIdProblem(const QString& id)
{
    if (id.isEmpty())
        return QStringLiteral("The warehouse id is empty.");
    for (const QChar c : id) {
        if (c == QLatin1Char('/'))
            return QStringLiteral(
                       "The warehouse id \"%1\" contains '/', the MQTT topic separator: the broker's "
                       "rules put the id into the topic, so it would reach other topics.")
                .arg(id);
        if (c == QLatin1Char('+') || c == QLatin1Char('#'))
            return QStringLiteral(
                       "The warehouse id \"%1\" contains '%2', an MQTT wildcard: the broker's rules "
                       "put the id into the topic, so it would match other warehouses.")
                .arg(id, c);
        if (c.isSpace())
            return QStringLiteral("The warehouse id \"%1\" contains white space.").arg(id);
    }
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (!allowed.match(id).hasMatch())
        return QStringLiteral(
                   "The warehouse id \"%1\" may only hold the letters A-Z and a-z, digits, '-' and "
                   "'_'.")
            .arg(id);
    if (id.size() > 32)
        return QStringLiteral("The warehouse id \"%1\" is %2 characters long; 32 at most.")
            .arg(id)
            .arg(id.size());
    if (id.startsWith(QLatin1String("central-"), Qt::CaseInsensitive))
        return QStringLiteral(
                   "The warehouse id \"%1\" starts with \"central-\", which is reserved for the central "
                   "consumers' certificates.")
            .arg(id);
    return {};
}

Result<ProvisionedFiles> provision(const ProvisionRequest& request)
{
    if (const QString problem = warehouseIdProblem(request.warehouse); !problem.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         problem + QStringLiteral(" It becomes the certificate's common name, which the "
                                                  "broker takes as the username its rules match "
                                                  "(docs/fleet-brokers.md, \"Identities\")."));
    static const QRegularExpression stationPattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!request.station.isEmpty() && !stationPattern.match(request.station).hasMatch())
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("The station \"%1\" may only hold 1 to 64 of the letters A-Z and a-z, "
                           "digits, '-' and '_'.")
                .arg(request.station));
    const QFileInfo folder(request.outDir);
    if (!folder.isDir())
        return makeError(ErrorCode::StorageError,
                         QStringLiteral("The folder %1 does not exist; make it first (readable by the "
                                        "appliance's user only: mode 0700).")
                             .arg(request.outDir));
    const QDir dir(folder.absoluteFilePath());
    ProvisionedFiles files{dir.filePath(request.warehouse + QStringLiteral(".key")),
                           dir.filePath(request.warehouse + QStringLiteral(".csr"))};
    if (QFileInfo::exists(files.keyFile))
        return makeError(ErrorCode::AlreadyExists,
                         QStringLiteral("%1 already exists: it is this appliance's identity, and provision "
                                        "never overwrites a key. To renew the certificate, have the fleet CA "
                                        "sign %2 again; to replace the key, move both files away first.")
                             .arg(files.keyFile, files.requestFile));
    if (QFileInfo::exists(files.requestFile))
        return makeError(
            ErrorCode::AlreadyExists,
            QStringLiteral("%1 already exists without its key; it belongs to no key here. Move it "
                           "away first.")
                .arg(files.requestFile));

    auto key = newP256Key();
    if (!key)
        return key.error();
    auto keyPem = privateKeyPem(key->get());
    if (!keyPem)
        return keyPem.error();
    auto requestPem = certificateRequest(key->get(), request);
    if (!requestPem)
        return requestPem.error();

    const QString keyPartial = files.keyFile + QStringLiteral(".partial");
    const QString requestPartial = files.requestFile + QStringLiteral(".partial");
    for (const QString& partial : {keyPartial, requestPartial})
        if (QFileInfo::exists(partial))
            return makeError(
                ErrorCode::AlreadyExists,
                QStringLiteral("%1 is left from an earlier provision that did not finish (or one "
                               "is running now); remove it first.")
                    .arg(partial));
    // From here on, every file named *.partial is this run's own (created with O_EXCL).
    auto failed = [](const QString& message) {
        return makeError(ErrorCode::StorageError, message + QStringLiteral(" Nothing was kept."));
    };
    const std::optional<QString> keyWritten = writeNewFile(keyPartial, *keyPem, 0600);
    OPENSSL_cleanse(keyPem->data(), size_t(keyPem->size()));
    if (keyWritten)
        return failed(*keyWritten);
    if (auto written = writeNewFile(requestPartial, *requestPem, 0644)) {
        QFile::remove(keyPartial);
        return failed(*written);
    }
    if (auto named = nameFile(keyPartial, files.keyFile)) {
        QFile::remove(keyPartial);
        QFile::remove(requestPartial);
        return failed(*named);
    }
    if (auto named = nameFile(requestPartial, files.requestFile)) {
        QFile::remove(files.keyFile); // made by this run a moment ago: link() refuses an existing name
        QFile::remove(keyPartial);
        QFile::remove(requestPartial);
        return failed(*named);
    }
    QFile::remove(keyPartial);
    QFile::remove(requestPartial);
    syncFolder(dir.path());
    return files;
}

int runProvision(const Options& options)
{
    const ProvisionRequest request{options.warehouse, options.provisionStation, options.labelOut};
    auto made = provision(request);
    if (!made) {
        std::fprintf(stderr, "%s\n", qPrintable(made.error().message));
        return 1;
    }
    const QString dir = QFileInfo(made->keyFile).absolutePath();
    const QString id = request.warehouse;
    const QString certFile = QDir(dir).filePath(id + QStringLiteral(".crt"));
    const QString caFile = QDir(dir).filePath(QStringLiteral("fleet-ca.crt"));
    const QString text =
        QStringLiteral(
            "Made the private key %1 (EC P-256, mode 0600) and the certificate request %2 (CN=%3%4).\n"
            "Next steps (docs/operations.md, \"Fleet: provisioning and the broker\"):\n"
            "  1. Send %2 to the operator of the fleet CA. Only the .csr: the key never leaves this\n"
            "     appliance. The CA signs it as a client certificate (extendedKeyUsage clientAuth)\n"
            "     with the common name %3 unchanged; the broker's ACL grants by that name.\n"
            "  2. Put the signed certificate at %5 and the fleet CA's certificate at %6.\n"
            "     Check the pair: openssl x509 -in %5 -noout -subject -enddate\n"
            "  3. Run the appliance with --warehouse %3 --broker ssl://<broker>:8883\n"
            "     --tls-ca %6 --tls-cert %5 --tls-key %1\n"
            "     (or the [broker] section of the configuration file: ca, cert, key).\n"
            "  Keep %1 readable by the appliance's user only (chown it to that user if it is not you).")
            .arg(made->keyFile, made->requestFile, id,
                 request.station.isEmpty() ? QString() : QStringLiteral(", OU=") + request.station, certFile,
                 caFile);
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
    return 0;
}

} // namespace wh::app
